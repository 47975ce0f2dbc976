/**
 * The worksheet's rows as XML, rendered straight to UTF-8 bytes with precomputed cell references and style ids.
 * The rows follow ExcelJS's row and cell XML (paint.ts's rules: which cells exist, merged cells, `t="str"` text),
 * and the style ids come from ExcelJS's `StylesXform`, asked in the same order as ExcelJS's writer asks it, so the
 * sheet is the one ExcelJS would write, cell for cell (test/hosts/xlsx/stream-writer.test.ts). ExcelJS's own row
 * objects, cell objects and XML builder cost most of the old writer's time and all of its garbage.
 */
import type StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform.js';
import excelUtils from 'exceljs/lib/utils/utils.js';
import { columnLetter, isFormula, isLazyReport, type AnyReportSheet, type Cell } from '../../core/index.js';
import { StyleSweep } from './paint.js';

const CHUNK = 1 << 20;
/** ExcelJS's `ValueType` codes (exceljs/lib/doc/enums.js), so that ExcelJS itself is loaded only to write. */
const T = { Null: 0, Merge: 1, Number: 2, String: 3, Boolean: 9 } as const;

export type Styles = InstanceType<typeof StylesXform>;

/** ExcelJS's cell type for a model cell (the type its writer passes to `addStyleModel`). */
function typeOf(cell: Cell): number {
  if (cell === null) return T.Null;
  if (isFormula(cell)) return cell.value === null || cell.value === undefined ? T.Null : typeof cell.value === 'string' ? T.String : T.Number;
  return typeof cell === 'number' ? T.Number : typeof cell === 'string' ? T.String : T.Boolean;
}

const encode = (text: string): string => excelUtils.xmlEncode(text);

/** One cell as ExcelJS's CellXform writes it (`r`, `s`, `t` in that order; text as `t="str"`), but for line breaks. */
function cellXml(ref: string, style: number, cell: Cell): string {
  const s = style ? ` s="${style}"` : '';
  if (cell === null) return `<c r="${ref}"${s}/>`;
  if (typeof cell === 'number') return `<c r="${ref}"${s}><v>${cell}</v></c>`;
  // Text with a line break (the pyramid's bands) as an inline string that keeps its whitespace: LibreOffice drops
  // the break of a `t="str"` value when it draws the cell. Everything else as ExcelJS writes it.
  if (typeof cell === 'string') {
    return cell.includes('\n')
      ? `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${encode(cell)}</t></is></c>`
      : `<c r="${ref}"${s} t="str"><v>${encode(cell)}</v></c>`;
  }
  if (typeof cell === 'boolean') return `<c r="${ref}"${s} t="b"><v>${cell ? 1 : 0}</v></c>`;
  const f = `<f>${encode(cell.formula)}</f>`;
  const result = cell.value;
  if (result === null || result === undefined) return `<c r="${ref}"${s}>${f}</c>`;
  if (typeof result === 'string') return `<c r="${ref}"${s} t="str">${f}<v>${encode(result)}</v></c>`;
  return `<c r="${ref}"${s}>${f}<v>${result}</v></c>`;
}

/**
 * Bytes of XML built in a reused buffer: ASCII pieces (tags, references, style attributes, numbers) are copied
 * byte by byte, text too when it is plain ASCII; only text that needs escaping or is not ASCII goes through
 * `Buffer.write`. A row's ~30 cells used to be ~150 short strings joined into a rope, flattened and encoded by
 * `Buffer.write`, and collected after: a third of the writer's time and most of its garbage.
 */
class Bytes {
  buffer: Buffer;
  used = 0;

  constructor(size: number) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  /** Room for `n` more bytes (growing keeps what is written). */
  room(n: number): void {
    if (this.used + n <= this.buffer.length) return;
    const larger = Buffer.allocUnsafe(Math.max(2 * this.buffer.length, this.used + n));
    this.buffer.copy(larger, 0, 0, this.used);
    this.buffer = larger;
  }

  /** Pre-encoded ASCII; the caller made room. */
  piece(bytes: Uint8Array): void {
    const b = this.buffer;
    let at = this.used;
    for (let i = 0; i < bytes.length; i++) b[at++] = bytes[i]!;
    this.used = at;
  }

  /** A string known to be ASCII (a number, a reference); makes its own room. */
  ascii(text: string): void {
    this.room(text.length);
    const b = this.buffer;
    let at = this.used;
    for (let i = 0; i < text.length; i++) b[at++] = text.charCodeAt(i);
    this.used = at;
  }

  /** Characters `from`…`to` (exclusive) of a string known to be ASCII; makes its own room. */
  asciiOf(text: string, from: number, to: number): void {
    this.room(to - from);
    const b = this.buffer;
    let at = this.used;
    for (let i = from; i < to; i++) b[at++] = text.charCodeAt(i);
    this.used = at;
  }

