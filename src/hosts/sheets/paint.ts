/**
 * Paints a ReportSheet into a new sheet of the active spreadsheet. The number of Spreadsheet service calls
 * depends on the report's few rectangles, merges, widths and charts, not on the number of clients (counted in
 * test/hosts/sheets): one `setValues` for the whole grid (sliced only above plan.ts's MAX_CELLS_PER_CALL);
 * the style rectangles as single-value setters, one RangeList call per setter and value wherever the order
 * cannot change the result (plan.ts groupStyleCalls); one RangeList making the remaining string cells `@`;
 * one call per border kind and colour, per merge block, per run of equal widths or heights, per chart.
 *
 * Order matters: the number formats go first, so a string cell is already `@` (plain text) when `setValues`
 * writes it — a client named `=IMPORTXML(…)` stays text.
 */
import { a1Range, type Rect, type ReportSheet } from '../../core/index.js';
import type { Range, Services, Sheet, Spreadsheet } from './api.js';
import {
  AUTOMATIC_FORMAT, columnCount, formatFixes, groupStyleCalls, heightRuns, mergeCalls, rowCount, slices, styleCalls, TEXT_FORMAT,
  valuesBlock, widthInPixels, widthRuns, type Block, type StyleCall,
} from './plan.js';

/** The developer-metadata key on every sheet this product made; a re-run replaces only a sheet that has it. */
export const MARKER_KEY = 'klantwaarde.analysis';
/** Its value: which version of the report wrote the sheet (for a future migration; nothing reads it yet). */
export const MARKER_VALUE = 'v1';

/** Whether a sheet carries our developer-metadata mark `key` (the analysis sheet's by default). */
export function isOurSheet(sheet: Sheet, key: string = MARKER_KEY): boolean {
  return sheet.getDeveloperMetadata().some((m) => m.getKey() === key);
}

/**
 * The name to write: `Klantanalyse`, or `Klantanalyse (2)`, (3) … when that name is a sheet we did not make (with
 * mark `key`). Returns the sheet to replace, if ours.
 */
export function chooseSheetName(spreadsheet: Spreadsheet, wanted: string, key: string = MARKER_KEY): { name: string; replace: Sheet | null } {
  for (let k = 1; ; k++) {
    const name = k === 1 ? wanted : `${wanted} (${k})`;
    const existing = spreadsheet.getSheetByName(name);
    if (!existing) return { name, replace: null };
    if (isOurSheet(existing, key)) return { name, replace: existing };
  }
}

/**
 * Writes a sheet of ours (mark `key`) named `wanted`: in place of our earlier one, or at 0-based `index`. The new
 * sheet is marked first and painted under a temporary name; the earlier one is deleted only once the new one is
 * whole, so a failure leaves the previous sheet in place (and the half-painted one is removed).
 */
