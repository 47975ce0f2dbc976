/**
 * Properties of the reader over generated package exports: a random client table (3–30 clients) laid out as an
 * accounting package or time tracker writes it — context lines above the header (title, company, period,
 * `Mandant`), a separator with the number notation that goes with it, a client number beside the name, hours in
 * one of four notations, a billable subset beside the hours, a totals row — rendered as CSV text and read the way
 * the CLI reads a `.csv` (`loadTable`: `tableSeparator`, Papa Parse, `readClientTable`). Whatever the layout, the
 * reader must find the real header, keep the context lines, and give back every client with its number, revenue
 * (to the cent), hours and unbilled hours, without an error.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readClientTable } from '../../../src/core/read/index.js';
import type { TableRead } from '../../../src/core/types.js';
import { csvCells, decodeText, detectDelimiter, loadTable } from '../../../src/hosts/xlsx/read.js';

type Lang = 'nl' | 'en' | 'de';
type Separator = ';' | ',' | '\t';
type HoursStyle = 'decimal' | 'h:mm' | 'h:mm:ss' | 'joined';

type Client = { name: string; number: number; cents: number; minutes: number; billableMinutes: number };

type ContextLine = { text: string; pad: number; withOther: boolean };

type Layout = {
  separator: Separator;
  lang: Lang;
  /** `,` files: thousands commas (`"1,234.56"`, quoted because of the comma) or plain `1234.56`. */
  thousands: boolean;
  hours: HoursStyle;
  headers: { client: string; revenue: string; hours: string; billable: string; number: string };
  /** A client-number column, before or after the name. */
  numberColumn: 'none' | 'before' | 'after';
  billable: boolean;
  total: string | null;
  /** Where the totals row's label stands: under the names, or in the first column (a number column before the names). */
  totalLabelFirst: boolean;
  /** Amounts with a currency sign: `€ 1.234,56`, `$1,234.56`. */
  currency: boolean;
  context: ContextLine[];
  /** An empty line (maybe padded with separators) between the context and the header. */
  blankLine: 'none' | 'empty' | 'padded';
  otherSeparator: string;
  eol: '\n' | '\r\n';
  bom: boolean;
  finalEol: boolean;
};

// ---------------------------------------------------------------------------------------------------------------
// Generators

// `Debiteur` / `Debitor` are client headers that, over codes, are the client number. At the time of writing the
// reader loses that number when the column stands after the name (`Relatienaam;Debiteur;Omzet` gives no
// clientNumber and a columnAmbiguous warning), while before the name it is read: the properties below say so.
const HEADERS: Record<Lang, { client: string[]; revenue: string[]; hours: string[]; billable: string[]; number: string[]; total: string[] }> = {
  nl: {
    client: ['Relatienaam', 'Relatie', 'Klantnaam', 'Klant', 'Naam'],
    revenue: ['Omzet', 'Omzet excl. btw', 'Omzet (€)'],
    hours: ['Uren', 'Bestede uren'],
    billable: ['Declarabele uren'],
    number: ['Debiteur', 'Klantnummer', 'Relatienummer', 'Debiteurnummer'],
    total: ['Totaal', 'Totaal klanten', 'Eindtotaal'],
  },
  en: {
    client: ['Customer', 'Client', 'Customer Name'],
    revenue: ['Sales', 'Revenue', 'Total Sales'],
    hours: ['Hours', 'Total Hours'],
    billable: ['Billable Hours'],
    number: ['Customer No.', 'Account No.', 'Customer ID', 'Client ID'],
    total: ['Total', 'Grand Total', 'TOTAL'],
  },
  de: {
    client: ['Kunde', 'Kundenname'],
    revenue: ['Umsatz', 'Umsatz netto'],
    hours: ['Stunden'],
    billable: ['Abrechenbare Stunden', 'Fakturierbare Stunden'],
    number: ['Kundennummer', 'Debitor'],
    total: ['Gesamtergebnis', 'Summe', 'Gesamt'],
  },
};

