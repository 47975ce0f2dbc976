import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientColumns } from '../../src/core/analyse.js';
import { fieldForHeader, readClientTable } from '../../src/core/read/index.js';
import type { AnalysisResult, CellValue } from '../../src/core/types.js';
import { analyse, recordsOf, toColumns } from '../support/oracle.js';

describe('header mapping', () => {
  it.each([
    ['Klantnaam', 'client'], ['Debiteur', 'client'], ['Kunde', 'client'], ['Customer', 'client'], ['Relatie', 'client'],
    ['Omzet (€)', 'revenue'], ['Umsatz 2025', 'revenue'], ['Revenue', 'revenue'], ['Sales', 'revenue'], ['Erlös', 'revenue'],
    ['Uren', 'hours'], ['Tijd', 'hours'], ['Stunden', 'hours'], ['Hours', 'hours'],
    ['E-mails', 'emails'], ['Dagen te laat', 'daysLate'], ['Tage verspätet', 'daysLate'], ['Korting %', 'discountPct'],
    ['Aufträge', 'orders'], ['Omzet vorig jaar', 'previousRevenue'], ['Vertrag', 'contract'], ['Relatiescore', 'relationship'],
    ['Klantnummer', 'clientNumber'], ['Ordernummer', null], ['Opmerking', null],
  ] as const)('%s → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });
});

describe('readClientTable', () => {
  it('finds duplicate names as case- and space-blind text, whatever the characters (property)', () => {
    const name = fc.array(fc.constantFrom('a', 'A', 'k', 'K', '\u212a', ' ', '  ', '\t', 'é', 'É', '\u00a0', 'İ', 'i', 'ß', 'SS'), { minLength: 1, maxLength: 4 }).map((parts) => `x${parts.join('')}`);
    fc.assert(fc.property(fc.array(name, { minLength: 1, maxLength: 40 }), (names) => {
      const read = readClientTable([['Klant', 'Omzet'], ...names.map((n) => [n, 1])]);
      const expected: [number, number][] = [];
      const firstRow = new Map<string, number>();
      names.forEach((n, i) => {
        const key = n.trim().toLowerCase().replace(/\s+/g, ' ');
        const first = firstRow.get(key);
        if (first === undefined) firstRow.set(key, i + 2);
        else expected.push([i + 2, first]);
      });
      const found = read.problems.filter((p) => p.id === 'duplicateClient').map((p) => [p.row, Number(/rij (\d+)/.exec(p.message)?.[1])]);
      expect(found).toEqual(expected);
    }), { numRuns: 500 });
  });

  it('takes every kind of white space for blank, and a lone dash however padded: a row of it is no row, a cell of it no value', () => {
    const read = readClientTable([
      ['Klant', 'Omzet', 'Uren'],
      ['A', '100', '\u00a0'],
      ['\u00a0', '\u3000 ', '\ufeff\u2003'],
      ['B', '200', '          –          '],
      ['C', '\u2028', '1'],
    ]);
    expect(recordsOf(read.columns).map((r) => [r.row, r.client, r.revenue, r.hours])).toEqual([[2, 'A', 100, 0], [4, 'B', 200, 0]]);
    expect(read.problems.map((p) => [p.id, p.row])).toEqual([['revenueMissing', 5]]);
  });

  it('finds a header row below a title, skips empty and total rows, and numbers rows as the user sees them', () => {
    const cells: CellValue[][] = [
      ['Overzicht klanten'],
      [],
      ['Klant', 'Omzet', 'Uren'],
      ['Alfa', 1000, 10],
      [null, '', null],
      ['Beta', '€ 2.500,50', '12,5'],
      ['Totaal', 3500.5, 22.5],
    ];
    const read = readClientTable(cells);
    expect(read.mapping.headerRow).toBe(3);
    expect(recordsOf(read.columns).map((r) => [r.row, r.client, r.revenue, r.hours])).toEqual([
      [4, 'Alfa', 1000, 10],
      [6, 'Beta', 2500.5, 12.5],
    ]);
    expect(read.problems.map((p) => [p.id, p.row, p.text])).toEqual([['totalRowSkipped', 7, 'Totaal']]);
    expect(read.problems[0]!.message).toBe('Rij 7, kolom "Klant": "Totaal" is een totaalregel; die telt niet als klant.');
  });

  it('reports text in a number column with row, column, text and what was expected, in three languages', () => {
    const cells: CellValue[][] = [['Klant', 'Omzet', 'Uren'], ['Alfa', 'veel', 'twee']];
    const nl = readClientTable(cells, { language: 'nl' }).problems;
    expect(nl.map((p) => [p.id, p.row, p.column, p.text, p.severity])).toEqual([
      ['notANumber', 2, 'Omzet', 'veel', 'error'],
      ['notANumber', 2, 'Uren', 'twee', 'warning'],
    ]);
    expect(nl[0]!.message).toBe('Rij 2, kolom "Omzet": "veel" is geen getal; verwacht: een bedrag zoals 1.234,56. De rij is overgeslagen.');
    expect(readClientTable(cells, { language: 'en' }).problems[1]!.message).toBe(
      'Row 2, column "Uren": "twee" is not a number; expected: a number of hours such as 12.5. Counts as 0.',
    );
    expect(readClientTable(cells, { language: 'de' }).problems[0]!.message).toContain('Zeile 2, Spalte „Omzet“: „veel“ ist keine Zahl');
  });

  it('reports negative hours and leaves the row out; allows negative revenue (a credit)', () => {
    const read = readClientTable([['Klant', 'Omzet', 'Uren'], ['Alfa', 100, -2], ['Credit', -50, 1]]);
    expect(recordsOf(read.columns).map((r) => r.client)).toEqual(['Credit']);
    expect(read.problems).toMatchObject([{ id: 'negativeNotAllowed', row: 2, column: 'Uren', text: '-2', severity: 'error' }]);
  });

  it('reports duplicate clients without merging them', () => {
    const read = readClientTable([['Klant', 'Omzet'], ['Alfa', 100], ['alfa ', 200]]);
    expect(recordsOf(read.columns)).toHaveLength(2);
    expect(read.problems).toMatchObject([{ id: 'duplicateClient', row: 3, text: 'alfa', severity: 'warning' }]);
    expect(read.problems[0]!.message).toContain('rij 2');
  });

  it('an empty sheet, a header-only sheet and a sheet without revenue give problems, not exceptions', () => {
    expect(readClientTable([]).problems.map((p) => p.id)).toEqual(['emptyTable']);
    expect(readClientTable([[null, ''], []]).problems.map((p) => p.id)).toEqual(['emptyTable']);
    expect(readClientTable([['Klant', 'Omzet']]).problems.map((p) => p.id)).toEqual(['noDataRows']);
    const onlyNames = readClientTable([['Klant'], ['Alfa'], ['Beta']]);
    expect(onlyNames.problems.map((p) => p.id)).toEqual(['requiredColumnMissing', 'tableAsRead']);
    expect(onlyNames.problems[0]!.message).toBe('De kolom "Omzet" ontbreekt; verwacht: een kolom met een kop als "Omzet" of "Omzet 2025".');
    expect(readClientTable([['a', 'b'], [1, 2]]).problems.map((p) => p.id)).toEqual(['noHeaderRow', 'tableAsRead']);
  });

  it('says what was read when no client table is found: columns, separator, header row and the nearest columns', () => {
    const read = readClientTable([['Omzet per relatie 2025'], ['Relatie', 'Open', 'Saldo'], ['Alfa', '10', '20']], { separator: ';' });
    const asRead = read.problems.find((p) => p.id === 'tableAsRead')!;
    expect(asRead.message).toBe(
      'Zo is het gelezen: 3 kolommen, gesplitst op puntkomma (;), kopregel rij 2 (A "Relatie", B "Open", C "Saldo"). ' +
        'Kolommen die het kunnen zijn: B "Open", C "Saldo". Wijs de kolom zelf toe als die er wel is.',
    );
    const english = readClientTable([['x', 'y'], [1, 2]], { language: 'en', separator: ',' }).problems.find((p) => p.id === 'tableAsRead')!;
    expect(english.message).toBe('This is how it was read: 2 columns, split on comma (,), header not found. Columns that could be it: none. Map the column yourself if it is there.');
  });

  it('only a revenue column (and names) is enough', () => {
    const read = readClientTable([['Klant', 'Omzet'], ['Alfa', 100], ['Beta', 20], ['Gamma', 5]]);
    const result = analyse(recordsOf(read.columns), { periodEnd: '2025-12-31' });
    // Shares before each client: 0, 100/125 = 80 % (not < 80 %: B), 120/125 = 96 % (C).
    expect(result.clients.map((c) => c.abcClass)).toEqual(['A', 'B', 'C']);
    expect(result.totals.revenue).toBe(125);
  });

  it('a hand mapping overrides detection', () => {
    const cells: CellValue[][] = [['Naam', 'Bedrag', 'Omzet'], ['Alfa', 100, 7]];
    expect(recordsOf(readClientTable(cells).columns)[0]!.revenue).toBe(7);
    const manual = readClientTable(cells, { mapping: { revenue: 'Bedrag' } });
    expect(recordsOf(manual.columns)[0]!.revenue).toBe(100);
    expect(manual.mapping.manual).toEqual(['revenue']);
    expect(recordsOf(readClientTable(cells, { mapping: { revenue: 1 } }).columns)[0]!.revenue).toBe(100);
  });

  it('a CSV-like column settles its own notation; a host passes the sheet locale', () => {
    const cells: CellValue[][] = [['Klant', 'Omzet'], ['A', '1.234'], ['B', '12,50']];
    expect(recordsOf(readClientTable(cells, { language: 'en' }).columns).map((r) => r.revenue)).toEqual([1234, 12.5]);
    expect(recordsOf(readClientTable([['Klant', 'Omzet'], ['A', '1.234']], { notation: 'en' }).columns)[0]!.revenue).toBe(1.234);
  });

  it('discounts: 12 %, 0,12 and 12 all mean 12 %; 150 % is reported', () => {
    const read = readClientTable([['Klant', 'Omzet', 'Korting'], ['A', 1, '12%'], ['B', 1, 0.12], ['C', 1, 12], ['D', 1, 150]]);
    expect(recordsOf(read.columns).map((r) => r.discountPct)).toEqual([0.12, 0.12, 0.12, 0]);
    expect(read.problems.map((p) => [p.id, p.row])).toEqual([['fractionOutOfRange', 5]]);
  });

  it('does not change the cells it was given', () => {
    const cells: CellValue[][] = [['Klant', 'Omzet', 'Uren'], ['=1+1', '€ 1.234,56', -3], ['B', 5, 1]];
    const copy = structuredClone(cells);
    readClientTable(cells);
    expect(cells).toEqual(copy);
  });

  it('200 000 rows are read and analysed', () => {
    const cells: CellValue[][] = [['Klant', 'Omzet', 'Uren', 'Bezoeken']];
    for (let i = 0; i < 200_000; i++) cells.push([`Klant ${i}`, i % 7 === 0 ? `€ ${i},50` : 1000 + i, i % 50, i % 4]);
    const read = readClientTable(cells);
    expect(recordsOf(read.columns)).toHaveLength(200_000);
    expect(read.problems).toEqual([]);
    const result = analyse(recordsOf(read.columns), { periodEnd: '2025-12-31', hourlyCost: 40 });
    expect(result.clients).toHaveLength(200_000);
    expect(Number.isFinite(result.totals.netProfit)).toBe(true);
  });
});

/** Every number in a result is finite: no NaN or Infinity anywhere, however bad the input. */
function assertFinite(value: unknown, path = 'result'): void {
  if (typeof value === 'number') expect(Number.isFinite(value), path).toBe(true);
  else if (Array.isArray(value)) value.forEach((item, i) => assertFinite(item, `${path}[${i}]`));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) assertFinite(v, `${path}.${k}`);
}

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(''),
  fc.double(),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.string(),
  fc.constantFrom('Klant', 'Omzet', 'Uren', 'Totaal', '€ 1.234,56', '12%', '1,234.56', '-', 'Korting', 'Dagen te laat', 'ja', 'nee'),
);

