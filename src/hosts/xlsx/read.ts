/**
 * Reading a client table from a file: an `.xlsx` sheet (ExcelJS) or a `.csv` file (Papa Parse). Only moves
 * values: the table itself is read by `readClientTable` in the core.
 */
import { readFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import {
  columnLetter, detectSeparator, durationCellText, HEAD_ROWS, problemMessage, readClientTable, separatorCandidates, type CellValue, type TableRest, type Language, type Notation, type Problem, type ReadOptions, type TableRead,
} from '../../core/index.js';

export type FileKind = 'xlsx' | 'csv';

/** Why a file could not be read at all (the CLI turns each into a message in the user's language). */
export class FileReadError extends Error {
  constructor(
    readonly reason: 'missing' | 'notAFile' | 'unreadable' | 'notXlsx' | 'empty' | 'sheetMissing' | 'unsupported' | 'csvQuote',
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

export function kindOf(path: string): FileKind | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) return 'xlsx';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  return null;
}

/** A cell's number format, and whether its workbook counts dates from 1904 (a Mac Excel file's option). */
export type CellFormat = { numFmt?: string | undefined; date1904?: boolean | undefined };

/**
 * A cell of ExcelJS as the core expects it: formulas by their cached result, rich text as its text. With the cell's
 * `format`, a duration or time cell (`[h]:mm`, `h:mm:ss`, `[mm]:ss`) becomes the text Excel shows (see `durationCellText` in the core).
 */
export function cellValueOf(value: ExcelJS.CellValue, format?: CellFormat): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || value instanceof Date) return format ? durationCellText(value, format.numFmt, format.date1904) : value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('error' in value) return String(value.error);
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === 'object' && result !== null && 'error' in result) return String((result as { error: unknown }).error);
      return format ? durationCellText(result as CellValue, format.numFmt, format.date1904) : (result as CellValue);
    }
    if ('text' in value) {
      const text = (value as { text: unknown }).text;
      if (typeof text === 'string') return text;
      if (text && typeof text === 'object' && 'richText' in text) return (text as ExcelJS.CellRichTextValue).richText.map((p) => p.text).join('');
    }
  }
  return String(value);
}

/** A worksheet as a dense 2-D array of cell values, row 1 first. */
export function sheetCells(sheet: ExcelJS.Worksheet): CellValue[][] {
  return readSheet(sheet).cells;
}

/** What a sheet holds beyond its values: formulas that were never calculated, and rows the user hid. */
export type SheetFacts = {
  cells: CellValue[][];
  /** Formula cells without a cached value (a file written by a program, never opened in Excel), 0-based. */
  uncalculated: { row: number; column: number }[];
  /** 1-based numbers of hidden rows that hold something. */
  hiddenRows: number[];
};

export function readSheet(sheet: ExcelJS.Worksheet): SheetFacts {
  const cells: CellValue[][] = [];
  const uncalculated: SheetFacts['uncalculated'] = [];
  const hiddenRows: number[] = [];
  const rowCount = sheet.rowCount;
  const date1904 = sheet.workbook?.properties?.date1904 === true;
  for (let r = 1; r <= rowCount; r++) {
    const row = sheet.getRow(r);
    const values = row.values;
    const line: CellValue[] = [];
    if (Array.isArray(values)) {
      for (let c = 1; c < values.length; c++) {
        const value = values[c] as ExcelJS.CellValue;
        if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
          const result = (value as { result?: unknown }).result;
          if (result === undefined || result === null) uncalculated.push({ row: r - 1, column: c - 1 });
        }
        // Only a number, a Date or a formula's result can be a duration; its format is looked up for those alone.
        const timed = typeof value === 'number' || value instanceof Date || (value !== null && typeof value === 'object' && 'result' in value);
        line.push(cellValueOf(value, timed ? { numFmt: row.getCell(c).numFmt, date1904 } : undefined));
      }
    }
    if (row.hidden && line.some((cell) => cell !== null && cell !== '')) hiddenRows.push(r);
    cells.push(line);
  }
  return { cells, uncalculated, hiddenRows };
}

