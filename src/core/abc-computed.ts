/**
 * Computed ABC analysis (Ultsch & Lötsch, PLoS ONE 10(6): e0129767, 2015), as docs/DEFINITIONS.md §4 "Computed
 * ABC" specifies it: the R package `cABCanalysis` (`cABC_handle_specials`, `cABC_curve`, `cABC_analysis`,
 * `cABC_postprocess_classes`), the rework of `ABCanalysis` (monotone spline, `≤` set bounds, equal values kept
 * together).
 *
 * The spline code reproduces R's `stats` C code operation by operation (`fmm_spline`, `spline_eval` in
 * `splines.c`; `hyman_filter` and `spl_coef_conv` in `splinefun.R`), so that the argmins on the interpolated
 * curve pick the same grid points as R does. Rewriting a formula "more neatly" can move a near-tie; don't.
 */
import type { AbcClass, ComputedAbcPoints } from './types.js';

export type ComputedAbc = {
  /** Class of each input value, in input order. */
  classes: AbcClass[];
  points: ComputedAbcPoints;
  /** ABLimit and BCLimit of step 7 (sorted values at round(x_A·n), round(x_C·n)). */
  limits: { ab: number; bc: number };
};

/** Cubic pieces as R stores them: on [x[i], x[i+1]], y[i] + dx·(b[i] + dx·(c[i] + dx·d[i])). */
type Cubic = { x: Float64Array; y: Float64Array; b: Float64Array; c: Float64Array; d: Float64Array };

/** Missing, not finite or negative → 0 (step 1: such items stay, and sort last). */
function clean(value: number | null | undefined): number {
  return typeof value === 'number' && value > 0 && value < Infinity ? value : 0;
}

/**
 * `null` when no value is positive (no classification possible).
 *
 * A single item, or all (cleaned) values equal, is all A (`cABC_handle_specials`; like it, both count the
 * zeros, so one positive value among zeros takes the ordinary path). R returns no points then; here the three
 * points are all (1, 1) — the whole effort for the whole yield, the curve's end — `exchanged` is false, and
 * both limits are the value.
 */
export function computedAbc(values: ArrayLike<number | null | undefined>): ComputedAbc | null {
  const n = values.length;
  const cleaned = new Float64Array(n);
  let positive = false;
  for (let i = 0; i < n; i++) {
    const v = clean(values[i]);
    cleaned[i] = v;
    if (v > 0) positive = true;
  }
  if (!positive) return null;

  // Native typed-array sort (ascending, numeric, no comparator): the curve reads it from the end.
  const ascending = cleaned.slice().sort();
  const largest = ascending[n - 1]!;
  if (n === 1 || ascending[0] === largest) {
    const one = { x: 1, y: 1 };
    return {
      classes: new Array<AbcClass>(n).fill('A'),
      points: { a: { ...one }, b: { ...one }, c: { ...one }, exchanged: false },
      limits: { ab: largest, bc: largest },
    };
  }
  /** The k-th largest value, 1-based (R's `sort(Data, decreasing = TRUE)[k]`). */
  const kthLargest = (k: number): number => ascending[n - k]!;

  const { kx, ky } = abcCurve(kthLargest, n);
  const { effort, yieldAt, steps } = interpolatedYield(kx, ky, n);
  const { aIndex, bIndex, cIndex, exchanged } = abcPoints(effort, yieldAt, slopes(effort, yieldAt));
  const point = (k: number): { x: number; y: number } => ({ x: effort[k]!, y: yieldAt[k]! });

  // Step 6: the sorted items with i/n ≤ x_A are A, x_A < i/n ≤ x_C are B. With x = k·step, i/n ≤ x ⇔
  // i·steps ≤ k·n in integers (k·step never rounds below k/steps, so R's float compare agrees with this).
  const countUpTo = (k: number): number => {
    const scaled = k * n;
    return (scaled - (scaled % steps)) / steps;
  };
  const endA = countUpTo(aIndex); // sorted positions [0, endA) are A
  const endB = Math.max(endA, countUpTo(cIndex)); // [endA, endB) B, the rest C

  // Step 7's limits: R's `round` is half-to-even on the double x·n. Clamped into 1…n: at 0 R's `[0]` is empty
  // and its tie-break would fail; the largest value is the limit that position means.
  const limitAt = (x: number): number => kthLargest(Math.min(n, Math.max(1, roundHalfEven(x * n))));
  const limits = { ab: limitAt(effort[aIndex]!), bc: limitAt(effort[cIndex]!) };

  // The descending sorted value at position p (0-based) is kthLargest(p + 1).
  const valueAt = (p: number): number => kthLargest(p + 1);
  const ends = keepRunsTogether(valueAt, n, endA, endB, limits);
  return {
    classes: classesOf(cleaned, valueAt, ends),
    points: { a: point(aIndex), b: point(bIndex), c: point(cIndex), exchanged },
    limits,
  };
}

