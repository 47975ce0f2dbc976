/**
 * The period of a built list (docs/DEFINITIONS.md §1b): the `period` setting (a year, or from..to), else the 12
 * months ending on the last day of the month of the latest invoice date (of the latest other date when there are
 * no invoices); the previous period is as long and ends the day before.
 */
import { dayToIso, isoToDay, type DayNumber } from './dates.js';
import type { PeriodIso } from './types.js';

export type Period = { from: DayNumber; to: DayNumber; previousFrom: DayNumber; previousTo: DayNumber };

/** Month index (year · 12 + month − 1) of a day. */
export function monthOf(day: DayNumber): number {
  const iso = dayToIso(day);
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

/** Cache of `monthOf` by day: a 5 000 000-row export has a few hundred distinct days. */
export class MonthOf {
  private readonly cache = new Map<DayNumber, number>();
  of(day: DayNumber): number {
    let month = this.cache.get(day);
    if (month === undefined) {
      month = monthOf(day);
      this.cache.set(day, month);
    }
    return month;
  }
}

const firstOfMonth = (month: number): DayNumber => isoToDay(`${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}-01`)!;

/** The 12 months ending with `lastMonth`, and the 12 before. */
export function twelveMonthsEnding(lastMonth: number): Period {
  const from = firstOfMonth(lastMonth - 11);
  const to = firstOfMonth(lastMonth + 1) - 1;
  return { from, to, previousFrom: firstOfMonth(lastMonth - 23), previousTo: from - 1 };
}

/** `2025`, `2025-01-01..2025-12-31` (also with `–` or ` - `); `null` when it cannot be read. */
export function parsePeriod(text: string): Period | null {
  const trimmed = text.trim();
  if (/^\d{4}$/.test(trimmed)) return twelveMonthsEnding(Number(trimmed) * 12 + 11);
  const parts = trimmed.split(/\s*(?:\.\.|–|\s-\s|\/)\s*/);
  if (parts.length !== 2) return null;
  const from = isoToDay(parts[0]!);
  const to = isoToDay(parts[1]!);
  if (from === null || to === null || to < from) return null;
  const length = to - from + 1;
  return { from, to, previousFrom: from - length, previousTo: from - 1 };
}

export function periodIso(period: Period, withPrevious: boolean): PeriodIso {
  return {
    from: dayToIso(period.from),
    to: dayToIso(period.to),
    ...(withPrevious ? { previousFrom: dayToIso(period.previousFrom), previousTo: dayToIso(period.previousTo) } : {}),
  };
}

/** Where a day falls: 0 the period, 1 the previous one, 2 neither. */
export function placeOf(period: Period, day: DayNumber): 0 | 1 | 2 {
  if (day >= period.from && day <= period.to) return 0;
  if (day >= period.previousFrom && day <= period.previousTo) return 1;
  return 2;
}
