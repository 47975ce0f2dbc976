/**
 * Rows into columns: each data row's cells read by the column's field kind and notation, checked (negative
 * counts, fractions, scores), and kept as a client or reported (a totals row, a row without a name, a duplicate).
 * A row's cell problems wait until the row is known to be a client: a totals row reports only itself.
 */
import { FIELD_KIND, NON_NEGATIVE_FIELDS, NUMERIC_FIELDS, type FieldKind, type NumericField } from '../fields.js';
import { translate } from '../i18n.js';
import { CONSEQUENCES, EXPECTED } from '../messages.js';
import type { Notation } from '../numbers.js';
import type { CellValue, ColumnMapping, FieldMatch, Language, TableColumns } from '../types.js';
import { cellText, hasContent, isBlank, isDash, readBoolean, readHours, readNumber } from './cells.js';
import { DuplicateFinder } from './duplicates.js';
import type { ProblemParams, Reporter } from './report.js';
import { grownColumns, newColumns, trimColumns } from './store.js';
import { isTotalLabel, RunningSums } from './totals.js';

type NumberColumn = {
  field: NumericField;
  ref: FieldMatch;
  notation: Notation;
  kind: FieldKind;
  nonNegative: boolean;
  values: Float64Array;
  read: typeof readNumber;
};

export type RowSetup = {
  mapping: ColumnMapping;
  notationOf: (column: number) => Notation;
  language: Language;
  capacity: number;
  report: Reporter;
};

/** Reads data rows one at a time into growing columns; `finish` gives the filled part. */
export class RowReader {
  private columns: TableColumns;
  private capacity: number;
  private count = 0;
  /** Whether any row was a client (else the table has no data rows: said). */
  anyDataRow = false;
  private readonly numbers: NumberColumn[] = [];
  private readonly extras: { ref: ColumnMapping['extra'][number]; notation: Notation; values: Float64Array }[];
  private readonly sums: RunningSums;
  private readonly duplicates = new DuplicateFinder();
  private readonly pending: [Parameters<Reporter>[0], Parameters<Reporter>[1], ProblemParams][] = [];

  constructor(private readonly setup: RowSetup) {
    const { mapping, notationOf } = setup;
    this.capacity = setup.capacity;
    this.columns = newColumns(this.capacity, mapping.fields.clientNumber !== undefined);
    for (const field of NUMERIC_FIELDS) {
      const ref = mapping.fields[field];
      if (!ref) continue;
      const kind = FIELD_KIND[field];
      this.numbers.push({
        field, ref, notation: notationOf(ref.column), kind, nonNegative: NON_NEGATIVE_FIELDS.has(field),
        values: this.columns.values[field], read: kind === 'hours' ? readHours : readNumber,
      });
    }
    this.extras = mapping.extra.map((ref) => ({ ref, notation: notationOf(ref.column), values: new Float64Array(this.capacity).fill(NaN) }));
    this.columns.extra = this.extras.map(({ ref, values }) => ({ header: ref.header, values }));
    const summed = this.numbers.filter(({ kind }) => kind === 'money' || kind === 'hours' || kind === 'count');
    this.sums = new RunningSums(summed, this.numbers.find((n) => n.field === 'revenue')!);
  }

  /** Reads one row (`sheetRow` as the user sees it). */
  read(given: readonly CellValue[] | undefined, sheetRow: number): void {
    const row: readonly CellValue[] = Array.isArray(given) ? given : [];
    if (!hasContent(row)) return;
    const { mapping, report } = this.setup;
    const clientRef = mapping.fields.client!;
    const clientText = cellText(row[clientRef.column]).trim();
    // The label of a totals row stands under the names, or under the numbers when they come first.
    const numberRef = mapping.fields.clientNumber;
    const label = clientText === '' && numberRef ? cellText(row[numberRef.column]).trim() : clientText;
    if (isTotalLabel(label)) {
      report('totalRowSkipped', 'warning', { row: sheetRow, column: label === clientText ? clientRef.header : numberRef!.header, text: label });
      this.sums.restart();
      return;
    }
    if (this.count === this.capacity) this.grow();
    const at = this.count;
    this.pending.length = 0;
    const leftOut = this.readNumbers(row, at, sheetRow);
    if (!leftOut && this.sums.isTotal(at)) {
      const revenueRef = mapping.fields.revenue!;
      report('sumRowSkipped', 'warning', { row: sheetRow, column: revenueRef.header, text: clientText || cellText(row[revenueRef.column]) });
      this.sums.restart();
      return;
    }
    if (clientText === '') {
      report('clientMissing', 'error', { row: sheetRow, column: clientRef.header });
      return;
    }
    this.anyDataRow = true;
    for (const args of this.pending) report(...args);
    const contract = this.readContract(row, sheetRow);
    this.readExtras(row, at);
    if (leftOut) return;
    this.sums.add(at);
    const first = this.duplicates.add(clientText, sheetRow);
    if (first !== undefined) report('duplicateClient', 'warning', { row: sheetRow, column: clientRef.header, text: clientText, other: first });
    this.columns.row[at] = sheetRow;
    this.columns.client[at] = clientText;
    if (this.columns.clientNumber) this.columns.clientNumber[at] = cellText(row[mapping.fields.clientNumber!.column]).trim();
    this.columns.contract[at] = contract;
    this.count++;
  }

