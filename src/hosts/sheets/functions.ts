/**
 * Google Sheets custom functions: bundled as an IIFE with `globalName: 'Klantwaarde'` (scripts/build/30-sheets.mjs),
 * which appends a top-level stub per function, e.g. `function KLANT_ABC(waarden, grens_a, grens_b) { return
 * Klantwaarde.KLANT_ABC(waarden, grens_a, grens_b); }`. Every registry id needs an export here named
 * `KLANT_<ID>`; the build fails when one is missing.
 *
 * What a call takes from the spreadsheet, so it agrees with the analysis of the same spreadsheet (a custom
 * function may read the spreadsheet, not change it):
 * - the spreadsheet's locale (`getSpreadsheetLocale`): the language of the messages (nl, de, else en, as the
 *   menu and the sidebar) and the notation of number texts such as `1.234`, as the analysis reads the table;
 * - the settings the sidebar saved in the document's properties (`loadState`, checked), for the defaults the
 *   analysis decides (RENTEVERLIES' rate); asked only when such a default is needed. No country saved: Germany
 *   for a German locale, else the Netherlands; no period end saved: today. When the properties cannot be read
 *   (a script not bound to this spreadsheet and not an add-on), no saved settings.
 * Without a spreadsheet (the services missing, a test in a bare context): Dutch, Dutch notation, no settings.
 *
 * An error of the whole call is thrown as an `Error` with its message (Sheets shows #ERROR! with it). Within a
 * spill, one client without an answer must not hide the others: such a cell shows the analysis sheet's "n.v.t."
 * (in the locale's language), and bad input in one element "n.v.t. (message)" — text, so it never sums as a
 * number (`sheetsValue` in src/functions).
 */
import type { Language, Notation, Settings } from '../../core/index.js';
import { runFunction, sheetsValue } from '../../functions/index.js';
import { withLanguageCountry } from '../../core/index.js';
import type { PropertiesServiceLike, SpreadsheetAppLike } from './api.js';
import { languageOfLocale, notationOfLocale } from './messages.js';
import { loadState } from './settings.js';

type Scope = { SpreadsheetApp?: SpreadsheetAppLike; PropertiesService?: PropertiesServiceLike };

/** The spreadsheet's locale (`nl_NL`, `de_DE`, `en_US`), or null where there is none to ask. */
function spreadsheetLocale(): string | null {
  try {
    const app = (globalThis as Scope).SpreadsheetApp;
    return app ? app.getActiveSpreadsheet().getSpreadsheetLocale() || null : null;
  } catch {
    return null;
  }
}

/** The saved settings (checked), with a country that follows the locale when none was chosen. */
function savedSettings(language: Language): Partial<Settings> {
  let settings: Partial<Settings> = {};
  try {
    const service = (globalThis as Scope).PropertiesService;
    const properties = service?.getDocumentProperties();
    if (properties) settings = loadState(properties, language).settings;
  } catch {
    settings = {};
  }
  return withLanguageCountry(settings, language);
}

function call(id: string, args: readonly unknown[]): number | string | (number | string)[][] {
  const locale = spreadsheetLocale();
  const language: Language = locale ? languageOfLocale(locale) : 'nl';
  const notation: Notation = locale ? notationOfLocale(locale) : 'nl';
  return sheetsValue(runFunction(id, args, { language, notation, settings: () => savedSettings(language) }), language);
}

export const KLANT_UURRENDEMENT = (...args: unknown[]) => call('UURRENDEMENT', args);
export const KLANT_ABC = (...args: unknown[]) => call('ABC', args);
export const KLANT_PIRAMIDE = (...args: unknown[]) => call('PIRAMIDE', args);
export const KLANT_RENTEVERLIES = (...args: unknown[]) => call('RENTEVERLIES', args);
export const KLANT_KORTINGSLEK = (...args: unknown[]) => call('KORTINGSLEK', args);
export const KLANT_ALTERNATIEVEKOSTEN = (...args: unknown[]) => call('ALTERNATIEVEKOSTEN', args);
export const KLANT_KOSTEN = (...args: unknown[]) => call('KOSTEN', args);
export const KLANT_WALVISCURVE = (...args: unknown[]) => call('WALVISCURVE', args);
export const KLANT_LEVENSDUURWAARDE = (...args: unknown[]) => call('LEVENSDUURWAARDE', args);
