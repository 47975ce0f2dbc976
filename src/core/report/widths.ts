/**
 * Column widths from the content: the longest value as the sheet shows it (for numbers the two extremes, which
 * are the widest, so a million rows cost no million formats), and the longest word of the wrapped header. An
 * accountant prints this sheet: a cut amount (`####`) or a column twice too wide both cost a page.
 */
import { isFormula, type Cell, type Formula, type StyleRange } from './model.js';
import { FORMATS, LAST_PYRAMID_COLUMN } from './theme.js';
import { MIN_PRINT_SCALE, printScaleOf, splitGroups, type Group } from './print.js';
import type { Column } from './columns.js';
import type { SheetWriter } from './writer.js';
import type { CostBenefitPlace } from './sections/cost-benefit.js';
import type { TierTablePlace } from './sections/pyramid.js';

/**
 * What measureWidths needs of a client-table column, gathered cell by cell: the longest text (at least the
 * header's longest word), the numeric extremes, and whether the text already reaches the column's cap.
 */
export type ColumnStats = { longest: number[]; low: number[]; high: number[]; cap: number[]; full: boolean[] };

/** The longest value the summary's merged B:C cells are widened for. */
const MERGED_CAP = 30;
/** Columns of sentences: their width is capped (the signals wrap beyond it, the explanation runs on). */
const WRAPPED_WIDTH: Readonly<Record<string, number>> = { signals: 60, adviceText: 120 };
/** The pyramid is drawn in D..L and must stay symmetric: mirrored columns share a width. */
const PYRAMID_COLUMNS = { first: 3, last: LAST_PYRAMID_COLUMN };

export function columnStats(columns: readonly Column[]): ColumnStats {
  const cap = columns.map((column) => WRAPPED_WIDTH[column.id] ?? 60);
  const longest = columns.map((column) => Math.max(...column.label.split(/\s+/).map((word) => word.length)));
  return { longest, low: columns.map(() => Infinity), high: columns.map(() => -Infinity), cap, full: longest.map((l, c) => l + 2 >= cap[c]!) };
}

/** Adds a cell to column `c`'s measure; true when its text now fills the cap (the width cannot grow further). */
export function measureCell(stats: ColumnStats, c: number, cell: Cell | undefined): boolean {
  const value = isFormula(cell ?? null) ? (cell as Formula).value : cell;
  if (typeof value === 'number') {
    if (value < stats.low[c]!) stats.low[c] = value;
    if (value > stats.high[c]!) stats.high[c] = value;
  } else if (typeof value === 'string' && value.length > stats.longest[c]!) {
    stats.longest[c] = value.length;
    if (value.length + 2 >= stats.cap[c]!) return (stats.full[c] = true);
  }
  return false;
}

/** Rows measureWidths reads beside the client rows (measured into `stats` as they were made). */
export type MeasureAt = {
  firstClientRow: number; totalRow: number; problemsRow: number; problemsEnd: number; mergedEnd: number;
  /** The cost-benefit table's rows (its figures in columns D onward, in the formats their styles give them). */
  costBenefit?: CostBenefitPlace;
  /** The pyramid's tier table (its amounts may be shown in thousands). */
  tierTable?: TierTablePlace;
  /** Rows whose numbers are measured in the format their style gives them (the pyramid's tier table, the profile). */
  numbers?: { from: number; to: number };
};

/**
 * The widths, and the coarser formats when cents would print the sheet too small or on more pages. Amounts in
 * the millions widen the money columns until the blocks above the client table print under MIN_PRINT_SCALE, and
 * a firm with a cost driver or two has more money columns in the client table's first group than a page holds
 * at that zoom. Then the tables from the cost-benefit section down show whole euros (the cells keep their cents)
 * and the columns are measured again: an accountant reads € 12.345.679 as well as € 12.345.678,90. Where even
 * that prints under MIN_PRINT_SCALE (a wholesaler's billions), the overviews by tier and class show thousands.
 */
