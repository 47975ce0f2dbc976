/**
 * The header corpus (test/fixtures/headers.tsv, see its README): every real-world header maps to the field it
 * names, or to nothing. A miss is reported by name, so a failure says which headers went wrong and how.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contextSaysRevenue, interpretHeader, periodOfHeader } from '../../src/core/headers.js';
import { FIELDS } from '../../src/core/fields.js';

export type CorpusRow = { header: string; field: string; tag: '' | 'min' | 'inclVat'; lang: 'nl' | 'de' | 'en'; line: number };

export function loadCorpus(): CorpusRow[] {
  const text = readFileSync(new URL('../fixtures/headers.tsv', import.meta.url), 'utf8');
  const rows: CorpusRow[] = [];
  text.split('\n').forEach((line, index) => {
    if (index === 0 || line.trim() === '' || line.startsWith('#')) return;
    const [header, field, tag, lang] = line.split('\t');
    rows.push({ header: header!, field: field!, tag: (tag ?? '') as CorpusRow['tag'], lang: lang!.trim() as CorpusRow['lang'], line: index + 1 });
  });
  return rows;
}

describe('the header corpus', () => {
  const corpus = loadCorpus();

  it('is well formed: at least 400 headers in nl, de and en, each with a known field', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(400);
    for (const lang of ['nl', 'de', 'en']) expect(corpus.filter((row) => row.lang === lang).length).toBeGreaterThan(100);
    for (const row of corpus) expect([...FIELDS, 'unused'], `line ${row.line}`).toContain(row.field);
  });

  it('every header maps to its field (misses listed by name)', () => {
    const misses: string[] = [];
    for (const row of corpus) {
      const meaning = interpretHeader(row.header);
      const got = meaning.field ?? 'unused';
      const scaleOk = row.tag === 'min' ? Math.abs(meaning.scale - 1 / 60) < 1e-12 : meaning.scale === 1 || got === 'unused';
      const vatOk = row.tag === 'inclVat' ? meaning.vat === 'incl' : meaning.vat !== 'incl' || got !== 'revenue';
      if (got !== row.field || !scaleOk || !vatOk) {
        misses.push(`line ${row.line}: "${row.header}" → ${got}${meaning.field ? '' : ` (${meaning.reason})`}${scaleOk ? '' : ` scale ${meaning.scale}`}${vatOk ? '' : ` vat ${meaning.vat}`}, expected ${row.field}${row.tag ? ` (${row.tag})` : ''}`);
      }
    }
    expect(misses, `${misses.length} of ${corpus.length} headers missed`).toEqual([]);
  });
});

describe('interpretHeader on anything', () => {
  it('never throws, answers the same twice, and gives a field only with the reason "header"', async () => {
    const fc = (await import('fast-check')).default;
    const words = ['omzet', 'uren', '(min)', 'incl.', 'btw', '2025', 'aantal', 'van', 'Kunden', 'besuche', '€', '%', 'per', '#', '-', 'ß', 'Ø', '(1-5)'];
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.array(fc.constantFrom(...words), { maxLength: 6 }).map((w) => w.join(' ')), fc.string({ unit: 'binary', maxLength: 30 })), (header) => {
      const meaning = interpretHeader(header);
      expect(interpretHeader(header)).toEqual(meaning);
      expect(meaning.field === null || meaning.reason === 'header').toBe(true);
      expect([1, 1 / 60]).toContain(meaning.scale);
    }), { numRuns: 3000 });
  });
});

describe('what a header says beyond its field', () => {
  const read = (header: string) => interpretHeader(header);

  it('numbers a client (clientNumber) without taking invoice, order, tax or bank numbers', () => {
    for (const header of ['Debiteurnummer', 'Debiteurnr.', 'Debiteur nr', 'Relatiecode', 'Klantnummer', 'Kunden-Nr.', 'Konto', 'Kontonummer', 'Customer ID', 'Account code', 'Contact code', 'Code']) {
      expect(read(header), header).toMatchObject({ field: 'clientNumber', reason: 'header' });
    }
    for (const header of ['Factuurnummer', 'Rechnungsnummer', 'Invoice number', 'Order ID', 'BTW-nummer', 'USt-IdNr', 'KvK-nummer', 'IBAN', 'Postcode', 'AccountCode', 'Nummer']) {
      expect(read(header).field, header).not.toBe('clientNumber');
    }
    expect(read('Debiteur').field).toBe('client');
    expect(read('Relatie').field).toBe('client');
  });

  it('reads Contact and ContactName as the client, a contact detail not', () => {
    for (const header of ['Contact', 'Contact name', 'ContactName', '*ContactName']) expect(read(header), header).toMatchObject({ field: 'client', confidence: 'medium' });
    for (const header of ['Contact e-mail', 'Contactpersoon telefoon', 'Contact phone', 'Contactpersoon', 'Contact person']) expect(read(header).field, header).toBeNull();
  });

  it('gives the parts of days late a role, with no field', () => {
    for (const header of ['Gem. betaaltermijn (dagen)', 'Average days to pay', 'Zahlungsdauer (Tage)', 'Durchschnittliche Zahlungsdauer']) {
      expect(read(header), header).toMatchObject({ field: null, role: 'daysToPay' });
    }
    for (const header of ['Betalingstermijn', 'Zahlungsziel (Tage)', 'Payment terms (days)']) expect(read(header), header).toMatchObject({ field: null, role: 'paymentTerm' });
    for (const header of ['Days overdue (avg)', 'Gem. dagen over vervaldatum', 'Overschrijding betaaltermijn (dagen)']) {
      expect(read(header), header).toMatchObject({ field: 'daysLate' });
      expect(read(header).role, header).toBeUndefined();
    }
  });

  it('marks clock notation, the billable subset and the hours not billed', () => {
    expect(read('Uren (u:mm)')).toMatchObject({ field: 'hours', scale: 1, clock: true });
    expect(read('Stunden (hh:mm)')).toMatchObject({ field: 'hours', scale: 1, clock: true });
    expect(read('Duration (h)').clock).toBeUndefined();
    for (const header of ['Billable hours', 'Billable time', 'Declarabele uren', 'Declarabel', 'Facturabele uren', 'Abrechenbare Stunden', 'Verrechenbare Stunden']) {
      expect(read(header), header).toMatchObject({ field: 'hours', subset: 'billable' });
    }
    for (const header of ['Hours', 'Total hours', 'Geregistreerde uren']) expect(read(header).subset, header).toBeUndefined();
    for (const header of ['Non-billable hours', 'Niet-declarabele uren', 'Niet declarabel', 'Nicht abrechenbare Stunden', 'Unbilled hours']) {
      expect(read(header), header).toMatchObject({ field: 'unbilledHours' });
    }
    expect(read('Billable').field).toBeNull();
  });

  it('tells a generic amount from money that is not revenue, with no field for either', () => {
    for (const header of ['Betrag', 'Summe', 'Amount', 'Bedrag', 'Total', 'Totaal', 'Gesamt', 'Netto', 'Net', 'Subtotal', 'Total (excl. btw)', 'Bedrag excl. btw', 'Netto-Betrag']) {
      expect(read(header), header).toMatchObject({ field: null, amount: 'generic' });
    }
    for (const header of ['Open', 'Openstaand', 'Saldo', 'Balance', 'Summe OPOS', 'OPOS', 'Offen', 'Outstanding', 'Amount due', 'Due', '1-30 dagen', '31-60 days', '> 90 Tage', 'Current', 'Older', 'Overdue']) {
      expect(read(header), header).toMatchObject({ field: null, amount: 'notRevenue' });
    }
    for (const header of ['Omzet', 'Umsatz netto', 'Btw-bedrag', 'Orderwaarde', '2025', 'Q1 2025']) expect(read(header).amount, header).toBeUndefined();
  });
});

describe('periodOfHeader', () => {
  it('reads quarters, months, halves, ranges, years and totals, in time order', () => {
    const cases: [string, 'part' | 'year' | 'total', number | null][] = [
      ['Q1 2025', 'part', 2025], ['K1 2025', 'part', 2025], ['Kw1 2025', 'part', 2025], ['1e kwartaal 2025', 'part', 2025], ['Q1', 'part', null],
      ['Jan 2025', 'part', 2025], ['januari 2025', 'part', 2025], ['Jan.', 'part', null], ['März 2025', 'part', 2025], ['2025-01', 'part', 2025],
      ['01/2025', 'part', 2025], ['H1 2025', 'part', 2025], ['Jan - Dec 2025', 'year', 2025], ['Jan - Jun 2025', 'part', 2025],
      ['01-01-2025 - 31-12-2025', 'year', 2025], ['2024', 'year', 2024], ['FY2025', 'year', 2025], ['2024/25', 'year', 2024],
      ['2025/26', 'year', 2025], ['Geschäftsjahr 2025', 'year', 2025], ['Totaal', 'total', null], ['Total', 'total', null],
      ['Gesamt', 'total', null], ['Summe', 'total', null], ['Totaal 2025', 'total', 2025],
    ];
    for (const [header, kind, year] of cases) expect(periodOfHeader(header), header).toMatchObject({ kind, year });
    const order = (h: string) => periodOfHeader(h)!.order;
    expect(order('Dec 2024')).toBeLessThan(order('Jan 2025'));
    expect(order('Q1 2025')).toBeLessThan(order('Q2 2025'));
    expect(order('Q4 2025')).toBeLessThan(order('2025'));
    expect(order('2024')).toBeLessThan(order('2025'));
    expect(order('2025')).toBeLessThan(order('Totaal'));
    expect(order('Feb.')).toBeLessThan(order('Mrt.'));
  });

  it('is null for headers that are no period, and interpretHeader leaves period labels without a field', () => {
    for (const header of ['Omzet', 'Omzet 2025', 'Uren 2025', 'Klant', '', '13/2025', 'Q5 2025']) expect(periodOfHeader(header), header).toBeNull();
    for (const header of ['Q1 2025', 'Jan 2025', '2025', 'FY2025', '2024/25', 'Totaal 2025', 'Jan - Dec 2025']) expect(interpretHeader(header).field, header).toBeNull();
  });
});

describe('contextSaysRevenue', () => {
  it('is true for titles of revenue-per-client reports and false for others', () => {
    for (const line of ['Omzet per contact', 'Omzet per relatie 2025', 'Sales by Customer Summary', 'Sales by Customer', 'Umsatz nach Kunden', 'Umsatzliste Kunden', 'Erlöse nach Kunden', 'Revenue by client', 'Income by Customer Summary', 'Verkopen per klant', 'Omzetoverzicht debiteuren']) {
      expect(contextSaysRevenue(line), line).toBe(true);
    }
    for (const line of ['Openstaande posten', 'Aged Receivables', 'Offene Posten', 'Debiteurensaldi', 'Time report', 'Bakkerij Janssen B.V.', '1 januari 2025 t/m 31 december 2025', '31-12-2025', '']) {
      expect(contextSaysRevenue(line), line).toBe(false);
    }
  });
});
