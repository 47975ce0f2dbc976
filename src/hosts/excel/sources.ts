/// <reference types="office-js" />
/**
 * *Klantenlijst maken* in Excel: the workbook's sheets as sources of the client list, and the built
 * list written back. No arithmetic: recognising, reading and summing are the core's (`core/sources/`).
 *
 * - `describeSources`: every sheet but our own, recognised from its first rows. Three round trips whatever the
 *   number of sheets: the names; every sheet's used range and marks; every sheet's head (values and number formats,
 *   in more syncs only when the heads together would pass the response budget).
 * - `makeClientList`: each used sheet read in blocks under the 5 MB response limit (`readBlocks`, as the client
 *   table is read), every block fed to the builder and dropped, so a sheet of 100 000 lines costs its blocks and
 *   no more; then *Klantenlijst* and *Bronnen* painted by `paintReport` (batched, text as text) and marked with
 *   `LIST_MARK_KEY`. A re-run replaces those two sheets only; a user's own sheet of that name is left alone and ours
 *   goes to *Klantenlijst (2)*. The analysis sheet's mark is not set on them: the analysis reads *Klantenlijst*.
 */
import {
  builtListCells, COLORS, createListBuilder, FIELD_KIND, HEAD_ROWS, listJson, provenanceCells, recogniseSource, requestOptions, SOURCE_WORDS,
  type BuiltField, type Cell, type CellValue, type ClientListBuild, type Language, type ListRequest, type ReportSheet,
  type SheetSource, type SourceFeed, type Style, type StyleRange,
} from '../../core/index.js';
import { MARK_KEY, paintReport, REQUEST_BUDGET } from './paint.js';
import { BOX, headCells, notationOf, queueHead, readBlocks, type Box } from './read.js';

/** The custom property on *Klantenlijst* and *Bronnen*: ours, not the analysis sheet (ExcelApi 1.12). */
export const LIST_MARK_KEY = 'Klantwaarde.list';
/** Rows of a sheet's head that `describeSources` recognises it from. */
export const DESCRIBE_ROWS = 200;
/** A generous average of a cell in a values-and-formats response (a value, a format code, the separators). */
const HEAD_BYTES_PER_CELL = 96;

type Counted = { syncs: number };
const counter = (context: Excel.RequestContext): { sync: () => Promise<void>; count: Counted } => {
  const count = { syncs: 0 };
  return {
    count,
    sync: async () => {
      count.syncs++;
      await context.sync();
    },
  };
};

/** A sheet as `describeSources` and `makeClientList` find it. */
type Found = { sheet: Excel.Worksheet; name: string; used: Excel.Range; analysis: Excel.WorksheetCustomProperty; list: Excel.WorksheetCustomProperty };

/** Queues, per sheet, its used range and both marks (one sync for all). */
function queueSheets(sheets: readonly Excel.Worksheet[]): Found[] {
  return sheets.map((sheet) => ({
    sheet,
    name: sheet.name,
    used: sheet.getUsedRangeOrNullObject(true).load(BOX),
    analysis: sheet.customProperties.getItemOrNullObject(MARK_KEY).load('value'),
    list: sheet.customProperties.getItemOrNullObject(LIST_MARK_KEY).load('value'),
  }));
}

const isOurs = (found: Found): boolean => !found.analysis.isNullObject || !found.list.isNullObject;

/**
 * Where a sheet's cells are read: from its first used row, and from column A to its last used column, so a
 * column's 0-based index is its sheet column (`C` is 2) in the pane's dropdowns and the user's mapping.
 */
function readBox(used: Excel.Range): Box | null {
  if (used.isNullObject) return null;
  return { address: used.address, rowIndex: used.rowIndex, columnIndex: 0, rowCount: used.rowCount, columnCount: used.columnIndex + used.columnCount };
}

