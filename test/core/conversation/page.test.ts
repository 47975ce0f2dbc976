/**
 * The conversation sheet (docs/DEFINITIONS.md §8) on random portfolios: every figure on the printed page is one the
 * analysis holds for the client, the levers add up to its repair gain, and the client version says nothing of the
 * advice, the class, the tier or letting go, in any language.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conversationPage, conversationSheet, conversationSheetNames, chooseConversations, materialiseOne, measureOf, PROFILE_MEASURES } from '../../../src/core/index.js';
import type { ColumnarAnalysis, ConversationSheet } from '../../../src/core/index.js';
import { isFormula } from '../../../src/core/report/model.js';
import { LANGUAGES, type ClientRecord, type Settings } from '../../../src/core/types.js';
import { analyseRecords } from '../../support/oracle.js';

const money = fc.integer({ min: -5_000_00, max: 300_000_00 }).map((cents) => cents / 100);
const count = fc.integer({ min: 0, max: 40 });
const record: fc.Arbitrary<Omit<ClientRecord, 'row' | 'client'>> = fc.record({
  revenue: fc.oneof(money, fc.constant(0)),
  directCosts: fc.integer({ min: 0, max: 100_000_00 }).map((c) => c / 100),
  hours: fc.integer({ min: 0, max: 5000 }).map((h) => h / 10),
  calls: count, emails: count, correctionRounds: fc.integer({ min: 0, max: 10 }), visits: fc.integer({ min: 0, max: 12 }),
  orders: count, invoices: count, freeShipments: count,
  discountPct: fc.constantFrom(0, 0.05, 0.1, 0.15),
  daysLate: fc.integer({ min: -10, max: 90 }), reminders: fc.integer({ min: 0, max: 6 }),
  previousRevenue: fc.constant(0), referralRevenue: fc.oneof(fc.constant(0), money),
  potential: fc.integer({ min: 0, max: 5 }), relationship: fc.integer({ min: 0, max: 5 }),
  contract: fc.constantFrom(true, false, null),
  extra: fc.record({ Retouren: fc.integer({ min: 0, max: 20 }) }),
});
const portfolio = fc.array(record, { minLength: 1, maxLength: 40 }).map((rows) => rows.map((r, i) => ({ ...r, row: i + 2, client: `Klant ${i}` }) as ClientRecord));
const settings: fc.Arbitrary<Partial<Settings>> = fc.record({
  hourlyCost: fc.constantFrom(null, 45, 75),
  targetHourlyReturn: fc.constantFrom(null, 60),
  abcMeasure: fc.constantFrom('netProfit', 'revenue'),
  costPerOrder: fc.constantFrom(0, 20),
  costPerInvoice: fc.constantFrom(0, 8),
  costPerFreeShipment: fc.constantFrom(0, 15),
  minOrderSize: fc.constantFrom(null, 250),
  discountTiers: fc.constantFrom([], [{ revenueFrom: 0, discount: 0 }, { revenueFrom: 20000, discount: 0.05 }], [{ revenueFrom: 10000, discount: 0.03 }]),
  extraDrivers: fc.constantFrom([], [{ column: 'Retouren', costPerUnit: 80, label: 'Retouren' }]),
  periodEnd: fc.constant('2025-12-31'),
}) as fc.Arbitrary<Partial<Settings>>;

/** Every number the analysis holds for client i: its figures, inputs, settings, the profile's medians, its measures. */
function heldBy(a: ColumnarAnalysis, i: number): number[] {
  const c = materialiseOne(a, i);
  const held: number[] = [];
  const add = (x: unknown): void => {
    if (typeof x === 'number') held.push(x);
    else if (Array.isArray(x)) x.forEach(add);
    else if (x && typeof x === 'object') Object.values(x).forEach(add);
  };
  add(c);
  for (const values of Object.values(a.columns.values)) held.push(values[i]!);
  add(a.settings);
  const p = a.summary.profile;
  if (p) add([p.a, p.b, p.c]);
  for (const m of PROFILE_MEASURES) held.push(measureOf(a, i, m));
  return held;
}

