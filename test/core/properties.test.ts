/** Invariants of docs/DEFINITIONS.md §4 and §6 on random portfolios (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClientRecord, Settings } from '../../src/core/types.js';
import { analyse } from '../support/oracle.js';

const money = fc.integer({ min: -50_000_00, max: 500_000_00 }).map((cents) => cents / 100);
const count = fc.integer({ min: 0, max: 60 });

const record: fc.Arbitrary<Omit<ClientRecord, 'row' | 'client'>> = fc.record({
  revenue: fc.oneof(money, fc.constant(0)),
  directCosts: fc.integer({ min: 0, max: 200_000_00 }).map((c) => c / 100),
  hours: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20000 }).map((h) => h / 10)),
  calls: count, emails: count, correctionRounds: fc.integer({ min: 0, max: 10 }), visits: fc.integer({ min: 0, max: 12 }),
  orders: count, invoices: count, freeShipments: count,
  discountPct: fc.constantFrom(0, 0.05, 0.1, 0.15, 0.25),
  daysLate: fc.integer({ min: -10, max: 120 }), reminders: fc.integer({ min: 0, max: 6 }),
  previousRevenue: fc.oneof(fc.constant(0), money), referralRevenue: fc.oneof(fc.constant(0), money),
  potential: fc.integer({ min: 0, max: 5 }), relationship: fc.integer({ min: 0, max: 5 }),
  contract: fc.constantFrom(true, false, null),
  extra: fc.record({ Retouren: fc.integer({ min: 0, max: 20 }) }),
});

const portfolio = fc
  .array(record, { maxLength: 80 })
  .map((rows) => rows.map((r, i) => ({ ...r, row: i + 2, client: `Klant ${i}` }) as ClientRecord));

const settings: fc.Arbitrary<Partial<Settings>> = fc.record({
  hourlyCost: fc.constantFrom(null, 0, 45, 75),
  targetHourlyReturn: fc.constantFrom(null, 60, 110),
  abcMeasure: fc.constantFrom('netProfit', 'revenue', 'hourlyReturn'),
  abcMethod: fc.constantFrom('fixed', 'computed'),
  costPerOrder: fc.constantFrom(0, 20),
  costPerInvoice: fc.constantFrom(0, 8),
  minOrderSize: fc.constantFrom(null, 250),
  interestRate: fc.constantFrom(null, 0.08),
  discountTiers: fc.constantFrom([], [{ revenueFrom: 0, discount: 0 }, { revenueFrom: 20000, discount: 0.1 }]),
  extraDrivers: fc.constantFrom([], [{ column: 'Retouren', costPerUnit: 80, label: 'Retouren' }]),
  periodEnd: fc.constant('2025-12-31'),
}) as fc.Arbitrary<Partial<Settings>>;

const MONEY_COLUMNS = [
  'revenue', 'directCosts', 'labourCost', 'visitCost', 'orderCost', 'invoiceCost', 'shippingCost', 'interestCost',
  'costToServe', 'netProfit', 'contribution', 'discountLeak',
] as const;

describe('analysis invariants on random portfolios', () => {
  it('classes partition the clients, and A holds the highest-ranked', () => {
    fc.assert(
      fc.property(portfolio, settings, (records, s) => {
        const result = analyse(records, s);
        const counts = { A: 0, B: 0, C: 0 };
        for (const c of result.clients) counts[c.abcClass]++;
        expect(counts.A + counts.B + counts.C).toBe(records.length);
        expect(result.classes.A.clients + result.classes.B.clients + result.classes.C.clients).toBe(records.length);
        // A ⊆ the highest-ranked: no client outside A ranks above a client in A.
        const value = (v: number | null): number => (v === null ? -Infinity : v);
        const lowestA = Math.min(...result.clients.filter((c) => c.abcClass === 'A').map((c) => value(c.abcValue)));
        for (const c of result.clients) if (c.abcClass !== 'A') expect(value(c.abcValue)).toBeLessThanOrEqual(lowestA);
        for (const c of result.clients) if (!(c.abcValue !== null && c.abcValue > 0)) expect(c.abcClass).toBe('C');
      }),
      { numRuns: 150 },
    );
  });

  it('money totals equal the sums of the rows to the cent; class and tier totals equal the grand total', () => {
    fc.assert(
      fc.property(portfolio, settings, (records, s) => {
        const result = analyse(records, s);
        for (const key of MONEY_COLUMNS) {
          const rows = result.clients.reduce((sum, c) => sum + c[key], 0);
          expect(Math.abs(result.totals[key] - rows), key).toBeLessThan(0.005);
          const classes = result.classes.A[key] + result.classes.B[key] + result.classes.C[key];
          expect(Math.abs(classes - result.totals[key]), key).toBeLessThan(0.005);
          const tiers = result.pyramid.reduce((sum, t) => sum + t[key], 0);
          expect(Math.abs(tiers - result.totals[key]), key).toBeLessThan(0.005);
        }
        for (const c of result.clients) {
          expect(Math.abs(c.costToServe - (c.labourCost + c.visitCost + c.orderCost + c.invoiceCost + c.shippingCost +
            c.driverCosts.reduce((a, b) => a + b, 0) + c.interestCost))).toBeLessThan(1e-6);
          expect(Math.abs(c.netProfit - (c.revenue - c.directCosts - c.costToServe))).toBeLessThan(1e-6);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the whale curve starts at (0, 0) and ends at exactly 100 % (or the total, in money)', () => {
    fc.assert(
      fc.property(portfolio.filter((r) => r.length > 0), settings, (records, s) => {
        const { whale, totals } = analyse(records, s);
        expect(whale.points[0]).toEqual({ clientShare: 0, profitShare: whale.unit === 'share' ? 0 : null, cumulativeProfit: 0 });
        const last = whale.points.at(-1)!;
        expect(last.clientShare).toBe(1);
        if (whale.unit === 'share') {
          expect(totals.netProfit).toBeGreaterThan(0);
          expect(last.profitShare).toBe(1);
          expect(whale.peak.profitShare!).toBeGreaterThanOrEqual(1);
        } else {
          expect(last.cumulativeProfit).toBeCloseTo(totals.netProfit, 6);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the pyramid tiers hold every active client exactly once', () => {
    fc.assert(
      fc.property(portfolio, settings, (records, s) => {
        const result = analyse(records, s);
        const active = result.clients.filter((c) => c.revenue > 0);
        expect(active.every((c) => c.tier !== 'inactive')).toBe(true);
        expect(result.clients.filter((c) => c.revenue <= 0).every((c) => c.tier === 'inactive')).toBe(true);
        const tierSum = result.pyramid.filter((t) => t.tier !== 'inactive').reduce((sum, t) => sum + t.clients, 0);
        expect(tierSum).toBe(active.length);
        // Higher tiers hold higher revenue.
        const order = ['top', 'large', 'medium', 'small'];
        for (const a of active) for (const b of active) {
          if (order.indexOf(a.tier) < order.indexOf(b.tier)) expect(a.revenue).toBeGreaterThanOrEqual(b.revenue);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('advice is the best of keep, repair and let go, ties preferring keep then repair', () => {
    fc.assert(
      fc.property(portfolio, settings, (records, s) => {
        const result = analyse(records, s);
        const threshold = result.settings.repairThreshold;
        for (const c of result.clients) {
          const repair = c.repairGain - threshold;
          const letGo = c.letGoEffect ?? -Infinity;
          const best = Math.max(0, repair, letGo);
          const expected = best === 0 ? 'keep' : best === repair ? 'repair' : 'letGo';
          expect(c.advice).toBe(expected);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('quotients never overflow into the output', () => {
  it('a denormal time or revenue gives "not available", not ±Infinity', async () => {
    const { hourlyReturnOf, marginOf, trendOf, quotient } = await import('../../src/core/figures.js');
    expect(hourlyReturnOf(-400, 5e-324)).toBeNull();
    expect(marginOf(-400, 5e-324)).toBeNull();
    expect(trendOf(1, 5e-324)).toBeNull();
    expect(quotient(1, 0)).toBeNull();
    expect(quotient(6, 3)).toBe(2);
  });
});
