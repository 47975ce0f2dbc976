/**
 * The analysis sheet, described once and host-neutral, so Excel, Sheets and the CLI show the same sheet. A painter (Office.js,
 * SpreadsheetApp, ExcelJS) turns it into a real sheet in a constant number of batched calls: the cells are one
 * 2-D array, and every format, fill, font and border is a rectangle, so a million-row client table carries a
 * few dozen style rectangles, not a style per cell.
 */
import { columnLetter } from '../a1.js';

/**
 * A cell. The kinds are told apart by their JavaScript type, which keeps the grid of a large portfolio as
 * compact as the values themselves:
 * - `number`, `boolean`: a value;
 * - `string`: **literal text**, always. A painter must write it so that no host reads it as a formula, number or
 *   date (`=1+1`, `+31 6 1234`, `@foo`, `1-2` stay text): text format `@` and/or a leading apostrophe;
 * - `Formula`: a native formula (English function names, `,` separators, A1 references, without the leading
 *   `=`), with the value the core computed, for hosts and readers that do not recalculate;
 * - `null`: empty.
 */
export type Cell = number | string | boolean | null | Formula;
export type Formula = { formula: string; value: number | string | null };

export const isFormula = (cell: Cell | undefined): cell is Formula =>
  typeof cell === 'object' && cell !== null && 'formula' in cell;

/** A rectangle of cells, 0-based, inclusive. */
export type Rect = { top: number; left: number; bottom: number; right: number };

/** Colours as `#RRGGBB`. */
export type Style = {
  /** A locale-independent number-format code (`#,##0.00`, `0.0%`, `@`); the host shows it in the user's locale. */
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  /** Font size in points (default: the host's). */
  size?: number;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** A thin line under every row of the rectangle. */
  borderBottom?: string;
  /** A thin line above the rectangle's first row. */
  borderTop?: string;
};

/** Later rectangles win where they set the same property (like painting in order). */
export type StyleRange = { rect: Rect; style: Style };

/** A chart of the sheet's own cells: the whale curve (line through the points, x = share of clients). */
export type ChartSpec = {
  kind: 'scatterLine';
  title: string;
  /** Where the chart sits: the rectangle of cells it covers. */
  anchor: Rect;
  xAxisTitle: string;
  yAxisTitle: string;
  /** Number format of the axes' labels. */
  xFormat: string;
  yFormat: string;
  series: { name: string; x: Rect; y: Rect; color: string }[];
};

export type SectionId = 'summary' | 'pyramid' | 'profile' | 'costBenefit' | 'clients' | 'whale' | 'problems';

export type ReportSheet = {
  /** The sheet's name (`Klantanalyse`); a host picks `Klantanalyse (2)` when that name is taken by a sheet not its own. */
  name: string;
  /** Row-major cells; rows may be shorter than `columnCount` (the rest is empty). */
  cells: Cell[][];
  columnCount: number;
  /** Column widths in characters (Excel's unit). */
  columnWidths: number[];
  /** Row heights in points, for the rows that need one (the pyramid's bands). */
  rowHeights: { row: number; height: number }[];
  /**
   * Heights of client rows whose wrapped sentences (signals, explanation) need more than one line. Excel and
   * Sheets grow a wrapped row themselves and may leave this out; a file written by ExcelJS and opened or printed
   * in LibreOffice does not grow it, so the xlsx painter sets these. Kept apart from `rowHeights` so hosts that
   * pay a call per height are not made to pay one per client.
   */
  wrappedRows?: { row: number; height: number }[];
  styles: StyleRange[];
  merges: Rect[];
  frozen: { rows: number; columns: number };
  charts: ChartSpec[];
  /** Where each section's heading is (0-based row), in order. */
  sections: { id: SectionId; row: number }[];
  /** Where the client table's data rows are (0-based, inclusive), for hosts that add filters or tests. */
  clientRows: {
    first: number; last: number; header: number;
    /**
     * The client rows' height in points, where a painter can set it (a row whose signals wrap is taller: the
     * hosts grow it, `wrappedRows` for the file). Absent: the host's default.
     */
    height?: number;
  };
  /** Printing (an accountant prints this sheet): what a painter that can set it should set; a painter that cannot leaves it out. */
  print: PrintLayout;
  /** Never set here: a sheet with a lazy client table is a `LazyReportSheet`, which a painter cannot take by mistake. */
  clientTable?: never;
};

/**
 * The client table's rows on demand, for lists of any size: each row is made from the analysis when a writer asks for it and
 * dropped after, so a writer that streams holds no object per client. `row(k)` is the k-th client row in report
 * order (a fresh array, `ReportSheet.cells[first + k]` of the materialised sheet); `height(cells)` its height in
 * points when its wrapped sentences need more than one line, else 0 (`ReportSheet.wrappedRows`).
 */
