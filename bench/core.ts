/**
 * Core benchmark for one portfolio size, run in a child process of its own so its peak memory is its own.
 * Times are medians of repeated runs, and for the columnar analysis also the fastest run (this machine is a
 * shared VM: a slow run is interference, the fastest the code's own cost); the baseline is
 * `Float64Array.prototype.sort` on n random doubles in the
 * same process.
 *
 * Two measurements, each in its own process:
 * - `columns`: the analysis of a portfolio held as columns (`analyseColumns`), the records released first — the
 *   core as a host with a big table should use it; timed twice: each run a fresh analysis (`analysisMs`), and
 *   each run handing the previous analysis back to be overwritten (`recycledMs`: a host that analyses again
 *   after a change of settings, which then takes no fresh memory);
 * - `full`: `analyse(records)` with the records alive, i.e. columns + analysis + a million `ClientResult`
 *   objects (`materialise`), the plain-JSON result every host gets today.
 */
import { analyseColumns, materialise } from '../src/core/index.js';
import { analyse, toColumns } from '../test/support/oracle.js';
import { resolveSettings } from '../src/core/index.js';
import type { ClientRecord } from '../src/core/index.js';
import { BENCH_SETTINGS, random, syntheticPortfolio } from './synthetic.js';

export type CoreSample = {
  n: number;
  mode: 'columns' | 'full';
  sortMs: number;
  /** Fastest run of the sort and of the analysis (columns mode). */
  sortMinMs: number;
  analysisMinMs: number;
  /** columns: `analyseColumns`; full: `analyse`. */
  analysisMs: number;
  /** columns only: each run recycles the previous run's analysis (`analyseColumns(columns, settings, previous)`). */
  recycledMs: number | null;
  recycledMinMs: number | null;
  /** full only: `toColumns` and `materialise` on their own. */
  columnsMs: number | null;
  materialiseMs: number | null;
  peakRssMiB: number;
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function timings(repeats: number, action: () => unknown): { median: number; min: number } {
  const samples: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const started = performance.now();
    action();
    samples.push(performance.now() - started);
  }
  return { median: median(samples), min: Math.min(...samples) };
}

const time = (repeats: number, action: () => unknown): number => timings(repeats, action).median;

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

function sortBaseline(n: number, repeats: number): { median: number; min: number } {
  const rnd = random(7);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = rnd() * 1e6 - 1e5;
  const copies = Array.from({ length: repeats + 1 }, () => values.slice());
  copies.pop()!.sort(); // warm-up
  let next = 0;
  return timings(repeats, () => copies[next++]!.sort());
}

export function benchCore(n: number, mode: 'columns' | 'full'): CoreSample {
  const repeats = n >= 1_000_000 ? (mode === 'columns' ? 11 : 5) : n >= 100_000 ? (mode === 'columns' ? 21 : 7) : 15;
  const settings = resolveSettings(BENCH_SETTINGS);
  const holder: { records: ClientRecord[] | null } = { records: syntheticPortfolio(n) };
  analyse(holder.records!.slice(0, Math.min(n, 2000)), settings); // warm-up: let the JIT compile what it will run
  const sort = sortBaseline(n, repeats);
  const sortMs = sort.median;
  if (mode === 'columns') {
    const columns = toColumns(holder.records!, settings);
    holder.records = null; // released: the columnar analysis runs with only the columns alive
    gc();
    for (let w = 0; w < 3; w++) analyseColumns(columns, settings); // warm-up at full size: the JIT's last tier
    const analysis = timings(repeats, () => analyseColumns(columns, settings));
    let previous = analyseColumns(columns, settings);
    const recycled = timings(repeats, () => (previous = analyseColumns(columns, settings, previous)));
    return {
      n, mode, sortMs, sortMinMs: sort.min, analysisMs: analysis.median, analysisMinMs: analysis.min,
      recycledMs: recycled.median, recycledMinMs: recycled.min,
      columnsMs: null, materialiseMs: null, peakRssMiB: process.resourceUsage().maxRSS / 1024,
    };
  }
  const kept = holder.records!;
  const columnsMs = time(repeats, () => toColumns(kept, settings));
  const columnar = analyseColumns(toColumns(kept, settings), settings);
  const materialiseMs = time(repeats, () => materialise(columnar));
  const analysisMs = time(repeats, () => analyse(kept, settings));
  return {
    n, mode, sortMs, sortMinMs: sort.min, analysisMs, analysisMinMs: analysisMs, recycledMs: null, recycledMinMs: null,
    columnsMs, materialiseMs, peakRssMiB: process.resourceUsage().maxRSS / 1024,
  };
}
