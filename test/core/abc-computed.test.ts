/** Computed ABC (docs/DEFINITIONS.md §4, steps 1–7) against the R package's results, plus edge cases and invariants. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computedAbc } from '../../src/core/abc-computed.js';
import type { AbcClass } from '../../src/core/types.js';

type Point = { x: number; y: number };
type Case = {
  name: string;
  values: number[];
  points: { a: Point; b: Point; c: Point; exchanged: boolean };
  sizes: Record<AbcClass, number>;
  classes: AbcClass[];
};

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

/** `test/fixtures/abc-computed.txt`: blocks of `case`, `values`, `points`, `sizes`, `classes` lines; `#` comments. */
function parseCases(text: string): Case[] {
  const cases: Case[] = [];
  let current: Partial<Case> | null = null;
  const point = (line: string, letter: string): Point => {
    const match = new RegExp(`${letter}=\\(([-\\d.eE]+), ([-\\d.eE]+)\\)`).exec(line);
    if (!match) throw new Error(`no point ${letter} in: ${line}`);
    return { x: Number(match[1]), y: Number(match[2]) };
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [key, ...rest] = line.split(/\s+/);
    if (key === 'case') {
      current = { name: rest.join(' ') };
      cases.push(current as Case);
    } else if (!current) {
      throw new Error(`line outside a case: ${line}`);
    } else if (key === 'values') {
      current.values = rest.map(Number);
    } else if (key === 'points') {
      const exchanged = /exchanged=(TRUE|FALSE)/.exec(line);
      if (!exchanged) throw new Error(`no exchanged in: ${line}`);
      current.points = { a: point(line, 'A'), b: point(line, 'B'), c: point(line, 'C'), exchanged: exchanged[1] === 'TRUE' };
    } else if (key === 'sizes') {
      const size = (letter: string): number => Number(new RegExp(`${letter}=(\\d+)`).exec(line)?.[1] ?? NaN);
      current.sizes = { A: size('A'), B: size('B'), C: size('C') };
    } else if (key === 'classes') {
      current.classes = rest as AbcClass[];
    } else {
      throw new Error(`unknown line: ${line}`);
    }
  }
  return cases;
}

const sizes = (classes: AbcClass[]): Record<AbcClass, number> => ({
  A: classes.filter((c) => c === 'A').length,
  B: classes.filter((c) => c === 'B').length,
  C: classes.filter((c) => c === 'C').length,
});

const cases = parseCases(fixture('abc-computed.txt'));

describe('computedAbc: the R package results (test/fixtures/abc-computed.txt)', () => {
  it('the fixture parses into complete cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
    for (const c of cases) {
      expect(c.values.every(Number.isFinite), c.name).toBe(true);
      expect(c.classes, c.name).toHaveLength(c.values.length);
      expect(c.sizes.A + c.sizes.B + c.sizes.C, c.name).toBe(c.values.length);
    }
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, expected) => {
    const result = computedAbc(expected.values);
    expect(result).not.toBeNull();
    const { classes, points } = result!;
    expect(classes).toEqual(expected.classes);
    expect(sizes(classes)).toEqual(expected.sizes);
    expect(points.exchanged).toBe(expected.points.exchanged);
    for (const letter of ['a', 'b', 'c'] as const) {
      expect(points[letter].x, `${letter}.x`).toBeCloseTo(expected.points[letter].x, 3);
      expect(points[letter].y, `${letter}.y`).toBeCloseTo(expected.points[letter].y, 3);
    }
  });
});

describe('computedAbc: SwissInhabitants (2 896 values, grid step 0,001)', () => {
  const values = fixture('swiss-inhabitants.csv')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map(Number);

  it('classifies every commune into three non-empty sets, largest communes in A', () => {
    expect(values).toHaveLength(2896);
    const result = computedAbc(values)!;
    const count = sizes(result.classes);
    expect(count.A).toBeGreaterThan(0);
    expect(count.B).toBeGreaterThan(0);
    expect(count.C).toBeGreaterThan(0);
    expect(count.A + count.B + count.C).toBe(values.length);
    // A few important ones, many trivial ones.
    expect(count.A).toBeLessThan(count.C);
    const { a, b, c } = result.points;
    expect(0 < a.x && a.x <= b.x && b.x <= c.x && c.x < 1).toBe(true);
    // Points lie on the 0,001 grid.
    for (const p of [a, b, c]) expect(Math.abs(p.x * 1000 - Math.round(p.x * 1000))).toBeLessThan(1e-9);
    const largest = values.indexOf(Math.max(...values));
    expect(result.classes[largest]).toBe('A');
  });
});

