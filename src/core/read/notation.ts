/**
 * The number notation of each column (whether `1.500` means 1500 or 1,5): its own values, else the table's other
 * columns, else the workbook's notation (a host passes it), else the file's (`;` CSV continental, `,` English),
 * else the headers' language; only then the user's language, and the caller says so (`notationAssumed`).
 */
import { type Notation, notationEvidence } from '../numbers.js';
import type { CellValue, Language } from '../types.js';
import { meaningOf } from './meaning.js';

export type ColumnNotations = {
  /** The notation to read a column with; `assumed` is the ambiguous text when the user's language decided. */
  of: (column: number) => { notation: Notation; assumed: string | null };
};

/** Samples up to 1 000 texts of each number column and settles their notations. */
export function columnNotations(
  rows: readonly (readonly CellValue[])[],
  columns: readonly number[],
  headers: readonly string[],
  given: { notation?: Notation; notationHint?: Notation; language: Language },
): ColumnNotations {
  const evidence = new Map<number, { notation: Notation | null; ambiguous: string | null }>();
  for (const column of columns) {
    const texts: string[] = [];
    for (const row of rows) {
      const cell = Array.isArray(row) ? row[column] : undefined;
      if (typeof cell === 'string' && cell.trim() !== '') texts.push(cell);
      if (texts.length >= 1000) break;
    }
    evidence.set(column, notationEvidence(texts));
  }
  const table = tableNotation([...evidence.values()].map((e) => e.notation), headerNotation(headers), given);
  const fallback: Notation = given.language === 'en' ? 'en' : given.language;
  return {
    of: (column) => {
      const own = evidence.get(column);
      if (own?.notation) return { notation: own.notation, assumed: null };
      if (table) return { notation: table, assumed: null };
      return { notation: fallback, assumed: own?.ambiguous ?? null };
    },
  };
}

/** The notation the headers' language suggests: English headers English, Dutch or German continental. */
function headerNotation(headers: readonly string[]): Notation | null {
  const languages = headers.map((h) => meaningOf(h).language).filter((l) => l !== null);
  if (languages.length === 0) return null;
  if (languages.every((l) => l === 'en')) return 'en';
  if (languages.every((l) => l !== 'en')) return languages.includes('de') ? 'de' : 'nl';
  return null;
}

/** The columns' majority; a tie falls to the workbook's notation, the file's and the headers'. */
function tableNotation(
  columns: readonly (Notation | null)[],
  fromHeaders: Notation | null,
  given: { notation?: Notation; notationHint?: Notation },
): Notation | null {
  const english = columns.filter((n) => n === 'en').length;
  const continental = columns.filter((n) => n !== null && n !== 'en').length;
  if (continental > english) return given.notation === 'de' || given.notationHint === 'de' || fromHeaders === 'de' ? 'de' : 'nl';
  if (english > continental) return 'en';
  return given.notation ?? given.notationHint ?? fromHeaders ?? null;
}
