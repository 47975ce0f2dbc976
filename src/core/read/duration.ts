/**
 * Reading durations as people and time trackers write them: hours of work per client, as `12,5`, `12:30`,
 * `125:30`, `12u30`, `12h 30m`, `2 Std. 30 Min.`, `1d 2h`, or as an Excel duration cell (a fraction of a day, or
 * the `Date` a time-formatted cell arrives as). Every answer is in hours; `null` means "not a duration", so the
 * caller can report the cell instead of guessing.
 *
 * Pure TypeScript (no Node, no DOM): the Apps Script build runs it too.
 */
import { parseNumberText, type Notation } from '../numbers.js';
import type { CellValue } from '../types.js';

const MS_PER_HOUR = 3_600_000;
/** Day 0 of Excel's (and Sheets') 1900 date system, as ExcelJS turns serials into `Date`s: 1899-12-30 00:00 UTC. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

// A leading minus (hyphen, real minus sign, en dash): `-1:30` is a correction of an hour and a half.
const MINUS = /^[-\u2212\u2013]\s*/;
// `h:mm` and `h:mm:ss`: any number of hours (a month of work is `125:30`), two-digit minutes and seconds below
// 60, so `1:75` and `12:3` (a ratio, a typo) are not read as time. An hour word after it (`12:30 uur`) is allowed.
const CLOCK = /^(\d+):([0-5]\d)(?::([0-5]\d))?(?:\s*(?:h|u|uur|std\.?|hrs?))?$/i;
// `12u30`, `12h30`, `12h 30`: hours and two-digit minutes joined by the hour letter, the minutes without a unit.
const JOINED = /^(\d+)\s*[uh]\s*([0-5]\d)$/i;
// One `amount unit` part of `12h 30m`, `2 Std. 30 Min.`, `12 uur en 30 min`, `1d 2h`; sticky, read part by part.
const PART = /(\d+(?:[.,]\d+)?)\s*(\p{L}+)\.?(?:\s*,\s*|\s+(?:en|und|and|&)\s+|\s*)/uy;
// A plain decimal: digits, separators and a sign only, so `€ 12` or `12%` (which the number reader accepts) are not hours.
const PLAIN = /^[-\u2212+]?\s*[\d.,\s]+$/;

/** The units, largest first: a part's unit must be smaller than the one before it (`1d 2h 30m`, not `30m 2h`). */
const UNITS: readonly { words: RegExp; hours: number; below: number }[] = [
  { words: /^(d|dg|dag|dagen|days?|tage?n?)$/, hours: 24, below: Infinity },
  { words: /^(h|u|uur|uren|hr|hrs|hours?|std|stunden?|st)$/, hours: 1, below: 24 },
  { words: /^(m|mn|min|mins|minutes?|minuten?)$/, hours: 1 / 60, below: 60 },
  { words: /^(s|sec|secs|sek|seconds?|seconden|sekunden?)$/, hours: 1 / 3600, below: 60 },
];

/**
 * Hours from a text: `12,5` / `12.5` (decimal hours, read by `notation`), `12:30`, `12:30:36`, `125:30`, `-1:30`,
 * `12u30`, `12u`, `12h 30m`, `12h30`, `1h`, `45m`, `45 min`, `2 Std. 30 Min.`, `12 uur 30 min`, `1d 2h` (a day is
 * 24 h). `null` for anything else (`1:75`, `12:3`, `abc`, empty).
 */
export function parseDurationText(text: string, notation: Notation): number | null {
  const form = readTimeForm(text, notation);
  if (form !== null) return form;
  const trimmed = text.trim();
  if (!PLAIN.test(trimmed)) return null;
  // Decimal hours are an amount like any other: the number reader settles `12,5` against `1.234,5`.
  const parsed = parseNumberText(trimmed, notation);
  return parsed.ok && !parsed.percent ? parsed.value : null;
}

/**
 * True for the clock and unit forms only (`12:30`, `12u30`, `12h 30m`, `45 min`), never for a plain number: a
 * column whose values look like this holds hours, even when its header says only `Duration`.
 */
export function isDurationText(text: string): boolean {
  // The notation only decides decimals inside a unit form (`1,5 uur`), never whether the form is one.
  return readTimeForm(text, 'nl') !== null;
}

/**
 * Hours from a cell as a host delivers it. A number is hours, unless `dayFraction`: an Excel cell formatted
 * `[h]:mm` holds a fraction of a day (0.5 is 12 h). A `Date` is what a time-formatted cell becomes in ExcelJS and
 * Apps Script: its distance from Excel's day 0 (1899-12-30 00:00 UTC) is the duration. A text is read by
 * `parseDurationText`; anything else (blank, boolean, invalid date) is `null`.
 */
export function durationFromCell(cell: CellValue, notation: Notation, opts: { dayFraction?: boolean } = {}): number | null {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return null;
    return opts.dayFraction ? cell * 24 : cell;
  }
  if (cell instanceof Date) {
    const time = cell.getTime();
    return Number.isNaN(time) ? null : (time - EXCEL_EPOCH) / MS_PER_HOUR;
  }
  if (typeof cell === 'string') return parseDurationText(cell, notation);
  return null;
}