export function fitWidths(w: SheetWriter, columns: readonly Column[], stats: ColumnStats, at: MeasureAt, groups: readonly Group[], wide: number): number[] {
  const printed = groups.filter((g) => !g.screenOnly).length;
  const prints = (widths: readonly number[]): { scale: number; pieces: number } => ({
    scale: printScaleOf(widths, wide),
    pieces: splitGroups(groups, widths, MIN_PRINT_SCALE).filter((g) => !g.screenOnly).length,
  });
  let widths = measureWidths(w.cells, columns, stats, at, w.styles);
  let measured = columns;
  const cents = prints(widths);
  if (cents.scale >= MIN_PRINT_SCALE && cents.pieces === printed) return widths;
  const whole = columns.map((c) => (c.format === FORMATS.money ? { ...c, format: FORMATS.moneyWhole } : c));
  const wholeWidths = measureWidths(w.cells, whole, stats, at, w.styles);
  const euros = prints(wholeWidths);
  if ((cents.scale < MIN_PRINT_SCALE && euros.scale > cents.scale) || euros.pieces < cents.pieces) {
    // The cost-benefit table's sums are whole already; its hourly return (tens of euros) keeps its cents.
    const from = w.sectionRow('costBenefit');
    const table = at.costBenefit;
    const inTable = (r: number): boolean => table !== undefined && r >= table.first && r <= table.last;
    for (const range of w.styles) {
      if (range.style.numberFormat === FORMATS.money && range.rect.top >= from && !inTable(range.rect.top)) range.style = { ...range.style, numberFormat: FORMATS.moneyWhole };
    }
    widths = wholeWidths;
    measured = whole;
  }
  if (printScaleOf(widths, wide) >= MIN_PRINT_SCALE || !at.costBenefit) return widths;
  inThousands(w, at);
  return measureWidths(w.cells, measured, stats, at, w.styles);
}

/**
 * The tier table's and the cost-benefit table's amounts in thousands of euros, their headers saying so: a
 * wholesaler's class totals run to € 9.086.733.000, ten columns of which print A..L under MIN_PRINT_SCALE.
 */
function inThousands(w: SheetWriter, at: MeasureAt): void {
  const place = at.costBenefit!;
  const tables = [place, ...(at.tierTable ? [at.tierTable] : [])];
  for (const range of w.styles) {
    const { rect, style } = range;
    const inTable = tables.some((t) => rect.top >= t.first && rect.bottom <= t.last && rect.left > 0);
    if (style.numberFormat === FORMATS.moneyWhole && inTable) range.style = { ...style, numberFormat: FORMATS.moneyThousands };
  }
  const tiers = at.tierTable;
  w.put(place.first, 0, place.unitLabel);
  if (tiers) for (const c of tiers.money) w.put(tiers.header, c, `${String(w.cells[tiers.header]?.[c] ?? '')} ${place.unitShort}`);
}

/**
 * Column A holds the client names and the other sections' labels (longer notes overflow into the empty cells
 * beside them); B and C also hold the summary's merged values and the problems' column names.
 */
export function measureWidths(
  cells: readonly (readonly Cell[] | undefined)[],
  columns: readonly Column[],
  stats: ColumnStats,
  at: MeasureAt,
  styles: readonly StyleRange[] = [],
): number[] {
  // The client rows were measured into `stats` as they were made; the rows stored here (the total row, or the
  // note of an empty table) are added now.
  for (let r = at.firstClientRow; r <= at.totalRow; r++) {
    const line = cells[r];
    if (line) for (let c = 0; c < columns.length; c++) measureCell(stats, c, line[c]);
  }
  const widths = columns.map((column, c) => {
    // Digits need one character of padding, text two (Excel's cell margins and a proportional font's wide letters).
    let digits = 0;
    for (const extreme of [stats.low[c]!, stats.high[c]!]) if (Number.isFinite(extreme)) digits = Math.max(digits, shownLength(extreme, column.format) + 1);
    return Math.min(stats.cap[c]!, Math.max(6, stats.longest[c]! + 2, digits));
  });
  // The summary's values sit in B:C merged, the settings' sources in D; the problems list names columns in B and
  // the text found in C. Measured from those rows, so none of them is cut.
  // (A text longer than MERGED_CAP is the period's, which is not merged and runs on into the empty cells beside it.)
  let mergedValue = 0;
  for (let r = 0; r < at.mergedEnd; r++) {
    const length = shownLength(cells[r]?.[1], FORMATS.money);
    if (length <= MERGED_CAP) mergedValue = Math.max(mergedValue, length);
  }
  if (mergedValue + 2 > widths[1]! + widths[2]!) widths[2] = mergedValue + 2 - widths[1]!;
  for (let r = at.problemsRow; r < at.problemsEnd; r++) {
    for (const c of [1, 2]) widths[c] = Math.min(40, Math.max(widths[c]!, shownLength(cells[r]?.[c], undefined) + 2));
  }
  // The cost-benefit table puts a group's figures, and its header the groups' names, in the client table's columns
  // D onward.
  const place = at.costBenefit;
  if (place) measureByStyle(cells, styles, { from: place.first, to: place.last + 1, lastColumn: place.lastColumn, text: true }, widths);
  if (at.numbers) measureByStyle(cells, styles, at.numbers, widths);
  widths[0] = Math.min(40, Math.max(24, widths[0]!));
  // Mirror pairs share a width (D and L, E and K, …): each band is centred over D..L, so the pyramid stays
  // symmetric without making every column as wide as the widest (which cost the print a tenth of its size).
  for (let left = PYRAMID_COLUMNS.first, right = PYRAMID_COLUMNS.last; left < right; left++, right--) {
    widths[left] = widths[right] = Math.max(widths[left]!, widths[right]!);
  }
  return widths;
}

