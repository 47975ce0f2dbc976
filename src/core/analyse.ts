/**
 * The analysis of DOMAIN.md §3–§6: `analyse(records, settings) → AnalysisResult`.
 *
 * Internally columnar: each figure is a `Float64Array` over the clients, so a million clients cost a few
 * passes over flat arrays and two rankings; plain `ClientResult` objects are built only at the edge
 * (`materialise`), which the benchmark times separately because it costs more than the analysis itself.
 */
import { abcComputed, abcFixed, CLASS_A, CLASS_C, CLASS_LETTERS, CURRY_REVENUE_SHARE, pyramidTiers, TIER_CODES, whaleCurve } from './classify.js';
import { NUMERIC_FIELDS, type NumericField } from './fields.js';
import {
  discountLeakOf,
  hourlyReturnOf,
  interestCostOf,
  marginOf,
  opportunityCostOf,
  Sum,
  timeOf,
  trendOf,
} from './figures.js';
import { resolveSettings } from './settings.js';
import { rankDescending } from './sort.js';
import type {
  AbcClass,
  AbcSummary,
  AnalysisResult,
  ClientRecord,
  DiscountTier,
  ClientResult,
  GroupTotals,
  NoteId,
  PyramidTier,
  ResolvedSettings,
  Scenario,
  Settings,
  SignalId,
  Tier,
} from './types.js';

/** Client data as columns. Every numeric column has one value per client (0 for blank). */
export type ClientColumns = {
  count: number;
  row: Uint32Array;
  client: string[];
  /** 1 yes, 0 no, -1 unknown. */
  contract: Int8Array;
  values: Record<NumericField, Float64Array>;
  /** One column per `settings.extraDrivers` entry, in that order. */
  drivers: Float64Array[];
};

export const SIGNAL_IDS: readonly SignalId[] = [
  'paysLate',
  'manyCorrections',
  'emergencyOnly',
  'noContract',
  'shrinking',
  'discountLeak',
  'highPotential',
  'referrer',
];
const SIGNAL_BIT = Object.fromEntries(SIGNAL_IDS.map((id, bit) => [id, 1 << bit])) as Record<SignalId, number>;
export const ADVICE_CODES = ['keep', 'repair', 'letGo'] as const;

/** The per-client figures as columns. `NaN` marks "not available" here only; `materialise` turns it into null. */
export type ColumnarAnalysis = {
  settings: ResolvedSettings;
  columns: ClientColumns;
  time: Float64Array;
  labourCost: Float64Array;
  visitCost: Float64Array;
  orderCost: Float64Array;
  invoiceCost: Float64Array;
  shippingCost: Float64Array;
  driverCosts: Float64Array[];
  interestCost: Float64Array;
  costToServe: Float64Array;
  netProfit: Float64Array;
  contribution: Float64Array;
  hourlyReturn: Float64Array;
  opportunityCost: Float64Array;
  discountLeak: Float64Array;
  trend: Float64Array;
  abcValue: Float64Array;
  abcClass: Uint8Array;
  tier: Uint8Array;
  signals: Uint16Array;
  repair: Record<keyof ClientResult['repair'], Float64Array>;
  repairGain: Float64Array;
  replacement: Float64Array;
  referralLoss: Float64Array;
  letGoEffect: Float64Array;
  advice: Uint8Array;
  summary: Omit<AnalysisResult, 'settings' | 'clients'>;
};

const NUMERIC_FIELD_SET: ReadonlySet<string> = new Set(NUMERIC_FIELDS);

/** Values of a driver's column: a recognised field id, else a header in the records' `extra`. */
function driverColumn(records: readonly ClientRecord[], column: string): Float64Array {
  const values = new Float64Array(records.length);
  const isField = NUMERIC_FIELD_SET.has(column);
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    const value = isField ? (record as unknown as Record<string, unknown>)[column] : record.extra[column];
    values[i] = typeof value === 'number' && Number.isFinite(value) ? value : 0;
  }
  return values;
}

