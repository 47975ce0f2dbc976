/**
 * How the sheet prints on landscape A4 (see PrintLayout in model.ts): one zoom for the sheet, the sections above the
 * client table packed into areas of a page each, the client table cut into named column groups with the client
 * names and its heading rows repeated on each of its pages.
 */
import { columnPixels, PRINT_WIDTH_PX, type PrintLayout, type Rect, type SectionId } from './model.js';
import { COLORS, LAST_PYRAMID_COLUMN } from './theme.js';
import { displayDate } from './text.js';
import type { ReportContext } from './context.js';
import { sectionRow, type SheetWriter } from './writer.js';

/**
 * The smallest zoom: 11-point text prints at 7,7 points, as small as a bookkeeper's printed ledger. At it the demo's
 * 48 clients print one page high per column group (at 73 % they took two pages each, the second a few rows).
 */
export const MIN_PRINT_SCALE = 70;
/** The zoom is at most this: 8,25-point text. */
export const MAX_PRINT_SCALE = 75;

/** The page's margins in inches: narrow (Excel's own "Smal" is 0,25/0,75), so a page holds 50 client rows at 70 %. */
export const PRINT_MARGINS = { left: 0.4, right: 0.4, top: 0.45, bottom: 0.45, header: 0.2, footer: 0.2 } as const;
/** Printable height of landscape A4 at 100 %, in points (210 mm less the top and bottom margins). */
export const PRINT_HEIGHT_PT = (210 / 25.4) * 72 - (PRINT_MARGINS.top + PRINT_MARGINS.bottom) * 72;
/** A row's height where none is set: Calibri 11 in Excel and Carlito 11 in LibreOffice. */
export const DEFAULT_ROW_PT = 15;
/** The client rows' height: a point less than the default, so the demo's 48 clients fit a page at 70 %. */
export const CLIENT_ROW_PT = 14;

/**
 * The page width the areas are fitted to: PRINT_WIDTH_PX less 2 %, what LibreOffice's render of the demo needed
 * beyond the width estimate (an area estimated at 1 041 of 1 045 pixels printed its last column on a page of its own).
 */
export const PRINTABLE_PX = Math.floor(PRINT_WIDTH_PX * 0.98);

/** The largest zoom at which columns 0..`last` print on one landscape page width (at most MAX_PRINT_SCALE). */
export function printScaleOf(widths: readonly number[], last = LAST_PYRAMID_COLUMN): number {
  let pixels = 0;
  for (let c = 0; c <= last && c < widths.length; c++) pixels += columnPixels(widths[c]!);
  return Math.min(MAX_PRINT_SCALE, Math.floor((100 * PRINTABLE_PX) / pixels));
}

/** The rows printLayout cuts the sheet at, beside the sections' headings. */
export type PrintRows = {
  scenarioRow: number;
  clientHeader: number;
  totalRow: number;
  /** The client table's colour legend, under its total: printed on the table's first column group only. */
  legendRow: number;
  /** The last row of the whale section that prints: its sentences and chart (the points stay in the sheet). */
  whaleChartEnd: number;
  /** Where the summary's *Kolommen* block starts (-1: none). */
  mappingRow: number;
  /** The last column of the cost-benefit table (the widest block above the client table). */
  costBenefitLast: number;
  /** Lines the client table's wrapped header needs (wrap.ts headerLines). */
  headerLines: number;
};

/**
 * The print layout of the finished sheet, its page header and footer, and the column groups' names in the client
 * table's heading row (which prints at the top of each of its pages).
 */
