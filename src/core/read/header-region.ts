/**
 * The header region of a table: the lines above the header (title, company, report name, period, `Mandant …`),
 * which are context and never header text; an optional group-header row (cells over some columns only, above
 * the real header: `Omzet` over `2024`, `2025`); and the header row itself.
 */
import type { Field } from '../fields.js';
import type { CellValue } from '../types.js';
import { cellText, hasContent, isBlank, looksLikeNumber } from './cells.js';
import { periodOfHeader } from '../headers.js';
import { CONFIDENCE_SCORE, meaningOf } from './meaning.js';

export type HeaderRegion = {
  /** 0-based index of the first header row. */
  index: number;
  /** 2 when a group header stands above the real one. */
  rows: 1 | 2;
  /** The header text per column (a group's text joined with the cell below it). */
  headers: string[];
  /** The header row's own cell texts (the lower row of a two-row header), for a hand mapping by exact text. */
  cells: string[];
  /** The non-empty lines above the header, each as its cells' texts joined by a space, top first. */
  context: string[];
};

/** How well a row serves as the header: fields named (client and revenue most), minus cells that look like data. */
export function headerScore(headers: readonly string[]): number {
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
  else if (headers.some((h) => h !== '' && (periodOfHeader(h) !== null || meaningOf(h).amount === 'generic'))) {
    // Period columns (`Q1 2025 … Totaal`, `2024/25`) or a generic amount (`Betrag`, `Total`) may be the revenue.
    score += 8;
    // A report layout whose first header cell is empty over the names (QuickBooks' `,Total`).
    if (headers[0] === '' && fields.size === 0) score += 3;
  }
  return score;
}

/**
 * In a table of two or more columns, a header names at least two of them, or is the report layout with an empty
 * first cell over the names and one amount beside it: a title line (`Sales by Customer Summary`, one cell in
 * column A) is never the header. A table of one column has a one-cell header.
 */
function canBeHeader(headers: readonly string[], wide: boolean): boolean {
  const filled = headers.filter((h) => h !== '').length;
  return filled >= 2 || (filled === 1 && (headers[0] === '' || !wide));
}

const isYear = (cell: CellValue): boolean =>
  (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1900 && cell <= 2100) ||
  (typeof cell === 'string' && /^\s*(fy|gj)?\s?(19|20)\d{2}\s*$/i.test(cell));

/** Filled cells of a row. */
const filledCount = (row: readonly CellValue[]): number => row.reduce<number>((n, cell) => (isBlank(cell) ? n : n + 1), 0);

/**
 * A second header row under a group header: "Omzet" over two columns, "2024" and "2025" below it. Its cells are
 * texts or years, never amounts. A line with one filled cell (a title, a date range, `Mandant 12345`) is context,
 * never a group: its text would otherwise be glued to the first header (`01/01/2025 - 12/31/2025 Client`).
 */
