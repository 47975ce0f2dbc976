/** Synthetic portfolios for the benchmark: every column filled, deterministic (seeded), realistic spreads. */
import type { ClientRecord } from '../src/core/index.js';

/** Mulberry32: a tiny seeded PRNG, so every run analyses the same portfolio. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticPortfolio(n: number, seed = 42): ClientRecord[] {
  const rnd = random(seed);
  const int = (max: number): number => Math.floor(rnd() * (max + 1));
  const records = new Array<ClientRecord>(n);
  for (let i = 0; i < n; i++) {
    // Log-normal-ish revenue: a few whales, many small clients.
    const revenue = Math.round(Math.exp(8 + 2 * rnd() + 1.5 * rnd() * rnd()) * 100) / 100;
    records[i] = {
      row: i + 2,
      client: `Klant ${i + 1}`,
      revenue: i % 97 === 0 ? 0 : revenue,
      directCosts: Math.round(revenue * (0.2 + 0.5 * rnd()) * 100) / 100,
      hours: Math.round(revenue / (40 + 120 * rnd()) * 10) / 10,
      calls: int(40),
      emails: int(120),
      correctionRounds: int(6),
      visits: int(8),
      orders: int(60),
      invoices: int(24),
      freeShipments: int(20),
      discountPct: [0, 0.05, 0.1, 0.15][int(3)]!,
      daysLate: int(60) - 10,
      reminders: int(4),
      previousRevenue: Math.round(revenue * (0.6 + 0.8 * rnd()) * 100) / 100,
      referralRevenue: rnd() < 0.1 ? Math.round(revenue * 0.2) : 0,
      potential: 1 + int(4),
      relationship: 1 + int(4),
      contract: rnd() < 0.6,
      extra: { Retouren: int(10) },
    };
  }
  return records;
}

export const BENCH_SETTINGS = {
  hourlyCost: 55,
  targetHourlyReturn: 95,
  costPerOrder: 20,
  costPerInvoice: 9,
  costPerFreeShipment: 14,
  minOrderSize: 400,
  periodEnd: '2025-12-31',
  discountTiers: [
    { revenueFrom: 0, discount: 0 },
    { revenueFrom: 10000, discount: 0.05 },
    { revenueFrom: 50000, discount: 0.1 },
  ],
  extraDrivers: [{ column: 'Retouren', costPerUnit: 80, label: 'Retouren' }],
};
