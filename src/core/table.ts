/**
 * Reading a client table (DOMAIN.md §1) from a 2-D array of cell values as hosts deliver them.
 *
 * `readClientTable(cells, options) → { columns, records, problems, mapping }`: finds the header row (not necessarily row
 * 1), maps columns by Dutch, German and English headers and synonyms, parses numbers typed as text, skips empty
 * and total rows, and reports every problem with row, column, the text found and what was expected. It never
 * throws and never changes the cells it was given.
 */
import { FIELD_KIND, NON_NEGATIVE_FIELDS, NUMERIC_FIELDS, type Field, type FieldKind, type NumericField } from './fields.js';
import { type HeaderMeaning, interpretHeader, normaliseHeader, normaliseWords } from './headers.js';
import { type Catalogue, formatMoney, translate } from './i18n.js';
import { CONSEQUENCES, EXPECTED, FIELD_LABELS, HEADER_EXAMPLES, MISSING_FIELD_CONSEQUENCES, type MissingFieldId, problemMessage } from './messages.js';
import { DEFAULT_SETTINGS } from './settings.js';
import { type Notation, notationEvidence, parseNumberText, MAX_MAGNITUDE } from './numbers.js';
import type {
  CellValue,
  ClientRecord,
  ColumnMapping,
  ColumnReason,
  ColumnRef,
  ColumnUse,
  Confidence,
  ExtraDriver,
  FieldMatch,
  Language,
  Problem,
  ProblemId,
  Settings,
  TableColumns,
  TableRead,
} from './types.js';

export { normaliseHeader };

/** The field a header names on its own (no table around it), or `null`. */
export function fieldForHeader(header: string): Field | null {
  return interpretHeader(header).field;
}

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

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value);
}

function isBlank(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  // Blank means nothing but white space; a text whose first character is not white space is not (no trim needed:
  // this runs on every cell of a large list).
  return value.length === 0 || (isSpaceCode(value.charCodeAt(0)) && value.trim() === '');
}

/** A character `String.prototype.trim` removes (ECMAScript's WhiteSpace and LineTerminator). */
function isSpaceCode(code: number): boolean {
  return code <= 32 || code === 160 || (code >= 5760 && (code === 5760 || (code >= 8192 && code <= 8202) || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279));
}

/** A row with any cell that is not blank. */
function hasContent(row: readonly CellValue[]): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlank(row[i])) return true;
  return false;
}

const meaningCache = new Map<string, HeaderMeaning>();
/** `interpretHeader`, remembered: header rows are scanned cell by cell over the first 50 rows. */
function meaningOf(header: string): HeaderMeaning {
  let meaning = meaningCache.get(header);
  if (!meaning) {
    meaning = interpretHeader(header);
    if (meaningCache.size > 5000) meaningCache.clear();
    meaningCache.set(header, meaning);
  }
  return meaning;
}

const CONFIDENCE_SCORE: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

/** How well a row serves as the header: fields named (client and revenue most), minus cells that look like data. */
function headerScore(headers: readonly string[]): number {
  const fields = new Set<Field>();
  let score = 0;
  for (const header of headers) {
    if (header === '' || looksLikeNumber(header)) continue;
    const meaning = meaningOf(header);
    if (meaning.field && !fields.has(meaning.field)) {
      fields.add(meaning.field);
      score += CONFIDENCE_SCORE[meaning.confidence];
    }
  }
  if (fields.has('client')) score += 10;
  if (fields.has('revenue')) score += 10;
  return score;
}

function looksLikeNumber(text: string): boolean {
  return parseNumberText(text, 'nl').ok || parseNumberText(text, 'en').ok;
}

const isYear = (cell: CellValue): boolean =>
  (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1900 && cell <= 2100) ||
  (typeof cell === 'string' && /^\s*(fy|gj)?\s?(19|20)\d{2}\s*$/i.test(cell));

/**
 * A second header row under a merged group header: "Omzet" over two columns, "2024" and "2025" below it. Its cells
 * are texts or years, never amounts, and the row below it holds data.
 */
function subHeaderOf(top: readonly CellValue[], below: readonly CellValue[] | undefined): string[] | null {
  if (!Array.isArray(below)) return null;
  const filled = below.filter((cell) => !isBlank(cell));
  if (filled.length === 0) return null;
  if (!filled.every((cell) => isYear(cell) || (typeof cell === 'string' && !looksLikeNumber(cell)))) return null;
  const width = Math.max(top.length, below.length);
  let carried = '';
  const headers: string[] = [];
  let merged = false;
  for (let c = 0; c < width; c++) {
    const upper = cellText(top[c]).trim();
    const lower = cellText(below[c]).trim();
    if (upper !== '') carried = upper;
    else if (lower !== '' && carried !== '') merged = true;
    const group = upper !== '' ? upper : lower !== '' ? carried : '';
    headers.push([group, lower].filter((t) => t !== '').join(' '));
  }
  // Only a real group (a merged cell carried over, or a year/unit row) makes two rows one header.
  return merged || filled.some(isYear) ? headers : null;
}

