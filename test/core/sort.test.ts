import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankDescending, selectKth } from '../../src/core/sort.js';

describe('rankDescending', () => {
  it('orders highest first with ties in sheet order, NaN last, for small and radix-sized inputs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ noNaN: false }), fc.integer({ min: -3, max: 3 }), fc.constantFrom(0, -0)), { minLength: 0, maxLength: 1500 }),
        (values) => {
          const order = Array.from(rankDescending(values));
          const key = (i: number): number => (Number.isNaN(values[i]) ? -Infinity : values[i]!);
          const reference = values.map((_, i) => i).sort((a, b) => {
            const nanA = Number.isNaN(values[a]) ? 1 : 0;
            const nanB = Number.isNaN(values[b]) ? 1 : 0;
            return nanA - nanB || key(b) - key(a) || a - b;
          });
          expect(order).toEqual(reference);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('selectKth', () => {
  it('returns the k-th smallest and partitions around it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 300 }), fc.nat(), (values, seed) => {
        const k = seed % values.length;
        const scratch = Float64Array.from(values);
        const kth = selectKth(scratch, k);
        expect(kth).toBe([...values].sort((a, b) => a - b)[k]);
        for (let i = 0; i < k; i++) expect(scratch[i]!).toBeLessThanOrEqual(kth);
        for (let i = k + 1; i < scratch.length; i++) expect(scratch[i]!).toBeGreaterThanOrEqual(kth);
      }),
    );
  });
});

describe('rankDescending with the shared scratch buffer', () => {
  const naive = (values: number[]): number[] =>
    values.map((v, i) => [v, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).map(([, i]) => i);

  it('a ranking stays intact when the next ranking reuses the scratch (including a skipped radix pass)', () => {
    // 2 000 values agreeing in their high 16 bits (1000 ≤ v < 1001): the high digit pass is skipped.
    const close = Array.from({ length: 2000 }, (_, i) => 1000 + ((i * 7919) % 997) / 1000);
    const spread = Array.from({ length: 2000 }, (_, i) => ((i * 104729) % 2003) - 1000); // same size: same scratch
    const first = rankDescending(close);
    const firstCopy = Array.from(first);
    const second = rankDescending(spread);
    expect(Array.from(first)).toEqual(firstCopy);
    expect(firstCopy).toEqual(naive(close));
    expect(Array.from(second)).toEqual(naive(spread));
    expect(first.buffer).not.toBe(second.buffer);
  });
});

describe('rankDescending with the values in rank order', () => {
  it('ranked[r] is values[order[r]] (−0 read as 0), small and radix-sized, with long runs of close values', () => {
    const value = fc.oneof(
      fc.double({ noNaN: false }),
      fc.integer({ min: -3, max: 3 }),
      fc.constantFrom(0, -0, Infinity, -Infinity, NaN, 5e-324, -5e-324),
      // agree in the high 32 bits, differ in the low ones: runs the low-word fix-up has to order
      fc.integer({ min: 0, max: 40 }).map((k) => 1000 + k * 1e-12),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 0, maxLength: 1500 }), (values) => {
        const ranked = new Float64Array(values.length);
        const order = rankDescending(values, undefined, ranked);
        expect(Array.from(order)).toEqual(Array.from(rankDescending(values)));
        expect(Array.from(ranked)).toEqual(Array.from(order, (i) => values[i]! + 0));
      }),
      { numRuns: 200 },
    );
  });
});
