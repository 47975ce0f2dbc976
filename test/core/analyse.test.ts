import { describe, expect, it } from 'vitest';
import { bindDrivers, readClientTable } from '../../src/core/read/index.js';
import type { AnalysisResult, ClientResult, GroupTotals } from '../../src/core/types.js';
import { portfolio } from '../support/portfolio.js';
import { analyse, recordsOf } from '../support/oracle.js';

/** Money to the cent, shares and hours to 1e-6: what the report shows, and tighter. */
function close(actual: unknown, expected: unknown, path: string): void {
  if (expected === null || expected === undefined) {
    expect(actual, path).toBeNull();
  } else if (typeof expected === 'number') {
    expect(typeof actual, path).toBe('number');
    expect(Math.abs((actual as number) - expected), `${path}: ${actual} vs ${expected}`).toBeLessThan(1e-6);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, path).toBe(expected.length);
    expected.forEach((item, i) => close((actual as unknown[])[i], item, `${path}[${i}]`));
  } else if (typeof expected === 'object') {
    for (const [key, value] of Object.entries(expected as Record<string, unknown>)) {
      close((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
    }
  } else {
    expect(actual, path).toEqual(expected);
  }
}

function run(): { result: AnalysisResult; problems: ReturnType<typeof readClientTable>['problems'] } {
  const table = readClientTable(portfolio.cells, { language: 'nl' });
  const bound = bindDrivers(portfolio.settings.extraDrivers ?? [], table.mapping);
  const result = analyse(recordsOf(table.columns), { ...portfolio.settings, extraDrivers: bound.drivers });
  return { result, problems: [...table.problems, ...bound.problems] };
}

describe('analyse: the hand-checked portfolio (docs/DEFINITIONS.md §3–§6)', () => {
  const { result, problems } = run();
  const expected = portfolio.expected;

  it('reads every client and reports exactly the bad rows', () => {
    expect(result.clients.map((c) => c.client)).toEqual(expected.clients.map((c) => c.client));
    expect(result.clients.map((c) => c.row)).toEqual(expected.clients.map((c) => c.row));
    expect(problems.map(({ id, row, column, text, severity }) => ({ id, row, column, text, severity }))).toEqual(
      portfolio.expectedProblems,
    );
  });

  it('every per-client figure of §3–§5 matches the oracle', () => {
    const keys = [
      'revenue', 'directCosts', 'time', 'labourCost', 'visitCost', 'orderCost', 'invoiceCost', 'shippingCost',
      'driverCosts', 'interestCost', 'costToServe', 'netProfit', 'margin', 'contribution', 'hourlyReturn',
      'opportunityCost', 'discountLeak', 'trend', 'abcValue', 'abcClass', 'tier', 'signals', 'repair', 'repairGain',
      'repairedProfit', 'replacement', 'referralLoss', 'letGoEffect', 'advice',
    ] as const;
    expected.clients.forEach((want, i) => {
      const got = result.clients[i]!;
      for (const key of keys) close(got[key as keyof ClientResult], want[key], `${want.client}.${key}`);
    });
  });

  it('worked example, Bakkerij De Vries, by hand (test/fixtures/portfolio.md)', () => {
    const bakery = result.clients[0]!;
    expect(bakery.time).toBeCloseTo(318.6667, 4); // 300 + (40·10 + 120·5 + 2·60) / 60
    expect(bakery.interestCost).toBeCloseTo(164.38, 2); // 120 000 · 10 % · 5 / 365
    expect(bakery.costToServe).toBeCloseTo(20127.72, 2);
    expect(bakery.netProfit).toBeCloseTo(39872.28, 2);
    expect(bakery.hourlyReturn).toBeCloseTo(175.12, 2);
    expect(bakery.discountLeak).toBeCloseTo(2727.27, 2); // 120 000 / 0,88 · (12 % − 10 %)
    expect(bakery.repairGain).toBeCloseTo(4761.66, 2); // 2 727,27 + 1 600 + 0 + 120 + 150 + 164,38
    expect(bakery.advice).toBe('repair');
  });

  it('the edge clients behave as docs/DEFINITIONS.md says', () => {
    const byName = (name: string): ClientResult => result.clients.find((c) => c.client === name)!;
    const zeroHours = byName('Stichting Stil');
    expect(zeroHours.time).toBe(0);
    expect(zeroHours.hourlyReturn).toBeNull();
    expect(zeroHours.opportunityCost).toBe(0);
    const zeroRevenue = byName('Oude Klant BV');
    expect(zeroRevenue.margin).toBeNull();
    expect(zeroRevenue.tier).toBe('inactive');
    expect(zeroRevenue.abcClass).toBe('C');
    const credit = byName('Creditnota Pieters');
    expect(credit.revenue).toBe(-500);
    expect(credit.interestCost).toBe(0);
    expect(byName('Kapsalon Knip').advice).toBe('letGo');
    expect(byName('Kapsalon Knip').signals).toContain('emergencyOnly');
    expect(byName('Yoga Studio Zen').signals).toEqual(['paysLate', 'noContract', 'discountLeak', 'highPotential', 'referrer']);
  });

  it('totals, classes and tiers match the oracle and add up (§6)', () => {
    close(result.totals, expected.totals, 'totals');
    for (const letter of ['A', 'B', 'C'] as const) close(result.classes[letter], expected.classes[letter], `classes.${letter}`);
    for (const tier of result.pyramid) {
      close(tier, expected.pyramid[tier.tier], `pyramid.${tier.tier}`);
      expect(tier.clients).toBe(expected.tierCounts[tier.tier]);
    }
    const sumOf = (groups: GroupTotals[], key: keyof GroupTotals): number =>
      groups.reduce((sum, group) => sum + (group[key] as number), 0);
    for (const key of ['revenue', 'netProfit', 'costToServe', 'time', 'labourCost', 'interestCost'] as const) {
      expect(Math.abs(sumOf(Object.values(result.classes), key) - result.totals[key])).toBeLessThan(0.005);
      expect(Math.abs(sumOf(result.pyramid, key) - result.totals[key])).toBeLessThan(0.005);
    }
  });

  it('the whale curve and the cost-benefit scenarios match the oracle', () => {
    expect(result.whale.unit).toBe('share');
    expect(result.whale.points).toHaveLength(expected.whale.points.length);
    result.whale.points.forEach((point, i) => {
      close(point.clientShare, expected.whale.points[i]![0], `whale[${i}].x`);
      close(point.profitShare, expected.whale.points[i]![1], `whale[${i}].y`);
    });
    expect(result.whale.points.at(-1)!.profitShare).toBe(1);
    close(result.whale.peak.clientShare, expected.whale.peak[0], 'peak.x');
    close(result.whale.peak.profitShare, expected.whale.peak[1], 'peak.y');
    close(result.medianTimePerOrder, expected.medianTimePerOrder, 'median');
    close(result.portfolioMargin, expected.portfolioMargin, 'portfolioMargin');
    expect(result.replacementSource).toBe('target');
    const letGo = Object.fromEntries(result.scenarios.letGoC.lines.map((line) => [line.id, line.amount]));
    const repair = Object.fromEntries(result.scenarios.repairC.lines.map((line) => [line.id, line.amount]));
    const wantLetGo = expected.scenarios.letGoC;
    const wantRepair = expected.scenarios.repairC;
    close(result.scenarios.letGoC.net, wantLetGo.net, 'letGoC.net');
    close(letGo, { lostContribution: wantLetGo.lostContribution, replacement: wantLetGo.replacement, referralLoss: wantLetGo.referralLoss }, 'letGoC');
    close(result.scenarios.repairC.net, wantRepair.net, 'repairC.net');
    for (const key of ['discount', 'visits', 'orders', 'invoicing', 'shipping', 'interest']) close(repair[key], wantRepair[key], `repairC.${key}`);
    expect(result.scenarios.letGoC.clients).toBe(wantLetGo.clients);
  });

  it('the result is plain JSON: it survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('analyse: settings and notes', () => {
  const table = readClientTable(portfolio.cells);
  it('without an hourly cost, labour is 0 and the result says net profit excludes labour', () => {
    const result = analyse(recordsOf(table.columns), { periodEnd: '2025-12-31' });
    expect(result.totals.labourCost).toBe(0);
    expect(result.notes).toContain('noHourlyCost');
    expect(result.notes).toContain('noTargetHourlyReturn');
    expect(result.clients.every((c) => c.opportunityCost === null)).toBe(true);
  });
  it('without a target, the replacement rate is the A clients’ Σ contribution ÷ Σ time', () => {
    const result = analyse(recordsOf(table.columns), { periodEnd: '2025-12-31' });
    const a = result.clients.filter((c) => c.abcClass === 'A' && c.time > 0);
    const rate = a.reduce((s, c) => s + c.contribution, 0) / a.reduce((s, c) => s + c.time, 0);
    expect(result.replacementSource).toBe('classA');
    expect(result.replacementHourlyReturn).toBeCloseTo(rate, 9);
  });
  it('the statutory rate is averaged over the 12 months before the period end', () => {
    const result = analyse(recordsOf(table.columns), { periodEnd: '2025-12-31', country: 'NL' });
    // 2025: 181 days of H1 at 11,15 % and 184 days of H2 at 10,15 %.
    expect(result.settings.interestRateUsed).toBeCloseTo((181 * 0.1115 + 184 * 0.1015) / 365, 12);
    expect(result.settings.interestSource).toMatchObject({ kind: 'statutory', halfYears: ['2025H1', '2025H2'], extrapolated: false });
    const late = analyse(recordsOf(table.columns), { periodEnd: '2026-11-24', country: 'DE' });
    expect(late.settings.interestSource).toMatchObject({ kind: 'statutory', extrapolated: true, country: 'DE' });
    expect(late.notes).toContain('interestExtrapolated');
  });
  it('ABC on revenue and on hourly return, and the computed ABC, classify every client', () => {
    for (const abcMeasure of ['revenue', 'hourlyReturn'] as const) {
      const result = analyse(recordsOf(table.columns), { abcMeasure, periodEnd: '2025-12-31' });
      expect(result.clients.filter((c) => c.abcClass === 'A').length).toBeGreaterThan(0);
      // not available or ≤ 0 is always C
      for (const c of result.clients) if (!(c.abcValue !== null && c.abcValue > 0)) expect(c.abcClass).toBe('C');
    }
    const computed = analyse(recordsOf(table.columns), { abcMethod: 'computed', periodEnd: '2025-12-31', hourlyCost: 50 });
    expect(computed.abc.computed).not.toBeNull();
    expect(computed.clients.filter((c) => c.abcClass === 'A').length).toBeGreaterThan(0);
  });
});