/** Finds the header row among the first 50: the best-scoring row, or pair of rows under a merged group header. */
function findHeader(rows: readonly (readonly CellValue[])[]): { index: number; rows: 1 | 2; headers: string[] } | null {
  let best: { index: number; rows: 1 | 2; headers: string[]; score: number } | null = null;
  const limit = Math.min(rows.length, 50);
  for (let r = 0; r < limit; r++) {
    const row = rows[r];
    if (!Array.isArray(row) || !hasContent(row)) continue;
    const headers = row.map((cell) => (typeof cell === 'string' ? cell.trim() : ''));
    const score = headerScore(headers);
    if (score >= 11 && (!best || score > best.score)) best = { index: r, rows: 1, headers, score };
    // A sub-header row (years or units under a group) belongs to this header even where the joined headers score
    // a little lower ("Tijd uren" is less plain than "Tijd"): read alone, it would be a client without a name.
    const combined = subHeaderOf(row, rows[r + 1]);
    if (combined) {
      const combinedScore = headerScore(combined);
      if (combinedScore >= 11 && (!best || best.index === r || combinedScore > best.score)) {
        best = { index: r, rows: 2, headers: combined, score: Math.max(combinedScore, score) + 0.5 };
      }
    }
  }
  return best ? { index: best.index, rows: best.rows, headers: best.headers } : null;
}

