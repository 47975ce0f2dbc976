import { describe, expect, it } from 'vitest';
import { analyseColumns, materialise } from '../../src/core/analyse.js';
import { resolveSettings } from '../../src/core/settings.js';
import { BENCH_SETTINGS, syntheticPortfolio } from '../../bench/synthetic.js';
import { toColumns } from '../support/oracle.js';

describe('analyseColumns with a recycled analysis', () => {
  const records = syntheticPortfolio(3000, 5);
  const settings = resolveSettings(BENCH_SETTINGS);
  const other = resolveSettings({ ...BENCH_SETTINGS, hourlyCost: 70, abcLimitA: 0.5, targetHourlyReturn: undefined });
  const columns = toColumns(records, settings);
  const plain = (a: ReturnType<typeof analyseColumns>) => ({ summary: a.summary, clients: materialise(a) });

  it('gives the same analysis as a fresh one, for the same and for other settings, and reuses the memory', () => {
    const freshSame = plain(analyseColumns(columns, settings));
    const freshOther = plain(analyseColumns(columns, other));
    const first = analyseColumns(columns, settings);
    const second = analyseColumns(columns, other, first);
    expect(second.time).toBe(first.time);
    expect(second.advice).toBe(first.advice);
    expect(plain(second)).toEqual(freshOther);
    const third = analyseColumns(columns, settings, second);
    expect(third.netProfit).toBe(first.netProfit);
    expect(plain(third)).toEqual(freshSame);
  });

  it('takes fresh memory when the recycled analysis is of another size', () => {
    const small = analyseColumns(toColumns(records.slice(0, 100), settings), settings);
    const big = analyseColumns(columns, settings, small);
    expect(big.time).not.toBe(small.time);
    expect(plain(big)).toEqual(plain(analyseColumns(columns, settings)));
  });
});
