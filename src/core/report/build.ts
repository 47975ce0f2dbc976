/**
 * `buildReport`: the analysis sheet as a host-neutral ReportSheet (see model.ts). Sections in this order:
 * Samenvatting, Klantenpiramide, Kosten-batenanalyse, Per klant, Walviscurve, Problemen.
 *
 * Layout choices:
 * - column A is the label column of every section (client names in the client table) and is frozen;
 * - the client table's money columns are the same columns in the cost-benefit tables, so the class and tier
 *   rows are `SUMIF`s over the client table and the totals are `SUM`s: the sheet stays live and correct for
 *   someone who opens it without the add-in, and no custom function appears in it;
 * - client rows are ordered by ABC class, then by the ABC measure (highest first, ties in sheet order), so each
 *   class is one contiguous band and its colour is one rectangle whatever the number of clients;
 * - "not available" figures (DOMAIN.md §3) are the text `n.v.t.`, which `SUM` ignores.
 */
import { fill, formatPercent, formatMoney } from '../i18n.js';
import type { Language } from '../types.js';
import type { AbcClass, AnalysisResult, ClientResult, ColumnMapping, GroupTotals, Problem, Settings, Tier } from '../types.js';
import { FIELDS } from '../fields.js';
import { ABC_CLASSES, TIERS } from '../types.js';
import { ADVICE_LABELS, adviceSentence, COLUMN_REASONS, CONFIDENCE_LABELS, FIELD_LABELS, MATCH_BASIS, NOTE_MESSAGES, SCENARIO_LINES, SIGNAL_LABELS, TIER_LABELS, type RepairLineId } from '../messages.js';
import { SETTING_SOURCES, DEFAULT_SETTINGS } from '../settings.js';
import { CURRY_REVENUE_SHARE } from '../classify.js';
import { quotient } from '../figures.js';
import { columnLetter } from '../a1.js';
import { materialiseOne, type ColumnarAnalysis } from '../analyse.js';
import { CLASS_LETTERS } from '../classify.js';
import { MEASURE_LABELS, REPORT_LABELS, SETTING_LABELS, SOURCE_LABELS, type ReportLabelId, type SourceId } from './labels.js';
import { a1, columnPixels, isFormula, materialiseReport, PRINT_WIDTH_PX, type Cell, type ChartSpec, type ClientTable, type Formula, type LazyReportSheet, type PrintLayout, type Rect, type ReportSheet, type SectionId, type Style, type StyleRange } from './model.js';

/** Locale-independent number formats (Excel codes; every host shows them in the user's locale). */
export const FORMATS = {
  money: '"€" #,##0.00;[Red]"€" -#,##0.00',
  /** Whole euros: the tables' amounts when cents would print the sheet under 8 points (the cells keep their cents). */
  moneyWhole: '"€" #,##0;[Red]"€" -#,##0',
  percent: '0.0%',
  hours: '#,##0.0',
  count: '#,##0',
  text: '@',
} as const;

/** Colours: fills light enough to print, fonts dark enough to read on them. */
export const COLORS = {
  heading: '#1F4E79',
  headingText: '#FFFFFF',
  subheading: '#DDEBF7',
  headerRule: '#8EA9C1',
  muted: '#595959',
  classFill: { A: '#E2F0D9', B: '#FFF2CC', C: '#FBE2D5' } as Record<AbcClass, string>,
  profit: '#A9D18E',
  thin: '#FFD966',
  loss: '#F4A582',
  inactive: '#D9D9D9',
  line: '#1F4E79',
} as const;

/** A tier or band is "thin" below this margin (our choice; DOMAIN.md names no threshold). */
export const THIN_MARGIN = 0.05;

export type ReportOptions = {
  language?: Language;
  /** Input problems, for the Problemen section and the summary's count. */
  problems?: readonly Problem[];
  /** The date the report was made (ISO), shown under the title. Default: the analysis' period end. */
  madeOn?: string;
  /** The firm, for the printed page header (the CLI passes the workbook's company or the input file's name). */
  firm?: string;
  /** The column mapping the table was read with, for the summary's *Kolommen* block (which header fed what). */
  mapping?: ColumnMapping;
};

type Column = {
  id: string;
  label: string;
  width: number;
  format?: string;
  value: (c: ClientResult) => Cell;
  /** How the total row sums this column. */
  total?: 'sum' | 'margin' | 'hourlyReturn';
};

const LAST_PYRAMID_COLUMN = 11; // the pyramid is drawn in D..L: nine equal money columns

/** Everything of an analysis but the clients: what the sections other than the client table are made of. */
type Summary = Omit<AnalysisResult, 'clients'>;

/**
 * The clients as the report reads them: `count` of them, client `i` (in the analysis' order) as a ClientResult
 * made when asked (the report keeps none), and `order`, the report order (`order[k]` is the k-th client row).
 */
type Clients = { count: number; client: (i: number) => ClientResult; order: ArrayLike<number>; classCounts: number[] };

/** The materialised sheet (every cell in one grid), for the painters that send 2-D arrays. */
export function buildReport(result: AnalysisResult, options: ReportOptions = {}): ReportSheet {
  return materialiseReport(buildLazyReport(result, clientsOf(result.clients), options));
}

/**
 * The sheet from the columnar analysis, with its client rows made on demand (issue 11): what the CLI writes with
 * the stream writer. One ClientResult per client is made (and dropped) once to measure the columns and sum the
 * totals, and once per row as the writer renders it; none is kept. The same sheet as `buildReport` of
 * `analyse(…)` on the same input, cell for cell (test/core/report/lazy.test.ts).
 */
export function buildReportFromColumns(columnar: ColumnarAnalysis, options: ReportOptions = {}): LazyReportSheet {
  const n = columnar.columns.count;
  const rank = new Uint8Array(n);
  const value = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    rank[i] = columnar.abcClass[i]!;
    // materialiseOne's abcValue is null when not finite, which orderForReport ranks as -Infinity.
    const v = columnar.abcValue[i]!;
    value[i] = Number.isFinite(v) ? v : -Infinity;
  }
  const clients: Clients = { count: n, client: (i) => materialiseOne(columnar, i), order: reportOrder(rank, value), classCounts: countRanks(rank) };
  return buildLazyReport({ settings: columnar.settings, ...columnar.summary }, clients, options);
}

/** Class ranks for `reportOrder`: A, B, C as CLASS_LETTERS codes them. */
const CLASS_RANK: Record<AbcClass, number> = { A: CLASS_LETTERS.indexOf('A'), B: CLASS_LETTERS.indexOf('B'), C: CLASS_LETTERS.indexOf('C') };

function clientsOf(list: readonly ClientResult[]): Clients {
  const n = list.length;
  const rank = new Uint8Array(n);
  const value = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    rank[i] = CLASS_RANK[list[i]!.abcClass];
    value[i] = list[i]!.abcValue ?? -Infinity;
  }
  return { count: n, client: (i) => list[i]!, order: reportOrder(rank, value), classCounts: countRanks(rank) };
}

