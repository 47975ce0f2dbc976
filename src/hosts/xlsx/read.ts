/**
 * Reading a client table from a file: an `.xlsx` sheet (ExcelJS) or a `.csv` file (csv-parse). Only moves
 * values: the table itself is read by `readClientTable` in the core.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { readClientTable, type CellValue, type Language, type ReadOptions, type TableRead } from '../../core/index.js';

export type FileKind = 'xlsx' | 'csv';

/** Why a file could not be read at all (the CLI turns each into a message in the user's language). */
export class FileReadError extends Error {
  constructor(
    readonly reason: 'missing' | 'notAFile' | 'unreadable' | 'notXlsx' | 'empty' | 'sheetMissing' | 'unsupported',
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

/** A cell of ExcelJS as the core expects it: formulas by their cached result, rich text as its text. */
export function cellValueOf(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('error' in value) return String(value.error);
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === 'object' && result !== null && 'error' in result) return String((result as { error: unknown }).error);
      return result as CellValue;
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
  const rows: CellValue[][] = [];
  const rowCount = sheet.rowCount;
  for (let r = 1; r <= rowCount; r++) {
    const values = sheet.getRow(r).values;
    const line: CellValue[] = [];
    if (Array.isArray(values)) for (let c = 1; c < values.length; c++) line.push(cellValueOf(values[c] as ExcelJS.CellValue));
    rows.push(line);
  }
  return rows;
}

/**
 * Decodes a CSV file: UTF-8 (with or without BOM); a file that is not valid UTF-8 is read as Windows-1252,
 * which is what Excel on Windows writes for "CSV (gescheiden door lijstscheidingsteken)".
 */
export function decodeText(bytes: Uint8Array): string {
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
 * The separator of a CSV: the one of `;`, `,` and tab that occurs most often outside quotes in the first
 * non-empty line; `;` on a tie (Dutch and German Excel write `;`, because `,` is their decimal separator).
 */
export function detectDelimiter(text: string): string {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const counts = new Map<string, number>([[';', 0], [',', 0], ['\t', 0]]);
  let quoted = false;
  let seen = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (seen) break;
    } else if (!quoted && counts.has(ch)) {
      counts.set(ch, counts.get(ch)! + 1);
      seen = true;
    } else if (ch.trim() !== '') seen = true;
  }
  let best = ';';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

/** Parses CSV text into rows of strings (every value stays text; the core parses numbers in nl/de/en notation). */
export function csvCells(text: string): string[][] {
  return parse(text, {
    delimiter: detectDelimiter(text),
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
}

export type LoadedTable = {
  kind: FileKind;
  /** The workbook as read, so the output keeps every sheet of the input (xlsx only). */
  workbook: ExcelJS.Workbook | null;
  sheetName: string | null;
  cells: CellValue[][];
  table: TableRead;
};

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
 * Reads the client table of a file. For a workbook: the sheet asked for, else the first sheet whose table has a
 * client and a revenue column (else the first sheet, so its problems are reported).
 */
export async function loadTable(path: string, options: { sheet?: string; language?: Language; read?: ReadOptions } = {}): Promise<LoadedTable> {
  const kind = kindOf(path);
  if (!kind) throw new FileReadError('unsupported', path);
  const bytes = await readBytes(path);
  if (bytes.length === 0) throw new FileReadError('empty', path);
  const readOptions: ReadOptions = { ...options.read, language: options.language ?? options.read?.language ?? 'nl' };
  if (kind === 'csv') {
    const cells = csvCells(decodeText(bytes));
    return { kind, workbook: null, sheetName: null, cells, table: readClientTable(cells, readOptions) };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new FileReadError('notXlsx', `${path}: ${(error as Error).message}`);
  }
  const sheets = workbook.worksheets;
  if (sheets.length === 0) throw new FileReadError('empty', path);
  if (options.sheet !== undefined) {
    const sheet = workbook.getWorksheet(options.sheet);
    if (!sheet) throw new FileReadError('sheetMissing', `${options.sheet} (${sheets.map((s) => s.name).join(', ')})`);
    const cells = sheetCells(sheet);
    return { kind, workbook, sheetName: sheet.name, cells, table: readClientTable(cells, readOptions) };
  }
  let first: LoadedTable | null = null;
  for (const sheet of sheets) {
    const cells = sheetCells(sheet);
    const table = readClientTable(cells, readOptions);
    const loaded: LoadedTable = { kind, workbook, sheetName: sheet.name, cells, table };
    first ??= loaded;
    if (table.mapping.fields.client && table.mapping.fields.revenue) return loaded;
  }
  return first!;
}
