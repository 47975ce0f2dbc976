/**
 * Reading dates and times of day from raw exports (docs/DEFINITIONS.md §1b, "Reading raw values"). A date is a
 * calendar date, never shifted by a time zone: `2025-03-04T23:30:00+02:00` is 4 March, as written.
 *
 * Forms read:
 * - a `Date` (see `dateCellDay` for which calendar date it is);
 * - an Excel serial number, only when the caller says the column gives them (`opts.serials`);
 * - year first: `2025-03-04`, `2025-3-4` (also `2025/03/04`, `2025.03.04`), ISO timestamps
 *   `2025-03-04T23:30:00+02:00`, `2025-03-04 23:30:00 -0500`, `2025-03-04T10:00:00Z`, `2025-03-04Z`;
 * - day and month first: `04-03-2025`, `04/03/2025` (day or month first: `order` decides, see `parseDateCell`),
 *   `04.03.2025`, `4.3.2025` (a dotted date is always day first: no locale writes month first with dots), with
 *   a two-digit year (`04.03.25`: 00–69 → 20xx, 70–99 → 19xx) and a clock time after it (`04/03/2025 14:00`,
 *   `03/04/2025 02:00 PM`, `3/4/2025, 2:00 PM`), which is checked and left out.
 * Month names (`4 März 2025`, `4 mrt 2025`, `Mar 4, 2025`) are out of scope: no export we read writes them in a
 * date column, and their vocabulary would be a second language table here.
 *
 * Years 0001–9999 (proleptic Gregorian). Everything is read by char codes and computed arithmetically (days from
 * civil): no regular expression, no `Date` and no substring per text, as a 5 000 000-row export is read cell by cell.
 *
 * Pure TypeScript (no Node, no DOM): the Apps Script build runs it too.
 */
import type { CellValue } from '../types.js';
import type { DateOrder } from './types.js';

/** Days since 1970-01-01 of a calendar date (an integer; no time zone). */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const HALF_DAY_MS = 43_200_000;

const DASH = 45; // -
const DOT = 46; // .
const SLASH = 47; // /
const COLON = 58; // :
const COMMA = 44; // ,
const PLUS = 43; // +

/** Days in each month of a common year. */
const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Whether y-m-d is a real date of years 1–9999. */
function isValidDate(y: number, m: number, d: number): boolean {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return d <= (m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m]!);
}

/** Days since 1970-01-01 of a valid y-m-d (Howard Hinnant's `days_from_civil`). */
function daysFromCivil(y: number, m: number, d: number): DayNumber {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400; // 0..399
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1; // 0..365, from 1 March
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // 0..146096
  return era * 146097 + doe - 719468;
}

