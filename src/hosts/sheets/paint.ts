/**
 * Paints a ReportSheet into a new sheet of the active spreadsheet. The number of Spreadsheet service calls
 * depends on the report's few rectangles, merges, widths and charts, not on the number of clients (counted in
 * test/hosts/sheets): one `setNumberFormats` and one `setValues` for the whole grid, one call per style
 * property (plan.ts), one per border rectangle and merge.
 *
 * Order matters: the number formats go first, so a string cell is already `@` (plain text) when `setValues`
 * writes it — a client named `=IMPORTXML(…)` stays text.
 */
import type { ReportSheet } from '../../core/report/index.js';
import type { Range, Services, Sheet, Spreadsheet } from './api.js';
import {
  columnCount, DEFAULT_FONT_SIZE, mergeCalls, numberFormatsBlock, paintProperty, pointsInPixels, rowCount, slices, valuesBlock,
  widthInPixels, widthRuns, type Block,
} from './plan.js';

/** The developer-metadata key on every sheet this product made; a re-run replaces only a sheet that has it. */
export const MARKER_KEY = 'klantwaarde.analysis';
/** Its value: which version of the report wrote the sheet (for a future migration; nothing reads it yet). */
export const MARKER_VALUE = 'v1';

export function isOurSheet(sheet: Sheet): boolean {
  return sheet.getDeveloperMetadata().some((m) => m.getKey() === MARKER_KEY);
}

/**
 * The name to write (DESIGN.md): `Klantanalyse`, or `Klantanalyse (2)`, (3) … when that name is a sheet we did
 * not make. Returns the sheet to replace, if ours.
 */
export function chooseSheetName(spreadsheet: Spreadsheet, wanted: string): { name: string; replace: Sheet | null } {
  for (let k = 1; ; k++) {
    const name = k === 1 ? wanted : `${wanted} (${k})`;
    const existing = spreadsheet.getSheetByName(name);
    if (!existing) return { name, replace: null };
    if (isOurSheet(existing)) return { name, replace: existing };
  }
}

function writeBlocks<T>(sheet: Sheet, block: Block<T> | null, write: (range: Range, cells: T[][]) => void): void {
  if (!block || block.cells.length === 0) return;
  for (const slice of slices(block)) {
    write(sheet.getRange(slice.top + 1, slice.left + 1, slice.cells.length, slice.cells[0]!.length), slice.cells);
  }
}

