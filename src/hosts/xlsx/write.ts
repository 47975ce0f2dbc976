/**
 * Writing the analysis workbook. With an input workbook, the report is a new sheet in it (every other sheet
 * kept; the input file itself is never written). Without one (a CSV input), stream-writer.ts renders the rows to
 * XML and deflates them as it goes, which keeps memory flat for hundreds of thousands of clients.
 */
import { writeFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { materialiseReport, type AnyReportSheet, type ConversationSheet } from '../../core/index.js';
import { addCharts } from './chart.js';
import { addConversationParts, paintConversationSheets } from './conversation.js';
import { addPrintLayout } from './print.js';
import { paintSheet } from './paint.js';
import { reportPackageBytes, writeReportPackageFile } from './stream-writer.js';
import { setProperties, sheetOptions } from './workbook-options.js';

export { setProperties, sheetOptions } from './workbook-options.js';

/** Markers of a sheet this product wrote: the second line of the report says "… Klantwaarde …". */
export function isOurSheet(sheet: ExcelJS.Worksheet): boolean {
  const line = sheet.getCell('A2').value;
  return typeof line === 'string' && line.includes('Klantwaarde');
}

/**
 * The sheet name to use in `workbook` (write `Klantanalyse`, or `Klantanalyse (2)` if a sheet of
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

/**
 * The report as an `.xlsx` package: added to `base` when given, else alone in a new workbook; then the conversation
 * sheets, if any (conversation.ts), after it. With conversation sheets and no base, a new ExcelJS workbook is the
 * base: at most 25 pages are asked for, so a list small enough to talk through client by client.
 */
export async function reportWorkbook(
  lazyOrNot: AnyReportSheet,
  baseOrNull: ExcelJS.Workbook | null,
  conversations: readonly ConversationSheet[] = [],
): Promise<{ bytes: Uint8Array; sheetName: string }> {
  // Alone in a new workbook (a CSV input): the writer for large lists, chart included (stream-writer.ts).
  if (!baseOrNull && conversations.length === 0) return reportPackageBytes(lazyOrNot);
  const base = baseOrNull ?? new (await import('exceljs')).default.Workbook();
  // Into an input workbook, through ExcelJS's workbook, which holds every cell anyway: the whole grid.
  const report = materialiseReport(lazyOrNot);
  const choice = chooseSheetName(base, report.name);
  if (choice.replace) base.removeWorksheet(choice.replace.id);
  const sheetName = choice.name;
  {
    const sheet = base.addWorksheet(sheetName, sheetOptions(report));
    paintSheet(sheet, report);
    // The new sheet opens first: it is what the user asked for.
    base.views = [{ activeTab: base.worksheets.indexOf(sheet), x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: 'visible' }];
    base.calcProperties.fullCalcOnLoad = true;
    setProperties(base);
    paintConversationSheets(base, conversations, isOurSheet);
  }
  const bytes = new Uint8Array(await base.xlsx.writeBuffer());
  const withCharts = await addCharts(bytes, sheetName, report.charts, report.cells);
  const withPrint = await addPrintLayout(withCharts, sheetName, report.print);
  return { bytes: await addConversationParts(withPrint, conversations), sheetName };
}

export async function writeReportFile(
  path: string,
  report: AnyReportSheet,
  base: ExcelJS.Workbook | null,
  conversations: readonly ConversationSheet[] = [],
): Promise<string> {
  // Without a base workbook the package goes to the file as it is deflated: its bytes never sit in memory whole.
  if (!base && conversations.length === 0) return writeReportPackageFile(path, report);
  const { bytes, sheetName } = await reportWorkbook(report, base, conversations);
  await writeFile(path, bytes);
  return sheetName;
}
