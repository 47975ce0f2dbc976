/**
 * Statutory commercial interest rates (docs/DEFINITIONS.md §2), as a dated table.
 *
 * NL — wettelijke handelsrente, art. 6:119a BW: the ECB main refinancing rate on the last day before the
 * half-year + 8 points. 2024 as published by the Dutch government (rijksoverheid.nl, "wettelijke rente");
 * 2025–2026 derived by that rule from the ECB rate (4,50 % → 3,15 % → 2,15 % → 2,15 %).
 * DE — Verzugszins for B2B claims, §288(2) BGB: Basiszinssatz (§247 BGB, published by the Deutsche Bundesbank)
 * + 9 points; Basiszinssatz 3,62 / 3,37 / 2,27 / 1,27 / 1,27 %.
 * Not re-verified against the official pages from this offline machine; the user can always type a rate.
 */
import type { Country } from './types.js';

export type HalfYearRate = { halfYear: string; from: string; to: string; NL: number; DE: number };

export const STATUTORY_RATES: readonly HalfYearRate[] = [
  { halfYear: '2024H1', from: '2024-01-01', to: '2024-06-30', NL: 0.125, DE: 0.1262 },
  { halfYear: '2024H2', from: '2024-07-01', to: '2024-12-31', NL: 0.1225, DE: 0.1237 },
  { halfYear: '2025H1', from: '2025-01-01', to: '2025-06-30', NL: 0.1115, DE: 0.1127 },
  { halfYear: '2025H2', from: '2025-07-01', to: '2025-12-31', NL: 0.1015, DE: 0.1027 },
  { halfYear: '2026H1', from: '2026-01-01', to: '2026-06-30', NL: 0.1015, DE: 0.1027 },
];

export const STATUTORY_SOURCE: Record<Country, string> = {
  NL: 'art. 6:119a BW',
  DE: '§ 288 Abs. 2 BGB (Basiszinssatz + 9 Prozentpunkte)',
};

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date `YYYY-MM-DD` (UTC; no time zones involved). */
export function isoToDay(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function halfYearOf(day: number): string {
  const date = new Date(day * DAY_MS);
  return `${date.getUTCFullYear()}H${date.getUTCMonth() < 6 ? 1 : 2}`;
}

/** The rate in force on one day; past the table's end the last known rate (`extrapolated`). */
export function statutoryRateOn(
  iso: string,
  country: Country,
): { rate: number; halfYear: string; extrapolated: boolean } {
  const day = isoToDay(iso);
  for (const entry of STATUTORY_RATES) {
    if (day >= isoToDay(entry.from) && day <= isoToDay(entry.to)) {
      return { rate: entry[country], halfYear: entry.halfYear, extrapolated: false };
    }
  }
  const first = STATUTORY_RATES[0]!;
  const last = STATUTORY_RATES[STATUTORY_RATES.length - 1]!;
  const edge = day < isoToDay(first.from) ? first : last;
  return { rate: edge[country], halfYear: halfYearOf(day), extrapolated: true };
}

/**
 * The statutory rate averaged over the 12 months before `periodEnd` (the 365 days ending on it), weighted by the
 * days each half-year's rate was in force: what late money cost over the period, not on its last day.
 */
export function averageStatutoryRate(
  periodEnd: string,
  country: Country,
): { rate: number; halfYears: string[]; extrapolated: boolean } {
  const end = isoToDay(periodEnd);
  let sum = 0;
  let extrapolated = false;
  const halfYears: string[] = [];
  for (let day = end - 364; day <= end; day++) {
    const found = statutoryRateOn(dayToIso(day), country);
    sum += found.rate;
    extrapolated ||= found.extrapolated;
    if (halfYears[halfYears.length - 1] !== found.halfYear) halfYears.push(found.halfYear);
  }
  return { rate: sum / 365, halfYears, extrapolated };
}
