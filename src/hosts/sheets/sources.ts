/**
 * *Klantenlijst maken* on the server (docs/DEFINITIONS.md §1b): the spreadsheet's sheets as sources, read
 * into the core's list builder, and the built list written as the sheets *Klantenlijst* and *Bronnen*. No
 * arithmetic on client data here: the core sums, matches and words everything.
 *
 * Service calls grow with the blocks read, never with the lines: per source sheet `getLastRow`, `getLastColumn`
 * and one `getValues` per block of BLOCK_CELLS cells; per written sheet a constant handful (resize, one RangeList
 * of text formats, one `setValues` — sliced only above plan.ts's MAX_CELLS_PER_CALL —, bold, widths, frozen row).
 *
 * Dates: getValues gives a date cell as a `Date` at midnight in the spreadsheet's time zone (2025-03-03T23:00Z for
 * 4 March in Amsterdam, 05:00Z in New York), a time cell as a `Date` on 1899-12-30 at that clock, a duration cell
 * the same way (26:30 is 1899-12-31 02:30). Each becomes the text its clock shows in that zone before the core sees
 * it (`2025-03-04`, `2025-03-04 14:00:00`, `14:00:00`, `26:30:00`), so no date lands a day early or late in any
 * zone. The zone's offset comes from `Utilities.formatDate`, once per distinct UTC hour seen (offsets change only
 * on whole hours), not per cell.
 */
import {
  builtListCells, createListBuilder, dayToIso, fill, listJson, provenanceCells, recogniseSource, requestOptions,
  type CellValue, type Language, type ListRequest, type SheetSource,
} from '../../core/index.js';
import { SOURCE_WORDS } from '../../core/index.js';
import { a1, a1Range } from '../../core/index.js';
import { utilities, type Services, type Sheet, type Spreadsheet, type UtilitiesLike } from './api.js';
import { languageOfLocale, notationOfLocale, SHEETS_MESSAGES, type SheetsMessageId } from './messages.js';
import { MARKER_KEY, replaceOwnSheet } from './paint.js';
import { slices, TEXT_FORMAT, widthRuns } from './plan.js';

/** The developer-metadata keys of the built list's two sheets (the analysis sheet's is paint.ts's MARKER_KEY). */
export const LIST_MARKER_KEY = 'klantwaarde.clientList';
export const SOURCES_MARKER_KEY = 'klantwaarde.sources';
export const LIST_MARKER_VALUE = 'v1';
const OUR_KEYS = [MARKER_KEY, LIST_MARKER_KEY, SOURCES_MARKER_KEY];

/** Rows read to tell what a sheet is (the core recognises a table from its first 200 rows). */
export const DESCRIBE_ROWS = 200;
/**
 * Cells per `getValues` when a source is read: 100 000 lines of a 14-column export are 15 blocks. Apps Script
 * documents no limit on a read; each block is a round trip (tens of ms) and its values stay in memory only until
 * the builder has summed them, so the block is large enough to keep the round trips few and small enough to
 * keep the script's memory far below its limit.
 */
export const BLOCK_CELLS = 100_000;

const MS_PER_HOUR = 3_600_000;
const SECONDS_PER_DAY = 86_400;
/** 1899-12-30, Sheets' day 0, as days since 1970-01-01. */
const DAY_ZERO = -25_569;
/** A Date within 60 days of day 0 is a time of day or a duration, no date of any export (1900-03-01 is day 61). */
const DURATION_DAYS = 61;

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';
const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Date cells as their clock in the spreadsheet's zone. One per run: it caches the zone's offset per UTC hour.
 */
export class ZoneClock {
  private readonly offsets = new Map<number, number>();
  constructor(
    private readonly utilities: UtilitiesLike,
    private readonly timeZone: string,
  ) {}

  /** Milliseconds to add to a UTC instant in the hour `hour` (hours since 1970) to get the zone's clock. */
  private offset(hour: number): number {
    let offset = this.offsets.get(hour);
    if (offset === undefined) {
      const start = hour * MS_PER_HOUR;
      const text = this.utilities.formatDate(new Date(start), this.timeZone, 'yyyy-MM-dd HH:mm:ss');
      const [y, mo, d, h, mi, s] = text.split(/[- :]/).map(Number) as [number, number, number, number, number, number];
      const clock = Date.UTC(y, mo - 1, d, h, mi, s);
      offset = Number.isFinite(clock) ? clock - start : 0;
      this.offsets.set(hour, offset);
    }
    return offset;
  }

  /** A Date cell as the text its clock shows in the zone; "" for an invalid Date. */
  text(date: Date): string {
    const time = date.getTime();
    if (!Number.isFinite(time)) return '';
    const seconds = Math.round((time + this.offset(Math.floor(time / MS_PER_HOUR))) / 1000);
    const day = Math.floor(seconds / SECONDS_PER_DAY);
    if (day > DAY_ZERO - DURATION_DAYS && day < DAY_ZERO + DURATION_DAYS) {
      const elapsed = seconds - DAY_ZERO * SECONDS_PER_DAY;
      const size = Math.abs(elapsed);
      return `${elapsed < 0 ? '-' : ''}${two(Math.floor(size / 3600))}:${two(Math.floor(size / 60) % 60)}:${two(size % 60)}`;
    }
    const clock = seconds - day * SECONDS_PER_DAY;
    if (clock === 0) return dayToIso(day);
    return `${dayToIso(day)} ${two(Math.floor(clock / 3600))}:${two(Math.floor(clock / 60) % 60)}:${two(clock % 60)}`;
  }