const CONTEXT: Record<Lang, { title: string[]; company: string[]; period: string[]; other: string[] }> = {
  nl: {
    title: ['Omzet per relatie', 'Omzet per debiteur', 'Urenoverzicht per klant'],
    company: ['Administratiekantoor Smit B.V.', 'Smit, de Vries & Partners', 'Bakker Accountants'],
    period: ['01-01-2025 - 31-12-2025', '01.01.2025 - 31.12.2025', '1 januari 2025 t/m 31 december 2025'],
    other: ['2025', 'alle relaties', 'pagina 1'],
  },
  en: {
    title: ['Sales by Customer Summary', 'Customer Profitability', 'Time by Client'],
    company: ['Northwind Traders Ltd.', 'Smith, Jones & Co.', 'Acme Bookkeeping LLC'],
    period: ['01/01/2025 - 12/31/2025', 'January 1, 2025 - December 31, 2025'],
    other: ['2025', 'all customers', 'page 1'],
  },
  de: {
    title: ['Umsatzliste', 'Umsatz nach Kunden', 'Kundenumsätze'],
    company: ['Steuerberatung Müller GmbH', 'Schmidt, Weber & Partner', 'Meyer KG'],
    period: ['01.01.2025 - 31.12.2025', '1. Januar 2025 bis 31. Dezember 2025'],
    other: ['2025', 'alle Kunden', 'Seite 1'],
  },
};

const PREFIXES = ['Bakkerij', 'Garage', 'Installatiebedrijf', 'Tandartspraktijk', 'Café', 'Bäckerei', 'Autohaus', 'Plumbing', 'Studio', 'Hoveniersbedrijf'];
const SURNAMES = ['Jansen', 'de Vries', 'Bakker', 'Visser', 'Smit', "O'Brien", 'Meyer', 'Müller', 'van den Berg', 'Schmidt'];
const SUFFIXES = ['', '', '', ' B.V.', ' GmbH', ' & Zn.', ', Inc.'];

const clientArb = fc.record({
  base: fc.tuple(fc.constantFrom(...PREFIXES), fc.constantFrom(...SURNAMES), fc.integer({ min: 1, max: 99 }), fc.constantFrom(...SUFFIXES)),
  // Mostly positive amounts up to € 2 500 000, now and then a credit.
  cents: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 250_000_000 }) }, { weight: 1, arbitrary: fc.integer({ min: -5_000_000, max: -1 }) }),
  // Whole multiples of 3 minutes (0,05 h): exact in every notation, decimals included. Below 1 000 h.
  minutes: fc.integer({ min: 0, max: 19_999 }).map((k) => k * 3),
  billableShare: fc.double({ min: 0, max: 1, noNaN: true }),
});

const clientsArb = fc
  .uniqueArray(clientArb, { minLength: 3, maxLength: 30, selector: (c) => `${c.base[0]} ${c.base[1]} ${c.base[2]}`.toLowerCase() })
  .chain((raw) =>
    fc.uniqueArray(fc.integer({ min: 10_000, max: 99_999 }), { minLength: raw.length, maxLength: raw.length }).map((numbers) =>
      raw.map((c, i): Client => ({
        name: `${c.base[0]} ${c.base[1]} ${c.base[2]}${c.base[3]}`,
        number: numbers[i]!,
        cents: c.cents,
        minutes: c.minutes,
        billableMinutes: Math.floor((c.minutes / 3) * c.billableShare) * 3,
      })),
    ),
  )
  // A client whose revenue and hours are exactly the sums of the clients above it is a totals row without a label
  // to any reader (totals.ts): genuinely ambiguous input, left out.
  .filter((clients) => !clients.some((c, i) => i >= 2 && c.cents !== 0 && sumOf(clients.slice(0, i), (x) => x.cents) === c.cents));

const sumOf = (clients: readonly Client[], value: (c: Client) => number): number => clients.reduce((s, c) => s + value(c), 0);

