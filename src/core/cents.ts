/**
 * Rounding a money result to cents, for figures handed out one by one (the custom functions): a cell formula
 * such as `ROUNDDOWN(KORTINGSLEK(…); 0)` must see 2 000, not the 1 999,999999999999 that binary floating point
 * leaves of 88 000 / 0,88 · 0,02. The analysis itself stays unrounded (docs/DEFINITIONS.md §3: totals are sums of
 * the unrounded rows); only a figure that leaves the core on its own is rounded, half away from zero.
 */

/** `value` rounded to two decimals, halves away from zero (1,005 → 1,01; −2,675 → −2,68); −0 becomes 0. */
export function roundToCents(value: number): number {
  if (!Number.isFinite(value)) return value;
  const magnitude = Math.abs(value);
  const scaled = magnitude * 100;
  let cents = Math.round(scaled);
  // Near a half, `magnitude * 100` may land just below it (1,005 · 100 = 100,49999999999999): decide on the
  // decimal text the number shows (15 significant digits, a spreadsheet's precision), shifted by exponent only.
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) {
    const shown = Number(`${magnitude.toPrecision(15)}e2`); // NaN when toPrecision itself writes an exponent
    if (Number.isFinite(shown)) cents = Math.round(shown);
  }
  const rounded = cents / 100;
  return rounded === 0 ? 0 : value < 0 ? -rounded : rounded;
}
