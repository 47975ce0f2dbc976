/// <reference types="office-js" />
/**
 * Paints a ReportSheet into a new Excel worksheet through Office.js (the host painter: the core decides every
 * cell, the host only paints). No arithmetic on
 * client data: every value, formula and format comes from the report model.
 *
 * Round trips: one sync finds the sheet names, one reads our mark on the candidates, then the paint itself is
 * queued as a handful of batches and synced once per batch. A batch is closed only when the next piece would
 * push the request past a budget under Excel on the web's 5 MB request limit, so the number of syncs does not
 * depend on the number of clients until a single request could not carry them (tens of thousands of clients).
 * Styles are applied per rectangle of the model (a few dozen), never per cell: number formats too (a row of codes
 * auto-filled down), since Office.js takes `numberFormat` only as an array of the range's shape.
 *
 * User text stays text: every cell holding a string gets number format `@` in the same batch and before its
 * values are written, so a client named `=HYPERLINK(…)`, `+31 6 …` or `1-2` is not read as a formula, number or
 * date. Runs of string cells down a column share one `@` rectangle (a client table's name column is one).
 *
 * Re-running replaces only a sheet this add-in made: the sheet carries a worksheet custom property
 * (`MARK_KEY`). A user's own sheet that happens to be called *Klantanalyse* is left alone and the analysis goes
 * to *Klantanalyse (2)*. No other sheet is written, the source table least of all.
 */
import { a1, a1Range, COLORS, columnLetter, headerFooterPart, isFormula, type Cell, type Rect, type ReportSheet, type Style } from '../../core/index.js';

/** The worksheet custom property that marks a sheet as ours (ExcelApi 1.12). */
export const MARK_KEY = 'Klantwaarde.analysis';
/** Excel on the web rejects a request (and a response) over 5 MB. */
export const REQUEST_LIMIT = 5 * 1024 * 1024;
/** What one batch may carry: the limit less room for Office.js' own envelope of every queued action. */
export const REQUEST_BUDGET = 4 * 1024 * 1024;
/** Candidate names: `Klantanalyse`, then `Klantanalyse (2)` … `(9)`. */
const CANDIDATES = 9;

/** A queued piece of the paint: its estimated request size and the calls that queue it. */
type Piece = { bytes: number; queue: (sheet: Excel.Worksheet) => void };

/** Per queued action, Office.js sends an object id, a method or property name and its type: about this much. */
const ACTION_BYTES = 120;

export type PaintResult = { sheetName: string; replaced: boolean; syncs: number };

/**
 * How a sheet is painted: the custom property that marks it ours (default the analysis sheet's `MARK_KEY`; the
 * built client list and its sources have `LIST_MARK_KEY`, so the analysis may read them) and whether it is
 * activated with A1 selected (default yes).
 */
export type PaintOptions = {
  mark?: string;
  markValue?: Record<string, unknown>;
  show?: boolean;
  /** Queued after the report's own layout in the last batch (a conversation page's waterfall and fit to page). */
  after?: { bytes: number; queue: (sheet: Excel.Worksheet) => void };
};

/** Column width: the model counts characters (Excel's unit), Office.js sets points (7 px per character + 5 px padding at Calibri 11). */
export const widthInPoints = (characters: number): number => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

/** The sheet's candidate names in order. */
export function candidateNames(name: string): string[] {
  // Excel refuses a sheet name over 31 characters: a long name is cut to leave room for its ` (2)`.
  const numbered = (k: number): string => `${name.slice(0, 31 - ` (${k})`.length).trimEnd()} (${k})`;
  return [name, ...Array.from({ length: CANDIDATES - 1 }, (_, i) => numbered(i + 2))];
}

/**
 * Which name to paint under: the first candidate that is free or ours. A sheet of that name that is ours is
 * replaced; a user's sheet is never touched.
 */
export function chooseName(name: string, existing: ReadonlyMap<string, boolean>): { name: string; replace: boolean } {
  for (const candidate of candidateNames(name)) {
    const ours = existing.get(candidate.toLowerCase());
    if (ours === undefined) return { name: candidate, replace: false };
    if (ours) return { name: candidate, replace: true };
  }
  // Nine sheets of that name, none ours: a name nobody types by hand.
  return { name: `${name} ${Date.now().toString(36)}`.slice(0, 31), replace: false };
}