/**
 * The problems a sheet's facts raise, for the rows and columns the table used: uncalculated formulas per column
 * (the CLI's message says to open and save the file in Excel once) and hidden rows below the header.
 */
export function sheetProblems(facts: SheetFacts, table: TableRead, language: Language): Problem[] {
  const problems: Problem[] = [];
  const headerRow = table.mapping.headerRow;
  if (headerRow === null) return problems;
  const firstData = headerRow + table.mapping.headerRows; // 1-based
  const byColumn = new Map<number, number[]>();
  for (const { row, column } of facts.uncalculated) {
    if (row + 1 < firstData) continue;
    const list = byColumn.get(column) ?? [];
    list.push(row + 1);
    byColumn.set(column, list);
  }
  for (const [column, rows] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    const header = table.mapping.columns[column]?.header ?? columnLetter(column);
    const params = { row: rows[0]!, column: header, text: '', expected: '', consequence: '', other: rows.length };
    problems.push({ id: 'formulaWithoutValue', severity: 'warning', row: rows[0]!, column: header, text: null, message: problemMessage(language, 'formulaWithoutValue', params) });
  }
  const hidden = facts.hiddenRows.filter((row) => row >= firstData);
  if (hidden.length > 0) {
    const text = hidden.length > 10 ? `${hidden.slice(0, 10).join(', ')}, …` : hidden.join(', ');
    problems.push({ id: 'hiddenRows', severity: 'warning', row: hidden[0]!, column: null, text, message: problemMessage(language, 'hiddenRows', { text, row: '', column: '', expected: '', consequence: '', other: '' }) });
  }
  return problems;
}

/**
 * Decodes a CSV file: UTF-8 (with or without BOM); a file that is not valid UTF-8 is read as Windows-1252,
 * which is what Excel on Windows writes for "CSV (gescheiden door lijstscheidingsteken)".
 */
export function decodeText(bytes: Uint8Array): string {
  // Excel's "Unicode text" (and some exports) are UTF-16, with a byte order mark or, without one, a zero byte
  // in every second place.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.length >= 4) {
    let evenZeros = 0;
    let oddZeros = 0;
    const sample = Math.min(bytes.length, 400);
    for (let i = 0; i + 1 < sample; i += 2) {
      if (bytes[i] === 0) evenZeros++;
      if (bytes[i + 1] === 0) oddZeros++;
    }
    const pairs = Math.floor(sample / 2);
    if (oddZeros > pairs * 0.4 && evenZeros === 0) return new TextDecoder('utf-16le').decode(bytes);
    if (evenZeros > pairs * 0.4 && oddZeros === 0) return new TextDecoder('utf-16be').decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Node's 'windows-1252' decoder is plain Latin-1 (0x80 → U+0080), so the 0x80–0x9F block, where € lives,
    // is mapped here by the Windows-1252 table.
    const latin1 = new TextDecoder('latin1').decode(bytes);
    return latin1.replace(/[\u0080-\u009f]/g, (ch) => WINDOWS_1252_HIGH[ch.charCodeAt(0) - 0x80] ?? ch);
  }
}

// Windows-1252 0x80–0x9F (undefined positions keep their Latin-1 control character).
const WINDOWS_1252_HIGH = [
  '€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008d', 'Ž', '\u008f',
  '\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009d', 'ž', 'Ÿ',
];

/**
 * The separator of a CSV: of `;`, `,` and tab, the one that gives the most lines in a row the same number of
 * fields (quotes respected), so title lines above the table (`Omzet per relatie, 2025`) do not decide it; `;` when
 * nothing tells (Dutch and German Excel write `;`, because `,` is their decimal separator). See `detectSeparator`.
 */
export function detectDelimiter(text: string): string {
  return detectSeparator(text);
}

