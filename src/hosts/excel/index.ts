/**
 * The Excel host (Office.js): read the client table, paint the analysis sheet, select a cell; describe the sheets
 * as sources and write the client list built from them. No arithmetic.
 */
export { readTable, selectCell, rowsPerRead, notationOf, readBlocks, blockCount, firstBlockRows } from './read.js';
export type { ExcelTable, TableSource, TableKind, CellRef } from './read.js';
export { paintReport, chooseName, candidateNames, textRuns, batches, widthInPoints, MARK_KEY, REQUEST_LIMIT, REQUEST_BUDGET } from './paint.js';
export type { PaintResult, PaintOptions } from './paint.js';
export { paintConversation, queueWaterfall, CONVERSATION_MARK_KEY } from './conversation.js';
export { describeSources, makeClientList, listSheet, sourcesSheet, LIST_MARK_KEY, DESCRIBE_ROWS } from './sources.js';
export type { MadeList } from './sources.js';