export function replaceOwnSheet(spreadsheet: Spreadsheet, wanted: string, key: string, value: string, index: number, paint: (sheet: Sheet) => void): Sheet {
  const { name, replace } = chooseSheetName(spreadsheet, wanted, key);
  let temporary = name;
  if (replace) {
    // A free temporary name; a leftover of ours from a run that died half-way is removed.
    for (temporary = `${name} …`; ; temporary += '…') {
      const stale = spreadsheet.getSheetByName(temporary);
      if (!stale) break;
      if (isOurSheet(stale, key)) {
        spreadsheet.deleteSheet(stale);
        break;
      }
    }
  }
  // insertSheet counts from 0, getIndex from 1: the new sheet takes the old one's place.
  const sheet = spreadsheet.insertSheet(temporary, replace ? replace.getIndex() - 1 : index);
  // The marker first: even a sheet left half-painted is recognised as ours next time.
  sheet.addDeveloperMetadata(key, value);
  try {
    paint(sheet);
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

function writeBlocks<T>(sheet: Sheet, block: Block<T>, write: (range: Range, cells: T[][]) => void): void {
  if (block.cells.length === 0) return;
  for (const slice of slices(block)) {
    write(sheet.getRange(slice.top + 1, slice.left + 1, slice.cells.length, slice.cells[0]!.length), slice.cells);
  }
}

const rangeOf = (sheet: Sheet, r: Rect): Range => sheet.getRange(r.top + 1, r.left + 1, r.bottom - r.top + 1, r.right - r.left + 1);

/** A Range or a RangeList: both have the single-value setters. */
type Styleable = { [K in 'setNumberFormat' | 'setBackground' | 'setFontColor' | 'setFontWeight' | 'setFontStyle' | 'setFontSize' | 'setHorizontalAlignment' | 'setVerticalAlignment' | 'setWrap']: (value: Parameters<Range[K]>[0]) => unknown };

function applyStyle(range: Styleable, call: Pick<StyleCall, 'method' | 'value'>): void {
  const c = call as StyleCall;
  switch (c.method) {
    case 'setNumberFormat': range.setNumberFormat(c.value); break;
    case 'setBackground': range.setBackground(c.value); break;
    case 'setFontColor': range.setFontColor(c.value); break;
    case 'setFontWeight': range.setFontWeight(c.value); break;
    case 'setFontStyle': range.setFontStyle(c.value); break;
    case 'setFontSize': range.setFontSize(c.value); break;
    case 'setHorizontalAlignment': range.setHorizontalAlignment(c.value); break;
    case 'setVerticalAlignment': range.setVerticalAlignment(c.value); break;
    case 'setWrap': range.setWrap(c.value); break;
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

  const target = (rects: Rect[]): Styleable => (rects.length === 1 ? rangeOf(sheet, rects[0]!) : sheet.getRangeList(rects.map((r) => a1Range(r))));
  // Number formats before values, so every string cell is `@` (plain text) when setValues writes it.
  const calls = styleCalls(report);
  for (const group of groupStyleCalls(calls.filter((c) => c.method === 'setNumberFormat'))) applyStyle(target(group.rects), group);
  const fixes = formatFixes(report, rows, columns);
  if (fixes.text.length > 0) sheet.getRangeList(fixes.text).setNumberFormat(TEXT_FORMAT);
  if (fixes.automatic.length > 0) sheet.getRangeList(fixes.automatic).setNumberFormat(AUTOMATIC_FORMAT);
  writeBlocks(sheet, valuesBlock(report, rows, columns), (range, cells) => range.setValues(cells));
  // Every other style property: one RangeList call per setter and value where the order cannot matter, else
  // rectangle by rectangle in the model's order (later wins); plan.ts groupStyleCalls.
  for (const group of groupStyleCalls(calls.filter((c) => c.method !== 'setNumberFormat'))) applyStyle(target(group.rects), group);

  // Borders: one RangeList call per kind and colour (borders only add lines, so their order does not matter).
  // `horizontal` draws the lines between a range's rows, `bottom` its last one: a line under every row.
  const solid = services.SpreadsheetApp.BorderStyle.SOLID;
  const borders = new Map<string, Rect[]>();
  for (const { rect, style } of report.styles) {
    if (style.borderBottom) borders.set(`bottom ${style.borderBottom}`, [...(borders.get(`bottom ${style.borderBottom}`) ?? []), rect]);
    if (style.borderTop) borders.set(`top ${style.borderTop}`, [...(borders.get(`top ${style.borderTop}`) ?? []), rect]);
  }
  for (const [key, rects] of borders) {
    const [kind, color] = key.split(' ') as ['top' | 'bottom', string];
    const list = rects.length === 1 ? rangeOf(sheet, rects[0]!) : sheet.getRangeList(rects.map((r) => a1Range(r)));
    if (kind === 'bottom') list.setBorder(null, null, true, null, null, true, color, solid);
    else list.setBorder(true, null, null, null, null, null, color, solid);
  }
  for (const { rect: m, across } of mergeCalls(report.merges)) {
    const range = rangeOf(sheet, m);
    if (across) range.mergeAcross();
    else range.merge();
  }

  for (const run of widthRuns(report.columnWidths)) sheet.setColumnWidths(run.start + 1, run.count, run.pixels);
  for (const run of heightRuns(report.rowHeights)) sheet.setRowHeights(run.start + 1, run.count, run.pixels);
  if (report.frozen.rows > 0) sheet.setFrozenRows(report.frozen.rows);
  if (report.frozen.columns > 0) sheet.setFrozenColumns(report.frozen.columns);
  sheet.setHiddenGridlines(true);
  sheet.setTabColor('#1F4E79');

  for (const chart of report.charts) {
    const series = chart.series[0];
    if (!series) continue;
    const range = (r: Rect): Range => rangeOf(sheet, r);
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
  // Right after the sheet it analyses (getIndex counts from 1, insertSheet from 0).
  return replaceOwnSheet(spreadsheet, report.name, MARKER_KEY, MARKER_VALUE, source.getIndex(), (sheet) => paintSheet(sheet, report, services));
}
