/**
 * The client table's signals wrap in their capped column (wide enough for most lists of signals on one line), and a
 * row is as high as its list needs. The advice's explanation, the last column, does not wrap: it runs on to the
 * right, so the rows keep one height (rows of two and three lines made every printed page of the table ragged);
 * it is read in its cell or on the conversation sheets, and is left out of print (print.ts). Excel and Sheets grow wrapped rows themselves; a file opened or printed
 * in LibreOffice does not, so the height is computed here, per row, when a writer makes the row.
 */
import type { ClientTable } from './model.js';
import type { ReportContext } from './context.js';
import type { ClientSection } from './sections/clients.js';
import type { SheetWriter } from './writer.js';

/** Points per line of 11-point text. */
const LINE_HEIGHT = 15;

/** The client rows on demand, with their heights; styles the wrapped columns and the rows' vertical alignment. */
export function lazyClientTable(w: SheetWriter, ctx: ReportContext, section: ClientSection, widths: readonly number[]): ClientTable {
  const { col } = ctx;
  const wrapped = ['signals'].map((id) => ({ column: col[id]!, width: widths[col[id]!]! }));
  for (const { column } of wrapped) w.style(section.first, column, section.last, column, { wrap: true, vertical: 'top' });
  const table: ClientTable = {
    first: section.first,
    count: ctx.clients.count,
    row: section.row,
    height: (line) => {
      let lines = 1;
      for (const { column, width } of wrapped) {
        const text = line[column];
        if (typeof text === 'string') lines = Math.max(lines, wrappedLines(text, width));
      }
      return lines > 1 ? LINE_HEIGHT * lines + 2 : 0;
    },
  };
  w.style(section.first, 0, section.last, col.adviceText! - 1, { vertical: 'top' });
  return table;
}

/** Lines the client table's wrapped header needs (its tallest label in its column). */
export function headerLines(labels: readonly string[], widths: readonly number[]): number {
  let lines = 1;
  labels.forEach((text, c) => { lines = Math.max(lines, wrappedLines(text, widths[c]!)); });
  return lines;
}

/**
 * Lines a text needs when wrapped at words in a column `width` characters wide. A width counts digits; letters of
 * running text are narrower (measured on the demo's render: about 1,2 letters per digit width), less the margins.
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width * 1.2) - 3);
  // Words and the single spaces between them take at most the text's length: a short text is one line.
  if (text.length <= room) return 1;
  let lines = 1;
  let used = 0;
  // The words as `text.split(/\s+/)` cuts them, by their lengths, without making them (a client row's sentence
  // is measured once per row written: 200 000 splits were a tenth of a second and their garbage).
  for (let i = 0; i < text.length; ) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const start = i;
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
    const length = i - start;
    if (length === 0) continue;
    const need = used === 0 ? length : used + 1 + length;
    if (need <= room) used = need;
    else {
      lines += used === 0 ? 0 : 1;
      used = length;
      while (used > room) {
        lines += 1;
        used -= room;
      }
    }
  }
  return lines;
}

/** What `\s` matches in a regular expression (ECMAScript's WhiteSpace and LineTerminator). */
function isSpace(code: number): boolean {
  if (code > 32 && code < 0xa0) return false; // nearly every character: printable ASCII
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
