/**
 * Custom functions through the runner versus the core called directly: what coercion, validation and result
 * shaping cost per call. Inputs have the shape a host delivers (a column as [[v], [v], …]); the core gets
 * Float64Arrays. Medians of repeated runs after warm-up; ratios, not absolute promises.
 */
import { abcFixed, hourlyReturnOf } from '../src/core/index.js';
import { runFunction } from '../src/functions/index.js';

const N = 100_000;
const RUNS = 7;
const WARM_UP = 2;

/** Deterministic pseudo-random numbers (a linear congruential generator), so runs compare. */
function series(n: number, seed: number, scale: number): Float64Array {
  const out = new Float64Array(n);
  let state = seed >>> 0;
  for (let i = 0; i < n; i++) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    out[i] = (state / 2 ** 32) * scale;
  }
  return out;
}

const asColumn = (values: Float64Array): number[][] => Array.from(values, (v) => [v]);

function median(run: () => unknown): number {
  for (let i = 0; i < WARM_UP; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`bench: ${what} failed`);
}

export function benchFunctions(): string[] {
  const profit = series(N, 1, 10_000);
  const revenue = series(N, 2, 50_000);
  const hours = series(N, 3, 200);
  const profitColumn = asColumn(profit);
  const revenueColumn = asColumn(revenue);
  const hoursColumn = asColumn(hours);

  const rows: [string, number, number][] = [];
  rows.push([
    '`=KLANT.ABC(waarden)`',
    median(() => check(runFunction('ABC', [profitColumn]).ok, 'ABC')),
    median(() => abcFixed(profit, 0.8, 0.95)),
  ]);
  rows.push([
    '`=KLANT.UURRENDEMENT(omzet; uren)`',
    median(() => check(runFunction('UURRENDEMENT', [revenueColumn, hoursColumn]).ok, 'UURRENDEMENT')),
    median(() => {
      const out = new Float64Array(N);
      for (let i = 0; i < N; i++) out[i] = hourlyReturnOf(revenue[i]!, hours[i]!) ?? NaN;
      return out;
    }),
  ]);

  const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));
  return [
    `**Custom functions** — ${N.toLocaleString('en')} values as a host passes them (a column [[v], [v], …]) through the`,
    'runner (coercion, validation, result shaping) versus the core on Float64Arrays. Median of ' + `${RUNS} runs after ${WARM_UP} warm-ups.`,
    '',
    '| call | runner (ms) | core (ms) | runner ÷ core | overhead per value (ns) |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(([call, runner, core]) =>
      `| ${call} | ${fmt(runner)} | ${fmt(core)} | ${(runner / core).toFixed(1)} | ${(((runner - core) / N) * 1e6).toFixed(0)} |`,
    ),
  ];
}
