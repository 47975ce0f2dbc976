/**
 * The conversation page of one client (docs/DEFINITIONS.md §8), as a model of figures and words: what the page
 * says, before it is laid out in cells (sheet.ts). Every figure is one the analysis holds for the client — its
 * ClientResult, its inputs, the settings, the profile's A medians and the client's own value of a profile measure
 * (profile.ts's `measureOf`, the one definition the medians are taken of) — so nothing on the page can disagree
 * with the analysis sheet.
 */
import type { ColumnarAnalysis } from '../analyse.js';
import { materialiseOne } from '../analyse.js';
import { tierDiscountOf } from '../figures.js';
import { fill, formatMoney, formatNumber, formatPercent } from '../i18n.js';
import { adviceSentence, ADVICE_LABELS, TIER_LABELS } from '../messages.js';
import { furthest, measureOf } from '../profile.js';
import { displayDate } from '../report/text.js';
import type { AbcClass, Advice, Audience, ClientResult, Language, ProfileGroup, ProfileMeasure, RepairGains, Tier } from '../types.js';
import { PROFILE_MEASURES } from '../types.js';
import { LEVER_TEXTS, PAGE_TEXTS, type PageTextId } from './texts.js';

export type CostLineId = 'revenue' | 'directCosts' | 'labourCost' | 'visitCost' | 'orderCost' | 'invoiceCost' | 'shippingCost' | 'driver' | 'interestCost' | 'netProfit';

/** One line of *where the money goes*: revenue (positive), each cost (negative: what it takes off), then net profit. */
export type CostLine = { id: CostLineId; label: string; amount: number };
/** One repair gain > 0 (docs/DEFINITIONS.md §5) with its concrete change in the client's terms. */
export type Lever = { id: keyof RepairGains; change: string; amount: number };
/** The client beside the median A client on one profile measure. */
export type Comparison = { measure: ProfileMeasure; client: number; medianA: number };

export type ConversationPage = {
  audience: Audience;
  language: Language;
  client: string;
  /** The period's last day (ISO) and the date the page was made (ISO). */
  periodEnd: string;
  madeOn: string;
  figures: { revenue: number; time: number; hourlyReturn: number | null; netProfit: number };
  costLines: CostLine[];
  levers: Lever[];
  repairGain: number;
  repairedProfit: number;
  /** `null` when the analysis has no profile (fewer than 3 A clients); else up to three measures, furthest first. */
  comparison: Comparison[] | null;
  /** The internal version's figures only; absent from the client version. */
  internal?: { advice: Advice; adviceLabel: string; adviceSentence: string; abcClass: AbcClass; tier: Tier; tierLabel: string; letGoEffect: number | null };
};

export type PageOptions = { language?: Language; audience?: Audience; madeOn?: string };

const COST_LINES: readonly (Exclude<CostLineId, 'revenue' | 'netProfit' | 'driver' | 'interestCost'>)[] = [
  'directCosts', 'labourCost', 'visitCost', 'orderCost', 'invoiceCost', 'shippingCost',
];

/** docs/DEFINITIONS.md §8's page for client `i` of the analysis (its index in the analysis' order). */
export function conversationPage(a: ColumnarAnalysis, i: number, options: PageOptions = {}): ConversationPage {
  const language = options.language ?? 'nl';
  const audience = options.audience ?? a.settings.audience;
  const text = (id: PageTextId): string => PAGE_TEXTS[language][id];
  const c = materialiseOne(a, i);
  const costLines: CostLine[] = [{ id: 'revenue', label: text('revenue'), amount: c.revenue }];
  for (const id of COST_LINES) if (c[id] !== 0) costLines.push({ id, label: text(id), amount: -c[id] });
  c.driverCosts.forEach((cost, d) => {
    if (cost !== 0) costLines.push({ id: 'driver', label: a.settings.extraDrivers[d]!.label, amount: -cost });
  });
  if (c.interestCost !== 0) costLines.push({ id: 'interestCost', label: text('interestCost'), amount: -c.interestCost });
  costLines.push({ id: 'netProfit', label: text('netProfit'), amount: c.netProfit });
  const page: ConversationPage = {
    audience,
    language,
    client: c.client,
    periodEnd: a.settings.periodEndUsed,
    madeOn: options.madeOn ?? a.settings.periodEndUsed,
    figures: { revenue: c.revenue, time: c.time, hourlyReturn: c.hourlyReturn, netProfit: c.netProfit },
    costLines,
    levers: leversOf(a, i, c, language),
    repairGain: c.repairGain,
    repairedProfit: c.repairedProfit,
    comparison: comparisonOf(a, i),
  };
  if (audience === 'internal') {
    page.internal = {
      advice: c.advice, adviceLabel: ADVICE_LABELS[language][c.advice], adviceSentence: adviceSentence(c, a.settings, language),
      abcClass: c.abcClass, tier: c.tier, tierLabel: TIER_LABELS[language][c.tier], letGoEffect: c.letGoEffect,
    };
  }
  return page;
}