/** Parses "C" or "AB" as a 0-based column index; `null` for anything else. */
function columnIndexOf(letters: string): number | null {
  if (!/^[A-Z]{1,3}$/.test(letters)) return null;
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

type Candidate = { column: number; meaning: HeaderMeaning; score: number };

type Chosen = {
  fields: ColumnMapping['fields'];
  reasons: ColumnReason[];
  ambiguous: Field[];
  notes: { id: ProblemId; column: number; other?: number; field?: Field }[];
};

/**
 * Chooses a column per field from the headers' meanings and what the columns hold: a field that needs numbers is
 * never fed by a column of text; `incl. btw` only when nothing without VAT exists; the newest year is this
 * period (and the year before it the previous period, when no column says so); other fields follow the year of
 * revenue. Two equally good candidates are an ambiguity, reported and left for the user to settle.
 */
function chooseColumns(headers: readonly string[], numeric: readonly (boolean | null)[]): Chosen {
  const meanings = headers.map((header) => meaningOf(header));
  const reasons: ColumnReason[] = meanings.map((m, c) =>
    m.field ? 'header' : m.reason === 'unrecognised' && numeric[c] === false ? 'text' : m.reason,
  );
  const byField = new Map<Field, Candidate[]>();
  meanings.forEach((meaning, column) => {
    if (!meaning.field) return;
    // A column of text never feeds a number field, unless its header leaves no doubt (then every cell that is
    // not a number is reported, rather than the column dropped).
    const needsNumbers = meaning.field !== 'client' && meaning.field !== 'contract';
    if (needsNumbers && numeric[column] === false && meaning.confidence !== 'high') {
      reasons[column] = 'text';
      return;
    }
    const list = byField.get(meaning.field) ?? [];
    list.push({ column, meaning, score: CONFIDENCE_SCORE[meaning.confidence] + meaning.rank });
    byField.set(meaning.field, list);
  });
  const notes: Chosen['notes'] = [];
  const fields: ColumnMapping['fields'] = {};
  const ambiguous: Field[] = [];
  const order = (a: Candidate, b: Candidate): number => b.score - a.score || a.column - b.column;

  // Revenue first: VAT, then years.
  let periodYear: number | null = null;
  const revenue = byField.get('revenue') ?? [];
  if (revenue.length > 0) {
    const withoutVat = revenue.filter((c) => c.meaning.vat !== 'incl');
    if (withoutVat.length > 0) {
      for (const c of revenue) if (c.meaning.vat === 'incl') reasons[c.column] = 'inclVat';
      byField.set('revenue', withoutVat);
    } else {
      notes.push({ id: 'revenueInclVat', column: [...revenue].sort(order)[0]!.column });
    }
    const years = [...new Set((byField.get('revenue') ?? []).map((c) => c.meaning.year).filter((y): y is number => y !== null))].sort((a, b) => b - a);
    if (years.length >= 2) {
      periodYear = years[0]!;
      if (!byField.has('previousRevenue')) {
        const previous = (byField.get('revenue') ?? []).filter((c) => c.meaning.year === years[1]);
        byField.set('previousRevenue', previous.map((c) => ({ ...c, score: c.score - 0.5 })));
      }
    } else if (years.length === 1) {
      periodYear = years[0]!;
    }
  }
  for (const [field, list] of byField) {
    let candidates = list;
    if (periodYear !== null && field !== 'previousRevenue') {
      const years = candidates.map((c) => c.meaning.year);
      if (years.some((y) => y !== null)) {
        // This period's year, else no year, else the newest.
        const same = candidates.filter((c) => c.meaning.year === periodYear);
        const none = candidates.filter((c) => c.meaning.year === null);
        const keep = same.length > 0 ? same : none.length > 0 ? none : candidates.filter((c) => c.meaning.year === Math.max(...years.map((y) => y ?? 0)));
        for (const c of candidates) {
          if (!keep.includes(c) && reasons[c.column] === 'header') reasons[c.column] = c.meaning.year !== null && c.meaning.year < periodYear ? 'olderYear' : 'otherChosen';
        }
        candidates = keep;
      }
    } else if (field !== 'previousRevenue' && field !== 'revenue') {
      const years = candidates.map((c) => c.meaning.year).filter((y): y is number => y !== null);
      if (years.length >= 2) {
        const newest = Math.max(...years);
        const keep = candidates.filter((c) => c.meaning.year === newest || c.meaning.year === null);
        for (const c of candidates) if (!keep.includes(c)) reasons[c.column] = 'olderYear';
        candidates = keep;
      }
    }
    const sorted = [...candidates].sort(order);
    const winner = sorted[0];
    if (!winner) continue;
    const runnerUp = sorted[1];
    if (runnerUp && Math.abs(runnerUp.score - winner.score) < 0.25) {
      ambiguous.push(field);
      notes.push({ id: 'columnAmbiguous', column: winner.column, other: runnerUp.column, field });
    }
    fields[field] = {
      column: winner.column,
      header: headers[winner.column]!,
      letter: columnLetter(winner.column),
      confidence: winner.meaning.confidence,
      reason: 'header',
      scale: winner.meaning.scale,
      candidates: sorted.slice(1).map((c) => ({ column: c.column, header: headers[c.column]! })),
    };
  }
  // A column feeds one field: the previous period's revenue never takes this period's column.
  for (const [field, match] of Object.entries(fields) as [Field, NonNullable<ColumnMapping['fields'][Field]>][]) {
    if (field !== 'revenue' && fields.revenue?.column === match.column) delete fields[field];
  }
  for (const list of byField.values()) {
    for (const c of list) {
      const used = Object.values(fields).some((match) => match?.column === c.column);
      if (!used && reasons[c.column] === 'header') reasons[c.column] = 'otherChosen';
    }
  }
  return { fields, reasons, ambiguous, notes };
}

type Reporter = (id: ProblemId, severity: Problem['severity'], params: {
  row?: number | null;
  column?: string | null;
  text?: string | null;
  expected?: string;
  consequence?: string;
  other?: number;
}) => void;

/**
 * The rest of a table that arrives row by row (a CSV as it is parsed, issue 11): `feed(read)` calls `read` with
 * every row after the ones given as `cells`, in order, before it returns. `sizeHint`: about how many rows will
 * come (the columns are sized for it; they grow if it is short).
 */
export type TableRest = { feed: (read: (row: readonly CellValue[]) => void) => void; sizeHint?: number };

/** Rows a streamed table is read from before its header, columns and notations are settled: a host passes these as `cells`. */
export const HEAD_ROWS = 5000;

/**
 * Reads the table. Never throws: anything unexpected becomes a problem (an error thrown by `rest.feed` itself
 * passes through). With `rest`, the header, the columns and their notations are settled from `cells`, the first
 * rows (`HEAD_ROWS` of them, or all there are), and every later row is read as it comes and not kept.
 */
export function readClientTable(cells: readonly (readonly CellValue[])[], options: ReadOptions = {}, rest?: TableRest): TableRead {
  const language = options.language ?? 'nl';
  const rowOffset = options.rowOffset ?? 0;
  const problems: Problem[] = [];
  const report: Reporter = (id, severity, params) => {
    problems.push({
      id,
      severity,
      row: params.row ?? null,
      column: params.column ?? null,
      text: params.text ?? null,
      message: problemMessage(language, id, {
        row: params.row ?? '',
        column: params.column ?? '',
        text: params.text ?? '',
        expected: params.expected ?? '',
        consequence: params.consequence ?? '',
        other: params.other ?? '',
      }),
    });
  };
  const mapping: ColumnMapping = { headerRow: null, headerRows: 1, fields: {}, columns: [], unused: [], extra: [], manual: [], ambiguous: [] };
  const rows = Array.isArray(cells) ? cells : [];
  // The head settles the header, the columns and their notations, for a table given whole or streamed alike: a
  // host that streams passes just these rows as `cells`, and both read the same table the same way.
  const headRows = Math.max(1, options.headRows ?? HEAD_ROWS);
  const head = rows.length > headRows ? rows.slice(0, headRows) : rows;
  const anyContent = head.some((row) => Array.isArray(row) && hasContent(row));
  if (!anyContent) {
    report('emptyTable', 'error', {});
    return tableRead(emptyColumns(), problems, mapping);
  }

  let headerIndex: number;
  let headers: string[];
  const givenHeader = options.headerRow !== undefined ? options.headerRow - 1 - rowOffset : -1;
  if (givenHeader >= 0 && givenHeader < head.length) {
    headerIndex = givenHeader;
    headers = (Array.isArray(head[headerIndex]) ? head[headerIndex]! : []).map((cell: CellValue) => cellText(cell).trim());
  } else {
    const found = findHeader(head);
    if (!found && !options.mapping) {
      report('noHeaderRow', 'error', {});
      return tableRead(emptyColumns(), problems, mapping);
    }
    headerIndex = found ? found.index : 0;
    mapping.headerRows = found?.rows ?? 1;
    headers = found ? found.headers : (Array.isArray(head[0]) ? head[0]! : []).map((cell) => cellText(cell).trim());
  }
  mapping.headerRow = headerIndex + 1 + rowOffset;
  const firstDataIndex = headerIndex + mapping.headerRows;
  const dataRows = rows.slice(firstDataIndex);
  const headData = head.slice(firstDataIndex);
  const rowNumber = (index: number): number => firstDataIndex + 1 + index + rowOffset;
  const width = Math.max(headers.length, ...headData.slice(0, 200).map((row) => (Array.isArray(row) ? row.length : 0)));
  while (headers.length < width) headers.push('');

  // What each column holds, from a sample: numbers (or numbers typed as text), text, or nothing.
  const numeric: (boolean | null)[] = headers.map((_, column) => {
    let numbers = 0;
    let filled = 0;
    for (let i = 0; i < headData.length && filled < 200; i++) {
      const row = headData[i];
      const cell = Array.isArray(row) ? row[column] : undefined;
      if (isBlank(cell)) continue;
      filled++;
      if (typeof cell === 'number' || (typeof cell === 'string' && (looksLikeNumber(cell) || isDash(cell)))) numbers++;
    }
    return filled === 0 ? null : numbers >= filled * 0.6;
  });

  const chosen = chooseColumns(headers, numeric);
  mapping.fields = chosen.fields;
  mapping.ambiguous = chosen.ambiguous;
  const reasons = chosen.reasons;
  const label = (column: number): string => headers[column] || columnLetter(column);
  for (const note of chosen.notes) if (note.id !== 'columnAmbiguous') report(note.id, 'warning', { column: label(note.column) });

  // Hand mapping overrides detection: a header text, a column letter or an index; null: no column.
  for (const [field, target] of Object.entries(options.mapping ?? {}) as [Field, string | number | null][]) {
    if (target === null || target === '') {
      const previous = mapping.fields[field];
      if (previous) reasons[previous.column] = 'otherChosen';
      delete mapping.fields[field];
      mapping.manual.push(field);
      mapping.ambiguous = mapping.ambiguous.filter((f) => f !== field);
      continue;
    }
    let column: number;
    if (typeof target === 'number') {
      column = Number.isInteger(target) && target >= 0 && target < Math.max(headers.length, 1) ? target : -1;
    } else {
      column = headers.findIndex((header) => header === target);
      if (column < 0) column = headers.findIndex((header) => header.toLowerCase() === target.trim().toLowerCase());
      if (column < 0) {
        const letter = columnIndexOf(target.trim().toUpperCase());
        if (letter !== null && letter < headers.length && target.trim().length <= 3) column = letter;
      }
      if (column < 0) column = headers.findIndex((header) => normaliseHeader(header) !== '' && normaliseHeader(header) === normaliseHeader(target));
    }
    if (column < 0) {
      report('unknownMappedColumn', 'error', { column: String(target) });
      continue;
    }
    for (const [other, ref] of Object.entries(mapping.fields) as [Field, FieldMatch][]) {
      if (ref.column === column && other !== field) delete mapping.fields[other];
    }
    const previous = mapping.fields[field];
    if (previous && previous.column !== column) reasons[previous.column] = 'otherChosen';
    const meaning = meaningOf(headers[column] ?? '');
    mapping.fields[field] = {
      column,
      header: label(column),
      letter: columnLetter(column),
      confidence: 'high',
      reason: 'manual',
      scale: field === 'hours' && meaning.field === 'hours' ? meaning.scale : 1,
      candidates: [],
    };
    mapping.manual.push(field);
    mapping.ambiguous = mapping.ambiguous.filter((f) => f !== field);
  }
  // A doubt is said only where the user has not settled it by hand.
  for (const note of chosen.notes) {
    if (note.id !== 'columnAmbiguous' || !note.field || !mapping.ambiguous.includes(note.field)) continue;
    report('columnAmbiguous', 'warning', {
      column: label(note.column),
      text: label(note.other!),
      expected: translate(FIELD_LABELS, language, note.field),
    });
  }

  // Every column: what it fed, or why not.
  const fieldAt = new Map<number, Field>();
  for (const [field, match] of Object.entries(mapping.fields) as [Field, FieldMatch][]) fieldAt.set(match.column, field);
  mapping.columns = headers.map((header, column): ColumnUse => {
    const field = fieldAt.get(column) ?? null;
    const match = field ? mapping.fields[field] : undefined;
    let reason: ColumnReason = match ? match.reason : reasons[column]!;
    if (!match && reason === 'header') reason = 'otherChosen';
    if (!match && header === '' && numeric[column] === null) reason = 'empty';
    return { column, header: label(column), letter: columnLetter(column), field, reason, numeric: numeric[column] === true };
  });
  mapping.unused = mapping.columns.filter((use) => use.field === null && use.numeric);
  mapping.extra = mapping.unused.map((use) => ({ column: use.column, header: use.header }));

  for (const required of ['client', 'revenue'] as const) {
    if (!mapping.fields[required]) {
      report('requiredColumnMissing', 'error', {
        column: translate(FIELD_LABELS, language, required),
        expected: translate(HEADER_EXAMPLES, language, required),
      });
    }
  }
  if (!mapping.fields.client || !mapping.fields.revenue) return tableRead(emptyColumns(), problems, mapping);

  // Number notation per column: its own values, else the table's other columns, else the file, else the locale.
  const evidence = new Map<number, { notation: Notation | null; ambiguous: string | null }>();
  const numberColumns = [
    ...NUMERIC_FIELDS.map((field) => mapping.fields[field]?.column).filter((c): c is number => c !== undefined),
    ...mapping.extra.map((ref) => ref.column),
  ];
  for (const column of numberColumns) {
    const texts: string[] = [];
    for (const row of headData) {
      const cell = Array.isArray(row) ? row[column] : undefined;
      if (typeof cell === 'string' && cell.trim() !== '') texts.push(cell);
      if (texts.length >= 1000) break;
    }
    evidence.set(column, notationEvidence(texts));
  }
  let continental = 0;
  let english = 0;
  for (const { notation } of evidence.values()) {
    if (notation === 'en') english++;
    else if (notation !== null) continental++;
  }
  const headerLanguages = headers.map((h) => meaningOf(h).language).filter((l) => l !== null);
  const headerNotation: Notation | null =
    headerLanguages.length === 0 ? null
      : headerLanguages.every((l) => l === 'en') ? 'en'
        : headerLanguages.every((l) => l !== 'en') ? (headerLanguages.includes('de') ? 'de' : 'nl') : null;
  // A workbook's own notation (a host passes it) outranks the file's and the headers' evidence; the user's
  // language is the last resort, and the result says when it decided.
  const tableNotation: Notation | null =
    continental > english ? (options.notation === 'de' || options.notationHint === 'de' || headerNotation === 'de' ? 'de' : 'nl')
      : english > continental ? 'en'
        : options.notation ?? options.notationHint ?? headerNotation ?? null;
  const fallbackNotation: Notation = language === 'en' ? 'en' : language;
  const notationOf = (column: number): Notation => {
    const own = evidence.get(column);
    if (own?.notation) return own.notation;
    if (tableNotation) return tableNotation;
    if (own?.ambiguous) {
      report('notationAssumed', 'warning', {
        column: label(column),
        text: own.ambiguous,
        expected: translate(NOTATION_NAMES, language, fallbackNotation),
      });
    }
    return fallbackNotation;
  };

  // The columns are sized for every data row; a left-out row's values are overwritten by the next client's.
  let capacity = Math.max(dataRows.length, rest?.sizeHint ?? 0, 16);
  let columns = newColumns(capacity);
  const numericColumns: { field: NumericField; ref: FieldMatch; notation: Notation; kind: FieldKind; nonNegative: boolean; values: Float64Array; expected: () => string }[] = [];
  for (const field of NUMERIC_FIELDS) {
    const ref = mapping.fields[field];
    const kind = FIELD_KIND[field];
    if (ref) {
      numericColumns.push({
        field, ref, notation: notationOf(ref.column), kind, nonNegative: NON_NEGATIVE_FIELDS.has(field), values: columns.values[field],
        expected: () => translate(EXPECTED, language, kind),
      });
    }
  }
  const pending: Parameters<Reporter>[] = [];
  const later: Reporter = (id, severity, params) => {
    pending.push([id, severity, params]);
  };
  const extraColumns = mapping.extra.map((ref) => ({ ref, notation: notationOf(ref.column), values: new Float64Array(capacity).fill(NaN) }));
  columns.extra = extraColumns.map(({ ref, values }) => ({ header: ref.header, values }));
  const clientRef = mapping.fields.client;
  const contractRef = mapping.fields.contract;
  const revenueRef = mapping.fields.revenue;

  let count = 0;
  // Name hash → column position of the first client with it; name as compared → sheet row, for repeated hashes.
  const byHash = new Map<number, number>();
  const byKey = new Map<string, number>();
  let anyDataRow = false;
  // Running sums since the start and since the last total row, to recognise a totals row by its values.
  const sumColumns = numericColumns.filter(({ field }) => FIELD_KIND[field] === 'money' || FIELD_KIND[field] === 'hours' || FIELD_KIND[field] === 'count');
  const sinceStart = new Float64Array(sumColumns.length);
  const sinceTotal = new Float64Array(sumColumns.length);
  let rowsSinceStart = 0;
  let rowsSinceTotal = 0;
  let revenueValues = columns.values.revenue;
  // More room for clients than the hint gave: every column twice as long, and the references to them renewed.
  const grow = (): void => {
    capacity *= 2;
    const larger = newColumns(capacity);
    for (const field of NUMERIC_FIELDS) larger.values[field].set(columns.values[field]);
    larger.row.set(columns.row);
    larger.contract.set(columns.contract);
    for (let i = 0; i < count; i++) larger.client[i] = columns.client[i]!;
    for (const entry of numericColumns) entry.values = larger.values[entry.field];
    for (const entry of extraColumns) {
      const values = new Float64Array(capacity).fill(NaN);
      values.set(entry.values);
      entry.values = values;
    }
    larger.extra = extraColumns.map(({ ref, values }) => ({ header: ref.header, values }));
    revenueValues = larger.values.revenue;
    columns = larger;
  };
  const readRow = (given: readonly CellValue[] | undefined, index: number): void => {
    const row: readonly CellValue[] = Array.isArray(given) ? given : [];
    if (!hasContent(row)) return;
    const sheetRow = rowNumber(index);
    const clientCell = row[clientRef.column];
    const clientText = cellText(clientCell).trim();
    if (isTotalLabel(clientText)) {
      report('totalRowSkipped', 'warning', { row: sheetRow, column: clientRef.header, text: clientText });
      sinceTotal.fill(0);
      rowsSinceTotal = 0;
      return;
    }

    let leftOut = false;
    // This row's values go to position `count`; they stay only if the row turns out to be a client.
    if (count === capacity) grow();
    const at = count;
    // A row's cell problems wait until the row is known to be a client (a totals row reports only itself).
    pending.length = 0;
    for (let c = 0; c < numericColumns.length; c++) {
      const { field, ref, notation, kind, nonNegative, values, expected } = numericColumns[c]!;
      const cell = row[ref.column];
      // Read first: nearly every cell is a number, and a blank or a lone dash is never one.
      const value = cell === null || cell === undefined ? null : readNumber(cell, notation);
      if (value === null && (isBlank(cell) || (typeof cell === 'string' && isDash(cell)))) {
        if (field === 'revenue') {
          later('revenueMissing', 'error', { row: sheetRow, column: ref.header });
          leftOut = true;
        }
        values[at] = 0;
        continue;
      }
      if (value === null) {
        const required = field === 'revenue';
        later('notANumber', required ? 'error' : 'warning', {
          row: sheetRow,
          column: ref.header,
          text: cellText(cell),
          expected: expected(),
          consequence: translate(CONSEQUENCES, language, required ? 'rowLeftOut' : 'countsAsZero'),
        });
        if (required) leftOut = true;
        values[at] = 0;
        continue;
      }
      let accepted = value.value * ref.scale;
      if (nonNegative && accepted < 0) {
        later('negativeNotAllowed', 'error', { row: sheetRow, column: ref.header, text: cellText(cell), expected: expected() });
        leftOut = true;
      } else if (kind === 'fraction') {
        // A bare 12 in a discount column means 12 %: a discount of 1 200 % does not exist.
        if (!value.percent && accepted > 1 && accepted <= 100) accepted /= 100;
        if (accepted < 0 || accepted > 1) {
          later('fractionOutOfRange', 'warning', { row: sheetRow, column: ref.header, text: cellText(cell) });
          accepted = 0;
        }
      } else if (kind === 'score' && (accepted < 1 || accepted > 5)) {
        later('scoreOutOfRange', 'warning', { row: sheetRow, column: ref.header, text: cellText(cell) });
        accepted = 0;
      }
      values[at] = accepted;
    }

    // A totals row: its values are the sums of the rows above (since the start or the last total).
    if (!leftOut && (isSumRow(at, revenueValues, sumColumns, sinceStart, rowsSinceStart) || isSumRow(at, revenueValues, sumColumns, sinceTotal, rowsSinceTotal))) {
      report('sumRowSkipped', 'warning', { row: sheetRow, column: revenueRef.header, text: clientText || cellText(row[revenueRef.column]) });
      sinceTotal.fill(0);
      rowsSinceTotal = 0;
      return;
    }
    if (clientText === '') {
      report('clientMissing', 'error', { row: sheetRow, column: clientRef.header });
      return;
    }
    anyDataRow = true;
    for (const args of pending) report(...args);
    let contract = -1;
    if (contractRef) {
      const cell = row[contractRef.column];
      if (!isBlank(cell)) {
        const flag = readBoolean(cell);
        if (flag === null) report('notABoolean', 'warning', { row: sheetRow, column: contractRef.header, text: cellText(cell) });
        else contract = flag ? 1 : 0;
      }
    }
    for (const { ref, notation, values } of extraColumns) {
      const cell = row[ref.column];
      if (isBlank(cell)) {
        values[at] = NaN;
        continue;
      }
      const value = readNumber(cell, notation);
      values[at] = value === null ? NaN : value.value;
    }
    if (leftOut) return;
    for (let i = 0; i < sumColumns.length; i++) {
      const value = sumColumns[i]!.values[at]!;
      sinceStart[i] = sinceStart[i]! + value;
      sinceTotal[i] = sinceTotal[i]! + value;
    }
    rowsSinceStart++;
    rowsSinceTotal++;
    // Duplicates by a number first: hashing every name is cheap, and only names whose hash was seen before are
    // compared as text (a Map of 200 000 new strings cost a third of reading them).
    const hash = nameHash(clientText);
    const firstWithHash = byHash.get(hash);
    if (firstWithHash === undefined) {
      byHash.set(hash, at);
    } else {
      const firstKey = nameKey(columns.client[firstWithHash]!);
      if (!byKey.has(firstKey)) byKey.set(firstKey, columns.row[firstWithHash]!);
      const key = nameKey(clientText);
      const first = byKey.get(key);
      if (first !== undefined) report('duplicateClient', 'warning', { row: sheetRow, column: clientRef.header, text: clientText, other: first });
      else byKey.set(key, sheetRow);
    }
    columns.row[at] = sheetRow;
    columns.client[at] = clientText;
    columns.contract[at] = contract;
    count++;
    };
  for (let index = 0; index < dataRows.length; index++) readRow(dataRows[index], index);
  if (rest) {
    let index = dataRows.length;
    rest.feed((row) => readRow(row, index++));
  }
  if (!anyDataRow) report('noDataRows', 'error', { row: mapping.headerRow });
  return tableRead(trimColumns(columns, count), problems, mapping);
}

/** A client name as the duplicate check compares it: lower case (without a locale's rules), white space runs as one space. */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ');
}