export function writePrintLayout(w: SheetWriter, ctx: ReportContext, widths: readonly number[], rows: PrintRows): PrintLayout {
  const { label, language } = ctx.text;
  const lastColumn = ctx.columns.length - 1;
  const lines = rows.headerLines;
  // Excel and Sheets grow a wrapped header themselves; LibreOffice prints it one line high, its labels cut.
  if (lines > 1) w.height(rows.clientHeader, DEFAULT_ROW_PT * lines);
  const print = printLayout({
    ...rows, widths, sections: w.sections, rowHeights: w.rowHeights, groups: clientGroups(ctx),
  });
  const clientHeading = w.sectionRow('clients');
  w.style(clientHeading, 0, clientHeading, lastColumn, { fill: COLORS.heading, fontColor: COLORS.headingText, bold: true, size: 13 });
  for (const group of print.columnGroups ?? []) w.put(clientHeading, group.first, group.name);
  const periodEnd = ctx.settings.periodEndUsed;
  print.header = { left: ctx.options.firm ?? firmOfContext(ctx.options.mapping?.context) ?? '', center: label('title'), right: label('printPeriod', { date: displayDate(periodEnd, language) }) };
  print.footer = { left: label('printMade', { date: displayDate(ctx.options.madeOn ?? periodEnd, language) }), center: '', right: label('printPage') };
  return print;
}

/** The client table's named column groups; the advice's explanation is on screen only. */
export function clientGroups(ctx: Pick<ReportContext, 'col' | 'text'>): Group[] {
  const { col, text: { label } } = ctx;
  return [
    { name: label('groupCosts'), first: col.abcClass!, last: col.costToServe! },
    { name: label('groupProfit'), first: col.netProfit!, last: col.signals! },
    { name: label('groupAdvice'), first: col.repairGain!, last: col.row! },
    { name: label('adviceText'), first: col.adviceText!, last: col.adviceText!, screenOnly: true },
  ];
}

export type Group = { name: string; first: number; last: number; screenOnly?: boolean };

/**
 * Print areas, titles and zoom. Every area starts on a new page (Excel and LibreOffice print each range of a
 * print area on pages of their own), so the sections above the client table are packed into as few areas as a
 * page holds, in order, none cut (the summary; its columns and the problems; the pyramid and the best clients;
 * the cost-benefit table and the scenarios; the whale curve), and the client table prints one area per named
 * column group, its heading rows and the client names repeated on each page. The zoom is the one in
 * MIN_PRINT_SCALE..MAX_PRINT_SCALE that prints the sheet on the fewest pages (the largest of those), as long as
 * the widest block above the client table fits one page width; a group that does not fit is cut (each piece
 * named "… (2)"). The advice's explanation (one long line a client) is left out of print: on paper it is the
 * conversation sheets' (`--conversations`).
 */
