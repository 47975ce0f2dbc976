/**
 * The analysis of docs/DEFINITIONS.md §3–§6: `analyseTable(columns, settings) → ColumnarAnalysis` (`materialise` for
 * plain `ClientResult`s).
 *
 * Internally columnar: the figures a later step needs are `Float64Array`s over the clients, so a million
 * clients cost a few passes over flat arrays and one ranking. Figures that are a product of an input and a
 * setting (labour, visit, order … costs, repair gains, let-go effect) are not stored but derived per client by
 * `ClientFigures`, in one place, when summed or materialised: a million-row column is 8 MB of fresh memory, and
 * first-touching fresh memory cost more than the arithmetic (bench/RESULTS.md). Plain `ClientResult` objects
 * are built only at the edge (`materialise`), which the benchmark times separately.
 */
import { abcComputed, abcFixed, CLASS_A, CLASS_LETTERS, CURRY_REVENUE_SHARE, pyramidTiers, TIER_CODES, WHALE_CHART_POINTS, whaleCurve } from './classify.js';
import { GROUP_SUMS, NUMERIC_FIELDS, type NumericField } from './fields.js';
import {
  discountLeakOf,
  hourlyReturnOf,
  quotient,
  quotientOrNaN,
  interestCostOf,
  marginOf,
  opportunityCostOrNaN,
  Sum,
  timeOf,
} from './figures.js';
import { profileOf } from './profile.js';
import { resolveSettings } from './settings.js';
import { rankDescending, selectKth } from './sort.js';
import { scratch, SCRATCH_RANKING } from './scratch.js';
import type {
  AbcClass,
  AbcSummary,
  AnalysisResult,
  DiscountTier,
  ClientResult,
  GroupTotals,
  NoteId,
  PyramidTier,
  ClientColumnsBase,
  ResolvedSettings,
  Scenario,
  Settings,
  SignalId,
  TableColumns,
  Tier,
} from './types.js';

/** Client data as columns. Every numeric column has one value per client (0 for blank). */
export type ClientColumns = ClientColumnsBase & {
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
  'muchUnbilled',
];
/**
 * *Much unbilled work*: unbilled hours above this share of the hours (docs/DEFINITIONS.md §4). A constant until
 * the settings registry makes every threshold one declaration; the other thresholds are settings already.
 */
export const MUCH_UNBILLED_SHARE = 0.3;
const SIGNAL_BIT = Object.fromEntries(SIGNAL_IDS.map((id, bit) => [id, 1 << bit])) as Record<SignalId, number>;
export const ADVICE_CODES = ['keep', 'repair', 'letGo'] as const;

/** The analysis as columns. `NaN` marks "not available" here only; `materialise` turns it into null. */
export type ColumnarAnalysis = {
  settings: ResolvedSettings;
  columns: ClientColumns;
  time: Float64Array;
  driverCosts: Float64Array[];
  interestCost: Float64Array;
  costToServe: Float64Array;
  netProfit: Float64Array;
  contribution: Float64Array;
  hourlyReturn: Float64Array;
  discountLeak: Float64Array;
  abcValue: Float64Array;
  abcClass: Uint8Array;
  tier: Uint8Array;
  /** Bit k set = `SIGNAL_IDS[k]`. */
  signals: Uint16Array;
  /** Index into `ADVICE_CODES`. */
  advice: Uint8Array;
  figures: ClientFigures;
  summary: Omit<AnalysisResult, 'settings' | 'clients'>;
};

const NUMERIC_FIELD_SET: ReadonlySet<string> = new Set(NUMERIC_FIELDS);

/**
 * The analysis's input columns for a table read as columns (`readClientTable`'s `columns`). A driver's column is a
 * field's values, else an unused column's by header (0 where blank), else zeros.
 */
export function clientColumns(columns: TableColumns, settings: Pick<Settings, 'extraDrivers'>): ClientColumns {
  const n = columns.count;
  const drivers = settings.extraDrivers.map(({ column }) => {
    if (NUMERIC_FIELD_SET.has(column)) return columns.values[column as NumericField].slice();
    let extra: TableColumns['extra'][number] | undefined;
    for (const candidate of columns.extra) if (candidate.header === column) extra = candidate; // the last, as in a record's `extra`
    const values = new Float64Array(n);
    if (extra) for (let i = 0; i < n; i++) values[i] = Number.isNaN(extra.values[i]!) ? 0 : extra.values[i]!;
    return values;
  });
  return {
    count: n, row: columns.row, client: columns.client, ...(columns.clientNumber ? { clientNumber: columns.clientNumber } : {}),
    contract: columns.contract, values: columns.values, drivers,
  };
}