/** The day of y-m-d, `null` when it is not a real date. */
function dayOf(y: number, m: number, d: number): DayNumber | null {
  return isValidDate(y, m, d) ? daysFromCivil(y, m, d) : null;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Spaces a cell may carry: space, tab, line breaks, no-break spaces (`2:00\u202FPM` is how ICU writes a time). */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

function isLetter(c: number): boolean {
  const lower = c | 0x20;
  return lower >= 97 && lower <= 122;
}

// ---------------------------------------------------------------------------------------------------------------
// The scanner. One text is scanned at a time; its parts are left in these variables so a read allocates nothing.

const NONE = 0;
/** Year first: `scanA` is the year, `scanB` the month, `scanC` the day. */
const YEAR_FIRST = 1;
/** Day or month first: `scanA` and `scanB` as written, `scanC` the four-digit year, `scanSep` the separator. */
const YEAR_LAST = 2;

let scanA = 0;
let scanB = 0;
let scanC = 0;
let scanSep = 0;
/** Seconds since midnight of the clock time after the date, -1 when there is none. */
let scanClock = -1;
/** Whether anything (a clock time, a zone) follows the date. */
let scanHasTail = false;
/** Where `readClock` stopped. */
let clockEnd = 0;

/**
 * The shape of a date text: NONE, YEAR_FIRST or YEAR_LAST, with its numbers in the scan variables. Only the shape
 * and the clock time after it are checked here, not whether the date exists (the caller knows the reading).
 */
function scanDateText(s: string): number {
  let i = 0;
  let end = s.length;
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  while (end > i && isSpace(s.charCodeAt(end - 1))) end--;
  scanClock = -1;
  scanHasTail = false;

  // The fast path: `yyyy-mm-dd`, the form of every ISO export.
  if (end - i === 10 && s.charCodeAt(i + 4) === DASH && s.charCodeAt(i + 7) === DASH) {
    const y = fourDigits(s, i);
    const m = twoDigits(s, i + 5);
    const d = twoDigits(s, i + 8);
    if (y >= 0 && m >= 0 && d >= 0) {
      scanA = y;
      scanB = m;
      scanC = d;
      return YEAR_FIRST;
    }
    return NONE;
  }

  // Three runs of digits with one separator twice: `2025-3-4`, `04/03/2025`, `4.3.25`.
  let start = i;
  let a = 0;
  while (i < end && isDigit(s.charCodeAt(i))) a = a * 10 + s.charCodeAt(i++) - 48;
  const lengthA = i - start;
  if (lengthA === 0 || lengthA === 3 || lengthA > 4 || i >= end) return NONE;
  const sep = s.charCodeAt(i++);
  if (sep !== DASH && sep !== SLASH && sep !== DOT) return NONE;

  start = i;
  let b = 0;
  while (i < end && isDigit(s.charCodeAt(i))) b = b * 10 + s.charCodeAt(i++) - 48;
  const lengthB = i - start;
  if (lengthB === 0 || lengthB > 2 || i >= end || s.charCodeAt(i++) !== sep) return NONE;

  start = i;
  let c = 0;
  while (i < end && isDigit(s.charCodeAt(i))) c = c * 10 + s.charCodeAt(i++) - 48;
  const lengthC = i - start;
  const yearFirst = lengthA === 4;
  if (yearFirst ? lengthC === 0 || lengthC > 2 : lengthC !== 2 && lengthC !== 4) return NONE;
  if (i < end) {
    if (!readTail(s, i, end, yearFirst)) return NONE;
    scanHasTail = true;
  }

  if (yearFirst) {
    scanA = a;
    scanB = b;
    scanC = c;
    return YEAR_FIRST;
  }
  scanA = a;
  scanB = b;
  scanC = lengthC === 2 ? (c < 70 ? 2000 + c : 1900 + c) : c;
  scanSep = sep;
  return YEAR_LAST;
}

/** `dddd` at i as a number, -1 when not four digits. */
function fourDigits(s: string, i: number): number {
  const hi = twoDigits(s, i);
  const lo = twoDigits(s, i + 2);
  return hi < 0 || lo < 0 ? -1 : hi * 100 + lo;
}

/** `dd` at i as a number, -1 when not two digits. */
function twoDigits(s: string, i: number): number {
  const c1 = s.charCodeAt(i);
  const c2 = s.charCodeAt(i + 1);
  return isDigit(c1) && isDigit(c2) ? (c1 - 48) * 10 + c2 - 48 : -1;
}

/**
 * What may follow a date (from i to the trimmed end): a clock time, after `T` or spaces (year first) or after
 * spaces or a comma (`3/4/2025, 2:00 PM`), then a zone; or, year first, a zone alone (`2025-03-04Z`,
 * `2025-03-04+02:00`, XML's dates). Sets `scanClock`.
 */
function readTail(s: string, i: number, end: number, yearFirst: boolean): boolean {
  const first = s.charCodeAt(i);
  if (yearFirst && (first === 84 || first === 116)) {
    i++; // T
  } else if (yearFirst && (first === 90 || first === PLUS || first === DASH)) {
    return readZone(s, i, end) === end;
  } else {
    let j = i;
    if (first === COMMA && !yearFirst) j++;
    while (j < end && isSpace(s.charCodeAt(j))) j++;
    if (j === i) return false;
    i = j;
  }
  const clock = readClock(s, i, end);
  if (clock < 0) return false;
  i = clockEnd;
  if (i < end) {
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    if (readZone(s, i, end) !== end) return false;
  }
  scanClock = clock;
  return true;
}

/**
 * A clock time at i: `14:00`, `14:00:00`, `14:00:00.123`, `2:00 PM`, `02:00 pm`, `2:00 p.m.`, `24:00` (the end of
 * a day). Seconds since midnight (fractions of a second left out), -1 when it is none; `clockEnd` is where it stops.
 */
function readClock(s: string, i: number, end: number): number {
  let h = 0;
  const start = i;
  while (i < end && i - start < 3 && isDigit(s.charCodeAt(i))) h = h * 10 + s.charCodeAt(i++) - 48;
  if (i === start || i - start > 2 || i >= end || s.charCodeAt(i) !== COLON) return -1;
  const m = i + 2 < end ? twoDigits(s, i + 1) : -1;
  if (m < 0 || m > 59) return -1;
  i += 3;
  let sec = 0;
  if (i < end && s.charCodeAt(i) === COLON) {
    sec = i + 2 < end ? twoDigits(s, i + 1) : -1;
    if (sec < 0 || sec > 59) return -1;
    i += 3;
    const mark = s.charCodeAt(i);
    if (i + 1 < end && (mark === DOT || mark === COMMA) && isDigit(s.charCodeAt(i + 1))) {
      i++;
      while (i < end && isDigit(s.charCodeAt(i))) i++;
    }
  }
  if (i < end && isDigit(s.charCodeAt(i))) return -1; // `14:000`

  // AM or PM, with or without dots and a space before it; a word that merely starts with `a` or `p` is no half.
  let half = 0; // 1 AM, 2 PM
  let j = i;
  while (j < end && isSpace(s.charCodeAt(j))) j++;
  const ap = s.charCodeAt(j) | 0x20;
  if (j < end && (ap === 97 || ap === 112)) {
    let k = j + 1;
    if (k < end && s.charCodeAt(k) === DOT) k++;
    if (k < end && (s.charCodeAt(k) | 0x20) === 109) {
      k++;
      if (k < end && s.charCodeAt(k) === DOT) k++;
      if (k >= end || !isLetter(s.charCodeAt(k))) {
        half = ap === 97 ? 1 : 2;
        i = k;
      }
    }
  }
  if (half !== 0) {
    if (h < 1 || h > 12) return -1;
    h = (h % 12) + (half === 2 ? 12 : 0);
  } else if (h > 24 || (h === 24 && (m !== 0 || sec !== 0))) {
    return -1;
  }
  clockEnd = i;
  return h * 3600 + m * 60 + sec;
}

/** A zone at i: `Z`, `+02`, `+0200`, `+02:00`, `-05:00`, `UTC`, `GMT`, `GMT+1`. Where it ends, -1 when none. */
function readZone(s: string, i: number, end: number): number {
  if (i >= end) return -1;
  const c = s.charCodeAt(i);
  if (c === 90 || c === 122) return i + 1; // Z
  const u = c | 0x20;
  if ((u === 117 || u === 103) && i + 3 <= end) {
    const word = ((s.charCodeAt(i) | 0x20) << 16) | ((s.charCodeAt(i + 1) | 0x20) << 8) | (s.charCodeAt(i + 2) | 0x20);
    if (word !== ((117 << 16) | (116 << 8) | 99) && word !== ((103 << 16) | (109 << 8) | 116)) return -1; // utc, gmt
    i += 3;
    if (i < end && (s.charCodeAt(i) === PLUS || s.charCodeAt(i) === DASH)) {
      i++;
      const start = i;
      while (i < end && i - start < 2 && isDigit(s.charCodeAt(i))) i++;
      if (i === start) return -1;
      if (i < end && s.charCodeAt(i) === COLON) {
        if (twoDigits(s, i + 1) < 0) return -1;
        i += 3;
      }
    }
    return i;
  }
  if (c !== PLUS && c !== DASH) return -1;
  const hh = twoDigits(s, i + 1);
  if (hh < 0 || hh > 23 || i + 3 > end) return -1;
  i += 3;
  if (i < end && s.charCodeAt(i) === COLON) i++;
  if (i < end && isDigit(s.charCodeAt(i))) {
    const mm = i + 2 <= end ? twoDigits(s, i) : -1;
    if (mm < 0 || mm > 59) return -1;
    i += 2;
  } else if (s.charCodeAt(i - 1) === COLON) {
    return -1; // `+02:`
  }
  return i;
}

// ---------------------------------------------------------------------------------------------------------------

/** `2025-03-04` (or `2025-3-4`) → its day; anything else (spaces, a time, `2025-02-30`) → null. */
export function isoToDay(iso: string): DayNumber | null {
  const n = iso.length;
  if (n < 8 || n > 10 || isSpace(iso.charCodeAt(0)) || isSpace(iso.charCodeAt(n - 1))) return null;
  if (scanDateText(iso) !== YEAR_FIRST || scanHasTail) return null;
  // Dashes only: `2025/03/04` is a date text, not ISO.
  if (iso.charCodeAt(4) !== DASH) return null;
  return dayOf(scanA, scanB, scanC);
}

const TWO = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : String(n)));

