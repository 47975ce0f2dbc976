/// <reference types="office-js" />
/**
 * Reads the client table out of Excel through Office.js: values, in blocks of rows sized under Excel on the
 * web's 5 MB response limit (the first block with its number formats, so a duration cell `[h]:mm` reaches the
 * core as the `125:30` Excel shows, not as a fraction of a day), plus the workbook's number notation (`application.cultureInfo`, ExcelApi 1.11) so
 * the core reads text such as `1.234` the way the user typed it. Nothing is written.
 *
 * Which cells: the selection when it spans more than one row (the user chose), clipped to the used range (a click
 * on the column letters selects `A1:C1048576`: a million empty rows, dozens of syncs), else the Excel table
 * (ListObject) the selection is in, else the active sheet's used range.
 */
import { durationCellText, timeFormatShape, type CellValue, type Notation, type TableWhere } from '../../core/index.js';
import { MARK_KEY, REQUEST_BUDGET } from './paint.js';

export type TableKind = TableWhere['kind'];

/** Where a table was read (the core's `TableWhere`), with its size; `ours` always said. */
export type TableSource = TableWhere & {
  rowCount: number;
  columnCount: number;
  ours: boolean;
};

export type ExcelTable = { cells: CellValue[][]; where: TableSource; notation: Notation | undefined; reads: number };

/** A generous average of a cell in a values response (a number, a quoted text and the separators). */
const BYTES_PER_CELL = 48;

/** Rows per read: as many as fit the budget at BYTES_PER_CELL, at least one. */
export function rowsPerRead(columns: number, budget = REQUEST_BUDGET): number {
  return Math.max(1, Math.floor(budget / (Math.max(1, columns) * BYTES_PER_CELL)));
}

/** `Klanten!A1:J49` → `A1:J49` (a quoted sheet name may itself hold a `!`). */
const withoutSheet = (address: string): string => address.slice(address.lastIndexOf('!') + 1);

/** The workbook's notation from its decimal separator: `,` reads like Dutch/German, `.` like English. */
export function notationOf(decimalSeparator: string | undefined): Notation | undefined {
  if (decimalSeparator === ',') return 'nl';
  if (decimalSeparator === '.') return 'en';
  return undefined;
}

/** A rectangle of a sheet in index form, as Office.js loads it. */
export type Box = { address: string; rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };
export const BOX = 'address,rowIndex,columnIndex,rowCount,columnCount';

const boxOf = (range: Box): Box => ({ address: range.address, rowIndex: range.rowIndex, columnIndex: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount });

/** What the first round trip learns: the active sheet, its used range and mark, the selection and its table. */
type Located = {
  sheet: Excel.Worksheet;
  selection: Excel.Range | null;
  /** The selection's cells inside the used range (null object: none), in the same round trip. */
  clipped: Excel.Range | null;
  tables: Excel.TableScopedCollection | null;
  used: Excel.Range;
  mark: Excel.WorksheetCustomProperty;
  culture: Excel.NumberFormatInfo;
};

function locate(context: Excel.RequestContext, withSelection: boolean): Located {
  const selection = withSelection ? context.workbook.getSelectedRange().load(BOX) : null;
  const sheet = (selection ? selection.worksheet : context.workbook.worksheets.getActiveWorksheet()).load('name');
  return {
    sheet,
    selection,
    // getUsedRange (not …OrNullObject): a blank sheet's is A1, so the intersection needs no round trip more.
    clipped: selection ? selection.getIntersectionOrNullObject(sheet.getUsedRange(true)).load(BOX) : null,
    tables: selection ? selection.getTables(false).load('items/name') : null,
    used: sheet.getUsedRangeOrNullObject(true).load(BOX),
    mark: sheet.customProperties.getItemOrNullObject(MARK_KEY).load('value'),
    culture: context.application.cultureInfo.numberFormat.load('numberDecimalSeparator'),
  };
}

export async function readTable(context: Excel.RequestContext): Promise<ExcelTable> {
  let reads = 0;
  const sync = async (): Promise<void> => {
    reads++;
    await context.sync();
  };
  let located = locate(context, true);
  try {
    await sync();
  } catch {
    // No single range is selected (several areas, a chart, a shape): read the active sheet instead.
    located = locate(context, false);
    await sync();
  }
  const { sheet, selection, clipped, tables, used, mark, culture } = located;

  let kind: TableKind;
  let box: Box;
  if (selection && selection.rowCount > 1) {
    kind = 'selection';
    // Nothing of the selection is in the used range: no cells to read, said where the user selected.
    box = clipped && !clipped.isNullObject ? clipped : { ...boxOf(selection), rowCount: 0 };
  } else if (tables && tables.items.length > 0) {
    const range = tables.items[0]!.getRange().load(BOX);
    await sync();
    kind = 'table';
    box = range;
  } else if (!used.isNullObject) {
    kind = 'usedRange';
    box = used;
  } else {
    kind = 'usedRange';
    box = { address: 'A1', rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 };
  }
  const where: TableSource = {
    sheet: sheet.name,
    address: withoutSheet(box.address),
    kind,
    firstRow: box.rowIndex,
    firstColumn: box.columnIndex,
    rowCount: box.rowCount,
    columnCount: box.columnCount,
    ours: !mark.isNullObject,
  };
  const cells: CellValue[][] = [];
  await readBlocks(sheet, box, sync, (rows) => {
    for (const row of rows) cells.push(row);
  });
  return { cells, where, notation: notationOf(culture.numberDecimalSeparator), reads };
}

