/**
 * The menu and the sidebar's server side. Works as a bound script (`createMenu`: a *Klantwaarde* menu of its
 * own) and as an Editor add-on (`createAddonMenu`: under Extensions), chosen by the build (an add-on build sets
 * KLANTWAARDE_DEPLOYMENT to "addon"; scripts/build/30-sheets.mjs). In AuthMode.NONE — an add-on not yet used in
 * this document — Apps Script allows only the menu: no properties, no reading the spreadsheet, so no locale
 * either: the menu is Dutch then.
 */
import { fill, type Language, type Notation, type TableWhere } from '../../core/index.js';
import { a1Range, type ConversationSheet, type ReportSheet } from '../../core/index.js';
import { writeConversation } from './conversation.js';
import { isAuthModeNone, services, utilities, type OpenEvent } from './api.js';
import { runAnalysis, type AnalysisOutcome } from './analyse.js';
import { MENU_ANALYSE, MENU_LIST, MENU_SIDEBAR } from './entry-points.js';
import { languageOfLocale, notationOfLocale, SHEETS_MESSAGES, type SheetsMessageId } from './messages.js';
import { isOurSheet, writeReport } from './paint.js';
import { rawState, saveState, type StoredState } from './settings.js';
import { describeSources, makeClientList, ZoneClock, type MadeList } from './sources.js';
import type { ListRequest, SheetSource } from '../../core/index.js';

declare const KLANTWAARDE_DEPLOYMENT: string | undefined;
/** 'addon' or 'bound', set by the build (esbuild `define`); 'bound' when run unbundled. */
const deployment = (): string => (typeof KLANTWAARDE_DEPLOYMENT === 'string' ? KLANTWAARDE_DEPLOYMENT : 'bound');

function text(language: Language, id: SheetsMessageId, params?: Record<string, string | number>): string {
  return fill(SHEETS_MESSAGES[language][id], params);
}

function documentLanguage(): Language {
  return languageOfLocale(services().SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
}

export function onOpen(e?: OpenEvent): void {
  const { SpreadsheetApp } = services();
  const none = isAuthModeNone(e);
  let language: Language = 'nl';
  // The menu is the way in: a locale that cannot be read must not cost the user the menu.
  if (!none) {
    try {
      language = documentLanguage();
    } catch {
      language = 'nl';
    }
  }
  const ui = SpreadsheetApp.getUi();
  const menu = none || deployment() === 'addon' ? ui.createAddonMenu() : ui.createMenu(text(language, 'menu'));
  menu.addItem(text(language, 'analyse'), MENU_ANALYSE).addItem(text(language, 'makeList'), MENU_LIST)
    .addItem(text(language, 'sidebar'), MENU_SIDEBAR).addToUi();
}

export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}

/** The menu item: analyse, show the new sheet, say in one line what came out (or why nothing did). */
export function klantwaardeAnalyse(): AnalysisOutcome {
  const all = services();
  const outcome = runAnalysis(all);
  const ui = all.SpreadsheetApp.getUi();
  if (outcome.ok) {
    all.SpreadsheetApp.getActiveSpreadsheet().toast(outcome.message, text(outcome.language, 'doneTitle'), 10);
    if (outcome.settingsIssues.length > 0) {
      ui.alert(text(outcome.language, 'doneTitle'), text(outcome.language, 'settingsIgnored', { issues: outcome.settingsIssues.join(' ') }), ui.ButtonSet.OK);
    }
  } else {
    ui.alert(outcome.title, outcome.message, ui.ButtonSet.OK);
  }
  return outcome;
}

/** The step the sidebar opens at: 'list' after the menu item *Klantenlijst maken*, for this user, once. */
export const STEP_KEY = 'klantwaarde.sidebarStep';
export type SidebarStep = 'list' | null;

function showSidebar(step: SidebarStep): void {
  const { SpreadsheetApp, HtmlService, PropertiesService } = services();
  const properties = PropertiesService.getUserProperties();
  if (step) properties.setProperty(STEP_KEY, step);
  else properties.deleteProperty(STEP_KEY);
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(text(documentLanguage(), 'sidebarTitle'));
  SpreadsheetApp.getUi().showSidebar(html);
}

export function klantwaardeSidebar(): void {
  showSidebar(null);
}

/** The menu item *Klantenlijst maken*: the sidebar, opened at that step. */
export function klantwaardeClientList(): void {
  showSidebar('list');
}

/** The sidebar's language, asked first: the pane is rendered in it; and the step to open at (said once). */
export function sidebarInit(): { language: Language; step: SidebarStep } {
  const properties = services().PropertiesService.getUserProperties();
  const step = properties.getProperty(STEP_KEY) === 'list' ? 'list' : null;
  if (step) properties.deleteProperty(STEP_KEY);
  return { language: documentLanguage(), step };
}

/** Every sheet but our own, recognised from its first rows (sources.ts). */
export function sidebarDescribeSources(): SheetSource[] {
  return describeSources(services());
}