export function toColumns(records: readonly ClientRecord[], settings: Pick<Settings, 'extraDrivers'>): ClientColumns {
  const n = records.length;
  const column = (): Float64Array => new Float64Array(n);
  const values: Record<NumericField, Float64Array> = {
    revenue: column(), directCosts: column(), hours: column(), calls: column(), emails: column(),
    correctionRounds: column(), visits: column(), orders: column(), invoices: column(), freeShipments: column(),
    discountPct: column(), daysLate: column(), reminders: column(), previousRevenue: column(),
    referralRevenue: column(), potential: column(), relationship: column(),
  };
  const row = new Uint32Array(n);
  const client = new Array<string>(n);
  const contract = new Int8Array(n);
  // Spelled out field by field: constant property names keep the loop monomorphic (a dynamic `record[field]`
  // over 17 fields cost ten times as much on a million records).
  const finite = (value: number): number => (Number.isFinite(value) ? value : 0);
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    row[i] = r.row;
    client[i] = r.client;
    contract[i] = r.contract === null ? -1 : r.contract ? 1 : 0;
    values.revenue[i] = finite(r.revenue);
    values.directCosts[i] = finite(r.directCosts);
    values.hours[i] = finite(r.hours);
    values.calls[i] = finite(r.calls);
    values.emails[i] = finite(r.emails);
    values.correctionRounds[i] = finite(r.correctionRounds);
    values.visits[i] = finite(r.visits);
    values.orders[i] = finite(r.orders);
    values.invoices[i] = finite(r.invoices);
    values.freeShipments[i] = finite(r.freeShipments);
    values.discountPct[i] = finite(r.discountPct);
    values.daysLate[i] = finite(r.daysLate);
    values.reminders[i] = finite(r.reminders);
    values.previousRevenue[i] = finite(r.previousRevenue);
    values.referralRevenue[i] = finite(r.referralRevenue);
    values.potential[i] = finite(r.potential);
    values.relationship[i] = finite(r.relationship);
  }
  const drivers = settings.extraDrivers.map((driver) => driverColumn(records, driver.column));
  return { count: n, row, client, contract, values, drivers };
}

function fillInterest(revenue: Float64Array, daysLate: Float64Array, rate: number, out: Float64Array): void {
  for (let i = 0; i < out.length; i++) out[i] = interestCostOf(revenue[i]!, rate, daysLate[i]!);
}

function fillDiscountLeak(revenue: Float64Array, discountPct: Float64Array, tiers: readonly DiscountTier[], out: Float64Array): void {
  for (let i = 0; i < out.length; i++) out[i] = discountLeakOf(revenue[i]!, discountPct[i]!, tiers);
}

function fillTrend(revenue: Float64Array, previousRevenue: Float64Array, out: Float64Array): void {
  for (let i = 0; i < out.length; i++) out[i] = trendOf(revenue[i]!, previousRevenue[i]!) ?? NaN;
}

function fillHourlyReturn(
  contribution: Float64Array,
  time: Float64Array,
  target: number | null,
  hourlyReturn: Float64Array,
  opportunityCost: Float64Array,
): void {
  for (let i = 0; i < time.length; i++) {
    const value = hourlyReturnOf(contribution[i]!, time[i]!);
    hourlyReturn[i] = value ?? NaN;
    opportunityCost[i] = opportunityCostOf(time[i]!, value, target) ?? NaN;
  }
}

/** Median by selection (Hoare's quickselect, in place on a scratch array): linear, where a sort is n log n. */
function median(values: Float64Array): number | null {
  const n = values.length;
  if (n === 0) return null;
  const upper = select(values, n >> 1);
  if (n % 2) return upper;
  // The lower middle is the largest value left of the upper middle after selection.
  let lower = -Infinity;
  for (let i = 0; i < n >> 1; i++) if (values[i]! > lower) lower = values[i]!;
  return (lower + upper) / 2;
}

/** The k-th smallest value; reorders `values` so that everything left of k is ≤ it. */
function select(values: Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  while (left < right) {
    const pivot = values[(left + right) >> 1]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return values[k]!;
  }
  return values[k]!;
}

type CostFigures = Pick<
  ColumnarAnalysis,
  | 'time' | 'labourCost' | 'visitCost' | 'orderCost' | 'invoiceCost' | 'shippingCost' | 'driverCosts'
  | 'interestCost' | 'costToServe' | 'netProfit' | 'contribution' | 'hourlyReturn' | 'opportunityCost'
  | 'discountLeak' | 'trend'
>;

/**
 * DOMAIN.md §3 on columns. Small passes, one formula of figures.ts each: a short loop lets V8 inline the
 * formula, where one long loop calling them all ran out of inlining budget and boxed every returned double.
 */