export function subHeaderOf(
  top: readonly CellValue[],
  below: readonly CellValue[] | undefined,
  next?: readonly CellValue[],
): string[] | null {
  if (!Array.isArray(below) || filledCount(top) < 2) return null;
  const filled = below.filter((cell) => !isBlank(cell));
  if (filled.length === 0) return null;
  if (!filled.every((cell) => isYear(cell) || (typeof cell === 'string' && !looksLikeNumber(cell)))) return null;
  if (Array.isArray(next) && continuesAsData(top, below, next)) return null;
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

const isWord = (cell: CellValue | undefined): boolean => typeof cell === 'string' && cell.trim() !== '' && !looksLikeNumber(cell) && !isYear(cell);

/**
 * The first data row can look like a year row: `Klant A | 1900` under `Klant | Omzet`. It is data where a column
 * with its own header holds a word in this row and words again in the next one (client names going on), while a
 * year sits under a header of its own rather than a group: a unit row (`(EUR)`, `Bedrag`) has amounts below it.
 */
function continuesAsData(top: readonly CellValue[], below: readonly CellValue[], next: readonly CellValue[]): boolean {
  let wordsGoOn = false;
  for (let c = 0; c < below.length; c++) {
    if (isYear(below[c]!) && isBlank(top[c] ?? null)) return false;
    if (isWord(below[c]) && !isBlank(top[c] ?? null) && isWord(next[c])) wordsGoOn = true;
  }
  return wordsGoOn;
}

const rowTexts = (row: readonly CellValue[]): string[] => row.map((cell) => (typeof cell === 'string' ? cell.trim() : ''));

/** Finds the header among the first 50 rows: the best-scoring row, or pair of rows under a group header. */
export function findHeader(rows: readonly (readonly CellValue[])[]): HeaderRegion | null {
  let best: { index: number; rows: 1 | 2; headers: string[]; score: number } | null = null;
  const limit = Math.min(rows.length, 50);
  let wide = false;
  for (let r = 0; r < limit && !wide; r++) wide = Array.isArray(rows[r]) && filledCount(rows[r]!) >= 2;
  for (let r = 0; r < limit; r++) {
    const row = rows[r];
    if (!Array.isArray(row) || !hasContent(row)) continue;
    const headers = rowTexts(row);
    const score = canBeHeader(headers, wide) ? headerScore(headers) : 0;
    if (score >= 11 && (!best || score > best.score)) best = { index: r, rows: 1, headers, score };
    // A sub-header row (years or units under a group) belongs to this header where the pair reads better than
    // the lower row alone: "Omzet 2024" over "2024" does, a title over a complete header does not.
    const combined = subHeaderOf(row, rows[r + 1], rows[r + 2]);
    if (!combined) continue;
    const combinedScore = headerScore(combined);
    const lowerScore = headerScore(rowTexts(rows[r + 1]!));
    if (combinedScore >= 11 && combinedScore > lowerScore && (!best || best.index === r || combinedScore > best.score)) {
      best = { index: r, rows: 2, headers: combined, score: Math.max(combinedScore, score) + 0.5 };
    }
  }
  if (!best) return null;
  return { index: best.index, rows: best.rows, headers: best.headers, cells: rowTexts(rows[best.index + best.rows - 1] ?? []), context: contextAbove(rows, best.index) };
}

/** A header row the user named: its cells as they are, with the lines above as context. */
export function givenHeader(rows: readonly (readonly CellValue[])[], index: number): HeaderRegion {
  const row = Array.isArray(rows[index]) ? rows[index]! : [];
  const headers = row.map((cell: CellValue) => cellText(cell).trim());
  return { index, rows: 1, headers, cells: headers, context: contextAbove(rows, index) };
}

/** The non-empty lines above the header, as text. */
export function contextAbove(rows: readonly (readonly CellValue[])[], index: number): string[] {
  const lines: string[] = [];
  for (let r = 0; r < index; r++) {
    const row = rows[r];
    if (!Array.isArray(row) || !hasContent(row)) continue;
    // A merged title cell arrives in every cell it spans: its text once.
    const texts = row.map((cell) => cellText(cell).trim()).filter((t, i, all) => t !== '' && t !== all[i - 1]);
    lines.push(texts.join(' '));
  }
  return lines;
}

const DATE = String.raw`(?:\d{1,4}[-./]\d{1,2}[-./]\d{1,4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})`;
const PERIOD_LINE = new RegExp(String.raw`${DATE}\s*(?:-|–|—|t/m|tot en met|bis|to|until|through)\s*${DATE}`, 'u');

/** The period a context line names (`01/01/2025 - 12/31/2025`, `1 januari 2025 t/m 31 december 2025`), as written. */
export function periodOfContext(context: readonly string[]): string | null {
  for (const line of context) {
    const match = PERIOD_LINE.exec(line);
    if (match) return match[0];
  }
  return null;
}
