/**
 * *Analyseer klanten* from the menu: read the active sheet in one `getValues` (and the spreadsheet's locale for
 * the number notation), run the core with the document's settings and column mapping, paint the report into a
 * sheet of its own. (The sidebar computes in the browser and only asks the server to paint.) No arithmetic on
 * client data here.
 */
import {
  analyseTable, bindDrivers, buildReportFromColumns, clientCount, fill, formatMoney, materialiseReport, missingFieldProblems,
  readClientTable, todayIso, withLanguageCountry, type CellValue, type Language, type Settings,
} from '../../core/index.js';
import type { Services, Sheet } from './api.js';
import { languageOfLocale, notationOfLocale, SHEETS_MESSAGES, type SheetsMessageId } from './messages.js';
import { columnCount, rowCount } from './plan.js';
import { isOurSheet, writeReport } from './paint.js';
import { issueTexts, loadState } from './settings.js';

/** Google Sheets: "up to 10 million cells" per spreadsheet (all sheets together). */
export const MAX_SPREADSHEET_CELLS = 10_000_000;
/** What the menu item shows (and returns, as plain JSON). */
export type AnalysisOutcome =
  | { ok: true; language: Language; sheetName: string; sourceName: string; message: string; problemCount: number; settingsIssues: string[] }
  | { ok: false; language: Language; title: string; message: string };

/** The cells as the core reads them. Apps Script gives "" for empty cells and Dates of its own realm. */
function asCells(values: unknown[][]): CellValue[][] {
  return values as CellValue[][];
}

export function runAnalysis(services: Services): AnalysisOutcome {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const locale = spreadsheet.getSpreadsheetLocale();
  const language = languageOfLocale(locale);
  const t = (id: SheetsMessageId, params?: Record<string, string | number>): string => fill(SHEETS_MESSAGES[language][id], params);
  const source: Sheet = spreadsheet.getActiveSheet();
  const sourceName = source.getName();
  const fail = (message: string): AnalysisOutcome => ({ ok: false, language, title: t('cannotAnalyse'), message });

  if (isOurSheet(source)) return fail(t('ourSheet'));
  const values = source.getDataRange().getValues();
  const stored = loadState(services.PropertiesService.getDocumentProperties(), language);
  const mapping = Object.keys(stored.mapping).length > 0 ? { mapping: stored.mapping } : {};
  const table = readClientTable(asCells(values), { language, notation: notationOfLocale(locale), ...mapping });
  const fatal = table.problems.filter((p) => p.row === null && p.severity === 'error');
  if (fatal.length > 0) return fail([t('tableUnusable', { sheet: sourceName }), ...fatal.map((p) => p.message)].join('\n'));
  if (table.columns.count === 0) return fail(t('noClients', { sheet: sourceName }));

  // As the sidebar and the functions: no country saved means the spreadsheet's language's (DE in German).
  const settings: Partial<Settings> = withLanguageCountry(stored.settings, language);
  const bound = bindDrivers(settings.extraDrivers ?? [], table.mapping, language);
  // As the CLI: the analysis of the table's columns, no record or result object per client; the painter
  // sends 2-D arrays, so the report's grid is made whole (materialiseReport) once the client rows are known.
  const columnar = analyseTable(table.columns, { ...settings, extraDrivers: bound.drivers });
  // As the CLI and the taskpane: a field the settings need but no column feeds is said, not a silent 0.
  const problems = [...table.problems, ...bound.problems, ...missingFieldProblems(table.mapping, settings, language)];
  const report = materialiseReport(buildReportFromColumns(columnar, { language, problems, madeOn: todayIso(), mapping: table.mapping }));
  const cells = rowCount(report) * columnCount(report);
  if (cells > MAX_SPREADSHEET_CELLS) {
    return fail(t('tooManyCells', { clients: columnar.columns.count, cells, max: MAX_SPREADSHEET_CELLS }));
  }
  const sheet = writeReport(spreadsheet, source, report, services);
  sheet.activate();

  const totals = columnar.summary.totals;
  const problemRows = new Set(problems.filter((p) => p.row !== null).map((p) => p.row)).size;
  const message = [
    t('done', {
      clients: clientCount(columnar.columns.count, language),
      revenue: formatMoney(totals.revenue, language),
      profit: formatMoney(totals.netProfit, language),
      hourly: totals.hourlyReturn === null ? '–' : formatMoney(totals.hourlyReturn, language),
      sheet: sheet.getName(),
    }),
    ...(problemRows > 0 ? [t('doneProblems', { count: problemRows })] : []),
  ].join(' ');
  return {
    ok: true,
    language,
    sheetName: sheet.getName(),
    sourceName,
    message,
    problemCount: problems.length,
    settingsIssues: issueTexts(stored.issues, language),
  };
}
