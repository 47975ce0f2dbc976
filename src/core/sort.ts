/**
 * Ranking: indices ordered by a value, highest first, ties in sheet order (DOMAIN.md §4 ranks this way for ABC,
 * the pyramid and the whale curve).
 *
 * Why a radix sort: sorting a million indices with a comparator costs several times the native
 * `Float64Array.prototype.sort` of the same values, and the analysis ranks up to three times. An LSD radix sort
 * on the IEEE-754 bits is stable (ties keep sheet order for free) and linear; small inputs use the comparator.
 */

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
  const scratch = new Float64Array(1);
  const words = new Uint32Array(scratch.buffer);
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v !== v) {
      // NaN gets the largest key so it sorts last.
      hi[i] = 0xffffffff;
      lo[i] = 0xffffffff;
      continue;
    }
    scratch[0] = v === 0 ? 0 : -v; // descending = ascending on −v; −0 counts as 0
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
  let idx: Uint32Array<ArrayBufferLike> = order;
  let hiOut = new Uint32Array(n);
  let loOut = new Uint32Array(n);
  let idxOut: Uint32Array<ArrayBufferLike> = new Uint32Array(n);
  const counts = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const source = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(source[i]! >>> shift) & 0xffff]!++;
    // A digit shared by every key orders nothing: skip the pass (common for the high bits of similar amounts).
    if (counts[(source[0]! >>> shift) & 0xffff] === n) continue;
    let offset = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d]!;
      counts[d] = offset;
      offset += c;
    }
    for (let i = 0; i < n; i++) {
      const d = (source[i]! >>> shift) & 0xffff;
      const to = counts[d]!++;
      hiOut[to] = hi[i]!;
      loOut[to] = lo[i]!;
      idxOut[to] = idx[i]!;
    }
    [hi, hiOut] = [hiOut, hi];
    [lo, loOut] = [loOut, lo];
    [idx, idxOut] = [idxOut, idx];
  }
  return idx;
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
