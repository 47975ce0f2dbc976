/**
 * How the sheet prints on landscape A4 (see PrintLayout in model.ts): one zoom for the sheet, every section an area
 * of its own that starts on a new page, the client table cut into named column groups with the client names and
 * its heading rows repeated on each of its pages.
 */
import { columnPixels, PRINT_WIDTH_PX, type PrintLayout, type Rect, type SectionId } from './model.js';
import { COLORS, LAST_PYRAMID_COLUMN } from './theme.js';
import { displayDate } from './text.js';
import type { ReportContext } from './context.js';
import { sectionRow, type SheetWriter } from './writer.js';

/** Below this zoom an 11-point body font prints under 8 points. */
export const MIN_PRINT_SCALE = 73;
/**
 * The zoom is at most this: 8,25-point text, a page of ~45 client rows. Larger zooms were tried on the demo: at
 * 79 % its client pages filled exactly and LibreOffice added a blank page per column group.
 */
export const MAX_PRINT_SCALE = 75;

/** The sheet's zoom: columns A..L (the pyramid, the summary, the chart) on one landscape page width, at most MAX_PRINT_SCALE. */
export function printScaleOf(widths: readonly number[]): number {
  let pixels = 0;
  for (let c = 0; c <= LAST_PYRAMID_COLUMN; c++) pixels += columnPixels(widths[c]!);
  return Math.min(MAX_PRINT_SCALE, Math.floor((100 * PRINT_WIDTH_PX) / pixels));
}

/** The rows printLayout cuts the sheet at, beside the sections' headings. */
export type PrintRows = {
  scenarioRow: number;
  clientHeader: number;
  totalRow: number;
  /** The last row of the whale section that prints: its sentences and chart (the points stay in the sheet). */
  whaleChartEnd: number;
  /** Where the summary's *Kolommen* block starts (-1: none): it prints on a page of its own, header and all. */
  mappingRow: number;
};

/**
 * The print layout of the finished sheet, its page header and footer, and the column groups' names in the client
 * table's heading row (which prints at the top of each of its pages).
 */
export function writePrintLayout(w: SheetWriter, ctx: ReportContext, widths: readonly number[], rows: PrintRows): PrintLayout {
  const { label, language } = ctx.text;
  const { col } = ctx;
  const lastColumn = ctx.columns.length - 1;
  const print = printLayout({
    ...rows, widths, sections: w.sections,
    groups: [
      { name: label('groupCosts'), first: col.abcClass!, last: col.costToServe! },
      { name: label('groupProfit'), first: col.netProfit!, last: col.signals! },
      { name: label('groupAdvice'), first: col.repairGain!, last: col.row! },
      { name: label('adviceText'), first: col.adviceText!, last: col.adviceText! },
    ],
    costBenefitLast: col.hourlyReturn!,
  });
  const clientHeading = w.sectionRow('clients');
  w.style(clientHeading, 0, clientHeading, lastColumn, { fill: COLORS.heading, fontColor: COLORS.headingText, bold: true, size: 13 });
  for (const group of print.columnGroups ?? []) w.put(clientHeading, group.first, group.name);
  const periodEnd = ctx.settings.periodEndUsed;
  print.header = { left: ctx.options.firm ?? firmOfContext(ctx.options.mapping?.context) ?? '', center: label('title'), right: label('printPeriod', { date: displayDate(periodEnd, language) }) };
  print.footer = { left: label('printMade', { date: displayDate(ctx.options.madeOn ?? periodEnd, language) }), center: '', right: label('printPage') };
  return print;
}

/**
 * Print areas, titles and zoom. The zoom fits the widest area that cannot be split (the pyramid, the summary,
 * the whale chart: columns A..L) on one page width; the client table's named column groups are split further
 * where one does not fit at that zoom (each piece named "… (2)"). Every section is an area of its own, so each
 * starts on a new page; the cost-benefit tables are split by the client table's groups (they share its columns),
 * the scenarios below them are narrow.
 */
export function printLayout(input: PrintRows & {
  widths: readonly number[];
  sections: readonly { id: SectionId; row: number }[];
  groups: { name: string; first: number; last: number }[];
  costBenefitLast: number;
}): PrintLayout {
  const scale = printScaleOf(input.widths);
  const groups = splitGroups(input.groups, input.widths, scale);
  const row = (id: SectionId): number => sectionRow(input.sections, id);
  const wide = LAST_PYRAMID_COLUMN;
  const areas: Rect[] = [
    ...(input.mappingRow > 0
      ? [{ top: 0, left: 0, bottom: input.mappingRow - 1, right: wide }, { top: input.mappingRow, left: 0, bottom: row('pyramid') - 1, right: wide }]
      : [{ top: 0, left: 0, bottom: row('pyramid') - 1, right: wide }]),
    { top: row('pyramid'), left: 0, bottom: row('costBenefit') - 1, right: wide },
    // The class and tier tables use the client table's columns: one area per group that they reach.
    ...groups.filter((g) => g.first <= input.costBenefitLast).map((g, i) => ({
      top: row('costBenefit'), left: i === 0 ? 0 : g.first, bottom: input.scenarioRow - 1, right: Math.min(g.last, input.costBenefitLast),
    })),
    { top: input.scenarioRow, left: 0, bottom: row('whale') - 1, right: wide },
    { top: row('whale'), left: 0, bottom: input.whaleChartEnd, right: wide },
    { top: row('problems'), left: 0, bottom: row('clients') - 1, right: wide },
    ...groups.map((g, i) => ({ top: row('clients'), left: i === 0 ? 0 : g.first, bottom: input.totalRow, right: g.last })),
  ];
  return {
    landscape: true,
    scale,
    areas,
    titleRows: { first: row('clients'), last: input.clientHeader },
    titleColumns: { first: 0, last: 0 },
    columnGroups: groups,
  };
}

/** The column groups, each cut where it does not fit one page width beside the client names at `scale`. */
function splitGroups(input: readonly { name: string; first: number; last: number }[], widths: readonly number[], scale: number): { name: string; first: number; last: number }[] {
  const px = (first: number, last: number): number => {
    let sum = 0;
    for (let c = first; c <= last; c++) sum += columnPixels(widths[c]!);
    return sum;
  };
  const budget = (PRINT_WIDTH_PX * 100) / scale - columnPixels(widths[0]!);
  const groups: { name: string; first: number; last: number }[] = [];
  for (const group of input) {
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