export type ClientTable = {
  first: number;
  count: number;
  row(k: number): Cell[];
  height(cells: readonly Cell[]): number;
};

/**
 * A ReportSheet whose client rows are not in `cells` (those rows are holes there) but made by `clientTable`:
 * everything else — the small sections, the total row, styles, merges, widths, print layout, chart — is the same
 * as the materialised sheet's. Written by the xlsx stream writer as it is; `materialiseReport` makes the
 * ReportSheet the other painters (Office.js, SpreadsheetApp, ExcelJS) take.
 */
export type LazyReportSheet = Omit<ReportSheet, 'wrappedRows' | 'clientTable'> & {
  clientTable: ClientTable;
  /** Rows of the sheet (`cells.length` of the materialised sheet). */
  rowCount: number;
};

/** Either form: what the xlsx writer takes. */
export type AnyReportSheet = ReportSheet | LazyReportSheet;

export const isLazyReport = (report: AnyReportSheet): report is LazyReportSheet => report.clientTable !== undefined;

/**
 * The whole grid of a lazy sheet: the ReportSheet `buildReport` returns, for painters that send 2-D arrays. Costs
 * what the lazy form saves (every client row in memory at once); the stream writer does not need it.
 */
export function materialiseReport(report: AnyReportSheet): ReportSheet {
  if (!isLazyReport(report)) return report;
  const { clientTable: table, rowCount, ...rest } = report;
  // Filled in row order, so the grid is a fast array (rows never written stay holes, as buildReport left them);
  // a copy of the lazy `cells`, whose one row past a gap of n rows makes it sparse, would be a dictionary.
  const cells: Cell[][] = [];
  const wrappedRows: { row: number; height: number }[] = [];
  const end = table.first + table.count;
  for (let r = 0; r < rowCount; r++) {
    if (r >= table.first && r < end) {
      const row = table.row(r - table.first);
      cells[r] = row;
      const height = table.height(row);
      if (height > 0) wrappedRows.push({ row: r, height });
    } else if (report.cells[r] !== undefined) {
      cells[r] = report.cells[r]!;
    }
  }
  return { ...rest, cells, wrappedRows };
}

/**
 * How the sheet prints on landscape A4. One zoom for the sheet (a sheet has one), chosen so that the widest print
 * area fits one page wide; every area starts on a page of its own (both Excel and LibreOffice print each range
 * of a multi-range print area on new pages), so no page break falls through the pyramid or the chart and no page
 * holds only the overflow of a neighbour. The client table is cut into named column groups, one area each; the
 * client-name column and the table's heading rows are print titles, repeated on every page of it.
 */
export type PrintLayout = {
  landscape: boolean;
  /** Zoom in percent. */
  scale: number;
  /** The print areas, in print order (0-based, inclusive). */
  areas?: Rect[];
  /** Rows repeated at the top of every page after them (the client table's heading, group names and header). */
  titleRows?: { first: number; last: number };
  /** Columns repeated at the left of every page (the client names). */
  titleColumns?: { first: number; last: number };
  /** The client table's column groups, as the heading row names them. */
  columnGroups?: { name: string; first: number; last: number }[];
  /** Page margins in inches (Excel's and the file format's unit). */
  margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Page header (firm, period, date) and footer (`{page}` and `{pages}` are this sheet's page number and count). */
  header?: { left: string; center: string; right: string };
  footer?: { left: string; center: string; right: string };
};

/**
 * A header or footer part in Excel's code (the same in the file format and in Office.js): `{page}` and `{pages}`
 * become `&P` and `&N`, a literal `&` is `&&`.
 */
export function headerFooterPart(text: string): string {
  return text.replace(/&/g, '&&').replace(/\{page\}/g, '&P').replace(/\{pages\}/g, '&N');
}

/** Printable width of landscape A4 at 100 % in pixels (297 mm less two 0,4-inch margins, 96 dpi). */
export const PRINT_WIDTH_PX = Math.floor(((297 - 2 * 10.16) / 25.4) * 96);

/**
 * A column's width in pixels for a width in characters. Excel draws Calibri 11 at 7 px a character + 5; LibreOffice
 * (with Carlito, Calibri's metric twin) measured 7,5 on the demo's render: the larger is used, so an area that
 * fits here fits in both.
 */
export function columnPixels(width: number): number {
  return Math.ceil(width * 7.5 + 5);
}

/** Rows of an Excel worksheet (and of an `.xlsx` file read by any host). */
export const MAX_SHEET_ROWS = 1_048_576;

/** A1 address of a 0-based cell, e.g. (0, 0) → `A1`. */
export function a1(row: number, column: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetter(column)}${d}${row + 1}`;
}

/** A1 range of a rectangle, e.g. `B3:B40`. */
export function a1Range(rect: Rect, absolute = false): string {
  return `${a1(rect.top, rect.left, absolute)}:${a1(rect.bottom, rect.right, absolute)}`;
}