/** Rows of the first block, which carries the number formats too: half as many, so its response stays under the budget. */
export const firstBlockRows = (columns: number): number => Math.max(1, Math.ceil(rowsPerRead(columns) / 2));

/** How many blocks (round trips) `readBlocks` takes for a box of this size. */
export function blockCount(rows: number, columns: number): number {
  if (rows <= 0) return 0;
  const first = firstBlockRows(columns);
  return rows <= first ? 1 : 1 + Math.ceil((rows - first) / rowsPerRead(columns));
}

/**
 * Reads `box` of `sheet` in blocks of rows under the response budget, one sync per block, and gives each block's
 * rows to `take` as the core reads them: the first block brings the number formats in the same sync, and a column
 * whose numbers mostly have a time or duration format (`[h]:mm`) comes as the text Excel shows (`125:30`).
 * Only one block is held at a time.
 */
export async function readBlocks(sheet: Excel.Worksheet, box: Pick<Box, 'rowIndex' | 'columnIndex' | 'rowCount' | 'columnCount'>, sync: () => Promise<void>, take: (rows: CellValue[][]) => void): Promise<void> {
  const step = rowsPerRead(box.columnCount);
  let timeFormats: (string | null)[] = [];
  const rowsAt = (offset: number): number => Math.min(offset === 0 ? firstBlockRows(box.columnCount) : step, box.rowCount - offset);
  for (let offset = 0; offset < box.rowCount; offset += rowsAt(offset)) {
    const rows = rowsAt(offset);
    // The first block's formats ride in the same sync: no round-trip more, and columns keep one format down.
    const block = sheet.getRangeByIndexes(box.rowIndex + offset, box.columnIndex, rows, box.columnCount).load(offset === 0 ? ['values', 'numberFormat'] : 'values');
    await sync();
    if (offset === 0) timeFormats = columnTimeFormats(block.numberFormat as string[][], block.values as CellValue[][]);
    take((block.values as CellValue[][]).map((row) => withDurations(row, timeFormats)));
  }
}

/** A range queued with its values and number formats (a sheet's head), to be read after the sync by `headCells`. */
export function queueHead(sheet: Excel.Worksheet, rowIndex: number, columnIndex: number, rows: number, columns: number): Excel.Range {
  return sheet.getRangeByIndexes(rowIndex, columnIndex, rows, columns).load(['values', 'numberFormat']);
}

/** The cells of a synced `queueHead` range as the core reads them (durations as Excel shows them). */
export function headCells(range: Excel.Range): CellValue[][] {
  const values = range.values as CellValue[][];
  const formats = columnTimeFormats(range.numberFormat as string[][], values);
  return values.map((row) => withDurations(row, formats));
}

/** Per column, the time or duration format most of its numbers have in the first block, else `null`. */
function columnTimeFormats(formats: readonly (readonly string[])[], values: readonly (readonly CellValue[])[]): (string | null)[] {
  const width = values[0]?.length ?? 0;
  return Array.from({ length: width }, (_, c) => {
    let numbers = 0;
    const timed = new Map<string, number>();
    values.forEach((row, r) => {
      if (typeof row[c] !== 'number') return;
      numbers++;
      const format = formats[r]?.[c];
      if (format && timeFormatShape(format)) timed.set(format, (timed.get(format) ?? 0) + 1);
    });
    const [best] = [...timed].sort((a, b) => b[1] - a[1]);
    return best && best[1] * 2 > numbers ? best[0] : null;
  });
}

/** A row with the numbers of duration columns as the text Excel shows (`125:30`); the row itself unchanged when none. */
function withDurations(row: CellValue[], timeFormats: readonly (string | null)[]): CellValue[] {
  if (!timeFormats.some((f) => f !== null)) return row;
  return row.map((cell, c) => (typeof cell === 'number' && timeFormats[c] ? durationCellText(cell, timeFormats[c]!) : cell));
}

/** A cell of a sheet, 1-based row as the user sees it, 0-based column. */
export type CellRef = { sheet: string; row: number; column: number };

/** Activates `where.sheet` and selects the cell (a problem's cell, or A1 of the analysis). */
export async function selectCell(context: Excel.RequestContext, where: CellRef): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(where.sheet);
  sheet.activate();
  sheet.getRangeByIndexes(Math.max(0, where.row - 1), Math.max(0, where.column), 1, 1).select();
  await context.sync();
}