function costFigures(columns: ClientColumns, settings: ResolvedSettings): CostFigures {
  const n = columns.count;
  const v = columns.values;
  const f64 = (): Float64Array => new Float64Array(n);
  const time = f64(), labourCost = f64(), visitCost = f64(), orderCost = f64(), invoiceCost = f64();
  const shippingCost = f64(), interestCost = f64(), costToServe = f64(), netProfit = f64(), contribution = f64();
  const hourlyReturn = f64(), opportunityCost = f64(), discountLeak = f64(), trend = f64();
  const driverCosts = columns.drivers.map(() => f64());
  // Settings as locals: the resolved settings object is large enough for V8 to keep it in dictionary mode, and
  // its property look-ups inside million-row loops cost more than the arithmetic.
  const { costPerVisit, costPerOrder, costPerInvoice, costPerFreeShipment } = settings;
  const minutes = {
    minutesPerCall: settings.minutesPerCall,
    minutesPerEmail: settings.minutesPerEmail,
    minutesPerCorrectionRound: settings.minutesPerCorrectionRound,
  };
  const hourlyCost = settings.hourlyCost ?? 0;
  for (let i = 0; i < n; i++) {
    time[i] = timeOf(v.hours[i]!, v.calls[i]!, v.emails[i]!, v.correctionRounds[i]!, minutes);
  }
  fillInterest(v.revenue, v.daysLate, settings.interestRateUsed, interestCost);
  fillDiscountLeak(v.revenue, v.discountPct, settings.discountTiers, discountLeak);
  fillTrend(v.revenue, v.previousRevenue, trend);
  const driverTotal = f64();
  settings.extraDrivers.forEach((driver, d) => {
    const values = columns.drivers[d]!;
    const out = driverCosts[d]!;
    for (let i = 0; i < n; i++) {
      out[i] = values[i]! * driver.costPerUnit;
      driverTotal[i]! += out[i]!;
    }
  });
  for (let i = 0; i < n; i++) {
    const revenue = v.revenue[i]!;
    labourCost[i] = time[i]! * hourlyCost;
    visitCost[i] = v.visits[i]! * costPerVisit;
    orderCost[i] = v.orders[i]! * costPerOrder;
    invoiceCost[i] = v.invoices[i]! * costPerInvoice;
    shippingCost[i] = v.freeShipments[i]! * costPerFreeShipment;
    const nonLabour = visitCost[i]! + orderCost[i]! + invoiceCost[i]! + shippingCost[i]! + driverTotal[i]! + interestCost[i]!;
    costToServe[i] = labourCost[i]! + nonLabour;
    netProfit[i] = revenue - v.directCosts[i]! - costToServe[i]!;
    contribution[i] = revenue - v.directCosts[i]! - nonLabour;
  }
  fillHourlyReturn(contribution, time, settings.targetHourlyReturn, hourlyReturn, opportunityCost);
  return {
    time, labourCost, visitCost, orderCost, invoiceCost, shippingCost, driverCosts, interestCost, costToServe,
    netProfit, contribution, hourlyReturn, opportunityCost, discountLeak, trend,
  };
}

/** ABC (fixed or computed), pyramid and whale curve (DOMAIN.md §4). */
function classifyClients(columns: ClientColumns, figures: CostFigures, settings: ResolvedSettings) {
  const n = columns.count;
  const revenue = columns.values.revenue;
  // Rankings: net profit serves both the whale curve and (by default) the ABC; revenue serves the pyramid.
  const profitOrder = rankDescending(figures.netProfit);
  const revenueOrder = rankDescending(revenue);
  const measure = settings.abcMeasure;
  const abcValue = measure === 'netProfit' ? figures.netProfit : measure === 'revenue' ? revenue : figures.hourlyReturn;
  const abcOrder = measure === 'netProfit' ? profitOrder : measure === 'revenue' ? revenueOrder : undefined;
  let abcClass: Uint8Array;
  let computedPoints = null;
  let abcNote: 'noPositiveValue' | null = null;
  if (settings.abcMethod === 'computed') {
    const computed = abcComputed(abcValue);
    abcClass = computed.classes;
    computedPoints = computed.points;
    if (!computed.points && n > 0) abcNote = 'noPositiveValue';
  } else {
    abcClass = abcFixed(abcValue, settings.abcLimitA, settings.abcLimitB, abcOrder);
    if (n > 0 && !abcValue.some((value) => value > 0 && value < Infinity)) abcNote = 'noPositiveValue';
  }
  const abc: AbcSummary = {
    method: settings.abcMethod,
    measure,
    limitA: settings.abcLimitA,
    limitB: settings.abcLimitB,
    computed: computedPoints,
    note: abcNote,
  };
  return {
    abcValue,
    abcClass,
    abc,
    tier: pyramidTiers(revenue, revenueOrder),
    whale: whaleCurve(figures.netProfit, profitOrder),
  };
}

