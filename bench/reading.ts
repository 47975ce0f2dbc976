/**
 * Reading a 200 000-row CSV (issue 7: "at most 2× csv-parse alone on the same file"): the whole `loadTable`
 * (decode, parse, find the header, map the columns, settle notations, read every number, spot totals) against
 * decode + csv-parse alone, in the same process, fastest of several runs each (a shared VM's noise only adds).
 * Since issue 11 the CLI parses with Papa Parse; csv-parse (a dev dependency now) stays the baseline issue 7 named.
 */
import { parse as csvParse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvCells, decodeText, detectDelimiter, loadTable } from '../src/hosts/xlsx/index.js';
import { ROWS, writeCsv } from './cli.js';

const REPEATS = 5;

async function fastest(run: () => Promise<unknown> | unknown): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < REPEATS; i++) {
    globalThis.gc?.();
    const started = performance.now();
    await run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

export async function benchReading(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'klantwaarde-read-'));
  try {
    const input = join(dir, 'klanten.csv');
    writeCsv(input);
    const parse = await fastest(() => {
      const text = decodeText(readFileSync(input));
      return csvParse(text, { delimiter: detectDelimiter(text), bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
    });
    const papa = await fastest(() => csvCells(decodeText(readFileSync(input))));
    let clients = 0;
    const read = await fastest(async () => {
      clients = (await loadTable(input)).table.columns.count;
    });
    return [
      `## Reading: a ${ROWS.toLocaleString('en-US')}-row CSV into client columns`, '',
      `The same Dutch CSV as below (${(statSync(input).size / 2 ** 20).toFixed(0)} MiB, 20 columns). Fastest of ${REPEATS} runs each, same process.`, '',
      '| step | ms | ÷ csv-parse |',
      '|---|---:|---:|',
      `| decode + csv-parse alone (baseline) | ${parse.toFixed(0)} | 1.0 |`,
      `| decode + Papa Parse alone (what \`loadTable\` parses with) | ${papa.toFixed(0)} | ${(papa / parse).toFixed(2)} |`,
      `| \`loadTable\`: decode + parse + \`readClientTable\` | ${read.toFixed(0)} | ${(read / parse).toFixed(2)} |`,
      '',
      `${clients.toLocaleString('en-US')} clients read. Issue 7's target: reading ≤ 2 × csv-parse → **${(read / parse).toFixed(2)} ×**.`,
      '',
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
