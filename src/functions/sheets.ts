/**
 * What a Google Sheets custom function returns for a runner result. Sheets has no error
 * values inside a returned array: before this, one cell without an answer (a client with 0 hours, nearly every
 * real list has one) was thrown for the whole call, and the whole column showed #ERROR!. Now:
 * - a whole-call failure (a bad single argument, ranges of different sizes) is still thrown, so Sheets shows
 *   #ERROR! with the message;
 * - an element without an answer (#DIV/0!, #N/A in Excel: no hours, no target) gets the text the analysis
 *   sheet uses for "not available" (`n.v.t.` in Dutch), which SUM and AVERAGE skip like the sheet's own;
 * - an element whose input is wrong (#VALUE!, #NUM! in Excel: a text, a blank, a date, a number too large) gets
 *   that text with the reason, `n.v.t. (uren, rij 5 is leeg; …)`, so the row to correct is named in its cell.
 * Pure and host-free: `src/hosts/sheets/functions.ts` returns `sheetsValue(runFunction(…), 'nl')`.
 */
import { REPORT_LABELS, type Language } from '../core/index.js';
import type { RunResult } from './runner.js';
import type { Cell, FunctionError } from './types.js';

/** The text the analysis sheet shows for a figure that is not available, per language. */
export function notAvailableText(language: Language): string {
  return REPORT_LABELS[language].notAvailable;
}

function cellText(error: FunctionError, language: Language): string {
  const na = notAvailableText(language);
  return error.kind === 'div0' || error.kind === 'na' ? na : `${na} (${error.message.replace(/\.$/, '')})`;
}

/** A plain Sheets value: a number or text per cell; throws an `Error` with the message for a whole-call failure. */
export function sheetsValue(result: RunResult, language: Language): number | string | (number | string)[][] {
  if (!result.ok) throw new Error(result.error.message);
  const plain = (cell: Cell): number | string => (typeof cell === 'object' ? cellText(cell, language) : cell);
  const value = result.value;
  if (!Array.isArray(value)) {
    // A single call without an answer is still an error: there is no column of others to keep readable.
    if (typeof value === 'object') throw new Error(value.message);
    return value;
  }
  return value.map((row) => row.map(plain));
}
