/**
 * Classifications of docs/DEFINITIONS.md §4 on plain value arrays: fixed-limit ABC, the pyramid tiers and the whale curve.
 * Shared by the analysis (on columns) and the custom functions (on ranges).
 */
import { computedAbc } from './abc-computed.js';
import { rankDescending, selectKth } from './sort.js';
import { scratch as scratchBuffer } from './scratch.js';
import type { AbcClass, ComputedAbcPoints, Tier, WhaleCurve, WhalePoint } from './types.js';

export const CLASS_A = 0;
export const CLASS_B = 1;
export const CLASS_C = 2;
export const CLASS_LETTERS: readonly AbcClass[] = ['A', 'B', 'C'];

/** Positive and finite: the only values that can be A or B. */
function usable(value: number): boolean {
  return value > 0 && value < Infinity;
}

/**
 * Fixed-limit ABC. Ranked highest first (ties in sheet order); shares are of the sum of the positive values; A
 * while the share of the clients ranked *before* is < limitA, B while < limitB, else C. Zero, negative and
 * not-available (`NaN`) values are C. Returns class codes 0/1/2 in input order.
 */
export function abcFixed(
  values: ArrayLike<number>,
  limitA: number,
  limitB: number,
  order?: Uint32Array<ArrayBufferLike>,
  out?: Uint8Array<ArrayBufferLike>,
  rankedValues?: Float64Array<ArrayBufferLike>,
): Uint8Array<ArrayBufferLike> {
  const n = values.length;
  // `out`: the analysis' reused buffer (length n), so a rerun allocates no fresh external memory.
  const classes = (out ?? new Uint8Array(n)).fill(CLASS_C);
  let positiveSum = 0;
  for (let i = 0; i < n; i++) if (usable(values[i]!)) positiveSum += values[i]!;
  if (positiveSum <= 0) return classes;
  if (order && rankedValues) return abcFixedSequential(values, limitA, limitB, order, rankedValues, positiveSum, classes);
  const ranked = order ?? rankDescending(values);
  let before = 0;
  for (let r = 0; r < n; r++) {
    const i = ranked[r]!;
    const value = values[i]!;
    if (!usable(value)) break; // ranked descending: the rest are not positive either
    const share = before / positiveSum;
    classes[i] = share < limitA ? CLASS_A : share < limitB ? CLASS_B : CLASS_C;
    before += value;
  }
  return classes;
}

/**
 * `abcFixed` given the values in rank order (`rankedValues[r] = values[order[r]]`): the same classes without
 * a random read and a random write per client. Along the ranking the classes run A…A B…B C…C (the share
 * before only grows), so one walk finds the last A and the last B; a client is then A when it ranks no later
 * than the last A, i.e. (value, sheet order) compares to that client's, and so for B: one pass in sheet order.
 */
function abcFixedSequential(
  values: ArrayLike<number>,
  limitA: number,
  limitB: number,
  order: Uint32Array<ArrayBufferLike>,
  rankedValues: Float64Array<ArrayBufferLike>,
  positiveSum: number,
  classes: Uint8Array<ArrayBufferLike>,
): Uint8Array<ArrayBufferLike> {
  const n = values.length;
  let countA = 0;
  let countB = 0;
  let before = 0;
  for (let r = 0; r < n; r++) {
    const value = rankedValues[r]!;
    if (!usable(value)) break;
    const share = before / positiveSum;
    if (share < limitA) countA++;
    else if (share < limitB) countB++;
    else break; // C from here on
    before += value;
  }
  if (countA + countB === 0) return classes;
  const lastA = countA > 0 ? rankedValues[countA - 1]! : Infinity;
  const lastAIndex = countA > 0 ? order[countA - 1]! : -1;
  const lastB = countB > 0 ? rankedValues[countA + countB - 1]! : Infinity;
  const lastBIndex = countB > 0 ? order[countA + countB - 1]! : -1;
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    if (!usable(value)) continue;
    if (value > lastA || (value === lastA && i <= lastAIndex)) classes[i] = CLASS_A;
    else if (value > lastB || (value === lastB && i <= lastBIndex)) classes[i] = CLASS_B;
  }
  return classes;
}

/** Computed ABC (Ultsch & Lötsch), with docs/DEFINITIONS.md §4's rule that a non-positive value is always C. */
export function abcComputed(
  values: ArrayLike<number>,
  out?: Uint8Array<ArrayBufferLike>,
): { classes: Uint8Array<ArrayBufferLike>; points: ComputedAbcPoints | null } {
  const n = values.length;
  const classes = (out ?? new Uint8Array(n)).fill(CLASS_C);
  const result = computedAbc(values);
  if (!result) return { classes, points: null };
  for (let i = 0; i < n; i++) {
    if (usable(values[i]!)) classes[i] = CLASS_LETTERS.indexOf(result.classes[i]!);
  }
  return { classes, points: result.points };
}

export const TIER_CODES: readonly Tier[] = ['top', 'large', 'medium', 'small', 'inactive'];
export const TIER_INACTIVE = 4;

/** Cumulative counts where the Top, Groot and Middel tiers end, for n active clients (docs/DEFINITIONS.md §4). */
export function tierBounds(n: number): [number, number, number] {
  // Integer division, not 0.01·n: 0.01·700 is 7.000000000000001 in floating point and would round up to 8.
  const top = Math.min(n, Math.max(1, Math.ceil(n / 100)));
  const large = Math.min(n, Math.max(top + 1, Math.ceil(n / 20)));
  const medium = Math.min(n, Math.max(large + 1, Math.ceil(n / 5)));
  return [top, large, medium];
}

