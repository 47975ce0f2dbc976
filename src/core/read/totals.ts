/**
 * Totals rows: by label (`Totaal klanten`, `Gesamtergebnis`, `Grand Total`; `Total Energies` stays a client) and
 * by values (a row whose amounts, hours and counts equal the sums of the rows above it, since the start or since
 * the last total).
 */
import { normaliseWords } from '../headers.js';

/** Running sums since the start and since the last totals row, to recognise a totals row by its values. */
export class RunningSums {
  private readonly sinceStart: Float64Array;
  private readonly sinceTotal: Float64Array;
  private rowsSinceStart = 0;
  private rowsSinceTotal = 0;

  /**
   * `columns`: the amount, hour and count columns, `revenue` among them; entries whose `values` the reader renews
   * when the columns grow.
   */
  constructor(private readonly columns: readonly { values: Float64Array }[], private readonly revenue: { values: Float64Array }) {
    this.sinceStart = new Float64Array(columns.length);
    this.sinceTotal = new Float64Array(columns.length);
  }

  /** Whether the row at `at` is the sum of the rows above it. */
  isTotal(at: number): boolean {
    const columns = this.columns;
    const revenue = this.revenue.values;
    return isSumRow(at, revenue, columns, this.sinceStart, this.rowsSinceStart) || isSumRow(at, revenue, columns, this.sinceTotal, this.rowsSinceTotal);
  }

  /** A totals row was met: the sums since the last total start again. */
  restart(): void {
    this.sinceTotal.fill(0);
    this.rowsSinceTotal = 0;
  }

  /** A client's row at `at` joins the sums. */
  add(at: number): void {
    const columns = this.columns;
    for (let i = 0; i < columns.length; i++) {
      const value = columns[i]!.values[at]!;
      this.sinceStart[i] = this.sinceStart[i]! + value;
      this.sinceTotal[i] = this.sinceTotal[i]! + value;
    }
    this.rowsSinceStart++;
    this.rowsSinceTotal++;
  }
}

/**
 * A row whose revenue, and every other amount, hour and count it has, equals the sum of the rows above it (at
 * least two): a totals row without a label. Compared to half a cent, as sums of typed amounts round.
 */
function isSumRow(at: number, revenue: Float64Array, columns: readonly { values: Float64Array }[], sums: Float64Array, rowsAbove: number): boolean {
  if (rowsAbove < 2 || revenue[at] === 0) return false;
  for (let i = 0; i < columns.length; i++) {
    const value = columns[i]!.values[at]!;
    const sum = sums[i]!;
    if (Math.abs(value - sum) > 0.005 + Math.abs(sum) * 1e-12) return false;
  }
  return true;
}

// Every label below holds one of these: a cheap test first, as it runs on every client name.
const TOTAL_HINT = /tot|sum|som|ergeb|resul|gesamt/i;
const TOTAL_LABEL = /^(sub|zwischen|eind|end|gesamt|grand|overall|generaal|algemeen)?(totaal|totalen|total|totals|summe|som|sum|ergebnis|resultaat|result|gesamt|insgesamt)$/;
const TOTAL_COMPANIONS = new Set(['klanten', 'kunden', 'clients', 'customers', 'debiteuren', 'alle', 'all', 'generaal', 'general', 'van', 'of', 'der', 'aller', 'overall', 'relaties', 'accounts', 'ergebnis', 'result', 'eind', 'grand', 'sub', 'gesamt']);

/** "Totaal", "Totaal klanten", "Gesamtergebnis", "Grand Total", "Eindtotaal", "Summe": a label of a totals row. */
export function isTotalLabel(text: string): boolean {
  if (text === '' || text.length > 40 || !TOTAL_HINT.test(text)) return false;
  const words = normaliseWords(text).split(' ').filter((w) => w !== '');
  if (words.length === 0 || words.length > 4) return false;
  let sumWord = false;
  for (const word of words) {
    if (TOTAL_LABEL.test(word)) sumWord = true;
    else if (!TOTAL_COMPANIONS.has(word) && !/^\d+$/.test(word)) return false;
  }
  return sumWord;
}
