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
 * not-available (`NaN`) values are C. Equal values then share one class (docs/DEFINITIONS.md §4): a run of
 * equal values the limits split moves whole to the class holding most of it (a tie of counts: the higher class).
 * Returns class codes 0/1/2 in input order.
 *
 * `rankedValues` (`rankedValues[r] = values[order[r]]`, see radixDescending) lets the walk read in sequence
 * instead of one random read per client. Along the ranking the classes run A…A B…B C…C (the share before only
 * grows), so the walk only counts the A and the B; with no run of equal values split, a client's class then
 * follows from its value alone, compared with the last A and the last B: one pass in sheet order.
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
  const ranked = order ?? rankDescending(values);
  const inRankOrder = rankedValues && order ? rankedValues : null;
  const at = inRankOrder ? (r: number): number => inRankOrder[r]! : (r: number): number => values[ranked[r]!]!;
  let countA = 0;
  let countB = 0;
  let before = 0;
  for (let r = 0; r < n; r++) {
    const value = inRankOrder ? inRankOrder[r]! : values[ranked[r]!]!;
    if (!usable(value)) break; // ranked descending: the rest are not positive either
    const share = before / positiveSum;
    if (share < limitA) countA++;
    else if (share < limitB) countB++;
    else break; // C from here on
    before += value;
  }
  if (countA + countB === 0) return classes;
  const ends = [countA, countA + countB];
  const [a, b] = settleEqualRuns(ends, ends.map((end) => (end > 0 ? at(end - 1) : Infinity)), ends.map((end) => runAround(at, n, end)));
  // The bounds in locals: this loop runs once per client.
  const lowA = a!.value;
  const lowB = b!.value;
  const withA = a!.inclusive;
  const withB = b!.inclusive;
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    if (!(value > 0 && value < Infinity)) continue;
    if (value > lowA || (withA && value === lowA)) classes[i] = CLASS_A;
    else if (value > lowB || (withB && value === lowB)) classes[i] = CLASS_B;
  }
  return classes;
}

/**
 * The lowest value a class (or tier) takes, once no run of equal values straddles its end: `value` itself when
 * `inclusive`, else only values above it (the class ends just before a run of `value` that moved down).
 */
type LowerBound = { value: number; inclusive: boolean };

/** Ranks [start, end) of the run of values equal to the one ranked `end − 1`, when it goes on past `end`; else null. */
function runAround(at: (rank: number) => number, n: number, end: number): [number, number] | null {
  if (end <= 0 || end >= n) return null;
  const value = at(end - 1);
  if (at(end) !== value) return null;
  let start = end - 1;
  while (start > 0 && at(start - 1) === value) start--;
  let stop = end + 1;
  while (stop < n && at(stop) === value) stop++;
  return [start, stop];
}

/**
 * docs/DEFINITIONS.md §4, equal values: classes (or tiers) occupy ranks [0, ends[0]), [ends[0], ends[1]), …, the
 * last one the rest. A run of equal values at ranks [start, stop) that an end splits moves whole to the class
 * holding most of it (a tie of counts: the higher class, the lower index), by moving the ends past it. `cuts[b]`
 * is the value ranked `ends[b] − 1` (Infinity when the class is empty) and `runs[b]` the run around that end
 * (null when none is split there). Moved ends land on a run's edge, so one pass over the ends settles them all.
 * Returns each class's lower bound by value, so a client's class follows from its value alone. Changes `ends`.
 */
export function settleEqualRuns(ends: number[], cuts: readonly number[], runs: readonly ([number, number] | null)[]): LowerBound[] {
  const original = ends.slice();
  const bounds: LowerBound[] = cuts.map((value) => ({ value, inclusive: value !== Infinity }));
  for (let b = 0; b < ends.length; b++) {
    const run = runs[b];
    if (!run || ends[b] !== original[b]) continue;
    const [start, stop] = run;
    const value = cuts[b]!;
    let best = 0;
    let bestCount = -1;
    for (let c = 0; c <= ends.length; c++) {
      const from = c === 0 ? 0 : ends[c - 1]!;
      const to = c === ends.length ? Infinity : ends[c]!;
      const count = Math.max(0, Math.min(to, stop) - Math.max(from, start));
      if (count > bestCount) {
        best = c;
        bestCount = count;
      }
    }
    for (let c = 0; c < ends.length; c++) {
      if (c < best && ends[c]! > start) {
        ends[c] = start;
        bounds[c] = { value, inclusive: false };
      } else if (c >= best && ends[c]! < stop) {
        ends[c] = stop;
        bounds[c] = { value, inclusive: true };
      }
    }
  }
  return bounds;
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
 * revenue, highest first; the tiers end at counts (`tierBounds`), and equal revenues then share one tier
 * (docs/DEFINITIONS.md §4: a run the counts split moves whole to the tier holding most of it, a tie to the
 * higher). Three cut-off values found by selection decide every client, with no full ranking: how many values
 * lie above a cut and how many equal it give the run of equal values around each tier's end.
 */
export function pyramidTiers(revenue: ArrayLike<number>, out?: Uint8Array<ArrayBufferLike>): Uint8Array<ArrayBufferLike> {
  const n = revenue.length;
  const tiers = (out ?? new Uint8Array(n)).fill(TIER_INACTIVE);
  let active = 0;
  for (let i = 0; i < n; i++) if (usable(revenue[i]!)) active++;
  if (active === 0) return tiers;
  const scratch = new Float64Array(scratchBuffer(8 * active), 0, active);
  for (let i = 0, k = 0; i < n; i++) if (usable(revenue[i]!)) scratch[k++] = revenue[i]!;
  const ends = tierBounds(active);
  // The count-th largest is the (active − count)-th smallest. Select the widest cut first: afterwards the
  // narrower cuts lie among the values right of it, a fifth of the data.
  const [top, large, medium] = ends;
  const cutMedium = selectKth(scratch, active - medium);
  const upper = scratch.subarray(active - medium);
  const cutLarge = selectKth(upper, medium - large);
  const cutTop = selectKth(upper, medium - top);
  const cuts = [cutTop, cutLarge, cutMedium];
  const above = [0, 0, 0];
  const equal = [0, 0, 0];
  for (let k = 0; k < active; k++) {
    const value = scratch[k]!;
    // Only values at or above the widest cut (the selection put them right of it) count for any cut.
    if (value < cutMedium) continue;
    for (let b = 0; b < 3; b++) {
      if (value > cuts[b]!) above[b]!++;
      else if (value === cuts[b]!) equal[b]!++;
    }
  }
  // The value ranked end − 1 is the cut, so its run of equal values is [above, above + equal).
  const runs = ends.map((end, b): [number, number] | null => (above[b]! + equal[b]! > end ? [above[b]!, above[b]! + equal[b]!] : null));
  const [top_, large_, medium_] = settleEqualRuns(ends, cuts, runs);
  // The bounds in locals: this loop runs once per client.
  const lowTop = top_!.value;
  const lowLarge = large_!.value;
  const lowMedium = medium_!.value;
  const withTop = top_!.inclusive;
  const withLarge = large_!.inclusive;
  const withMedium = medium_!.inclusive;
  for (let i = 0; i < n; i++) {
    const value = revenue[i]!;
    if (!(value > 0 && value < Infinity)) continue;
    tiers[i] = value > lowTop || (withTop && value === lowTop) ? 0
      : value > lowLarge || (withLarge && value === lowLarge) ? 1
        : value > lowMedium || (withMedium && value === lowMedium) ? 2 : 3;
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
