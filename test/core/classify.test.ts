import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abcFixed, CLASS_LETTERS, pyramidTiers, tierBounds, whaleCurve } from '../../src/core/classify.js';
import { rankDescending } from '../../src/core/sort.js';

describe('tierBounds (docs/DEFINITIONS.md §4)', () => {
  it.each([
    [40, [1, 2, 8]],
    [100, [1, 5, 20]],
    [700, [7, 35, 140]],
    [1, [1, 1, 1]],
    [2, [1, 2, 2]],
    [3, [1, 2, 3]],
  ])('n = %i ends the tiers at %j', (n, bounds) => {
    expect(tierBounds(n)).toEqual(bounds);
  });
});

describe('abcFixed', () => {
  it('A while the share ranked before is below 80 %, B below 95 %, else C; non-positive always C', () => {
    const classes = abcFixed([100, 20, 5, 0, -3, NaN, 20], 0.8, 0.95);
    // ranked: 100 (0 %) A, 20 row 1 (100/145 = 69 %) A, 20 row 6 (120/145 = 83 %) B, 5 (140/145 = 96,6 %) C
    expect(Array.from(classes, (c) => CLASS_LETTERS[c])).toEqual(['A', 'A', 'C', 'C', 'C', 'C', 'B']);
  });
});

describe('abcFixed from the values in rank order', () => {
  it('classes the same as the ranking walk, for ties, limits in any order and non-positive values', () => {
    const value = fc.oneof(fc.integer({ min: -5, max: 60 }), fc.double({ min: -10, max: 1e6, noNaN: false }), fc.constantFrom(0, -0, NaN, Infinity));
    const limit = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0.8, 0.95, 0, 1, NaN));
    fc.assert(
      fc.property(fc.array(value, { minLength: 0, maxLength: 1200 }), limit, limit, (values, limitA, limitB) => {
        const ranked = new Float64Array(values.length);
        const order = rankDescending(values, undefined, ranked);
        const expected = Array.from(abcFixed(values, limitA, limitB, order));
        expect(Array.from(abcFixed(values, limitA, limitB, order, undefined, ranked))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('whaleCurve', () => {
  it('rises above 100 % and returns to it; the peak is after the last profitable client', () => {
    const whale = whaleCurve([50, -20, 100, -30, 0], undefined, Infinity);
    expect(whale.points.map((p) => [p.clientShare, p.profitShare])).toEqual([
      [0, 0], [0.2, 1], [0.4, 1.5], [0.6, 1.5], [0.8, 1.3], [1, 1],
    ]);
    expect(whale.peak).toEqual({ clientShare: 0.4, profitShare: 1.5, cumulativeProfit: 150 });
  });
  it('is in money when the total is not positive', () => {
    const whale = whaleCurve([10, -40]);
    expect(whale.unit).toBe('money');
    expect(whale.points.at(-1)).toEqual({ clientShare: 1, profitShare: null, cumulativeProfit: -30 });
  });
});

describe('whaleCurve from the profits in rank order', () => {
  it('is the same curve as from the ranking alone', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double({ noNaN: false })), { maxLength: 1200 }), (values) => {
        const ranked = new Float64Array(values.length);
        const order = rankDescending(values, undefined, ranked);
        expect(whaleCurve(values, order, 7, ranked)).toEqual(whaleCurve(values, order, 7));
      }),
      { numRuns: 200 },
    );
  });
});

describe('pyramidTiers by selection', () => {
  it('equals the tiers of a full ranking (ties in sheet order), with many ties', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 12 }), { maxLength: 700 }), (values) => {
        const order = Array.from(rankDescending(values)).filter((i) => values[i]! > 0);
        const [top, large, medium] = tierBounds(order.length);
        const expected = new Array<number>(values.length).fill(4);
        order.forEach((i, rank) => (expected[i] = rank < top ? 0 : rank < large ? 1 : rank < medium ? 2 : 3));
        expect(Array.from(pyramidTiers(values))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