  /** getValues' cells as the core reads them, in place: Dates as text, anything but a primitive as its text. */
  cells(values: unknown[][]): CellValue[][] {
    for (const row of values) {
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') continue;
        row[c] = isDate(v) ? this.text(v) : v === null || v === undefined ? '' : String(v);
      }
    }
    return values as CellValue[][];
  }
}

/** Whether the sheet carries one of `keys` (one getDeveloperMetadata call). */
function markedWith(sheet: Sheet, keys: readonly string[]): boolean {
  return sheet.getDeveloperMetadata().some((m) => keys.includes(m.getKey()));
}

/** An analysis sheet, a Klantenlijst or a Bronnen sheet this product made. */
export function isOwnSheet(sheet: Sheet): boolean {
  return markedWith(sheet, OUR_KEYS);
}

function zoneOf(spreadsheet: Spreadsheet): ZoneClock {
  return new ZoneClock(utilities(), spreadsheet.getSpreadsheetTimeZone());
}

/** The first `rows` rows of a sheet (all its columns with content) in one getValues; [] for an empty sheet. */
function head(sheet: Sheet, lastRow: number, lastColumn: number, rows: number, zone: ZoneClock): CellValue[][] {
  if (lastRow < 1 || lastColumn < 1) return [];
  return zone.cells(sheet.getRange(1, 1, Math.min(lastRow, rows), lastColumn).getValues());
}

/** Every sheet but our own, what it is (recognised from its first DESCRIBE_ROWS rows) and its rows. */
export function describeSources(services: Services): SheetSource[] {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const zone = zoneOf(spreadsheet);
  const sources: SheetSource[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    if (isOwnSheet(sheet)) continue;
    const rows = sheet.getLastRow();
    const cells = head(sheet, rows, sheet.getLastColumn(), DESCRIBE_ROWS, zone);
    sources.push({ sheet: sheet.getName(), rows, recognition: recogniseSource(cells, {}) });
  }
  return sources;
}

export type MadeList = { list: ReturnType<typeof listJson>; sheetName: string | null };

/** The request crossed from the browser: its shape is checked before anything is read. */
function isListRequest(value: unknown): value is ListRequest {
  const r = value as Partial<ListRequest> | null;
  const pairs = (p: unknown): boolean => p === undefined || (Array.isArray(p) && p.every((x) => Array.isArray(x) && x.length === 2 && x.every((n) => typeof n === 'string')));
  return typeof r === 'object' && r !== null && Array.isArray(r.sheets) &&
    r.sheets.every((s) => typeof s === 'object' && s !== null && typeof s.sheet === 'string' && typeof s.use === 'boolean' &&
      (s.choice === undefined || (typeof s.choice === 'object' && s.choice !== null))) &&
    (r.period === undefined || typeof r.period === 'string') &&
    (r.paymentTermDays === undefined || typeof r.paymentTermDays === 'number') && pairs(r.same) && pairs(r.apart);
}

/**
 * Reads the used sheets in blocks into the builder, builds the list and, unless it is blocked or has no clients,
 * writes *Klantenlijst* and *Bronnen* (replacing only our own earlier ones) and activates *Klantenlijst*.
 */
export function makeClientList(services: Services, request: ListRequest): MadeList {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const locale = spreadsheet.getSpreadsheetLocale();
  const language = languageOfLocale(locale);
  const t = (id: SheetsMessageId, params?: Record<string, string | number>): string => fill(SHEETS_MESSAGES[language][id], params);
  if (!isListRequest(request)) throw new Error(t('badListRequest'));
  const all = spreadsheet.getSheets();
  const byName = new Map(all.map((sheet) => [sheet.getName(), sheet] as const));
  const { sheets, options } = requestOptions(request, language);
  const used = sheets.map((name) => {
    const sheet = byName.get(name);
    if (!sheet) throw new Error(t('sheetGone', { sheet: name }));
    if (isOwnSheet(sheet)) throw new Error(t('sheetOurs', { sheet: name }));
    return sheet;
  });

  const zone = zoneOf(spreadsheet);
  const file = spreadsheet.getName();
  const notationHint = notationOfLocale(locale);
  const builder = createListBuilder(options);
  used.forEach((sheet, index) => {
    const lastRow = sheet.getLastRow();
    const lastColumn = sheet.getLastColumn();
    const blockRows = Math.max(1, Math.floor(BLOCK_CELLS / Math.max(lastColumn, 1)));
    const feed = builder.add({ file, sheet: sheets[index]!, cells: head(sheet, lastRow, lastColumn, blockRows, zone), notationHint });
    for (let top = blockRows + 1; top <= lastRow; top += blockRows) {
      const block = zone.cells(sheet.getRange(top, 1, Math.min(blockRows, lastRow - top + 1), lastColumn).getValues());
      for (const row of block) feed.push(row);
    }
    feed.end();
  });
  const build = builder.finish();
  const list = listJson(build);
  if (build.blocked || build.clients.length === 0) return { list, sheetName: null };

  const words = SOURCE_WORDS[language];
  const listCells = builtListCells(build, language);
  const sourceCells = provenanceCells(build, language);
  const listSheet = writeOwnSheet(spreadsheet, words.sheetName, LIST_MARKER_KEY, listCells, { boldRows: [0], frozenRows: 1 }, all.length);
  writeOwnSheet(spreadsheet, words.sourcesSheet, SOURCES_MARKER_KEY, sourceCells, { boldRows: headingRows(sourceCells, language), frozenRows: 0 }, listSheet.getIndex());
  listSheet.activate();
  return { list, sheetName: listSheet.getName() };
}

