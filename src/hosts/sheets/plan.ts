/**
 * A ReportSheet as Apps Script calls, planned without Apps Script (pure, tested on its own):
 * - the values as one block (`setValues`), cut into row slices only above MAX_CELLS_PER_CALL;
 * - every style rectangle as single-value calls on its range (`setBackground`, `setNumberFormat`, …), in the
 *   model's order, so later rectangles win where they overlap exactly as model.ts says. A report has a few
 *   dozen rectangles whatever the number of clients, so this is constant, and each call carries one value;
 * - the `@` (plain text) format for every string cell not already in a text rectangle, as one RangeList of
 *   A1 ranges — vertical runs, so a column of strings is one range (`B50:B100049`), not 100 000.
 *
 * Why not a grid per style property (`setBackgrounds(String[][])` over the whole client table): also constant
 * in calls, but measured at 100 000 clients it sends ~165 MiB of colours, weights and formats (bench/RESULTS.md)
 * against ~0.1 MiB for the rectangles; the values grid is the only payload that must grow with the clients.
 */
import { a1, a1Range, isFormula, type Cell, type Rect, type ReportSheet, type Style } from '../../core/index.js';
import type { CellInput } from './api.js';

/** A block of cells, 0-based top-left, rows × columns of `cells`. */
export type Block<T> = { top: number; left: number; cells: T[][] };

/**
 * Cells per `setValues` call. Apps Script documents no payload limit for the Spreadsheet service; the Sheets
 * API (the same backend) "has no hard size limits" and recommends at most 2 MB per request for speed. Values
 * average ~19 bytes of JSON per cell in this report (measured: 200 000 cells, 3.7 MiB), so this budget keeps
 * every call under 4 MiB — twice the speed recommendation, far from any failure reported — while a portfolio
 * up to ~5 000 clients (its report is clients + ~600 rows × 30–33 columns) stays one call. Larger blocks are
 * written in row slices: 100 000 clients are 16 calls.
 */
export const MAX_CELLS_PER_CALL = 200_000;

export const AUTOMATIC_FORMAT = 'General';
export const TEXT_FORMAT = '@';

/** Height of the grid: every row with a cell or a style. */
export function rowCount(report: ReportSheet): number {
  const styled = report.styles.reduce((max, s) => Math.max(max, s.rect.bottom), -1);
  const merged = report.merges.reduce((max, m) => Math.max(max, m.bottom), -1);
  return Math.max(report.cells.length, styled + 1, merged + 1, 1);
}

/** Width of the grid: `columnCount`, or more if a row or a style reaches further. */
export function columnCount(report: ReportSheet): number {
  let columns = Math.max(report.columnCount, 1);
  for (const row of report.cells) if (row && row.length > columns) columns = row.length;
  for (const s of report.styles) columns = Math.max(columns, s.rect.right + 1);
  return columns;
}

/** The value Apps Script should receive for a model cell. Strings stay strings: the '@' format keeps them text. */
export function sheetValue(cell: Cell | undefined): CellInput {
  if (cell === null || cell === undefined) return '';
  if (isFormula(cell)) return `=${cell.formula}`;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : '';
  return cell;
}

/** The whole values block (rows × columns), formulas with a leading `=`. */
export function valuesBlock(report: ReportSheet, rows: number, columns: number): Block<CellInput> {
  const cells: CellInput[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const source = report.cells[r];
    const line: CellInput[] = new Array(columns);
    for (let c = 0; c < columns; c++) line[c] = sheetValue(source?.[c]);
    cells[r] = line;
  }
  return { top: 0, left: 0, cells };
}

/**
 * The number format each cell ends up with after the rectangles (later wins), `General` where none sets one.
 * In memory only (references to a few strings), to decide which cells still need `@`.
 */
export function effectiveFormats(report: ReportSheet, rows: number, columns: number): string[][] {
  const grid: string[][] = new Array(rows);
  for (let r = 0; r < rows; r++) grid[r] = new Array<string>(columns).fill(AUTOMATIC_FORMAT);
  for (const { rect, style } of report.styles) {
    if (style.numberFormat === undefined) continue;
    for (let r = rect.top; r <= rect.bottom && r < rows; r++) {
      const line = grid[r]!;
      for (let c = rect.left; c <= rect.right && c < columns; c++) line[c] = style.numberFormat;
    }
  }
  return grid;
}

