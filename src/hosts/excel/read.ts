/// <reference types="office-js" />
/**
 * Reads the client table out of Excel through Office.js: values only, in blocks of rows sized under Excel on the
 * web's 5 MB response limit, plus the workbook's number notation (`application.cultureInfo`, ExcelApi 1.11) so
 * the core reads text such as `1.234` the way the user typed it. Nothing is written.
 *
 * Which cells: the selection when it spans more than one row (the user chose), else the Excel table
 * (ListObject) the selection is in, else the active sheet's used range.
 */
import type { CellValue, Notation, TableWhere } from '../../core/index.js';
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

type Box = { address: string; rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };
const BOX = 'address,rowIndex,columnIndex,rowCount,columnCount';

/** What the first round trip learns: the active sheet, its used range and mark, the selection and its table. */
type Located = {
  sheet: Excel.Worksheet;
  selection: Excel.Range | null;
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
  const { sheet, selection, tables, used, mark, culture } = located;

  let kind: TableKind;
  let box: Box;
  if (selection && selection.rowCount > 1) {
    kind = 'selection';
    box = selection;
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
  const step = rowsPerRead(box.columnCount);
  for (let offset = 0; offset < box.rowCount; offset += step) {
    const rows = Math.min(step, box.rowCount - offset);
    const block = sheet.getRangeByIndexes(box.rowIndex + offset, box.columnIndex, rows, box.columnCount).load('values');
    await sync();
    for (const row of block.values) cells.push(row as CellValue[]);
  }
  return { cells, where, notation: notationOf(culture.numberDecimalSeparator), reads };
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
