/**
 * The client rows' order: by ABC class, then by the ABC measure highest first, ties in sheet order
 * (docs/DEFINITIONS.md §4), so each class is one contiguous band and its colour one rectangle whatever the number
 * of clients.
 */
import type { AbcClass } from '../types.js';
import { CLASS_LETTERS } from '../classify.js';
import type { ColumnarAnalysis } from '../analyse.js';
import { materialiseOne } from '../analyse.js';
import type { Clients } from './context.js';

/** Class ranks for `reportOrder`: A, B, C as CLASS_LETTERS codes them. */
export const CLASS_RANK: Record<AbcClass, number> = { A: CLASS_LETTERS.indexOf('A'), B: CLASS_LETTERS.indexOf('B'), C: CLASS_LETTERS.indexOf('C') };


/** The clients of a columnar analysis, each ClientResult made when asked. */
export function clientsOfColumns(columnar: ColumnarAnalysis): Clients {
  const n = columnar.columns.count;
  const rank = new Uint8Array(n);
  const value = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    rank[i] = columnar.abcClass[i]!;
    // materialiseOne's abcValue is null when not finite: ranked as -Infinity, below every value.
    const v = columnar.abcValue[i]!;
    value[i] = Number.isFinite(v) ? v : -Infinity;
  }
  return { count: n, client: (i) => materialiseOne(columnar, i), order: reportOrder(rank, value), classCounts: countRanks(rank) };
}

export function countRanks(rank: Uint8Array): number[] {
  const counts = CLASS_LETTERS.map(() => 0);
  for (let i = 0; i < rank.length; i++) counts[rank[i]!]! += 1;
  return counts;
}

/**
 * The report's client order (class A, B, C; within a class the ABC measure highest first; ties in sheet order) as
 * indices. A total order, so the result is the same whatever the sort; on typed arrays it keeps no object per client.
 */
export function reportOrder(rank: Uint8Array, value: Float64Array): Uint32Array {
  const order = new Uint32Array(rank.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((x, y) => rank[x]! - rank[y]! || (value[x] === value[y] ? x - y : value[y]! > value[x]! ? 1 : -1));
}

