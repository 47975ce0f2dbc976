/** The profile of the best clients (docs/DEFINITIONS.md §7) on a portfolio checked by hand. */
import { describe, expect, it } from 'vitest';
import type { ClientRecord } from '../../src/core/types.js';
import { analyseRecords } from '../support/oracle.js';

const ZERO = {
  directCosts: 0, hours: 0, calls: 0, emails: 0, correctionRounds: 0, visits: 0, orders: 0, invoices: 0, freeShipments: 0,
  discountPct: 0, daysLate: 0, reminders: 0, previousRevenue: 0, referralRevenue: 0, potential: 0, relationship: 0, contract: null, extra: {},
};
const client = (k: number, fields: Partial<ClientRecord>): ClientRecord => ({ ...ZERO, row: k + 2, client: `Klant ${k}`, revenue: 0, ...fields }) as ClientRecord;

// Ranked by revenue (total 100 000): shares before 0, 40, 70 % → A; 90 % → B; 95 and 98 % → C.
const RECORDS = [
  client(0, { revenue: 40000, orders: 10, hours: 60, daysLate: 0, contract: true }),
  client(1, { revenue: 30000, orders: 10, hours: 60, daysLate: 5, contract: true }),
  client(2, { revenue: 20000, orders: 5, hours: 20, daysLate: -3, contract: false }),
  client(3, { revenue: 5000, orders: 5, hours: 10, daysLate: 10, contract: true }),
  client(4, { revenue: 3000, orders: 10, hours: 30, daysLate: 30, contract: false }),
  client(5, { revenue: 2000, orders: 4, hours: 10, daysLate: 40, contract: null }),
];
const SETTINGS = { abcMeasure: 'revenue' as const, periodEnd: '2025-12-31' };
const nbsp = (text: string): string => text.replace(/\u00a0/g, ' ');

describe('the profile of the best clients', () => {
  const a = analyseRecords(RECORDS, SETTINGS);
  const profile = a.summary.profile!;

  it('takes the medians per class over the clients with revenue, leaving out measures the inputs do not give', () => {
    expect(profile.clients).toEqual({ a: 3, b: 1, c: 2 });
    // A: revenue 40 000 / 30 000 / 20 000; per order 4 000, 3 000, 4 000; hours per € 1 000 1,5, 2, 1; days late 0, 5, 0 (paid early is 0).
    expect(profile.a).toEqual({ revenue: 30000, revenuePerOrder: 4000, timePer1000: 1.5, daysLate: 0, contractShare: 2 / 3 });
    expect(profile.b).toEqual({ revenue: 5000, revenuePerOrder: 1000, timePer1000: 2, daysLate: 10, contractShare: 1 });
    // C: 3 000 / 10 = 300 and 2 000 / 4 = 500 → 400; hours 10 and 5 → 7,5; contract known for one client only (no).
    expect(profile.c).toEqual({ revenue: 2500, revenuePerOrder: 400, timePer1000: 7.5, daysLate: 35, contractShare: 0 });
  });

  it('chooses the three measures furthest apart by |log(C / A)|, a zero median left out', () => {
    // revenue ln 12 = 2,48; per order ln 10 = 2,30; hours ln 5 = 1,61; days late A 0 and contract C 0 are left out.
    expect(profile.measures).toEqual(['revenue', 'revenuePerOrder', 'timePer1000']);
  });

  it('says them in a sentence in every language', () => {
    expect(nbsp(profile.sentence.nl)).toBe(
      'Uw beste klanten hebben gemiddeld € 30.000 omzet, bestellen gemiddeld € 4.000 per order en vragen 1,5 uur per € 1.000 omzet; ' +
        'uw C-klanten € 2.500, € 400 en 7,5 uur.',
    );
    expect(nbsp(profile.sentence.en)).toBe(
      'Your best clients bring in €30,000 of revenue on average, order €4,000 per order on average and take 1.5 hours per €1,000 of revenue; ' +
        'your C clients €2,500, €400 and 7.5 hours.',
    );
    expect(nbsp(profile.sentence.de)).toBe(
      'Ihre besten Kunden bringen im Mittel 30.000 € Umsatz, bestellen im Mittel 4.000 € pro Auftrag und brauchen 1,5 Stunden pro 1.000 € Umsatz; ' +
        'Ihre C-Kunden 2.500 €, 400 € und 7,5 Stunden.',
    );
  });

  it('is not shown under 3 A clients with revenue, and says so', () => {
    const few = analyseRecords(RECORDS.slice(0, 2).concat(RECORDS.slice(4)), SETTINGS);
    expect(few.summary.profile).toBeNull();
    expect(few.summary.notes).toContain('fewAClients');
    expect(a.summary.notes).not.toContain('fewAClients');
  });
});
