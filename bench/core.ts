/**
 * Core benchmark for one portfolio size, run in a child process of its own so its peak memory is its own.
 * Times are medians of repeated runs; the baseline is `Float64Array.prototype.sort` on the same number of
 * values in the same process.
 */
import { analyse, analyseColumns, materialise, toColumns } from '../src/core/analyse.js';
import { resolveSettings } from '../src/core/settings.js';
import { BENCH_SETTINGS, random, syntheticPortfolio } from './synthetic.js';

export type CoreSample = {
  n: number;
  sortMs: number;
  columnsMs: number;
  analysisMs: number;
  materialiseMs: number;
  fullMs: number;
  peakRssMiB: number;
  heapAfterMiB: number;
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function time(repeats: number, action: () => unknown): number {
  const samples: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const started = performance.now();
    action();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

export function benchCore(n: number): CoreSample {
  const repeats = n >= 1_000_000 ? 3 : n >= 100_000 ? 5 : 11;
  const records = syntheticPortfolio(n);
  const settings = resolveSettings(BENCH_SETTINGS);
  const rnd = random(7);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = rnd() * 1e6 - 1e5;
  // Warm-up: one run of each, so the JIT has compiled what it will run.
  values.slice().sort();
  analyse(records.slice(0, Math.min(n, 1000)), BENCH_SETTINGS);
  const sortMs = time(repeats, () => values.slice().sort());
  const copyMs = time(repeats, () => values.slice());
  const columns = toColumns(records, settings);
  const columnsMs = time(repeats, () => toColumns(records, settings));
  const columnar = analyseColumns(columns, settings);
  const analysisMs = time(repeats, () => analyseColumns(columns, settings));
  const materialiseMs = time(repeats, () => materialise(columnar));
  const fullMs = time(repeats, () => analyse(records, BENCH_SETTINGS));
  const usage = process.resourceUsage();
  return {
    n,
    sortMs: Math.max(sortMs - copyMs, 0.001),
    columnsMs,
    analysisMs,
    materialiseMs,
    fullMs,
    peakRssMiB: usage.maxRSS / 1024,
    heapAfterMiB: process.memoryUsage().heapUsed / 1024 / 1024,
  };
}