/** The numbers printed on the page (its print area; the chart's helper columns stand outside it). */
function printedNumbers(sheet: ConversationSheet): number[] {
  const area = sheet.print.areas![0]!;
  const out: number[] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    for (let col = area.left; col <= area.right; col++) {
      const cell = sheet.cells[r]?.[col];
      const value = isFormula(cell ?? null) ? (cell as { value: unknown }).value : cell;
      if (typeof value === 'number') out.push(value);
    }
  }
  return out;
}

function allText(sheet: ConversationSheet): string {
  const parts: string[] = [sheet.name, ...Object.values(sheet.print.header ?? {}), ...Object.values(sheet.print.footer ?? {})];
  for (const row of sheet.cells) for (const cell of row ?? []) if (typeof cell === 'string') parts.push(cell);
  for (const chart of sheet.charts) parts.push(chart.title, ...chart.series.map((s) => s.name));
  return parts.join('\n');
}

/** Words the client version must never hold (docs/DEFINITIONS.md §8), in all three languages. */
const FORBIDDEN = [
  'advies', 'advice', 'empfehlung', 'abc', 'klasse', 'class', 'tier', 'piramide', 'pyramid', 'pyramide', 'laten gaan', 'let go', 'letting go',
  'gehen lassen', 'gehenlassen', 'trennen', 'repareren', 'repair', 'sanieren', 'c-klant', 'c client', 'c-kunde', 'a-klant', 'a client', 'a-kunde',
];

const near = (x: number, pool: readonly number[]): boolean => pool.some((y) => Math.abs(Math.abs(x) - Math.abs(y)) < 1e-9 * Math.max(1, Math.abs(y)));