const layoutArb: fc.Arbitrary<Layout> = fc
  .tuple(
    fc.constantFrom<[Separator, Lang]>([';', 'nl'], [';', 'de'], [',', 'en'], ['\t', 'nl'], ['\t', 'de'], ['\t', 'en']),
    fc.boolean(),
    fc.constantFrom<HoursStyle>('decimal', 'h:mm', 'h:mm:ss', 'joined'),
  )
  .chain(([[separator, lang], thousands, hours]) => {
    const h = HEADERS[lang];
    const c = CONTEXT[lang];
    const line = (texts: string[]): fc.Arbitrary<ContextLine> =>
      fc.record({ text: fc.constantFrom(...texts), pad: fc.integer({ min: 0, max: 4 }), withOther: fc.boolean() });
    const others = separator === '\t' ? [';', ','] : [separator === ';' ? ',' : ';'];
    return fc.record({
      separator: fc.constant(separator),
      lang: fc.constant(lang),
      thousands: fc.constant(thousands),
      hours: fc.constant(hours),
      headers: fc.record({
        client: fc.constantFrom(...h.client),
        revenue: fc.constantFrom(...h.revenue),
        hours: fc.constantFrom(...h.hours),
        billable: fc.constantFrom(...h.billable),
        number: fc.constantFrom(...h.number),
      }),
      numberColumn: fc.constantFrom<Layout['numberColumn']>('none', 'before', 'after'),
      billable: fc.boolean(),
      total: fc.option(fc.constantFrom(...h.total), { nil: null }),
      totalLabelFirst: fc.boolean(),
      currency: fc.boolean(),
      // 0–4 context lines in the order packages write them: title, company, period, client (`Mandant`).
      context: fc
        .subarray([line(c.title), line(c.company), line(c.period), line(['Mandant 12345', 'Mandant: 20417', 'Mandant 1001 / Berater 4711'])])
        .chain((lines) => fc.tuple(...lines))
        .map((lines): ContextLine[] => lines),
      blankLine: fc.constantFrom<Layout['blankLine']>('none', 'empty', 'padded'),
      otherSeparator: fc.constantFrom(...others),
      eol: fc.constantFrom<Layout['eol']>('\n', '\r\n'),
      bom: fc.boolean(),
      finalEol: fc.boolean(),
    });
  });

// ---------------------------------------------------------------------------------------------------------------
// Rendering

const continental = (lang: Lang): boolean => lang !== 'en';

/** Cents as the package writes an amount: `-1.234,56` (continental), `1,234.56` or `1234.56` (English). */
function amount(cents: number, layout: Layout): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100));
  const fraction = String(abs % 100).padStart(2, '0');
  if (continental(layout.lang)) return `${layout.currency ? '€ ' : ''}${sign}${group(whole, '.')},${fraction}`;
  return `${sign}${layout.currency ? '$' : ''}${layout.thousands ? group(whole, ',') : whole}.${fraction}`;
}

const group = (digits: string, mark: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, mark);

/** Whole minutes in the table's hours notation: `12,05` / `12.05`, `12:03`, `12:03:00`, `12u03` / `12h03`. */
function hoursText(minutes: number, layout: Layout): string {
  const h = Math.floor(minutes / 60);
  const mm = String(minutes % 60).padStart(2, '0');
  switch (layout.hours) {
    case 'decimal': {
      // A totals row's 1 000 hours and more are written with thousands marks, as the package writes them.
      const [whole, fraction] = (minutes / 60).toFixed(2).replace(/\.?0+$/, '').split('.') as [string, string | undefined];
      const [mark, point] = continental(layout.lang) ? ['.', ','] : [',', '.'];
      return `${group(whole, mark)}${fraction === undefined ? '' : point + fraction}`;
    }
    case 'h:mm':
      return `${h}:${mm}`;
    case 'h:mm:ss':
      return `${h}:${mm}:00`;
    case 'joined':
      return `${h}${layout.lang === 'nl' ? 'u' : 'h'}${mm}`;
  }
}

