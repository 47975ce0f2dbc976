/**
 * A conversation page (page.ts) laid out as a sheet: rows of cells, style rectangles, merges, widths and heights,
 * the waterfall chart and the print layout (one A4 portrait page, fitted), so a host painter only moves cells, as
 * it does for the analysis sheet. Columns A..D are the page; the waterfall's helper columns (base and bar of each
 * step, above and below zero) stand in F..J, outside the print area: the chart needs them, the reader does not.
 */
import type { Cell, PrintLayout, Rect, ReportSheet, Style } from '../report/model.js';
import { COLORS, FORMATS } from '../report/theme.js';
import { SheetWriter } from '../report/writer.js';
import type { ProfileMeasure } from '../types.js';
import { pageDates, type ConversationPage } from './page.js';
import { PAGE_TEXTS, PROFILE_MEASURE_LABELS, type PageTextId } from './texts.js';
import { fill } from '../i18n.js';

/** Stacked columns that read as a waterfall: an invisible base and a visible bar per step, above and below zero. */
export type WaterfallChart = {
  kind: 'waterfall';
  title: string;
  anchor: Rect;
  /** The steps' labels (one column). */
  categories: Rect;
  /** In stacking order: base above zero, bar above zero, base below zero, bar below zero. */
  series: { name: string; values: Rect; visible: boolean; pointColors: string[] }[];
  yFormat: string;
};

export type ConversationSheet = Pick<ReportSheet, 'name' | 'cells' | 'columnCount' | 'columnWidths' | 'rowHeights' | 'styles' | 'merges'> & {
  client: string;
  charts: WaterfallChart[];
  /** Portrait, fitted to one page wide and one page tall; `areas` is the page (A..D). */
  print: PrintLayout & { fitToPage: true };
};

/** The printed page's last column (D) and the first helper column of the chart (F). */
const LAST = 3;
const DATA = 5;
// C is wider than B and D: it holds the internal figures' labels and the A-median heading ("Kernklanten (mediaan)").
const WIDTHS = [40, 16, 24, 16, 3, 26, 12, 12, 12, 12];
const CHART_ROWS = 14;

/** Number formats of the profile's measures (the comparison here, the analysis sheet's *Uw beste klanten*). */
export const PROFILE_FORMATS: Record<ProfileMeasure, string> = {
  // Whole euros: medians, not amounts that add up (and not the tables' `moneyWhole`, which marks a sheet too wide for cents).
  revenue: '"€" #,##0', revenuePerOrder: '"€" #,##0', timePer1000: '0.0', visitsPer10000: '0.0', contactsPer1000: '0.0',
  daysLate: '0', discountPct: '0.0%', unbilledShare: '0%', contractShare: '0%',
};

/**
 * The page as the analysis sheet's painters take it (no frozen panes, no sections or client rows); each host adds
 * the page's own waterfall (`charts`) and fit-to-page itself.
 */
export function conversationAsReport(page: ConversationSheet): ReportSheet {
  return {
    name: page.name, cells: page.cells, columnCount: page.columnCount, columnWidths: page.columnWidths, rowHeights: page.rowHeights,
    styles: page.styles, merges: page.merges, frozen: { rows: 0, columns: 0 }, charts: [], sections: [],
    clientRows: { first: 0, last: -1, header: 0 }, print: page.print,
  };
}

/** The sheet of a conversation page, named `name` (see sheetNames in select.ts). */
export function conversationSheet(page: ConversationPage, name: string, firm = ''): ConversationSheet {
  const w = new SheetWriter();
  const t = (id: PageTextId, params?: Record<string, string | number>): string => fill(PAGE_TEXTS[page.language][id], params);
  const internal = page.audience === 'internal' ? page.internal : undefined;
  const dates = pageDates(page);
  w.put(0, 0, t(internal ? 'titleInternal' : 'titleClient', { client: page.client }));
  w.style(0, 0, 0, LAST, { bold: true, size: 16, fontColor: COLORS.heading });
  w.height(0, 24);
  w.put(1, 0, t('subtitle', { date: dates.made, period: dates.period }));
  w.style(1, 0, 1, LAST, { italic: true, fontColor: COLORS.muted, size: 9 });
  w.row = 3;
  keyFigures(w, page, t);
  const chart = costs(w, page, t);
  levers(w, page, t);
  comparison(w, page, t);
  agreements(w, t);
  const printed: Rect = { top: 0, left: 0, bottom: w.row - 1, right: LAST };
  return {
    name,
    client: page.client,
    cells: w.cells,
    columnCount: WIDTHS.length,
    columnWidths: WIDTHS,
    rowHeights: w.rowHeights,
    styles: w.styles,
    merges: w.merges,
    charts: [chart],
    print: {
      landscape: false, scale: 100, fitToPage: true, areas: [printed],
      header: { left: firm, center: '', right: page.client },
      footer: { left: t('footer', { date: dates.made }), center: '', right: '' },
    },
  };
}

