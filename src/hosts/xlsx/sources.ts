/**
 * Raw exports from disk into the list builder of `core/sources/` (docs/DEFINITIONS.md §1b): every CSV file is one
 * source, streamed from disk in chunks (its memory is a chunk and the builder's sums, never its lines); every sheet
 * of a workbook that the builder recognises as a kind of table is one source.
 *
 * A CSV's encoding and separator are settled as `loadTable` settles them for a client list (`decodeText` and
 * `detectSeparator`), but from its first chunk (64 KiB) instead of the whole file: a file whose first chunk is
 * plain ASCII stays undecided until the first chunk that is not, so a Windows-1252 export whose first `é` stands on
 * line 40 000 is still read as Windows-1252.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { detectSeparator, HEAD_ROWS, type CellValue, type Language, type Notation } from '../../core/index.js';
import { builtListCells, provenanceCells, recogniseSource, type ClientListBuild, type ListBuilder, type SourceFeed, type SourceKind } from '../../core/index.js';
import { SOURCE_WORDS } from '../../core/index.js';
import { decodeText, FileReadError, kindOf, readSheet } from './read.js';

/** Bytes a CSV is read in; its first chunk decides the encoding and the separator. */
export const CHUNK_BYTES = 1 << 16;

/** One table of the files given, and what became of it. */
export type FedTable = {
  file: string;
  /** The sheet, for a workbook. */
  sheet?: string;
  /** The builder's index of the source, `null` for a sheet that is none of the kinds (not a source). */
  source: number | null;
  kind: SourceKind | null;
};

export type FeedOptions = {
  language: Language;
  /** Rows a streamed CSV gives the builder as its head (default `HEAD_ROWS`; tests lower it). */
  headRows?: number;
  /** Bytes per chunk read from disk (default 64 KiB; tests lower it to cross chunk borders). */
  chunkBytes?: number;
};

/** The text encodings `decodeText` chooses among; `ascii` until a byte above 0x7F says which. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'ascii';

/** `bytes` without the last UTF-8 sequence when the chunk border cut it (so a valid UTF-8 head is not taken for Windows-1252). */
function wholeUtf8(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  // Back over at most 3 continuation bytes to the lead byte of the last sequence.
  let i = end - 1;
  while (i >= 0 && i >= end - 4 && (bytes[i]! & 0xc0) === 0x80) i--;
  if (i < 0 || i < end - 4) return bytes;
  const lead = bytes[i]!;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  if (i + length > end) end = i;
  return bytes.subarray(0, end);
}

/**
 * The encoding `decodeText` reads a file's first chunk in. Its rules stay in one place: `decodeText` decides, and
 * this only says which decoder gave what it gave. A chunk of plain ASCII is `ascii`: every candidate reads it alike.
 */
export function encodingOf(head: Uint8Array): TextEncoding {
  const bytes = wholeUtf8(head);
  const text = decodeText(bytes);
  if (text === new TextDecoder('utf-8').decode(bytes)) {
    // eslint-disable-next-line no-control-regex
    return /[^\x00-\x7f]/.test(text) || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ? 'utf-8' : 'ascii';
  }
  if (text === new TextDecoder('utf-16le').decode(bytes)) return 'utf-16le';
  if (text === new TextDecoder('utf-16be').decode(bytes)) return 'utf-16be';
  return 'windows-1252';
}

// Windows-1252's 0x80–0x9F as `decodeText` maps them (Node's own 'windows-1252' decoder is Latin-1 there): the 32
// bytes are no valid UTF-8, so `decodeText` reads them by its Windows-1252 table.
const HIGH_1252 = decodeText(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));
const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
const decode1252 = (bytes: Uint8Array): string =>
  latin1(bytes).replace(/[\u0080-\u009f]/g, (ch) => HIGH_1252[ch.charCodeAt(0) - 0x80]!);

/**
 * Decodes a file chunk by chunk in the encoding its first chunk shows; a sequence cut at a chunk border is
 * carried to the next (TextDecoder's `stream`). `ascii` decides at the first chunk holding a byte above 0x7F.
 */