/** The replacement hourly return of DOMAIN.md §5: the target, else the A clients' Σ contribution ÷ Σ time. */
function replacementRate(
  figures: CostFigures,
  abcClass: Uint8Array,
  target: number | null,
): { rate: number | null; source: AnalysisResult['replacementSource'] } {
  if (target !== null) return { rate: target, source: 'target' };
  const contribution = new Sum();
  const time = new Sum();
  for (let i = 0; i < abcClass.length; i++) {
    if (abcClass[i] === CLASS_A && figures.time[i]! > 0) {
      contribution.add(figures.contribution[i]!);
      time.add(figures.time[i]!);
    }
  }
  return time.value > 0 ? { rate: contribution.value / time.value, source: 'classA' } : { rate: null, source: null };
}

/** Repair gains, let-go effect and advice per client (DOMAIN.md §5). */
function costBenefit(
  columns: ClientColumns,
  figures: CostFigures,
  settings: ResolvedSettings,
  portfolioMargin: number,
  replacementHourlyReturn: number | null,
) {
  const n = columns.count;
  const v = columns.values;
  const { costPerVisit, costPerOrder, maxVisitsPerYear, minOrderSize, utilisation, repairThreshold } = settings;
  const { time, contribution, discountLeak, invoiceCost, shippingCost, interestCost } = figures;
  const f64 = (): Float64Array => new Float64Array(n);
  // Four of the six repair gains are figures already computed: share their columns rather than copy them.
  const repair = { discount: discountLeak, visits: f64(), orders: f64(), invoicing: invoiceCost, shipping: shippingCost, interest: interestCost };
  const repairGain = f64(), replacement = f64(), referralLoss = f64(), letGoEffect = f64();
  const advice = new Uint8Array(n);
  const positiveMargin = Math.max(portfolioMargin, 0);
  for (let i = 0; i < n; i++) {
    const orders = v.orders[i]!;
    repair.visits[i] = Math.max(v.visits[i]! - maxVisitsPerYear, 0) * costPerVisit;
    repair.orders[i] =
      minOrderSize !== null
        ? Math.max(orders - Math.max(1, Math.ceil(Math.max(v.revenue[i]!, 0) / minOrderSize)), 0) * costPerOrder
        : 0;
    const gain =
      Math.max(discountLeak[i]!, 0) + Math.max(repair.visits[i]!, 0) + Math.max(repair.orders[i]!, 0) +
      Math.max(invoiceCost[i]!, 0) + Math.max(shippingCost[i]!, 0) + Math.max(interestCost[i]!, 0);
    repairGain[i] = gain;
    referralLoss[i] = v.referralRevenue[i]! * positiveMargin;
    if (replacementHourlyReturn !== null) {
      replacement[i] = time[i]! * replacementHourlyReturn * utilisation;
      letGoEffect[i] = -contribution[i]! + replacement[i]! - referralLoss[i]!;
    } else {
      replacement[i] = NaN;
      letGoEffect[i] = NaN;
    }
    // Best of keep (0), repair (gain − threshold), let go; ties prefer keep, then repair.
    const repairValue = gain - repairThreshold;
    let best = 0;
    let choice = 0;
    if (repairValue > best) {
      best = repairValue;
      choice = 1;
    }
    if (letGoEffect[i]! > best) choice = 2;
    advice[i] = choice;
  }
  return { repair, repairGain, replacement, referralLoss, letGoEffect, advice };
}