/** The repair gains > 0, in §5's order, each with its change said in the client's figures. */
function leversOf(a: ColumnarAnalysis, i: number, c: ClientResult, language: Language): Lever[] {
  const v = a.columns.values;
  const s = a.settings;
  const money = (amount: number): string => formatMoney(amount, language).replace(/[,.]00(?=\D*$)/, '');
  const texts = LEVER_TEXTS[language];
  const changes: Record<keyof RepairGains, () => string> = {
    discount: () => {
      const current = v.discountPct[i]!;
      const listRevenue = c.revenue / (1 - current);
      const tier = tierFor(listRevenue, s.discountTiers);
      const params = { current: formatPercent(current, language), tier: formatPercent(tierDiscountOf(listRevenue, s.discountTiers), language), from: tier ? money(tier.revenueFrom) : '' };
      return fill(tier ? texts.discount : texts.discountNone, params);
    },
    visits: () => fill(texts.visits, { max: s.maxVisitsPerYear, visits: formatNumber(v.visits[i]!, language) }),
    orders: () => fill(texts.orders, { minimum: money(s.minOrderSize ?? 0), orders: formatNumber(v.orders[i]!, language) }),
    invoicing: () => fill(texts.invoicing, { invoices: formatNumber(v.invoices[i]!, language) }),
    shipping: () => fill(texts.shipping, { shipments: formatNumber(v.freeShipments[i]!, language) }),
    interest: () => fill(texts.interest, { days: formatNumber(v.daysLate[i]!, language, 1) }),
  };
  const levers: Lever[] = [];
  for (const id of Object.keys(c.repair) as (keyof RepairGains)[]) {
    if (c.repair[id] > 0) levers.push({ id, change: changes[id](), amount: c.repair[id] });
  }
  return levers;
}

/** The tier a list revenue falls in (the one tierDiscountOf takes), or none below the first. */
function tierFor(listRevenue: number, tiers: readonly { revenueFrom: number; discount: number }[]): { revenueFrom: number; discount: number } | null {
  let best: { revenueFrom: number; discount: number } | null = null;
  for (const tier of tiers) if (tier.revenueFrom <= listRevenue && (best === null || tier.revenueFrom >= best.revenueFrom)) best = tier;
  return best;
}

/**
 * The client beside the median A client on the measures where it differs most: the |log(client / A)| of
 * docs/DEFINITIONS.md §7 with the client's own value in place of the C median, at most three.
 */
export function comparisonOf(a: ColumnarAnalysis, i: number): Comparison[] | null {
  const profile = a.summary.profile;
  if (!profile) return null;
  const own: ProfileGroup = {};
  for (const measure of PROFILE_MEASURES) {
    if (profile.a[measure] === undefined) continue;
    const value = measureOf(a, i, measure);
    if (value === value) own[measure] = value;
  }
  return furthest(profile.a, own, 3).map((measure) => ({ measure, client: own[measure]!, medianA: profile.a[measure]! }));
}

/** The page's dates as the page says them. */
export function pageDates(page: Pick<ConversationPage, 'periodEnd' | 'madeOn' | 'language'>): { period: string; made: string } {
  return { period: displayDate(page.periodEnd, page.language), made: displayDate(page.madeOn, page.language) };
}