describe('the conversation page on random portfolios', () => {
  it('prints only figures the analysis holds, and its levers add up to the repair gain to the cent', () => {
    fc.assert(
      fc.property(portfolio, settings, fc.constantFrom(...LANGUAGES), fc.constantFrom('internal' as const, 'client' as const), (records, s, language, audience) => {
        const a = analyseRecords(records, s);
        for (let i = 0; i < a.columns.count; i++) {
          const page = conversationPage(a, i, { language, audience, madeOn: '2026-01-15' });
          const sheet = conversationSheet(page, 'Gesprek', 'Firma');
          const held = heldBy(a, i);
          for (const x of printedNumbers(sheet)) expect(near(x, held), `${x} on the page of client ${i}`).toBe(true);
          const c = materialiseOne(a, i);
          const levers = page.levers.reduce((sum, l) => sum + l.amount, 0);
          expect(Math.round(levers * 100)).toBe(Math.round(c.repairGain * 100));
          expect(page.levers.every((l) => l.amount > 0)).toBe(true);
          expect(page.costLines.slice(1, -1).every((l) => l.amount !== 0)).toBe(true);
          // The lines run from revenue down to net profit: revenue + the costs (negative) is the net profit.
          const run = page.costLines.slice(0, -1).reduce((sum, l) => sum + l.amount, 0);
          expect(Math.abs(run - c.netProfit)).toBeLessThan(0.005);
          if (audience === 'client') {
            const text = allText(sheet).toLowerCase();
            for (const word of FORBIDDEN) expect(text.includes(word), `"${word}" in the client version`).toBe(false);
            expect(page.internal).toBeUndefined();
            // The let-go figure is the one number the internal version adds (advice, class and tier are words).
            const inside = conversationSheet(conversationPage(a, i, { language, audience: 'internal', madeOn: '2026-01-15' }), 'Gesprek', 'Firma');
            expect(printedNumbers(inside).length - printedNumbers(sheet).length).toBe(c.letGoEffect === null ? 0 : 1);
          } else {
            expect(page.internal?.advice).toBe(c.advice);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('the conversation page of a client checked by hand', () => {
  const ZERO = {
    directCosts: 0, hours: 0, calls: 0, emails: 0, correctionRounds: 0, visits: 0, orders: 0, invoices: 0, freeShipments: 0,
    discountPct: 0, daysLate: 0, reminders: 0, previousRevenue: 0, referralRevenue: 0, potential: 0, relationship: 0, contract: null, extra: {},
  };
  const records = [
    { ...ZERO, row: 2, client: 'Hotel Aan Zee', revenue: 19000, visits: 9, orders: 12, invoices: 11, freeShipments: 6, daysLate: 20, discountPct: 0.1, hours: 40 },
    { ...ZERO, row: 3, client: 'Groot', revenue: 90000, hours: 100 },
  ] as ClientRecord[];
  const a = analyseRecords(records, {
    hourlyCost: 50, costPerVisit: 400, costPerOrder: 20, costPerInvoice: 7.5, costPerFreeShipment: 18, minOrderSize: 5000, interestRate: 0.1,
    discountTiers: [{ revenueFrom: 0, discount: 0 }, { revenueFrom: 20000, discount: 0.05 }], periodEnd: '2025-12-31',
  });
  const page = conversationPage(a, 0, { language: 'nl', audience: 'internal' });
  const nbsp = (text: string): string => text.replace(/\u00a0/g, ' ');

  it('lists each repair gain with its change in the client\'s terms', () => {
    // visits (9 − 2) · 400 = 2 800; orders 12 − ⌈19 000 / 5 000⌉ = 8 · 20 = 160; invoices 11 · 7,5 = 82,5; shipping 6 · 18 = 108;
    // interest 19 000 · 0,1 · 20 / 365 = 104,11; discount: list 21 111,11 in the 5 % tier: 21 111,11 · 0,05 = 1 055,56.
    expect(page.levers.map((l) => [l.id, nbsp(l.change), Math.round(l.amount * 100) / 100])).toEqual([
      ['discount', 'korting terug naar 5 % (staffel vanaf € 20.000; nu 10 %)', 1055.56],
      ['visits', '2 bezoeken per jaar in plaats van 9', 2800],
      ['orders', 'bestellen vanaf € 5.000 per order (nu 12 orders)', 160],
      ['invoicing', 'factuurkosten doorberekenen (11 facturen)', 82.5],
      ['shipping', 'verzendkosten doorberekenen (6 franco leveringen)', 108],
      ['interest', 'betalen binnen de termijn (nu 20 dagen na de vervaldatum)', 104.11],
    ]);
  });

  it('runs the cost lines from revenue down to net profit, leaving out what is zero', () => {
    // labour 40 · 50 = 2 000; visits 9 · 400 = 3 600; orders 240; invoices 82,5; shipping 108; interest 104,11.
    expect(page.costLines.map((l) => [l.label, Math.round(l.amount * 100) / 100])).toEqual([
      ['Omzet', 19000], ['Arbeid', -2000], ['Bezoeken', -3600], ['Orderverwerking', -240], ['Facturen', -82.5],
      ['Franco leveringen', -108], ['Rente over laat betalen', -104.11], ['Nettowinst', 12865.39],
    ]);
  });

  it('names its sheets within 31 characters, uniquely', () => {
    expect(conversationSheetNames(['Hotel Aan Zee', 'Woningcorporatie Thuis Zuid-Holland', 'Woningcorporatie Thuis Zuid-Holland Noord', 'a/b'], 'nl', ['gesprek hotel aan zee'])).toEqual([
      'Gesprek Hotel Aan Zee (2)', 'Gesprek Woningcorporatie Thuis', 'Gesprek Woningcorporatie Th (2)', 'Gesprek a b',
    ]);
    expect(conversationSheetNames(['Hotel Aan Zee'], 'de')).toEqual(['Gespräch Hotel Aan Zee']);
  });

  it('chooses the clients advised repair, or those named, and refuses more than 25', () => {
    expect(chooseConversations(a)).toEqual({ ok: true, clients: [0] });
    expect(chooseConversations(a, ['groot', 'Hotel Aan Zee'])).toEqual({ ok: true, clients: [1, 0] });
    expect(chooseConversations(a, ['Niemand'])).toEqual({ ok: false, reason: 'unknown', names: ['Niemand'] });
    const many = analyseRecords(Array.from({ length: 30 }, (_, k) => ({ ...records[0]!, row: k + 2, client: `K${k}` })), { costPerInvoice: 100, periodEnd: '2025-12-31' });
    expect(chooseConversations(many)).toEqual({ ok: false, reason: 'tooMany', count: 30 });
  });
});
