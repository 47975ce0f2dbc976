/**
 * Random exports — time entries, invoices and contact logs of a few clients, their names written with random
 * legal forms, case, accents and spaces, split at random over files — give the list a plain per-client reference
 * computes here from the same lines (docs/DEFINITIONS.md §1b).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildClientList, nameKey, type SourceInput } from '../../../src/core/sources/index.js';

const BASES = ['Bakkerij Jansen', 'Café Noord', 'Hotel Zeezicht', 'Garage de Vries', 'Müller Technik', 'Studio Øst'];
const FORMS = ['', ' B.V.', ' BV', ' bv', ' GmbH', ' GmbH & Co. KG', ' V.O.F.', ' Ltd'];

const variant = fc.record({
  base: fc.integer({ min: 0, max: BASES.length - 1 }),
  form: fc.constantFrom(...FORMS),
  upper: fc.boolean(),
  plain: fc.boolean(),
  spaces: fc.boolean(),
});
type Variant = typeof variant extends fc.Arbitrary<infer T> ? T : never;

function written(v: Variant): string {
  let name = BASES[v.base]! + v.form;
  if (v.plain) name = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (v.upper) name = name.toUpperCase();
  if (v.spaces) name = `  ${name.replace(' ', '  ')} `;
  return name;
}

// Days 0 … 729 from 2024-01-01.
const DAY0 = Date.UTC(2024, 0, 1);
const iso = (day: number): string => new Date(DAY0 + day * 86_400_000).toISOString().slice(0, 10);
const dmy = (day: number): string => iso(day).split('-').reverse().join('-');

const entry = fc.record({ who: variant, day: fc.integer({ min: 0, max: 729 }), seconds: fc.integer({ min: 60, max: 8 * 3600 }), billable: fc.boolean(), file: fc.integer({ min: 0, max: 2 }) });
const invoice = fc.record({ who: variant, day: fc.integer({ min: 0, max: 729 }), cents: fc.integer({ min: -50_000, max: 500_000 }), paidAfter: fc.option(fc.integer({ min: 0, max: 90 })), file: fc.integer({ min: 0, max: 1 }) });
const contact = fc.record({ who: variant, day: fc.integer({ min: 0, max: 729 }), type: fc.constantFrom('Telefoon', 'E-mail', 'Bezoek'), file: fc.integer({ min: 0, max: 1 }) });

const hms = (s: number): string => [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60].map((n) => String(n).padStart(2, '0')).join(':');
const money = (cents: number): string => {
  const sign = cents < 0 ? '-' : '';
  const a = Math.abs(cents);
  return `${sign}${String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${String(a % 100).padStart(2, '0')}`;
};

type Entry = typeof entry extends fc.Arbitrary<infer T> ? T : never;
type Inv = typeof invoice extends fc.Arbitrary<infer T> ? T : never;
type Contact = typeof contact extends fc.Arbitrary<infer T> ? T : never;

function sources(entries: Entry[], invoices: Inv[], contacts: Contact[]): SourceInput[] {
  const out: SourceInput[] = [];
  for (let f = 0; f < 3; f++) {
    const rows = entries.filter((e) => e.file === f).map((e) => ['Anna', 'anna@x.nl', written(e.who), 'Project', '', '', e.billable ? 'Yes' : 'No', iso(e.day), '09:00:00', iso(e.day), '', hms(e.seconds), '', '']);
    if (rows.length) out.push({ file: `toggl-${f}.csv`, cells: [['User', 'Email', 'Client', 'Project', 'Task', 'Description', 'Billable', 'Start date', 'Start time', 'End date', 'End time', 'Duration', 'Tags', 'Amount (EUR)'], ...rows], notationHint: 'en' });
  }
  for (let f = 0; f < 2; f++) {
    const rows = invoices.map((inv, n) => ({ inv, n })).filter(({ inv }) => inv.file === f).map(({ inv, n }) => [`F${1000 + n}`, written(inv.who), dmy(inv.day), dmy(inv.day + 30), money(inv.cents), '', inv.paidAfter === null ? '' : dmy(inv.day + 30 + inv.paidAfter)]);
    if (rows.length) out.push({ file: `facturen-${f}.csv`, cells: [['Factuurnummer', 'Relatie', 'Factuurdatum', 'Vervaldatum', 'Bedrag excl. btw', 'Btw', 'Betaald op'], ...rows], notationHint: 'nl' });
  }
  for (let f = 0; f < 2; f++) {
    const rows = contacts.filter((c) => c.file === f).map((c) => [dmy(c.day), written(c.who), c.type, 'Onderwerp']);
    if (rows.length) out.push({ file: `crm-${f}.csv`, cells: [['Datum', 'Relatie', 'Type', 'Onderwerp'], ...rows], notationHint: 'nl' });
  }
  return out;
}

type Ref = { revenue: number; previousRevenue: number; invoices: number; seconds: number; unbilled: number; calls: number; emails: number; visits: number; lateW: number; late: number };

/** The plain reference: the period from the latest invoice date (else any date), then sums per base name. */
function reference(entries: Entry[], invoices: Inv[], contacts: Contact[]): { from: string; to: string; clients: Map<number, Ref> } {
  const latest = invoices.length ? Math.max(...invoices.map((i) => i.day)) : Math.max(...entries.map((e) => e.day), ...contacts.map((c) => c.day));
  const [y, m] = iso(latest).split('-').map(Number);
  const toDay = (Date.UTC(y!, m!, 1) - DAY0) / 86_400_000 - 1;
  const fromDay = (Date.UTC(y!, m! - 12, 1) - DAY0) / 86_400_000;
  const prevFrom = (Date.UTC(y!, m! - 24, 1) - DAY0) / 86_400_000;
  const clients = new Map<number, Ref>();
  const ref = (base: number): Ref => {
    if (!clients.has(base)) clients.set(base, { revenue: 0, previousRevenue: 0, invoices: 0, seconds: 0, unbilled: 0, calls: 0, emails: 0, visits: 0, lateW: 0, late: 0 });
    return clients.get(base)!;
  };
  const inPeriod = (d: number): boolean => d >= fromDay && d <= toDay;
  const inPrevious = (d: number): boolean => d >= prevFrom && d < fromDay;
  for (const e of entries) {
    if (inPrevious(e.day)) ref(e.who.base);
    if (!inPeriod(e.day)) continue;
    const r = ref(e.who.base);
    r.seconds += e.seconds;
    if (!e.billable) r.unbilled += e.seconds;
  }
  for (const c of contacts) {
    if (inPrevious(c.day)) ref(c.who.base);
    if (!inPeriod(c.day)) continue;
    const r = ref(c.who.base);
    if (c.type === 'Telefoon') r.calls++;
    else if (c.type === 'E-mail') r.emails++;
    else r.visits++;
  }
  for (const inv of invoices) {
    if (inPrevious(inv.day)) ref(inv.who.base).previousRevenue += inv.cents;
    if (!inPeriod(inv.day)) continue;
    const r = ref(inv.who.base);
    r.revenue += inv.cents;
    if (inv.cents <= 0) continue;
    r.invoices++;
    const due = inv.day + 30;
    const late = inv.paidAfter !== null ? inv.paidAfter : due < toDay ? toDay - due : null;
    if (late !== null) {
      r.lateW += (inv.cents / 100) * late;
      r.late += inv.cents / 100;
    }
  }
  return { from: iso(fromDay), to: iso(toDay), clients };
}