/** Hours of a clock or unit form, signed; `null` when the text is neither (a plain number included). */
function readTimeForm(text: string, notation: Notation): number | null {
  let rest = text.trim();
  let sign = 1;
  rest = rest.replace(MINUS, () => {
    sign = -1;
    return '';
  });
  if (rest === '') return null;
  const hours = readClock(rest) ?? readUnits(rest, notation);
  if (hours === null) return null;
  // `-0:00` is no time at all, not a negative zero that prints as `-0`.
  return hours === 0 ? 0 : sign * hours;
}

/** `h:mm`, `h:mm:ss`, `12u30`, `12h30`. */
function readClock(text: string): number | null {
  const clock = CLOCK.exec(text) ?? JOINED.exec(text);
  if (!clock) return null;
  const [, h = '0', m = '0', s = '0'] = clock;
  return Number(h) + Number(m) / 60 + Number(s) / 3600;
}

/**
 * `12h 30m`, `2 Std. 30 Min.`, `1d 2h`, `45 min`, `12u`, `1,5 uur`: parts of an amount and a unit, each unit smaller
 * than the one before. After a larger unit an amount must stay below its unit's next step (`1h 75m` is a typo).
 */
function readUnits(text: string, notation: Notation): number | null {
  PART.lastIndex = 0;
  let hours = 0;
  let previous = -1;
  while (PART.lastIndex < text.length) {
    const part = PART.exec(text);
    if (!part) return null;
    const unit = UNITS.findIndex((u) => u.words.test(part[2]!.toLowerCase()));
    if (unit <= previous) return null; // unknown word (-1), or a unit out of order or repeated
    const amount = parseNumberText(part[1]!, notation);
    if (!amount.ok) return null;
    if (previous >= 0 && amount.value >= UNITS[unit]!.below) return null;
    hours += amount.value * UNITS[unit]!.hours;
    previous = unit;
  }
  return previous >= 0 ? hours : null;
}

/**
 * A duration or time cell as the text Excel shows (`numFmt`: its number format; `date1904`: a 1904 workbook), `h:mm` or `h:mm:ss` (`125:30` for 5.2291666 as `[h]:mm`), so
 * the core reads its hours with `parseDurationText` like a typed `125:30`: as a number it would be days, and as
 * the `Date` ExcelJS makes of it, a day in 1900. Elapsed formats (`[h]`, `[mm]`) count every hour; a clock format
 * (`h:mm`) wraps at 24 h as Excel shows it. Rounded to the last unit shown, as Excel does. Other values and
 * formats pass unchanged.
 */
export function durationCellText(value: CellValue, numFmt: string | undefined, date1904 = false): CellValue {
  const shape = timeFormatShape(numFmt);
  if (!shape || (typeof value !== 'number' && !(value instanceof Date))) return value;
  const fromDay0 = durationFromCell(value, 'nl', { dayFraction: true });
  if (fromDay0 === null) return value;
  // In a 1904 workbook ExcelJS counts the Date from 1904-01-01, 1462 days after the 1900 system's day 0.
  const hours = value instanceof Date && date1904 ? fromDay0 - 1462 * 24 : fromDay0;
  const perHour = shape.seconds ? 3600 : 60;
  let units = Math.round(Math.abs(hours) * perHour);
  if (!shape.elapsed) units %= 24 * perHour;
  const two = (n: number): string => String(n).padStart(2, '0');
  const h = Math.floor(units / perHour);
  const clock = shape.seconds ? `${h}:${two(Math.floor(units / 60) % 60)}:${two(units % 60)}` : `${h}:${two(units % 60)}`;
  return hours < 0 && units > 0 ? `-${clock}` : clock;
}

/**
 * Whether a number format shows a time or duration: only hour, minute and second codes (`[h]:mm`, `h:mm:ss`,
 * `[mm]:ss`, `mm:ss.0`, `h:mm AM/PM`), no day, month or year. A lone `m`/`mm` is a month, so an hour or second code
 * (or an elapsed `[m]`) must be there. Quoted text, escapes, colours and locales are set aside first.
 */
export function timeFormatShape(numFmt: string | undefined): { elapsed: boolean; seconds: boolean } | null {
  if (!numFmt) return null;
  let fmt = numFmt.replace(/"[^"]*"/g, '').replace(/\\.|[_*]./g, '').split(';')[0]!;
  const elapsed = /\[(h+|m+|s+)\]/i.test(fmt);
  fmt = fmt.replace(/\[(h+|m+|s+)\]/gi, '$1').replace(/\[[^\]]*\]/g, '').replace(/AM\/PM|A\/P/gi, '');
  if (!/^[hms:.0\s]+$/i.test(fmt) || (!/[hs]/i.test(fmt) && !elapsed)) return null;
  return { elapsed, seconds: /s/i.test(fmt) };
}
