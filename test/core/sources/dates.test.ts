/**
 * Dates and times of day from raw exports (docs/DEFINITIONS.md §1b, "Reading raw values"). Day numbers checked by
 * hand: 1970-01-01 is day 0; 2025-01-01 is 55·365 + 14 leap days = 20089, so 2025-03-04 is 20089 + 31 + 28 + 3 =
 * 20151; 2000-01-01 is 30·365 + 7 = 10957; 1900-01-01 is −(70·365 + 17) = −25567; 1904-01-01 is −25567 + 4·365 =
 * −24107; 0001-01-01 is −719162 (proleptic Gregorian ordinal 1 against 719163 for 1970-01-01).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateOrderConflict,
  dayToIso,
  decideDateOrder,
  isDateText,
  isoToDay,
  parseDateCell,
  parseTimeOfDay,
} from '../../../src/core/sources/dates.js';
import type { CellValue } from '../../../src/core/types.js';

const D_2025_03_04 = 20151;

/** An independent oracle for the tests only: the day of y-m-d by `Date.UTC`. */
const utcDay = (y: number, m: number, d: number): number => {
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y); // Date.UTC maps years 0–99 to 1900–1999
  return Math.round(date.getTime() / 86_400_000);
};
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A valid calendar date of 1900–2100. */
const ymd = fc
  .record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => ({ y, m, d: Math.min(d, daysIn(y, m)) }));
const days1900to2100 = fc.integer({ min: utcDay(1900, 1, 1), max: utcDay(2100, 12, 31) });