/** A day → `2025-03-04` (years 0–9999 with four digits). */
export function dayToIso(day: DayNumber): string {
  if (!Number.isFinite(day)) throw new RangeError(`Not a day number: ${day}`);
  // Howard Hinnant's `civil_from_days`.
  const z = Math.floor(day) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097; // 0..146096
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const year = y >= 0 && y <= 9999 ? TWO[Math.floor(y / 100)]! + TWO[y % 100]! : String(y);
  return `${year}-${TWO[m]!}-${TWO[d]!}`;
}

/**
 * The calendar date of a `Date` cell: the date of the UTC midnight nearest to it, i.e. its UTC date after adding
 * 12 hours (a Date at 12:00 UTC or later counts as the next day).
 *
 * Why: the hosts give a date cell as a Date at midnight of its calendar date, but not the same midnight. ExcelJS
 * (the CLI's xlsx reader) makes it UTC midnight: 2025-03-04T00:00Z. Apps Script makes it midnight in the script's
 * time zone: 2025-03-03T23:00Z in Amsterdam, 2025-03-04T05:00Z in New York. The UTC midnight nearest to a local
 * midnight is the one of the same date for every zone from UTC−11:59 to UTC+12:00 (all but Baker Island's
 * −12:00 and the Pacific's +12:45, +13 and +14), so one rule reads both hosts without knowing the zone.
 *
 * The price: a Date that carries a clock time is a moment, not a midnight, and one at 12:00 UTC or later reads as
 * the next day (an ExcelJS date-and-time cell 2025-03-04 14:00 arrives as 14:00Z and reads as 5 March). A host
 * with date-and-time cells should give their date by other means (the serial number, or a text).
 */