/** The value written for a cell: formulas with their `=`, literal text as is (its `@` format keeps it text). */
function written(cell: Cell | undefined): string | number | boolean {
  if (cell === null || cell === undefined) return '';
  if (isFormula(cell)) return `=${cell.formula}`;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : '';
  return cell;
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/** The scalar formats of one style rectangle (everything but the number format), queued on its range. */
function queueStyle(range: Excel.Range, rect: Rect, style: Style): void {
  const format = range.format;
  if (style.fill) format.fill.color = style.fill;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.size) format.font.size = style.size;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  const line = (edge: 'EdgeBottom' | 'EdgeTop' | 'InsideHorizontal', color: string): void => {
    const border = format.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thin';
    border.color = color;
  };
  if (style.borderBottom) {
    line('EdgeBottom', style.borderBottom);
    // The model's bottom border is a line under every row of the rectangle.
    if (rect.bottom > rect.top) line('InsideHorizontal', style.borderBottom);
  }
  if (style.borderTop) line('EdgeTop', style.borderTop);
}

/** Rows per block of cells: about this many bytes of values and formats each, so blocks pack into batches. */
const BLOCK_BYTES = 256 * 1024;

/** JSON size of a value as Office.js sends it. */
function jsonBytes(value: string | number | boolean): number {
  return typeof value === 'string' ? value.length + 3 + (value.match(/["\\]/g)?.length ?? 0) : String(value).length + 1;
}

/**
 * The number formats of the style rectangles, in the model's order (later wins): each sets its first row and
 * auto-fills the formats down the rectangle (ExcelApi 1.9), so a money column of 30 000 clients costs one row of
 * format codes, not 30 000. They run before the cells and before any other style, so the only formats the fill
 * copies are the number formats.
 */
function numberFormatPieces(report: ReportSheet): Piece[] {
  return report.styles
    .filter((s) => s.style.numberFormat !== undefined)
    .map(({ rect, style }) => {
      const row = { ...rect, bottom: rect.top };
      const format = style.numberFormat!;
      return {
        bytes: (rect.right - rect.left + 1) * jsonBytes(format) + ACTION_BYTES * 2,
        queue: (sheet: Excel.Worksheet) => {
          const first = sheet.getRange(a1Range(row));
          first.numberFormat = filled(row, format);
          if (rect.bottom > rect.top) first.autoFill(a1Range(rect), 'FillFormats');
        },
      };
    });
}

/**
 * The cells as pieces, in blocks of rows. A block queues `@` over its runs of text cells, then its values and
 * formulas. A block is never split across batches, so a text cell's `@` always travels with (and before) its
 * value.
 */
function cellPieces(report: ReportSheet): Piece[] {
  const width = report.columnCount;
  const rows = report.cells.length;
  const pieces: Piece[] = [];
  let top = 0;
  while (top < rows) {
    // Grow the block until its estimated payload reaches BLOCK_BYTES.
    let bytes = 0;
    let bottom = top;
    while (bottom < rows && (bottom === top || bytes < BLOCK_BYTES)) {
      const row = report.cells[bottom] ?? [];
      for (let c = 0; c < width; c++) bytes += jsonBytes(written(row[c]));
      bottom++;
    }
    const first = top;
    const last = bottom - 1;
    const text = textRuns(report.cells, first, last, width);
    bytes += text.reduce((sum, r) => sum + (r.bottom - r.top + 1) * 4 + ACTION_BYTES, 0);
    const values: (string | number | boolean)[][] = [];
    for (let r = first; r <= last; r++) {
      const row = report.cells[r] ?? [];
      const out = new Array<string | number | boolean>(width);
      for (let c = 0; c < width; c++) out[c] = written(row[c]);
      values.push(out);
    }
    pieces.push({
      bytes: bytes + ACTION_BYTES,
      queue: (sheet) => {
        for (const rect of text) sheet.getRange(a1Range(rect)).numberFormat = filled(rect, '@');
        sheet.getRangeByIndexes(first, 0, last - first + 1, width).formulas = values;
      },
    });
    top = bottom;
  }
  return pieces;
}

/** A rectangle's 2-D array, every cell `value`: Office.js wants the range's exact shape. */
function filled<T>(rect: Rect, value: T): T[][] {
  const columns = rect.right - rect.left + 1;
  return Array.from({ length: rect.bottom - rect.top + 1 }, () => new Array<T>(columns).fill(value));
}

/** Vertical runs of string cells in rows first..last, one rectangle per run and column. */
export function textRuns(cells: readonly (readonly Cell[])[], first: number, last: number, width: number): Rect[] {
  const runs: Rect[] = [];
  for (let c = 0; c < width; c++) {
    let start = -1;
    for (let r = first; r <= last + 1; r++) {
      const isText = r <= last && typeof cells[r]?.[c] === 'string';
      if (isText && start < 0) start = r;
      if (!isText && start >= 0) {
        runs.push({ top: start, bottom: r - 1, left: c, right: c });
        start = -1;
      }
    }
  }
  return runs;
}

/** Everything but the cells: widths, heights, styles, merges, freeze panes, print settings, charts. */
function layoutPieces(report: ReportSheet): Piece[] {
  const pieces: Piece[] = [];
  // The client rows one height, in one call, when no row's signals wrap: Excel grows a wrapped row only while
  // its height is its own, and a height per wrapped row would make the calls grow with the clients. Where some
  // wrap, Excel's own heights stay (15 points, the wrapped ones taller).
  const client = report.clientRows;
  const oneHeight = client.height !== undefined && client.last >= client.first && (report.wrappedRows ?? []).length === 0;
  pieces.push({
    bytes: ACTION_BYTES * (report.columnWidths.length + report.rowHeights.length + 1),
    queue: (sheet) => {
      report.columnWidths.forEach((characters, c) => {
        const letter = columnLetter(c);
        sheet.getRange(`${letter}:${letter}`).format.columnWidth = widthInPoints(characters);
      });
      if (oneHeight) sheet.getRange(`${client.first + 1}:${client.last + 1}`).format.rowHeight = client.height!;
      for (const { row, height } of report.rowHeights) sheet.getRange(`${row + 1}:${row + 1}`).format.rowHeight = height;
    },
  });
  for (const { rect, style } of report.styles) {
    pieces.push({ bytes: ACTION_BYTES * 12, queue: (sheet) => queueStyle(sheet.getRange(a1Range(rect)), rect, style) });
  }
  pieces.push({
    bytes: ACTION_BYTES * (report.merges.length + 4),
    queue: (sheet) => {
      for (const merge of report.merges) sheet.getRange(a1Range(merge)).merge(false);
      const { rows, columns } = report.frozen;
      if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
      else if (rows > 0) sheet.freezePanes.freezeRows(rows);
      else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
      // As the xlsx file and the Sheets painter have it: no gridlines (the tables carry their own rules), and the
      // tab in the heading colour so our sheet is found among the user's (ExcelApi 1.8 and 1.7).
      sheet.showGridlines = false;
      sheet.tabColor = COLORS.heading;
      sheet.pageLayout.orientation = report.print.landscape ? 'Landscape' : 'Portrait';
      sheet.pageLayout.zoom = { scale: report.print.scale };
    },
  });
  // Margins, print areas (the sections packed into pages), titles and header/footer, as the xlsx file has
  // them: a handful of calls whatever the number of clients (ExcelApi 1.9).
  const { print } = report;
  pieces.push({
    bytes: ACTION_BYTES * 10 + (print.areas?.length ?? 0) * 24,
    queue: (sheet) => {
      const layout = sheet.pageLayout;
      // Office.js takes margins in points; the model has Excel's inches.
      if (print.margins) {
        const m = print.margins;
        layout.leftMargin = m.left * 72;
        layout.rightMargin = m.right * 72;
        layout.topMargin = m.top * 72;
        layout.bottomMargin = m.bottom * 72;
        layout.headerMargin = m.header * 72;
        layout.footerMargin = m.footer * 72;
      }
      if (print.areas && print.areas.length > 0) layout.setPrintArea(print.areas.map((area) => a1Range(area)).join(', '));
      if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
      if (print.titleColumns) layout.setPrintTitleColumns(`$${columnLetter(print.titleColumns.first)}:$${columnLetter(print.titleColumns.last)}`);
      const pages = layout.headersFooters.defaultForAllPages;
      if (print.header) {
        pages.leftHeader = headerFooterPart(print.header.left);
        pages.centerHeader = headerFooterPart(print.header.center);
        pages.rightHeader = headerFooterPart(print.header.right);
      }
      if (print.footer) {
        pages.leftFooter = headerFooterPart(print.footer.left);
        pages.centerFooter = headerFooterPart(print.footer.center);
        pages.rightFooter = headerFooterPart(print.footer.right);
      }
    },
  });
  for (const spec of report.charts) {
    pieces.push({
      bytes: ACTION_BYTES * (12 + spec.series.length * 4),
      queue: (sheet) => {
        const [first, ...more] = spec.series;
        if (!first) return;
        const chart = sheet.charts.add('XYScatterLinesNoMarkers', sheet.getRange(a1Range(first.y)), 'Columns');
        chart.title.text = spec.title;
        chart.setPosition(a1(spec.anchor.top, spec.anchor.left), a1(spec.anchor.bottom, spec.anchor.right));
        chart.legend.visible = spec.series.length > 1;
        chart.axes.categoryAxis.title.text = spec.xAxisTitle;
        chart.axes.categoryAxis.numberFormat = spec.xFormat;
        chart.axes.valueAxis.title.text = spec.yAxisTitle;
        chart.axes.valueAxis.numberFormat = spec.yFormat;
        const style = (series: Excel.ChartSeries, s: (typeof spec.series)[number]): void => {
          series.setXAxisValues(sheet.getRange(a1Range(s.x)));
          series.name = s.name;
          series.format.line.color = s.color;
        };
        style(chart.series.getItemAt(0), first);
        for (const s of more) {
          const series = chart.series.add(s.name);
          series.setValues(sheet.getRange(a1Range(s.y)));
          style(series, s);
        }
      },
    });
  }
  return pieces;
}

/** Groups pieces into batches of at most `budget` bytes (a piece larger than the budget travels alone). */
export function batches<T extends { bytes: number }>(pieces: readonly T[], budget = REQUEST_BUDGET): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const piece of pieces) {
    if (current.length > 0 && size + piece.bytes > budget) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(piece);
    size += piece.bytes;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Paints `report` into a new worksheet and activates it. `context` is an `Excel.RequestContext` (from
 * `Excel.run`), or the tests' recording fake.
 */
export async function paintReport(context: Excel.RequestContext, report: ReportSheet, options: PaintOptions = {}): Promise<PaintResult> {
  const markKey = options.mark ?? MARK_KEY;
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await sync();

  // Our mark on every sheet whose name we might use (ExcelApi 1.12): one more round trip, any number of sheets.
  const wanted = new Set(candidateNames(report.name).map((n) => n.toLowerCase()));
  const marks = sheets.items
    .filter((s) => wanted.has(s.name.toLowerCase()))
    .map((s) => ({ sheet: s, mark: s.customProperties.getItemOrNullObject(markKey).load('value') }));
  if (marks.length > 0) await sync();
  const existing = new Map<string, boolean>(sheets.items.map((s) => [s.name.toLowerCase(), false]));
  for (const { sheet, mark } of marks) existing.set(sheet.name.toLowerCase(), !mark.isNullObject);
  const target = chooseName(report.name, existing);

  const show: Piece = {
    bytes: ACTION_BYTES * 2,
    queue: (sheet) => {
      sheet.activate();
      sheet.getRange('A1').select();
    },
  };
  const pieces = [...numberFormatPieces(report), ...cellPieces(report), ...layoutPieces(report), ...(options.after ? [options.after] : []), ...(options.show === false ? [] : [show])];
  let sheet: Excel.Worksheet | null = null;
  for (const batch of batches(pieces)) {
    // Both suspensions last until the next sync: asked once per batch (Microsoft: not in a loop of calls).
    context.application.suspendApiCalculationUntilNextSync();
    context.application.suspendScreenUpdatingUntilNextSync();
    if (!sheet) {
      if (target.replace) sheets.getItem(target.name).delete();
      sheet = sheets.add(target.name);
      sheet.customProperties.add(markKey, JSON.stringify({ version: 1, ...options.markValue }));
    }
    for (const piece of batch) piece.queue(sheet);
    await sync();
  }
  return { sheetName: target.name, replaced: target.replace, syncs };
}