/** Paints `report` into `sheet` (new and empty). */
export function paintSheet(sheet: Sheet, report: ReportSheet, services: Services): void {
  const rows = rowCount(report);
  const columns = columnCount(report);
  // A new sheet has 1 000 rows and 26 columns: fit it to the report, growing or trimming, so every size costs the
  // same calls and no empty cells count against the spreadsheet's 10 million.
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (rows < maxRows) sheet.deleteRows(rows + 1, maxRows - rows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  else if (columns < maxColumns) sheet.deleteColumns(columns + 1, maxColumns - columns);

  // Formats before values (text stays text). Each grid is built, written and dropped before the next, so a
  // large portfolio holds one grid at a time besides the report.
  writeBlocks(sheet, numberFormatsBlock(report, rows, columns), (range, cells) => range.setNumberFormats(cells));
  writeBlocks(sheet, valuesBlock(report, rows, columns), (range, cells) => range.setValues(cells));
  writeBlocks(sheet, paintProperty(report, rows, columns, 'fill', null as string | null, (v) => v), (r, c) => r.setBackgrounds(c));
  writeBlocks(sheet, paintProperty(report, rows, columns, 'fontColor', null as string | null, (v) => v), (r, c) => r.setFontColors(c));
  writeBlocks(sheet, paintProperty(report, rows, columns, 'bold', null as 'bold' | 'normal' | null, (v) => (v ? 'bold' : 'normal')), (r, c) => r.setFontWeights(c));
  writeBlocks(sheet, paintProperty(report, rows, columns, 'italic', null as 'italic' | 'normal' | null, (v) => (v ? 'italic' : 'normal')), (r, c) => r.setFontStyles(c));
  writeBlocks(sheet, paintProperty(report, rows, columns, 'size', DEFAULT_FONT_SIZE, (v) => v), (r, c) => r.setFontSizes(c));
  writeBlocks(sheet, paintProperty(report, rows, columns, 'horizontal', null as 'left' | 'center' | 'right' | null, (v) => v), (r, c) => r.setHorizontalAlignments(c));
  writeBlocks(sheet, paintProperty(report, rows, columns, 'vertical', null as 'top' | 'middle' | 'bottom' | null, (v) => v), (r, c) => r.setVerticalAlignments(c));
  writeBlocks(sheet, paintProperty(report, rows, columns, 'wrap', false, (v) => v), (r, c) => r.setWraps(c));

  // Borders: one call per rectangle that has one (a few header and total rows).
  const solid = services.SpreadsheetApp.BorderStyle.SOLID;
  for (const { rect, style } of report.styles) {
    if (!style.borderBottom && !style.borderTop) continue;
    const range = sheet.getRange(rect.top + 1, rect.left + 1, rect.bottom - rect.top + 1, rect.right - rect.left + 1);
    // `horizontal` draws the lines between the rows, `bottom` the last one: a line under every row.
    if (style.borderBottom) range.setBorder(null, null, true, null, null, true, style.borderBottom, solid);
    if (style.borderTop) range.setBorder(true, null, null, null, null, null, style.borderTop, solid);
  }
  for (const { rect: m, across } of mergeCalls(report.merges)) {
    const range = sheet.getRange(m.top + 1, m.left + 1, m.bottom - m.top + 1, m.right - m.left + 1);
    if (across) range.mergeAcross();
    else range.merge();
  }

  for (const run of widthRuns(report.columnWidths)) sheet.setColumnWidths(run.start + 1, run.count, run.pixels);
  for (const { row, height } of report.rowHeights) sheet.setRowHeight(row + 1, pointsInPixels(height));
  if (report.frozen.rows > 0) sheet.setFrozenRows(report.frozen.rows);
  if (report.frozen.columns > 0) sheet.setFrozenColumns(report.frozen.columns);
  sheet.setHiddenGridlines(true);
  sheet.setTabColor('#1F4E79');

  for (const chart of report.charts) {
    const series = chart.series[0];
    if (!series) continue;
    const range = (r: { top: number; left: number; bottom: number; right: number }): Range =>
      sheet.getRange(r.top + 1, r.left + 1, r.bottom - r.top + 1, r.right - r.left + 1);
    const width = report.columnWidths.slice(chart.anchor.left, chart.anchor.right + 1).reduce((sum, w) => sum + widthInPixels(w), 0);
    const height = (chart.anchor.bottom - chart.anchor.top + 1) * 21;
    // Google Charts formats are ICU patterns: the model's Excel codes without their quotes.
    const icu = (format: string): string => format.replace(/"/g, '');
    const built = sheet.newChart()
      .setChartType(services.Charts.ChartType.SCATTER)
      .addRange(range(series.x))
      .addRange(range(series.y))
      .setPosition(chart.anchor.top + 1, chart.anchor.left + 1, 0, 0)
      .setOption('title', chart.title)
      .setOption('legend', { position: 'none' })
      .setOption('hAxis', { title: chart.xAxisTitle, format: icu(chart.xFormat), minValue: 0, maxValue: 1 })
      .setOption('vAxis', { title: chart.yAxisTitle, format: icu(chart.yFormat) })
      .setOption('series', { 0: { color: series.color, lineWidth: 2, pointSize: 0 } })
      .setOption('width', width)
      .setOption('height', height)
      .build();
    sheet.insertChart(built);
  }
}

/**
 * Writes the report as a sheet of its own, right after `source`, and returns it. A sheet of ours with the same
 * name is replaced only after the new one is painted, so a failure leaves the previous analysis in place (and
 * the half-painted sheet is removed).
 */
export function writeReport(spreadsheet: Spreadsheet, source: Sheet, report: ReportSheet, services: Services): Sheet {
  const { name, replace } = chooseSheetName(spreadsheet, report.name);
  let temporary = name;
  if (replace) {
    // A free temporary name; a leftover of ours from a run that died half-way is removed.
    for (temporary = `${name} …`; ; temporary += '…') {
      const stale = spreadsheet.getSheetByName(temporary);
      if (!stale) break;
      if (isOurSheet(stale)) {
        spreadsheet.deleteSheet(stale);
        break;
      }
    }
  }
  // insertSheet counts from 0, getIndex from 1: the new sheet takes the old one's place, or follows the source.
  const index = replace ? replace.getIndex() - 1 : source.getIndex();
  const sheet = spreadsheet.insertSheet(temporary, index);
  // The marker first: even a sheet left half-painted is recognised as ours next time.
  sheet.addDeveloperMetadata(MARKER_KEY, MARKER_VALUE);
  try {
    paintSheet(sheet, report, services);
  } catch (error) {
    spreadsheet.deleteSheet(sheet);
    throw error;
  }
  if (replace) {
    spreadsheet.deleteSheet(replace);
    sheet.setName(name);
  }
  return sheet;
}
