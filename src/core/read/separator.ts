/**
 * The separator of a CSV file, chosen by consistency: the one that splits the most lines in a row into the same
 * number of fields. Exports often open with title lines ("Omzet per relatie, 2025", "Bedrijf BV") above the
 * table, so the first line alone says little: its comma is no separator, and a title without any separator says
 * nothing at all. Pure TypeScript (no Node, no DOM): it runs in the CLI, the add-in and Apps Script alike.
 */

/** The candidates in the order a tie is settled: Dutch and German Excel write `;`, because `,` is their decimal comma. */
const SEPARATORS = [';', ',', '\t'] as const;

/** How well a separator splits the sample: its best field count (≥ 2) and how consistently it occurs. */
type Score = { run: number; lines: number; fields: number };

const NO_SCORE: Score = { run: 0, lines: 0, fields: 0 };

/**
 * The separators `;`, `,` and tab, most plausible first; always all three, so a caller whose table does not read
 * can try the next. Plausible means: in the first `maxLines` non-empty lines, the longest run of consecutive
 * lines with the same number of fields (≥ 2) — that run is the table. Ties go to more lines with that count, then
 * to more fields, then to `;` before `,` before tab. A separator that never splits a line comes last.
 */
export function separatorCandidates(text: string, maxLines = 50): string[] {
  const scored = SEPARATORS.map((separator) => ({ separator, score: scoreOf(fieldCounts(text, separator, maxLines)) }));
  // Array.prototype.sort is stable, so equal scores keep the `;`, `,`, tab order.
  return scored.sort((a, b) => compareScores(b.score, a.score)).map((entry) => entry.separator);
}

/** The most plausible separator of a CSV text (`;` when nothing tells: the Dutch/German Excel default). */
export function detectSeparator(text: string): string {
  return separatorCandidates(text)[0]!;
}

/** Positive when `a` is the better score. */
function compareScores(a: Score, b: Score): number {
  return a.run - b.run || a.lines - b.lines || a.fields - b.fields;
}

/**
 * The best score among the field counts of the lines, one count per line in file order. A line of one field
 * (a title, a note) is evidence for no count, and it ends a run: otherwise title lines that happen to hold one
 * comma would join up with data rows holding one decimal comma across the header, and outvote the real table.
 */
function scoreOf(counts: number[]): Score {
  const lines = new Map<number, number>();
  const runs = new Map<number, number>();
  let run = 0;
  let previous = 0;
  for (const count of counts) {
    run = count === previous ? run + 1 : 1;
    previous = count;
    if (count < 2) continue;
    lines.set(count, (lines.get(count) ?? 0) + 1);
    runs.set(count, Math.max(runs.get(count) ?? 0, run));
  }
  let best = NO_SCORE;
  for (const [fields, total] of lines) {
    const score = { run: runs.get(fields)!, lines: total, fields };
    if (compareScores(score, best) > 0) best = score;
  }
  return best;
}

/**
 * The number of fields of each of the first `maxLines` non-empty lines of `text` split on `separator`, read as
 * Excel and Papa Parse read CSV: a field that opens with `"` runs to the closing quote (`""` is a quote inside
 * it) and may hold separators and line breaks; a quote elsewhere is a plain character. CR, LF and CRLF all end a
 * line; a BOM at the start is skipped. A line that is one blank field is empty and not counted. Only counts are
 * kept, no field text: this runs three times over the start of every CSV read.
 */
function fieldCounts(text: string, separator: string, maxLines: number): number[] {
  const counts: number[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let fields = 1;
  let blank = true;
  let fieldStart = true;
  while (i < text.length && counts.length < maxLines) {
    const ch = text[i]!;
    if (fieldStart && ch === '"') {
      i = closingQuote(text, i + 1) + 1;
      blank = false;
      fieldStart = false;
      continue;
    }
    fieldStart = false;
    if (ch === separator) {
      fields++;
      fieldStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (fields > 1 || !blank) counts.push(fields);
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields = 1;
      blank = true;
      fieldStart = true;
    } else if (blank && ch.trim() !== '') blank = false;
    i++;
  }
  if (counts.length < maxLines && (fields > 1 || !blank)) counts.push(fields);
  return counts;
}

/** The index of the quote that closes a quoted field whose text starts at `from` (the text's length if none). */
function closingQuote(text: string, from: number): number {
  let i = from;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return text.length;
    if (text[quote + 1] !== '"') return quote;
    i = quote + 2;
  }
}