function dateCellDay(cell: Date): DayNumber | null {
  const time = cell.getTime();
  return Number.isNaN(time) ? null : Math.floor((time + HALF_DAY_MS) / MS_PER_DAY);
}

/** 1900-01-01 is serial 1; the 1900 system's day 0 (serial 0 = 1899-12-31, then the fake 1900-02-29) as a day. */
const SERIAL_1900_BEFORE_LEAP = 25568;
const SERIAL_1900 = 25569;
/** A 1904 workbook counts from 1904-01-01 = serial 0, 1462 days after the 1900 system's day 0 (1899-12-30). */
const SERIAL_1904 = SERIAL_1900 - 1462;
/** 9999-12-31, Excel's last date. */
const LAST_SERIAL_1900 = 2958465;
const LAST_SERIAL_1904 = LAST_SERIAL_1900 - 1462;

/**
 * An Excel serial date → its day; the time of day (the fraction) is left out. 1900 system: Excel counts the
 * 29 February 1900 that never was (Lotus's leap-year bug), so serials 1–59 are 1900-01-01 … 1900-02-28, serial 60
 * is the fake 1900-02-29 (null: no such date), and from 61 on day = serial − 25569. 1904 system (a Mac workbook's
 * option): serial 0 is 1904-01-01. Only serials 1 … the one of 9999-12-31: a 0 or a fraction alone (a time cell)
 * is no date.
 */