/**
 * Cells whose format must change after the rectangles: every string cell not yet `@` (so `setValues` cannot
 * read `=IMPORTXML(…)`, `+31 6 1234` or `1-2` as a formula, number or date), and every formula cell that is
 * `@` (a formula in a text cell would stay its own text). As A1 ranges of vertical runs, column by column.
 */
export function formatFixes(report: ReportSheet, rows: number, columns: number): { text: string[]; automatic: string[] } {
  const formats = effectiveFormats(report, rows, columns);
  const text: string[] = [];
  const automatic: string[] = [];
  const runs = (wanted: (cell: Cell | undefined, format: string) => boolean, out: string[]): void => {
    for (let c = 0; c < columns; c++) {
      let start = -1;
      for (let r = 0; r <= rows; r++) {
        const hit = r < rows && wanted(report.cells[r]?.[c], formats[r]![c]!);
        if (hit && start < 0) start = r;
        if (!hit && start >= 0) {
          out.push(start === r - 1 ? a1(start, c) : a1Range({ top: start, left: c, bottom: r - 1, right: c }));
          start = -1;
        }
      }
    }
  };
  runs((cell, format) => typeof cell === 'string' && format !== TEXT_FORMAT, text);
  runs((cell, format) => isFormula(cell) && format === TEXT_FORMAT, automatic);
  return { text, automatic };
}

/** One single-value style call: which setter, on which rectangle, with what. In the model's order. */
export type StyleCall =
  | { rect: Rect; method: 'setNumberFormat'; value: string }
  | { rect: Rect; method: 'setBackground' | 'setFontColor'; value: string }
  | { rect: Rect; method: 'setFontWeight'; value: 'bold' | 'normal' }
  | { rect: Rect; method: 'setFontStyle'; value: 'italic' | 'normal' }
  | { rect: Rect; method: 'setFontSize'; value: number }
  | { rect: Rect; method: 'setHorizontalAlignment'; value: 'left' | 'center' | 'right' }
  | { rect: Rect; method: 'setVerticalAlignment'; value: 'top' | 'middle' | 'bottom' }
  | { rect: Rect; method: 'setWrap'; value: boolean };

/** The rectangles' style calls one by one, in the model's order. */
export function styleCalls(report: ReportSheet): StyleCall[] {
  const calls: StyleCall[] = [];
  for (const { rect, style } of report.styles) {
    const s: Style = style;
    if (s.numberFormat !== undefined) calls.push({ rect, method: 'setNumberFormat', value: s.numberFormat });
    if (s.fill !== undefined) calls.push({ rect, method: 'setBackground', value: s.fill });
    if (s.fontColor !== undefined) calls.push({ rect, method: 'setFontColor', value: s.fontColor });
    if (s.bold !== undefined) calls.push({ rect, method: 'setFontWeight', value: s.bold ? 'bold' : 'normal' });
    if (s.italic !== undefined) calls.push({ rect, method: 'setFontStyle', value: s.italic ? 'italic' : 'normal' });
    if (s.size !== undefined) calls.push({ rect, method: 'setFontSize', value: s.size });
    if (s.horizontal !== undefined) calls.push({ rect, method: 'setHorizontalAlignment', value: s.horizontal });
    if (s.vertical !== undefined) calls.push({ rect, method: 'setVerticalAlignment', value: s.vertical });
    if (s.wrap !== undefined) calls.push({ rect, method: 'setWrap', value: s.wrap });
  }
  return calls;
}

/** Row slices of a block, each at most MAX_CELLS_PER_CALL cells (at least one row). */
export function slices<T>(block: Block<T>, maxCells = MAX_CELLS_PER_CALL): Block<T>[] {
  const width = block.cells[0]?.length ?? 0;
  const rowsPerSlice = Math.max(1, Math.floor(maxCells / Math.max(width, 1)));
  if (block.cells.length <= rowsPerSlice) return [block];
  const out: Block<T>[] = [];
  for (let r = 0; r < block.cells.length; r += rowsPerSlice) {
    out.push({ top: block.top + r, left: block.left, cells: block.cells.slice(r, r + rowsPerSlice) });
  }
  return out;
}