describe('never throws on any 2-D array of cell values', () => {
  it('returns problems instead, and a result without NaN or Infinity', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(anyCell, { maxLength: 8 }), { maxLength: 12 }),
        fc.boolean(),
        (cells, withHeader) => {
          const sheet = withHeader ? [['Klant', 'Omzet', 'Uren', 'Korting', 'Dagen te laat', 'Bezoeken', 'Retouren', 'Contract'], ...cells] : cells;
          const read = readClientTable(sheet);
          // The columns are the records: what the CLI analyses equals what the records give.
          const drivers = { extraDrivers: ['Retouren', 'visits', 'Nergens'].map((column) => ({ column, costPerUnit: 1, label: column })) };
          // (Of a table without rows the records cannot tell that it had a client-number column: compared without it.)
          const { clientNumber, ...columnar } = clientColumns(read.columns, drivers);
          expect(read.columns.count === 0 ? columnar : { ...columnar, ...(clientNumber ? { clientNumber } : {}) }).toEqual(toColumns(recordsOf(read.columns), drivers));
          let result: AnalysisResult | undefined;
          expect(() => {
            result = analyse(recordsOf(read.columns), { periodEnd: '2025-12-31', hourlyCost: 50, targetHourlyReturn: 80 });
          }).not.toThrow();
          assertFinite(result!.clients);
          assertFinite(result!.totals);
          // No unfilled placeholder: the user's own text and header, quoted in the message, may hold braces.
          for (const problem of read.problems) {
            let template = problem.message;
            // The message may also quote any cell of the header it found (`Zo is het gelezen: … A "{A}"`).
            const headers = sheet.flat().filter((c): c is string => typeof c === 'string' && c !== '');
            for (const quoted of [problem.text, problem.column, ...headers]) if (quoted) template = template.split(quoted).join('');
            expect(template).not.toMatch(/\{\w+\}/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a table read as it streams is the table read whole', () => {
  const amount = fc.oneof(
    fc.integer({ min: -5000, max: 90000 }).map((x) => `€ ${(x / 100).toFixed(2).replace('.', ',')}`),
    fc.integer({ min: 0, max: 5000 }),
    fc.constantFrom('', '-', 'veel', '1.500', '12,5%'),
  );
  const line = fc.tuple(fc.constantFrom('A', 'a', 'B', 'Totaal', '', 'C  D', 'c d'), amount, amount, amount, fc.constantFrom('ja', 'nee', '', '?'));
  // Long enough, and often a short head, that the columns must grow past their first 16 places.
  const table = fc.tuple(fc.array(line, { maxLength: 80, size: 'max' }), fc.boolean()).map(([lines, title]) => [
    ...(title ? [['Klantenlijst 2025'], []] : []),
    ['Klant', 'Omzet', 'Uren', 'Retouren', 'Contract'],
    ...lines,
  ] as CellValue[][]);
  it('for any head size: the same clients, columns, problems and mapping, the columns grown as rows come', () => {
    fc.assert(fc.property(table, fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 90 })), (cells, headRows) => {
      const whole = readClientTable(cells, { headRows });
      const streamed = readClientTable(cells.slice(0, headRows), { headRows }, { feed: (read) => cells.slice(headRows).forEach(read), sizeHint: 0 });
      expect(streamed.columns).toEqual(whole.columns);
      expect(streamed.problems).toEqual(whole.problems);
      expect(streamed.mapping).toEqual(whole.mapping);
    }), { numRuns: 150 });
  });
});