export class ChunkDecoder {
  private decoder: InstanceType<typeof TextDecoder> | null = null;
  /** In `ascii`: the bytes of a sequence cut at the last chunk's end, decoded with the next chunk. */
  private pending: Uint8Array | null = null;
  constructor(private encoding: TextEncoding) {
    this.settle(encoding);
  }

  get current(): TextEncoding {
    return this.encoding;
  }

  private settle(encoding: TextEncoding): void {
    this.encoding = encoding;
    this.decoder = encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be' ? new TextDecoder(encoding) : null;
  }

  decode(chunk: Uint8Array): string {
    let bytes = chunk;
    if (this.encoding === 'ascii') {
      if (this.pending) {
        bytes = Buffer.concat([this.pending, chunk]);
        this.pending = null;
      }
      const text = latin1(bytes);
      if (!/[\u0080-\u00ff]/.test(text)) return text;
      const encoding = encodingOf(bytes);
      if (encoding === 'ascii') {
        // Only a sequence cut at the chunk's end is above 0x7F: UTF-8 or not, its next bytes tell.
        const whole = wholeUtf8(bytes);
        this.pending = bytes.slice(whole.length);
        return latin1(whole);
      }
      this.settle(encoding === 'utf-8' ? 'utf-8' : 'windows-1252');
    }
    return this.decoder ? this.decoder.decode(bytes, { stream: true }) : decode1252(bytes);
  }

  end(): string {
    // Bytes still held at the end of an ASCII file are no whole UTF-8 sequence: Windows-1252, as decodeText reads it.
    if (this.pending) {
      const text = decode1252(this.pending);
      this.pending = null;
      return text;
    }
    return this.decoder ? this.decoder.decode() : '';
  }
}

async function checkedFile(path: string): Promise<void> {
  let stats;
  try {
    stats = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileReadError('missing', path);
    throw new FileReadError('unreadable', `${path}: ${(error as Error).message}`);
  }
  if (stats.isDirectory()) throw new FileReadError('notAFile', path);
  if (stats.size === 0) throw new FileReadError('empty', path);
}

/** Bytes at the start of a CSV that decide its encoding and its separator. */
export const SAMPLE_BYTES = 1 << 16;

/**
 * The decoded text of a file as a stream of strings, and its first `SAMPLE_BYTES` decoded (for the separator): the
 * encoding is decided on those bytes, however small the chunks it is read in.
 */
async function decodedChunks(path: string, chunkBytes: number): Promise<{ first: string; rest: AsyncGenerator<string> }> {
  const chunks = createReadStream(path, { highWaterMark: chunkBytes })[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const next = async (): Promise<IteratorResult<Buffer>> => {
    try {
      return await chunks.next();
    } catch (error) {
      throw new FileReadError('unreadable', `${path}: ${(error as Error).message}`);
    }
  };
  const sample: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < SAMPLE_BYTES) {
    const chunk = await next();
    if (chunk.done) {
      done = true;
      break;
    }
    sample.push(chunk.value);
    size += chunk.value.length;
  }
  const head = Buffer.concat(sample);
  const decoder = new ChunkDecoder(encodingOf(head));
  const first = decoder.decode(head) + (done ? decoder.end() : '');
  async function* rest(): AsyncGenerator<string> {
    if (first) yield first;
    if (done) return;
    for (;;) {
      const chunk = await next();
      if (chunk.done) break;
      const text = decoder.decode(chunk.value);
      if (text) yield text;
    }
    const tail = decoder.end();
    if (tail) yield tail;
  }
  return { first, rest: rest() };
}

/** The notation a CSV's separator is evidence for: `;` comes from a continental Excel, `,` from an English one. */
export function notationOfSeparator(separator: string): Notation | undefined {
  return separator === ';' ? 'nl' : separator === ',' ? 'en' : undefined;
}

/**
 * A CSV file streamed into the builder: the first `headRows` rows are the source's `cells` (recognition and the
 * column notations are settled from them), every later row is `push`ed as Papa Parse makes it and dropped.
 * A quote that opens a field and never closes is refused as `loadTable` refuses it (FileReadError `csvQuote`).
 */
