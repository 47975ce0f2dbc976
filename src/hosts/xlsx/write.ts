/**
 * Writing the analysis workbook. With an input workbook, the report is a new sheet in it (every other sheet
 * kept; the input file itself is never written). Without one (a CSV input), the streaming writer is used, which
 * keeps memory flat for hundreds of thousands of clients.
 */
import { writeFile } from 'node:fs/promises';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ReportSheet } from '../../core/report/index.js';
import { addCharts, linkDrawingWhileStreaming } from './chart.js';
import { paintSheet } from './paint.js';

/** Markers of a sheet this product wrote: the second line of the report says "… Klantwaarde …". */
export function isOurSheet(sheet: ExcelJS.Worksheet): boolean {
  const line = sheet.getCell('A2').value;
  return typeof line === 'string' && line.includes('Klantwaarde');
}

/**
 * The sheet name to use in `workbook` (DESIGN.md: write `Klantanalyse`, or `Klantanalyse (2)` if a sheet of
 * that name is not ours; replace only a sheet we made). Returns the sheet to replace, if any.
 */
export function chooseSheetName(workbook: ExcelJS.Workbook, wanted: string): { name: string; replace: ExcelJS.Worksheet | null } {
  const existing = workbook.getWorksheet(wanted);
  if (!existing) return { name: wanted, replace: null };
  if (isOurSheet(existing)) return { name: wanted, replace: existing };
  for (let k = 2; ; k++) {
    const name = `${wanted} (${k})`;
    const other = workbook.getWorksheet(name);
    if (!other) return { name, replace: null };
    if (isOurSheet(other)) return { name, replace: other };
  }
}

const sheetOptions = (report: ReportSheet): Partial<ExcelJS.AddWorksheetOptions> => ({
  properties: { tabColor: { argb: 'FF1F4E79' } } as ExcelJS.WorksheetProperties,
  views: [{ state: 'frozen', xSplit: report.frozen.columns, ySplit: report.frozen.rows, topLeftCell: 'B1', showGridLines: false }],
  pageSetup: {
    orientation: report.print.landscape ? 'landscape' : 'portrait',
    paperSize: 9, // A4
    scale: report.print.scale,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  } as Partial<ExcelJS.PageSetup>,
  headerFooter: { oddFooter: `&L${report.name}&R&P / &N` } as Partial<ExcelJS.HeaderFooter>,
});

function setProperties(workbook: ExcelJS.Workbook | ExcelJS.stream.xlsx.WorkbookWriter): void {
  workbook.creator = 'Klantwaarde';
  workbook.lastModifiedBy = 'Klantwaarde';
  workbook.modified = new Date(0);
}

/** The report as an `.xlsx` package: added to `base` when given, else alone in a new workbook. */
export async function reportWorkbook(report: ReportSheet, base: ExcelJS.Workbook | null): Promise<{ bytes: Uint8Array; sheetName: string }> {
  let bytes: Uint8Array;
  let sheetName = report.name;
  if (base) {
    const choice = chooseSheetName(base, report.name);
    if (choice.replace) base.removeWorksheet(choice.replace.id);
    sheetName = choice.name;
    const sheet = base.addWorksheet(sheetName, sheetOptions(report));
    paintSheet(sheet, report);
    // The new sheet opens first: it is what the user asked for.
    base.views = [{ activeTab: base.worksheets.indexOf(sheet), x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: 'visible' }];
    base.calcProperties.fullCalcOnLoad = true;
    setProperties(base);
    bytes = new Uint8Array(await base.xlsx.writeBuffer());
  } else {
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    });
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
    setProperties(writer);
    const sheet = writer.addWorksheet(sheetName, sheetOptions(report));
    if (report.charts.length > 0) linkDrawingWhileStreaming(sheet);
    paintSheet(sheet as unknown as ExcelJS.Worksheet, report);
    sheet.commit();
    await writer.commit();
    bytes = new Uint8Array(Buffer.concat(chunks));
  }
  return { bytes: await addCharts(bytes, sheetName, report.charts, report.cells), sheetName };
}

export async function writeReportFile(path: string, report: ReportSheet, base: ExcelJS.Workbook | null): Promise<string> {
  const { bytes, sheetName } = await reportWorkbook(report, base);
  await writeFile(path, bytes);
  return sheetName;
}
