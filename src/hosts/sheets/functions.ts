/**
 * Google Sheets custom functions: bundled as an IIFE with `globalName: 'Klantwaarde'` (scripts/build/30-sheets.mjs),
 * which appends a top-level stub per function, e.g. `function KLANT_ABC(waarden, grens_a, grens_b) { return
 * Klantwaarde.KLANT_ABC(waarden, grens_a, grens_b); }`. Every registry id needs an export here named
 * `KLANT_<ID>`; the build fails when one is missing.
 *
 * Messages are Dutch (a custom function cannot see the user's UI language). Errors: Sheets has no error values
 * to return in a cell of a spill, so any error — of the whole call or of one element — is thrown as an `Error`
 * with the message, which names the cell (Sheets shows #ERROR! with that message). A text such as "#DIV/0!" in
 * a numeric column would be worse: it looks like a result and sums as 0.
 * (The sidebar and the `onOpen` menu come later; they are added as exports here plus stubs in the same way.)
 */
import { runFunction, type Cell } from '../../functions/index.js';

function call(id: string, args: readonly unknown[]): number | string | (number | string)[][] {
  const result = runFunction(id, args, { language: 'nl' });
  if (!result.ok) throw new Error(result.error.message);
  const value = result.value;
  if (!Array.isArray(value)) return plain(value);
  return value.map((row) => row.map(plain));
}

function plain(cell: Cell): number | string {
  if (typeof cell === 'object') throw new Error(cell.message);
  return cell;
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
