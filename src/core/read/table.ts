/**
 * Reading a client table (docs/DEFINITIONS.md §1) from a 2-D array of cell values as hosts deliver them.
 *
 * `readClientTable(cells, options) → { columns, records, problems, mapping }` composes the reader's parts: the
 * header region (header-region.ts: context lines above it, a group header), what the columns hold (sample.ts),
 * the column choice (choose.ts), a hand mapping (hand-mapping.ts), the columns' notations (notation.ts) and the
 * rows into columns (rows.ts). It never throws and never changes the cells it was given.
 */
import { columnLetter } from '../a1.js';
import type { Field } from '../fields.js';
import { translate } from '../i18n.js';
import { FIELD_LABELS, HEADER_EXAMPLES, NOTATION_NAMES } from '../messages.js';
import type { Notation } from '../numbers.js';
import type { CellValue, ColumnMapping, ColumnReason, ColumnUse, FieldMatch, Language, Problem, TableRead } from '../types.js';
import { hasContent } from './cells.js';
import { chooseColumns } from './choose.js';
import { applyHandMapping } from './hand-mapping.js';
import { findHeader, givenHeader, type HeaderRegion, periodOfContext } from './header-region.js';
import { columnNotations } from './notation.js';
import { type Reporter, reporterInto } from './report.js';
import { RowReader } from './rows.js';
import { type ColumnSample, sampleColumns } from './sample.js';
import { emptyColumns, tableRead } from './store.js';
import { describeFailure } from './why.js';

export type ReadOptions = {
  /** Language of the messages. Default `nl`. */
  language?: Language;
  /**
   * The user's or the sheet's number notation. It decides only what a column's own values, the table's other
   * columns and the file (`hint`) leave ambiguous, like `1.234`; the result says when it did.
   */
  notation?: Notation;
  /** Evidence from the file: a `;`-separated CSV is continental (`nl`), a `,`-separated one English. */
  notationHint?: Notation;
  /** The separator a CSV was split on, to say in a message when no client table is found. */
  separator?: string;
  /**
   * Hand mapping: a field to a header text, a column letter (`"C"`) or a 0-based column index; `null` leaves the
   * field without a column. Overrides detection.
   */
  mapping?: Partial<Record<Field, string | number | null>>;
  /** 1-based header row, when the user says which it is. */
  headerRow?: number;
  /** Sheet row number of `cells[0]` minus one (a host that read a range starting at row 5 passes 4). */
  rowOffset?: number;
  /** How many first rows settle the header, the columns and their notations (default `HEAD_ROWS`; tests). */
  headRows?: number;
};

/**
 * The rest of a table that arrives row by row (a CSV as it is parsed): `feed(read)` calls `read` with every row
 * after the ones given as `cells`, in order, before it returns. `sizeHint`: about how many rows will come (the
 * columns are sized for it; they grow if it is short).
 */
export type TableRest = { feed: (read: (row: readonly CellValue[]) => void) => void; sizeHint?: number };

/** Rows a streamed table is read from before its header, columns and notations are settled: a host passes these as `cells`. */
export const HEAD_ROWS = 5000;

const newMapping = (): ColumnMapping => ({ headerRow: null, headerRows: 1, fields: {}, columns: [], unused: [], extra: [], manual: [], ambiguous: [] });

/**
 * Reads the table. Never throws: anything unexpected becomes a problem (an error thrown by `rest.feed` itself
 * passes through). With `rest`, the header, the columns and their notations are settled from `cells`, the first
 * rows (`HEAD_ROWS` of them, or all there are), and every later row is read as it comes and not kept.
 */
export function readClientTable(cells: readonly (readonly CellValue[])[], options: ReadOptions = {}, rest?: TableRest): TableRead {
  const language = options.language ?? 'nl';
  const rowOffset = options.rowOffset ?? 0;
  const problems: Problem[] = [];
  const report = reporterInto(problems, language);
  const mapping = newMapping();
  const rows = Array.isArray(cells) ? cells : [];
  // The head settles the header, the columns and their notations, for a table given whole or streamed alike.
  const head = rows.slice(0, Math.max(1, options.headRows ?? HEAD_ROWS));
  if (!head.some((row) => Array.isArray(row) && hasContent(row))) {
    report('emptyTable', 'error', {});
    return tableRead(emptyColumns(), problems, mapping);
  }
  const region = headerRegion(head, options, rowOffset);
  if (!region) {
    report('noHeaderRow', 'error', {});
    describeFailure(head, null, [], options, report);
    return tableRead(emptyColumns(), problems, mapping);
  }
  mapping.headerRow = region.index + 1 + rowOffset;
  mapping.headerRows = region.rows;
  if (region.context.length > 0) mapping.context = region.context;
  const period = periodOfContext(region.context);
  if (period) mapping.period = period;
  const firstData = region.index + region.rows;
  const headData = head.slice(firstData);
  const width = Math.max(region.headers.length, ...headData.slice(0, 200).map((row) => (Array.isArray(row) ? row.length : 0)));
  const headers = [...region.headers, ...Array<string>(Math.max(0, width - region.headers.length)).fill('')];
  const samples = sampleColumns(headData, width);
  const reasons = settleFields(mapping, { ...region, headers }, samples, options, report);
  describeColumns(mapping, headers, samples, reasons);
  if (!requiredPresent(mapping, language, report)) {
    describeFailure(head, region, headers, options, report);
    return tableRead(emptyColumns(), problems, mapping);
  }
  const notations = columnNotations(headData, numberColumns(mapping), headers, { ...options, language });
  const reader = new RowReader({
    mapping, language, report,
    notationOf: notationReporter(notations, headers, language, report),
    capacity: Math.max(rows.length - firstData, rest?.sizeHint ?? 0, 16),
  });
  const rowNumber = (index: number): number => firstData + 1 + index + rowOffset;
  for (let index = firstData; index < rows.length; index++) reader.read(rows[index], rowNumber(index - firstData));
  if (rest) {
    let index = rows.length - firstData;
    rest.feed((row) => reader.read(row, rowNumber(index++)));
  }
  if (!reader.anyDataRow) report('noDataRows', 'error', { row: mapping.headerRow });
  return tableRead(reader.finish(), problems, mapping);
}