type T = (id: PageTextId, params?: Record<string, string | number>) => string;

function heading(w: SheetWriter, text: string): void {
  w.skip();
  w.put(w.row, 0, text);
  w.style(w.row, 0, w.row, LAST, { fill: COLORS.heading, fontColor: COLORS.headingText, bold: true, size: 12 });
  w.height(w.row, 19);
  w.skip();
}

function money(w: SheetWriter, row: number, column: number, amount: number, style: Style = {}): void {
  w.put(row, column, amount);
  w.style(row, column, row, column, { numberFormat: FORMATS.money, horizontal: 'right', ...style });
}

/** The client's revenue, time, hourly return and net profit; the internal version adds advice, class, tier, let-go. */
function keyFigures(w: SheetWriter, page: ConversationPage, t: T): void {
  w.put(w.row, 0, t('keyFigures'));
  w.style(w.row, 0, w.row, LAST, { fill: COLORS.heading, fontColor: COLORS.headingText, bold: true, size: 12 });
  w.height(w.row, 19);
  w.skip();
  const first = w.row;
  const f = page.figures;
  const rows: [PageTextId, Cell, string][] = [
    ['revenue', f.revenue, FORMATS.money], ['time', f.time, FORMATS.hours],
    ['hourlyReturn', f.hourlyReturn ?? t('notAvailable'), FORMATS.money], ['netProfit', f.netProfit, FORMATS.money],
  ];
  for (const [id, value, format] of rows) {
    w.put(w.row, 0, t(id));
    w.put(w.row, 1, value);
    w.style(w.row, 1, w.row, 1, { numberFormat: format, horizontal: 'right' });
    w.skip();
  }
  w.style(first + 3, 0, first + 3, 1, { bold: true });
  const inside = page.internal;
  if (!inside) return;
  // The internal figures beside the key figures, in C..D, on a tinted ground: the page's one internal block.
  const own: [PageTextId, Cell, string | undefined][] = [
    ['advice', inside.adviceLabel, undefined], ['abcClass', inside.abcClass, undefined], ['tier', inside.tierLabel, undefined],
    ['letGoEffect', inside.letGoEffect ?? t('letGoNotOffered'), FORMATS.money],
  ];
  own.forEach(([id, value, format], k) => {
    w.put(first + k, 2, t(id));
    w.put(first + k, 3, value);
    w.style(first + k, 3, first + k, 3, { horizontal: 'right', ...(format ? { numberFormat: format } : {}) });
  });
  w.style(first, 2, first + 3, LAST, { fill: COLORS.classFill.B });
  w.put(w.row, 0, `${t('advice')}: ${inside.adviceSentence}`);
  w.merge(w.row, 0, w.row, LAST);
  w.style(w.row, 0, w.row, LAST, { wrap: true, vertical: 'top', fill: COLORS.classFill.B, italic: true });
  w.height(w.row, 44);
  w.skip();
}

/** *Where the money goes*: the cost lines as a table, then the waterfall of the same lines. */
function costs(w: SheetWriter, page: ConversationPage, t: T): WaterfallChart {
  heading(w, t(page.audience === 'internal' ? 'costsInternal' : 'costsClient'));
  w.headerRow([t('line'), t('amount')]);
  const first = w.row;
  for (const line of page.costLines) {
    w.put(w.row, 0, line.label);
    money(w, w.row, 1, line.amount);
    w.skip();
  }
  w.style(w.row - 1, 0, w.row - 1, 1, { bold: true, borderTop: COLORS.headerRule });
  waterfallData(w, page, first, t);
  const top = w.row;
  w.skip(CHART_ROWS);
  return {
    kind: 'waterfall', title: t('chartTitle'), anchor: { top, left: 0, bottom: top + CHART_ROWS - 1, right: LAST },
    categories: { top: first, left: DATA, bottom: first + page.costLines.length - 1, right: DATA },
    series: (['chartBase', 'chartUp', 'chartBaseBelow', 'chartDown'] as const).map((id, k) => ({
      name: t(id), visible: k % 2 === 1, values: { top: first, left: DATA + 1 + k, bottom: first + page.costLines.length - 1, right: DATA + 1 + k },
      pointColors: page.costLines.map((line) => barColour(line.id, line.amount)),
    })),
    yFormat: FORMATS.moneyWhole,
  };
}

function barColour(id: string, amount: number): string {
  if (id === 'revenue') return COLORS.heading;
  if (id === 'netProfit') return amount < 0 ? '#C00000' : '#70AD47';
  return COLORS.loss;
}

