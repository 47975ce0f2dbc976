/** The Excel host (Office.js): read the client table, paint the analysis sheet, select a cell. No arithmetic. */
export { readTable, selectCell, rowsPerRead, notationOf } from './read.js';
export type { ExcelTable, TableSource, TableKind, CellRef } from './read.js';
export { paintReport, chooseName, candidateNames, textRuns, batches, widthInPoints, MARK_KEY, REQUEST_LIMIT, REQUEST_BUDGET } from './paint.js';
export type { PaintResult } from './paint.js';