/**
 * The separator to read a CSV's client table with: the most consistent one (`detectSeparator`), unless its first
 * rows hold no client table and another's do (a table of two columns under comma-rich title lines). Only the
 * first 50 rows are tried for the others, so a large file is parsed once more at most in part.
 */
export function tableSeparator(text: string, options: ReadOptions): string {
  const [first, ...others] = separatorCandidates(text);
  const found = (separator: string): boolean => {
    const rows: string[][] = [];
    try {
      parseCsv(text, separator, (row) => rows.push(row) < 50);
    } catch {
      return false; // split on this separator, a quote never closes: not this one
    }
    const { mapping } = readClientTable(rows, { ...options, headRows: 50 });
    return mapping.fields.client !== undefined && mapping.fields.revenue !== undefined;
  };
  if (found(first!)) return first!;
  return others.find(found) ?? first!;
}

/**
 * Parses CSV text into rows of strings (every value stays text; the core parses numbers in nl/de/en notation).
 * Papa Parse, not csv-parse: on the 200 000-row bench file it takes a quarter of the time, and a file
 * without quotes takes its fast path. A row of a file ending in a line break is not a row, as in Excel.
 *
 * A quote that opens a field and is not closed where the field ends makes the rest of the file one field: rather
 * than reading that silently (a client list would lose every row after it), the file is refused, naming the row.
 * A quote inside an unquoted field (`12" scherm`) is just a character.
 */
export function csvCells(text: string): string[][] {
  const rows: string[][] = [];
  parseCsv(text, detectDelimiter(text), (row) => {
    rows.push(row);
    return true;
  });
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '' && /[\r\n]$/.test(text)) rows.pop();
  return rows;
}

/**
 * Parses CSV text row by row: `take(row)` gets each row in order; when it returns false the parser pauses and
 * `parseCsv` returns a function that resumes it (which returns when the file is done), else `parseCsv` returns
 * null at the end of the file. The rows are not kept: a streamed table lets each row's strings die young.
 */
function parseCsv(text: string, delimiter: string, take: (row: string[]) => boolean): (() => void) | null {
  let index = 0;
  let paused = null as Papa.Parser | null;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      if (result.errors.some((error) => error.type === 'Quotes')) {
        parser.abort();
        throw new FileReadError('csvQuote', String(index + 1));
      }
      index++;
      if (!take(result.data) && !paused) {
        paused = parser;
        parser.pause();
      }
    },
  });
  const parser: Papa.Parser | null = paused;
  return parser ? () => parser.resume() : null;
}

export type LoadedTable = {
  kind: FileKind;
  /** Problems of the file beyond the table's own: uncalculated formulas, hidden rows (also in `table.problems`). */
  fileProblems: Problem[];
  /** Other sheets that also hold a client table, when the best one was chosen among several. */
  otherSheets: string[];
  /** The workbook as read, so the output keeps every sheet of the input (xlsx only). */
  workbook: ExcelJS.Workbook | null;
  sheetName: string | null;
  /** The sheet's cells as read (xlsx); null for a CSV, which is read as it is parsed and not kept. */
  cells: CellValue[][] | null;
  table: TableRead;
};

/**
 * A CSV's client table split on `delimiter`, streamed: the first HEAD_ROWS rows settle the header and the columns,
 * then each later row is read as Papa Parse makes it and dropped; a 200 000-row file never holds 4 million cell
 * strings at once.
 */