/**
 * `analyse` for a table read as columns: the columnar analysis, without a record or a result object per client
 *. What the CLI, the Sheets menu item and the panes run.
 */
export function analyseTable(columns: TableColumns, settingsInput: Partial<Settings> = {}, today?: string): ColumnarAnalysis {
  const settings = resolveSettings(settingsInput, today);
  return analyseColumns(clientColumns(columns, settings), settings);
}

/**
 * The per-client figures that are not stored: each is a product of an input and a setting, or a sum of such,
 * so it is cheaper to derive where it is used than to keep a million-row column of it. The one definition of
 * each (docs/DEFINITIONS.md §3 and §5), used by the advice, the totals, the scenarios and `materialise` alike.
 * Settings are copied into fields: V8 keeps the large settings object in dictionary mode.
 */
export class ClientFigures {
  private readonly v: Record<NumericField, Float64Array>;
  private readonly hourlyCost: number;
  private readonly costPerVisit: number;
  private readonly costPerOrder: number;
  private readonly costPerInvoice: number;
  private readonly costPerFreeShipment: number;
  private readonly maxVisitsPerYear: number;
  private readonly minOrderSize: number;
  private readonly utilisation: number;
  private readonly target: number;
  /** The replacement hourly return (docs/DEFINITIONS.md §5); `NaN` when none exists, so *let go* is not offered. */
  readonly replacementRate: number;
  private readonly positiveMargin: number;

  constructor(
    columns: ClientColumns,
    settings: ResolvedSettings,
    private readonly stored: { time: Float64Array; contribution: Float64Array; hourlyReturn: Float64Array; discountLeak: Float64Array; interestCost: Float64Array },
    replacementRate: number | null,
    portfolioMargin: number,
  ) {
    this.v = columns.values;
    this.hourlyCost = settings.hourlyCost ?? 0;
    this.costPerVisit = settings.costPerVisit;
    this.costPerOrder = settings.costPerOrder;
    this.costPerInvoice = settings.costPerInvoice;
    this.costPerFreeShipment = settings.costPerFreeShipment;
    this.maxVisitsPerYear = settings.maxVisitsPerYear;
    this.minOrderSize = settings.minOrderSize ?? NaN;
    this.utilisation = settings.utilisation;
    this.target = settings.targetHourlyReturn ?? NaN;
    this.replacementRate = replacementRate ?? NaN;
    this.positiveMargin = Math.max(portfolioMargin, 0);
  }

  labourCost(i: number): number {
    return this.stored.time[i]! * this.hourlyCost;
  }
  visitCost(i: number): number {
    return this.v.visits[i]! * this.costPerVisit;
  }
  orderCost(i: number): number {
    return this.v.orders[i]! * this.costPerOrder;
  }
  invoiceCost(i: number): number {
    return this.v.invoices[i]! * this.costPerInvoice;
  }
  shippingCost(i: number): number {
    return this.v.freeShipments[i]! * this.costPerFreeShipment;
  }
  /** `NaN` when no target is set (not available); 0 with no time. */
  opportunityCost(i: number): number {
    return opportunityCostOrNaN(this.stored.time[i]!, this.stored.hourlyReturn[i]!, this.target);
  }
  /** `NaN` when previous revenue ≤ 0. */
  trend(i: number): number {
    return quotientOrNaN(this.v.revenue[i]! - this.v.previousRevenue[i]!, this.v.previousRevenue[i]!); // trendOf, NaN for null
  }
  repairVisits(i: number): number {
    return Math.max(this.v.visits[i]! - this.maxVisitsPerYear, 0) * this.costPerVisit;
  }
  /** Orders beyond what the revenue needs at the minimum order size; 0 when no minimum is set. */
  repairOrders(i: number): number {
    const minimum = this.minOrderSize;
    if (minimum !== minimum) return 0;
    const needed = Math.max(1, Math.ceil(Math.max(this.v.revenue[i]!, 0) / minimum));
    return Math.max(this.v.orders[i]! - needed, 0) * this.costPerOrder;
  }
  repairGain(i: number): number {
    return repairGainOf(
      this.stored.discountLeak[i]!, this.repairVisits(i), this.repairOrders(i), this.invoiceCost(i),
      this.shippingCost(i), this.stored.interestCost[i]!,
    );
  }
  /** The freed hours, partly resold; `NaN` when let go is not offered. */
  replacement(i: number): number {
    return this.stored.time[i]! * this.replacementRate * this.utilisation;
  }
  referralLoss(i: number): number {
    return this.v.referralRevenue[i]! * this.positiveMargin;
  }
  /** Change in the firm's profit when the client goes; `NaN` when let go is not offered. */
  letGoEffect(i: number): number {
    return -this.stored.contribution[i]! + this.replacement(i) - this.referralLoss(i);
  }
}

