/**
 * The worked example of docs/DEFINITIONS.md §1b: the demo firm's raw exports (examples/uren-toggl.csv, a Toggl Track detailed
 * report, and examples/facturen.csv, a Dutch invoice list; written by scripts/make-demo.mjs) build the client list
 * of examples/klanten.xlsx: every client's revenue, previous revenue, hours and invoices exactly, its days late
 * within half a day.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildClientList, nameKey, type SourceInput } from '../../src/core/sources/index.js';
import { csvCells, decodeText, detectDelimiter, loadTable } from '../../src/hosts/xlsx/read.js';
import { recordsOf } from '../support/oracle.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const EXPORTS = ['uren-toggl.csv', 'facturen.csv'];

/** A CSV as the CLI reads it: decoded (the BOM dropped), split on its separator. */
function source(dir: string, file: string): SourceInput {
  const text = decodeText(readFileSync(join(dir, file)));
  return { file, cells: csvCells(text), notationHint: detectDelimiter(text) === ';' ? 'nl' : 'en' };
}

describe('the demo firm’s exports (examples/uren-toggl.csv, examples/facturen.csv)', async () => {
  const examples = join(root, 'examples');
  const demo = await loadTable(join(examples, 'klanten.xlsx'));
  const build = buildClientList(EXPORTS.map((f) => source(examples, f)), { language: 'nl' });
  const built = new Map(build.clients.map((c) => [nameKey(c.client), c]));

  it('are what scripts/make-demo.mjs writes (regenerable, seeded)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'klantwaarde-exports-'));
    execFileSync(process.execPath, [join(root, 'scripts/make-demo.mjs'), '--exports', dir]);
    for (const file of EXPORTS) expect(readFileSync(join(dir, file)).equals(readFileSync(join(examples, file))), file).toBe(true);
  });

  it('are laid out as Toggl Track and a Dutch bookkeeping package write them', () => {
    const toggl = readFileSync(join(examples, 'uren-toggl.csv'), 'utf8');
    expect(toggl.startsWith('\ufeffUser,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)\n')).toBe(true);
    const invoices = readFileSync(join(examples, 'facturen.csv'), 'utf8');
    expect(invoices.startsWith('\ufeffFactuurnummer;Relatie;Factuurdatum;Vervaldatum;Bedrag excl. btw;Btw;Betaald op\r\n')).toBe(true);
    expect(build.sources.map((s) => [s.file, s.kind])).toEqual([['uren-toggl.csv', 'timeEntries'], ['facturen.csv', 'invoices']]);
  });

  it('cover the year of instellingen.json (the 12 months ending 30 June 2026) and the year before', () => {
    const settings = JSON.parse(readFileSync(join(examples, 'instellingen.json'), 'utf8')) as { periodEnd: string };
    expect(build.blocked).toBe(false);
    expect(build.period).toEqual({ from: '2025-07-01', to: settings.periodEnd, previousFrom: '2024-07-01', previousTo: '2025-06-30' });
    expect(build.fields).toEqual(['revenue', 'previousRevenue', 'hours', 'unbilledHours', 'invoices', 'daysLate']);
  });

  it('give every client of klanten.xlsx its revenue, hours, invoices and days late', () => {
    const records = recordsOf(demo.table.columns);
    expect(records).toHaveLength(48);
    expect(build.clients).toHaveLength(48);
    for (const record of records) {
      const client = built.get(nameKey(record.client));
      expect(client, record.client).toBeDefined();
      expect(client!.revenue, `${record.client}: revenue`).toBeCloseTo(record.revenue, 6);
      expect(client!.previousRevenue, `${record.client}: previous revenue`).toBeCloseTo(record.previousRevenue!, 6);
      expect(client!.hours, `${record.client}: hours`).toBeCloseTo(record.hours!, 9);
      expect(client!.invoices, `${record.client}: invoices`).toBe(record.invoices);
      expect(client!.unbilledHours, `${record.client}: unbilled hours`).toBeGreaterThanOrEqual(0);
      expect(client!.unbilledHours!, `${record.client}: unbilled hours`).toBeLessThanOrEqual(client!.hours!);
      // A client with no invoice in the year has no lateness to weigh (klanten.xlsx still types a figure).
      if (record.invoices === 0) expect(client!.daysLate ?? 0, record.client).toBe(0);
      else expect(Math.abs(client!.daysLate! - record.daysLate!), `${record.client}: days late ${client!.daysLate} vs ${record.daysLate}`).toBeLessThanOrEqual(0.5);
    }
  });

  it('say the internal entries without a client and nothing else', () => {
    expect(build.possibleMatches).toEqual([]);
    expect(build.problems.map((p) => [p.id, p.source, p.count])).toEqual([['withoutClient', 0, 6]]);
    // Every row is used: the invoices of the year before for the previous revenue, none outside both years.
    for (const s of build.sources) expect(s.skipped, s.file).toBe(s.file === 'uren-toggl.csv' ? 6 : 0);
  });
});
