import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationFromCell, isDurationText, parseDurationText } from '../../../src/core/read/duration.js';
import type { Notation } from '../../../src/core/numbers.js';

const close = (got: number | null, want: number): void => {
  expect(got).not.toBeNull();
  expect(Math.abs(got! - want)).toBeLessThan(1e-9);
};

describe('parseDurationText: hours as people and time trackers write them', () => {
  // [text, notation, hours, a clock or unit form (isDurationText)]
  const cases: [string, Notation, number, boolean][] = [
    ['12,5', 'nl', 12.5, false],
    ['12.5', 'en', 12.5, false],
    ['12,5', 'de', 12.5, false],
    ['-1,5', 'nl', -1.5, false],
    ['8', 'nl', 8, false],
    ['12:30', 'nl', 12.5, true],
    ['0:45', 'en', 0.75, true],
    ['12:30:36', 'nl', 12.51, true],
    ['125:30', 'nl', 125.5, true],
    ['1250:00', 'en', 1250, true],
    ['-1:30', 'nl', -1.5, true],
    ['\u22121:30', 'nl', -1.5, true],
    ['12:30 uur', 'nl', 12.5, true],
    ['12u30', 'nl', 12.5, true],
    ['12u', 'nl', 12, true],
    ['12h 30m', 'en', 12.5, true],
    ['12h30', 'en', 12.5, true],
    ['12h30m', 'en', 12.5, true],
    ['1h', 'en', 1, true],
    ['45m', 'en', 0.75, true],
    ['45 min', 'nl', 0.75, true],
    ['90 min', 'nl', 1.5, true],
    ['2 Std. 30 Min.', 'de', 2.5, true],
    ['2 Stunden 15 Minuten', 'de', 2.25, true],
    ['12 uur 30 min', 'nl', 12.5, true],
    ['12 uur en 30 min', 'nl', 12.5, true],
    ['1,5 uur', 'nl', 1.5, true],
    ['1.5 hours', 'en', 1.5, true],
    ['1d 2h', 'en', 26, true],
    ['2 dagen', 'nl', 48, true],
    ['1h 0m 36s', 'en', 1.01, true],
    ['-12h 30m', 'en', -12.5, true],
    ['  12:30  ', 'nl', 12.5, true],
    ['\t12u30 ', 'nl', 12.5, true],
  ];
  it.each(cases)('%s (%s) is %d hours', (text, notation, hours, form) => {
    close(parseDurationText(text, notation), hours);
    expect(isDurationText(text)).toBe(form);
  });

  const nulls = ['1:75', '12:3', '12:60', '1:30:60', 'abc', '', '   ', '-', '12:', ':30', '1h 75m', '30m 2h', '1h 1h', '12 appels', '€ 12', '12%', '12u 30 min extra', '1:30:', '12,5,5'];
  it.each(nulls)('%j is not a duration', (text) => {
    expect(parseDurationText(text, 'nl')).toBeNull();
    expect(parseDurationText(text, 'en')).toBeNull();
    expect(isDurationText(text)).toBe(false);
  });

  it('reads -0:00 as 0, not -0', () => {
    expect(Object.is(parseDurationText('-0:00', 'nl'), 0)).toBe(true);
  });
});

describe('parseDurationText: properties', () => {
  const h = fc.integer({ min: 0, max: 999 });
  const m = fc.integer({ min: 0, max: 59 });
  const mm = (n: number): string => String(n).padStart(2, '0');

  it('h:mm, h:mm:ss, hu mm and hh mm are h + m/60 (+ s/3600)', () => {
    fc.assert(
      fc.property(h, m, m, (hours, minutes, seconds) => {
        const want = hours + minutes / 60;
        close(parseDurationText(`${hours}:${mm(minutes)}`, 'nl'), want);
        close(parseDurationText(`${hours}u${mm(minutes)}`, 'nl'), want);
        close(parseDurationText(`${hours}h ${minutes}m`, 'en'), want);
        close(parseDurationText(`-${hours}:${mm(minutes)}`, 'en'), -want);
        close(parseDurationText(`${hours}:${mm(minutes)}:${mm(seconds)}`, 'de'), want + seconds / 3600);
        expect(isDurationText(`${hours}:${mm(minutes)}`)).toBe(true);
      }),
    );
  });

  it('minutes or seconds of 60 and more are never a clock', () => {
    fc.assert(
      fc.property(h, fc.integer({ min: 60, max: 99 }), (hours, minutes) => {
        expect(parseDurationText(`${hours}:${minutes}`, 'nl')).toBeNull();
        expect(parseDurationText(`${hours}:00:${minutes}`, 'nl')).toBeNull();
      }),
    );
  });

  it('decimal hours round-trip in nl and en notation, and are no clock form', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999, max: 99_999 }), fc.integer({ min: 1, max: 2 }), (hundredths, decimals) => {
        const value = decimals === 1 ? Math.round(hundredths / 10) / 10 : hundredths / 100;
        const en = value.toFixed(decimals);
        const nl = en.replace('.', ',');
        close(parseDurationText(nl, 'nl'), value);
        close(parseDurationText(en, 'en'), value);
        expect(isDurationText(nl)).toBe(false);
        expect(isDurationText(en)).toBe(false);
      }),
    );
  });

  it('never throws and never answers NaN on any text of duration characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789:.,- uhmsdStdMin'.split('')) }), (text) => {
        const hours = parseDurationText(text, 'nl');
        expect(hours === null || Number.isFinite(hours)).toBe(true);
      }),
    );
  });
});

describe('durationFromCell', () => {
  it('reads numbers as hours, or as a fraction of a day', () => {
    expect(durationFromCell(12.5, 'nl')).toBe(12.5);
    expect(durationFromCell(0.5, 'nl', { dayFraction: true })).toBe(12);
    close(durationFromCell(5.2291666, 'nl', { dayFraction: true }), 125.4999984);
    expect(durationFromCell(Number.NaN, 'nl')).toBeNull();
  });

  it('reads a Date of a time cell as hours since 1899-12-30 00:00 UTC', () => {
    expect(durationFromCell(new Date(Date.UTC(1899, 11, 30, 12, 30)), 'nl')).toBe(12.5);
    expect(durationFromCell(new Date(Date.UTC(1899, 11, 31, 2)), 'nl')).toBe(26);
    expect(durationFromCell(new Date(Date.UTC(1900, 0, 4, 5, 30)), 'nl')).toBe(125.5);
    expect(durationFromCell(new Date(Number.NaN), 'nl')).toBeNull();
  });

  it('reads texts with parseDurationText, and nothing else', () => {
    expect(durationFromCell('12:30', 'nl')).toBe(12.5);
    expect(durationFromCell('12,5', 'nl')).toBe(12.5);
    expect(durationFromCell('12.5', 'en')).toBe(12.5);
    expect(durationFromCell('1:75', 'nl')).toBeNull();
    for (const cell of [null, undefined, true, false, '']) expect(durationFromCell(cell, 'nl')).toBeNull();
  });
});