/**
 * A 32-bit hash (FNV-1a) of `nameKey(name)`: equal keys, equal hashes. An all-ASCII name is hashed as it is read,
 * folding A–Z to a–z and a run of ASCII white space to one space, which is what `nameKey` makes of it.
 */
function nameHash(name: string): number {
  let hash = 0x811c9dc5;
  let space = false;
  for (let i = 0; i < name.length; i++) {
    let code = name.charCodeAt(i);
    if (code > 127) return keyHash(nameKey(name));
    if (code === 32 || (code >= 9 && code <= 13)) {
      if (space) continue;
      space = true;
      code = 32;
    } else {
      space = false;
      if (code >= 65 && code <= 90) code += 32;
    }
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash;
}

function keyHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash;
}
const DASH = /^[-\u2013\u2014]$/;
/** A lone dash (`-`, `–`, `—`): an accountant's way of writing nothing. */
const isDash = (text: string): boolean => DASH.test(text.trim());

function newColumns(capacity: number): TableColumns {
  const values = {} as Record<NumericField, Float64Array>;
  for (const field of NUMERIC_FIELDS) values[field] = new Float64Array(capacity);
  return { count: 0, row: new Uint32Array(capacity), client: new Array<string>(capacity), contract: new Int8Array(capacity), values, extra: [] };
}

