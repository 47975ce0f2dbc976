/**
 * The per-client formulas of docs/DEFINITIONS.md §3 and the lifetime value, as small pure functions. `analyse` and the
 * custom functions both call these, so a figure is defined in exactly one place.
 * "Not available" is `null`, never `NaN`, `Infinity` or a silent 0.
 */
import type { DiscountTier } from './types.js';

/**
 * (revenue − costs) / hours; `null` when hours ≤ 0 (docs/DEFINITIONS.md §3: division by zero is never a number), and when
 * the hours are so small (a denormal like 5e-324) that the quotient overflows to ±Infinity.
 */
export function hourlyReturnOf(contribution: number, time: number): number | null {
  return quotient(contribution, time);
}

/** a / b when b > 0 and the quotient is a finite number; else `null` (not available). */
export function quotient(a: number, b: number): number | null {
  const value = quotientOrNaN(a, b);
  return value === value ? value : null;
}

/**
 * `quotient` with `NaN` for "not available", for the per-client loops over columns: a `number | null` result
 * (even inlined, even followed by `?? NaN`) made V8 box a heap number per client, ~100 bytes of garbage per
 * client per analysis with the other such figures; a plain double is not boxed.
 */
export function quotientOrNaN(a: number, b: number): number {
  if (!(b > 0)) return NaN;
  const value = a / b;
  return Number.isFinite(value) ? value : NaN;
}

/** Time in hours: hours plus the minutes of invisible contacts. */
export function timeOf(
  hours: number,
  calls: number,
  emails: number,
  correctionRounds: number,
  minutes: { minutesPerCall: number; minutesPerEmail: number; minutesPerCorrectionRound: number },
): number {
  return (
    hours +
    (calls * minutes.minutesPerCall +
      emails * minutes.minutesPerEmail +
      correctionRounds * minutes.minutesPerCorrectionRound) /
      60
  );
}

/** Money tied up by paying late: max(amount, 0) · rate · max(daysLate, 0) / 365. */
export function interestCostOf(amount: number, rate: number, daysLate: number): number {
  return (Math.max(amount, 0) * rate * Math.max(daysLate, 0)) / 365;
}

/** Discount of the tier with the highest `revenueFrom` ≤ listRevenue; 0 below the first tier. */
export function tierDiscountOf(listRevenue: number, tiers: readonly DiscountTier[]): number {
  let discount = 0;
  let bestFrom = -Infinity;
  for (const tier of tiers) {
    if (tier.revenueFrom <= listRevenue && tier.revenueFrom >= bestFrom) {
      bestFrom = tier.revenueFrom;
      discount = tier.discount;
    }
  }
  return discount;
}

/**
 * Discount kept from an old volume tier: listRevenue · (discountPct − tierDiscount(listRevenue)), if positive,
 * with listRevenue = revenue / (1 − discountPct). 0 without tiers, or unless 0 < discountPct < 1.
 */
export function discountLeakOf(revenue: number, discountPct: number, tiers: readonly DiscountTier[]): number {
  if (tiers.length === 0 || !(discountPct > 0 && discountPct < 1)) return 0;
  const listRevenue = revenue / (1 - discountPct);
  const leak = listRevenue * (discountPct - tierDiscountOf(listRevenue, tiers));
  return leak > 0 ? leak : 0;
}

/**
 * The shortfall against the target: max(target − hourlyReturn, 0) · time. 0 with no time (nothing forgone);
 * `null` when no target is set.
 */
export function opportunityCostOf(
  time: number,
  hourlyReturn: number | null,
  targetHourlyReturn: number | null,
): number | null {
  if (targetHourlyReturn === null) return null;
  if (!(time > 0) || hourlyReturn === null) return 0;
  return Math.max(targetHourlyReturn - hourlyReturn, 0) * time;
}

/**
 * `opportunityCostOf` with `NaN` for not available, in and out (see `quotientOrNaN`): `NaN` when no target is
 * set; 0 with no time or no hourly return.
 */
export function opportunityCostOrNaN(time: number, hourlyReturn: number, targetHourlyReturn: number): number {
  if (targetHourlyReturn !== targetHourlyReturn) return NaN;
  if (!(time > 0) || hourlyReturn !== hourlyReturn) return 0;
  return Math.max(targetHourlyReturn - hourlyReturn, 0) * time;
}

/** (revenue − previous) / previous; `null` when previousRevenue ≤ 0. */
export function trendOf(revenue: number, previousRevenue: number): number | null {
  return quotient(revenue - previousRevenue, previousRevenue);
}

/** netProfit / revenue; `null` when revenue ≤ 0. */
export function marginOf(netProfit: number, revenue: number): number | null {
  return quotient(netProfit, revenue);
}

/**
 * Customer lifetime value, Gupta & Lehmann's simple form: m · r / (1 + d − r). `null` when the denominator is
 * not positive (retention ≥ 1 + discount rate: the series does not converge).
 */
export function lifetimeValueOf(margin: number, retention: number, discountRate: number): number | null {
  const denominator = 1 + discountRate - retention;
  // An overflow (1e308 · 0,9 / 0,1) stays ±Infinity here: the custom function reports it as #NUM!, as Excel does.
  return denominator > 0 ? (margin * retention) / denominator : null;
}

/** Sum with Neumaier's compensation, so totals over a million rows still add up to the cent. */
export class Sum {
  private total = 0;
  private compensation = 0;
  add(value: number): void {
    const next = this.total + value;
    if (Math.abs(this.total) >= Math.abs(value)) this.compensation += this.total - next + value;
    else this.compensation += value - next + this.total;
    this.total = next;
  }
  get value(): number {
    return this.total + this.compensation;
  }
}

/**
 * Parts rounded to cents so that they add up to their sum rounded to cents (largest remainder): a sentence that
 * names € 1.631,46 and € 6.261,67 must not end in € 7.893,12 (docs/DEFINITIONS.md §3: money is rounded only for
 * display, and what is shown together must add up). Each part moves by less than a cent from its own value.
 */
export function centParts(parts: readonly number[]): number[] {
  const cents = parts.map((p) => p * 100);
  const floors = cents.map((c) => Math.floor(c));
  const target = Math.round(cents.reduce((sum, c) => sum + c, 0));
  let short = target - floors.reduce((sum, f) => sum + f, 0);
  const byRemainder = cents.map((c, i) => ({ i, rest: c - floors[i]! })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of byRemainder) {
    if (short <= 0) break;
    floors[i]! += 1;
    short -= 1;
  }
  return floors.map((f) => f / 100);
}