/** Excel's column width in characters as Sheets pixels (Calibri 11's 7-pixel digit plus padding). */
export function widthInPixels(characters: number): number {
  return Math.round(characters * 7 + 5);
}

/** Points as pixels (96 dpi). */
export function pointsInPixels(points: number): number {
  return Math.round((points * 4) / 3);
}

/** Runs of equal widths, so `setColumnWidths` is called once per run, not per column. */
export function widthRuns(widths: readonly number[]): { start: number; count: number; pixels: number }[] {
  const runs: { start: number; count: number; pixels: number }[] = [];
  widths.forEach((width, column) => {
    const pixels = widthInPixels(width);
    const last = runs[runs.length - 1];
    if (last && last.pixels === pixels && last.start + last.count === column) last.count += 1;
    else runs.push({ start: column, count: 1, pixels });
  });
  return runs;
}

/**
 * Merges as calls: single-row merges over the same columns in consecutive rows (the summary's and the settings'
 * value cells, B:C) become one `mergeAcross` of their block; any other merge is one `merge`. The settings table
 * grows with the settings used, so this keeps its merges one call however many there are.
 */
export function mergeCalls(merges: readonly Rect[]): { rect: Rect; across: boolean }[] {
  const single = merges.filter((m) => m.top === m.bottom).slice().sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  const calls: { rect: Rect; across: boolean }[] = [];
  for (const m of single) {
    const last = calls[calls.length - 1];
    if (last && last.across && last.rect.left === m.left && last.rect.right === m.right && last.rect.bottom + 1 === m.top) {
      last.rect = { ...last.rect, bottom: m.top };
    } else {
      calls.push({ rect: { ...m }, across: true });
    }
  }
  for (const m of merges) if (m.top !== m.bottom) calls.push({ rect: { ...m }, across: false });
  // A block of one row is a plain merge (mergeAcross of one row is the same; `merge` is the common call).
  return calls.map((c) => (c.rect.top === c.rect.bottom ? { rect: c.rect, across: false } : c));
}

export const overlaps = (a: Rect, b: Rect): boolean => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** Calls of one setter with one value: each group is one call (on a Range, or a RangeList of many ranges). */
export type StyleGroup = { method: StyleCall['method']; value: StyleCall['value']; rects: Rect[] };

/**
 * Groups style calls into as few (RangeList) calls as keep the result exact. The rule of the model is "later
 * wins where rectangles overlap", so a call must run after every earlier call of the same setter that overlaps
 * it with another value — and nothing else constrains the order. Each call joins the first group of its setter
 * and value that comes after all such conflicting calls' groups, or starts a new group at the end. Overlaps with
 * the same value need no order. The groups run in list order.
 */
export function groupStyleCalls(calls: readonly StyleCall[]): StyleGroup[] {
  const groups: (StyleGroup & { calls: StyleCall[] })[] = [];
  for (const call of calls) {
    let after = -1;
    groups.forEach((group, index) => {
      if (group.method !== call.method || group.value === call.value) return;
      if (group.rects.some((rect) => overlaps(rect, call.rect))) after = index;
    });
    const home = groups.findIndex((g, index) => index > after && g.method === call.method && g.value === call.value);
    if (home >= 0) groups[home]!.rects.push(call.rect);
    else groups.push({ method: call.method, value: call.value, rects: [call.rect], calls: [] });
  }
  return groups.map(({ method, value, rects }) => ({ method, value, rects }));
}

/** Runs of consecutive rows with the same height, for `setRowHeights` (the pyramid's bands are one call). */
export function heightRuns(heights: readonly { row: number; height: number }[]): { start: number; count: number; pixels: number }[] {
  const runs: { start: number; count: number; pixels: number }[] = [];
  for (const { row, height } of [...heights].sort((x, y) => x.row - y.row)) {
    const pixels = pointsInPixels(height);
    const last = runs[runs.length - 1];
    if (last && last.pixels === pixels && last.start + last.count === row) last.count += 1;
    else if (last && last.start + last.count > row) last.pixels = pixels; // the same row twice: the later wins
    else runs.push({ start: row, count: 1, pixels });
  }
  return runs;
}
