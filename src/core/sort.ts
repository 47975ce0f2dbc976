/**
 * Ranking: indices ordered by a value, highest first, ties in sheet order (docs/DEFINITIONS.md §4 ranks this way for ABC,
 * the pyramid and the whale curve).
 *
 * Why a radix sort: sorting a million indices with a comparator costs several times the native
 * `Float64Array.prototype.sort` of the same values, and the analysis ranks up to three times. An LSD radix sort
 * on the IEEE-754 bits is stable (ties keep sheet order for free) and linear; small inputs use the comparator.
 */

import { scratch } from './scratch.js';

const SMALL = 512;

/**
 * Indices `0…n−1` ordered by `values[i]` descending, ties by index ascending. `NaN` ranks last (callers pass
 * `-Infinity` or `NaN` for "not available"); `-0` equals `0`. `out` (length n, not a view of scratch slot 0)
 * receives the ranking instead of a new array: the analysis ranks into a reused buffer. `ranked` (length n)
 * receives the values in rank order, read sequentially by the ABC and the whale curve (see radixDescending).
 */
export function rankDescending(
  values: ArrayLike<number>,
  out?: Uint32Array<ArrayBufferLike>,
  ranked?: Float64Array<ArrayBufferLike>,
): Uint32Array<ArrayBufferLike> {
  const n = values.length;
  const order = out ?? new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < SMALL) {
    const keyOf = (i: number): number => {
      const v = values[i]!;
      return v === v ? v : -Infinity;
    };
    const nanLast = (i: number): number => (values[i]! === values[i]! ? 0 : 1);
    order.sort((a, b) => nanLast(a) - nanLast(b) || keyOf(b) - keyOf(a) || a - b);
    if (ranked) for (let r = 0; r < n; r++) ranked[r] = values[order[r]!]! + 0; // + 0: −0 reads 0, as below
    return order;
  }
  return radixDescending(values, order, ranked);
}

/**
 * `ranked` (optional, length n): receives the values in rank order, `ranked[r] = values[order[r]]` (−0 as 0).
 * Why: reading `values[order[r]]` is a random read per client, a cache miss once a column outgrows the cache
 * (the whale curve's and the ABC's walk grew ×13 from 1 M to 5 M clients); here the values are decoded from the
 * sorted keys, one sequential pass.
 */
function radixDescending(values: ArrayLike<number>, order: Uint32Array, ranked?: Float64Array<ArrayBufferLike>): Uint32Array<ArrayBufferLike> {
  const n = values.length;
  // One double and its two 32-bit words (little-endian, as every engine we target): the key of each value
  // without a DataView call or a full-size scratch copy.
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  // Keys and the scatter's buffers are views of the shared scratch buffer (see scratch.ts); only `order`, the
  // result, is the caller's own.
  const pool = scratch(20 * n);
  let hi: Uint32Array<ArrayBufferLike> = new Uint32Array(pool, 0, n);
  let lo: Uint32Array<ArrayBufferLike> = new Uint32Array(pool, 4 * n, n);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v !== v) {
      // NaN gets the largest key so it sorts last.
      hi[i] = 0xffffffff;
      lo[i] = 0xffffffff;
      continue;
    }
    bits[0] = v === 0 ? 0 : -v; // descending = ascending on −v; −0 counts as 0
    let h = words[1]!;
    let l = words[0]!;
    if (h & 0x80000000) {
      // Map IEEE-754 bits to an unsigned order: negatives flip all bits, positives flip the sign bit.
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    hi[i] = h;
    lo[i] = l;
  }
  // LSD radix on the high 32 bits only (sign, exponent and 20 bits of mantissa): two passes of 16 bits. Keys
  // equal in those bits are then ordered by their low bits within each run: runs are short for real amounts,
  // and a long run (values that agree to six digits) falls back to a comparator sort of just that run.
  let idx: Uint32Array<ArrayBufferLike> = order;
  let hiOut: Uint32Array<ArrayBufferLike> = new Uint32Array(pool, 8 * n, n);
  let idxOut: Uint32Array<ArrayBufferLike> = new Uint32Array(pool, 12 * n, n);
  // The low words travel with the high words, so that at the end both are in rank order: the run fix-up and
  // the decoding of `ranked` then read them sequentially instead of by index.
  let loOut: Uint32Array<ArrayBufferLike> = new Uint32Array(pool, 16 * n, n);
  const counts = new Uint32Array(65536);
  for (let shift = 0; shift <= 16; shift += 16) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(hi[i]! >>> shift) & 0xffff]!++;
    // A digit shared by every key orders nothing: skip the pass (common for the high bits of similar amounts).
    if (counts[(hi[0]! >>> shift) & 0xffff] === n) continue;
    let offset = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d]!;
      counts[d] = offset;
      offset += c;
    }
    for (let i = 0; i < n; i++) {
      const to = counts[(hi[i]! >>> shift) & 0xffff]!++;
      hiOut[to] = hi[i]!;
      loOut[to] = lo[i]!;
      idxOut[to] = idx[i]!;
    }
    [hi, hiOut] = [hiOut, hi];
    [lo, loOut] = [loOut, lo];
    [idx, idxOut] = [idxOut, idx];
  }
  // Within a run of equal high bits, indices are still in sheet order (LSD is stable): order the (low word,
  // index) pairs by the low word, keeping sheet order on equal keys.
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && hi[end] === hi[start]) end++;
    const length = end - start;
    if (length > 32) {
      const positions = Array.from({ length }, (_, k) => start + k);
      positions.sort((a, b) => lo[a]! - lo[b]! || idx[a]! - idx[b]!);
      const los = positions.map((p) => lo[p]!);
      const idxs = positions.map((p) => idx[p]!);
      for (let k = 0; k < length; k++) {
        lo[start + k] = los[k]!;
        idx[start + k] = idxs[k]!;
      }
    } else if (length > 1) {
      for (let i = start + 1; i < end; i++) {
        const currentLo = lo[i]!;
        const current = idx[i]!;
        let j = i - 1;
        while (j >= start && (lo[j]! > currentLo || (lo[j] === currentLo && idx[j]! > current))) {
          lo[j + 1] = lo[j]!;
          idx[j + 1] = idx[j]!;
          j--;
        }
        lo[j + 1] = currentLo;
        idx[j + 1] = current;
      }
    }
    start = end;
  }
  if (ranked) {
    // Decode each key back to its value: the inverse of the mapping above.
    for (let r = 0; r < n; r++) {
      let h = hi[r]!;
      let l = lo[r]!;
      if (h === 0xffffffff && l === 0xffffffff) {
        ranked[r] = NaN; // only NaN has this key: a value's high word never maps to all ones
        continue;
      }
      if (h & 0x80000000) {
        h = (h & 0x7fffffff) >>> 0;
      } else {
        h = ~h >>> 0;
        l = ~l >>> 0;
      }
      words[1] = h;
      words[0] = l;
      const negated = bits[0]!;
      ranked[r] = negated === 0 ? 0 : -negated;
    }
  }
  // A skipped pass leaves the ranking in the scratch view: copy it into the caller's own array.
  if (idx !== order) order.set(idx);
  return order;
}

/** The k-th smallest value (0-based); reorders `values` so that everything left of k is ≤ it. */
export function selectKth(values: Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  while (left < right) {
    const pivot = values[(left + right) >> 1]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return values[k]!;
  }
  return values[k]!;
}