export async function feedCsv(path: string, builder: ListBuilder, options: FeedOptions): Promise<FedTable> {
  await checkedFile(path);
  const headRows = Math.max(1, options.headRows ?? HEAD_ROWS);
  const { first, rest } = await decodedChunks(path, options.chunkBytes ?? CHUNK_BYTES);
  const separator = detectSeparator(first);
  const notationHint = notationOfSeparator(separator);
  const head: string[][] = [];
  let feed: SourceFeed | null = null;
  // A blank line is held back until a row follows it: the line break that ends a file makes no row (as in Excel),
  // while a blank line inside keeps the rows after it at their line numbers.
  let blanks = 0;
  let rowIndex = 0;
  const take = (row: string[]): void => {
    if (row.length === 1 && row[0] === '') {
      blanks++;
      return;
    }
    for (; blanks > 0; blanks--) give(['']);
    give(row);
  };
  const give = (row: string[]): void => {
    if (feed) {
      feed.push(row);
      return;
    }
    head.push(row);
    if (head.length >= headRows) feed = builder.add({ file: path, cells: head, ...(notationHint ? { notationHint } : {}) });
  };
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    Papa.parse<string[]>(Readable.from(rest), {
      delimiter: separator,
      skipEmptyLines: false,
      chunk: (results, parser) => {
        if (failed) return;
        try {
          const quote = results.errors.find((error) => error.type === 'Quotes');
          const rows = results.data;
          const end = quote ? (quote.row ?? 0) : rows.length;
          for (let i = 0; i < end; i++) take(rows[i]!);
          rowIndex += end;
          if (quote) throw new FileReadError('csvQuote', String(rowIndex + 1));
        } catch (error) {
          failed = true;
          parser.abort();
          reject(error as Error);
        }
      },
      complete: () => {
        if (!failed) resolve();
      },
      error: (error: Error) => {
        failed = true;
        reject(error instanceof FileReadError ? error : new FileReadError('unreadable', `${path}: ${error.message}`));
      },
    });
  });
  const source: SourceFeed = feed ?? builder.add({ file: path, cells: head, ...(notationHint ? { notationHint } : {}) });
  source.end();
  return { file: path, source: source.index, kind: source.recognition.kind };
}

/** A Date cell as the text of its UTC clock (ExcelJS's dates are the shown wall clock as UTC), other cells as they are. */
function shownDate(cell: CellValue): CellValue {
  if (!(cell instanceof Date) || Number.isNaN(cell.getTime())) return cell;
  const iso = cell.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** A sheet of a workbook as read for the builder: its cells, and the kind the builder would recognise it as. */
export type WorkbookTable = { name: string; cells: CellValue[][]; hasContent: boolean; kind: SourceKind | null };

/** Loads a workbook as `loadTable` does (ExcelJS, imported only when a workbook is read). */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  await checkedFile(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new FileReadError('unreadable', `${path}: ${(error as Error).message}`);
  }
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new FileReadError('notXlsx', `${path}: ${(error as Error).message}`);
  }
  if (workbook.worksheets.length === 0) throw new FileReadError('empty', path);
  return workbook;
}

/**
 * Every sheet of a workbook, read as `loadTable` reads a sheet (`readSheet`: formulas by their value, durations as
 * Excel shows them), with the kind `recogniseSource` sees in it.
 */
export function workbookTables(workbook: ExcelJS.Workbook): WorkbookTable[] {
  return workbook.worksheets.map((sheet: ExcelJS.Worksheet) => {
    // A date cell is a Date at the UTC clock of what Excel shows: written as that text (`2025-03-04 14:00:00`), the
    // core reads the date as shown, whatever the time of day (its rule for a bare Date is the nearest midnight).
    const cells: CellValue[][] = readSheet(sheet).cells.map((row) => row.map(shownDate));
    const hasContent = cells.some((row) => row.some((cell) => cell !== null && cell !== undefined && cell !== ''));
    return { name: sheet.name, cells, hasContent, kind: hasContent ? recogniseSource(cells).kind : null };
  });
}