  /** Text as ExcelJS writes it (`xmlEncode`), in UTF-8; makes its own room. */
  text(text: string): void {
    // At most 6 bytes a UTF-16 unit (`&quot;`; a non-ASCII unit is at most 3).
    this.room(6 * text.length);
    const b = this.buffer;
    const start = this.used;
    let at = start;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // Plain ASCII that xmlEncode leaves alone: printable but " & ' < > (and DEL), and tab, line feed, return.
      if (code >= 0x7f || (code < 0x20 && code !== 9 && code !== 10 && code !== 13) || code === 34 || code === 38 || code === 39 || code === 60 || code === 62) {
        this.used = start + b.write(encode(text), start, 'utf8');
        return;
      }
      b[at++] = code;
    }
    this.used = at;
  }
}

const ascii = (text: string): Uint8Array => Buffer.from(text, 'latin1');
const END_VALUE = ascii('</v></c>');

/** Per row, the merged cells: the first cell of a merge (`master`) and the others (`slave`). */
function mergedCells(report: AnyReportSheet): Map<number, Map<number, 'master' | 'slave'>> {
  const merged = new Map<number, Map<number, 'master' | 'slave'>>();
  for (const m of report.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      let row = merged.get(r);
      if (!row) merged.set(r, (row = new Map()));
      for (let c = m.left; c <= m.right; c++) row.set(c, r === m.top && c === m.left ? 'master' : 'slave');
    }
  }
  return merged;
}

const styleAttribute = (id: number): string => (id ? `" s="${id}"` : '"');

/**
 * The pieces of a cell that do not change by row, made once: `<c r="X` per column, and after the reference, per
 * style id, what an empty cell, a number and a text continue with (`" s="7"/>`, `" s="7"><v>`, …).
 */
class CellPieces {
  private readonly opens: Uint8Array[] = [];
  private readonly empties: Uint8Array[] = [];
  private readonly numbers: Uint8Array[] = [];
  private readonly texts: Uint8Array[] = [];

  open(c: number): Uint8Array {
    return (this.opens[c] ??= ascii(`<c r="${columnLetter(c)}`));
  }

  empty(id: number): Uint8Array {
    return (this.empties[id] ??= ascii(`${styleAttribute(id)}/>`));
  }

  number(id: number): Uint8Array {
    return (this.numbers[id] ??= ascii(`${styleAttribute(id)}><v>`));
  }

  text(id: number): Uint8Array {
    return (this.texts[id] ??= ascii(`${styleAttribute(id)} t="str"><v>`));
  }
}

/** The cells of one row that exist: `count` of them, by column, with their style ids and values. */
type RowCells = { count: number; columns: number[]; ids: number[]; values: Cell[]; numbers: number[] };

/** The row's cells as XML into `into` (emptied first); `number` is the row's number as text. Drops the values. */
function renderCells(into: Bytes, pieces: CellPieces, number: string, row: RowCells): void {
  into.used = 0;
  const { count, columns: present, ids: idsHere, values: valuesHere, numbers } = row;
  // The row's numbers as text in one JSON.stringify: the same digits as String(x) (both write the shortest text
  // that reads back as the number; the numbers here are finite), and V8's serializer makes them about three times
  // faster than String() called per number, which was half of this loop.
  numbers.length = 0;
  for (let j = 0; j < count; j++) {
    const value = valuesHere[j];
    if (typeof value === 'number') numbers.push(value);
  }
  const numberText = numbers.length > 0 ? JSON.stringify(numbers) : '';
  let numberAt = 1;
  for (let j = 0; j < count; j++) {
    const c = present[j]!;
    const id = idsHere[j]!;
    const value = valuesHere[j]!;
    valuesHere[j] = null; // a client's value is not kept past its row
    // Numbers, empty cells and plain text (nearly every cell) byte by byte; the rest (formulas, booleans, text
    // with a line break) as cellXml's string, as before.
    if (value === null || typeof value === 'number' || (typeof value === 'string' && !value.includes('\n'))) {
      const open = pieces.open(c);
      const tail = value === null ? pieces.empty(id) : typeof value === 'number' ? pieces.number(id) : pieces.text(id);
      into.room(open.length + number.length + tail.length);
      into.piece(open);
      into.ascii(number);
      into.piece(tail);
      if (value === null) continue;
      if (typeof value === 'number') {
        let end = numberText.indexOf(',', numberAt);
        if (end < 0) end = numberText.length - 1;
        into.asciiOf(numberText, numberAt, end);
        numberAt = end + 1;
      } else {
        into.text(value);
      }
      into.room(END_VALUE.length);
      into.piece(END_VALUE);
    } else {
      const xml = cellXml(`${columnLetter(c)}${number}`, id, value);
      into.room(3 * xml.length);
      into.used += into.buffer.write(xml, into.used, 'utf8');
    }
  }
}

/**
 * The `<row>` elements of the sheet as UTF-8, in chunks of about a MiB, by paint.ts's rules: a cell exists where the model
 * has a value or a style, and every cell of a merged area but its first (ExcelJS's merge cells); a row is written
 * when it has a height or a cell that is not empty. A lazy sheet's client rows are made here, one at a time, and
 * dropped with their row: nothing per client outlives the chunk it is written in.
 */
