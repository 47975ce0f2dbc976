/**
 * `buildReportFromColumns`: the analysis sheet as a host-neutral ReportSheet (see model.ts), composed of its sections in this
 * order: Samenvatting (title, figures, settings, notes, columns), Problemen, Klantenpiramide, Kosten-batenanalyse
 * (the table by class and tier, scenarios), Walviscurve, Per klant; then the column widths and the print layout.
 *
 * Layout choices:
 * - column A is the label column of every section (client names in the client table) and is frozen;
 * - the cost-benefit table's cells are `COUNTIF`s and `SUMIF`s over the client table and its totals `SUM`s: the
 *   sheet stays live and correct for someone who opens it without the add-in, and no custom function appears in it;
 * - client rows are ordered by ABC class, then by the ABC measure (docs/DEFINITIONS.md §4), so each class is one
 *   contiguous band and its colour is one rectangle whatever the number of clients;
 * - "not available" figures (docs/DEFINITIONS.md §3) are the text `n.v.t.`, which `SUM` ignores.
 */
import type { ColumnarAnalysis } from '../analyse.js';
import type { LazyReportSheet } from './model.js';
import { reportText } from './text.js';
import { clientColumns, columnIndex } from './columns.js';
import { clientsOfColumns } from './order.js';
import { TablePlace, type Clients, type ReportContext, type ReportOptions, type Summary } from './context.js';
import { SheetWriter } from './writer.js';
import { writeSummary, writeTitle } from './sections/summary.js';
import { writeSettings } from './sections/setting-rows.js';
import { writeNotes } from './sections/notes.js';
import { writeMapping } from './sections/mapping.js';
import { writePyramid } from './sections/pyramid.js';
import { writeProfile } from './sections/profile.js';
import { writeCostBenefit } from './sections/cost-benefit.js';
import { writeScenarios } from './sections/scenarios.js';
import { writeWhale } from './sections/whale.js';
import { writeProblems } from './sections/problems.js';
import { writeClients } from './sections/clients.js';
import { fitWidths } from './widths.js';
import { headerLines, lazyClientTable } from './wrap.js';
import { CLIENT_ROW_PT, clientGroups, writePrintLayout } from './print.js';
import { LAST_PYRAMID_COLUMN } from './theme.js';

export { FORMATS, COLORS, THIN_MARGIN, profitability } from './theme.js';
export { displayDate, clientCount } from './text.js';
export { MIN_PRINT_SCALE, MAX_PRINT_SCALE, firmOfContext } from './print.js';
export { wrappedLines } from './wrap.js';
export type { ReportOptions } from './context.js';


/**
 * The sheet from the columnar analysis, with its client rows made on demand: what the CLI writes with the stream
 * writer, so a list of a million clients is never a million objects. One ClientResult per client is made (and
 * dropped) once to measure the columns and sum the totals, and once per row as the writer renders it; none is
 * kept. The same sheet as the record oracle's (test/support/oracle.ts) on the same input, cell for cell
 * (test/core/report/lazy.test.ts).
 */
export function buildReportFromColumns(columnar: ColumnarAnalysis, options: ReportOptions = {}): LazyReportSheet {
  return composeReport({ settings: columnar.settings, ...columnar.summary }, clientsOfColumns(columnar), options);
}

/** The context every section reads: the words, the analysis, the client table's columns and (later) its place. */
export function reportContext(result: Summary, clients: Clients, options: ReportOptions): ReportContext {
  const text = reportText(options.language ?? 'nl');
  const columns = clientColumns(text, result.settings, clients);
  const col = columnIndex(columns);
  return {
    text, language: text.language, settings: result.settings, result, clients, options, problems: options.problems ?? [],
    columns, col, table: new TablePlace(col),
  };
}

/** The sheet of an analysis's summary and its clients (in any form that gives a ClientResult per index). */
export function composeReport(result: Summary, clients: Clients, options: ReportOptions): LazyReportSheet {
  const ctx = reportContext(result, clients, options);
  const w = new SheetWriter();
  writeTitle(w, ctx);
  writeSummary(w, ctx);
  writeSettings(w, ctx);
  writeNotes(w, ctx);
  const mappingRow = writeMapping(w, ctx);
  // What was read and what was wrong with it, before any result: the problems print on the page of the columns.
  writeProblems(w, ctx);
  const problemsEnd = w.row;
  const tierTable = writePyramid(w, ctx);
  writeProfile(w, ctx);
  const costBenefit = writeCostBenefit(w, ctx);
  const scenarioRow = writeScenarios(w, ctx);
  const whaleChartEnd = writeWhale(w, ctx);
  const table = writeClients(w, ctx);
  // The formulas above the client table point into it; its place is known now.
  w.resolveFormulas();

  const columnWidths = fitWidths(w, ctx.columns, table.stats, {
    firstClientRow: table.first, totalRow: table.total, problemsRow: w.sectionRow('problems'), problemsEnd,
    mergedEnd: mappingRow > 0 ? mappingRow : w.sectionRow('problems'), costBenefit,
    numbers: { from: w.sectionRow('pyramid'), to: w.sectionRow('costBenefit') }, tierTable,
  }, clientGroups(ctx), Math.max(LAST_PYRAMID_COLUMN, costBenefit.lastColumn));
  const clientTable = lazyClientTable(w, ctx, table, columnWidths);
  const print = writePrintLayout(w, ctx, columnWidths, {
    scenarioRow, clientHeader: table.header, totalRow: table.total, legendRow: table.legend, whaleChartEnd, mappingRow, costBenefitLast: costBenefit.lastColumn,
    headerLines: headerLines(ctx.columns.map((c) => c.label), columnWidths),
  });

  return {
    name: ctx.text.label('sheetName'),
    cells: w.cells,
    rowCount: w.cells.length,
    clientTable,
    columnCount: ctx.columns.length,
    columnWidths,
    rowHeights: w.rowHeights,
    styles: w.styles,
    merges: w.merges,
    frozen: { rows: 0, columns: 1 },
    charts: w.charts,
    sections: w.sections,
    clientRows: { header: table.header, first: table.first, last: table.last, height: CLIENT_ROW_PT },
    print,
  };
}