/**
 * docs/DEFINITIONS.md §5's advice: the best of keep (0), repair (gain − threshold) and let go; ties prefer keep, then
 * repair. Returns an index into ADVICE_CODES. A let-go effect of `NaN` (not offered) never wins.
 */
export function adviceOf(repairGain: number, letGoEffect: number, repairThreshold: number): number {
  const repairValue = repairGain - repairThreshold;
  let best = 0;
  let choice = 0;
  if (repairValue > best) {
    best = repairValue;
    choice = 1;
  }
  if (letGoEffect > best) choice = 2;
  return choice;
}

/** docs/DEFINITIONS.md §5: the repair gains, each clamped at ≥ 0, added. */
function repairGainOf(discount: number, visits: number, orders: number, invoicing: number, shipping: number, interest: number): number {
  return Math.max(discount, 0) + Math.max(visits, 0) + Math.max(orders, 0) + Math.max(invoicing, 0) + Math.max(shipping, 0) + Math.max(interest, 0);
}

function fillInterest(revenue: Float64Array, daysLate: Float64Array, rate: number, out: Float64Array): void {
  for (let i = 0; i < out.length; i++) out[i] = interestCostOf(revenue[i]!, rate, daysLate[i]!);
}

function fillDiscountLeak(revenue: Float64Array, discountPct: Float64Array, tiers: readonly DiscountTier[], out: Float64Array): void {
  for (let i = 0; i < out.length; i++) out[i] = discountLeakOf(revenue[i]!, discountPct[i]!, tiers);
}

type ClientArray = Float64Array | Uint16Array | Uint8Array;

/**
 * Hands out the per-client arrays an analysis returns (69 bytes per client with one driver): fresh ones, or
 * those of an analysis handed back (`recycle`), in the same order, when type and length fit. Why recycle: at
 * 5 000 000 clients they are ~350 MB, V8 answers each ~64 MB of fresh external memory with a full mark-compact
 * that marks the whole heap (5 M client-name strings: ~250 ms each), and fresh memory costs a page fault per page
 * on first touch (on this VM ~1.5 ms per MB at 5 M clients). Recycled, a run takes no fresh memory: no
 * collection, no page faults, and the analysis grows linearly (×4.1 from 1 M to 5 M clients, summing each
 * phase's fastest of 7 runs). Fresh arrays stay separate (not views of one buffer): one buffer of 69 MB at
 * 1 M clients is mapped and faulted in afresh every run, where 8 MB arrays are reused by the allocator
 * (1 M clients: ~30 ms per run faster); at 5 M clients both measured the same.
 */
class Arena {
  private next = 0;
  readonly given: ClientArray[] = [];
  constructor(
    private readonly n: number,
    private readonly recycled: readonly ClientArray[] = [],
  ) {}
  private take<T extends ClientArray>(kind: { new (n: number): T }): T {
    const old = this.recycled[this.next++];
    const array = old instanceof kind && old.length === this.n ? old : new kind(this.n);
    this.given.push(array);
    return array;
  }
  f64(): Float64Array {
    return this.take(Float64Array);
  }
  u16(): Uint16Array {
    return this.take(Uint16Array);
  }
  u8(): Uint8Array {
    return this.take(Uint8Array);
  }
}

/** The arrays an analysis was given by its Arena, for `recycle`. */
const arraysOf = new WeakMap<ColumnarAnalysis, readonly ClientArray[]>();

type StoredFigures = Pick<
  ColumnarAnalysis,
  'time' | 'driverCosts' | 'interestCost' | 'costToServe' | 'netProfit' | 'contribution' | 'hourlyReturn' | 'discountLeak'
>;

