/**
 * Paints a ReportSheet into an ExcelJS worksheet (the in-memory one or the streaming writer's), row by row in
 * order, so the same code writes a 40-client demo and a 200 000-client analysis. No arithmetic on client data.
 */
import type ExcelJS from 'exceljs';
import { isFormula, type Cell, type ReportSheet, type Style, type StyleRange } from '../../core/index.js';

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/** An ExcelJS style for a model Style. */
export function excelStyle(style: Style): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.numberFormat) out.numFmt = style.numberFormat;
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.size) font.size = style.size;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  if (Object.keys(font).length > 0) out.font = { name: 'Calibri', size: 11, ...font };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.horizontal) alignment.horizontal = style.horizontal;
  if (style.vertical) alignment.vertical = style.vertical;
  if (style.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  const border: Partial<ExcelJS.Borders> = {};
  if (style.borderBottom) border.bottom = { style: 'thin', color: { argb: argb(style.borderBottom) } };
  if (style.borderTop) border.top = { style: 'thin', color: { argb: argb(style.borderTop) } };
  if (Object.keys(border).length > 0) out.border = border;
  return out;
}

/** The value ExcelJS should store: strings stay strings (ExcelJS never turns a string into a formula). */
function excelValue(cell: Cell): ExcelJS.CellValue {
  if (cell === null || cell === undefined) return null;
  if (isFormula(cell)) return { formula: cell.formula, result: cell.value ?? undefined } as ExcelJS.CellFormulaValue;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  return cell;
}

/**
 * Resolves the style rectangles row by row. Rows with the same set of active rectangles share their per-column
 * styles, so a million client rows cost three style computations (one per class band), not a million.
 */
export class StyleSweep {
  private readonly byTop: { range: StyleRange; index: number }[];
  private next = 0;
  private active: { range: StyleRange; index: number }[] = [];
  private readonly cache = new Map<string, (Partial<ExcelJS.Style> | undefined)[]>();
  /** The styles of the active set, until it changes: a run of rows in one band asks for no key and no lookup. */
  private current: (Partial<ExcelJS.Style> | undefined)[] | null = null;
  /** The first row below which an active rectangle ends (the set changes there, or at the next rectangle's top). */
  private nextEnd = Infinity;

  constructor(ranges: readonly StyleRange[]) {
    this.byTop = ranges.map((range, index) => ({ range, index })).sort((a, b) => a.range.rect.top - b.range.rect.top || a.index - b.index);
  }

  /** Styles of row `row` by column; rows must be asked for in increasing order. */
  stylesOf(row: number): (Partial<ExcelJS.Style> | undefined)[] {
    let changed = false;
    while (this.next < this.byTop.length && this.byTop[this.next]!.range.rect.top <= row) {
      this.active.push(this.byTop[this.next]!);
      this.next += 1;
      changed = true;
    }
    // Rebuilt only when a rectangle ends: the hot path (a client row among 200 000) allocates nothing.
    if (row > this.nextEnd) {
      this.active = this.active.filter((a) => a.range.rect.bottom >= row);
      changed = true;
    }
    if (!changed && this.current) return this.current;
    this.active.sort((a, b) => a.index - b.index);
    this.nextEnd = this.active.reduce((end, a) => Math.min(end, a.range.rect.bottom), Infinity);
    const key = this.active.map((a) => a.index).join(',');
    let styles = this.cache.get(key);
    if (!styles) {
      const merged: Style[] = [];
      for (const { range } of this.active) {
        for (let c = range.rect.left; c <= range.rect.right; c++) merged[c] = { ...merged[c], ...range.style };
      }
      styles = Array.from(merged, (s) => (s ? excelStyle(s) : undefined));
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(key, styles);
    }
    this.current = styles;
    return styles;
  }
}

/** Writes the report into `sheet`: widths, cells, styles, merges, heights. Charts are added to the package later. */
export function paintSheet(sheet: ExcelJS.Worksheet, report: ReportSheet): void {
  sheet.columns = report.columnWidths.map((width) => ({ width }));
  const heights = new Map([...report.rowHeights, ...(report.wrappedRows ?? [])].map((h) => [h.row, h.height]));
  // The client rows' one height, where no wrapped signal makes a row taller.
  const client = report.clientRows;
  for (const merge of report.merges) sheet.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
  const sweep = new StyleSweep(report.styles);
  const lastStyled = report.styles.reduce((max, s) => Math.max(max, s.rect.bottom), -1);
  const rowCount = Math.max(report.cells.length, lastStyled + 1);
  for (let r = 0; r < rowCount; r++) {
    const values = report.cells[r] ?? [];
    const styles = sweep.stylesOf(r);
    const width = Math.max(values.length, styles.length);
    const height = heights.get(r) ?? (r >= client.first && r <= client.last ? client.height : undefined);
    if (width === 0 && height === undefined) continue; // as sheet-xml.ts: a row with neither cells nor height
    const row = sheet.getRow(r + 1);
    for (let c = 0; c < width; c++) {
      const value = values[c] ?? null;
      const style = styles[c];
      if (value === null && !style) continue;
      const cell = row.getCell(c + 1);
      if (value !== null) cell.value = excelValue(value);
      if (style) cell.style = style;
    }
    if (height !== undefined) row.height = height;
    row.commit();
  }
}