/** The signals of DOMAIN.md §4 as bit flags (bit k = `SIGNAL_IDS[k]`). */
function signalFlags(columns: ClientColumns, figures: CostFigures, settings: ResolvedSettings, medianTimePerOrder: number | null): Uint16Array {
  const n = columns.count;
  const v = columns.values;
  const { lateDaysThreshold, lateRemindersThreshold, manyCorrectionsThreshold, emergencyMaxOrders, emergencyTimeFactor } = settings;
  const { shrinkingTrend, highPotentialScore } = settings;
  const emergencyTime = medianTimePerOrder === null ? Infinity : emergencyTimeFactor * medianTimePerOrder;
  const signals = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const orders = v.orders[i]!;
    let flags = 0;
    if (v.daysLate[i]! > lateDaysThreshold || v.reminders[i]! >= lateRemindersThreshold) flags |= SIGNAL_BIT.paysLate;
    if (v.correctionRounds[i]! >= manyCorrectionsThreshold) flags |= SIGNAL_BIT.manyCorrections;
    if (orders > 0 && orders <= emergencyMaxOrders && figures.time[i]! / orders > emergencyTime) flags |= SIGNAL_BIT.emergencyOnly;
    if (columns.contract[i] === 0) flags |= SIGNAL_BIT.noContract;
    if (figures.trend[i]! < shrinkingTrend) flags |= SIGNAL_BIT.shrinking;
    if (figures.discountLeak[i]! > 0) flags |= SIGNAL_BIT.discountLeak;
    if (v.potential[i]! >= highPotentialScore) flags |= SIGNAL_BIT.highPotential;
    if (v.referralRevenue[i]! > 0) flags |= SIGNAL_BIT.referrer;
    signals[i] = flags;
  }
  return signals;
}

/** Median time per order over the clients with at least one order (for the emergency-only signal). */
function medianTimePerOrderOf(orders: Float64Array, time: Float64Array): number | null {
  let withOrders = 0;
  for (let i = 0; i < orders.length; i++) if (orders[i]! > 0) withOrders++;
  const timePerOrder = new Float64Array(withOrders);
  for (let i = 0, k = 0; i < orders.length; i++) if (orders[i]! > 0) timePerOrder[k++] = time[i]! / orders[i]!;
  return median(timePerOrder);
}

/** The whole analysis on columns. Never throws on finite input; non-finite input values count as 0. */
export function analyseColumns(columns: ClientColumns, settingsInput: Partial<Settings> | ResolvedSettings = {}): ColumnarAnalysis {
  const settings = 'interestRateUsed' in settingsInput ? settingsInput : resolveSettings(settingsInput);
  const n = columns.count;
  const figures = costFigures(columns, settings);
  const classification = classifyClients(columns, figures, settings);
  const medianTimePerOrder = medianTimePerOrderOf(columns.values.orders, figures.time);
  const revenueSum = new Sum();
  const profitSum = new Sum();
  for (let i = 0; i < n; i++) {
    revenueSum.add(columns.values.revenue[i]!);
    profitSum.add(figures.netProfit[i]!);
  }
  const portfolioMargin = revenueSum.value > 0 ? profitSum.value / revenueSum.value : 0;
  const replacement = replacementRate(figures, classification.abcClass, settings.targetHourlyReturn);
  const analysis: Figures = {
    settings,
    columns,
    ...figures,
    abcValue: classification.abcValue,
    abcClass: classification.abcClass,
    tier: classification.tier,
    signals: signalFlags(columns, figures, settings, medianTimePerOrder),
    ...costBenefit(columns, figures, settings, portfolioMargin, replacement.rate),
  };
  const groups = allGroupTotals(analysis);
  const pyramid: PyramidTier[] = TIER_CODES.map((name, code) => ({
    tier: name,
    ...groups[4 + code]!,
    typicalRevenueShare: name === 'inactive' ? null : CURRY_REVENUE_SHARE[name],
  }));

  const notes: NoteId[] = [];
  if (n === 0) notes.push('noClients');
  if (settings.hourlyCost === null) notes.push('noHourlyCost');
  if (settings.targetHourlyReturn === null) notes.push('noTargetHourlyReturn');
  if (settings.interestSource.kind === 'statutory' && settings.interestSource.extrapolated) notes.push('interestExtrapolated');
  if (settings.discountTiers.length === 0 && columns.values.discountPct.some((d) => d > 0 && d < 1)) notes.push('noDiscountTiers');
  if (replacement.rate === null) notes.push('noReplacement');

  return {
    ...analysis,
    summary: {
      totals: groups[0]!,
      classes: { A: groups[1]!, B: groups[2]!, C: groups[3]! },
      abc: classification.abc,
      pyramid,
      whale: classification.whale,
      portfolioMargin,
      replacementHourlyReturn: replacement.rate,
      replacementSource: replacement.source,
      medianTimePerOrder,
      scenarios: scenarios(analysis, replacement.rate !== null),
      notes,
    },
  };
}

