/**
 * The analysis workbook written for large lists: the report alone in a new package. The sheet's rows are rendered
 * straight to XML (sheet-xml.ts) and deflated in ~1 MiB chunks on libuv's thread pool, beside the rendering, the
 * deflated pieces written to the file in order as they finish (zip-writer.ts; a few chunks in flight at most, so
 * memory stays flat).
 *
 * What ExcelJS does well stays with ExcelJS: every small part of the package (workbook, relationships, content
 * types, document properties, theme, the sheet's views, columns, page setup, footer) comes from ExcelJS's
 * streaming writer run on the same sheet without its rows, and the chart parts from `addCharts` on that small
 * package; the styles are ExcelJS's `StylesXform`, filled while the rows are rendered, so the style ids and
 * `styles.xml` are the ones ExcelJS's writer wrote (test/hosts/xlsx/stream-writer.test.ts).
 */
import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform.js';
import type { AnyReportSheet } from '../../core/index.js';
import { addCharts, linkDrawingWhileStreaming } from './chart.js';
import { addPrintLayout } from './print.js';
import { mergesXml, sheetRows } from './sheet-xml.js';
import { setProperties, sheetOptions } from './workbook-options.js';
import { ZipWriter } from './zip-writer.js';

const SHEET_PATH = 'xl/worksheets/sheet1.xml';
const STYLES_PATH = 'xl/styles.xml';

/**
 * Everything but the rows and the styles: ExcelJS's streaming writer on the same sheet (options, columns, drawing
 * link) with one placeholder row (ExcelJS writes `<cols>` with the first row), then `addCharts`. Small whatever
 * the number of clients.
 */
async function skeleton(report: AnyReportSheet, sheetName: string): Promise<JSZip> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const { default: Excel } = await import('exceljs');
  const writer: ExcelJS.stream.xlsx.WorkbookWriter = new Excel.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  setProperties(writer);
  const sheet = writer.addWorksheet(sheetName, sheetOptions(report));
  if (report.charts.length > 0) linkDrawingWhileStreaming(sheet);
  sheet.columns = report.columnWidths.map((width) => ({ width }));
  const row = sheet.getRow(1);
  row.getCell(1).value = 0;
  row.commit();
  sheet.commit();
  await writer.commit();
  const withCharts = await addCharts(new Uint8Array(Buffer.concat(chunks)), sheetName, report.charts, report.cells);
  // Print area and titles live in workbook.xml, which this skeleton provides (print.ts).
  return JSZip.loadAsync(await addPrintLayout(withCharts, sheetName, report.print));
}

/** Writes the report, alone in a new workbook, to `out` (a file stream, or a collector of bytes). */
export async function writeReportPackage(report: AnyReportSheet, out: Writable, options: { level?: number } = {}): Promise<string> {
  const sheetName = report.name;
  const writer = new ZipWriter(out); // first: it listens for the output's errors (a file that cannot be opened)
  const zip = await skeleton(report, sheetName);
  const sheetXml = await zip.file(SHEET_PATH)!.async('string');
  const open = sheetXml.indexOf('<sheetData>') + '<sheetData>'.length;
  const close = sheetXml.indexOf('</sheetData>');
  if (open < '<sheetData>'.length || close < open) throw new Error('unexpected worksheet from ExcelJS');
  const styles = new StylesXform(true);
  for (const path of Object.keys(zip.files)) {
    const file = zip.files[path]!;
    if (file.dir || path === STYLES_PATH) continue;
    if (path === SHEET_PATH) {
      const parts = function* (): Generator<string | Buffer> {
        yield sheetXml.slice(0, open);
        yield* sheetRows(report, styles);
        yield '</sheetData>' + mergesXml(report) + sheetXml.slice(close + '</sheetData>'.length);
      };
      await writer.stream(path, parts(), options.level);
    } else {
      await writer.file(path, await file.async('uint8array'));
    }
  }
  // Last: the styles are known once every row is written.
  await writer.file(STYLES_PATH, styles.xml);
  await writer.finish();
  return sheetName;
}

/** The package as bytes (tests, and `reportWorkbook` without a base workbook). */
export async function reportPackageBytes(report: AnyReportSheet): Promise<{ bytes: Uint8Array; sheetName: string }> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const sheetName = await writeReportPackage(report, sink);
  return { bytes: new Uint8Array(Buffer.concat(chunks)), sheetName };
}

/** Writes the package straight to `path`: the bytes never all sit in memory. */
export async function writeReportPackageFile(path: string, report: AnyReportSheet): Promise<string> {
  return writeReportPackage(report, createWriteStream(path));
}