function readCsvTable(text: string, delimiter: string, readOptions: ReadOptions): TableRead {
  // A ";" file comes from a continental Excel, a "," file from an English one: evidence for "1.500".
  const notationHint: Notation | undefined = delimiter === ';' ? 'nl' : delimiter === ',' ? 'en' : undefined;
  const head: string[][] = [];
  let feedRow: ((row: string[]) => void) | null = null;
  const resume = parseCsv(text, delimiter, (row) => {
    if (feedRow) {
      feedRow(row);
      return true;
    }
    head.push(row);
    return head.length < HEAD_ROWS;
  });
  // About as many rows as the head's share of the text says (the columns grow if it is short).
  const headLength = head.reduce((sum, row) => sum + row.join(delimiter).length + 1, 0);
  const sizeHint = resume ? Math.ceil((text.length / Math.max(1, headLength)) * head.length) : 0;
  const rest: TableRest | undefined = resume
    ? {
        feed: (read: (row: string[]) => void) => {
          feedRow = read;
          resume();
        },
        sizeHint,
      }
    : undefined;
  return readClientTable(head, { ...readOptions, separator: delimiter, ...(notationHint ? { notationHint } : {}) }, rest);
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileReadError('missing', path);
    if (code === 'EISDIR') throw new FileReadError('notAFile', path);
    throw new FileReadError('unreadable', `${path}: ${(error as Error).message}`);
  }
}

/**
 * Reads the client table of a file. For a workbook: the sheet asked for, else the sheet with the best client table
 * (most clients; the others are named in `otherSheets`), else the first sheet, so its problems are reported.
 */
export async function loadTable(path: string, options: { sheet?: string; language?: Language; read?: ReadOptions } = {}): Promise<LoadedTable> {
  const kind = kindOf(path);
  if (!kind) throw new FileReadError('unsupported', path);
  const bytes = await readBytes(path);
  if (bytes.length === 0) throw new FileReadError('empty', path);
  const language = options.language ?? options.read?.language ?? 'nl';
  const readOptions: ReadOptions = { ...options.read, language };
  if (kind === 'csv') {
    const text = decodeText(bytes);
    const first = detectDelimiter(text);
    let table = readCsvTable(text, first, readOptions);
    // Only a file whose most consistent separator gives no client table is tried on the others (50 rows each).
    if (!table.mapping.fields.client || !table.mapping.fields.revenue) {
      const better = tableSeparator(text, readOptions);
      if (better !== first) table = readCsvTable(text, better, readOptions);
    }
    return { kind, workbook: null, sheetName: null, cells: null, table, fileProblems: [], otherSheets: [] };
  }
  // ExcelJS is loaded only for a workbook: its import alone is ~0.2 s of a CSV run's start.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new FileReadError('notXlsx', `${path}: ${(error as Error).message}`);
  }
  const sheets = workbook.worksheets;
  if (sheets.length === 0) throw new FileReadError('empty', path);
  const load = (sheet: ExcelJS.Worksheet): LoadedTable => {
    const facts = readSheet(sheet);
    const table = readClientTable(facts.cells, readOptions);
    const fileProblems = sheetProblems(facts, table, language);
    table.problems.unshift(...fileProblems);
    return { kind, workbook, sheetName: sheet.name, cells: facts.cells, table, fileProblems, otherSheets: [] };
  };
  if (options.sheet !== undefined) {
    const sheet = workbook.getWorksheet(options.sheet);
    if (!sheet) throw new FileReadError('sheetMissing', `${options.sheet} (${sheets.map((s) => s.name).join(', ')})`);
    return load(sheet);
  }
  // The best client table, not the first: a "Top 3" summary on sheet 1 loses to the full list on sheet 2.
  let best: LoadedTable | null = null;
  let first: LoadedTable | null = null;
  const withTables: string[] = [];
  for (const sheet of sheets) {
    const loaded = load(sheet);
    first ??= loaded;
    if (!loaded.table.mapping.fields.client || !loaded.table.mapping.fields.revenue) continue;
    withTables.push(sheet.name);
    const score = (t: LoadedTable): number => t.table.columns.count * 100 + Object.keys(t.table.mapping.fields).length;
    if (!best || score(loaded) > score(best)) best = loaded;
  }
  const chosen = best ?? first!;
  chosen.otherSheets = withTables.filter((name) => name !== chosen.sheetName);
  return chosen;
}
