/**
 * Compile-time only (checked by `tsc`, never run): the real Apps Script types are assignable to the small
 * interfaces of src/hosts/sheets/api.ts, so every method the host calls exists in Apps Script with compatible
 * arguments and results. A typo or an invented method fails `npm run typecheck`.
 */
/// <reference types="google-apps-script" />
import type * as Api from '../../../src/hosts/sheets/api.js';

export type Real = {
  spreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  propertiesService: GoogleAppsScript.Properties.PropertiesService;
  htmlService: GoogleAppsScript.HTML.HtmlService;
  charts: GoogleAppsScript.Charts.Charts;
  scriptApp: GoogleAppsScript.Script.ScriptApp;
  range: GoogleAppsScript.Spreadsheet.Range;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  utilities: GoogleAppsScript.Utilities.Utilities;
};

export function realIsAssignable(real: Real): Api.Services & { scriptApp: Api.ScriptAppLike; range: Api.Range; sheet: Api.Sheet; utilities: Api.UtilitiesLike } {
  return {
    SpreadsheetApp: real.spreadsheetApp,
    PropertiesService: real.propertiesService,
    HtmlService: real.htmlService,
    Charts: real.charts,
    scriptApp: real.scriptApp,
    range: real.range,
    sheet: real.sheet,
    utilities: real.utilities,
  };
}
