/**
 * The menu and the sidebar's server side. Works as a bound script (`createMenu`: a *Klantwaarde* menu of its
 * own) and as an Editor add-on (`createAddonMenu`: under Extensions), chosen by the build (an add-on build sets
 * KLANTWAARDE_DEPLOYMENT to "addon"; scripts/build/30-sheets.mjs). In AuthMode.NONE — an add-on not yet used in
 * this document — Apps Script allows only the menu: no properties, no reading the spreadsheet, so no locale
 * either: the menu is Dutch then.
 */
import { fill, type Language, type Settings } from '../../core/index.js';
import { isAuthModeNone, services, type OpenEvent } from './api.js';
import { runAnalysis, type AnalysisOutcome } from './analyse.js';
import { MENU_ANALYSE, MENU_SIDEBAR } from './entry-points.js';
import { languageOfLocale, SHEETS_MESSAGES, type SheetsMessageId } from './messages.js';
import { issueTexts, loadSettings, saveSettings } from './settings.js';
import { DEFAULT_SETTINGS } from '../../core/settings.js';

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
  const language: Language = none ? 'nl' : documentLanguage();
  const ui = SpreadsheetApp.getUi();
  const menu = none || deployment() === 'addon' ? ui.createAddonMenu() : ui.createMenu(text(language, 'menu'));
  menu.addItem(text(language, 'analyse'), MENU_ANALYSE).addItem(text(language, 'sidebar'), MENU_SIDEBAR).addToUi();
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

export function klantwaardeSidebar(): void {
  const { SpreadsheetApp, HtmlService } = services();
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(text(documentLanguage(), 'sidebarTitle'));
  SpreadsheetApp.getUi().showSidebar(html);
}

export type SidebarState = { language: Language; settings: Partial<Settings>; defaults: Settings; issues: string[] };

export function sidebarState(): SidebarState {
  const { PropertiesService } = services();
  const language = documentLanguage();
  const stored = loadSettings(PropertiesService.getDocumentProperties());
  // JSON round trip: a frozen object with `null`s crosses fine, but only plain data may cross at all.
  return { language, settings: stored.settings, defaults: JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as Settings, issues: issueTexts(stored.issues, language) };
}

export type SaveOutcome = { settings: Partial<Settings>; issues: string[]; error: string | null };

export function sidebarSaveSettings(input: unknown): SaveOutcome {
  const { PropertiesService } = services();
  const language = documentLanguage();
  const saved = saveSettings(PropertiesService.getDocumentProperties(), input);
  const error = saved.tooLarge === null ? null : text(language, 'settingsTooLarge', { size: saved.tooLarge, max: 9_000 });
  return { settings: saved.settings, issues: issueTexts(saved.issues, language), error };
}

export function sidebarAnalyse(input?: unknown): AnalysisOutcome {
  if (input !== undefined && input !== null) {
    const saved = sidebarSaveSettings(input);
    if (saved.error) {
      return { ok: false, language: documentLanguage(), title: text(documentLanguage(), 'cannotAnalyse'), message: saved.error, problems: [], mapping: null };
    }
  }
  return runAnalysis(services());
}

/** Selects `row`, `column` (1-based, as a problem names them) in the sheet the analysis read. */
export function sidebarSelect(sheetName: string, row: number, column: number): boolean {
  const spreadsheet = services().SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheetByName(String(sheetName));
  if (!sheet || !(row >= 1) || !(column >= 1)) return false;
  sheet.activate();
  sheet.getRange(Math.floor(row), Math.floor(column), 1, 1).activate();
  return true;
}