describe('a sheet with only a revenue column', () => {
  it('says the client column is missing, in the user language', () => {
    const read = readClientTable([['Omzet'], [100], [200]], { language: 'en' });
    expect(recordsOf(read.columns)).toEqual([]);
    expect(read.problems.map((p) => [p.id, p.column])).toEqual([['requiredColumnMissing', 'Client'], ['tableAsRead', null]]);
    expect(read.problems[0]!.message).toBe('The column "Client" is missing; expected: a column headed like "Client", "Customer" or "Name".');
  });
});

describe('report exports as the packages write them', () => {
  const lines = (text: string): string[][] => text.trim().split('\n').map((line) => line.split(';'));

  it('keeps a date range above the header out of the header, says the period, and binds a hand mapping to the exact header', () => {
    const cells = lines('Summary report;;\n01/01/2025 - 12/31/2025;;\nClient;Time (h);Time (decimal);Amount (EUR)\nAlfa;12:30:00;12.50;1000\nBeta;2:15:00;2.25;200');
    const read = readClientTable(cells, { language: 'en', mapping: { hours: 'Time (decimal)' } });
    expect(read.mapping.headerRow).toBe(3);
    expect(read.mapping.fields.client!.header).toBe('Client');
    expect(read.mapping.context).toEqual(['Summary report', '01/01/2025 - 12/31/2025']);
    expect(read.mapping.period).toBe('01/01/2025 - 12/31/2025');
    expect(read.mapping.fields.hours).toMatchObject({ header: 'Time (decimal)', reason: 'manual' });
    expect(read.mapping.fields.revenue).toMatchObject({ header: 'Amount (EUR)', basis: 'amountBesideHours' });
    expect(Array.from(read.columns.values.hours)).toEqual([12.5, 2.25]);
  });

  it('a column of durations under a header that names nothing is the hours, said as chosen by its values', () => {
    const read = readClientTable(lines('Klant;Omzet;Geboekt\nAlfa;100;125:30\nBeta;50;0:45'));
    expect(read.mapping.fields.hours).toMatchObject({ header: 'Geboekt', basis: 'values' });
    expect(Array.from(read.columns.values.hours)).toEqual([125.5, 0.75]);
  });

  it('the name beside the number is the client, the number the client number', () => {
    const read = readClientTable(lines('Debiteur;Naam;Omzet\n10001;Bakkerij Jansen;1.000\n10002;Smit BV;2.000\nTotaal;;3.000'));
    expect(read.mapping.fields.client).toMatchObject({ header: 'Naam', basis: 'nameBesideNumber' });
    expect(read.mapping.fields.clientNumber!.header).toBe('Debiteur');
    expect(read.columns.client).toEqual(['Bakkerij Jansen', 'Smit BV']);
    expect(read.columns.clientNumber).toEqual(['10001', '10002']);
  });

  it('the total hours beside their billable part: hours the total, unbilled hours the difference', () => {
    const read = readClientTable(lines('Client;Hours;Billable Hours;Billable Amount\nAlfa;10;7,5;750\nBeta;4;4;400'));
    expect(read.mapping.fields.hours!.header).toBe('Hours');
    expect(read.mapping.fields.unbilledHours).toMatchObject({ header: 'Hours', subtract: { header: 'Billable Hours' }, basis: 'difference' });
    expect(Array.from(read.columns.values.unbilledHours)).toEqual([2.5, 0]);
    expect(read.problems.filter((p) => p.id === 'columnAmbiguous')).toEqual([]);
  });

  it('quarters with their total: the total is revenue; years: the latest is revenue, the one before the previous period', () => {
    const quarters = readClientTable(lines('Naam;Q1 2025;Q2 2025;Q3 2025;Q4 2025;Totaal\nAlfa;1;2;3;4;10\nBeta;5;5;5;5;20'));
    expect(quarters.mapping.fields.revenue).toMatchObject({ header: 'Totaal', basis: 'periodTotal' });
    const years = readClientTable(lines('Naam;2024/25;2025/26\nAlfa;100;120\nBeta;80;60'));
    expect(years.mapping.fields.revenue!.header).toBe('2025/26');
    expect(years.mapping.fields.previousRevenue!.header).toBe('2024/25');
    expect(Array.from(years.columns.values.previousRevenue)).toEqual([100, 80]);
  });

  it('a generic amount is revenue under a report name that says so, never an open balance', () => {
    const read = readClientTable(lines('Umsatz nach Kunden;;\nKunde;Summe;Offen\nAlfa GmbH;1.000,00;200,00\nBeta AG;500,00;0,00'));
    expect(read.mapping.fields.revenue).toMatchObject({ header: 'Summe', basis: 'reportName' });
    const balance = readClientTable(lines('Openstaande posten;;\nRelatie;Saldo\nAlfa;100'));
    expect(balance.mapping.fields.revenue).toBeUndefined();
  });
});

describe('a totals row under the client numbers', () => {
  it('is skipped by its label when the numbers come first and the names are blank, even with sums of zero', () => {
    const read = readClientTable([['Klantnummer', 'Relatienaam', 'Omzet', 'Uren'], ['1', 'Alfa', '10,00', '1'], ['2', 'Beta', '-10,00', '2'], ['Totaal', '', '0,00', '3']]);
    expect(read.columns.client).toEqual(['Alfa', 'Beta']);
    expect(read.problems.map((p) => [p.id, p.column, p.text])).toEqual([['totalRowSkipped', 'Klantnummer', 'Totaal']]);
  });
});