  finish(): TableColumns {
    return trimColumns(this.columns, this.count);
  }

  /** Every number field's cell of the row into position `at`; true when the row must be left out. */
  private readNumbers(row: readonly CellValue[], at: number, sheetRow: number): boolean {
    let leftOut = false;
    for (let c = 0; c < this.numbers.length; c++) {
      const column = this.numbers[c]!;
      const cell = row[column.ref.column];
      // Read first: nearly every cell is a number, and a blank or a lone dash is never one.
      const value = cell === null || cell === undefined ? null : column.read(cell, column.notation);
      if (value === null) {
        if (this.unreadable(column, cell, sheetRow)) leftOut = true;
        column.values[at] = 0;
        continue;
      }
      let accepted = value.value * column.ref.scale;
      if (column.ref.subtract) accepted -= this.subtrahend(row, column);
      const checked = this.checked(column, accepted, value.percent, cell, sheetRow);
      if (checked === null) leftOut = true;
      column.values[at] = checked ?? accepted;
    }
    return leftOut;
  }

  /** A blank, dash or unreadable cell: reported (when the row is a client); true when the row must be left out. */
  private unreadable(column: NumberColumn, cell: CellValue, sheetRow: number): boolean {
    const required = column.field === 'revenue';
    const header = column.ref.header;
    if (isBlank(cell) || (typeof cell === 'string' && isDash(cell))) {
      if (required) this.pending.push(['revenueMissing', 'error', { row: sheetRow, column: header }]);
      return required;
    }
    this.pending.push(['notANumber', required ? 'error' : 'warning', {
      row: sheetRow,
      column: header,
      text: cellText(cell),
      expected: translate(EXPECTED, this.setup.language, column.kind),
      consequence: translate(CONSEQUENCES, this.setup.language, required ? 'rowLeftOut' : 'countsAsZero'),
    }]);
    return required;
  }

  /** The other column of a difference (billable hours, the payment term), 0 where blank or unreadable. */
  private subtrahend(row: readonly CellValue[], column: NumberColumn): number {
    const cell = row[column.ref.subtract!.column];
    const value = cell === null || cell === undefined ? null : column.read(cell, column.notation);
    return value === null ? 0 : value.value * column.ref.scale;
  }

  /** The value as the field takes it; `null` when it leaves the row out (a negative count or hours). */
  private checked(column: NumberColumn, accepted: number, percent: boolean, cell: CellValue, sheetRow: number): number | null {
    // Built only for a problem: this runs on every cell.
    const params = (): ProblemParams => ({ row: sheetRow, column: column.ref.header, text: cellText(cell) });
    if (column.nonNegative && accepted < 0) {
      this.pending.push(['negativeNotAllowed', 'error', { ...params(), expected: translate(EXPECTED, this.setup.language, column.kind) }]);
      return null;
    }
    if (column.kind === 'fraction') {
      // A bare 12 in a discount column means 12 %: a discount of 1 200 % does not exist.
      const fraction = !percent && accepted > 1 && accepted <= 100 ? accepted / 100 : accepted;
      if (fraction >= 0 && fraction <= 1) return fraction;
      this.pending.push(['fractionOutOfRange', 'warning', params()]);
      return 0;
    }
    if (column.kind === 'score' && (accepted < 1 || accepted > 5)) {
      this.pending.push(['scoreOutOfRange', 'warning', params()]);
      return 0;
    }
    return accepted;
  }

  private readContract(row: readonly CellValue[], sheetRow: number): number {
    const ref = this.setup.mapping.fields.contract;
    if (!ref) return -1;
    const cell = row[ref.column];
    if (isBlank(cell)) return -1;
    const flag = readBoolean(cell);
    if (flag === null) this.setup.report('notABoolean', 'warning', { row: sheetRow, column: ref.header, text: cellText(cell) });
    return flag === null ? -1 : flag ? 1 : 0;
  }

  private readExtras(row: readonly CellValue[], at: number): void {
    for (const { ref, notation, values } of this.extras) {
      const cell = row[ref.column];
      const value = isBlank(cell) ? null : readNumber(cell, notation);
      values[at] = value === null ? NaN : value.value;
    }
  }

  /** More room for clients than the hint gave: every column twice as long, and the references to them renewed. */
  private grow(): void {
    this.capacity *= 2;
    const larger = grownColumns(this.columns, this.count, this.capacity);
    for (const entry of this.numbers) entry.values = larger.values[entry.field];
    for (const entry of this.extras) {
      const values = new Float64Array(this.capacity).fill(NaN);
      values.set(entry.values);
      entry.values = values;
    }
    larger.extra = this.extras.map(({ ref, values }) => ({ header: ref.header, values }));
    this.columns = larger;
  }
}
