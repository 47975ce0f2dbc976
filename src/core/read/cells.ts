/**
 * Cells as hosts deliver them (numbers, text, booleans, dates, blanks): what a cell says as text, whether it is
 * blank, and reading it as a number, a duration or a yes/no. Runs on every cell of a large list: no allocation on
 * the common paths.
 */
import { MAX_MAGNITUDE, type Notation, parseNumberText } from '../numbers.js';
import type { CellValue } from '../types.js';
import { parseDurationText } from './duration.js';

export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  return String(value);
}

const MS_PER_DAY = 86_400_000;
const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * A date cell's calendar date, `YYYY-MM-DD`. Hosts give a date as a `Date` at midnight, but not the same
 * midnight: ExcelJS (the CLI's xlsx reader) at UTC midnight, a browser or Apps Script at local midnight, which east
 * of UTC is the previous day in UTC (4 March in Amsterdam is 3 March 23:00Z; in Kiritimati 3 March 10:00Z). So
 * a Date at exactly UTC midnight is read by its UTC date, any other by its local one: a local midnight is a UTC
 * midnight only where the offset is 0, and there the two dates agree.
 */
function dateText(date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) return '';
  if (time % MS_PER_DAY === 0) return date.toISOString().slice(0, 10);
  const year = date.getFullYear();
  const shown = year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : String(year);
  return `${shown}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

export function isBlank(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  // Blank means nothing but white space; a text whose first character is not white space is not (no trim needed:
  // this runs on every cell of a large list).
  return value.length === 0 || (isSpaceCode(value.charCodeAt(0)) && value.trim() === '');
}

/** A character `String.prototype.trim` removes (ECMAScript's WhiteSpace and LineTerminator). */
export function isSpaceCode(code: number): boolean {
  return code <= 32 || code === 160 || (code >= 5760 && (code === 5760 || (code >= 8192 && code <= 8202) || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279));
}

/** A row with any cell that is not blank. */
export function hasContent(row: readonly CellValue[]): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlank(row[i])) return true;
  return false;
}

const DASH = /^[-\u2013\u2014]$/;
/** A lone dash (`-`, `–`, `—`): an accountant's way of writing nothing. */
export const isDash = (text: string): boolean => DASH.test(text.trim());

/** Text that reads as a number in continental or English notation. */
export function looksLikeNumber(text: string): boolean {
  return parseNumberText(text, 'nl').ok || parseNumberText(text, 'en').ok;
}

/** A cell as a number: numbers as they are (finite, within range), text parsed; booleans and dates are not numbers. */
export function readNumber(cell: CellValue, notation: Notation): { value: number; percent: boolean } | null {
  if (typeof cell === 'number') {
    return Number.isFinite(cell) && Math.abs(cell) <= MAX_MAGNITUDE ? { value: cell === 0 ? 0 : cell, percent: false } : null;
  }
  if (typeof cell === 'string') {
    const parsed = parseNumberText(cell, notation);
    return parsed.ok ? { value: parsed.value, percent: parsed.percent } : null;
  }
  return null;
}

/**
 * A cell of an hours column: a number, else a duration as people and time trackers write it (`12:30`, `125:30`,
 * `12u30`, `12h 30m`; docs/DEFINITIONS.md §1b), in hours. Tried only after the number reader fails, so the common
 * decimal cell costs nothing extra.
 */
export function readHours(cell: CellValue, notation: Notation): { value: number; percent: boolean } | null {
  const number = readNumber(cell, notation);
  if (number !== null || typeof cell !== 'string') return number;
  const hours = parseDurationText(cell, notation);
  return hours === null ? null : { value: hours, percent: false };
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', 'wahr', '1', 'x', '✓', '✔', 'v']);
const NO = new Set(['nee', 'n', 'no', 'false', 'onwaar', 'nein', 'falsch', '0', '-', '✗']);

/** A yes/no cell (a contract column): `null` when it says neither. */
export function readBoolean(cell: CellValue): boolean | null {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : null;
  const text = cellText(cell).trim().toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return null;
}