/** A field as a CSV writer writes it: quoted when it holds the separator, a quote or a line break. */
const field = (text: string, separator: string): string =>
  text.includes(separator) || text.includes('"') || /[\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;

type Rendered = {
  text: string;
  /** The rows as the CSV holds them (what `csvCells` must give back). */
  grid: string[][];
  /** 1-based row of the header. */
  headerRow: number;
  context: string[];
  /** 1-based row of each client. */
  clientRows: number[];
  /** The period line as written, when there is one. */
  period: string | null;
};

function render(clients: readonly Client[], layout: Layout): Rendered {
  const { separator, headers } = layout;
  const grid: string[][] = [];
  const context: string[] = [];
  let period: string | null = null;
  for (const [index, line] of layout.context.entries()) {
    const text = line.withOther ? `${line.text}${layout.otherSeparator} ${CONTEXT[layout.lang].other[index % 3]}` : line.text;
    grid.push([text, ...Array<string>(line.pad).fill('')]);
    context.push(text);
    if (CONTEXT[layout.lang].period.includes(line.text)) period = line.text;
  }
  const width = 3 + (layout.numberColumn === 'none' ? 0 : 1) + (layout.billable ? 1 : 0);
  if (layout.blankLine === 'empty') grid.push(['']);
  if (layout.blankLine === 'padded') grid.push(Array<string>(width).fill(''));
  const row = (name: string, number: string, cents: number, minutes: number, billable: number): string[] => {
    const cells = layout.numberColumn === 'before' ? [number, name] : layout.numberColumn === 'after' ? [name, number] : [name];
    cells.push(amount(cents, layout), hoursText(minutes, layout));
    if (layout.billable) cells.push(hoursText(billable, layout));
    return cells;
  };
  const header = layout.numberColumn === 'before' ? [headers.number, headers.client] : layout.numberColumn === 'after' ? [headers.client, headers.number] : [headers.client];
  header.push(headers.revenue, headers.hours);
  if (layout.billable) header.push(headers.billable);
  grid.push(header);
  const headerRow = grid.length;
  const clientRows: number[] = [];
  for (const c of clients) {
    grid.push(row(c.name, String(c.number), c.cents, c.minutes, c.billableMinutes));
    clientRows.push(grid.length);
  }
  if (layout.total !== null) {
    const labelFirst = layout.totalLabelFirst && layout.numberColumn === 'before';
    const totals = row(labelFirst ? '' : layout.total, labelFirst ? layout.total : '', sumOf(clients, (c) => c.cents), sumOf(clients, (c) => c.minutes), sumOf(clients, (c) => c.billableMinutes));
    grid.push(totals);
  }
  const lines = grid.map((cells) => cells.map((cell) => field(cell, separator)).join(separator));
  const text = (layout.bom ? '\uFEFF' : '') + lines.join(layout.eol) + (layout.finalEol ? layout.eol : '');
  return { text, grid, headerRow, context, clientRows, period };
}

// ---------------------------------------------------------------------------------------------------------------
// The check

/** Every way the table as read differs from the generated one, one line each (empty: read right). */
function missesOf(read: TableRead, clients: readonly Client[], layout: Layout, rendered: Rendered): string[] {
  const misses: string[] = [];
  const miss = (what: string, expected: unknown, got: unknown): void => {
    misses.push(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
  };
  const { mapping, columns } = read;
  if (mapping.headerRow !== rendered.headerRow) miss('mapping.headerRow', rendered.headerRow, mapping.headerRow);
  if (mapping.headerRows !== 1) miss('mapping.headerRows', 1, mapping.headerRows);
  if (JSON.stringify(mapping.context ?? []) !== JSON.stringify(rendered.context)) miss('mapping.context', rendered.context, mapping.context);
  if (rendered.period !== null && mapping.period !== rendered.period) miss('mapping.period', rendered.period, mapping.period);
  const fields = mapping.fields;
  if (fields.client?.header !== layout.headers.client) miss('fields.client.header', layout.headers.client, fields.client?.header);
  if (fields.revenue?.header !== layout.headers.revenue) miss('fields.revenue.header', layout.headers.revenue, fields.revenue?.header);
  if (fields.hours?.header !== layout.headers.hours) miss('fields.hours.header', layout.headers.hours, fields.hours?.header);
  const numberHeader = layout.numberColumn === 'none' ? undefined : layout.headers.number;
  if (fields.clientNumber?.header !== numberHeader) miss('fields.clientNumber.header', numberHeader, fields.clientNumber?.header);
  if (layout.billable) {
    const unbilled = fields.unbilledHours;
    if (unbilled?.header !== layout.headers.hours || unbilled.subtract?.header !== layout.headers.billable || unbilled.basis !== 'difference') {
      miss('fields.unbilledHours', { header: layout.headers.hours, subtract: layout.headers.billable, basis: 'difference' }, unbilled && { header: unbilled.header, subtract: unbilled.subtract?.header, basis: unbilled.basis });
    }
  } else if (fields.unbilledHours) miss('fields.unbilledHours', undefined, fields.unbilledHours.header);
  if (columns.count !== clients.length) miss('clients', clients.length, `${columns.count} ${JSON.stringify(columns.client.slice(0, columns.count))}`);
  const errors = read.problems.filter((p) => p.severity === 'error').map((p) => p.message);
  if (errors.length > 0) miss('errors', [], errors);
  // Skipped by its label or by its sums: either way said, as a warning.
  if (layout.total !== null && !read.problems.some((p) => p.id === 'totalRowSkipped' || p.id === 'sumRowSkipped')) miss('totals row skipped', layout.total, read.problems.map((p) => p.id));
  const n = Math.min(columns.count, clients.length);
  for (let i = 0; i < n; i++) {
    const c = clients[i]!;
    const at = `client ${i} (${c.name})`;
    if (columns.client[i] !== c.name) miss(`${at}.client`, c.name, columns.client[i]);
    if (columns.row[i] !== rendered.clientRows[i]) miss(`${at}.row`, rendered.clientRows[i], columns.row[i]);
    const number = layout.numberColumn === 'none' ? undefined : String(c.number);
    if (columns.clientNumber?.[i] !== number) miss(`${at}.clientNumber`, number, columns.clientNumber?.[i]);
    const revenue = columns.values.revenue[i]!;
    if (!(Math.abs(revenue * 100 - c.cents) < 1e-6)) miss(`${at}.revenue`, c.cents / 100, revenue);
    const hours = columns.values.hours[i]!;
    if (!(Math.abs(hours - c.minutes / 60) < 1e-9)) miss(`${at}.hours`, c.minutes / 60, hours);
    const unbilled = layout.billable ? (c.minutes - c.billableMinutes) / 60 : 0;
    if (!(Math.abs(columns.values.unbilledHours[i]! - unbilled) < 1e-9)) miss(`${at}.unbilledHours`, unbilled, columns.values.unbilledHours[i]);
  }
  return misses;
}

const dir = mkdtempSync(join(tmpdir(), 'klantwaarde-table-properties-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNumber = 0;

describe('a client table laid out as a package export reads back as generated (property)', () => {
  it('read as the CLI reads a CSV (loadTable): header, context, clients, numbers, revenue, hours and unbilled hours', async () => {
    await fc.assert(
      fc.asyncProperty(clientsArb, layoutArb, async (clients, layout) => {
        const rendered = render(clients, layout);
        const path = join(dir, `export-${fileNumber++}.csv`);
        writeFileSync(path, rendered.text, 'utf8');
        const { table } = await loadTable(path, { language: layout.lang });
        expect(missesOf(table, clients, layout, rendered), rendered.text).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('csvCells splits the export on its own separator into the rows written, and readClientTable reads those rows alike', () => {
    fc.assert(
      fc.property(clientsArb, layoutArb, (clients, layout) => {
        const rendered = render(clients, layout);
        // Decoded as loadTable decodes a file: the BOM goes.
        const text = decodeText(new TextEncoder().encode(rendered.text));
        expect(detectDelimiter(text)).toBe(layout.separator);
        // A line of one empty field is a row of one empty cell, as Papa Parse and Excel read it.
        const cells = csvCells(text);
        expect(cells).toEqual(rendered.grid);
        const read = readClientTable(cells, { language: layout.lang, separator: layout.separator });
        expect(missesOf(read, clients, layout, rendered), rendered.text).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