function serialDay(value: number, date1904: boolean): DayNumber | null {
  if (!Number.isFinite(value)) return null;
  const serial = Math.floor(value);
  if (date1904) return serial >= 1 && serial <= LAST_SERIAL_1904 ? serial - SERIAL_1904 : null;
  if (serial < 1 || serial > LAST_SERIAL_1900 || serial === 60) return null;
  return serial < 60 ? serial - SERIAL_1900_BEFORE_LEAP : serial - SERIAL_1900;
}

/**
 * A date cell as a day. `order` decides slash/dash dates whose first two parts are both ≤ 12 (`03/04/2025`):
 * 'dmy' or 'mdy'; with `order` null such a text gives 'ambiguous'. Returns null when the cell is not a date.
 *
 * With `order` given, a slash or dash date is read that way only (`03/13/2025` with 'dmy' is null: the column
 * said day first). With `order` null a text that is a date one way only is read that way (`13/03/2025`,
 * `03/13/2025`), one that reads the same both ways is that day (`04/04/2025`), and one that reads as two dates is
 * 'ambiguous'. A dotted date is always day first, whatever `order` says. A number is a date only with
 * `opts.serials` (an Excel serial, `opts.date1904` for a 1904 workbook); a Date: see `dateCellDay`.
 */
export function parseDateCell(
  cell: CellValue,
  order: DateOrder | null,
  opts?: { serials?: boolean; date1904?: boolean },
): DayNumber | null | 'ambiguous' {
  if (typeof cell === 'string') return parseDateText(cell, order);
  if (typeof cell === 'number') return opts?.serials ? serialDay(cell, opts.date1904 === true) : null;
  if (cell instanceof Date) return dateCellDay(cell);
  return null;
}

function parseDateText(text: string, order: DateOrder | null): DayNumber | null | 'ambiguous' {
  const shape = scanDateText(text);
  if (shape === YEAR_FIRST) return dayOf(scanA, scanB, scanC);
  if (shape !== YEAR_LAST) return null;
  const a = scanA;
  const b = scanB;
  const y = scanC;
  if (scanSep === DOT || order === 'dmy') return dayOf(y, b, a);
  if (order === 'mdy') return dayOf(y, a, b);
  const dayFirst = isValidDate(y, b, a);
  const monthFirst = isValidDate(y, a, b);
  if (dayFirst && monthFirst) return a === b ? daysFromCivil(y, a, a) : 'ambiguous';
  if (dayFirst) return daysFromCivil(y, b, a);
  if (monthFirst) return daysFromCivil(y, a, b);
  return null;
}

/**
 * What one text says about the order: 1 day first, 2 month first, 0 nothing. Slash and dash dates only (a
 * dotted date is always day first, so it has nothing to settle); a text that is a date one way only says that
 * way (`13/03/2025`: day first; `03/13/2025`: month first); one that is no date either way (`31/02/2025`) or
 * both ways (`03/04/2025`) says nothing.
 */