/** The *Bronnen* rows shown bold: each block's title (a row of one cell) and its column headers. */
function headingRows(cells: readonly (readonly CellValue[])[], language: Language): number[] {
  const w = SOURCE_WORDS[language];
  const titles = new Set<CellValue>([w.sources, w.provenance, w.possibleMatches]);
  const rows: number[] = [];
  cells.forEach((row, r) => {
    const title = row.length === 1 && titles.has(row[0] ?? null);
    const header = (row[0] === w.file && row[1] === w.sheet && row[2] === w.kind) || (row[0] === w.client && row[1] === w.field && row[2] === w.source);
    if (title || header) rows.push(r);
  });
  return rows;
}

type Layout = { boldRows: number[]; frozenRows: number };

/** Writes `cells` as a sheet of ours marked with `key`, in place of our earlier one or at 0-based `index` (`replaceOwnSheet`). */
function writeOwnSheet(spreadsheet: Spreadsheet, wanted: string, key: string, cells: readonly (readonly CellValue[])[], layout: Layout, index: number): Sheet {
  return replaceOwnSheet(spreadsheet, wanted, key, LIST_MARKER_VALUE, index, (sheet) => writeCells(sheet, cells, layout));
}

/** Column widths in characters: the longest text of the first rows, within 8 … 40. */
function widths(cells: readonly (readonly CellValue[])[], columns: number): number[] {
  const out = new Array<number>(columns).fill(8);
  for (let r = 0; r < Math.min(cells.length, DESCRIBE_ROWS); r++) {
    const row = cells[r]!;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      const length = typeof v === 'number' ? String(Math.round(v)).length + 3 : String(v ?? '').length;
      if (row.length > 1 || r === 0) out[c] = Math.min(40, Math.max(out[c]!, length + 2));
    }
  }
  return out;
}

/**
 * The cells into a new sheet: fitted to their size, every string cell `@` (plain text) before the values are
 * written — a client named `=IMPORTXML(…)` or numbered `00123` stays as written —, then the values, bold rows,
 * widths and the frozen header.
 */
function writeCells(sheet: Sheet, cells: readonly (readonly CellValue[])[], layout: Layout): void {
  const rows = Math.max(cells.length, 1);
  const columns = Math.max(1, ...cells.map((row) => row.length));
  const grid: (string | number | boolean)[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const source = cells[r] ?? [];
    const line: (string | number | boolean)[] = new Array(columns);
    for (let c = 0; c < columns; c++) {
      const v = source[c];
      line[c] = typeof v === 'number' ? (Number.isFinite(v) ? v : '') : typeof v === 'boolean' || typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
    }
    grid[r] = line;
  }
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (rows < maxRows) sheet.deleteRows(rows + 1, maxRows - rows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  else if (columns < maxColumns) sheet.deleteColumns(columns + 1, maxColumns - columns);

  // Vertical runs of string cells, column by column: a column of names is one range.
  const text: string[] = [];
  for (let c = 0; c < columns; c++) {
    let start = -1;
    for (let r = 0; r <= rows; r++) {
      const hit = r < rows && typeof grid[r]![c] === 'string';
      if (hit && start < 0) start = r;
      if (!hit && start >= 0) {
        text.push(start === r - 1 ? a1(start, c) : a1Range({ top: start, left: c, bottom: r - 1, right: c }));
        start = -1;
      }
    }
  }
  if (text.length > 0) sheet.getRangeList(text).setNumberFormat(TEXT_FORMAT);
  for (const slice of slices({ top: 0, left: 0, cells: grid })) {
    sheet.getRange(slice.top + 1, slice.left + 1, slice.cells.length, columns).setValues(slice.cells);
  }
  const bold = layout.boldRows.filter((r) => r < rows).map((r) => a1Range({ top: r, left: 0, bottom: r, right: columns - 1 }));
  if (bold.length > 0) sheet.getRangeList(bold).setFontWeight('bold');
  for (const run of widthRuns(widths(cells, columns))) sheet.setColumnWidths(run.start + 1, run.count, run.pixels);
  if (layout.frozenRows > 0) sheet.setFrozenRows(layout.frozenRows);
}