describe('computedAbc: edge cases (step 1)', () => {
  it('no positive value: null', () => {
    expect(computedAbc([])).toBeNull();
    expect(computedAbc([0, -5, NaN, null, undefined, -Infinity])).toBeNull();
  });

  it('a single item is A', () => {
    const result = computedAbc([42])!;
    expect(result.classes).toEqual(['A']);
    expect(result.points).toEqual({ a: { x: 1, y: 1 }, b: { x: 1, y: 1 }, c: { x: 1, y: 1 }, exchanged: false });
    expect(result.limits).toEqual({ ab: 42, bc: 42 });
  });

  it('all values equal: all A', () => {
    expect(computedAbc([3, 3, 3, 3, 3])!.classes).toEqual(['A', 'A', 'A', 'A', 'A']);
  });

  it('missing, not finite and negative values count as 0 and end in C', () => {
    const base = [100, 50, 30, 20, 10, 5, 5, 3, 2, 1, 1, 1, 1, 0.5, 0.5];
    const values = [...base, NaN, -4, null, undefined, Infinity, -Infinity, 0];
    const result = computedAbc(values)!;
    expect(result.classes.slice(base.length)).toEqual(['C', 'C', 'C', 'C', 'C', 'C', 'C']);
    // They take part as zeros: the same as passing zeros.
    expect(result).toEqual(computedAbc([...base, 0, 0, 0, 0, 0, 0, 0]));
  });

  it('one positive value among zeros is not a single item: the ordinary algorithm runs', () => {
    // As cABC_handle_specials: n and "all equal" count the zeros, and 2–3 items only warn there.
    const result = computedAbc([0, 7, NaN]);
    expect(result).not.toBeNull();
    expect(result!.classes).toHaveLength(3);
    expect(result!.classes[0]).toBe('C');
    expect(result!.classes[2]).toBe('C');
    expect(computedAbc([1, 9])!.classes).toHaveLength(2);
  });

  it('1 000 000 random values complete quickly', () => {
    let seed = 12345;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const values = new Float64Array(1_000_000);
    for (let i = 0; i < values.length; i++) values[i] = Math.exp(3 * random()) * 100;
    const started = performance.now();
    const result = computedAbc(values)!;
    const elapsed = performance.now() - started;
    expect(result.classes).toHaveLength(values.length);
    const count = sizes(result.classes);
    expect(count.A).toBeGreaterThan(0);
    expect(count.C).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(2000);
  });
});

describe('computedAbc: invariants (fast-check)', () => {
  const value = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 1000 }) },
    { weight: 2, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom(NaN, -1, 0, Infinity) },
  );
  const valuesArb = fc.array(value, { minLength: 1, maxLength: 300 });
  const rank: Record<AbcClass, number> = { A: 0, B: 1, C: 2 };
  const cleaned = (v: number): number => (v > 0 && v < Infinity ? v : 0);

  it('classes partition the items, are monotone in the value, and equal values share a class', () => {
    fc.assert(
      fc.property(valuesArb, (values) => {
        const result = computedAbc(values);
        if (!values.some((v) => cleaned(v) > 0)) {
          expect(result).toBeNull();
          return;
        }
        const classes = result!.classes;
        expect(classes).toHaveLength(values.length);
        expect(classes.every((c) => c === 'A' || c === 'B' || c === 'C')).toBe(true);
        const order = values.map((v, i) => [cleaned(v), i] as const).sort((p, q) => q[0] - p[0]);
        for (let k = 1; k < order.length; k++) {
          const [high, i] = order[k - 1]!;
          const [low, j] = order[k]!;
          // A higher value is never in a lower class; equal values are in the same class.
          if (high === low) expect(classes[i]).toBe(classes[j]);
          else expect(rank[classes[i]!]).toBeLessThanOrEqual(rank[classes[j]!]);
        }
      }),
      { numRuns: 300 },
    );
  });

  /** R's round(): halves to even. */
  const roundEven = (x: number): number => {
    const r = Math.round(x);
    return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
  };

  it('steps 6–7 follow from the points: x ≤ x_A is A, x ≤ x_C is B, split equal values go to the majority', () => {
    // Few distinct values, so runs of equal values often straddle a boundary.
    const tied = fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constant(NaN)), { minLength: 2, maxLength: 200 });
    fc.assert(
      fc.property(tied, (values) => {
        const result = computedAbc(values);
        const clean = values.map(cleaned);
        if (!result || clean.every((v) => v === clean[0])) return;
        const n = clean.length;
        const sorted = [...clean].sort((p, q) => q - p);
        const { a, c } = result.points;
        const limit = (x: number): number => sorted[Math.min(n, Math.max(1, roundEven(x * n))) - 1]!;
        expect(result.limits).toEqual({ ab: limit(a.x), bc: limit(c.x) });
        // Step 6 on the sorted items, then step 7 per value.
        const byValue = new Map<number, Record<AbcClass, number>>();
        sorted.forEach((v, i) => {
          const x = (i + 1) / n;
          const cls: AbcClass = x <= a.x ? 'A' : x <= c.x ? 'B' : 'C';
          const count = byValue.get(v) ?? { A: 0, B: 0, C: 0 };
          count[cls]++;
          byValue.set(v, count);
        });
        const { ab, bc } = result.limits;
        const settle = (v: number, k: Record<AbcClass, number>): AbcClass => {
          const most = Math.max(k.A, k.B, k.C);
          const top = (['A', 'B', 'C'] as const).filter((cls) => k[cls] === most);
          if (top.length === 1) return top[0]!;
          if (top.length === 3) {
            const dAb = Math.abs(v - ab);
            const dBc = Math.abs(v - bc);
            if (dAb < dBc) return v >= ab ? 'A' : 'B';
            if (dBc < dAb) return v >= bc ? 'B' : 'C';
            return 'B';
          }
          if (top[0] === 'A' && top[1] === 'B') return v >= ab ? 'A' : 'B';
          if (top[0] === 'B') return v >= bc ? 'B' : 'C';
          return 'A';
        };
        clean.forEach((v, i) => expect(result.classes[i], `value ${v}`).toBe(settle(v, byValue.get(v)!)));
      }),
      { numRuns: 300 },
    );
  });
});