const emptyColumns = (): TableColumns => newColumns(0);

/** The first `count` clients: views of the filled part (no copy). */
function trimColumns(columns: TableColumns, count: number): TableColumns {
  const values = {} as Record<NumericField, Float64Array>;
  for (const field of NUMERIC_FIELDS) values[field] = columns.values[field].subarray(0, count);
  columns.client.length = count;
  return {
    count,
    row: columns.row.subarray(0, count),
    client: columns.client,
    contract: columns.contract.subarray(0, count),
    values,
    extra: columns.extra.map(({ header, values: column }) => ({ header, values: column.subarray(0, count) })),
  };
}

/** The result, with `records` made from the columns when first read. */
function tableRead(columns: TableColumns, problems: Problem[], mapping: ColumnMapping): TableRead {
  let records: ClientRecord[] | null = null;
  return {
    get records(): ClientRecord[] {
      return (records ??= recordsOf(columns));
    },
    columns,
    problems,
    mapping,
  };
}

/** One plain record per client, as `readClientTable` returned them before columns (issue 11). */
function recordsOf(columns: TableColumns): ClientRecord[] {
  const records: ClientRecord[] = new Array(columns.count);
  const v = columns.values;
  for (let i = 0; i < columns.count; i++) {
    const record = newRecord(columns.row[i]!, columns.client[i]!);
    const contract = columns.contract[i]!;
    record.contract = contract < 0 ? null : contract === 1;
    for (const field of NUMERIC_FIELDS) record[field] = v[field][i]!;
    for (const { header, values } of columns.extra) {
      const value = values[i]!;
      if (!Number.isNaN(value)) record.extra[header] = value;
    }
    records[i] = record;
  }
  return records;
}

