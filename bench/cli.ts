/**
 * The command line on a 200 000-row CSV (issue 3: "the big one finishes; time it in the bench"). Phases are
 * timed one by one (read, analyse, report model, xlsx), then the whole `klantwaarde analyse` run; the baseline
 * is the CSV parser alone (Papa Parse, what the CLI parses with) on the same file, in the same process, so the figures
 * are ratios on any machine.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseTable, bindDrivers, buildReportFromColumns } from '../src/core/index.js';
import { csvCells, decodeText, loadTable } from '../src/hosts/xlsx/index.js';
import { writeReportFile } from '../src/hosts/xlsx/write.js';
import { main } from '../src/cli/main.js';
import { syntheticPortfolio, BENCH_SETTINGS } from './synthetic.js';

export const ROWS = 200_000;

/** The synthetic portfolio as a Dutch CSV (`;`, decimal commas, € signs), as a bookkeeper would export it. */
export function writeCsv(path: string, rows = ROWS): void {
  const records = syntheticPortfolio(rows, 7);
  const money = (x: number): string => `€ ${x.toFixed(2).replace('.', ',')}`;
  const lines = ['Klant;Omzet;Inkoop;Uren;Telefoontjes;E-mails;Correctierondes;Bezoeken;Orders;Facturen;Franco leveringen;Korting;Dagen te laat;Aanmaningen;Omzet vorig jaar;Omzet via doorverwijzing;Potentie;Relatiescore;Contract;Retouren'];
  for (const r of records) {
    lines.push([
      r.client, money(r.revenue), money(r.directCosts), String(r.hours).replace('.', ','), r.calls, r.emails, r.correctionRounds,
      r.visits, r.orders, r.invoices, r.freeShipments, `${(r.discountPct * 100).toFixed(1).replace('.', ',')}%`, r.daysLate,
      r.reminders, money(r.previousRevenue), money(r.referralRevenue), r.potential, r.relationship, r.contract ? 'ja' : 'nee',
      r.extra.Retouren ?? 0,
    ].join(';'));
  }
  writeFileSync(path, '\uFEFF' + lines.join('\r\n') + '\r\n');
}

const time = async <T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> => {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
};

export async function benchCli(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'klantwaarde-bench-'));
  try {
    const input = join(dir, 'klanten.csv');
    writeCsv(input);
    const settings = BENCH_SETTINGS;
    const parseOnly = await time(() => csvCells(decodeText(readFileSync(input))));
    const read = await time(() => loadTable(input));
    const bound = bindDrivers(settings.extraDrivers, read.value.table.mapping);
    // The workbook path of issue 11: the table's columns analysed as columns (no record and no ClientResult per
    // client), the report model with its client rows made on demand, and the stream writer making and dropping
    // them chunk by chunk.
    const analysed = await time(() => analyseTable(read.value.table.columns, { ...settings, extraDrivers: bound.drivers }));
    const report = await time(() => buildReportFromColumns(analysed.value, { problems: read.value.table.problems }));
    const phaseOut = join(dir, 'phase.xlsx');
    const workbook = await time(() => writeReportFile(phaseOut, report.value, null));
    const settingsFile = join(dir, 'settings.json');
    writeFileSync(settingsFile, JSON.stringify(settings));
    const out = join(dir, 'klanten-analyse.xlsx');
    let stderr = '';
    const whole = await time(() => main(['analyse', input, '--settings', settingsFile, '--out', out, '--quiet'], {
      stdout: () => undefined,
      stderr: (text) => { stderr += text; },
      env: {},
      color: false,
    }));
    const base = parseOnly.ms;
    const row = (name: string, ms: number): string => `| ${name} | ${ms.toFixed(0)} | ${(ms / base).toFixed(1)} |`;
    return [
      `## Command line: \`klantwaarde analyse\` on a ${ROWS.toLocaleString('en-US')}-row CSV`, '',
      `Dutch notation (\`;\`, \`€ 1.234,56\`, \`12,5%\`), every column filled, ${(statSync(input).size / 2 ** 20).toFixed(0)} MiB. Baseline: Papa Parse alone on the same file (decode + parse; what \`loadTable\` parses with since issue 11), same process.`, '',
      '| phase | ms | ÷ Papa Parse |',
      '|---|---:|---:|',
      row('Papa Parse alone (baseline)', parseOnly.ms),
      row('read: parse + readClientTable', read.ms),
      row('analyse (columnar: analyseTable)', analysed.ms),
      row('buildReportFromColumns (model; client rows on demand, measured in one pass)', report.ms),
      row('xlsx: client rows made → XML → parallel deflate, chart and print parts (stream-writer.ts)', workbook.ms),
      row('whole CLI run (`main`)', whole.ms),
      '',
      `Exit code ${whole.value}; ${read.value.table.columns.count.toLocaleString('en-US')} clients; ${stderr === '' ? 'no warnings' : 'warnings on stderr'}; output ${(statSync(out).size / 2 ** 20).toFixed(1)} MiB (${(statSync(phaseOut).size / 2 ** 20).toFixed(1)} MiB from the phase run).`,
      '',
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
