import { describe, expect, it } from 'vitest';
import { readClientTable } from '../../../src/core/read/index.js';
import { buildClientList, builtListCells, createListBuilder, listJson, type SourceInput } from '../../../src/core/sources/index.js';

const csv = (text: string, sep = ','): string[][] => text.trim().split('\n').map((line) => line.split(sep));

const TOGGL = csv(`User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)
Anna,anna@x.nl,Bakkerij Jansen B.V.,Website,,Homepage,Yes,2025-03-04,09:00:00,2025-03-04,11:30:00,02:30:00,,200.00
Anna,anna@x.nl,Bakkerij Jansen B.V.,Website,,Overleg,No,2025-03-05,09:00:00,2025-03-05,09:45:00,00:45:00,,0.00
Piet,piet@x.nl,Hotel Aan Zee,Folder,,Opmaak,Yes,2025-06-10,13:00:00,2025-06-10,14:00:00,01:00:00,,80.00
Piet,piet@x.nl,,Intern,,Administratie,No,2025-06-11,08:00:00,2025-06-11,09:00:00,01:00:00,,0.00
Piet,piet@x.nl,Hotel Aan Zee,Folder,,Drukproef,Yes,2023-01-10,13:00:00,2023-01-10,14:00:00,01:00:00,,80.00`);

const INVOICES = csv(`Factuurnummer;Relatie;Factuurdatum;Vervaldatum;Bedrag excl. btw;Btw;Betaald op
F001;Bakkerij Jansen;15-01-2025;14-02-2025;1.000,00;210,00;24-02-2025
F002;Bakkerij Jansen;15-03-2025;14-04-2025;500,00;105,00;
C003;Bakkerij Jansen;20-03-2025;19-04-2025;-100,00;-21,00;
F004;Hotel aan de Zee;01-06-2025;01-07-2025;2.000,00;420,00;01-07-2025
F005;Hotel aan de Zee;01-06-2024;01-07-2024;300,00;63,00;05-07-2024`, ';');

const source = (file: string, cells: string[][], notationHint?: 'nl' | 'en'): SourceInput => ({ file, cells, ...(notationHint ? { notationHint } : {}) });

describe('buildClientList', () => {
  it('recognises time entries and sums hours and unbilled hours per client in the period', () => {
    const build = buildClientList([source('toggl.csv', TOGGL, 'en')]);
    expect(build.sources[0]!.kind).toBe('timeEntries');
    // Latest date 2025-06-11 → period 2024-07-01 … 2025-06-30; the 2023 entry is outside both years.
    expect(build.period).toMatchObject({ from: '2024-07-01', to: '2025-06-30' });
    const jansen = build.clients.find((c) => c.client === 'Bakkerij Jansen B.V.')!;
    expect(jansen.hours).toBe(3.25);
    expect(jansen.unbilledHours).toBe(0.75);
    expect(jansen.revenue).toBe(0);
    expect(build.clients.find((c) => c.client === 'Hotel Aan Zee')!.hours).toBe(1);
    const ids = build.problems.map((p) => [p.id, p.count]);
    expect(ids).toContainEqual(['withoutClient', 1]);
    expect(ids).toContainEqual(['outsidePeriod', 1]);
    expect(build.sources[0]).toMatchObject({ rows: 5, used: 3, skipped: 2 });
  });

  it('sums invoices excl. VAT, counts positive ones, weighs days late by amount, and lists near matches', () => {
    const build = buildClientList([source('facturen.csv', INVOICES, 'nl'), source('toggl.csv', TOGGL, 'en')]);
    expect(build.sources.map((s) => s.kind)).toEqual(['invoices', 'timeEntries']);
    // Latest invoice date 2025-06-01 → period 2024-07-01 … 2025-06-30; F005 (2024-06-01) is the previous period.
    expect(build.period).toEqual({ from: '2024-07-01', to: '2025-06-30', previousFrom: '2023-07-01', previousTo: '2024-06-30' });
    const jansen = build.clients.find((c) => c.client === 'Bakkerij Jansen')!;
    // 1 000 + 500 − 100; two invoices with a positive amount; the Toggl name matched without its legal form.
    expect(jansen).toMatchObject({ revenue: 1400, invoices: 2, hours: 3.25, previousRevenue: 0 });
    // F001 paid 10 days late (1 000 · 10); F002 open, due 2025-04-14, as of 2025-06-30: 77 days (500 · 77).
    expect(jansen.daysLate).toBeCloseTo((1000 * 10 + 500 * 77) / 1500, 2);
    const hotel = build.clients.find((c) => c.client === 'Hotel aan de Zee')!;
    expect(hotel).toMatchObject({ revenue: 2000, previousRevenue: 300, invoices: 1, daysLate: 0, hours: 0 });
    expect(build.possibleMatches).toEqual([expect.objectContaining({ a: 'Hotel aan de Zee', b: 'Hotel Aan Zee', why: 'oneWord' })]);
    // Confirmed as one: the hours join the invoices.
    const same = buildClientList([source('facturen.csv', INVOICES, 'nl'), source('toggl.csv', TOGGL, 'en')], { same: [['Hotel Aan Zee', 'Hotel aan de Zee']] });
    expect(same.clients.find((c) => c.client === 'Hotel aan de Zee')!.hours).toBe(1);
    expect(same.possibleMatches).toEqual([]);
  });

  it('reads back as a client list with the same figures', () => {
    const build = buildClientList([source('facturen.csv', INVOICES, 'nl'), source('toggl.csv', TOGGL, 'en')]);
    for (const language of ['nl', 'en', 'de'] as const) {
      const table = readClientTable(builtListCells(build, language), { language });
      expect(table.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(Object.keys(table.mapping.fields).sort()).toEqual(['client', ...build.fields].sort());
      const i = table.columns.client.indexOf('Bakkerij Jansen');
      expect(table.columns.values.revenue[i]).toBe(1400);
      expect(table.columns.values.hours[i]).toBe(3.25);
    }
  });

  it('feeds rows one by one as a stream would, with the same result', () => {
    const builder = createListBuilder();
    const feed = builder.add({ file: 'toggl.csv', cells: TOGGL.slice(0, 2), notationHint: 'en' });
    for (const row of TOGGL.slice(2)) feed.push(row);
    feed.end();
    expect(listJson(builder.finish()).clients).toEqual(listJson(buildClientList([source('toggl.csv', TOGGL, 'en')])).clients);
  });
});