/**
 * Step 2, `cABC_curve`: knots (0, 0), (i/n, cumsum_i / total) of the values largest first. The package also
 * appends (1, 1) when x does not end at 1; it always does here. R's `cumsum` accumulates in long double;
 * compensated (Neumaier) summation gets the same doubles for any realistic data.
 */
function abcCurve(kthLargest: (k: number) => number, n: number): { kx: Float64Array; ky: Float64Array } {
  const knots = n + 1;
  const kx = new Float64Array(knots);
  const ky = new Float64Array(knots);
  let sum = 0;
  let compensation = 0;
  for (let i = 1; i <= n; i++) {
    const v = kthLargest(i);
    const t = sum + v;
    compensation += Math.abs(sum) >= v ? sum - t + v : v - t + sum;
    sum = t;
    ky[i] = sum + compensation;
    kx[i] = i / n;
  }
  const total = ky[n]!;
  for (let i = 1; i <= n; i++) ky[i] = ky[i]! / total;
  return { kx, ky };
}

/**
 * Step 3: `spline(x, y, xout = p, method = "hyman")` on p = seq(0, 1, by = step). R's `seq` computes
 * `from + (0:k) * by`, so p[k] = k·step, not k/100 (they differ in the last bit).
 */
function interpolatedYield(kx: Float64Array, ky: Float64Array, n: number): { effort: Float64Array; yieldAt: Float64Array; steps: number } {
  const steps = n < 101 ? 100 : 1000;
  const step = n < 101 ? 0.01 : 0.001;
  const m = steps + 1;
  const effort = new Float64Array(m);
  for (let k = 0; k < m; k++) effort[k] = Math.min(k * step, 1);
  const hyman = fmmSpline(kx, ky);
  hymanFilter(hyman);
  splCoefConv(hyman);
  const yieldAt = splineEval(hyman, effort);
  // "Fehlerabfang der Interpolation": from the first yield ≥ 1 on, 1 — but only when that is not the last point.
  for (let k = 0; k < m; k++) {
    if (yieldAt[k]! >= 1) {
      if (k < m - 1) yieldAt.fill(1, k);
      break;
    }
  }
  return { effort, yieldAt, steps };
}

/**
 * Step 4: `splinefun(Effort, Yield)` (method "fmm", no filter), first derivative at (1:m)/m. The offset grid
 * (k/m instead of the grid points) is the package's; slope k belongs to grid point k (R index k+1 ↔ k/m).
 */
function slopes(effort: Float64Array, yieldAt: Float64Array): Float64Array {
  const m = effort.length;
  const slopeSpline = fmmSpline(effort, yieldAt);
  const at = new Float64Array(m);
  for (let k = 0; k < m; k++) at[k] = (k + 1) / m;
  return splineEval(derivative(slopeSpline), at);
}