/**
 * The waterfall's helper columns, beside the table's rows: each step runs from `low` to `high` (revenue and net
 * profit from 0, a cost from the running total down by its amount); stacked columns draw the part above zero as
 * base + bar and the part below zero likewise, so a step that crosses zero still reads right.
 */
function waterfallData(w: SheetWriter, page: ConversationPage, first: number, t: T): void {
  w.put(first - 2, DATA, t('chartData'));
  w.style(first - 2, DATA, first - 2, DATA + 4, { italic: true, fontColor: COLORS.muted, size: 8 });
  w.put(first - 1, DATA, t('line'));
  (['chartBase', 'chartUp', 'chartBaseBelow', 'chartDown'] as const).forEach((id, k) => w.put(first - 1, DATA + 1 + k, t(id)));
  w.style(first - 1, DATA, first - 1, DATA + 4, { fontColor: COLORS.muted, size: 8 });
  let running = 0;
  page.costLines.forEach((line, k) => {
    let low: number;
    let high: number;
    if (line.id === 'revenue' || line.id === 'netProfit') {
      low = Math.min(0, line.amount);
      high = Math.max(0, line.amount);
      running = line.amount;
    } else {
      const next = running + line.amount;
      low = Math.min(running, next);
      high = Math.max(running, next);
      running = next;
    }
    const basePos = Math.max(low, 0);
    const barPos = Math.max(high, 0) - basePos;
    const baseNeg = Math.min(high, 0);
    const barNeg = Math.min(low, 0) - baseNeg;
    const row = first + k;
    w.put(row, DATA, line.label);
    [basePos, barPos, baseNeg, barNeg].forEach((value, s) => w.put(row, DATA + 1 + s, value));
  });
  w.style(first, DATA, first + page.costLines.length - 1, DATA + 4, { fontColor: COLORS.muted, size: 8, numberFormat: FORMATS.moneyWhole });
}

/** *What could change*: one line per repair gain > 0, together, and the net profit after them. */
function levers(w: SheetWriter, page: ConversationPage, t: T): void {
  heading(w, t(page.audience === 'internal' ? 'changesInternal' : 'changesClient'));
  if (page.levers.length === 0) {
    w.put(w.row, 0, t('noChanges'));
    w.style(w.row, 0, w.row, 0, { italic: true, fontColor: COLORS.muted });
    w.skip();
    return;
  }
  w.headerRow([t('change'), null, null, t('perYear')]);
  for (const lever of page.levers) {
    w.put(w.row, 0, lever.change);
    w.merge(w.row, 0, w.row, 2);
    money(w, w.row, 3, lever.amount);
    w.skip();
  }
  w.put(w.row, 0, t('together'));
  money(w, w.row, 3, page.repairGain);
  w.style(w.row, 0, w.row, LAST, { bold: true, borderTop: COLORS.headerRule });
  w.skip();
  w.put(w.row, 0, t('repairedProfit'));
  money(w, w.row, 3, page.repairedProfit, { bold: true });
  w.style(w.row, 0, w.row, 0, { bold: true });
  w.skip();
}

/** The client beside the median A client on the measures where it differs most. */
function comparison(w: SheetWriter, page: ConversationPage, t: T): void {
  const internal = page.audience === 'internal';
  heading(w, t(internal ? 'compareInternal' : 'compareClient'));
  if (!page.comparison || page.comparison.length === 0) {
    w.put(w.row, 0, t(page.comparison ? 'noDifference' : 'noProfile'));
    w.style(w.row, 0, w.row, 0, { italic: true, fontColor: COLORS.muted });
    w.skip();
    return;
  }
  w.headerRow([t('measure'), t(internal ? 'thisClientInternal' : 'thisClientClient'), t(internal ? 'medianInternal' : 'medianClient')]);
  for (const line of page.comparison) {
    w.put(w.row, 0, PROFILE_MEASURE_LABELS[page.language][line.measure]);
    const format = PROFILE_FORMATS[line.measure];
    // One client has a contract or not: yes/no, where the A clients' figure is a share.
    w.put(w.row, 1, line.measure === 'contractShare' ? t(line.client > 0 ? 'yes' : 'no') : line.client);
    w.put(w.row, 2, line.medianA);
    w.style(w.row, 1, w.row, 2, { numberFormat: format, horizontal: 'right' });
    w.skip();
  }
}

/** An empty block for what was agreed, by whom, by when. */
function agreements(w: SheetWriter, t: T): void {
  heading(w, t('agreements'));
  w.headerRow([t('agreement'), t('who'), t('when')]);
  w.style(w.row - 1, 0, w.row - 1, LAST, { borderBottom: COLORS.headerRule });
  for (let k = 0; k < 5; k++) {
    w.style(w.row, 0, w.row, LAST, { borderBottom: COLORS.headerRule });
    w.height(w.row, 24);
    w.skip();
  }
}
