/**
 * What each column holds, from a sample of its first filled cells: numbers (or numbers typed as text), durations,
 * codes that identify (`10001`, `R0012`, `DEB-0042`), or text. The column choice weighs headers against this.
 */
import type { CellValue } from '../types.js';
import { isBlank, isDash, looksLikeNumber } from './cells.js';
import { isDurationText } from './duration.js';
import { isTotalLabel } from './totals.js';

export type ColumnSample = {
  /** True when most filled cells are numbers or durations; `null` when the column has no filled cell. */
  numeric: boolean | null;
  /** True when most filled cells are durations written as such (`12:30`, `12u30`), not plain numbers. */
  durations: boolean;
  /** True when every filled cell is a whole number or a short code with digits: a client number, not a name. */
  codes: boolean;
  /** True when most filled cells are text that is no number, date or code: names. */
  names: boolean;
};

const CODE = /^[A-Za-z]{0,4}[-. /]?\d{2,12}[A-Za-z]?$/;
const SAMPLE = 200;

/** Samples every column of the data rows below the header. */
export function sampleColumns(rows: readonly (readonly CellValue[])[], width: number): ColumnSample[] {
  return Array.from({ length: width }, (_, column) => sampleColumn(rows, column));
}

function sampleColumn(rows: readonly (readonly CellValue[])[], column: number): ColumnSample {
  let filled = 0;
  let numbers = 0;
  let durations = 0;
  let codes = 0;
  for (let i = 0; i < rows.length && filled < SAMPLE; i++) {
    const row = rows[i];
    const cell = Array.isArray(row) ? row[column] : undefined;
    if (isBlank(cell)) continue;
    filled++;
    if (typeof cell === 'number') {
      numbers++;
      if (Number.isInteger(cell) && cell >= 0) codes++;
    } else if (typeof cell === 'string') {
      const text = cell.trim();
      // A totals row's label (`Totaal`) says nothing of what the column holds.
      if (isTotalLabel(text)) {
        filled--;
        continue;
      }
      if (isDurationText(text)) durations++;
      else if (looksLikeNumber(text) || isDash(text)) numbers++;
      if (CODE.test(text)) codes++;
    }
  }
  if (filled === 0) return { numeric: null, durations: false, codes: false, names: false };
  const numeric = numbers + durations >= filled * 0.6;
  // Most, not all: a stray note or an unlabelled subtotal may stand among the numbers.
  return { numeric, durations: durations >= filled * 0.6, codes: codes >= filled * 0.8, names: !numeric && codes < filled * 0.2 };
}