/** Every sheet but our own, in tab order, recognised from its first `DESCRIBE_ROWS` rows. */
export async function describeSources(context: Excel.RequestContext): Promise<{ sources: SheetSource[]; syncs: number }> {
  const { sync, count } = counter(context);
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await sync();
  const found = queueSheets(sheets.items);
  await sync();
  const theirs = found.filter((f) => !isOurs(f));
  // The heads, packed into as few syncs as the response budget allows (one for a workbook of ordinary exports).
  const heads = new Map<string, CellValue[][]>();
  let queued: { name: string; range: Excel.Range }[] = [];
  let bytes = 0;
  const flush = async (): Promise<void> => {
    if (queued.length === 0) return;
    await sync();
    for (const { name, range } of queued) heads.set(name, headCells(range));
    queued = [];
    bytes = 0;
  };
  for (const f of theirs) {
    const box = readBox(f.used);
    if (!box) continue;
    const rows = Math.min(DESCRIBE_ROWS, box.rowCount);
    const size = rows * box.columnCount * HEAD_BYTES_PER_CELL;
    if (bytes > 0 && bytes + size > REQUEST_BUDGET) await flush();
    queued.push({ name: f.name, range: queueHead(f.sheet, box.rowIndex, box.columnIndex, rows, box.columnCount) });
    bytes += size;
  }
  await flush();
  const sources = theirs.map((f): SheetSource => {
    const cells = heads.get(f.name) ?? [];
    return { sheet: f.name, rows: f.used.isNullObject ? 0 : f.used.rowCount, recognition: recogniseSource(cells) };
  });
  return { sources, syncs: count.syncs };
}

export type MadeList = { list: ReturnType<typeof listJson>; sheetName: string | null; sourcesSheet: string | null; build: ClientListBuild; syncs: number };

/**
 * Reads the sheets the request uses (in blocks), builds the list, paints *Klantenlijst* and *Bronnen* and
 * activates *Klantenlijst* (A1 selected, so the pane's next read is the list's used range). Nothing is written
 * when the build is blocked or has no clients (`sheetName` null). A sheet of the request that is gone, or is one
 * of our own, is left out before the request's choices are matched to the sheets read.
 */
export async function makeClientList(context: Excel.RequestContext, request: ListRequest, language: Language): Promise<MadeList> {
  const { sync, count } = counter(context);
  const workbook = context.workbook;
  workbook.load('name');
  const sheets = workbook.worksheets;
  sheets.load('items/name');
  const culture = context.application.cultureInfo.numberFormat.load('numberDecimalSeparator');
  await sync();
  const found = new Map(queueSheets(sheets.items).map((f) => [f.name.toLowerCase(), f]));
  await sync();
  const usable = { ...request, sheets: request.sheets.filter((s) => { const f = found.get(s.sheet.toLowerCase()); return f !== undefined && !isOurs(f); }) };
  const { sheets: names, options } = requestOptions(usable, language);
  const notation = notationOf(culture.numberDecimalSeparator);
  const builder = createListBuilder({ ...options, ...(notation ? { notation } : {}) });
  const file = workbook.name || SOURCE_WORDS[language].sheet;

  for (const name of names) {
    const f = found.get(name.toLowerCase())!;
    const box = readBox(f.used);
    const source = { file, sheet: f.name, rowOffset: box?.rowIndex ?? 0, ...(notation ? { notationHint: notation } : {}) };
    if (!box) {
      builder.add({ ...source, cells: [] }).end();
      continue;
    }
    // The head (HEAD_ROWS, as a CSV's) settles the columns and their notations; every later row is pushed and dropped.
    const head: CellValue[][] = [];
    let feed: SourceFeed | null = null;
    await readBlocks(f.sheet, box, sync, (rows) => {
      for (const row of rows) {
        if (feed) feed.push(row);
        else {
          head.push(row);
          if (head.length >= HEAD_ROWS) feed = builder.add({ ...source, cells: head });
        }
      }
    });
    (feed ?? builder.add({ ...source, cells: head })).end();
  }
  const build = builder.finish();
  const list = listJson(build);
  if (build.blocked || build.clients.length === 0) return { list, sheetName: null, sourcesSheet: null, build, syncs: count.syncs };

  const words = SOURCE_WORDS[language];
  // Bronnen first and left inactive, then Klantenlijst, which ends active with A1 selected.
  const sources = await paintReport(context, sourcesSheet(build, language, words.sourcesSheet), { mark: LIST_MARK_KEY, markValue: { sheet: 'sources' }, show: false });
  const painted = await paintReport(context, listSheet(build, language, words.sheetName), { mark: LIST_MARK_KEY, markValue: { sheet: 'list' } });
  return { list, sheetName: painted.sheetName, sourcesSheet: sources.sheetName, build, syncs: count.syncs + sources.syncs + painted.syncs };
}

