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
