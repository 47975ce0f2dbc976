/** formatMoney's fast path (the advice sentences, one per client) writes what Intl.NumberFormat writes, for any amount. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fill, formatMoney } from '../../../src/core/i18n.js';

const LOCALES = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE' } as const;
const intl = (amount: number, language: keyof typeof LOCALES): string =>
  new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: 'EUR' }).format(amount);

describe('formatMoney', () => {
  const languages = ['nl', 'en', 'de'] as const;
  it('is Intl’s text for any double, cents and their halves, signs, huge and tiny amounts', () => {
    const amount = fc.oneof(
      fc.double({ noNaN: false }),
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
      fc.integer({ min: -1e9, max: 1e9 }).map((k) => k / 1000), // x.xx5: the rounding of halves
      fc.integer({ min: -1e9, max: 1e9 }).map((k) => k / 100),
      fc.integer({ min: -1e6, max: 1e6 }).map((k) => k / 8),
      // A hair beside a half cent: which side the shortest decimal falls on decides.
      fc.tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: -4, max: 4 })).map(([k, e]) => k / 1000 + e * Number.EPSILON * Math.abs(k / 1000)),
      fc.constantFrom(0, -0, 1e13, -1e13, 1e13 - 0.005, 1e13 - 0.004, 1e-6, -1e-7, 5e-324, Infinity, -Infinity, NaN),
    );
    fc.assert(fc.property(amount, fc.constantFrom(...languages), (x, language) => {
      expect(formatMoney(x, language)).toBe(intl(x, language));
    }), { numRuns: 30_000 });
  });

  it('on amounts as the analysis makes them (sums and products of cents and rates)', () => {
    for (const language of languages) {
      for (let i = 0; i < 20_000; i++) {
        const x = ((i * 7919) % 100_003) * 0.37 - 12_345.678 + i / 3;
        expect(formatMoney(x, language)).toBe(intl(x, language));
      }
    }
  });
});

describe('fill', () => {
  const byRegExp = (template: string, params: Record<string, string | number>): string =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
  it('fills as the regular expression did, for any template and parameters', () => {
    const piece = fc.oneof(fc.constantFrom('{', '}', '{a}', '{b}', '{a_1}', '{}', '{ a}', '{{a}}', '{é}', '$&', '$1', 'x'), fc.string({ maxLength: 6 }));
    const params = fc.dictionary(fc.constantFrom('a', 'b', 'a_1', 'c', '__proto__', 'toString'), fc.oneof(fc.string({ maxLength: 5 }), fc.double(), fc.constantFrom('$&', '{a}')));
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), params, (pieces, values) => {
      const template = pieces.join('');
      expect(fill(template, values)).toBe(byRegExp(template, values));
    }), { numRuns: 5000 });
  });
});