/**
 * Pyramid tier codes (0 top … 3 small, 4 inactive) in input order. Active clients (revenue > 0) ranked by
 * revenue, highest first, ties in sheet order. The tiers end at counts (`tierBounds`), so three cut-off values
 * found by selection decide every client, with no full ranking: a value above a cut is inside it; of the values
 * equal to a cut, the first ones in sheet order fill what the count leaves.
 */
export function pyramidTiers(revenue: ArrayLike<number>, out?: Uint8Array<ArrayBufferLike>): Uint8Array<ArrayBufferLike> {
  const n = revenue.length;
  const tiers = (out ?? new Uint8Array(n)).fill(TIER_INACTIVE);
  let active = 0;
  for (let i = 0; i < n; i++) if (usable(revenue[i]!)) active++;
  if (active === 0) return tiers;
  const scratch = new Float64Array(scratchBuffer(8 * active), 0, active);
  for (let i = 0, k = 0; i < n; i++) if (usable(revenue[i]!)) scratch[k++] = revenue[i]!;
  const bounds = tierBounds(active);
  // The count-th largest is the (active − count)-th smallest. Select the widest cut first: afterwards the
  // narrower cuts lie among the values right of it, a fifth of the data.
  const [top, large, medium] = bounds;
  const cutMedium = selectKth(scratch, active - medium);
  const upper = scratch.subarray(active - medium);
  const cutLarge = selectKth(upper, medium - large);
  const cutTop = selectKth(upper, medium - top);
  const cuts = [cutTop, cutLarge, cutMedium];
  const above = [0, 0, 0];
  for (let k = 0; k < active; k++) for (let b = 0; b < 3; b++) if (scratch[k]! > cuts[b]!) above[b]!++;
  const quota = bounds.map((count, b) => count - above[b]!);
  const seenEqual = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    const value = revenue[i]!;
    if (!usable(value)) continue;
    let tier = 3;
    for (let b = 2; b >= 0; b--) {
      const cut = cuts[b]!;
      if (value > cut) tier = b;
      else if (value === cut) {
        if (seenEqual[b]! < quota[b]!) tier = b;
        seenEqual[b]!++;
      }
    }
    tiers[i] = tier;
  }
  return tiers;
}

/** Curry's typical revenue shares per tier (docs/DEFINITIONS.md §4). */
export const CURRY_REVENUE_SHARE: Record<Exclude<Tier, 'inactive'>, number> = {
  top: 0.4,
  large: 0.25,
  medium: 0.15,
  small: 0.2,
};

/** Points kept for a chart by default: a curve over a million clients needs no million points. */
export const WHALE_CHART_POINTS = 500;

/**
 * The whale curve: clients by net profit, highest first; (cumulative share of clients, cumulative profit as a
 * share of total profit) from (0, 0). In money (`profitShare` null) when total profit ≤ 0. Large portfolios are
 * sampled to about `maxPoints` points (pass `Infinity` for one point per client); the peak and both ends are
 * always kept.
 */
export function whaleCurve(
  profit: ArrayLike<number>,
  order?: Uint32Array<ArrayBufferLike>,
  maxPoints: number = WHALE_CHART_POINTS,
  rankedProfit?: Float64Array<ArrayBufferLike>,
): WhaleCurve {
  const n = profit.length;
  const ranked = order ?? rankDescending(profit);
  // `rankedProfit[r] = profit[ranked[r]]` when the caller has it (see radixDescending): read in sequence.
  const profitAt = (r: number): number => (rankedProfit ? rankedProfit[r]! : profit[ranked[r]!]!);
  // Summed in a function of its own: `total` is captured by `point` below, and a captured variable updated in
  // a loop boxed a new heap number per client.
  const total = finiteSum(profit);
  const unit = total > 0 ? 'share' : 'money';
  const point = (count: number, cumulative: number): WhalePoint => ({
    clientShare: n > 0 ? count / n : 0,
    profitShare: unit === 'share' ? (count === n ? 1 : cumulative / total) : null,
    cumulativeProfit: count === n ? total : cumulative,
  });
  const step = Math.max(1, Math.ceil(n / maxPoints));
  const points: WhalePoint[] = [point(0, 0)];
  let cumulative = 0;
  let peakCumulative = 0;
  let peakCount = 0;
  let top20 = 0;
  const top20Count = Math.ceil(n / 5);
  for (let r = 0; r < n; r++) {
    cumulative += finiteOrZero(profitAt(r));
    const count = r + 1;
    if (count === top20Count) top20 = cumulative;
    if (cumulative > peakCumulative) {
      peakCumulative = cumulative;
      peakCount = count;
    }
    if (count % step === 0 || count === n) points.push(point(count, cumulative));
  }
  const peak = peakCount === n ? points[points.length - 1]! : point(peakCount, peakCumulative);
  if (peakCount > 0 && peakCount % step !== 0 && peakCount !== n) {
    points.push(peak);
    points.sort((a, b) => a.clientShare - b.clientShare);
  }
  return {
    unit,
    points,
    peak,
    top20ProfitShare: unit === 'share' && n > 0 ? top20 / total : null,
  };
}

function finiteSum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += finiteOrZero(values[i]!);
  return total;
}

function finiteOrZero(value: number): number {
  return Number.isFinite(value) ? value : 0;
}