/** Whether a table is an export (time entries, invoices, orders, contacts): a client list and an unknown table are not. */
export const isExportKind = (kind: SourceKind | null): boolean => kind !== null && kind !== 'clientList';

/**
 * The sheets of a workbook into the builder. A sheet that is none of the kinds (notes, a chart's data, a pivot)
 * is no source: it is not added, and reported with `source: null`. When no sheet is recognised, every sheet with
 * content is added, so the builder says why each is not a source.
 */
export function feedWorkbookTables(path: string, tables: readonly WorkbookTable[], builder: ListBuilder): FedTable[] {
  const anyRecognised = tables.some((table) => table.kind !== null);
  return tables.map((table): FedTable => {
    if (anyRecognised ? table.kind === null : !table.hasContent) return { file: path, sheet: table.name, source: null, kind: null };
    const feed = builder.add({ file: path, sheet: table.name, cells: table.cells });
    feed.end();
    return { file: path, sheet: table.name, source: feed.index, kind: feed.recognition.kind };
  });
}

/** A workbook file into the builder, sheet by sheet (`feedWorkbookTables`). */
export async function feedWorkbook(path: string, builder: ListBuilder): Promise<FedTable[]> {
  return feedWorkbookTables(path, workbookTables(await loadWorkbook(path)), builder);
}

/**
 * The first rows of a CSV (as many as its first chunk holds, at most `maxRows`), for telling an export from a
 * client list before the file is read: decoded and split as `feedCsv` does.
 */
export async function csvHead(path: string, maxRows = 200): Promise<string[][]> {
  await checkedFile(path);
  const { first } = await decodedChunks(path, CHUNK_BYTES);
  const rows: string[][] = [];
  Papa.parse<string[]>(first, {
    delimiter: detectSeparator(first),
    skipEmptyLines: false,
    step: (result, parser) => {
      if (rows.push(result.data) >= maxRows) parser.abort();
    },
  });
  return rows;
}

/**
 * The built list as a workbook: sheet *Klantenlijst* (`builtListCells`, headers in `language`, so it reads back as
 * a client list) and *Bronnen* (`provenanceCells`), with the package properties `planOutput` knows as ours, so a
 * later `klantwaarde list` may replace it without `--force`.
 */
export async function writeListWorkbook(path: string, build: ClientListBuild, language: Language): Promise<{ list: string; sources: string }> {
  const [{ default: Excel }, { setProperties }] = await Promise.all([import('exceljs'), import('./write.js')]);
  const workbook = new Excel.Workbook();
  setProperties(workbook);
  const words = SOURCE_WORDS[language];
  const write = (name: string, cells: readonly (readonly CellValue[])[]): void => {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    for (const row of cells) sheet.addRow(row.map((cell) => (cell === undefined ? null : cell)));
    sheet.getRow(1).font = { bold: true };
    const widths: number[] = [];
    for (const row of cells.slice(0, 200)) row.forEach((cell, c) => { widths[c] = Math.max(widths[c] ?? 8, Math.min(48, String(cell ?? '').length + 2)); });
    widths.forEach((width, c) => { sheet.getColumn(c + 1).width = width; });
  };
  write(words.sheetName, builtListCells(build, language));
  write(words.sourcesSheet, provenanceCells(build, language));
  await workbook.xlsx.writeFile(path);
  return { list: words.sheetName, sources: words.sourcesSheet };
}

/**
 * Every file into the builder, in order: a CSV (or .txt) streamed, a workbook sheet by sheet. Returns each table
 * and what became of it (which were sources, of what kind). A file that cannot be read throws `FileReadError`.
 */
export async function feedSourceFiles(paths: readonly string[], builder: ListBuilder, options: FeedOptions): Promise<FedTable[]> {
  const tables: FedTable[] = [];
  for (const path of paths) {
    const kind = kindOf(path);
    if (kind === 'csv') tables.push(await feedCsv(path, builder, options));
    else if (kind === 'xlsx') tables.push(...(await feedWorkbook(path, builder)));
    else throw new FileReadError('unsupported', path);
  }
  return tables;
}
