import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberText, settleNotation } from '../../src/core/numbers.js';

const read = (text: string, notation: 'nl' | 'de' | 'en' = 'nl'): number | null => {
  const parsed = parseNumberText(text, notation);
  return parsed.ok ? parsed.value : null;
};

describe('parseNumberText', () => {
  it.each([
    ['€ 1.234,56', 'nl', 1234.56],
    ['1.234,56 €', 'de', 1234.56],
    ['1,234.56', 'en', 1234.56],
    ['1,234.56', 'nl', 1234.56], // both marks: the last one is the decimal, whatever the notation
    ['€1.234.567,89', 'nl', 1234567.89],
    ['12%', 'nl', 0.12],
    ['12,5 %', 'nl', 0.125],
    ['-€ 45,00', 'nl', -45],
    ['€ -45,00', 'nl', -45],
    ['(1.234,56)', 'nl', -1234.56],
    ['1.234,56-', 'nl', -1234.56],
    ['−3', 'nl', -3],
    ['1 234,56', 'nl', 1234.56],
    ['1\u00a0234,56', 'de', 1234.56],
    ['12,5', 'en', 12.5], // one comma and not three digits after it: a decimal comma in any notation
    ['12.50', 'nl', 12.5],
    ['0,123', 'nl', 0.123],
    ['EUR 300', 'nl', 300],
    ['+7', 'nl', 7],
    ['1e3', 'nl', 1000],
  ] as const)('%s (%s) → %d', (text, notation, value) => {
    expect(read(text, notation)).toBeCloseTo(value, 10);
  });

  it('the notation decides a lone separator before three digits', () => {
    expect(read('1.234', 'nl')).toBe(1234);
    expect(read('1.234', 'de')).toBe(1234);
    expect(read('1.234', 'en')).toBe(1.234);
    expect(read('1,234', 'nl')).toBe(1.234);
    expect(read('1,234', 'en')).toBe(1234);
    expect(parseNumberText('1.234', 'nl')).toMatchObject({ ambiguous: true });
  });

  it.each(['abc', '', '   ', '12,34,5', '1.23.4', '€', '--', '1,2.3,4', 'n.v.t.', '12 abc', '1e999', '9'.repeat(20), '.'])(
    'rejects %j',
    (text) => {
      expect(parseNumberText(text, 'nl').ok).toBe(false);
    },
  );

  it('reads back every number formatted in Dutch, German and English', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constantFrom('nl-NL', 'de-DE', 'en-GB'), (value, locale) => {
        const rounded = Math.round(value * 100) / 100;
        const text = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(rounded);
        const notation = locale === 'en-GB' ? 'en' : 'nl';
        expect(read(text, notation)).toBeCloseTo(rounded, 6);
      }),
    );
  });

  it('never returns NaN or Infinity, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.,-€% ()e+'.split('')) }), (text) => {
        const parsed = parseNumberText(text, 'nl');
        if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
      }),
    );
  });
});

describe('settleNotation', () => {
  it('a column settles its own notation; undecided keeps the fallback', () => {
    expect(settleNotation(['1.234', '12,5', '7'], 'en')).toBe('nl');
    expect(settleNotation(['1,234', '12.50'], 'nl')).toBe('en');
    expect(settleNotation(['1.234', '5.678'], 'en')).toBe('en');
    expect(settleNotation(['1.234', '5.678'], 'de')).toBe('de');
  });
});

describe('the fast path agrees with the full reader', () => {
  it('on numbers written every way people write them', async () => {
    const { parseNumberText, parseNumberTextFully } = await import('../../src/core/numbers.js');
    const fc = (await import('fast-check')).default;
    const written = fc.tuple(
      fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      fc.constantFrom('nl', 'en', 'de'),
      fc.integer({ min: 0, max: 3 }),
      fc.constantFrom('', '€ ', '€', '-'),
      fc.constantFrom('', '%', ' €', '€'),
      fc.boolean(),
    ).map(([x, locale, digits, prefix, suffix, grouping]) =>
      prefix + new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale === 'de' ? 'de-DE' : 'nl-NL', { maximumFractionDigits: digits, minimumFractionDigits: digits, useGrouping: grouping }).format(x) + suffix);
    fc.assert(fc.property(fc.oneof(written, fc.string({ maxLength: 12 }), fc.stringMatching(/^-?[0-9.,]{1,12}%?$/), fc.stringMatching(/^-?[0-9]{10,24}([.,][0-9]{1,9})?$/)), fc.constantFrom('nl', 'en', 'de'), (text, notation) => {
      expect(parseNumberText(text, notation as 'nl')).toEqual(parseNumberTextFully(text, notation as 'nl'));
    }), { numRuns: 3000 });
  });
});