describe('isoToDay and dayToIso', () => {
  const known: [string, number][] = [
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-01-01', 10957],
    ['2000-02-29', 11016],
    ['2000-03-01', 11017],
    ['2024-02-29', 19782],
    ['2025-03-04', D_2025_03_04],
    ['1900-01-01', -25567],
    ['1900-02-28', -25509],
    ['1900-03-01', -25508],
    ['1904-01-01', -24107],
    ['9999-12-31', 2932896],
    ['0001-01-01', -719162],
  ];
  it.each(known)('%s is day %i, and back', (iso, day) => {
    expect(isoToDay(iso)).toBe(day);
    expect(dayToIso(day)).toBe(iso);
  });

  it('reads a one-digit month and day, and nothing else', () => {
    expect(isoToDay('2025-3-4')).toBe(D_2025_03_04);
    expect(isoToDay('2025-03-4')).toBe(D_2025_03_04);
    for (const bad of ['2025-02-29', '2100-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '0000-01-01', '2025/03/04',
      '04-03-2025', ' 2025-03-04', '2025-03-04 ', '2025-03-04T10:00', '2025-03-04Z', '2025-3-4Z', '20250304', '', 'x']) {
      expect(isoToDay(bad), bad).toBeNull();
    }
  });

  it('property: dayToIso(isoToDay(x)) === x over valid dates 1900–2100, and agrees with Date.UTC', () => {
    fc.assert(
      fc.property(ymd, ({ y, m, d }) => {
        const iso = `${y}-${pad(m)}-${pad(d)}`;
        const day = isoToDay(iso);
        expect(day).toBe(utcDay(y, m, d));
        expect(dayToIso(day!)).toBe(iso);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: every day of years 1–9999 goes to ISO and back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 2932896 }), (day) => {
        const iso = dayToIso(day);
        expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(isoToDay(iso)).toBe(day);
        expect(iso).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseDateCell: texts', () => {
  // [text, order, ISO day or null or 'ambiguous']
  const cases: [string, 'dmy' | 'mdy' | null, string | null | 'ambiguous'][] = [
    // year first
    ['2025-03-04', null, '2025-03-04'],
    ['2025-3-4', null, '2025-03-04'],
    ['  2025-03-04\t', null, '2025-03-04'],
    ['2025/03/04', null, '2025-03-04'],
    ['2025.03.04', 'mdy', '2025-03-04'],
    // timestamps: the date as written, never shifted by the zone
    ['2025-03-04T23:30:00+02:00', null, '2025-03-04'],
    ['2025-03-04 23:30:00 -0500', null, '2025-03-04'],
    ['2025-03-04T10:00:00Z', null, '2025-03-04'],
    ['2025-03-04T23:59:59.999-11:00', null, '2025-03-04'],
    ['2025-03-04T00:30+14:00', null, '2025-03-04'],
    ['2025-03-04T10:00', null, '2025-03-04'],
    ['2025-03-04 10:00:00 UTC', null, '2025-03-04'],
    ['2025-03-04 10:00 GMT+1', null, '2025-03-04'],
    ['2025-03-04Z', null, '2025-03-04'],
    ['2025-03-04+02:00', null, '2025-03-04'],
    ['2025-03-04-05:00', null, '2025-03-04'],
    // day first: dashes and slashes by the order, dots always
    ['04-03-2025', 'dmy', '2025-03-04'],
    ['04-03-2025', 'mdy', '2025-04-03'],
    ['04.03.2025', null, '2025-03-04'],
    ['04.03.2025', 'mdy', '2025-03-04'],
    ['4.3.2025', null, '2025-03-04'],
    ['04/03/2025', 'dmy', '2025-03-04'],
    ['03/04/2025', 'mdy', '2025-03-04'],
    ['4/3/2025', 'dmy', '2025-03-04'],
    ['3/4/2025', 'mdy', '2025-03-04'],
    // undecided order: one reading only, or the same day both ways, else ambiguous
    ['04/03/2025', null, 'ambiguous'],
    ['03/04/2025', null, 'ambiguous'],
    ['04-03-2025', null, 'ambiguous'],
    ['04/04/2025', null, '2025-04-04'],
    ['13/03/2025', null, '2025-03-13'],
    ['03/13/2025', null, '2025-03-13'],
    ['31-12-2025', null, '2025-12-31'],
    // a decided order is not second-guessed
    ['03/13/2025', 'dmy', null],
    ['13/03/2025', 'mdy', null],
    ['13.03.2025', 'mdy', '2025-03-13'],
    // a time after it is checked and left out
    ['04/03/2025 14:00', 'dmy', '2025-03-04'],
    ['03/04/2025 02:00 PM', 'mdy', '2025-03-04'],
    ['03/04/2025 02:00 PM', null, 'ambiguous'],
    ['3/4/2025, 2:00:00 PM', 'mdy', '2025-03-04'],
    ['3/4/2025, 2:00:00\u202fPM', 'mdy', '2025-03-04'],
    ['04.03.2025 14:00:00', null, '2025-03-04'],
    ['04-03-2025 9:05', 'dmy', '2025-03-04'],
    ['04-03-2025 24:00', 'dmy', '2025-03-04'],
    // two-digit years: 00–69 → 20xx, 70–99 → 19xx
    ['04.03.25', null, '2025-03-04'],
    ['04.03.00', null, '2000-03-04'],
    ['04.03.69', null, '2069-03-04'],
    ['04.03.70', null, '1970-03-04'],
    ['04.03.99', null, '1999-03-04'],
    ['04/03/25', 'dmy', '2025-03-04'],
    ['03/04/25', 'mdy', '2025-03-04'],
    ['29.02.24', null, '2024-02-29'],
    // not dates
    ['31/02/2025', null, null],
    ['31/02/2025', 'dmy', null],
    ['2025-13-01', null, null],
    ['2025-02-29', null, null],
    ['29.02.2025', null, null],
    ['00/05/2025', null, null],
    ['05/00/2025', null, null],
    ['04.03.2025.', null, null],
    ['04-03/2025', 'dmy', null],
    ['04.03.202', null, null],
    ['04.03.5', null, null],
    ['123.03.2025', null, null],
    ['25-03-4', null, null],
    ['2025-03-04T', null, null],
    ['2025-03-04T25:00', null, null],
    ['2025-03-04 10:60', null, null],
    ['2025-03-04 10:00 foo', null, null],
    ['2025-03-04 10:00 +2', null, null],
    ['2025-03-04x', null, null],
    ['04/03/2025T14:00', 'dmy', null],
    ['04/03/2025 13:00 PM', 'dmy', null],
    ['04/03/2025 0:30 AM', 'dmy', null],
    ['04/03/2025 14:000', 'dmy', null],
    ['04.03.2025 morgen', null, null],
    ['4 März 2025', 'dmy', null], // month names are out of scope
    ['4 mrt 2025', 'dmy', null],
    ['Mar 4, 2025', 'mdy', null],
    ['12.5', null, null],
    ['1.234.567', null, null],
    ['20250304', null, null],
    ['45720', null, null],
    ['', null, null],
    ['   ', null, null],
    ['-', null, null],
  ];
  it.each(cases)('%j with order %s → %s', (text, order, want) => {
    const got = parseDateCell(text, order);
    expect(typeof got === 'number' ? dayToIso(got) : got).toBe(want);
    expect(isDateText(text), `isDateText(${JSON.stringify(text)})`).toBe(want !== null || parseDateCell(text, null) !== null);
  });

  it('property: a day written dd/mm/yyyy and read day first, or mm/dd/yyyy month first, is that day', () => {
    fc.assert(
      fc.property(days1900to2100, fc.constantFrom('/', '-'), fc.boolean(), (day, sep, padded) => {
        const [y, m, d] = dayToIso(day).split('-').map(Number) as [number, number, number];
        const two = padded ? pad : String;
        expect(parseDateCell(`${two(d)}${sep}${two(m)}${sep}${y}`, 'dmy')).toBe(day);
        expect(parseDateCell(`${two(m)}${sep}${two(d)}${sep}${y}`, 'mdy')).toBe(day);
        expect(parseDateCell(`${d}.${m}.${y}`, null)).toBe(day);
        expect(parseDateCell(`${y}-${m}-${d}`, null)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: a timestamp reads as the date written before it, whatever its time and zone', () => {
    const zone = fc.oneof(
      fc.constant(''),
      fc.constant('Z'),
      fc.record({ sign: fc.constantFrom('+', '-'), h: fc.integer({ min: 0, max: 14 }), m: fc.constantFrom(0, 30, 45), colon: fc.boolean() })
        .map(({ sign, h, m, colon }) => `${sign}${pad(h)}${colon ? ':' : ''}${pad(m)}`),
    );
    fc.assert(
      fc.property(days1900to2100, fc.integer({ min: 0, max: 86_399 }), zone, fc.constantFrom('T', ' '), (day, seconds, z, t) => {
        const clock = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
        const text = `${dayToIso(day)}${t}${clock}${z}`;
        expect(parseDateCell(text, null)).toBe(day);
        expect(parseTimeOfDay(text)).toBe(seconds);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: any text reads as null, "ambiguous" or a day that goes to ISO and back, and isDateText agrees', () => {
    const dateish = fc.stringMatching(/^[0-9\-/.: TZ+apmAPM,]{0,24}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), dateish), fc.constantFrom('dmy', 'mdy', null), (text, order) => {
        const got = parseDateCell(text, order as 'dmy' | 'mdy' | null);
        if (typeof got === 'number') {
          expect(Number.isInteger(got)).toBe(true);
          expect(isoToDay(dayToIso(got))).toBe(got);
        } else {
          expect([null, 'ambiguous']).toContain(got);
        }
        if (order === null) expect(isDateText(text)).toBe(got !== null);
        else if (got !== null) expect(isDateText(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseDateCell: Date cells (the date of the nearest UTC midnight)', () => {
  const cases: [string, string][] = [
    ['2025-03-04T00:00:00Z', '2025-03-04'], // ExcelJS: UTC midnight
    ['2025-03-03T23:00:00Z', '2025-03-04'], // Apps Script, Amsterdam (CET) midnight
    ['2025-03-03T22:00:00Z', '2025-03-04'], // Amsterdam midnight in summer time (CEST)
    ['2025-03-04T05:00:00Z', '2025-03-04'], // Apps Script, New York (EST) midnight
    ['2025-03-04T11:59:59.999Z', '2025-03-04'], // UTC−11:59…, the furthest west that reads right
    ['2025-03-03T12:00:00Z', '2025-03-04'], // UTC+12 (Auckland in winter, Fiji) midnight
    ['2025-03-04T12:00:00Z', '2025-03-05'], // the price: 12:00 UTC or later is the next day
    ['1899-12-30T00:00:00Z', '1899-12-30'],
    ['1969-12-31T23:00:00Z', '1970-01-01'],
  ];
  it.each(cases)('%s → %s', (instant, want) => {
    const got = parseDateCell(new Date(instant), null);
    expect(typeof got === 'number' ? dayToIso(got) : got).toBe(want);
  });

  it('reads a Date whatever the order and options, and an invalid Date as null', () => {
    expect(parseDateCell(new Date('2025-03-04T00:00:00Z'), 'mdy', { serials: true, date1904: true })).toBe(D_2025_03_04);
    expect(parseDateCell(new Date(Number.NaN), null)).toBeNull();
  });

  it('property: a local midnight of any zone from UTC−11:45 to UTC+12:00 reads as its date', () => {
    fc.assert(
      fc.property(days1900to2100, fc.integer({ min: -47, max: 48 }), (day, quarters) => {
        // Midnight at offset `quarters`·15 min east of UTC is that many quarters before UTC midnight.
        const instant = new Date(day * 86_400_000 - quarters * 15 * 60_000);
        expect(parseDateCell(instant, null)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseDateCell: Excel serial numbers', () => {
  const serials = { serials: true };
  it('are dates only when the caller says the column gives them', () => {
    expect(parseDateCell(45720, null)).toBeNull();
    expect(parseDateCell(45720, null, {})).toBeNull();
    expect(parseDateCell(45720, null, { serials: false })).toBeNull();
    expect(parseDateCell(45720, null, serials)).toBe(D_2025_03_04);
  });

  const cases: [number, string | null][] = [
    [45720, '2025-03-04'],
    [45720.75, '2025-03-04'], // 18:00 the same day: the integer part only
    [45720.999999, '2025-03-04'],
    [25569, '1970-01-01'],
    [36526, '2000-01-01'],
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [60, null], // the 29 February 1900 that never was (Lotus's leap-year bug)
    [61, '1900-03-01'],
    [2958465, '9999-12-31'],
    [2958465.5, '9999-12-31'],
    [2958466, null],
    [0, null],
    [0.5, null], // a time alone is no date
    [-1, null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
  ];
  it.each(cases)('serial %d → %s', (serial, want) => {
    const got = parseDateCell(serial, null, serials);
    expect(typeof got === 'number' ? dayToIso(got) : got).toBe(want);
  });

  const cases1904: [number, string | null][] = [
    [44258, '2025-03-04'], // 45720 − 1462
    [1, '1904-01-02'],
    [0, null],
    [2957003, '9999-12-31'],
    [2957004, null],
  ];
  it.each(cases1904)('1904 serial %d → %s', (serial, want) => {
    const got = parseDateCell(serial, null, { serials: true, date1904: true });
    expect(typeof got === 'number' ? dayToIso(got) : got).toBe(want);
  });

  it('property: from 1900-03-01 on, day = serial − 25569, and a 1904 serial is 1462 less', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), fc.double({ min: 0, max: 0.999, noNaN: true }), (serial, time) => {
        expect(parseDateCell(serial + time, null, serials)).toBe(serial - 25569);
        if (serial > 1462) expect(parseDateCell(serial - 1462 + time, null, { serials: true, date1904: true })).toBe(serial - 25569);
      }),
    );
  });

  it('other cells are no dates', () => {
    for (const cell of [true, false, null, undefined] as CellValue[]) expect(parseDateCell(cell, 'dmy', serials)).toBeNull();
  });
});

describe('decideDateOrder and dateOrderConflict', () => {
  const cases: [string[], 'dmy' | 'mdy' | null, boolean][] = [
    [['03/04/2025', '13/04/2025'], 'dmy', false],
    [['03/04/2025', '04/13/2025'], 'mdy', false],
    [['03-04-2025', '25-12-2024'], 'dmy', false],
    [['03/04/2025', '05/06/2025'], null, false],
    [['13/04/2025', '04/13/2025'], null, true],
    [['13/04/2025 14:00', '04/13/2025 2:00 PM'], null, true],
    [['31/02/2025', '03/04/2025'], null, false], // no date either way: says nothing
    [['13.04.2025', '03/04/2025'], null, false], // a dotted date is always day first: nothing to settle
    [['2025-04-13', '03/04/2025'], null, false],
    [['', 'abc', '13/04/2025'], 'dmy', false],
    [['13/04/25'], 'dmy', false],
    [[], null, false],
  ];
  it.each(cases)('%j → %s (conflict %s)', (texts, order, conflict) => {
    expect(decideDateOrder(texts)).toBe(order);
    expect(dateOrderConflict(texts)).toBe(conflict);
  });

  it('takes any iterable, once', () => {
    function* texts(): Generator<string> {
      yield '01/02/2025';
      yield '12/31/2025';
    }
    expect(decideDateOrder(texts())).toBe('mdy');
    expect(dateOrderConflict(new Set(['13/01/2025', '01/13/2025']))).toBe(true);
  });

  const write = (y: number, a: number, b: number, sep: string): string => `${pad(a)}${sep}${pad(b)}${sep}${y}`;
  const someDates = fc.array(ymd, { maxLength: 30 });
  const late = ymd.map(({ y, m, d }) => ({ y, m, d: Math.max(13, d) })).filter(({ y, m, d }) => d <= daysIn(y, m));

  it('property: dd/mm texts with at least one day above 12 give dmy; mm/dd texts give mdy', () => {
    fc.assert(
      fc.property(someDates, late, fc.nat(), fc.constantFrom('/', '-'), (dates, one, at, sep) => {
        const all = [...dates];
        all.splice(at % (all.length + 1), 0, one);
        const dayFirst = all.map(({ y, m, d }) => write(y, d, m, sep));
        const monthFirst = all.map(({ y, m, d }) => write(y, m, d, sep));
        expect(decideDateOrder(dayFirst)).toBe('dmy');
        expect(dateOrderConflict(dayFirst)).toBe(false);
        expect(decideDateOrder(monthFirst)).toBe('mdy');
        expect(dateOrderConflict(monthFirst)).toBe(false);
        // Read in the order decided, every text is its own date.
        dayFirst.forEach((text, i) => expect(parseDateCell(text, 'dmy')).toBe(utcDay(all[i]!.y, all[i]!.m, all[i]!.d)));
        // Both ways at once is a conflict, never a guess.
        const mixed = [...dayFirst, write(one.y, one.m, one.d, sep)];
        expect(decideDateOrder(mixed)).toBeNull();
        expect(dateOrderConflict(mixed)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('property: texts with both parts at most 12 decide nothing', () => {
    const early = fc.record({ y: fc.integer({ min: 1900, max: 2100 }), a: fc.integer({ min: 1, max: 12 }), b: fc.integer({ min: 1, max: 12 }) });
    fc.assert(
      fc.property(fc.array(early, { maxLength: 30 }), (dates) => {
        const texts = dates.map(({ y, a, b }) => write(y, a, b, '/'));
        expect(decideDateOrder(texts)).toBeNull();
        expect(dateOrderConflict(texts)).toBe(false);
      }),
    );
  });
});

describe('parseTimeOfDay', () => {
  const H = 3600;
  const cases: [CellValue, number | null][] = [
    ['14:00', 14 * H],
    ['14:00:00', 14 * H],
    ['14:00:30', 14 * H + 30],
    ['14:00:30.750', 14 * H + 30],
    ['9:05', 9 * H + 300],
    ['09:05', 9 * H + 300],
    [' 00:00 ', 0],
    ['23:59:59', 86_399],
    ['24:00', 86_400],
    ['2:00 PM', 14 * H],
    ['02:00 pm', 14 * H],
    ['2:00pm', 14 * H],
    ['2:00 p.m.', 14 * H],
    ['2:00\u202fPM', 14 * H],
    ['12:00 AM', 0],
    ['12:30 AM', 30 * 60],
    ['12:00 PM', 12 * H],
    ['12:30 pm', 12 * H + 30 * 60],
    ['11:59:59 PM', 86_399],
    ['1:15 am', H + 15 * 60],
    // the clock of a date-and-time text, as written
    ['2025-03-04T14:00:00+02:00', 14 * H],
    ['2025-03-04 23:30:00 -0500', 23 * H + 30 * 60],
    ['04/03/2025 14:00', 14 * H],
    ['03/04/2025 02:00 PM', 14 * H],
    // not times
    ['9.30', null],
    ['14u30', null],
    ['1400', null],
    ['14:0', null],
    ['14:60', null],
    ['14:00:60', null],
    ['14:000', null],
    ['25:00', null],
    ['24:01', null],
    ['125:30', null], // a duration, not a time of day
    ['13:00 PM', null],
    ['0:30 AM', null],
    ['2:00 PMs', null],
    ['2:00 Amsterdam', null],
    ['14:00Z', null],
    ['2025-03-04', null],
    ['31/02/2025 14:00', null],
    ['', null],
    ['abc', null],
    // Excel time cells: a day fraction
    [0, 0],
    [0.5, 12 * H],
    [0.75, 18 * H],
    [14 / 24, 14 * H],
    [(9 * 60 + 5) / 1440, 9 * H + 300],
    [1, null],
    [45720.5, null],
    [-0.25, null],
    [Number.NaN, null],
    // ExcelJS time cells: the UTC clock of a Date on 1899-12-30, rounded to the second
    [new Date('1899-12-30T14:00:00Z'), 14 * H],
    [new Date(Date.UTC(1899, 11, 30, 13, 59, 59, 999)), 14 * H],
    [new Date('2025-03-04T09:30:15Z'), 9 * H + 30 * 60 + 15],
    [new Date(Number.NaN), null],
    [true, null],
    [null, null],
    [undefined, null],
  ];
  it.each(cases)('%j → %s', (cell, want) => {
    expect(parseTimeOfDay(cell)).toBe(want);
  });

  it('property: h:mm:ss and its 12-hour form give the same seconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 86_399 }), (seconds) => {
        const h = Math.floor(seconds / 3600);
        const rest = `${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
        expect(parseTimeOfDay(`${h}:${rest}`)).toBe(seconds);
        expect(parseTimeOfDay(`${h % 12 === 0 ? 12 : h % 12}:${rest} ${h < 12 ? 'AM' : 'PM'}`)).toBe(seconds);
        expect(parseTimeOfDay(seconds / 86_400)).toBe(seconds);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isDateText', () => {
  it('recognises the forms read, ambiguous ones included', () => {
    for (const text of ['2025-03-04', '2025-3-4', '2025-03-04T10:00:00Z', '04-03-2025', '04.03.2025', '4.3.2025',
      '04/03/2025', '03/04/2025 02:00 PM', '04.03.25', '13/03/2025']) {
      expect(isDateText(text), text).toBe(true);
    }
  });
  it('does not take numbers, durations, versions or impossible dates for dates', () => {
    for (const text of ['12.5', '1.234,56', '12:30', '125:30', '1.2.3', 'v1.2.2025x', '20250304', '31/02/2025',
      '2025-13-01', '00.00.0000', 'Client', '']) {
      expect(isDateText(text), text).toBe(false);
    }
  });
});
