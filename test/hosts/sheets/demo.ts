/**
 * The demo data (examples/klanten.xlsx) as Google Sheets' getValues would return it — rectangular, "" for empty —
 * at any number of clients (the 48 demo clients repeated with a numbered name), with one client named like a
 * formula, and the Sheets bundle loaded into a bare `node:vm` context with a fake's globals.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { loadTable } from '../../../src/hosts/xlsx/index.js';
import { createFake, type Fake, type FakeOptions } from '../../support/sheets-fake.js';

export const FORMULA_CLIENT = '=IMPORTXML("https://example.com/x", "//a")';
export const demoSettings = readFileSync('examples/instellingen.json', 'utf8');
/** The document state as the sidebar stores it: the demo's settings, no hand mapping. */
export const demoState = JSON.stringify({ settings: JSON.parse(demoSettings) as unknown, mapping: {} });

const loaded = await loadTable('examples/klanten.xlsx');
const demo = { ...loaded, cells: loaded.cells! }; // a workbook: its cells are kept
const HEADER_ROWS = (demo.table.mapping.headerRow ?? 1);

/**
 * Title rows and header as in the demo, then `clients` client rows; the first client is renamed
 * `FORMULA_CLIENT` unless `formulaClient` is false.
 */
export function demoValues(clients: number, formulaClient = true): unknown[][] {
  const width = Math.max(...demo.cells.map((r) => r.length));
  const rectangular = (row: readonly unknown[]): unknown[] => Array.from({ length: width }, (_, c) => row[c] ?? '');
  const head = demo.cells.slice(0, HEADER_ROWS).map(rectangular);
  const clientRows = demo.cells.slice(HEADER_ROWS).filter((row) => typeof row[0] === 'string' && row[0] !== 'Totaal');
  // Clients without revenue first (after the first), so 30 clients have every pyramid tier as 3 000 do: the
  // same report shape, so call counts compare like with like.
  const inactive = (row: readonly unknown[]): boolean => !(typeof row[1] === 'number' && row[1] > 0);
  const body = [clientRows[0]!, ...clientRows.slice(1).filter(inactive), ...clientRows.slice(1).filter((r) => !inactive(r))];
  const rows: unknown[][] = [];
  for (let i = 0; i < clients; i++) {
    const row = rectangular(body[i % body.length]!);
    const round = Math.floor(i / body.length);
    if (round > 0) row[0] = `${String(row[0])} (${round + 1})`;
    rows.push(row);
  }
  if (formulaClient) rows[0]![0] = FORMULA_CLIENT;
  return [...head, ...rows];
}

export const bundleSource = readFileSync('dist/sheets/Code.js', 'utf8');

export type Loaded = Fake & { context: vm.Context; run: (name: string, ...args: unknown[]) => unknown };

/** The built Code.js in a bare context whose only globals are the fake's services. */
export function loadWithFake(options: FakeOptions): Loaded {
  const fake = createFake(options);
  const context = vm.createContext({ ...fake.globals });
  vm.runInContext(bundleSource, context, { filename: 'Code.js' });
  const run = (name: string, ...args: unknown[]): unknown => {
    const fn = context[name] as ((...a: unknown[]) => unknown) | undefined;
    if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
    // Results cross the vm boundary: copy into this realm so deep equality ignores prototypes.
    const result = fn(...args);
    return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
  };
  return { ...fake, context, run };
}