/** A core cell as a report cell: a date as its ISO day (the core gives none), nothing as empty. */
const asCell = (value: CellValue): Cell => (value instanceof Date ? value.toISOString().slice(0, 10) : value ?? null);

/** Number formats of the built list's figures, by what the field is (docs/DEFINITIONS.md §1). */
const FORMAT_OF_KIND = { money: '#,##0.00', hours: '#,##0.00', count: '#,##0', days: '0.0', fraction: '0.0%', score: 'General' } as const;

/** Column widths in characters: the longest text of the first rows, between `min` and `max`. */
function widthsOf(cells: readonly (readonly Cell[])[], columns: number, min: number, max: number): number[] {
  const widths = new Array<number>(columns).fill(min);
  for (const row of cells.slice(0, 500)) {
    if (row.length < 2) continue; // a heading or a sentence runs on over the empty cells beside it
    row.forEach((cell, c) => {
      const length = typeof cell === 'number' ? String(Math.round(cell)).length + 4 : typeof cell === 'string' ? cell.length + 2 : 0;
      widths[c] = Math.min(max, Math.max(widths[c]!, length));
    });
  }
  return widths;
}

function sheetOf(name: string, cells: Cell[][], styles: StyleRange[], columnWidths: number[], frozenRows: number): ReportSheet {
  const columnCount = Math.max(1, ...cells.map((row) => row.length));
  return {
    name, cells, columnCount, columnWidths, rowHeights: [], styles, merges: [], frozen: { rows: frozenRows, columns: 0 }, charts: [], sections: [],
    clientRows: { first: 1, last: Math.max(1, cells.length - 1), header: 0 }, print: { landscape: columnCount > 6, scale: 100 },
  };
}

const HEADER_STYLE: Style = { bold: true, fill: COLORS.subheading, borderBottom: COLORS.headerRule, vertical: 'bottom', wrap: true };

/** *Klantenlijst*: the header row (frozen, styled) and one row per client, each figure in its own number format. */
export function listSheet(build: ClientListBuild, language: Language, name: string): ReportSheet {
  const cells = builtListCells(build, language).map((row) => row.map(asCell));
  const withNumber = build.clients.some((c) => c.clientNumber !== undefined);
  const fields: (BuiltField | null)[] = [null, ...(withNumber ? [null] : []), ...build.fields];
  const last = cells.length - 1;
  const styles: StyleRange[] = [{ rect: { top: 0, left: 0, bottom: 0, right: fields.length - 1 }, style: HEADER_STYLE }];
  if (last >= 1) {
    fields.forEach((field, c) => {
      if (field) styles.push({ rect: { top: 1, left: c, bottom: last, right: c }, style: { numberFormat: FORMAT_OF_KIND[FIELD_KIND[field]] } });
    });
  }
  return sheetOf(name, cells, styles, widthsOf(cells, fields.length, 10, 40), 1);
}

/** *Bronnen*: the period, the sources, where each figure came from, the near matches and the problems; headings bold. */
export function sourcesSheet(build: ClientListBuild, language: Language, name: string): ReportSheet {
  const w = SOURCE_WORDS[language];
  const cells = provenanceCells(build, language).map((row) => row.map(asCell));
  const headings = new Set<Cell>([w.sources, w.provenance, w.possibleMatches]);
  const tableHeads = new Set<Cell>([w.file, w.client]);
  const styles: StyleRange[] = [];
  cells.forEach((row, r) => {
    const right = Math.max(0, row.length - 1);
    if (row.length === 1 && headings.has(row[0]!)) styles.push({ rect: { top: r, left: 0, bottom: r, right: 0 }, style: { bold: true, size: 12 } });
    else if (row.length > 1 && tableHeads.has(row[0]!)) styles.push({ rect: { top: r, left: 0, bottom: r, right }, style: { bold: true, borderBottom: COLORS.headerRule } });
    else if (r < 2 && row.length > 1) styles.push({ rect: { top: r, left: 0, bottom: r, right: 0 }, style: { bold: true } });
  });
  return sheetOf(name, cells, styles, widthsOf(cells, Math.max(1, ...cells.map((row) => row.length)), 8, 36), 0);
}