/** The header the user named, else the one found; a hand mapping without any header found reads the first row. */
function headerRegion(head: readonly (readonly CellValue[])[], options: ReadOptions, rowOffset: number): HeaderRegion | null {
  const given = options.headerRow !== undefined ? options.headerRow - 1 - rowOffset : -1;
  if (given >= 0 && given < head.length) return givenHeader(head, given);
  return findHeader(head) ?? (options.mapping ? givenHeader(head, 0) : null);
}

/** The detected fields, then the hand mapping over them; the doubts that remain said. Returns each column's reason. */
function settleFields(mapping: ColumnMapping, region: HeaderRegion, samples: readonly ColumnSample[], options: ReadOptions, report: Reporter): ColumnReason[] {
  const language = options.language ?? 'nl';
  const chosen = chooseColumns(region.headers, samples, region.context);
  mapping.fields = chosen.fields;
  mapping.ambiguous = chosen.ambiguous;
  const label = (column: number): string => region.headers[column] || columnLetter(column);
  for (const note of chosen.notes) if (note.id !== 'columnAmbiguous') report(note.id, 'warning', { column: label(note.column) });
  for (const unknown of applyHandMapping(mapping, options.mapping ?? {}, region, chosen.reasons)) report('unknownMappedColumn', 'error', { column: unknown });
  // A doubt is said only where the user has not settled it by hand.
  for (const note of chosen.notes) {
    if (note.id !== 'columnAmbiguous' || !note.field || !mapping.ambiguous.includes(note.field)) continue;
    report('columnAmbiguous', 'warning', { column: label(note.column), text: label(note.other!), expected: translate(FIELD_LABELS, language, note.field) });
  }
  return chosen.reasons;
}

/** Every column: what it fed, or why not; the numeric ones that feed nothing are the extra drivers' candidates. */
function describeColumns(mapping: ColumnMapping, headers: readonly string[], samples: readonly ColumnSample[], reasons: readonly ColumnReason[]): void {
  const fieldAt = new Map<number, Field>();
  for (const [field, match] of Object.entries(mapping.fields) as [Field, FieldMatch][]) {
    if (!(field === 'unbilledHours' && match.subtract) && !fieldAt.has(match.column)) fieldAt.set(match.column, field);
  }
  mapping.columns = headers.map((header, column): ColumnUse => {
    const field = fieldAt.get(column) ?? null;
    const match = field ? mapping.fields[field] : undefined;
    let reason: ColumnReason = match ? match.reason : reasons[column]!;
    if (!match && reason === 'header') reason = 'otherChosen';
    if (!match && header === '' && samples[column]?.numeric === null) reason = 'empty';
    const label = header || columnLetter(column);
    return { column, header: label, letter: columnLetter(column), field, reason, numeric: samples[column]?.numeric === true };
  });
  const subtracted = new Set(Object.values(mapping.fields).map((m) => m!.subtract?.column));
  mapping.unused = mapping.columns.filter((use) => use.field === null && use.numeric && !subtracted.has(use.column));
  mapping.extra = mapping.unused.map((use) => ({ column: use.column, header: use.header }));
}

/** Client and revenue must have a column; each one missing is said with the headers that would do. */
function requiredPresent(mapping: ColumnMapping, language: Language, report: Reporter): boolean {
  for (const required of ['client', 'revenue'] as const) {
    if (mapping.fields[required]) continue;
    report('requiredColumnMissing', 'error', {
      column: translate(FIELD_LABELS, language, required),
      expected: translate(HEADER_EXAMPLES, language, required),
    });
  }
  return mapping.fields.client !== undefined && mapping.fields.revenue !== undefined;
}

function numberColumns(mapping: ColumnMapping): number[] {
  const columns = Object.entries(mapping.fields)
    .filter(([field]) => field !== 'client' && field !== 'clientNumber' && field !== 'contract')
    .map(([, match]) => match!.column);
  return [...columns, ...mapping.extra.map((ref) => ref.column)];
}

/** Each column's notation; where the user's language had to decide, it is said (once per column). */
function notationReporter(notations: ReturnType<typeof columnNotations>, headers: readonly string[], language: Language, report: Reporter): (column: number) => Notation {
  const said = new Set<number>();
  return (column) => {
    const { notation, assumed } = notations.of(column);
    if (assumed !== null && !said.has(column)) {
      said.add(column);
      report('notationAssumed', 'warning', { column: headers[column] || columnLetter(column), text: assumed, expected: translate(NOTATION_NAMES, language, notation) });
    }
    return notation;
  };
}
