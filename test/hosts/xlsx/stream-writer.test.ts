import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Writable } from 'node:stream';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { analyseColumns, bindDrivers, buildReportFromColumns, resolveSettings, type ClientRecord } from '../../../src/core/index.js';
import type { ReportSheet } from '../../../src/core/report/index.js';
import { loadTable } from '../../../src/hosts/xlsx/read.js';
import { addCharts, linkDrawingWhileStreaming } from '../../../src/hosts/xlsx/chart.js';
import { paintSheet } from '../../../src/hosts/xlsx/paint.js';
import { addPrintLayout } from '../../../src/hosts/xlsx/print.js';
import { setProperties, sheetOptions } from '../../../src/hosts/xlsx/write.js';
import { reportPackageBytes, writeReportPackageFile } from '../../../src/hosts/xlsx/stream-writer.js';
import { syntheticPortfolio } from '../../../bench/synthetic.js';
import { analyse, buildReport, recordsOf, toColumns } from '../../support/oracle.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The writer before the large-list writer: ExcelJS's streaming writer painted by paint.ts, then the chart added to the package. */
async function excelJsPackage(report: ReportSheet): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const sink = new Writable({ write(chunk: Buffer, _e, done) { chunks.push(chunk); done(); } });
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  setProperties(writer);
  const sheet = writer.addWorksheet(report.name, sheetOptions(report));
  if (report.charts.length > 0) linkDrawingWhileStreaming(sheet);
  paintSheet(sheet as unknown as ExcelJS.Worksheet, report);
  sheet.commit();
  await writer.commit();
  // With the print area and titles, which both writers add to workbook.xml the same way.
  return addPrintLayout(await addCharts(new Uint8Array(Buffer.concat(chunks)), report.name, report.charts, report.cells), report.name, report.print);
}

/** Every part of both packages as text; `docProps/core.xml` carries the moment of writing and is left out. */
async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const [path, file] of Object.entries(zip.files)) {
    if (!file.dir && path !== 'docProps/core.xml') out.set(path, await file.async('string'));
  }
  return out;
}

/** Text with a line break is written as a whitespace-keeping inline string (LibreOffice drops the break of `t="str"`). */
const INLINE_BREAK = /<c r="([A-Z]+\d+)"((?: s="\d+")?) t="inlineStr"><is><t xml:space="preserve">([^<]*\n[^<]*)<\/t><\/is><\/c>/g;

async function expectSamePackage(report: ReportSheet): Promise<void> {
  const [before, after] = await Promise.all([excelJsPackage(report).then(parts), reportPackageBytes(report).then((p) => parts(p.bytes))]);
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  // The same bytes, part by part: values, formulas, style ids and styles.xml, merges, views, columns, page setup,
  // footer, the drawing link and the chart — but for the cells with a line break, which ExcelJS writes as t="str".
  const sheetPath = 'xl/worksheets/sheet1.xml';
  const breaks = [...(after.get(sheetPath) ?? '').matchAll(INLINE_BREAK)].length;
  const broken = report.cells.flat().filter((cell) => typeof cell === 'string' && cell.includes('\n')).length;
  expect(breaks).toBe(broken);
  for (const [path, text] of before) {
    const written = path === sheetPath ? after.get(path)?.replace(INLINE_BREAK, '<c r="$1"$2 t="str"><v>$3</v></c>') : after.get(path);
    expect(written, path).toBe(text);
  }
}

describe('the large-list writer writes the file ExcelJS wrote', () => {
  it('for the demo: every part the same, and ExcelJS reads it back', async () => {
    const loaded = await loadTable(join(root, 'examples/klanten.xlsx'), { language: 'nl' });
    const settings = JSON.parse(readFileSync(join(root, 'examples/instellingen.json'), 'utf8'));
    const bound = bindDrivers(settings.extraDrivers ?? [], loaded.table.mapping);
    const result = analyse(recordsOf(loaded.table.columns), { ...settings, extraDrivers: bound.drivers }, '2026-01-15');
    const report = buildReport(result, { problems: loaded.table.problems, madeOn: '2026-01-15', mapping: loaded.table.mapping });
    await expectSamePackage(report);
    const path = join(mkdtempSync(join(tmpdir(), 'klantwaarde-stream-')), 'demo.xlsx');
    await writeReportPackageFile(path, report);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet('Klantanalyse')!;
    expect(sheet.getCell('A1').value).toBe('Klantanalyse');
    expect(sheet.model.merges.length).toBe(report.merges.length);
  });

  it('writes a sheet with lazy client rows (buildReportFromColumns) as the same file as the materialised one', async () => {
    const loaded = await loadTable(join(root, 'examples/klanten.xlsx'), { language: 'nl' });
    const raw = JSON.parse(readFileSync(join(root, 'examples/instellingen.json'), 'utf8'));
    const bound = bindDrivers(raw.extraDrivers ?? [], loaded.table.mapping);
    const settings = resolveSettings({ ...raw, extraDrivers: bound.drivers }, '2026-01-15');
    const options = { problems: loaded.table.problems, madeOn: '2026-01-15', mapping: loaded.table.mapping };
    const eager = buildReport(analyse(recordsOf(loaded.table.columns), settings, '2026-01-15'), options);
    const lazy = buildReportFromColumns(analyseColumns(toColumns(recordsOf(loaded.table.columns), settings), settings), options);
    const [before, after] = await Promise.all([reportPackageBytes(eager).then((p) => parts(p.bytes)), reportPackageBytes(lazy).then((p) => parts(p.bytes))]);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [path, text] of before) expect(after.get(path), path).toBe(text);
  });

  it('a file that cannot be written is an error of the write, not the end of the process', async () => {
    const report = buildReport(analyse(syntheticPortfolio(50, 3), {}, '2026-06-30'), { madeOn: '2026-06-30' });
    const dir = mkdtempSync(join(tmpdir(), 'klantwaarde-stream-'));
    await expect(writeReportPackageFile(join(dir, 'missing', 'x.xlsx'), report)).rejects.toThrow(/ENOENT/);
  });

  it('for random portfolios (names with markup, formulas and control characters; blanks; every language)', async () => {
    const names = ['=1+1', '<b>&"\'</b>', '+31 6 1234', '@foo', 'tab\there', 'bell\u0007', 'Müller & Söhne', ''];
    await fc.assert(fc.asyncProperty(
      fc.integer({ min: 1, max: 120 }), fc.integer(), fc.constantFrom('nl', 'en', 'de' as const),
      fc.record({ hourlyCost: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }), targetHourlyReturn: fc.option(fc.integer({ min: 10, max: 150 }), { nil: undefined }) }),
      async (n, seed, language, settings) => {
        const records: ClientRecord[] = syntheticPortfolio(n, seed).map((r, i) => (i < names.length && seed % 2 === 0 ? { ...r, client: names[i]! || `Klant ${i}` } : r));
        const result = analyse(records, Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)), '2026-06-30');
        await expectSamePackage(buildReport(result, { language, madeOn: '2026-06-30' }));
      },
    ), { numRuns: 12 });
  });
});
