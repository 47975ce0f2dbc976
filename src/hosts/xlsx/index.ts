/** The xlsx host: read a client table from `.xlsx`/`.csv`, write the analysis sheet into a workbook. */
export { loadTable, csvCells, detectDelimiter, decodeText, sheetCells, cellValueOf, kindOf, FileReadError } from './read.js';
export type { LoadedTable, FileKind } from './read.js';
export { paintSheet, excelStyle } from './paint.js';
export { reportWorkbook, writeReportFile, chooseSheetName, isOurSheet } from './write.js';
export { addCharts, chartXml } from './chart.js';
