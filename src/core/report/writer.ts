/**
 * The cursor every section writes through: the sheet's cells, style rectangles, merges, row heights, section
 * headings and charts, in the order they are written (a painter applies styles in that order, later ones win), and
 * the row the next section starts on. Formulas that point at the client table are written before the table's
 * place is known; `later` keeps them and `resolveFormulas` writes them once it is.
 */
import type { Cell, ChartSpec, Formula, Rect, SectionId, Style, StyleRange } from './model.js';
import { COLORS, LAST_PYRAMID_COLUMN } from './theme.js';

export class SheetWriter {
  readonly cells: Cell[][] = [];
  readonly styles: StyleRange[] = [];
  readonly merges: Rect[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];
  readonly sections: { id: SectionId; row: number }[] = [];
  readonly charts: ChartSpec[] = [];
  /** The row the next write goes to (0-based). */
  row = 0;
  private readonly pending: { row: number; column: number; make: () => Formula }[] = [];

  put(row: number, column: number, value: Cell): void {
    const line = (this.cells[row] ??= []);
    while (line.length < column) line.push(null);
    line[column] = value;
  }

  /** A whole row at once (the whale's points, the problems): one array, no padding. */
  putRow(row: number, values: Cell[]): void {
    this.cells[row] = values;
  }

  style(top: number, left: number, bottom: number, right: number, style: Style): void {
    this.styles.push({ rect: { top, left, bottom, right }, style });
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.merges.push({ top, left, bottom, right });
  }

  height(row: number, height: number): void {
    this.rowHeights.push({ row, height });
  }

  /** Leaves `count` rows empty. */
  skip(count = 1): void {
    this.row += count;
  }

  /** A formula made once the client table's place is known; the cell is empty until then. */
  later(row: number, column: number, make: () => Formula): void {
    this.pending.push({ row, column, make });
    this.put(row, column, null);
  }

  resolveFormulas(): void {
    for (const p of this.pending) this.put(p.row, p.column, p.make());
    this.pending.length = 0;
  }

  /** A section's heading: a dark band over A..L, its row recorded in `sections`. */
  heading(id: SectionId, text: string): void {
    this.sections.push({ id, row: this.row });
    this.put(this.row, 0, text);
    this.style(this.row, 0, this.row, LAST_PYRAMID_COLUMN, { fill: COLORS.heading, fontColor: COLORS.headingText, bold: true, size: 13 });
    this.height(this.row, 21);
    this.row += 1;
  }

  /** A block's title inside a section: a light band from A to `right`. */
  subheading(text: string, right = LAST_PYRAMID_COLUMN): void {
    this.put(this.row, 0, text);
    this.style(this.row, 0, this.row, right, { fill: COLORS.subheading, bold: true });
    this.row += 1;
  }

  /** A bold, wrapped header row; `lines` reserves height where hosts do not grow wrapped rows themselves. */
  headerRow(labels: (string | null)[], first = 0, lines = 0): void {
    if (lines > 1) this.height(this.row, 15 * lines);
    labels.forEach((text, i) => this.put(this.row, first + i, text));
    this.style(this.row, first, this.row, first + labels.length - 1, { bold: true, wrap: true, vertical: 'bottom', borderBottom: COLORS.headerRule });
    this.row += 1;
  }

  /** The row of a section's heading (the section must have been written). */
  sectionRow(id: SectionId): number {
    return sectionRow(this.sections, id);
  }
}

export function sectionRow(sections: readonly { id: SectionId; row: number }[], id: SectionId): number {
  return sections.find((s) => s.id === id)!.row;
}