/** Builds the client list from the sheets the request names and writes *Klantenlijst* and *Bronnen* (sources.ts). */
export function sidebarMakeClientList(request: ListRequest): MadeList {
  return makeClientList(services(), request);
}

/** Where the sidebar's table came from (the taskpane's `TableWhere`; Sheets always reads the used range). */
export type SheetsTable = {
  cells: (string | number | boolean | null)[][];
  where: TableWhere & { kind: 'usedRange'; ours: boolean };
  notation: Notation;
};

/**
 * The active sheet's used range in one `getValues`, as JSON: a `Date` cannot cross google.script.run, so a date
 * cell becomes the text its clock shows in the spreadsheet's time zone (`2025-03-04`), as *Klantenlijst maken*
 * reads it (sources.ts's ZoneClock). getValues gives a date as midnight in that zone, which is the previous day in
 * UTC east of Greenwich: its UTC date (`toISOString`) would put every date a day early in Amsterdam or Kiritimati.
 */
export function sidebarReadTable(): SheetsTable {
  const { SpreadsheetApp } = services();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getActiveSheet();
  const values = sheet.getDataRange().getValues();
  const zone = new ZoneClock(utilities(), spreadsheet.getSpreadsheetTimeZone());
  // ZoneClock leaves only text, numbers and booleans: every Date became its text, anything else its String.
  const cells = zone.cells(values) as SheetsTable['cells'];
  const rows = Math.max(cells.length, 1);
  const columns = Math.max(1, ...cells.map((r) => r.length));
  return {
    cells,
    where: { sheet: sheet.getName(), address: a1Range({ top: 0, left: 0, bottom: rows - 1, right: columns - 1 }), kind: 'usedRange', firstRow: 0, firstColumn: 0, ours: isOurSheet(sheet) },
    notation: notationOfLocale(spreadsheet.getSpreadsheetLocale()),
  };
}

/** The stored `{ settings, mapping }`, unchecked (the pane checks it with the core, as in Excel). */
export function sidebarLoadState(): StoredState {
  return rawState(services().PropertiesService.getDocumentProperties());
}

/** Stores the pane's state; too large for a document property is an error the pane shows. */
export function sidebarSaveState(state: StoredState): boolean {
  const object = typeof state === 'object' && state !== null ? state : {};
  saveState(services().PropertiesService.getDocumentProperties(), object, documentLanguage());
  return true;
}

/**
 * Paints the report the pane computed (in the browser, with the same core) after the active sheet, replacing
 * only a sheet of ours, and activates it. The report is our own JSON, but it crossed from the browser: its
 * shape is checked before anything is written.
 */
export function sidebarPaint(report: ReportSheet): { sheetName: string } {
  const all = services();
  if (!isReportShape(report)) throw new Error('Klantwaarde: not an analysis sheet.');
  const spreadsheet = all.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = writeReport(spreadsheet, spreadsheet.getActiveSheet(), report, all);
  sheet.activate();
  return { sheetName: sheet.getName() };
}

/**
 * Paints a conversation page the sidebar computed (docs/DEFINITIONS.md §8) as a sheet of its own, last in the
 * spreadsheet, replacing only our sheet of that name, and activates it. Its shape is checked as the report's is.
 */
export function sidebarPaintConversation(page: ConversationSheet): { sheetName: string } {
  const all = services();
  const p = page as Partial<ConversationSheet> | null;
  if (!isReportShape({ ...p, frozen: { rows: 0, columns: 0 } }) || typeof p?.client !== 'string' || !Array.isArray(p.charts)) {
    throw new Error('Klantwaarde: not a conversation sheet.');
  }
  const spreadsheet = all.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = writeConversation(spreadsheet, page, all);
  sheet.activate();
  return { sheetName: sheet.getName() };
}

function isReportShape(value: unknown): value is ReportSheet {
  const r = value as Partial<ReportSheet> | null;
  return typeof r === 'object' && r !== null && typeof r.name === 'string' && r.name.length > 0 && Array.isArray(r.cells) &&
    r.cells.every((row) => Array.isArray(row) || row === null) && typeof r.columnCount === 'number' && Array.isArray(r.styles) &&
    Array.isArray(r.merges) && Array.isArray(r.columnWidths) && Array.isArray(r.rowHeights) && Array.isArray(r.charts) &&
    typeof r.frozen === 'object' && r.frozen !== null;
}

/** Selects `row` (1-based, as a problem names it) and `column` (0-based) on the named sheet. */
export function sidebarSelect(target: { sheet: string; row: number; column: number }): boolean {
  const spreadsheet = services().SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheetByName(String(target?.sheet));
  if (!sheet || !(target.row >= 1) || !(target.column >= 0)) return false;
  sheet.activate();
  sheet.getRange(Math.floor(target.row), Math.floor(target.column) + 1, 1, 1).activate();
  return true;
}