/**
 * Step 5, `cABC_analysis`: the grid indices of the points A, B and C. Squared distances as R's
 * `sum((point - curve[i, ])^2)`; `which.min` is the first minimum. Break-even: the rightmost of the smallest
 * |slope − 1|, as docs/DEFINITIONS.md §4 and the package's comment say (its code, `max(which.min(...))`, gets the
 * first: `which.min` returns one index). Only exact ties differ, which real slopes practically never produce;
 * every fixture matches either way, with no tolerance.
 */
function abcPoints(
  effort: Float64Array,
  yieldAt: Float64Array,
  slope: Float64Array,
): { aIndex: number; bIndex: number; cIndex: number; exchanged: boolean } {
  const pareto = closestTo(effort, yieldAt, 0);
  let breakEven = 0;
  let best = Infinity;
  for (let k = 0; k < effort.length; k++) {
    const gap = Math.abs(slope[k]! - 1);
    if (gap <= best) {
      best = gap;
      breakEven = k;
    }
  }
  const exchanged = effort[breakEven]! < effort[pareto]!;
  const aIndex = exchanged ? breakEven : pareto;
  const bIndex = exchanged ? pareto : breakEven;
  const cIndex = closestTo(effort, yieldAt, effort[bIndex]!);
  return { aIndex, bIndex, cIndex, exchanged };
}

/**
 * Step 7 (`cABC_postprocess_classes`): a run of equal values can only straddle the A|B and the B|C boundary
 * (sorted positions `endA`, `endB`); each run goes wholly to one class. Both runs are decided on the counts
 * before any move. (R groups the values by `tapply`, i.e. by their 15-digit text; values that differ only beyond
 * that are equal there and distinct here.)
 */
function keepRunsTogether(
  valueAt: (p: number) => number,
  n: number,
  endA: number,
  endB: number,
  limits: { ab: number; bc: number },
): { endA: number; endB: number } {
  const runAround = (boundary: number): [number, number] | null => {
    if (boundary <= 0 || boundary >= n || valueAt(boundary - 1) !== valueAt(boundary)) return null;
    const v = valueAt(boundary);
    let lo = boundary - 1;
    while (lo > 0 && valueAt(lo - 1) === v) lo--;
    let hi = boundary + 1;
    while (hi < n && valueAt(hi) === v) hi++;
    return [lo, hi];
  };
  const first = runAround(endA);
  let second = runAround(endB);
  if (first && second && second[0] === first[0]) second = null; // one run over both boundaries
  const counts = ([lo, hi]: [number, number]): [number, number, number] => [
    Math.max(0, Math.min(hi, endA) - lo),
    Math.max(0, Math.min(hi, endB) - Math.max(lo, endA)),
    Math.max(0, hi - Math.max(lo, endB)),
  ];
  // Decide both before moving anything; the second run lies wholly right of the first.
  const firstClass = first ? settleTie(...counts(first), valueAt(first[0]), limits.ab, limits.bc) : null;
  const secondClass = second ? settleTie(...counts(second), valueAt(second[0]), limits.ab, limits.bc) : null;
  if (first) {
    const [lo, hi] = first;
    if (firstClass === 'C') endB = lo; // the run held all of B
    else endB = Math.max(endB, hi);
    endA = firstClass === 'A' ? hi : lo;
  }
  if (second) endB = secondClass === 'B' ? second[1] : second[0];
  return { endA, endB };
}

/** After step 7 no run of equal values is split, so the class is a function of the value: thresholds. */
function classesOf(cleaned: Float64Array, valueAt: (p: number) => number, { endA, endB }: { endA: number; endB: number }): AbcClass[] {
  const minA = endA > 0 ? valueAt(endA - 1) : Infinity;
  const minB = endB > endA ? valueAt(endB - 1) : Infinity;
  const classes = new Array<AbcClass>(cleaned.length);
  for (let i = 0; i < cleaned.length; i++) {
    const v = cleaned[i]!;
    classes[i] = v >= minA ? 'A' : v >= minB ? 'B' : 'C';
  }
  return classes;
}