const REPAIR_KEYS = ['discount', 'visits', 'orders', 'invoicing', 'shipping', 'interest'] as const;

type Figures = Omit<ColumnarAnalysis, 'summary'>;

/** The money and time columns summed per group, in `GroupTotals` order. */
const SUMMED = [
  'revenue', 'directCosts', 'labourCost', 'visitCost', 'orderCost', 'invoiceCost', 'shippingCost', 'interestCost',
  'costToServe', 'netProfit', 'contribution', 'time', 'opportunityCost', 'discountLeak',
] as const;
type Summed = (typeof SUMMED)[number];

/**
 * Group totals for all clients, each ABC class and each tier, in one pass per column. Rows are summed plainly in
 * blocks of 1 024 (small partial sums lose nothing), and the block sums are added with Neumaier's compensation:
 * a million rows still add up to the cent, at the cost of plain addition.
 * Groups: 0 all, 1–3 classes A–C, 4–8 tiers top…inactive.
 */
function allGroupTotals(a: Figures): GroupTotals[] {
  const GROUPS = 9;
  const BLOCK = 1024;
  const v = a.columns.values;
  const sources: Float64Array[] = SUMMED.map((key) => (key === 'revenue' || key === 'directCosts' ? v[key] : a[key]));
  sources.push(...a.driverCosts);
  const width = sources.length;
  const totals = new Float64Array(GROUPS * width);
  const compensation = new Float64Array(GROUPS * width);
  const block = new Float64Array(GROUPS);
  const n = a.columns.count;
  const classOf = a.abcClass;
  const tierOf = a.tier;
  for (let k = 0; k < width; k++) {
    const column = sources[k]!;
    for (let start = 0; start < n; start += BLOCK) {
      block.fill(0);
      const end = Math.min(start + BLOCK, n);
      for (let i = start; i < end; i++) {
        const value = column[i]!;
        if (value !== value) continue; // not available (opportunity cost without a target)
        block[0]! += value;
        block[1 + classOf[i]!]! += value;
        block[4 + tierOf[i]!]! += value;
      }
      for (let g = 0; g < GROUPS; g++) {
        const slot = g * width + k;
        const total = totals[slot]!;
        const value = block[g]!;
        const next = total + value;
        compensation[slot]! += Math.abs(total) >= Math.abs(value) ? total - next + value : value - next + total;
        totals[slot] = next;
      }
    }
  }
  const clients = new Float64Array(GROUPS);
  for (let i = 0; i < n; i++) {
    clients[0]!++;
    clients[1 + classOf[i]!]!++;
    clients[4 + tierOf[i]!]!++;
  }
  const result: GroupTotals[] = [];
  for (let g = 0; g < GROUPS; g++) {
    const value = (k: number): number => totals[g * width + k]! + compensation[g * width + k]!;
    const sums = Object.fromEntries(SUMMED.map((key, k) => [key, value(k)])) as Record<Summed, number>;
    result.push({
      clients: clients[g]!,
      ...sums,
      driverCosts: a.driverCosts.map((_, d) => value(SUMMED.length + d)),
      hourlyReturn: sums.time > 0 ? sums.contribution / sums.time : null,
      revenueShare: null,
      netProfitShare: null,
      timeShare: null,
      clientShare: null,
    });
  }
  const grand = result[0]!;
  return result.map((group) => ({ ...group, ...sharesOf(group, grand) }));
}

function sharesOf(
  group: GroupTotals,
  grand: GroupTotals,
): Pick<GroupTotals, 'revenueShare' | 'netProfitShare' | 'timeShare' | 'clientShare'> {
  const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
  return {
    revenueShare: share(group.revenue, grand.revenue),
    netProfitShare: share(group.netProfit, grand.netProfit),
    timeShare: share(group.time, grand.time),
    clientShare: share(group.clients, grand.clients),
  };
}

