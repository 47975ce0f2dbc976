/**
 * 100 000 clients through the built Code.js and the fake (bench/RESULTS.md, "Google Sheets"). Not part of the
 * normal run (a minute and a few hundred MB): `SHEETS_BENCH=1 npx vitest run test/hosts/sheets/bench-100k.test.ts`.
 *
 * Two runs: one without measuring payloads (the time of reading, the core and the painter in Node's V8, plus the
 * fake's own bookkeeping, which only makes it slower), one that measures the JSON size of every call.
 */
import { describe, expect, it } from 'vitest';
import {
  analyseTable, bindDrivers, buildReportFromColumns, materialiseReport, readClientTable, type CellValue, type Settings,
} from '../../../src/core/index.js';
import { STATE_KEY } from '../../../src/hosts/sheets/settings.js';
import { demoSettings, demoState, demoValues, loadWithFake } from './demo.js';

const CLIENTS = Number(process.env.SHEETS_BENCH_CLIENTS ?? 100_000);

describe.runIf(process.env.SHEETS_BENCH === '1')(`Analyseer klanten with ${CLIENTS} clients`, () => {
  it('reports time, calls and the largest payload', { timeout: 600_000 }, () => {
    const values = demoValues(CLIENTS);
    // The core alone, in this realm, as the menu item runs it: read, analyse the columns, build the report's grid.
    const core: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const table = readClientTable(values as CellValue[][], { language: 'nl', notation: 'nl' });
      const settings = JSON.parse(demoSettings) as Partial<Settings>;
      const bound = bindDrivers(settings.extraDrivers ?? [], table.mapping, 'nl');
      const columnar = analyseTable(table.columns, { ...settings, extraDrivers: bound.drivers });
      materialiseReport(buildReportFromColumns(columnar, { language: 'nl', problems: table.problems, mapping: table.mapping }));
      core.push(performance.now() - started);
    }
    const options = { sheets: [{ name: 'Klanten', values }], properties: { [STATE_KEY]: demoState } };
    const times: number[] = [];
    let calls = 0;
    for (let i = 0; i < 3; i++) {
      const timed = loadWithFake({ ...options, measure: false });
      const started = performance.now();
      timed.run('klantwaardeAnalyse');
      times.push(performance.now() - started);
      calls = timed.recorder.calls.length;
      expect(timed.spreadsheet.toasts).toHaveLength(1);
    }
    const measured = loadWithFake({ ...options, measure: true });
    measured.run('klantwaardeAnalyse');
    const writes = measured.recorder.calls.filter((c) => c.bytes > 0).sort((a, b) => b.bytes - a.bytes);
    const sheet = measured.spreadsheet.sheets.find((s) => s.name === 'Klantanalyse')!;
    const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
    const lines = [
      `clients: ${CLIENTS}; sheet ${sheet.maxRows} rows × ${sheet.maxColumns} columns = ${(sheet.maxRows * sheet.maxColumns).toLocaleString('en')} cells`,
      `core (read table, analyse, report model): ${core.map((t) => (t / 1000).toFixed(2)).join(' s, ')} s`,
      `whole menu item through the fake (Node ${process.version}; bundle in node:vm; the fake's bookkeeping included): ${times.map((t) => (t / 1000).toFixed(2)).join(' s, ')} s`,
      `service calls: ${calls} (getValues ${measured.recorder.count('getValues')}, setValues ${measured.recorder.count('setValues')}, getRangeList ${measured.recorder.count('getRangeList')})`,
      `the one getValues returns ${values.length.toLocaleString('en')} rows × ${values[0]!.length} columns, ${mib(JSON.stringify(values).length)} MiB as JSON`,
      `largest calls: ${writes.slice(0, 4).map((c) => `${c.method} ${c.cells.toLocaleString('en')} cells ${mib(c.bytes)} MiB`).join('; ')}`,
      `all calls: ${mib(writes.reduce((s, c) => s + c.bytes, 0))} MiB; peak RSS ${mib(process.memoryUsage().rss)} MiB`,
    ];
    console.log(`\n${lines.join('\n')}\n`);
  });
});