function countRanks(rank: Uint8Array): number[] {
  const counts = CLASS_LETTERS.map(() => 0);
  for (let i = 0; i < rank.length; i++) counts[rank[i]!]! += 1;
  return counts;
}

/**
 * orderForReport's order as indices: by class rank, then value highest first, ties by index. A total order, so
 * the result is orderForReport's whatever the sort; on typed arrays it keeps no object per client.
 */
function reportOrder(rank: Uint8Array, value: Float64Array): Uint32Array {
  const order = new Uint32Array(rank.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((x, y) => rank[x]! - rank[y]! || (value[x] === value[y] ? x - y : value[y]! > value[x]! ? 1 : -1));
}

function buildLazyReport(result: Summary, clientsIn: Clients, options: ReportOptions): LazyReportSheet {
  const language = options.language ?? 'nl';
  const problems = options.problems ?? [];
  const L = REPORT_LABELS[language];
  const label = (id: ReportLabelId, params?: Record<string, string | number>): string => fill(L[id], params);
  const na = L.notAvailable;
  const settings = result.settings;
  const pct = (x: number | null): string => (x === null ? na : formatPercent(x, language));

  const cells: Cell[][] = [];
  const styles: StyleRange[] = [];
  const merges: Rect[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  const sections: { id: SectionId; row: number }[] = [];
  const charts: ChartSpec[] = [];
  const put = (row: number, column: number, value: Cell): void => {
    const line = (cells[row] ??= []);
    while (line.length < column) line.push(null);
    line[column] = value;
  };
  const style = (top: number, left: number, bottom: number, right: number, s: Style): void => {
    styles.push({ rect: { top, left, bottom, right }, style: s });
  };
  let row = 0;

  // ---- the client table's columns (they fix the sheet's column widths) ----
  const driverLabels = settings.extraDrivers.map((d) => d.label || d.column);
  const columns: Column[] = [
    { id: 'client', label: label('client'), width: 32, format: FORMATS.text, value: (c) => c.client },
    // The firm's own number beside the name, when the list has one (a debtor number from the accounting package).
    ...(clientsIn.count > 0 && clientsIn.client(0).clientNumber !== undefined
      ? [{ id: 'clientNumber', label: label('clientNumber'), width: 12, format: FORMATS.text, value: (c: ClientResult) => c.clientNumber || null } as Column]
      : []),
    { id: 'abcClass', label: label('abcClass'), width: 13, value: (c) => c.abcClass },
    { id: 'tier', label: label('tier'), width: 14, value: (c) => TIER_LABELS[language][c.tier] },
    { id: 'revenue', label: label('revenue'), width: 14, format: FORMATS.money, value: (c) => c.revenue, total: 'sum' },
    { id: 'directCosts', label: label('directCosts'), width: 14, format: FORMATS.money, value: (c) => c.directCosts, total: 'sum' },
    { id: 'time', label: label('time'), width: 14, format: FORMATS.hours, value: (c) => c.time, total: 'sum' },
    { id: 'labourCost', label: label('labourCost'), width: 14, format: FORMATS.money, value: (c) => c.labourCost, total: 'sum' },
    { id: 'visitCost', label: label('visitCost'), width: 14, format: FORMATS.money, value: (c) => c.visitCost, total: 'sum' },
    { id: 'orderCost', label: label('orderCost'), width: 14, format: FORMATS.money, value: (c) => c.orderCost, total: 'sum' },
    { id: 'invoiceCost', label: label('invoiceCost'), width: 14, format: FORMATS.money, value: (c) => c.invoiceCost, total: 'sum' },
    { id: 'shippingCost', label: label('shippingCost'), width: 14, format: FORMATS.money, value: (c) => c.shippingCost, total: 'sum' },
    ...driverLabels.map((driverLabel, d): Column => ({
      id: `driver${d}`, label: driverLabel, width: 14, format: FORMATS.money, value: (c) => c.driverCosts[d] ?? 0, total: 'sum',
    })),
    { id: 'interestCost', label: label('interestCost'), width: 14, format: FORMATS.money, value: (c) => c.interestCost, total: 'sum' },
    { id: 'costToServe', label: label('costToServe'), width: 14, format: FORMATS.money, value: (c) => c.costToServe, total: 'sum' },
    { id: 'netProfit', label: label('netProfit'), width: 14, format: FORMATS.money, value: (c) => c.netProfit, total: 'sum' },
    { id: 'margin', label: label('margin'), width: 10, format: FORMATS.percent, value: (c) => c.margin ?? na, total: 'margin' },
    { id: 'contribution', label: label('contribution'), width: 14, format: FORMATS.money, value: (c) => c.contribution, total: 'sum' },
    { id: 'hourlyReturn', label: label('hourlyReturn'), width: 14, format: FORMATS.money, value: (c) => c.hourlyReturn ?? na, total: 'hourlyReturn' },
    { id: 'opportunityCost', label: label('opportunityCost'), width: 14, format: FORMATS.money, value: (c) => c.opportunityCost ?? na, total: 'sum' },
    { id: 'discountLeak', label: label('discountLeak'), width: 14, format: FORMATS.money, value: (c) => c.discountLeak, total: 'sum' },
    { id: 'trend', label: label('trend'), width: 10, format: FORMATS.percent, value: (c) => c.trend ?? na },
    { id: 'signals', label: label('signals'), width: 30, value: (c) => c.signals.map((s) => SIGNAL_LABELS[language][s]).join(', ') || null },
    { id: 'repairGain', label: label('repairGain'), width: 14, format: FORMATS.money, value: (c) => c.repairGain, total: 'sum' },
    { id: 'repairedProfit', label: label('repairedProfit'), width: 14, format: FORMATS.money, value: (c) => c.repairedProfit, total: 'sum' },
    { id: 'replacement', label: label('replacement'), width: 14, format: FORMATS.money, value: (c) => c.replacement ?? na, total: 'sum' },
    { id: 'referralLoss', label: label('referralLoss'), width: 14, format: FORMATS.money, value: (c) => c.referralLoss, total: 'sum' },
    { id: 'letGoEffect', label: label('letGoEffect'), width: 14, format: FORMATS.money, value: (c) => c.letGoEffect ?? na, total: 'sum' },
    { id: 'advice', label: label('advice'), width: 13, value: (c) => ADVICE_LABELS[language][c.advice] },
    { id: 'row', label: label('row'), width: 7, format: FORMATS.count, value: (c) => c.row },
    { id: 'adviceText', label: label('adviceText'), width: 100, value: (c) => adviceSentence(c, settings, language) },
  ];
  const col = Object.fromEntries(columns.map((c, i) => [c.id, i])) as Record<string, number>;
  const columnCount = columns.length;
  /** Margin or hourly return of a totals row: a ratio of cells in the same row, so it stays live. */
  const ratioCell = (kind: 'margin' | 'hourlyReturn', r: number, totals: GroupTotals): Formula => {
    const [numerator, denominator] = kind === 'margin' ? [col.netProfit!, col.revenue!] : [col.contribution!, col.time!];
    const under = a1(r, denominator);
    return {
      formula: `IF(${under}>0,${a1(r, numerator)}/${under},"${na}")`,
      value: (kind === 'margin' ? quotient(totals.netProfit, totals.revenue) : totals.hourlyReturn) ?? na,
    };
  };
  const lastColumn = columnCount - 1;
  const n = clientsIn.count;

  // Where the client table will be, so earlier sections can refer to it. Computed before it is written.
  const heading = (id: SectionId): void => {
    sections.push({ id, row });
    put(row, 0, label(id));
    style(row, 0, row, LAST_PYRAMID_COLUMN, { fill: COLORS.heading, fontColor: COLORS.headingText, bold: true, size: 13 });
    rowHeights.push({ row, height: 21 });
    row += 1;
  };
  const subheading = (text: string, right = LAST_PYRAMID_COLUMN): void => {
    put(row, 0, text);
    style(row, 0, row, right, { fill: COLORS.subheading, bold: true });
    row += 1;
  };
  /** A bold, wrapped header row; `lines` reserves height where hosts do not grow wrapped rows themselves. */
  const headerRow = (labels: (string | null)[], first = 0, lines = 0): void => {
    if (lines > 1) rowHeights.push({ row, height: 15 * lines });
    labels.forEach((text, i) => put(row, first + i, text));
    style(row, first, row, first + labels.length - 1, { bold: true, wrap: true, vertical: 'bottom', borderBottom: COLORS.headerRule });
    row += 1;
  };

  // Rows of the sections before the client table are counted first (their size does not depend on n), so the
  // formulas can point at the client table below them. `layout` below is checked against what was written.
  const classCounts = new Map<AbcClass, number>();
  for (const letter of ABC_CLASSES) if (clientsIn.classCounts[CLASS_RANK[letter]]! > 0) classCounts.set(letter, clientsIn.classCounts[CLASS_RANK[letter]]!);
  const problemRows = new Set(problems.filter((p) => p.row !== null).map((p) => p.row)).size;

  // ---- title ----
  put(row, 0, label('title'));
  style(row, 0, row, 0, { bold: true, size: 18, fontColor: COLORS.heading });
  rowHeights.push({ row, height: 26 });
  row += 1;
  put(row, 0, label('generated', { date: displayDate(options.madeOn ?? settings.periodEndUsed, language) }));
  style(row, 0, row, 0, { italic: true, fontColor: COLORS.muted });
  row += 2;

  // The client table's position is fixed after the pyramid and cost-benefit sections; formulas written before
  // it use `clientRange`, which is filled in once known (closures read it when the formula text is built).
  const pending: { row: number; column: number; make: () => Formula }[] = [];
  const later = (r: number, c: number, make: () => Formula): void => {
    pending.push({ row: r, column: c, make });
    put(r, c, null);
  };
  let firstClientRow = -1;
  let lastClientRow = -1;
  let totalRow = -1;
  const colRange = (id: string, absolute = true): string => {
    const c = columnLetter(col[id]!);
    const d = absolute ? '$' : '';
    return `${d}${c}${d}${firstClientRow + 1}:${d}${c}${d}${lastClientRow + 1}`;
  };
  const totalCell = (id: string): string => a1(totalRow, col[id]!);

  // ---- Samenvatting ----
  heading('summary');
  const summaryValue = (text: string, value: Cell | (() => Formula), format?: string): void => {
    put(row, 0, text);
    if (typeof value === 'function') later(row, 1, value);
    else put(row, 1, value);
    if (format) {
      merges.push({ top: row, left: 1, bottom: row, right: 2 });
      style(row, 1, row, 2, { numberFormat: format, horizontal: 'right' });
    }
    row += 1;
  };
  summaryValue(label('period'), label('periodValue', { date: displayDate(settings.periodEndUsed, language) }));
  summaryValue(label('clientCount'), () => ({ formula: n > 0 ? `COUNTA(${colRange('client')})` : '0', value: n }), FORMATS.count);
  summaryValue(label('revenue'), () => ({ formula: totalCell('revenue'), value: result.totals.revenue }), FORMATS.money);
  summaryValue(label('netProfit'), () => ({ formula: totalCell('netProfit'), value: result.totals.netProfit }), FORMATS.money);
  summaryValue(label('time'), () => ({ formula: totalCell('time'), value: result.totals.time }), FORMATS.hours);
  summaryValue(label('hourlyReturn'), () => ({ formula: totalCell('hourlyReturn'), value: result.totals.hourlyReturn ?? na }), FORMATS.money);
  summaryValue(label('portfolioMargin'), () => ({ formula: totalCell('margin'), value: quotient(result.totals.netProfit, result.totals.revenue) ?? na }), FORMATS.percent);
  summaryValue(label('replacementHourlyReturn'), result.replacementHourlyReturn ?? na, FORMATS.money);
  summaryValue(label('problemRows'), problemRows, FORMATS.count);
  style(row - 1, 1, row - 1, 2, { numberFormat: FORMATS.count, horizontal: 'right', fontColor: problemRows > 0 ? '#C00000' : COLORS.muted, bold: problemRows > 0 });
  row += 1;

  subheading(label('settings'));
  headerRow([label('setting'), label('value'), null, label('source')]);
  for (const entry of settingRows(result, language)) {
    put(row, 0, entry.label);
    put(row, 1, entry.value);
    merges.push({ top: row, left: 1, bottom: row, right: 2 });
    style(row, 1, row, 2, { horizontal: 'right', ...(entry.format ? { numberFormat: entry.format } : {}) });
    put(row, 3, entry.source);
    style(row, 3, row, 3, { fontColor: COLORS.muted, italic: true });
    row += 1;
  }
  if (result.notes.length > 0) {
    row += 1;
    subheading(label('notes'));
    for (const note of result.notes) {
      put(row, 0, NOTE_MESSAGES[language][note]);
      style(row, 0, row, 0, { fontColor: '#833C0B' });
      row += 1;
    }
  }
  let mappingRow = -1;
  if (options.mapping) {
    // Which header fed which figure, and which columns were not used (issue 7: nothing in silence).
    const mapping = options.mapping;
    row += 1;
    mappingRow = row;
    subheading(label('columns'));
    // The column's letter and header span B:D, so a long header does not widen the sheet's columns (which the
    // printed pyramid shares); how it was read is in E.
    headerRow([label('field'), label('columnUsed'), null, null, label('how')]);
    const columnRow = (first: string, column: string, how: string, muted: boolean): void => {
      put(row, 0, first);
      put(row, 1, column);
      merges.push({ top: row, left: 1, bottom: row, right: 3 });
      put(row, 4, how);
      style(row, 4, row, 4, { fontColor: COLORS.muted, italic: true });
      if (muted) style(row, 0, row, 3, { fontColor: COLORS.muted });
      row += 1;
    };
    for (const field of FIELDS) {
      const match = mapping.fields[field];
      const fieldLabel = FIELD_LABELS[language][field];
      if (!match) {
        columnRow(fieldLabel, label('noColumn'), '', true);
        continue;
      }
      const how = [
        match.reason === 'manual' ? COLUMN_REASONS[language].manual : CONFIDENCE_LABELS[language][match.confidence],
        ...(match.scale !== 1 ? [label('minutesToHours')] : []),
        ...(match.basis ? [MATCH_BASIS[language][match.basis]] : []),
      ].join('; ');
      const minus = match.subtract ? ` − ${match.subtract.letter} · ${match.subtract.header}` : '';
      columnRow(fieldLabel, `${match.letter} · ${match.header}${minus}`, how, false);
    }
    for (const use of mapping.columns) {
      if (use.field !== null || use.reason === 'empty') continue;
      columnRow(label('notUsed'), `${use.letter} · ${use.header}`, COLUMN_REASONS[language][use.reason], true);
    }
  }
  row += 1;

  // ---- Klantenpiramide ----
  heading('pyramid');
  const legend = (entries: [string, string][]): void => {
    entries.forEach(([colour, text], i) => {
      const c = 3 + i * 3;
      put(row, c, text);
      merges.push({ top: row, left: c, bottom: row, right: c + 1 });
      style(row, c, row, c + 1, { fill: colour, horizontal: 'center' });
    });
    row += 1;
  };
  legend([[COLORS.profit, label('legendProfit')], [COLORS.thin, label('legendThin')], [COLORS.loss, label('legendLoss')]]);
  row += 1;
  const tiersByCode = new Map(result.pyramid.map((t) => [t.tier, t]));
  const activeTiers: Tier[] = ['top', 'large', 'medium', 'small'];
  const clientsText = (count: number): string => clientCount(count, language);
  activeTiers.forEach((tier, level) => {
    const t = tiersByCode.get(tier);
    const halfWidth = level + 1; // 3, 5, 7, 9 columns: bands narrowing to the top, centred on column H
    const left = 7 - halfWidth;
    const right = 7 + halfWidth;
    put(row, 0, TIER_LABELS[language][tier]);
    style(row, 0, row, 0, { bold: true, vertical: 'middle' });
    const text =
      `${label('bandTitle', { tier: TIER_LABELS[language][tier], clients: clientsText(t?.clients ?? 0) })}\n` +
      label('bandFigures', { revenue: pct(t?.revenueShare ?? null), profit: pct(t?.netProfitShare ?? null) });
    put(row, left, text);
    merges.push({ top: row, left, bottom: row, right });
    style(row, left, row, right, {
      fill: t ? profitColour(t) : COLORS.inactive, horizontal: 'center', vertical: 'middle', wrap: true, bold: level === 0,
    });
    rowHeights.push({ row, height: 34 });
    row += 1;
  });
  const inactive = tiersByCode.get('inactive');
  if (inactive && inactive.clients > 0) {
    put(row, 0, TIER_LABELS[language].inactive);
    put(row, 3, `${TIER_LABELS[language].inactive}: ${clientsText(inactive.clients)}`);
    merges.push({ top: row, left: 3, bottom: row, right: LAST_PYRAMID_COLUMN });
    style(row, 3, row, LAST_PYRAMID_COLUMN, { fill: COLORS.inactive, horizontal: 'center', italic: true });
    row += 1;
  }
  row += 1;
  headerRow([label('tier'), label('clientsCount'), label('revenueShare'), label('revenue'), label('typicalShare'), label('netProfit'), label('profitShare'), label('margin')]);
  const pyramidFirst = row;
  for (const tier of TIERS) {
    const t = tiersByCode.get(tier);
    if (!t) continue;
    put(row, 0, TIER_LABELS[language][tier]);
    put(row, 1, t.clients);
    put(row, 2, t.revenueShare ?? na);
    put(row, 3, t.revenue);
    put(row, 4, t.typicalRevenueShare ?? (tier === 'inactive' ? null : CURRY_REVENUE_SHARE[tier]));
    put(row, 5, t.netProfit);
    put(row, 6, t.netProfitShare ?? na);
    put(row, 7, quotient(t.netProfit, t.revenue) ?? na);
    style(row, 0, row, 0, { fill: tier === 'inactive' ? COLORS.inactive : profitColour(t) });
    row += 1;
  }
  style(pyramidFirst, 1, row - 1, 1, { numberFormat: FORMATS.count });
  style(pyramidFirst, 2, row - 1, 2, { numberFormat: FORMATS.percent });
  style(pyramidFirst, 3, row - 1, 3, { numberFormat: FORMATS.money });
  style(pyramidFirst, 4, row - 1, 4, { numberFormat: FORMATS.percent, fontColor: COLORS.muted });
  style(pyramidFirst, 5, row - 1, 5, { numberFormat: FORMATS.money });
  style(pyramidFirst, 6, row - 1, 7, { numberFormat: FORMATS.percent });
  const small = tiersByCode.get('small');
  if (small && small.clients > 0) {
    put(row, 0, label('smallTierClaim', { revenue: pct(small.revenueShare), profit: pct(small.netProfitShare) }));
    style(row, 0, row, 0, { italic: true });
    row += 1;
  }
  row += 1;

  // ---- Kosten-batenanalyse ----
  heading('costBenefit');
  const groupColumns = columns.slice(col.revenue!, col.hourlyReturn! + 1);
  const groupHeader = (first: string): void => {
    put(row, 0, first);
    put(row, 1, label('clientsCount'));
    groupColumns.forEach((c, i) => put(row, col.revenue! + i, c.label));
    style(row, 0, row, col.hourlyReturn!, { bold: true, wrap: true, vertical: 'bottom', borderBottom: COLORS.headerRule });
    row += 1;
  };
  const groupRow = (name: string, criterionColumn: string, criterion: string, totals: GroupTotals, fillColour?: string): void => {
    put(row, 0, name);
    const countIf = (): Formula => ({ formula: `COUNTIF(${colRange(criterionColumn)},"${criterion}")`, value: totals.clients });
    later(row, 1, countIf);
    for (const c of groupColumns) {
      const at = col[c.id]!;
      const r = row;
      if (c.total === 'sum') {
        later(r, at, () => ({
          formula: `SUMIF(${colRange(criterionColumn)},"${criterion}",${colRange(c.id)})`,
          value: groupValue(totals, c.id),
        }));
      } else if (c.total) {
        put(r, at, ratioCell(c.total, r, totals));
      }
    }
    if (fillColour) style(row, 0, row, 0, { fill: fillColour, bold: true });
    row += 1;
  };
  const groupTotalRow = (first: number, last: number, totals: GroupTotals): void => {
    put(row, 0, label('total'));
    put(row, 1, { formula: `SUM(${a1(first, 1)}:${a1(last, 1)})`, value: totals.clients });
    for (const c of groupColumns) {
      const at = col[c.id]!;
      if (c.total === 'sum') put(row, at, { formula: `SUM(${a1(first, at)}:${a1(last, at)})`, value: groupValue(totals, c.id) });
      else if (c.total) put(row, at, ratioCell(c.total, row, totals));
    }
    style(row, 0, row, col.hourlyReturn!, { bold: true, borderTop: COLORS.headerRule });
    row += 1;
  };
  const groupFormats = (first: number, last: number): void => {
    style(first, 1, last, 1, { numberFormat: FORMATS.count });
    for (const c of groupColumns) if (c.format) style(first, col[c.id]!, last, col[c.id]!, { numberFormat: c.format });
  };

  subheading(label('perClass'), col.hourlyReturn!);
  groupHeader(label('class'));
  const classFirst = row;
  for (const letter of ABC_CLASSES) groupRow(letter, 'abcClass', letter, result.classes[letter], COLORS.classFill[letter]);
  groupTotalRow(classFirst, row - 1, result.totals);
  groupFormats(classFirst, row - 1);
  row += 1;

  subheading(label('perTier'), col.hourlyReturn!);
  groupHeader(label('tier'));
  const tierFirst = row;
  for (const tier of TIERS) {
    const t = tiersByCode.get(tier);
    if (!t) continue;
    groupRow(TIER_LABELS[language][tier], 'tier', TIER_LABELS[language][tier], t, tier === 'inactive' ? COLORS.inactive : profitColour(t));
  }
  groupTotalRow(tierFirst, row - 1, result.totals);
  groupFormats(tierFirst, row - 1);
  row += 1;

  const scenario = (titleId: 'letGoC' | 'repairC', s: AnalysisResult['scenarios']['letGoC']): void => {
    subheading(label(titleId, { clients: clientsText(s.clients) }), 3);
    headerRow([label('scenarioLine'), null, null, label('amount')]);
    const first = row;
    for (const line of s.lines) {
      put(row, 0, SCENARIO_LINES[language][line.id as RepairLineId] ?? line.id);
      put(row, 3, line.amount);
      style(row, 3, row, 3, { numberFormat: FORMATS.money });
      row += 1;
    }
    put(row, 0, label('scenarioNet'));
    if (s.net === null) put(row, 3, label('scenarioNotOffered'));
    else put(row, 3, { formula: `SUM(${a1(first, 3)}:${a1(row - 1, 3)})`, value: s.net });
    style(row, 0, row, 3, { bold: true, borderTop: COLORS.headerRule });
    style(row, 3, row, 3, { numberFormat: FORMATS.money, horizontal: 'right' });
    row += 2;
  };
  const scenarioRow = row;
  scenario('letGoC', result.scenarios.letGoC);
  scenario('repairC', result.scenarios.repairC);

  // ---- Walviscurve ----
  heading('whale');
  const whale = result.whale;
  if (whale.unit === 'share') {
    put(row, 0, label('whalePeak', { clients: pct(whale.peak.clientShare), profit: pct(whale.peak.profitShare) }));
    row += 1;
    if (whale.top20ProfitShare !== null) {
      put(row, 0, label('whaleTop20', { share: pct(whale.top20ProfitShare) }));
      row += 1;
    }
  } else {
    put(row, 0, label('whaleMoney'));
    style(row, 0, row, 0, { fontColor: '#833C0B' });
    row += 1;
  }
  // The chart first, the points it draws below it: the print shows the chart on the section's page and leaves
  // the points (up to ~500 rows) to the sheet, so no page holds only the tail of the table.
  const chartTop = row;
  if (whale.points.length > 1) row += CHART_ROWS + 1;
  const whaleChartEnd = row - 1;
  headerRow([label('clientShare'), label('profitShareCumulative'), label('cumulativeProfit')], 0, 3);
  const whaleFirst = row;
  for (const point of whale.points) {
    cells[row] = [point.clientShare, point.profitShare ?? na, point.cumulativeProfit];
    row += 1;
  }
  const whaleLast = row - 1;
  style(whaleFirst, 0, whaleLast, 0, { numberFormat: FORMATS.percent, horizontal: 'right' });
  style(whaleFirst, 1, whaleLast, 1, { numberFormat: FORMATS.percent });
  style(whaleFirst, 2, whaleLast, 2, { numberFormat: FORMATS.money });
  if (whale.points.length > 1) {
    const yColumn = whale.unit === 'share' ? 1 : 2;
    charts.push({
      kind: 'scatterLine',
      title: label('chartTitle'),
      anchor: { top: chartTop, left: 0, bottom: chartTop + CHART_ROWS - 1, right: 6 },
      xAxisTitle: label('clientShare'),
      yAxisTitle: whale.unit === 'share' ? label('profitShareCumulative') : label('cumulativeProfit'),
      xFormat: '0%',
      yFormat: whale.unit === 'share' ? '0%' : '"€" #,##0',
      series: [{
        name: label('whale'),
        x: { top: whaleFirst, left: 0, bottom: whaleLast, right: 0 },
        y: { top: whaleFirst, left: yColumn, bottom: whaleLast, right: yColumn },
        color: COLORS.line,
      }],
    });
  }
  row += 1;

  // ---- Problemen ----
  heading('problems');
  if (problems.length === 0) {
    put(row, 0, label('noProblems'));
    row += 1;
  } else {
    headerRow([label('row'), label('column'), label('found'), label('severity'), label('message')]);
    const first = row;
    for (const p of problems) {
      cells[row] = [p.row, p.column, p.text, p.severity === 'error' ? label('error') : label('warning'), p.message];
      row += 1;
    }
    style(first, 0, row - 1, 0, { numberFormat: FORMATS.count, horizontal: 'left' });
    style(first, 1, row - 1, 2, { numberFormat: FORMATS.text });
  }

  // The client table comes last: its header row is repeated at the top of every printed page after it (print
  // titles), so a section after it would print under the client table's header.
  // ---- Per klant ----
  heading('clients');
  put(row, 0, label('legend'));
  ABC_CLASSES.forEach((letter, i) => {
    const c = col.revenue! + i;
    put(row, c, `${label(`legend${letter}` as ReportLabelId)} (${classCounts.get(letter) ?? 0})`);
    style(row, c, row, c, { fill: COLORS.classFill[letter], horizontal: 'center' });
  });
  row += 1;
  const clientHeader = row;
  headerRow(columns.map((c) => c.label));
  style(clientHeader, 0, clientHeader, lastColumn, { fill: COLORS.subheading });
  firstClientRow = row;
  lastClientRow = row + Math.max(n, 1) - 1;
  // The client rows are not stored (issue 11): `clientTable.row(k)` makes one when a writer asks. One pass over
  // the clients (in the analysis' order, as the totals were summed before) measures the columns and sums the
  // totals that are sums of the rows; its ClientResults are dropped as it goes.
  const clientRow = (k: number): Cell[] => {
    const client = clientsIn.client(clientsIn.order[k]!);
    const line = new Array<Cell>(columnCount);
    for (let c = 0; c < columnCount; c++) line[c] = columns[c]!.value(client);
    return line;
  };
  const stats = columnStats(columns);
  const rowSums = new Map<string, number>();
  for (const c of columns) if (c.total === 'sum' && !isGroupField(c.id)) rowSums.set(c.id, 0);
  const summed = [...rowSums.keys()];
  // A column whose text already fills its capped width is measured no further: it is as wide as it gets, and its
  // values (the advice sentences, the costliest cells) need not be made in this pass.
  const open = columns.map((_, c) => c).filter((c) => !stats.full[c]);
  for (let i = 0; i < n; i++) {
    const client = clientsIn.client(i);
    for (const id of summed) {
      const value = (client as unknown as Record<string, unknown>)[id];
      if (typeof value === 'number' && Number.isFinite(value)) rowSums.set(id, rowSums.get(id)! + value);
    }
    let full = false;
    for (const c of open) if (measureCell(stats, c, columns[c]!.value(client))) full = true;
    if (full) open.splice(0, open.length, ...open.filter((c) => !stats.full[c]));
  }
  row += n;
  if (n === 0) {
    put(row, 0, NOTE_MESSAGES[language].noClients);
    row += 1;
  }
  // Class bands: the rows are ordered by class, so each class is one rectangle.
  let bandStart = firstClientRow;
  for (const letter of ABC_CLASSES) {
    const count = classCounts.get(letter) ?? 0;
    if (count > 0) style(bandStart, 0, bandStart + count - 1, lastColumn, { fill: COLORS.classFill[letter] });
    bandStart += count;
  }
  for (const c of columns) if (c.format) style(firstClientRow, col[c.id]!, lastClientRow, col[c.id]!, { numberFormat: c.format });
  style(firstClientRow, col.abcClass!, lastClientRow, col.abcClass!, { horizontal: 'center', bold: true });
  totalRow = row;
  put(row, 0, label('total'));
  for (const c of columns) {
    const at = col[c.id]!;
    if (c.total === 'sum') {
      put(row, at, { formula: n > 0 ? `SUM(${colRange(c.id, false)})` : '0', value: n > 0 ? (isGroupField(c.id) ? groupValue(result.totals, c.id) : rowSums.get(c.id)!) : 0 });
    } else if (c.total) {
      put(row, at, ratioCell(c.total, row, result.totals));
    }
    if (c.format) style(row, at, row, at, { numberFormat: c.format });
  }
  style(row, 0, row, lastColumn, { bold: true, borderTop: COLORS.headerRule });
  row += 2;

  for (const p of pending) put(p.row, p.column, p.make());

  // ---- widths and print layout (issue 10: an accountant prints this) ----
  const measureAt = { firstClientRow, totalRow, clientHeader, problemsRow: sectionRow(sections, 'problems'), mergedEnd: mappingRow > 0 ? mappingRow : sectionRow(sections, 'pyramid') };
  let columnWidths = measureWidths(cells, columns, stats, measureAt, language);
  // Amounts in the millions widen the money columns until A..L, which prints on one page width, prints under
  // 8 points (issue 10). Then the tables from the cost-benefit section down show whole euros — the cells keep their
  // cents — and the columns are measured again: an accountant reads € 12.345.679 as well as € 12.345.678,90.
  if (printScaleOf(columnWidths) < MIN_PRINT_SCALE) {
    const whole = columns.map((c) => (c.format === FORMATS.money ? { ...c, format: FORMATS.moneyWhole } : c));
    const wholeWidths = measureWidths(cells, whole, stats, measureAt, language);
    if (printScaleOf(wholeWidths) > printScaleOf(columnWidths)) {
      columnWidths = wholeWidths;
      const from = sectionRow(sections, 'costBenefit');
      for (const range of styles) {
        if (range.style.numberFormat === FORMATS.money && range.rect.top >= from) range.style = { ...range.style, numberFormat: FORMATS.moneyWhole };
      }
    }
  }
  // Long sentences wrap in their (capped) column, and the row is as high as its longest one needs.
  const wrapped = ['signals', 'adviceText'].map((id) => ({ column: col[id]!, width: columnWidths[col[id]!]! }));
  for (const { column } of wrapped) style(firstClientRow, column, lastClientRow, column, { wrap: true, vertical: 'top' });
  const clientTable: ClientTable = {
    first: firstClientRow,
    count: n,
    row: clientRow,
    height: (line) => {
      let lines = 1;
      for (const { column, width } of wrapped) {
        const text = line[column];
        if (typeof text === 'string') lines = Math.max(lines, wrappedLines(text, width));
      }
      return lines > 1 ? LINE_HEIGHT * lines + 2 : 0;
    },
  };
  style(firstClientRow, 0, lastClientRow, col.adviceText! - 1, { vertical: 'top' });
  const print = printLayout({
    widths: columnWidths, sections, scenarioRow, clientHeader, totalRow, lastColumn, whaleChartEnd, mappingRow,
    groups: [
      { name: label('groupCosts'), first: col.abcClass!, last: col.costToServe! },
      { name: label('groupProfit'), first: col.netProfit!, last: col.signals! },
      { name: label('groupAdvice'), first: col.repairGain!, last: col.row! },
      { name: label('adviceText'), first: col.adviceText!, last: col.adviceText! },
    ],
    costBenefitLast: col.hourlyReturn!,
  });
  // The group names in the client table's heading row, which prints at the top of each of its pages.
  const clientHeading = sectionRow(sections, 'clients');
  style(clientHeading, 0, clientHeading, lastColumn, { fill: COLORS.heading, fontColor: COLORS.headingText, bold: true, size: 13 });
  for (const group of print.columnGroups ?? []) put(clientHeading, group.first, group.name);
  print.header = { left: options.firm ?? '', center: label('title'), right: label('printPeriod', { date: displayDate(settings.periodEndUsed, language) }) };
  print.footer = { left: label('printMade', { date: displayDate(options.madeOn ?? settings.periodEndUsed, language) }), center: '', right: label('printPage') };

  return {
    name: label('sheetName'),
    cells,
    rowCount: cells.length,
    clientTable,
    columnCount,
    columnWidths,
    rowHeights,
    styles,
    merges,
    frozen: { rows: 0, columns: 1 },
    charts,
    sections,
    clientRows: { header: clientHeader, first: firstClientRow, last: lastClientRow },
    print,
  };
}

function sectionRow(sections: readonly { id: SectionId; row: number }[], id: SectionId): number {
  return sections.find((s) => s.id === id)!.row;
}

/**
 * Characters a value shows in its number format (what a column must hold). The sheet's formats have fixed
 * decimals (`0.0%` shows -100,0%, `#,##0.0` shows 9.262,0), so the length is counted as they print: sign,
 * digits, a group separator per three digits, the decimals, and the `€ ` or `%` around them. Separators are one
 * character in Dutch, English and German alike.
 */
function shownLength(cell: Cell | undefined, format: string | undefined, language: Language): number {
  const value = isFormula(cell ?? null) ? (cell as Formula).value : cell;
  if (value === null || value === undefined) return 0;
  if (typeof value !== 'number') return String(value).length;
  void language;
  switch (format) {
    case FORMATS.money: return 2 + fixedLength(value, 2);
    case FORMATS.moneyWhole: return 2 + fixedLength(value, 0);
    case FORMATS.percent: return fixedLength(value * 100, 1) + 1;
    case FORMATS.hours: return fixedLength(value, 1);
    default: return fixedLength(value, 0);
  }
}

function fixedLength(value: number, decimals: number): number {
  const rounded = Math.abs(Number(value.toFixed(decimals)));
  const integerDigits = Math.max(1, Math.floor(Math.log10(Math.max(1, Math.floor(rounded)))) + 1);
  return (value < 0 && rounded > 0 ? 1 : 0) + integerDigits + Math.floor((integerDigits - 1) / 3) + (decimals > 0 ? 1 + decimals : 0);
}

/** Rows the whale chart covers. */
const CHART_ROWS = 22;

/** Points per line of 11-point text. */
const LINE_HEIGHT = 15;

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

/**
 * What measureWidths needs of a client-table column, gathered cell by cell: the longest text (at least the
 * header's longest word), the numeric extremes, and whether the text already reaches the column's cap.
 */
type ColumnStats = { longest: number[]; low: number[]; high: number[]; cap: number[]; full: boolean[] };

function columnStats(columns: readonly Column[]): ColumnStats {
  const cap = columns.map((column) => WRAPPED_WIDTH[column.id] ?? 60);
  const longest = columns.map((column) => Math.max(...column.label.split(/\s+/).map((word) => word.length)));
  return { longest, low: columns.map(() => Infinity), high: columns.map(() => -Infinity), cap, full: longest.map((l, c) => l + 2 >= cap[c]!) };
}

/** Adds a cell to column `c`'s measure; true when its text now fills the cap (the width cannot grow further). */
function measureCell(stats: ColumnStats, c: number, cell: Cell | undefined): boolean {
  const value = isFormula(cell ?? null) ? (cell as Formula).value : cell;
  if (typeof value === 'number') {
    if (value < stats.low[c]!) stats.low[c] = value;
    if (value > stats.high[c]!) stats.high[c] = value;
  } else if (typeof value === 'string' && value.length > stats.longest[c]!) {
    stats.longest[c] = value.length;
    if (value.length + 2 >= stats.cap[c]!) return (stats.full[c] = true);
  }
  return false;
}

/** What `\s` matches in a regular expression (ECMAScript's WhiteSpace and LineTerminator). */
function isSpace(code: number): boolean {
  if (code > 32 && code < 0xa0) return false; // nearly every character: printable ASCII
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The longest value the summary's merged B:C cells are widened for. */
const MERGED_CAP = 30;
/** Columns whose sentences wrap: their width is capped, their rows grow. */
const WRAPPED_WIDTH: Readonly<Record<string, number>> = { signals: 34, adviceText: 120 };
/** The pyramid is drawn in D..L and must stay symmetric: mirrored columns share a width. */
const PYRAMID_COLUMNS = { first: 3, last: LAST_PYRAMID_COLUMN };

/**
 * Column widths from the content (issue 10): the longest value as the sheet shows it (for numbers the two
 * extremes, which are the widest, so a million rows cost no million formats), and the longest word of the
 * wrapped header. Column A holds the client names and the other sections' labels (longer notes overflow into
 * the empty cells beside them); B and C also hold the summary's merged values and the problems' column names.
 */
function measureWidths(
  cells: readonly (readonly Cell[] | undefined)[],
  columns: readonly Column[],
  stats: ColumnStats,
  at: { firstClientRow: number; totalRow: number; clientHeader: number; problemsRow: number; mergedEnd: number },
  language: Language,
): number[] {
  // The client rows were measured into `stats` as they were made; the rows stored here (the total row, or the
  // note of an empty table) are added now.
  for (let r = at.firstClientRow; r <= at.totalRow; r++) {
    const line = cells[r];
    if (line) for (let c = 0; c < columns.length; c++) measureCell(stats, c, line[c]);
  }
  const widths = columns.map((column, c) => {
    // Digits need one character of padding, text two (Excel's cell margins and a proportional font's wide letters).
    let digits = 0;
    for (const extreme of [stats.low[c]!, stats.high[c]!]) if (Number.isFinite(extreme)) digits = Math.max(digits, shownLength(extreme, column.format, language) + 1);
    return Math.min(stats.cap[c]!, Math.max(6, stats.longest[c]! + 2, digits));
  });
  // The summary's values sit in B:C merged, the settings' sources in D; the problems list names columns in B and
  // the text found in C. Measured from those rows, so none of them is cut.
  // (A text longer than MERGED_CAP is the period's, which is not merged and runs on into the empty cells beside it.)
  let mergedValue = 0;
  for (let r = 0; r < at.mergedEnd; r++) {
    const length = shownLength(cells[r]?.[1], FORMATS.money, language);
    if (length <= MERGED_CAP) mergedValue = Math.max(mergedValue, length);
  }
  if (mergedValue + 2 > widths[1]! + widths[2]!) widths[2] = mergedValue + 2 - widths[1]!;
  for (let r = at.problemsRow; r < at.clientHeader - 2; r++) {
    for (const c of [1, 2]) widths[c] = Math.min(40, Math.max(widths[c]!, shownLength(cells[r]?.[c], undefined, language) + 2));
  }
  widths[0] = Math.min(40, Math.max(24, widths[0]!));
  // Mirror pairs share a width (D and L, E and K, …): each band is centred over D..L, so the pyramid stays
  // symmetric without making every column as wide as the widest (which cost the print a tenth of its size).
  for (let left = PYRAMID_COLUMNS.first, right = PYRAMID_COLUMNS.last; left < right; left++, right--) {
    widths[left] = widths[right] = Math.max(widths[left]!, widths[right]!);
  }
  return widths;
}

/** The sheet's zoom: columns A..L (the pyramid, the summary, the chart) on one landscape page width, at most MAX_PRINT_SCALE. */
function printScaleOf(widths: readonly number[]): number {
  let pixels = 0;
  for (let c = 0; c <= LAST_PYRAMID_COLUMN; c++) pixels += columnPixels(widths[c]!);
  return Math.min(MAX_PRINT_SCALE, Math.floor((100 * PRINT_WIDTH_PX) / pixels));
}

/** Below this zoom an 11-point body font prints under 8 points. */
export const MIN_PRINT_SCALE = 73;
/**
 * The zoom is at most this: 8,25-point text, a page of ~45 client rows. Larger zooms were tried on the demo: at
 * 79 % its client pages filled exactly and LibreOffice added a blank page per column group.
 */
export const MAX_PRINT_SCALE = 75;

/**
 * Print areas, titles and zoom. The zoom fits the widest area that cannot be split (the pyramid, the summary,
 * the whale chart: columns A..L) on one page width, at most 100 %; the client table's named column groups are
 * split further where one does not fit at that zoom (each piece named "… (2)"). Every section is an area of its
 * own, so each starts on a new page; the cost-benefit tables are split by the client table's groups (they share
 * its columns), the scenarios below them are narrow.
 */
function printLayout(input: {
  widths: readonly number[];
  sections: readonly { id: SectionId; row: number }[];
  scenarioRow: number;
  clientHeader: number;
  totalRow: number;
  lastColumn: number;
  groups: { name: string; first: number; last: number }[];
  costBenefitLast: number;
  /** The last row of the whale section that prints: its sentences and chart (the points stay in the sheet). */
  whaleChartEnd: number;
  /** Where the summary's *Kolommen* block starts (-1: none): it prints on a page of its own, header and all. */
  mappingRow: number;
}): PrintLayout {
  const px = (first: number, last: number): number => {
    let sum = 0;
    for (let c = first; c <= last; c++) sum += columnPixels(input.widths[c]!);
    return sum;
  };
  const scale = printScaleOf(input.widths);
  const budget = (PRINT_WIDTH_PX * 100) / scale - columnPixels(input.widths[0]!);
  const groups: { name: string; first: number; last: number }[] = [];
  for (const group of input.groups) {
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

/** "1 klant", "5 klanten" in the user's language. */
export function clientCount(count: number, language: Language): string {
  return count === 1 ? REPORT_LABELS[language].oneClient : fill(REPORT_LABELS[language].manyClients, { n: count });
}

/** Client rows in report order: class A, B, C; within a class the ABC measure highest first; ties in sheet order. */
export function orderForReport(clients: readonly ClientResult[]): ClientResult[] {
  const rank: Record<AbcClass, number> = { A: 0, B: 1, C: 2 };
  return clients
    .map((client, index) => ({ client, index }))
    .sort((x, y) => {
      const byClass = rank[x.client.abcClass] - rank[y.client.abcClass];
      if (byClass !== 0) return byClass;
      const a = x.client.abcValue ?? -Infinity;
      const b = y.client.abcValue ?? -Infinity;
      if (a !== b) return b - a;
      return x.index - y.index;
    })
    .map((entry) => entry.client);
}


/** How a group of clients fares: a loss, a thin margin (below THIN_MARGIN, or no revenue), or a profit. */
export function profitability(t: Pick<GroupTotals, 'netProfit' | 'revenue'>): 'loss' | 'thin' | 'profit' {
  if (t.netProfit < 0) return 'loss';
  if ((quotient(t.netProfit, t.revenue) ?? 0) < THIN_MARGIN) return 'thin';
  return 'profit';
}

/** Green for profit, amber for a thin margin, red for a loss (the pyramid's bands and the tier rows). */
function profitColour(t: GroupTotals): string {
  return COLORS[profitability(t)];
}

const GROUP_FIELDS: Record<string, keyof GroupTotals> = {
  revenue: 'revenue', directCosts: 'directCosts', time: 'time', labourCost: 'labourCost', visitCost: 'visitCost',
  orderCost: 'orderCost', invoiceCost: 'invoiceCost', shippingCost: 'shippingCost', interestCost: 'interestCost',
  costToServe: 'costToServe', netProfit: 'netProfit', contribution: 'contribution', opportunityCost: 'opportunityCost',
  discountLeak: 'discountLeak',
};

function groupValue(totals: GroupTotals, id: string): number {
  const driver = /^driver(\d+)$/.exec(id);
  if (driver) return totals.driverCosts[Number(driver[1])] ?? 0;
  const field = GROUP_FIELDS[id];
  const value = field ? totals[field] : 0;
  return typeof value === 'number' ? value : 0;
}

/**
 * Whether a client-table column's total is the analysis' group total; the other summed columns (repair gain,
 * replacement, …) are summed from the rows as they are made (DOMAIN.md §6: totals are sums of the rows).
 */
function isGroupField(id: string): boolean {
  return id in GROUP_FIELDS || /^driver\d+$/.test(id);
}

/** `2026-11-24` as the user's language writes dates. */
export function displayDate(iso: string, language: Language): string {
  const [y, m, d] = iso.split('-');
  if (language === 'de') return `${d}.${m}.${y}`;
  if (language === 'en') return `${d}/${m}/${y}`;
  return `${d}-${m}-${y}`;
}

type SettingRow = { label: string; value: Cell; format?: string; source: string };

/** The settings used, each with its value and where it came from (DOMAIN.md §2's "source" column). */
function settingRows(result: Summary, language: Language): SettingRow[] {
  const s = result.settings;
  const L = REPORT_LABELS[language];
  const labels = SETTING_LABELS[language];
  const sources = SOURCE_LABELS[language];
  const sourceOf = (key: keyof Settings): string => {
    const initial = DEFAULT_SETTINGS[key];
    if (JSON.stringify(initial) !== JSON.stringify(s[key])) return sources.user;
    const known = SETTING_SOURCES[key];
    if (known === 'assumption' || known === 'seed' || known === 'practice') return sources[known as SourceId];
    if (known) return known;
    if (key === 'costPerOrder' || key === 'costPerInvoice' || key === 'costPerFreeShipment' || key === 'hourlyCost' || key === 'targetHourlyReturn') {
      return sources.userFigures;
    }
    return '';
  };
  const money = (key: keyof Settings): SettingRow => {
    const value = s[key];
    return { label: labels[key], value: typeof value === 'number' ? value : L.notSet, format: FORMATS.money, source: sourceOf(key) };
  };
  const number = (key: keyof Settings, format: string): SettingRow => {
    const value = s[key];
    return { label: labels[key], value: typeof value === 'number' ? value : L.notSet, format, source: sourceOf(key) };
  };
  const interest = s.interestSource;
  const interestSource = interest.kind === 'user'
    ? sources.user
    : fill(sources.statutory, { country: interest.country, halfYears: interest.halfYears.join(', '), source: interest.source });
  const tiers = s.discountTiers.map((t) => `${formatMoney(t.revenueFrom, language)}: ${formatPercent(t.discount, language)}`).join('; ');
  const drivers = s.extraDrivers.map((d) => fill(L.driverFormat, { name: !d.label || d.label === d.column ? d.column : `${d.label} (${d.column})`, cost: formatMoney(d.costPerUnit, language) })).join('; ');
  const abc = result.abc;
  const abcSource = abc.method === 'computed' && abc.computed
    ? fill(L.computedPoints, { a: formatPercent(abc.computed.a.x, language), c: formatPercent(abc.computed.c.x, language) })
    : sourceOf('abcLimitA');
  return [
    money('hourlyCost'),
    money('targetHourlyReturn'),
    number('minutesPerCall', FORMATS.count),
    number('minutesPerEmail', FORMATS.count),
    number('minutesPerCorrectionRound', FORMATS.count),
    money('costPerVisit'),
    money('costPerOrder'),
    money('costPerInvoice'),
    money('costPerFreeShipment'),
    { label: labels.interestRate, value: s.interestRateUsed, format: '0.00%', source: interestSource },
    { label: labels.periodEnd, value: displayDate(s.periodEndUsed, language), source: s.periodEnd ? sources.user : '' },
    money('repairThreshold'),
    { label: labels.discountTiers, value: s.discountTiers.length, format: FORMATS.count, source: tiers },
    { label: labels.extraDrivers, value: s.extraDrivers.length, format: FORMATS.count, source: drivers },
    { label: labels.abcMethod, value: s.abcMethod === 'computed' ? L.abcMethodComputed : L.abcMethodFixed, source: abc.method === 'computed' ? abcSource : SOURCE_LABELS[language].practice },
    { label: labels.abcMeasure, value: MEASURE_LABELS[language][s.abcMeasure], source: sourceOf('abcMeasure') },
    ...(s.abcMethod === 'fixed' ? [number('abcLimitA', FORMATS.percent), number('abcLimitB', FORMATS.percent)] : []),
    number('maxVisitsPerYear', FORMATS.count),
    money('minOrderSize'),
    number('utilisation', FORMATS.percent),
  ];
}