function orderEvidence(text: string): number {
  if (scanDateText(text) !== YEAR_LAST || scanSep === DOT) return 0;
  const dayFirst = isValidDate(scanC, scanB, scanA);
  const monthFirst = isValidDate(scanC, scanA, scanB);
  return dayFirst === monthFirst ? 0 : dayFirst ? 1 : 2;
}

/**
 * Both orders seen: 1 | 2 = 3 when the texts contradict each other; stops at the first contradiction.
 */
function evidenceOf(texts: Iterable<string>): number {
  let seen = 0;
  for (const text of texts) {
    seen |= orderEvidence(text);
    if (seen === 3) break;
  }
  return seen;
}

/**
 * The order a column's date texts settle: a first part above 12 → 'dmy', a second part above 12 → 'mdy'; null if
 * none decides (or they contradict: then return null and let `dateOrderConflict` say so). Only slash and dash
 * dates that are real dates in one reading count (see `orderEvidence`).
 */
export function decideDateOrder(texts: Iterable<string>): DateOrder | null {
  const seen = evidenceOf(texts);
  return seen === 1 ? 'dmy' : seen === 2 ? 'mdy' : null;
}

/** True when some of the texts are day first only and others month first only (`13/03/2025` and `03/13/2025`). */
export function dateOrderConflict(texts: Iterable<string>): boolean {
  return evidenceOf(texts) === 3;
}

/**
 * Seconds since midnight of a time-of-day cell, 0 … 86400 (`24:00` is the end of a day):
 * - a text `14:00`, `14:00:00`, `2:00 PM`, `02:00 pm`, `2:00 p.m.`; or the clock time of a date-and-time text
 *   (`2025-03-04T14:00:00+02:00` → 14:00, as written, like its date). Not `9.30`, `14u30` or `1400` (null);
 * - a Date: its UTC clock, as ExcelJS gives a time cell (1899-12-30T14:00Z); rounded to the second, as ExcelJS
 *   rounds a serial's fraction to the millisecond (13:59:59.999 is 14:00). An Apps Script Date is at the script
 *   zone's clock, which only its host can turn into a time of day;
 * - a number 0 ≤ x < 1: a day fraction, as an Excel time cell holds it (0.5 → 12:00); other numbers are null.
 */
export function parseTimeOfDay(cell: CellValue): number | null {
  if (typeof cell === 'number') {
    return cell >= 0 && cell < 1 ? Math.round(cell * 86400) : null;
  }
  if (cell instanceof Date) {
    const time = cell.getTime();
    if (Number.isNaN(time)) return null;
    const msOfDay = time - Math.floor(time / MS_PER_DAY) * MS_PER_DAY;
    return Math.round(msOfDay / 1000);
  }
  if (typeof cell !== 'string') return null;
  let i = 0;
  let end = cell.length;
  while (i < end && isSpace(cell.charCodeAt(i))) i++;
  while (end > i && isSpace(cell.charCodeAt(end - 1))) end--;
  const clock = readClock(cell, i, end);
  if (clock >= 0 && clockEnd === end) return clock;
  const shape = scanDateText(cell);
  if (shape === NONE || scanClock < 0 || !isRealDate(shape)) return null;
  return scanClock;
}

/** Whether the scanned text is a real date in at least one reading. */
function isRealDate(shape: number): boolean {
  if (shape === YEAR_FIRST) return isValidDate(scanA, scanB, scanC);
  return isValidDate(scanC, scanB, scanA) || (scanSep !== DOT && isValidDate(scanC, scanA, scanB));
}

/**
 * True when a text is a date in one of the forms read here (for recognising a date column by its values): a
 * real date in at least one reading, so `03/04/2025` is one and `31/02/2025`, `2025-13-01` and `12.5` are not.
 */
export function isDateText(text: string): boolean {
  const shape = scanDateText(text);
  return shape !== NONE && isRealDate(shape);
}