/**
 * docs/DEFINITIONS.md §3 on columns: the stored figures. Small passes, one formula of figures.ts each: a short loop lets
 * V8 inline the formula, where one long loop calling them all ran out of inlining budget and boxed every
 * returned double.
 */
function storedFigures(columns: ClientColumns, settings: ResolvedSettings, arena: Arena): StoredFigures {
  const n = columns.count;
  const v = columns.values;
  const f64 = (): Float64Array => arena.f64();
  const time = f64(), interestCost = f64(), costToServe = f64(), netProfit = f64(), contribution = f64();
  const hourlyReturn = f64(), discountLeak = f64();
  const driverCosts = columns.drivers.map(() => f64());
  // A recycled array holds the last run's figures: costToServe is summed into, so it starts at 0 again.
  costToServe.fill(0);
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
  // Non-labour costs gather in costToServe first; labour is added below.
  settings.extraDrivers.forEach((driver, d) => {
    const values = columns.drivers[d]!;
    const out = driverCosts[d]!;
    for (let i = 0; i < n; i++) {
      out[i] = values[i]! * driver.costPerUnit;
      costToServe[i]! += out[i]!;
    }
  });
  for (let i = 0; i < n; i++) {
    const revenue = v.revenue[i]!;
    const nonLabour =
      costToServe[i]! + v.visits[i]! * costPerVisit + v.orders[i]! * costPerOrder + v.invoices[i]! * costPerInvoice +
      v.freeShipments[i]! * costPerFreeShipment + interestCost[i]!;
    costToServe[i] = time[i]! * hourlyCost + nonLabour;
    netProfit[i] = revenue - v.directCosts[i]! - costToServe[i]!;
    contribution[i] = revenue - v.directCosts[i]! - nonLabour;
  }
  for (let i = 0; i < n; i++) hourlyReturn[i] = quotientOrNaN(contribution[i]!, time[i]!); // hourlyReturnOf, NaN for null
  return { time, driverCosts, interestCost, costToServe, netProfit, contribution, hourlyReturn, discountLeak };
}