describe('buildClientList against a plain reference', () => {
  it('gives the reference list for random exports split over files', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), fc.array(invoice, { maxLength: 20 }), fc.array(contact, { maxLength: 15 }), (entries, invoices, contacts) => {
        fc.pre(entries.length + invoices.length + contacts.length > 0);
        const build = buildClientList(sources(entries, invoices, contacts));
        const expected = reference(entries, invoices, contacts);
        expect(build.period?.from).toBe(expected.from);
        expect(build.period?.to).toBe(expected.to);
        const byBase = new Map(build.clients.map((c) => [BASES.findIndex((b) => nameKey(b) === nameKey(c.client)), c]));
        expect(byBase.has(-1)).toBe(false);
        expect([...byBase.keys()].sort()).toEqual([...expected.clients.keys()].sort());
        for (const [base, r] of expected.clients) {
          const c = byBase.get(base)!;
          expect(c.revenue).toBeCloseTo(r.revenue / 100, 2);
          if (invoices.length) {
            expect(c.invoices).toBe(r.invoices);
            expect(c.daysLate).toBeCloseTo(r.late > 0 ? r.lateW / r.late : 0, 2);
          }
          if (entries.length) {
            expect(c.hours).toBeCloseTo(r.seconds / 3600, 6);
            expect(c.unbilledHours).toBeCloseTo(r.unbilled / 3600, 6);
          }
          if (contacts.length) expect([c.calls, c.emails, c.visits]).toEqual([r.calls, r.emails, r.visits]);
        }
        // Every line is either in a figure or said: used + skipped = rows, per source.
        for (const s of build.sources) expect(s.used + s.skipped).toBe(s.rows);
      }),
      { numRuns: 150 },
    );
  });
});