export function printLayout(input: PrintRows & {
  widths: readonly number[];
  sections: readonly { id: SectionId; row: number }[];
  rowHeights: readonly { row: number; height: number }[];
  groups: Group[];
}): PrintLayout {
  const row = (id: SectionId): number => sectionRow(input.sections, id);
  const wide = Math.max(LAST_PYRAMID_COLUMN, input.costBenefitLast);
  const set = new Map(input.rowHeights.map((h) => [h.row, h.height]));
  const firstClient = input.clientHeader + 1;
  // A row is its set height, else 14 points in the client rows and 15 elsewhere (the client header's wrapped
  // height is set by writePrintLayout). Counted, not summed row by row: a million client rows cost nothing here.
  const unset = (r: number): number => (r >= firstClient && r < input.totalRow ? CLIENT_ROW_PT : DEFAULT_ROW_PT);
  const heightOf = (top: number, bottom: number): number => {
    const clientRows = Math.max(0, Math.min(bottom, input.totalRow - 1) - Math.max(top, firstClient) + 1);
    let sum = clientRows * CLIENT_ROW_PT + (bottom - top + 1 - clientRows) * DEFAULT_ROW_PT;
    for (const [r, height] of set) if (r >= top && r <= bottom) sum += height - unset(r);
    return sum;
  };
  // Blocks that no page break may cut, in sheet order (a block taller than a page is cut by the host).
  const starts = [
    0,
    ...(input.mappingRow > 0 ? [input.mappingRow] : []),
    row('problems'), row('pyramid'), row('costBenefit'), input.scenarioRow, row('whale'),
  ];
  const ends = [...starts.slice(1).map((s) => s - 1), input.whaleChartEnd];
  const blocks = starts.map((top, i) => ({ top, bottom: ends[i]!, height: heightOf(top, ends[i]!) }));
  const titleHeight = heightOf(row('clients'), input.clientHeader);
  // The legend under the total is left out: on the first page only, it fits where a row or two is to spare (a
  // page's printed rows come out a little lower than 14 and 15 points in LibreOffice's render).
  const bodyHeight = heightOf(firstClient, input.totalRow);

  const layoutAt = (scale: number): { pages: number; top: Rect[]; groups: Group[] } => {
    const page = (PRINT_HEIGHT_PT * 100) / scale;
    const top: Rect[] = [];
    let pages = 0;
    const close = (area: { top: number; bottom: number; height: number }): void => {
      top.push({ top: area.top, left: 0, bottom: area.bottom, right: wide });
      pages += Math.ceil(area.height / page);
    };
    let current = blocks[0]!;
    for (const block of blocks.slice(1)) {
      if (current.height + block.height <= page) current = { top: current.top, bottom: block.bottom, height: current.height + block.height };
      else {
        close(current);
        current = block;
      }
    }
    close(current);
    const groups = splitGroups(input.groups, input.widths, scale);
    const printed = groups.filter((g) => !g.screenOnly).length;
    pages += printed * Math.max(1, Math.ceil(bodyHeight / (page - titleHeight)));
    return { pages, top, groups };
  };
  const fits = printScaleOf(input.widths, wide);
  let scale = Math.min(fits, MAX_PRINT_SCALE);
  let best = layoutAt(scale);
  for (let s = scale - 1; s >= MIN_PRINT_SCALE; s--) {
    const candidate = layoutAt(s);
    if (candidate.pages < best.pages) { best = candidate; scale = s; }
  }
  const clientAreas = best.groups.filter((g) => !g.screenOnly).map((g, i) => ({
    top: row('clients'), left: i === 0 ? 0 : g.first, bottom: i === 0 ? input.legendRow : input.totalRow, right: g.last,
  }));
  return {
    landscape: true,
    scale,
    margins: { ...PRINT_MARGINS },
    areas: [...best.top, ...clientAreas],
    titleRows: { first: row('clients'), last: input.clientHeader },
    titleColumns: { first: 0, last: 0 },
    columnGroups: best.groups.map(({ name, first, last }) => ({ name, first, last })),
  };
}

/** The column groups, each cut where it does not fit one page width beside the client names at `scale`. */
export function splitGroups(input: readonly Group[], widths: readonly number[], scale: number): Group[] {
  const px = (first: number, last: number): number => {
    let sum = 0;
    for (let c = first; c <= last; c++) sum += columnPixels(widths[c]!);
    return sum;
  };
  const budget = (PRINTABLE_PX * 100) / scale - columnPixels(widths[0]!);
  const groups: Group[] = [];
  for (const group of input) {
    if (group.screenOnly) { groups.push(group); continue; }
    let first = group.first;
    let piece = 1;
    for (let c = group.first; c <= group.last; c++) {
      if (c > first && px(first, c) > budget) {
        groups.push({ name: piece === 1 ? group.name : `${group.name} (${piece})`, first, last: c - 1 });
        piece += 1;
        first = c;
      }
    }
    groups.push({ name: piece === 1 ? group.name : `${group.name} (${piece})`, first, last: group.last });
  }
  return groups;
}

/** A firm's name is at most this long in the page header (a longer first line is a sentence, not a name). */
const FIRM_MAX = 60;

/**
 * The firm a list names above its header (`De Vries Installatietechniek — klantenlijst 2025/2026` in A1): the first
 * context line up to a dash, colon or bar that starts what the list is. `null` when there is no such line.
 */
export function firmOfContext(context: readonly string[] | undefined): string | null {
  const line = context?.[0]?.trim();
  if (!line) return null;
  const name = line.split(/\s[—–-]\s|:\s|\s\|\s/)[0]!.trim();
  return name.length > 0 && name.length <= FIRM_MAX ? name : null;
}