/** DOMAIN.md §5 for all C clients together: every figure is the sum of the per-client figures. */
function scenarios(a: Figures, letGoOffered: boolean): { letGoC: Scenario; repairC: Scenario } {
  const sum = (column: Float64Array): number => {
    const total = new Sum();
    for (let i = 0; i < a.columns.count; i++) if (a.abcClass[i] === CLASS_C) total.add(column[i]!);
    return total.value;
  };
  let clients = 0;
  for (let i = 0; i < a.columns.count; i++) if (a.abcClass[i] === CLASS_C) clients++;
  const lostContribution = -sum(a.contribution);
  const replacement = letGoOffered ? sum(a.replacement) : 0;
  const referralLoss = -sum(a.referralLoss);
  const repairLines = REPAIR_KEYS.map((key) => ({ id: key, amount: sum(a.repair[key]) }));
  const threshold = -a.settings.repairThreshold * clients;
  return {
    letGoC: {
      clients,
      lines: [
        { id: 'lostContribution', amount: lostContribution },
        { id: 'replacement', amount: replacement },
        { id: 'referralLoss', amount: referralLoss },
      ],
      net: letGoOffered ? sum(a.letGoEffect) : null,
    },
    repairC: {
      clients,
      lines: [...repairLines, { id: 'conversations', amount: threshold }],
      net: sum(a.repairGain) + threshold,
    },
  };
}

const nullIfNaN = (value: number): number | null => (value === value ? value : null);

/** Builds the plain `ClientResult` objects of a columnar analysis (the costly part for huge portfolios). */
export function materialise(a: ColumnarAnalysis): ClientResult[] {
  const n = a.columns.count;
  const out = new Array<ClientResult>(n);
  const v = a.columns.values;
  for (let i = 0; i < n; i++) {
    const flags = a.signals[i]!;
    const signals: SignalId[] = [];
    if (flags) for (let bit = 0; bit < SIGNAL_IDS.length; bit++) if (flags & (1 << bit)) signals.push(SIGNAL_IDS[bit]!);
    const revenue = v.revenue[i]!;
    const driverCosts = new Array<number>(a.driverCosts.length);
    for (let d = 0; d < driverCosts.length; d++) driverCosts[d] = a.driverCosts[d]![i]!;
    const abcValue = a.abcValue[i]!;
    out[i] = {
      row: a.columns.row[i]!,
      client: a.columns.client[i]!,
      revenue,
      directCosts: v.directCosts[i]!,
      time: a.time[i]!,
      labourCost: a.labourCost[i]!,
      visitCost: a.visitCost[i]!,
      orderCost: a.orderCost[i]!,
      invoiceCost: a.invoiceCost[i]!,
      shippingCost: a.shippingCost[i]!,
      driverCosts,
      interestCost: a.interestCost[i]!,
      costToServe: a.costToServe[i]!,
      netProfit: a.netProfit[i]!,
      margin: marginOf(a.netProfit[i]!, revenue),
      contribution: a.contribution[i]!,
      hourlyReturn: nullIfNaN(a.hourlyReturn[i]!),
      opportunityCost: nullIfNaN(a.opportunityCost[i]!),
      discountLeak: a.discountLeak[i]!,
      trend: nullIfNaN(a.trend[i]!),
      abcValue: Number.isFinite(abcValue) ? abcValue : null,
      abcClass: CLASS_LETTERS[a.abcClass[i]!] as AbcClass,
      tier: TIER_CODES[a.tier[i]!] as Tier,
      signals,
      repair: {
        discount: a.repair.discount[i]!,
        visits: a.repair.visits[i]!,
        orders: a.repair.orders[i]!,
        invoicing: a.repair.invoicing[i]!,
        shipping: a.repair.shipping[i]!,
        interest: a.repair.interest[i]!,
      },
      repairGain: a.repairGain[i]!,
      repairedProfit: a.netProfit[i]! + a.repairGain[i]!,
      replacement: nullIfNaN(a.replacement[i]!),
      referralLoss: a.referralLoss[i]!,
      letGoEffect: nullIfNaN(a.letGoEffect[i]!),
      advice: ADVICE_CODES[a.advice[i]!]!,
    };
  }
  return out;
}

/** The one entry point: records (from `readClientTable`) and settings in, a plain-JSON result out. */
export function analyse(records: readonly ClientRecord[], settingsInput: Partial<Settings> = {}, today?: string): AnalysisResult {
  const settings = resolveSettings(settingsInput, today);
  const columnar = analyseColumns(toColumns(records, settings), settings);
  return { settings, clients: materialise(columnar), ...columnar.summary };
}
