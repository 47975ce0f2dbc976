/**
 * *Analyseer klanten*: read the active sheet in one `getValues` (and the spreadsheet's locale for the number
 * notation), run the core, paint the report into a sheet of its own. Shared by the menu item and the sidebar.
 * No arithmetic on client data here.
 */
import {
  analyse, bindDrivers, buildReport, clientCount, fill, formatMoney, missingFieldProblems, readClientTable, todayIso,
  type AnalysisResult, type CellValue, type ColumnMapping, type Language, type Problem, type Settings,
} from '../../core/index.js';
import type { Services, Sheet } from './api.js';
import { languageOfLocale, notationOfLocale, SHEETS_MESSAGES, type SheetsMessageId } from './messages.js';
import { columnCount, rowCount } from './plan.js';
import { isOurSheet, writeReport } from './paint.js';
import { issueTexts, loadState } from './settings.js';

/** Google Sheets: "up to 10 million cells" per spreadsheet (all sheets together). */
export const MAX_SPREADSHEET_CELLS = 10_000_000;
/** Problems kept in the outcome (all of them are in the sheet). */
export const MAX_PROBLEMS_SENT = 200;

/** What the menu item shows (and returns, as plain JSON). */
export type AnalysisOutcome =
  | {
      ok: true;
      language: Language;
      sheetName: string;
      sourceName: string;
      message: string;
      /** The analysis without the per-client list (that is in the sheet; 100 000 objects would not cross). */
      result: Omit<AnalysisResult, 'clients'> & { clients: [] };
      problems: Problem[];
      problemCount: number;
      mapping: ColumnMapping;
      settingsIssues: string[];
    }
  | { ok: false; language: Language; title: string; message: string; problems: Problem[]; mapping: ColumnMapping | null };

/** The cells as the core reads them. Apps Script gives "" for empty cells and Dates of its own realm. */
function asCells(values: unknown[][]): CellValue[][] {
  return values as CellValue[][];
}

export function runAnalysis(services: Services, overrides: Partial<Settings> = {}): AnalysisOutcome {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const locale = spreadsheet.getSpreadsheetLocale();
  const language = languageOfLocale(locale);
  const t = (id: SheetsMessageId, params?: Record<string, string | number>): string => fill(SHEETS_MESSAGES[language][id], params);
  const source: Sheet = spreadsheet.getActiveSheet();
  const sourceName = source.getName();
  const fail = (message: string, problems: Problem[] = [], mapping: ColumnMapping | null = null): AnalysisOutcome =>
    ({ ok: false, language, title: t('cannotAnalyse'), message, problems: problems.slice(0, MAX_PROBLEMS_SENT), mapping });

  if (isOurSheet(source)) return fail(t('ourSheet'));
  const values = source.getDataRange().getValues();
  const stored = loadState(services.PropertiesService.getDocumentProperties());
  const mapping = Object.keys(stored.mapping).length > 0 ? { mapping: stored.mapping } : {};
  const table = readClientTable(asCells(values), { language, notation: notationOfLocale(locale), ...mapping });
  const fatal = table.problems.filter((p) => p.row === null && p.severity === 'error');
  if (fatal.length > 0) return fail([t('tableUnusable', { sheet: sourceName }), ...fatal.map((p) => p.message)].join('\n'), table.problems, table.mapping);
  if (table.records.length === 0) return fail(t('noClients', { sheet: sourceName }), table.problems, table.mapping);

  const settings: Partial<Settings> = { ...stored.settings, ...overrides };
  const bound = bindDrivers(settings.extraDrivers ?? [], table.mapping, language);
  const result = analyse(table.records, { ...settings, extraDrivers: bound.drivers });
  // As the CLI and the taskpane: a field the settings need but no column feeds is said, not a silent 0.
  const problems = [...table.problems, ...bound.problems, ...missingFieldProblems(table.mapping, settings, language)];
  const report = buildReport(result, { language, problems, madeOn: todayIso(), mapping: table.mapping });
  const cells = rowCount(report) * columnCount(report);
  if (cells > MAX_SPREADSHEET_CELLS) {
    return fail(t('tooManyCells', { clients: result.clients.length, cells, max: MAX_SPREADSHEET_CELLS }), problems, table.mapping);
  }
  const sheet = writeReport(spreadsheet, source, report, services);
  sheet.activate();

  const totals = result.totals;
  const problemRows = new Set(problems.filter((p) => p.row !== null).map((p) => p.row)).size;
  const message = [
    t('done', {
      clients: clientCount(result.clients.length, language),
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
    result: { ...result, clients: [] },
    problems: problems.slice(0, MAX_PROBLEMS_SENT),
    problemCount: problems.length,
    mapping: table.mapping,
    settingsIssues: issueTexts(stored.issues, language),
  };
}