/**
 * Step 7's choice for a run of equal values `v` with `a`, `b`, `c` members in A, B, C: the class holding most;
 * on a tie A|B by ABLimit, B|C by BCLimit, A|C → A, A|B|C by the nearer limit's rule (B when equally near).
 */
function settleTie(a: number, b: number, c: number, v: number, ab: number, bc: number): AbcClass {
  const most = Math.max(a, b, c);
  const tiedA = a === most;
  const tiedB = b === most;
  const tiedC = c === most;
  const byAb = (): AbcClass => (v >= ab ? 'A' : 'B');
  const byBc = (): AbcClass => (v >= bc ? 'B' : 'C');
  if (tiedA && tiedB && tiedC) {
    const toAb = Math.abs(v - ab);
    const toBc = Math.abs(v - bc);
    return toAb < toBc ? byAb() : toBc < toAb ? byBc() : 'B';
  }
  if (tiedA && tiedB) return byAb();
  if (tiedB && tiedC) return byBc();
  if (tiedA) return 'A'; // alone, or tied with C
  return tiedB ? 'B' : 'C';
}

/** R's `round(x)` (digits 0): `nearbyint`, halves to even. */
function roundHalfEven(x: number): number {
  const r = Math.round(x); // halves up
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** First index of the grid point nearest (x0, 1), as `which.min` of R's squared distances. */
function closestTo(effort: Float64Array, yieldAt: Float64Array, x0: number): number {
  let best = Infinity;
  let index = 0;
  for (let k = 0; k < effort.length; k++) {
    const dx = Math.abs(x0 - effort[k]!);
    const dy = Math.abs(1 - yieldAt[k]!);
    const dist = dx * dx + dy * dy;
    if (dist < best) {
      best = dist;
      index = k;
    }
  }
  return index;
}

/**
 * Forsythe, Malcolm & Moler's cubic spline (R's `fmm_spline`): end conditions match the third derivative of the
 * cubic through the four end points. x strictly increasing, at least 2 points.
 */
function fmmSpline(x: Float64Array, y: Float64Array): Cubic {
  const n = x.length;
  const b = new Float64Array(n);
  const c = new Float64Array(n);
  const d = new Float64Array(n);
  const s: Cubic = { x, y, b, c, d };
  if (n < 3) {
    b[0] = (y[1]! - y[0]!) / (x[1]! - x[0]!);
    b[1] = b[0];
    return s;
  }
  const last = n - 1;
  // Tridiagonal system: b diagonal, d off-diagonal, c right-hand side.
  d[0] = x[1]! - x[0]!;
  c[1] = (y[1]! - y[0]!) / d[0];
  for (let i = 1; i < last; i++) {
    d[i] = x[i + 1]! - x[i]!;
    b[i] = 2.0 * (d[i - 1]! + d[i]!);
    c[i + 1] = (y[i + 1]! - y[i]!) / d[i]!;
    c[i] = c[i + 1]! - c[i]!;
  }
  b[0] = -d[0];
  b[last] = -d[last - 1]!;
  c[0] = 0;
  c[last] = 0;
  if (n > 3) {
    c[0] = c[2]! / (x[3]! - x[1]!) - c[1]! / (x[2]! - x[0]!);
    c[last] = c[last - 1]! / (x[last]! - x[last - 2]!) - c[last - 2]! / (x[last - 1]! - x[last - 3]!);
    c[0] = (c[0] * d[0] * d[0]) / (x[3]! - x[0]!);
    c[last] = (-c[last] * d[last - 1]! * d[last - 1]!) / (x[last]! - x[last - 3]!);
  }
  for (let i = 1; i < n; i++) {
    const t = d[i - 1]! / b[i - 1]!;
    b[i] = b[i]! - t * d[i - 1]!;
    c[i] = c[i]! - t * c[i - 1]!;
  }
  c[last] = c[last]! / b[last]!;
  for (let i = last - 1; i >= 0; i--) c[i] = (c[i]! - d[i]! * c[i + 1]!) / b[i]!;
  // c[i] is now sigma[i]; the polynomial coefficients follow.
  b[last] = (y[last]! - y[last - 1]!) / d[last - 1]! + d[last - 1]! * (c[last - 1]! + 2.0 * c[last]!);
  for (let i = 0; i < last; i++) {
    b[i] = (y[i + 1]! - y[i]!) / d[i]! - d[i]! * (c[i + 1]! + 2.0 * c[i]!);
    d[i] = (c[i + 1]! - c[i]!) / d[i]!;
    c[i] = 3.0 * c[i]!;
  }
  c[last] = 3.0 * c[last]!;
  d[last] = d[last - 1]!;
  return s;
}

/**
 * R's `hyman_filter`: clamp the knot derivatives b into Hyman's monotonicity region (Fritsch–Carlson / Hyman
 * 1983), in place. Only b changes; c and d are recomputed from it by `splCoefConv`.
 */
function hymanFilter(s: Cubic): void {
  const { x, y, b } = s;
  const n = x.length;
  const secant = (i: number): number => (y[i + 1]! - y[i]!) / (x[i + 1]! - x[i]!);
  for (let i = 0; i < n; i++) {
    const s0 = secant(i === 0 ? 0 : i - 1); // S0 = c(ss[1], ss)
    const s1 = secant(i === n - 1 ? n - 2 : i); // S1 = c(ss, ss[n-1])
    const t1 = Math.min(Math.abs(s0), Math.abs(s1));
    const sig = s0 * s1 > 0 ? s1 : b[i]!;
    b[i] = sig >= 0 ? Math.min(Math.max(0, b[i]!), 3 * t1) : Math.max(Math.min(0, b[i]!), -3 * t1);
  }
}

/** R's `spl_coef_conv`: the cubic Hermite c, d for knot values y and derivatives b, in place. */
function splCoefConv(s: Cubic): void {
  const { x, y, b, c, d } = s;
  const n = x.length;
  for (let i = 0; i < n - 1; i++) {
    const h = x[i + 1]! - x[i]!;
    const dy = -(y[i + 1]! - y[i]!);
    const b0 = b[i]!;
    const b1 = b[i + 1]!;
    c[i] = -(3 * dy + (2 * b0 + b1) * h) / (h * h);
    d[i] = ((2 * dy) / h + b0 + b1) / (h * h);
  }
  const h = x[n - 1]! - x[n - 2]!;
  const dy = -(y[n - 1]! - y[n - 2]!);
  c[n - 1] = (3 * dy + (b[n - 2]! + 2 * b[n - 1]!) * h) / (h * h);
  d[n - 1] = d[n - 2]!;
}

/** The first derivative as `splinefun(…)(x, deriv = 1)` builds it: coefficients (b, 2c, 3d, 0). */
function derivative(s: Cubic): Cubic {
  const n = s.x.length;
  const c = new Float64Array(n);
  const d = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    c[i] = 2 * s.c[i]!;
    d[i] = 3 * s.d[i]!;
  }
  return { x: s.x, y: s.b, b: c, c: d, d: new Float64Array(n) };
}

/**
 * R's `spline_eval` (non-periodic): the interval index is kept from the previous point while it still holds
 * (x[i] ≤ u ≤ x[i+1]), else found by bisection; at a knot that can be the interval ending there, as in R.
 */
function splineEval(s: Cubic, u: Float64Array): Float64Array {
  const { x, y, b, c, d } = s;
  const n = x.length;
  const v = new Float64Array(u.length);
  let i = 0;
  for (let l = 0; l < u.length; l++) {
    const ul = u[l]!;
    if (ul < x[i]! || (i < n - 1 && x[i + 1]! < ul)) {
      i = 0;
      let j = n;
      do {
        const k = (i + j) >> 1;
        if (ul < x[k]!) j = k;
        else i = k;
      } while (j > i + 1);
    }
    const dx = ul - x[i]!;
    v[l] = y[i]! + dx * (b[i]! + dx * (c[i]! + dx * d[i]!));
  }
  return v;
}
