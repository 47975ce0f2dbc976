/**
 * Ranking: indices ordered by a value, highest first, ties in sheet order (DOMAIN.md §4 ranks this way for ABC,
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
 * `-Infinity` or `NaN` for "not available"); `-0` equals `0`.
 */
export function rankDescending(values: ArrayLike<number>): Uint32Array<ArrayBufferLike> {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < SMALL) {
    const keyOf = (i: number): number => {
      const v = values[i]!;
      return v === v ? v : -Infinity;
    };
    const nanLast = (i: number): number => (values[i]! === values[i]! ? 0 : 1);
    return order.sort((a, b) => nanLast(a) - nanLast(b) || keyOf(b) - keyOf(a) || a - b);
  }
  return radixDescending(values, order);
}

function radixDescending(values: ArrayLike<number>, order: Uint32Array): Uint32Array<ArrayBufferLike> {
  const n = values.length;
  // One double and its two 32-bit words (little-endian, as every engine we target): the key of each value
  // without a DataView call or a full-size scratch copy.
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  // Keys and the scatter's buffers are views of the shared scratch buffer (see scratch.ts); only `order`, the
  // result, is the caller's own.
  const pool = scratch(16 * n);
  let hi: Uint32Array<ArrayBufferLike> = new Uint32Array(pool, 0, n);
  const lo = new Uint32Array(pool, 4 * n, n);
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
      idxOut[to] = idx[i]!;
    }
    [hi, hiOut] = [hiOut, hi];
    [idx, idxOut] = [idxOut, idx];
  }
  // Within a run of equal high bits, indices are still in sheet order (LSD is stable): order by the low bits,
  // keeping sheet order on equal keys.
  const byLow = (a: number, b: number): number => lo[a]! - lo[b]! || a - b;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && hi[end] === hi[start]) end++;
    const length = end - start;
    if (length > 32) {
      idx.subarray(start, end).sort(byLow);
    } else if (length > 1) {
      for (let i = start + 1; i < end; i++) {
        const current = idx[i]!;
        let j = i - 1;
        while (j >= start && byLow(idx[j]!, current) > 0) {
          idx[j + 1] = idx[j]!;
          j--;
        }
        idx[j + 1] = current;
      }
    }
    start = end;
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
