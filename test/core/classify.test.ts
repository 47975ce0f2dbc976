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
    const classes = abcFixed([100, 25, 5, 0, -3, NaN, 20], 0.8, 0.95);
    // ranked: 100 (0 %) A, 25 (100/150 = 67 %) A, 20 (125/150 = 83 %) B, 5 (145/150 = 96,7 %) C
    expect(Array.from(classes, (c) => CLASS_LETTERS[c])).toEqual(['A', 'A', 'C', 'C', 'C', 'C', 'B']);
  });

  it('equal values share one class: the one holding most of them, a tie of counts the higher', () => {
    const letters = (values: number[], a = 0.8, b = 0.95) => Array.from(abcFixed(values, a, b), (c) => CLASS_LETTERS[c]).join('');
    // 100, 20, 20, 5: the 20s are A (share before 69 %) and B (83 %): one each, so both A.
    expect(letters([100, 20, 5, 0, -3, NaN, 20])).toBe('AACCCCA');
    // Twenty clients on one fixed fee of 1 000: 16 would be A (shares before 0–75 %), 3 B, 1 C: all A.
    expect(letters(new Array<number>(20).fill(1000))).toBe('A'.repeat(20));
    // Beside a client of 60 000 (total 80 000): the fees would be 4 A (60–63 of 80), 12 B (64–75), 4 C: all B,
    // wherever the large client stands in the sheet.
    const fees = new Array<number>(20).fill(1000);
    for (const at of [0, 7, 20]) {
      const values = [...fees.slice(0, at), 60000, ...fees.slice(at)];
      const expected = 'B'.repeat(at) + 'A' + 'B'.repeat(20 - at);
      expect(letters(values)).toBe(expected);
    }
    // All three classes, one each (limits 30 % and 60 %: shares before 0, 33 %, 67 %): the higher, A.
    expect(letters([7, 7, 7], 0.3, 0.6)).toBe('AAA');
    // Two B and one A (shares before 0, 33 %, 67 % with limits 20 % and 95 %): all B, so no client is A.
    expect(letters([7, 7, 7], 0.2, 0.95)).toBe('BBB');
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

/**
 * The rule of docs/DEFINITIONS.md §4 written plainly, as a reference: class by rank (`byRank`, ties in sheet
 * order), then every value whose clients landed in more than one class takes the class most of them have
 * (a tie of counts: the lowest code, the higher class).
 */
function settledByBruteForce(values: readonly number[], byRank: (rank: number, value: number) => number, rest: number): number[] {
  const order = Array.from(rankDescending(values));
  const out = new Array<number>(values.length).fill(rest);
  order.forEach((i, rank) => (out[i] = byRank(rank, values[i]!)));
  const byValue = new Map<number, number[]>();
  values.forEach((v, i) => (Number.isNaN(v) ? null : byValue.set(v, [...(byValue.get(v) ?? []), i])));
  for (const members of byValue.values()) {
    const counts = new Map<number, number>();
    for (const i of members) counts.set(out[i]!, (counts.get(out[i]!) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
    for (const i of members) out[i] = best;
  }
  return out;
}

function permuted<T>(values: readonly T[], seed: number): { values: T[]; at: number[] } {
  const at = values.map((_, i) => i);
  let state = seed >>> 0 || 1;
  for (let i = at.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [at[i], at[j]] = [at[j]!, at[i]!];
  }
  return { values: at.map((i) => values[i]!), at };
}

const manyTies = fc.oneof(fc.integer({ min: -3, max: 12 }), fc.constantFrom(1000, 1000, 250.5, 0, NaN), fc.double({ min: -10, max: 1e6, noNaN: true }));
const limits = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

describe('abcFixed: equal values share one class (docs/DEFINITIONS.md §4)', () => {
  it('equals the plain rule: class by rank, then each value to the class most of its clients have', () => {
    fc.assert(
      fc.property(fc.array(manyTies, { maxLength: 400 }), limits, (values, [limitA, limitB]) => {
        let positive = 0;
        for (const v of values) if (v > 0) positive += v;
        let before = 0;
        const expected = positive <= 0 ? values.map(() => 2) : settledByBruteForce(values, (_, value) => {
          if (!(value > 0)) return 2;
          const share = before / positive;
          before += value;
          return share < limitA ? 0 : share < limitB ? 1 : 2;
        }, 2);
        expect(Array.from(abcFixed(values, limitA, limitB))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('gives equal values one class, and every client the same class whatever the order of the rows', () => {
    fc.assert(
      fc.property(fc.array(manyTies, { maxLength: 300 }), limits, fc.integer(), (values, [limitA, limitB], seed) => {
        const classes = Array.from(abcFixed(values, limitA, limitB));
        values.forEach((v, i) => values.forEach((w, j) => (v === w ? expect(classes[i]).toBe(classes[j]) : null)));
        const shuffled = permuted(values, seed);
        const again = Array.from(abcFixed(shuffled.values, limitA, limitB));
        expect(again).toEqual(shuffled.at.map((i) => classes[i]));
      }),
      { numRuns: 200 },
    );
  });
});

describe('pyramidTiers: equal revenues share one tier (docs/DEFINITIONS.md §4)', () => {
  it('four equal revenues: one tier, Top (one each of Top, Groot, Middel, Klein: the higher)', () => {
    expect(Array.from(pyramidTiers([5000, 5000, 5000, 5000]))).toEqual([0, 0, 0, 0]);
  });

  it('a run the counts split moves whole to the tier holding most of it', () => {
    // n = 40: Top 1, Groot 1, Middel 6, Klein 32. Ten equal revenues ranked 3rd–12th: the 3rd–8th would be
    // Middel (6), the 9th–12th Klein (4): all ten Middel.
    const values = [900, 800, ...new Array<number>(10).fill(300), ...Array.from({ length: 28 }, (_, i) => 100 - i)];
    const tiers = Array.from(pyramidTiers(values));
    expect(tiers.slice(0, 2)).toEqual([0, 1]);
    expect(tiers.slice(2, 12)).toEqual(new Array<number>(10).fill(2));
    expect(tiers.slice(12)).toEqual(new Array<number>(28).fill(3));
    // Middel ends up with 10 clients, Klein with 28: a tier may hold more or fewer than its count.
  });

  it('equals the plain rule: tier by rank, then each revenue to the tier most of its clients have', () => {
    fc.assert(
      fc.property(fc.array(manyTies, { maxLength: 700 }), (values) => {
        const active = values.filter((v) => v > 0 && v < Infinity).length;
        const [top, large, medium] = tierBounds(active);
        const expected = settledByBruteForce(values, (rank, value) => (!(value > 0) ? 4 : rank < top ? 0 : rank < large ? 1 : rank < medium ? 2 : 3), 4);
        expect(Array.from(pyramidTiers(values))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('gives equal revenues one tier, and every client the same tier whatever the order of the rows', () => {
    fc.assert(
      fc.property(fc.array(manyTies, { maxLength: 300 }), fc.integer(), (values, seed) => {
        const tiers = Array.from(pyramidTiers(values));
        values.forEach((v, i) => values.forEach((w, j) => (v === w ? expect(tiers[i]).toBe(tiers[j]) : null)));
        const shuffled = permuted(values, seed);
        expect(Array.from(pyramidTiers(shuffled.values))).toEqual(shuffled.at.map((i) => tiers[i]));
      }),
      { numRuns: 200 },
    );
  });
});
