/**
 * Google Sheets custom functions: bundled as an IIFE with `globalName: 'Klantwaarde'` (scripts/build/30-sheets.mjs),
 * which appends a top-level stub per function, e.g. `function KLANT_ABC(waarden, grens_a, grens_b) { return
 * Klantwaarde.KLANT_ABC(waarden, grens_a, grens_b); }`. Every registry id needs an export here named
 * `KLANT_<ID>`; the build fails when one is missing.
 *
 * Messages are Dutch (a custom function cannot see the user's UI language). An error of the whole call is thrown
 * as an `Error` with its message (Sheets shows #ERROR! with it). Within a spill, one client without an answer
 * must not hide the others: such a cell shows the analysis sheet's "n.v.t.", and bad input in one
 * element "n.v.t. (message)" — text, so it never sums as a number (`sheetsValue` in src/functions).
 */
import { runFunction, sheetsValue } from '../../functions/index.js';

function call(id: string, args: readonly unknown[]): number | string | (number | string)[][] {
  return sheetsValue(runFunction(id, args, { language: 'nl' }), 'nl');
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
