/**
 * What a table is: its header row, the kind of export (docs/DEFINITIONS.md §1b's table of sources) and the column
 * of each field, from its first rows. A client list is recognised by the client-list reader itself
 * (`readClientTable`), so "a client list" means here exactly what it means for the analysis.
 */
import { columnIndexOf } from '../a1.js';
import { readClientTable } from '../read/index.js';
import { cellText } from '../read/cells.js';
import type { CellValue } from '../types.js';
import { contactTypeOf, headerCandidates, headerLanguageOf, KIND_FIELDS } from './columns.js';
import type { SourceChoice, SourceColumn, SourceField, SourceKind, SourceRecognition } from './types.js';

/** Rows searched for the header: report exports put a title, a period and blank lines above it. */
const HEADER_SEARCH_ROWS = 30;
/** Rows whose values confirm a column's meaning (contact types, Shopify's `#1001` order names). */
const VALUE_ROWS = 200;

type ExportKind = Exclude<SourceKind, 'clientList'>;
const EXPORT_KINDS: readonly ExportKind[] = ['invoices', 'orders', 'timeEntries', 'contacts'];

function headerRowOf(cells: readonly (readonly CellValue[])[]): number {
  let best = -1;
  let bestCount = 1;
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, cells.length); r++) {
    let count = 0;
    for (const cell of cells[r] ?? []) if (typeof cell === 'string' && headerCandidates(cell).length > 0) count++;
    if (count > bestCount) {
      best = r;
      bestCount = count;
    }
  }
  return best;
}

function columnValues(cells: readonly (readonly CellValue[])[], headerRow: number, column: number): string[] {
  const texts: string[] = [];
  for (let r = headerRow + 1; r < Math.min(cells.length, headerRow + 1 + VALUE_ROWS); r++) {
    const text = cellText(cells[r]?.[column]).trim();
    if (text) texts.push(text);
  }
  return texts;
}

/** Values that confirm what a header alone leaves open. */
function valuesFit(field: SourceField, texts: readonly string[]): boolean {
  if (texts.length === 0) return true;
  if (field === 'contactType') return texts.filter((t) => contactTypeOf(t) !== null).length >= texts.length / 2;
  return true;
}

function columnsFor(kind: ExportKind, headers: readonly string[], cells: readonly (readonly CellValue[])[], headerRow: number): SourceColumn[] {
  const uses = new Set(KIND_FIELDS[kind].uses);
  const taken = new Set<SourceField>();
  const columns: SourceColumn[] = [];
  headers.forEach((header, column) => {
    for (const candidate of headerCandidates(header)) {
      if (!uses.has(candidate.field) || taken.has(candidate.field)) continue;
      if (!valuesFit(candidate.field, columnValues(cells, headerRow, column))) continue;
      taken.add(candidate.field);
      columns.push({ column, header, field: candidate.field, reason: 'header', ...(candidate.field === 'duration' ? { unit: candidate.unit ?? 'hours' } : {}) });
      break;
    }
  });
  return columns;
}

function missingFor(kind: ExportKind, columns: readonly SourceColumn[]): SourceField[] {
  const present = new Set(columns.map((c) => c.field));
  return KIND_FIELDS[kind].needs.filter((group) => !group.some((f) => present.has(f))).map((group) => group[0]!);
}

function scoreOf(kind: ExportKind, columns: readonly SourceColumn[]): number {
  if (missingFor(kind, columns).length > 0) return 0;
  const present = new Set(columns.map((c) => c.field));
  const evidence = KIND_FIELDS[kind].evidence.filter((f) => present.has(f)).length;
  // Time entries need a date to be told from a client list with an hours column.
  if (kind === 'timeEntries' && !present.has('date') && !present.has('startDate')) return 0;
  if (evidence === 0) return 0;
  return 0.5 + 0.5 * Math.min(1, evidence / 4);
}