/**
 * Widens columns B onward (up to `lastColumn`) for the numbers of rows from..to-1, each in the format its last style
 * rectangle sets, with a character of padding; with `text`, for the texts too, with two (as measureWidths does).
 */
function measureByStyle(
  cells: readonly (readonly Cell[] | undefined)[],
  styles: readonly StyleRange[],
  rows: { from: number; to: number; lastColumn?: number; text?: boolean },
  widths: number[],
): void {
  const here = styles.filter((s) => s.style.numberFormat && s.rect.bottom >= rows.from && s.rect.top < rows.to);
  const end = Math.min(widths.length, (rows.lastColumn ?? Infinity) + 1);
  for (let r = rows.from; r < rows.to; r++) {
    const line = cells[r];
    if (!line) continue;
    for (let c = 1; c < line.length && c < end; c++) {
      const cell = line[c];
      const value = isFormula(cell ?? null) ? (cell as Formula).value : cell;
      if (typeof value === 'number') {
        let format: string | undefined;
        for (const s of here) if (s.rect.top <= r && r <= s.rect.bottom && s.rect.left <= c && c <= s.rect.right) format = s.style.numberFormat;
        widths[c] = Math.max(widths[c]!, shownLength(value, format) + 1);
      } else if (rows.text && typeof value === 'string' && value.length > 0) {
        widths[c] = Math.max(widths[c]!, value.length + 2);
      }
    }
  }
}

/**
 * Characters a value shows in its number format (what a column must hold). The sheet's formats have fixed
 * decimals (`0.0%` shows -100,0%, `#,##0.0` shows 9.262,0), so the length is counted as they print: sign,
 * digits, a group separator per three digits, the decimals, and the `€ ` or `%` around them. Separators are one
 * character in Dutch, English and German alike.
 */
function shownLength(cell: Cell | undefined, format: string | undefined): number {
  const value = isFormula(cell ?? null) ? (cell as Formula).value : cell;
  if (value === null || value === undefined) return 0;
  if (typeof value !== 'number') return String(value).length;
  switch (format) {
    case FORMATS.money: return 2 + fixedLength(value, 2);
    case FORMATS.moneyWhole: return 2 + fixedLength(value, 0);
    case FORMATS.moneyThousands: return 2 + fixedLength(value / 1000, 0);
    case FORMATS.percent: return fixedLength(value * 100, 1) + 1;
    case FORMATS.hours: return fixedLength(value, 1);
    default: return fixedLength(value, 0);
  }
}

function fixedLength(value: number, decimals: number): number {
  const rounded = Math.abs(Number(value.toFixed(decimals)));
  const integerDigits = Math.max(1, Math.floor(Math.log10(Math.max(1, Math.floor(rounded)))) + 1);
  return (value < 0 && rounded > 0 ? 1 : 0) + integerDigits + Math.floor((integerDigits - 1) / 3) + (decimals > 0 ? 1 + decimals : 0);
}