/** A record with every field present from the start: one object shape for all rows, which V8 keeps fast. */
function newRecord(row: number, client: string): ClientRecord {
  return {
    row, client, contract: null, extra: {},
    revenue: 0, directCosts: 0, hours: 0, calls: 0, emails: 0, correctionRounds: 0, visits: 0, orders: 0, invoices: 0,
    freeShipments: 0, discountPct: 0, daysLate: 0, reminders: 0, previousRevenue: 0, referralRevenue: 0, potential: 0,
    relationship: 0, unbilledHours: 0,
  };
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

const NOTATION_NAMES: Catalogue<Notation> = {
  nl: { nl: 'de Nederlandse notatie (1.500 = duizendvijfhonderd)', de: 'de Duitse notatie (1.500 = duizendvijfhonderd)', en: 'de Engelse notatie (1.500 = anderhalf)' },
  en: { nl: 'Dutch notation (1.500 = one thousand five hundred)', de: 'German notation (1.500 = one thousand five hundred)', en: 'English notation (1.500 = one and a half)' },
  de: { nl: 'niederländischer Schreibweise (1.500 = eintausendfünfhundert)', de: 'deutscher Schreibweise (1.500 = eintausendfünfhundert)', en: 'englischer Schreibweise (1.500 = eineinhalb)' },
};
/** A cell as a number: numbers as they are (finite, within range), text parsed; booleans and dates are not numbers. */
function readNumber(cell: CellValue, notation: Notation): { value: number; percent: boolean } | null {
  if (typeof cell === 'number') {
    return Number.isFinite(cell) && Math.abs(cell) <= MAX_MAGNITUDE ? { value: cell === 0 ? 0 : cell, percent: false } : null;
  }
  if (typeof cell === 'string') {
    const parsed = parseNumberText(cell, notation);
    return parsed.ok ? { value: parsed.value, percent: parsed.percent } : null;
  }
  return null;
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', 'wahr', '1', 'x', '✓', '✔', 'v']);
const NO = new Set(['nee', 'n', 'no', 'false', 'onwaar', 'nein', 'falsch', '0', '-', '✗']);

function readBoolean(cell: CellValue): boolean | null {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : null;
  const text = cellText(cell).trim().toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return null;
}

/** Spreadsheet column letters for a 0-based index: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let letters = '';
  let n = index + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Binds extra cost drivers to the table: a driver on a recognised column (by its header) is pointed at the
 * field, so `analyse` finds it; a driver whose column does not exist is reported and dropped.
 */
export function bindDrivers(
  drivers: readonly ExtraDriver[],
  mapping: ColumnMapping,
  language: Language = 'nl',
): { drivers: ExtraDriver[]; problems: Problem[] } {
  const bound: ExtraDriver[] = [];
  const problems: Problem[] = [];
  for (const driver of drivers) {
    const key = normaliseHeader(driver.column);
    const field = (Object.entries(mapping.fields) as [Field, ColumnRef][]).find(
      ([name, ref]) => name === driver.column || normaliseHeader(ref.header) === key,
    );
    if (field && field[0] !== 'client' && field[0] !== 'contract') {
      bound.push({ ...driver, column: field[0] });
      continue;
    }
    const extra = mapping.extra.find((ref) => ref.header === driver.column || normaliseHeader(ref.header) === key);
    if (extra) {
      bound.push({ ...driver, column: extra.header });
      continue;
    }
    problems.push({
      id: 'driverColumnMissing',
      severity: 'warning',
      row: null,
      column: driver.column,
      text: driver.label,
      message: problemMessage(language, 'driverColumnMissing', { column: driver.column, text: driver.label }),
    });
  }
  return { drivers: bound, problems };
}

/**
 * A field that the settings need but no column feeds (hours for the hourly return, visits for their € 400) is
 * said, never a silent 0 (issue 7): one warning per field, naming what is left out.
 */
export function missingFieldProblems(mapping: ColumnMapping, settingsInput: Partial<Settings>, language: Language = 'nl'): Problem[] {
  const settings = { ...DEFAULT_SETTINGS, ...settingsInput };
  const needed: [MissingFieldId, number | null][] = [
    ['hours', null],
    ['visits', settings.costPerVisit > 0 ? settings.costPerVisit : -1],
    ['orders', settings.costPerOrder > 0 ? settings.costPerOrder : -1],
    ['invoices', settings.costPerInvoice > 0 ? settings.costPerInvoice : -1],
    ['freeShipments', settings.costPerFreeShipment > 0 ? settings.costPerFreeShipment : -1],
    ['daysLate', null],
    ['discountPct', settings.discountTiers.length > 0 ? null : -1],
  ];
  const problems: Problem[] = [];
  for (const [field, cost] of needed) {
    if (cost === -1 || mapping.fields[field]) continue;
    const label = translate(FIELD_LABELS, language, field);
    const consequence = translate(MISSING_FIELD_CONSEQUENCES, language, field, { money: cost === null ? '' : formatMoney(cost, language) });
    problems.push({
      id: 'fieldMissing',
      severity: 'warning',
      row: null,
      column: label,
      text: null,
      message: problemMessage(language, 'fieldMissing', { expected: label, consequence, row: '', column: label, text: '', other: '' }),
    });
  }
  return problems;
}
