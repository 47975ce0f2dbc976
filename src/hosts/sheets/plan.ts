/**
 * A ReportSheet as Apps Script blocks: what `setValues`, `setNumberFormats`, `setBackgrounds`, … receive. Pure
 * (no Apps Script), so the painter stays a short list of calls and this part is tested on its own.
 *
 * Why grids and not one call per style rectangle: a rectangle-per-call painter would also be constant in the
 * number of clients, but later rectangles win where they overlap (model.ts), which a RangeList grouped by value
 * cannot express; a grid per property resolves the overlaps here, once, and is one call whatever the clients.
 * Each grid covers only the bounding box of the rectangles that set its property (the title's font size is a
 * 1×1 block, the class fills a band over the client table).
 */
import { isFormula, type Cell, type Rect, type ReportSheet, type Style } from '../../core/report/index.js';
import type { CellInput } from './api.js';

/** A block of cells, 0-based top-left, rows × columns of `cells`. */
export type Block<T> = { top: number; left: number; cells: T[][] };

/**
 * Cells per write call. Apps Script documents no payload limit for the Spreadsheet service; the Sheets API
 * (the same backend) "has no hard size limits" but recommends at most 2 MB per request. At roughly 10 bytes
 * per cell (a colour, a format, a number) 200 000 cells stay near that; a block larger than this is written in
 * row slices. Portfolios below ~6 000 clients never reach it, so the call count is constant there; above it,
 * each grid costs one call more per 200 000 cells (README, PLATFORM notes).
 */
export const MAX_CELLS_PER_CALL = 200_000;

/** Sheets' default font size (points). */
export const DEFAULT_FONT_SIZE = 10;

/** The number format Sheets calls "Automatic". */
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
 * The number formats of the whole grid: the rectangles' formats, then every string cell `@` (so `setValues`
 * cannot read `=IMPORTXML(…)`, `+31 6 1234` or `1-2` as a formula, number or date) and every formula cell
 * not `@` (a formula in a text cell would stay its own text).
 */
export function numberFormatsBlock(report: ReportSheet, rows: number, columns: number): Block<string> {
  const block = paintProperty(report, rows, columns, 'numberFormat', AUTOMATIC_FORMAT, (v) => v, true)!;
  for (let r = 0; r < rows; r++) {
    const source = report.cells[r];
    if (!source) continue;
    const line = block.cells[r]!;
    for (let c = 0; c < source.length && c < columns; c++) {
      const cell = source[c];
      if (typeof cell === 'string') line[c] = TEXT_FORMAT;
      else if (isFormula(cell) && line[c] === TEXT_FORMAT) line[c] = AUTOMATIC_FORMAT;
    }
  }
  return block;
}

/**
 * One style property as a block: the bounding box of the rectangles that set it, filled with `fallback`, then
 * the rectangles painted in order (later wins). `null` when no rectangle sets it. `whole` forces the block to
 * cover the whole grid.
 */
export function paintProperty<K extends keyof Style, T>(
  report: ReportSheet, rows: number, columns: number, key: K, fallback: T,
  map: (value: NonNullable<Style[K]>) => T, whole = false,
): Block<T> | null {
  const setting = report.styles.filter((s) => s.style[key] !== undefined);
  if (setting.length === 0 && !whole) return null;
  let box: Rect = whole
    ? { top: 0, left: 0, bottom: rows - 1, right: columns - 1 }
    : { top: Infinity, left: Infinity, bottom: -1, right: -1 };
  if (!whole) {
    for (const { rect } of setting) {
      box = { top: Math.min(box.top, rect.top), left: Math.min(box.left, rect.left), bottom: Math.max(box.bottom, rect.bottom), right: Math.max(box.right, rect.right) };
    }
  }
  const height = box.bottom - box.top + 1;
  const width = box.right - box.left + 1;
  const cells: T[][] = new Array(height);
  for (let r = 0; r < height; r++) cells[r] = new Array<T>(width).fill(fallback);
  for (const { rect, style } of setting) {
    const value = map(style[key] as NonNullable<Style[K]>);
    for (let r = rect.top; r <= rect.bottom; r++) {
      const line = cells[r - box.top]!;
      for (let c = rect.left; c <= rect.right; c++) line[c - box.left] = value;
    }
  }
  return { top: box.top, left: box.left, cells };
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
