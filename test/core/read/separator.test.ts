import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSeparator, separatorCandidates } from '../../../src/core/read/separator.js';

describe('detectSeparator: the separator the table agrees on, not the first line', () => {
  it('reads past a title with a comma above a ; table', () => {
    const text = 'Omzet per relatie, 2025\nKlant;Omzet;Uren\nAlfa;1.234,56;12\nBeta;800;4\n';
    expect(detectSeparator(text)).toBe(';');
    expect(separatorCandidates(text)).toEqual([';', ',', '\t']);
  });

  it('reads past a title without any separator above a , table', () => {
    const text = 'Klantenoverzicht\n\nClient,Revenue,Hours\nAlpha,1234.56,12\nBeta,800,4\n';
    expect(detectSeparator(text)).toBe(',');
    // `;` and tab never split a line: they come last, in their tie order.
    expect(separatorCandidates(text)).toEqual([',', ';', '\t']);
  });

  it('takes padded title lines (Bedrijf BV;;;) as what they are: lines of the table width', () => {
    const text = 'Bedrijf BV;;;\nOmzet per relatie, 2025;;;\n;;;\nKlant;Omzet;Uren;Korting\nAlfa;1.234,56;12;5%\nBeta;800;4;\n';
    expect(detectSeparator(text)).toBe(';');
  });

  it('is not outvoted by comma titles and unquoted decimal commas across the header', () => {
    // Under `,` every title and every data row has two fields; the header (one field under `,`) ends that run.
    const text = 'Omzet per relatie, 2025\nKantoor Utrecht, Noord\nKlant;Omzet;Uren\nAlfa;1234,56;12\nBeta;800,00;4\nGamma;50,10;1\n';
    expect(detectSeparator(text)).toBe(';');
  });

  it('respects quotes: separators and line breaks inside a quoted field do not split it', () => {
    const semicolon = 'Klant;Omzet;Opmerking\n"Smit, J.";1.234,56;"zie ook; notitie"\n"Bakkerij ""De Zon""";800;"twee\nregels, met komma"\nGarage;5;\n';
    expect(detectSeparator(semicolon)).toBe(';');
    const comma = 'Client,Revenue,Note\n"Smith; J.",1234.56,"a, b; c"\n"Two\nlines; here",800,x\nGarage,5,\n';
    expect(detectSeparator(comma)).toBe(',');
  });

  it('takes quoted amounts with decimal commas in a , file for what they are', () => {
    const text = 'Klant,Omzet,Uren\nAlfa,"1.234,56","12,5"\nBeta,"800,00","4"\nGamma,"50,10","1,5"\n';
    expect(detectSeparator(text)).toBe(',');
  });

  it('detects tab files, also with commas and semicolons in their cells', () => {
    const text = 'Kunde\tUmsatz\tStunden\nMüller, Hans\t1.234,56\t12\nSchmidt; Co\t800\t4\n';
    expect(detectSeparator(text)).toBe('\t');
    expect(separatorCandidates(text)[0]).toBe('\t');
  });

  it('gives ; for a one-column file, and still all three candidates', () => {
    expect(detectSeparator('Klant\nAlfa\nBeta\n')).toBe(';');
    expect(separatorCandidates('Klant\nAlfa\nBeta\n')).toEqual([';', ',', '\t']);
    expect(separatorCandidates('')).toEqual([';', ',', '\t']);
  });

  it('ignores a BOM and reads CRLF, CR and LF line ends alike', () => {
    expect(detectSeparator('\uFEFFKlant,Omzet\r\nA,1\r\nB,2\r\n')).toBe(',');
    expect(detectSeparator('\uFEFF"Klant",Omzet\r\n"A",1\r\n')).toBe(',');
    expect(detectSeparator('Titel; 2025\rKlant,Omzet,Uren\rA,1,2\rB,3,4\r')).toBe(',');
    expect(detectSeparator('Titel; 2025\r\n\r\nKlant,Omzet,Uren\r\nA,1,2\r\nB,3,4')).toBe(',');
  });

  it('settles ties by more lines with the count, then more fields, then ; before , before tab', () => {
    // Same run (1 line) and lines: more fields wins.
    expect(detectSeparator('a,b;c;d')).toBe(';');
    expect(detectSeparator('a;b,c,d')).toBe(',');
    // Same run, lines and fields: `;` before `,` before tab.
    expect(separatorCandidates('a\tb,c;d')).toEqual([';', ',', '\t']);
    expect(separatorCandidates('a\tb,c')).toEqual([',', '\t', ';']);
    // Same longest run (2), but `,` has a third line with its count further down.
    expect(detectSeparator('a;b\nc;d\nx\ne,f\ng,h\ni\nj,k')).toBe(',');
  });

  it('looks at the first maxLines non-empty lines only', () => {
    const text = 'Titel, 2025\n\n\nKlant;Omzet;Uren\nA;1;2\nB;3;4\n';
    expect(separatorCandidates(text, 1)[0]).toBe(',');
    expect(separatorCandidates(text, 2)[0]).toBe(';');
  });

  it('finds the table\'s separator under random title lines (property)', () => {
    const all = [';', ',', '\t'] as const;
    const word = fc.string({ unit: fc.constantFrom('a', 'K', 'z', '7', ' ', '.', '€', 'é', '%', '('), minLength: 1, maxLength: 8 });
    // A title may hold one separator of any kind (never a quote): "Omzet per relatie, 2025".
    const title = fc.tuple(word, fc.option(fc.constantFrom(...all), { nil: '' }), word).map(([a, s, b]) => `${a}${s}${b}`);
    const cellText = fc.string({ unit: fc.constantFrom('a', 'B', '7', ' ', '.', 'é', ';', ',', '\t', '"'), maxLength: 10 });
    const table = fc.record({
      separator: fc.constantFrom(...all),
      columns: fc.integer({ min: 2, max: 8 }),
      rows: fc.integer({ min: 3, max: 30 }),
      lineEnd: fc.constantFrom('\n', '\r\n'),
      finalBreak: fc.boolean(),
    }).chain((shape) => fc.record({
      shape: fc.constant(shape),
      // Header cells are words, as real headers are ("Klant", "Omzet (€)"): no separator, no quote.
      header: fc.array(word, { minLength: shape.columns, maxLength: shape.columns }),
      body: fc.array(fc.array(cellText, { minLength: shape.columns, maxLength: shape.columns }), { minLength: shape.rows - 1, maxLength: shape.rows - 1 }),
      // Fewer title lines than table rows: with more, the titles would be the most consistent block.
      titles: fc.array(title, { maxLength: Math.min(4, shape.rows - 1) }),
    }));
    fc.assert(fc.property(table, ({ shape, header, body, titles }) => {
      const quote = (cell: string): string => (cell.includes(shape.separator) || cell.includes('"') ? `"${cell.replaceAll('"', '""')}"` : cell);
      const lines = [...titles, ...[header, ...body].map((row) => row.map(quote).join(shape.separator))];
      const text = lines.join(shape.lineEnd) + (shape.finalBreak ? shape.lineEnd : '');
      expect(detectSeparator(text)).toBe(shape.separator);
      expect([...separatorCandidates(text)].sort()).toEqual([...all].sort());
    }), { numRuns: 1000 });
  });
});

describe('tableSeparator: the next separator when the most consistent one gives no client table', () => {
  it('reads a two-column "," table under title lines that split evenly on ";"', async () => {
    const { tableSeparator } = await import('../../../src/hosts/xlsx/read.js');
    // Three title lines with one ';' each outvote the two-column ',' table of two rows.
    const text = 'Rapport;2025\nBedrijf;Jansen\nPeriode;jaar\nKlant,Omzet\nAlfa,100\nBeta,200\n';
    expect(detectSeparator(text)).toBe(';');
    expect(tableSeparator(text, {})).toBe(',');
  });

  it('keeps the most consistent separator when it gives a client table', async () => {
    const { tableSeparator } = await import('../../../src/hosts/xlsx/read.js');
    expect(tableSeparator('Omzet per relatie, 2025\nKlant;Omzet\nAlfa;1.234,56\nBeta;200\n', {})).toBe(';');
  });
});