/** ABC (fixed or computed), pyramid and whale curve (docs/DEFINITIONS.md §4). */
function classifyClients(columns: ClientColumns, figures: StoredFigures, settings: ResolvedSettings, arena: Arena) {
  const n = columns.count;
  const revenue = columns.values.revenue;
  // One ranking, by net profit: the whale curve's and (by default) the ABC's. The pyramid needs only three
  // cut-off values of revenue, found by selection. The ranking is a view of a kept scratch buffer (it does not
  // outlive this function), not 4 bytes per client of fresh memory per run; so are the profits in rank order,
  // which the ABC and the whale curve then read in sequence (see radixDescending).
  const rankingBuffer = scratch(12 * n, SCRATCH_RANKING);
  const rankedProfit = new Float64Array(rankingBuffer, 0, n);
  const profitOrder = rankDescending(figures.netProfit, new Uint32Array(rankingBuffer, 8 * n, n), rankedProfit);
  const abcOut = arena.u8();
  const tierOut = arena.u8();
  const measure = settings.abcMeasure;
  const abcValue = measure === 'netProfit' ? figures.netProfit : measure === 'revenue' ? revenue : figures.hourlyReturn;
  let abcClass: Uint8Array;
  let computedPoints = null;
  let abcNote: 'noPositiveValue' | null = null;
  if (settings.abcMethod === 'computed') {
    const computed = abcComputed(abcValue, abcOut);
    abcClass = computed.classes;
    computedPoints = computed.points;
    if (!computed.points && n > 0) abcNote = 'noPositiveValue';
  } else {
    abcClass = abcFixed(abcValue, settings.abcLimitA, settings.abcLimitB, measure === 'netProfit' ? profitOrder : undefined, abcOut, measure === 'netProfit' ? rankedProfit : undefined);
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
  return { abcValue, abcClass, abc, tier: pyramidTiers(revenue, tierOut), whale: whaleCurve(figures.netProfit, profitOrder, WHALE_CHART_POINTS, rankedProfit) };
}

/** The replacement hourly return of docs/DEFINITIONS.md §5: the target, else the A clients' Σ contribution ÷ Σ time. */
function replacementRate(
  figures: StoredFigures,
  abcClass: Uint8Array<ArrayBufferLike>,
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
  const rate = hourlyReturnOf(contribution.value, time.value);
  return rate !== null ? { rate, source: 'classA' } : { rate: null, source: null };
}

/** The signals of docs/DEFINITIONS.md §4 as bit flags (bit k = `SIGNAL_IDS[k]`). */
function signalFlags(
  columns: ClientColumns,
  stored: StoredFigures,
  figures: ClientFigures,
  settings: ResolvedSettings,
  medianTimePerOrder: number | null,
  signals: Uint16Array,
): Uint16Array {
  const n = columns.count;
  const v = columns.values;
  const { lateDaysThreshold, lateRemindersThreshold, manyCorrectionsThreshold, emergencyMaxOrders, emergencyTimeFactor } = settings;
  const { shrinkingTrend, highPotentialScore } = settings;
  const emergencyTime = medianTimePerOrder === null ? Infinity : emergencyTimeFactor * medianTimePerOrder;
  for (let i = 0; i < n; i++) {
    const orders = v.orders[i]!;
    let flags = 0;
    if (v.daysLate[i]! > lateDaysThreshold || v.reminders[i]! >= lateRemindersThreshold) flags |= SIGNAL_BIT.paysLate;
    if (v.correctionRounds[i]! >= manyCorrectionsThreshold) flags |= SIGNAL_BIT.manyCorrections;
    if (orders > 0 && orders <= emergencyMaxOrders && stored.time[i]! / orders > emergencyTime) flags |= SIGNAL_BIT.emergencyOnly;
    if (columns.contract[i] === 0) flags |= SIGNAL_BIT.noContract;
    if (figures.trend(i) < shrinkingTrend) flags |= SIGNAL_BIT.shrinking; // NaN (no previous revenue) is never less
    if (stored.discountLeak[i]! > 0) flags |= SIGNAL_BIT.discountLeak;
    if (v.potential[i]! >= highPotentialScore) flags |= SIGNAL_BIT.highPotential;
    if (v.referralRevenue[i]! > 0) flags |= SIGNAL_BIT.referrer;
    if (v.unbilledHours[i]! > MUCH_UNBILLED_SHARE * v.hours[i]! && v.unbilledHours[i]! > 0) flags |= SIGNAL_BIT.muchUnbilled;
    signals[i] = flags;
  }
  return signals;
}

/** Median time per order over the clients with at least one order (for the emergency-only signal). */
function medianTimePerOrderOf(orders: Float64Array, time: Float64Array): number | null {
  let withOrders = 0;
  for (let i = 0; i < orders.length; i++) if (orders[i]! > 0) withOrders++;
  const timePerOrder = new Float64Array(scratch(8 * withOrders), 0, withOrders);
  for (let i = 0, k = 0; i < orders.length; i++) if (orders[i]! > 0) timePerOrder[k++] = time[i]! / orders[i]!;
  return median(timePerOrder);
}

/** Median by selection (Hoare's quickselect on a scratch array): linear, where a sort is n log n. */
function median(values: Float64Array): number | null {
  const n = values.length;
  if (n === 0) return null;
  const upper = selectKth(values, n >> 1);
  if (n % 2) return upper;
  // The lower middle is the largest value left of the upper middle after selection.
  let lower = -Infinity;
  for (let i = 0; i < n >> 1; i++) if (values[i]! > lower) lower = values[i]!;
  return (lower + upper) / 2;
}

/**
 * The whole analysis on columns. Never throws on finite input; non-finite input values count as 0.
 *
 * `recycle`: an earlier analysis the caller is done with (a host that analyses again after a change of settings
 * or data). Its per-client arrays are overwritten and become this analysis' arrays, so no fresh memory is taken
 * (see `Arena`); the earlier analysis must not be read afterwards. Used only when its size fits.
 */
export function analyseColumns(
  columns: ClientColumns,
  settingsInput: Partial<Settings> | ResolvedSettings = {},
  recycle?: ColumnarAnalysis,
): ColumnarAnalysis {
  const settings = 'interestRateUsed' in settingsInput ? settingsInput : resolveSettings(settingsInput);
  const n = columns.count;
  const arena = new Arena(n, recycle ? arraysOf.get(recycle) : undefined);
  const stored = storedFigures(columns, settings, arena);
  const signalsOut = arena.u16();
  const classification = classifyClients(columns, stored, settings, arena);
  const revenueSum = new Sum();
  const profitSum = new Sum();
  for (let i = 0; i < n; i++) {
    revenueSum.add(columns.values.revenue[i]!);
    profitSum.add(stored.netProfit[i]!);
  }
  const portfolioMargin = quotient(profitSum.value, revenueSum.value) ?? 0;
  const replacement = replacementRate(stored, classification.abcClass, settings.targetHourlyReturn);
  const figures = new ClientFigures(columns, settings, stored, replacement.rate, portfolioMargin);
  const medianTimePerOrder = medianTimePerOrderOf(columns.values.orders, stored.time);
  const advice = arena.u8();
  const analysis: Figures = {
    settings,
    columns,
    ...stored,
    abcValue: classification.abcValue,
    abcClass: classification.abcClass,
    tier: classification.tier,
    signals: signalFlags(columns, stored, figures, settings, medianTimePerOrder, signalsOut),
    advice,
    figures,
  };
  const groups = perClientPass(analysis, settings.repairThreshold);
  const pyramid: PyramidTier[] = TIER_CODES.map((name, code) => ({
    tier: name,
    ...publicTotals(groups[4 + code]!),
    typicalRevenueShare: name === 'inactive' ? null : CURRY_REVENUE_SHARE[name],
  }));

  const notes: NoteId[] = [];
  if (n === 0) notes.push('noClients');
  if (settings.hourlyCost === null) notes.push('noHourlyCost');
  if (settings.targetHourlyReturn === null) notes.push('noTargetHourlyReturn');
  if (settings.interestSource.kind === 'statutory' && settings.interestSource.extrapolated) notes.push('interestExtrapolated');
  if (settings.discountTiers.length === 0 && columns.values.discountPct.some((d) => d > 0 && d < 1)) notes.push('noDiscountTiers');
  if (replacement.rate === null) notes.push('noReplacement');
  const profile = profileOf(analysis);
  if (profile === null && n > 0) notes.push('fewAClients');

  const result: ColumnarAnalysis = {
    ...analysis,
    summary: {
      totals: publicTotals(groups[0]!),
      classes: { A: publicTotals(groups[1]!), B: publicTotals(groups[2]!), C: publicTotals(groups[3]!) },
      abc: classification.abc,
      pyramid,
      whale: classification.whale,
      portfolioMargin,
      replacementHourlyReturn: replacement.rate,
      replacementSource: replacement.source,
      medianTimePerOrder,
      scenarios: scenarios(groups[3]!, settings.repairThreshold, replacement.rate !== null),
      notes,
      profile,
    },
  };
  arraysOf.set(result, arena.given);
  return result;
}

type Figures = Omit<ColumnarAnalysis, 'summary'>;

/** The cost-benefit figures summed per group for the scenarios (docs/DEFINITIONS.md §5); not published. */
const SCENARIO_SUMS = ['repairVisits', 'repairOrders', 'repairGain', 'replacement', 'referralLoss', 'letGoEffect'] as const;
/** Everything summed per group: GroupTotals' money and time (`GROUP_SUMS`), then the scenarios' sums. */
const SUMMED = [...GROUP_SUMS, ...SCENARIO_SUMS] as const;
type Summed = (typeof SUMMED)[number];
type InternalTotals = GroupTotals & Record<Summed, number>;
const REPAIR_GAIN = SUMMED.indexOf('repairGain');
const LET_GO_EFFECT = SUMMED.indexOf('letGoEffect');

/**
 * Every summed figure of client i into `out`, in SUMMED order then the drivers; each derived figure computed once.
 */
function summedRow(a: Figures, i: number, out: Float64Array): void {
  const f = a.figures;
  const v = a.columns.values;
  const invoiceCost = f.invoiceCost(i);
  const shippingCost = f.shippingCost(i);
  const repairVisits = f.repairVisits(i);
  const repairOrders = f.repairOrders(i);
  out[0] = v.revenue[i]!;
  out[1] = v.directCosts[i]!;
  out[2] = f.labourCost(i);
  out[3] = f.visitCost(i);
  out[4] = f.orderCost(i);
  out[5] = invoiceCost;
  out[6] = shippingCost;
  out[7] = a.interestCost[i]!;
  out[8] = a.costToServe[i]!;
  out[9] = a.netProfit[i]!;
  out[10] = a.contribution[i]!;
  out[11] = a.time[i]!;
  out[12] = f.opportunityCost(i);
  out[13] = a.discountLeak[i]!;
  out[14] = repairVisits;
  out[15] = repairOrders;
  out[16] = repairGainOf(a.discountLeak[i]!, repairVisits, repairOrders, invoiceCost, shippingCost, a.interestCost[i]!);
  out[17] = f.replacement(i);
  out[18] = f.referralLoss(i);
  out[19] = f.letGoEffect(i);
  for (let d = 0; d < a.driverCosts.length; d++) out[SUMMED.length + d] = a.driverCosts[d]![i]!;
}

/**
 * The last pass over the clients: each client's advice (into `a.advice`), and the group totals for all clients,
 * each ABC class and each tier. Rows are summed plainly in
 * blocks of 1 024 (small partial sums lose nothing), and the block sums are added with Neumaier's compensation:
 * a million rows still add up to the cent, at the cost of plain addition. `NaN` (not available) is skipped.
 * Groups: 0 all, 1–3 classes A–C, 4–8 tiers top…inactive.
 */
function perClientPass(a: Figures, repairThreshold: number): InternalTotals[] {
  const GROUPS = 9;
  const BLOCK = 1024;
  const width = SUMMED.length + a.driverCosts.length;
  const totals = new Float64Array(GROUPS * width);
  const compensation = new Float64Array(GROUPS * width);
  const n = a.columns.count;
  const classOf = a.abcClass;
  const tierOf = a.tier;
  const row = new Float64Array(width);
  const blockSums = new Float64Array(GROUPS * width);
  for (let start = 0; start < n; start += BLOCK) {
    blockSums.fill(0);
    const end = Math.min(start + BLOCK, n);
    for (let i = start; i < end; i++) {
      summedRow(a, i, row);
      a.advice[i] = adviceOf(row[REPAIR_GAIN]!, row[LET_GO_EFFECT]!, repairThreshold);
      const classBase = (1 + classOf[i]!) * width;
      const tierBase = (4 + tierOf[i]!) * width;
      for (let k = 0; k < width; k++) {
        const value = row[k]!;
        if (value !== value) continue; // not available
        blockSums[classBase + k]! += value;
        blockSums[tierBase + k]! += value;
      }
    }
    // The classes partition the clients: the grand total is their sum (below), not a third addition per value.
    for (let slot = width; slot < GROUPS * width; slot++) {
      const total = totals[slot]!;
      const value = blockSums[slot]!;
      const next = total + value;
      compensation[slot]! += Math.abs(total) >= Math.abs(value) ? total - next + value : value - next + total;
      totals[slot] = next;
    }
  }
  for (let k = 0; k < width; k++) {
    const sum = new Sum();
    for (let g = 1; g <= 3; g++) {
      sum.add(totals[g * width + k]!);
      sum.add(compensation[g * width + k]!);
    }
    totals[k] = sum.value;
  }
  const clients = new Float64Array(GROUPS);
  for (let i = 0; i < n; i++) {
    clients[1 + classOf[i]!]!++;
    clients[4 + tierOf[i]!]!++;
  }
  clients[0] = n;
  const result: InternalTotals[] = [];
  for (let g = 0; g < GROUPS; g++) {
    const value = (k: number): number => totals[g * width + k]! + compensation[g * width + k]!;
    const sums = Object.fromEntries(SUMMED.map((key, k) => [key, value(k)])) as Record<Summed, number>;
    result.push({
      clients: clients[g]!,
      ...sums,
      driverCosts: a.driverCosts.map((_, d) => value(SUMMED.length + d)),
      hourlyReturn: hourlyReturnOf(sums.contribution, sums.time),
      revenueShare: null,
      netProfitShare: null,
      timeShare: null,
      clientShare: null,
    });
  }
  const grand = result[0]!;
  return result.map((group) => ({ ...group, ...sharesOf(group, grand) }));
}

/** GroupTotals as published: without the internal cost-benefit sums. */
function publicTotals(group: InternalTotals): GroupTotals {
  const totals: Record<string, unknown> = { ...group };
  for (const key of SCENARIO_SUMS) delete totals[key];
  return totals as GroupTotals;
}

function sharesOf(
  group: GroupTotals,
  grand: GroupTotals,
): Pick<GroupTotals, 'revenueShare' | 'netProfitShare' | 'timeShare' | 'clientShare'> {
  const share = (part: number, whole: number): number | null => quotient(part, whole);
  return {
    revenueShare: share(group.revenue, grand.revenue),
    netProfitShare: share(group.netProfit, grand.netProfit),
    timeShare: share(group.time, grand.time),
    clientShare: share(group.clients, grand.clients),
  };
}

/** docs/DEFINITIONS.md §5 for all C clients together: every figure is the sum of the per-client figures. */
function scenarios(c: InternalTotals, repairThreshold: number, letGoOffered: boolean): { letGoC: Scenario; repairC: Scenario } {
  const conversations = -repairThreshold * c.clients;
  return {
    letGoC: {
      clients: c.clients,
      lines: [
        { id: 'lostContribution', amount: -c.contribution },
        { id: 'replacement', amount: letGoOffered ? c.replacement : 0 },
        { id: 'referralLoss', amount: -c.referralLoss },
      ],
      net: letGoOffered ? c.letGoEffect : null,
    },
    repairC: {
      clients: c.clients,
      lines: [
        { id: 'discount', amount: c.discountLeak },
        { id: 'visits', amount: c.repairVisits },
        { id: 'orders', amount: c.repairOrders },
        { id: 'invoicing', amount: c.invoiceCost },
        { id: 'shipping', amount: c.shippingCost },
        { id: 'interest', amount: c.interestCost },
        { id: 'conversations', amount: conversations },
      ],
      net: c.repairGain + conversations,
    },
  };
}

const nullIfNaN = (value: number): number | null => (value === value ? value : null);

/** Builds the plain `ClientResult` objects of a columnar analysis (the costly part for huge portfolios). */
export function materialise(a: ColumnarAnalysis): ClientResult[] {
  const n = a.columns.count;
  const out = new Array<ClientResult>(n);
  for (let i = 0; i < n; i++) out[i] = materialiseOne(a, i);
  return out;
}

/**
 * The plain `ClientResult` of client `i` alone: a writer that streams (the CLI's `--json`) builds one object at a
 * time and drops it, instead of holding a million of them.
 */
export function materialiseOne(a: ColumnarAnalysis, i: number): ClientResult {
  const v = a.columns.values;
  const f = a.figures;
  {
    const flags = a.signals[i]!;
    const signals: SignalId[] = [];
    if (flags) for (let bit = 0; bit < SIGNAL_IDS.length; bit++) if (flags & (1 << bit)) signals.push(SIGNAL_IDS[bit]!);
    const revenue = v.revenue[i]!;
    const driverCosts = new Array<number>(a.driverCosts.length);
    for (let d = 0; d < driverCosts.length; d++) driverCosts[d] = a.driverCosts[d]![i]!;
    const abcValue = a.abcValue[i]!;
    const repairGain = f.repairGain(i);
    return {
      row: a.columns.row[i]!,
      client: a.columns.client[i]!,
      // Undefined (so left out of the JSON) when the list has no number beside the name.
      clientNumber: a.columns.clientNumber?.[i],
      revenue,
      directCosts: v.directCosts[i]!,
      time: a.time[i]!,
      labourCost: f.labourCost(i),
      visitCost: f.visitCost(i),
      orderCost: f.orderCost(i),
      invoiceCost: f.invoiceCost(i),
      shippingCost: f.shippingCost(i),
      driverCosts,
      interestCost: a.interestCost[i]!,
      costToServe: a.costToServe[i]!,
      netProfit: a.netProfit[i]!,
      margin: marginOf(a.netProfit[i]!, revenue),
      contribution: a.contribution[i]!,
      hourlyReturn: nullIfNaN(a.hourlyReturn[i]!),
      opportunityCost: nullIfNaN(f.opportunityCost(i)),
      discountLeak: a.discountLeak[i]!,
      trend: nullIfNaN(f.trend(i)),
      abcValue: Number.isFinite(abcValue) ? abcValue : null,
      abcClass: CLASS_LETTERS[a.abcClass[i]!] as AbcClass,
      tier: TIER_CODES[a.tier[i]!] as Tier,
      signals,
      repair: {
        discount: a.discountLeak[i]!,
        visits: f.repairVisits(i),
        orders: f.repairOrders(i),
        invoicing: f.invoiceCost(i),
        shipping: f.shippingCost(i),
        interest: a.interestCost[i]!,
      },
      repairGain,
      repairedProfit: a.netProfit[i]! + repairGain,
      replacement: nullIfNaN(f.replacement(i)),
      referralLoss: f.referralLoss(i),
      letGoEffect: nullIfNaN(f.letGoEffect(i)),
      advice: ADVICE_CODES[a.advice[i]!]!,
    };
  }
}