/** A hand mapping applied on top of the recognised columns: a header text, a column letter or a 0-based index. */
function withMapping(columns: SourceColumn[], headers: readonly string[], mapping: SourceChoice['mapping']): SourceColumn[] {
  if (!mapping) return columns;
  let result = columns;
  for (const [field, target] of Object.entries(mapping) as [SourceField, string | number | null | undefined][]) {
    if (target === undefined) continue;
    result = result.filter((c) => c.field !== field);
    if (target === null) continue;
    let column = typeof target === 'number' ? target : headers.findIndex((h) => h.trim().toLowerCase() === target.trim().toLowerCase());
    if (column < 0 && typeof target === 'string' && /^[A-Za-z]{1,3}$/.test(target)) column = columnIndexOf(target.toUpperCase()) ?? -1;
    if (column < 0 || column >= headers.length) continue;
    result = result.filter((c) => c.column !== column);
    const unit = field === 'duration' ? (headerCandidates(headers[column]!).find((c) => c.field === 'duration')?.unit ?? 'hours') : undefined;
    result.push({ column, header: headers[column]!, field, reason: 'manual', ...(unit ? { unit } : {}) });
  }
  return result.sort((a, b) => a.column - b.column);
}

/**
 * Recognises a table from its first rows (`cells`). `choice` is the user's: a kind, a hand mapping. A table that is
 * none of the kinds gives `kind: null` and says in `missing` what the closest kind lacks.
 */
export function recogniseSource(cells: readonly (readonly CellValue[])[], choice: SourceChoice = {}): SourceRecognition {
  const headerIndex = headerRowOf(cells);
  const headers = headerIndex >= 0 ? (cells[headerIndex] ?? []).map((c) => cellText(c).trim()) : [];
  const headerLanguage = headerLanguageOf(headers);
  const byKind = EXPORT_KINDS.map((kind) => {
    const columns = withMapping(columnsFor(kind, headers, cells, headerIndex), headers, choice.kind === kind ? choice.mapping : undefined);
    return { kind, columns, score: scoreOf(kind, columns) };
  });
  const asList = readClientTable(cells.slice(0, VALUE_ROWS + HEADER_SEARCH_ROWS));
  const listScore = asList.mapping.fields.client && asList.mapping.fields.revenue ? 0.6 : 0;
  const scores: { kind: SourceKind; score: number }[] = [...byKind.map(({ kind, score }) => ({ kind, score })), { kind: 'clientList' as const, score: listScore }];
  scores.sort((a, b) => b.score - a.score);
  const chosen: SourceKind | null = choice.kind ?? (scores[0]!.score > 0 ? scores[0]!.kind : null);
  if (chosen === 'clientList') {
    const headerRow = asList.mapping.headerRow;
    const listHeaders = headerRow ? (cells[headerRow - 1] ?? []).map((c) => cellText(c).trim()) : headers;
    return { kind: 'clientList', headerRow, columns: [], headers: listHeaders, scores, headerLanguage: headerLanguageOf(listHeaders), missing: listScore > 0 ? [] : ['client'] };
  }
  const best = chosen ? byKind.find((k) => k.kind === chosen)! : byKind.reduce((a, b) => (columnsScore(b) > columnsScore(a) ? b : a));
  const missing = missingFor(best.kind, best.columns);
  return {
    kind: chosen && missing.length === 0 ? chosen : null,
    headerRow: headerIndex >= 0 ? headerIndex + 1 : null,
    columns: best.columns,
    headers,
    scores,
    headerLanguage,
    missing,
    ...(chosen && missing.length === 0 ? {} : { closest: best.kind }),
  };
}

/** For a table that fits no kind: the kind it comes closest to (most of its needs met), to say what it lacks. */
function columnsScore(k: { kind: ExportKind; columns: SourceColumn[] }): number {
  return KIND_FIELDS[k.kind].needs.length - missingFor(k.kind, k.columns).length + k.columns.length / 100;
}