export function* sheetRows(report: AnyReportSheet, styles: Styles, chunkSize = CHUNK): Generator<Buffer> {
  const table = isLazyReport(report) ? report.clientTable : null;
  const heights = new Map([...report.rowHeights, ...(isLazyReport(report) ? [] : report.wrappedRows ?? [])].map((h) => [h.row, h.height]));
  const client = report.clientRows;
  const merged = mergedCells(report);
  const sweep = new StyleSweep(report.styles);
  const lastStyled = report.styles.reduce((max, s) => Math.max(max, s.rect.bottom), -1);
  const rowCount = Math.max(report.cells.length, lastStyled + 1);
  const pieces = new CellPieces();
  // Style ids per array of styles the sweep returns (one array per set of rectangles): a client row looks its ids
  // up by column; ExcelJS's own cache (per style object, by first use) decides each id once.
  const idsByArray = new Map<object, number[]>();
  const idOf = (style: object, type: number): number => styles.addStyleModel(style, type);
  const mergeStyle = {};
  // Per row: which cells exist and their ids (the row's `spans` come before its cells), then the cells' bytes.
  const here: RowCells = { count: 0, columns: [], ids: [], values: [], numbers: [] };
  const present = here.columns;
  const idsHere = here.ids;
  const valuesHere = here.values;
  const cellBytes = new Bytes(1 << 16);
  let out = new Bytes(chunkSize + (1 << 16));
  for (let r = 0; r < rowCount; r++) {
    // A client row of a lazy sheet is made here and dropped with this iteration.
    const k = table ? r - table.first : -1;
    const lazy = table !== null && k >= 0 && k < table.count;
    const values = lazy ? table.row(k) : report.cells[r] ?? [];
    const rowStyles = sweep.stylesOf(r);
    const mergedHere = merged.get(r);
    const height = (lazy ? table.height(values) || undefined : undefined) ?? heights.get(r) ?? (r >= client.first && r <= client.last ? client.height : undefined);
    let width = Math.max(values.length, rowStyles.length);
    if (width === 0 && height === undefined) continue; // paint.ts skips such a row
    if (mergedHere) for (const c of mergedHere.keys()) width = Math.max(width, c + 1);
    let ids = idsByArray.get(rowStyles);
    if (!ids) idsByArray.set(rowStyles, (ids = []));
    let count = 0;
    let min = 0;
    let max = 0;
    let hasValues = false;
    for (let c = 0; c < width; c++) {
      let value: Cell = values[c] ?? null;
      const style = rowStyles[c];
      const kind = mergedHere?.get(c);
      if (value === null && !style && kind === undefined) continue;
      // Past paint.ts's test: the cell exists (it counts in `spans`); a number that is not finite is written empty.
      if (typeof value === 'number' && !Number.isFinite(value)) value = null;
      if (kind === 'slave') value = null; // the model leaves merged cells but the first empty
      if (!min) min = c + 1;
      max = c + 1;
      let id = 0;
      if (style) {
        const type = kind === 'slave' ? T.Merge : typeOf(value);
        id = ids[c] ?? -1;
        if (id < 0 || kind !== undefined) id = idOf(style, type);
        if (kind === undefined) ids[c] = id;
      } else if (kind === 'slave') {
        id = idOf(mergeStyle, T.Merge);
      }
      if (kind === 'slave') hasValues = true;
      else if (value !== null) hasValues = true;
      else if (!id) continue; // ExcelJS writes an empty cell only with a style (a merged one always)
      present[count] = c;
      idsHere[count] = id;
      valuesHere[count] = value;
      count += 1;
    }
    if (!hasValues && !height) continue; // ExcelJS: `row.hasValues || row.height`
    const number = String(r + 1);
    here.count = count;
    renderCells(cellBytes, pieces, number, here);
    const attributes = `<row r="${number}"${height ? ` ht="${height}" customHeight="1"` : ''}${min > 0 ? ` spans="${min}:${max}"` : ''} x14ac:dyDescent="0.25"`;
    const size = attributes.length + cellBytes.used + 8;
    if (out.used > 0 && out.used + size > out.buffer.length) {
      // Full: hand the chunk over (it is deflated while the next rows are rendered) and take a fresh one.
      yield out.buffer.subarray(0, out.used);
      out = new Bytes(Math.max(chunkSize + (1 << 16), size));
    }
    out.room(size);
    out.ascii(attributes);
    if (cellBytes.used === 0) out.ascii('/>');
    else {
      out.ascii('>');
      cellBytes.buffer.copy(out.buffer, out.used, 0, cellBytes.used);
      out.used += cellBytes.used;
      out.ascii('</row>');
    }
  }
  if (out.used > 0) yield out.buffer.subarray(0, out.used);
}

export function mergesXml(report: AnyReportSheet): string {
  if (report.merges.length === 0) return '';
  const ref = (r: number, c: number): string => `${columnLetter(c)}${r + 1}`;
  return `<mergeCells count="${report.merges.length}">${report.merges.map((m) => `<mergeCell ref="${ref(m.top, m.left)}:${ref(m.bottom, m.right)}"/>`).join('')}</mergeCells>`;
}
