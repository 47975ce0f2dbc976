import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type ClientRecord } from '../../../src/core/index.js';
import { FORMATS, COLORS, isFormula, type Cell, type ReportSheet } from '../../../src/core/report/index.js';
import { analysePortfolio, portfolio } from '../../support/portfolio.js';
import { evaluator } from '../../support/formulas.js';
import { analyse, buildReport, recordsOf } from '../../support/oracle.js';

/** Every formula of the sheet, recomputed from the sheet's own cells. */
function formulas(report: ReportSheet): { row: number; column: number; formula: string; cached: Cell; computed: number | string }[] {
  const cell = (r: number, c: number): Cell | undefined => report.cells[r]?.[c];
  const evaluate = evaluator(
    (r, c) => cell(r, c) ?? null,
    (r, c) => {
      const value = cell(r, c);
      return isFormula(value) ? value.formula : null;
    },
  );
  const out = [];
  for (let r = 0; r < report.cells.length; r++) {
    const line = report.cells[r] ?? [];
    for (let c = 0; c < line.length; c++) {
      const value = line[c];
      if (isFormula(value)) out.push({ row: r, column: c, formula: value.formula, cached: value.value, computed: evaluate(value.formula) });
    }
  }
  return out;
}

const header = (report: ReportSheet): string[] => report.cells[report.clientRows.header]!.map((c) => String(c));
const columnOf = (report: ReportSheet, label: string): number => {
  const index = header(report).indexOf(label);
  if (index < 0) throw new Error(`no column ${label}`);
  return index;
};

describe('buildReport on the hand-checked portfolio', async () => {
  const { result, problems } = await analysePortfolio();
  const report = buildReport(result, { language: 'nl', problems, madeOn: '2026-01-15' });
  const expected = portfolio.expected;

  it('has the seven sections in order, each with its Dutch heading; the client table last (its header repeats on printed pages)', () => {
    expect(report.sections.map((s) => s.id)).toEqual(['summary', 'problems', 'pyramid', 'profile', 'costBenefit', 'whale', 'clients']);
    expect(report.sections.map((s) => report.cells[s.row]![0])).toEqual([
      'Samenvatting', 'Problemen', 'Klantenpiramide', 'Uw beste klanten', 'Kosten-batenanalyse', 'Walviscurve', 'Per klant',
    ]);
    const rows = report.sections.map((s) => s.row);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
  });

  it('writes one row per client, ordered by class, each class one coloured band', () => {
    const { first, last } = report.clientRows;
    expect(last - first + 1).toBe(27);
    const classColumn = columnOf(report, 'Klasse');
    const classes = report.cells.slice(first, last + 1).map((line) => line[classColumn]);
    expect(classes).toEqual([...classes].sort());
    const counts = { A: 0, B: 0, C: 0 } as Record<string, number>;
    for (const c of result.clients) counts[c.abcClass]! += 1;
    for (const letter of ['A', 'B', 'C'] as const) {
      const band = report.styles.filter((s) => s.style.fill === COLORS.classFill[letter] && s.rect.top >= first && s.rect.bottom <= last);
      expect(band, letter).toHaveLength(1);
      expect(band[0]!.rect.bottom - band[0]!.rect.top + 1).toBe(counts[letter]);
      expect(band[0]!.rect.right).toBe(report.columnCount - 1);
    }
    // Client names are literal text in a text-formatted column.
    const names = report.cells.slice(first, last + 1).map((line) => line[0]);
    expect(new Set(names)).toEqual(new Set(result.clients.map((c) => c.client)));
    expect(report.styles.some((s) => s.rect.left === 0 && s.rect.top === first && s.rect.bottom === last && s.style.numberFormat === FORMATS.text)).toBe(true);
  });

  it('every formula recomputed from the sheet equals the value the core computed, to the cent', () => {
    const all = formulas(report);
    expect(all.length).toBeGreaterThan(60);
    for (const f of all) {
      if (typeof f.cached === 'number') {
        expect(typeof f.computed, f.formula).toBe('number');
        expect(Math.abs((f.computed as number) - f.cached), `${f.formula} at ${f.row},${f.column}`).toBeLessThan(0.005);
      } else {
        expect(f.computed, f.formula).toBe(f.cached);
      }
    }
  });

  it('the client table totals are SUM formulas equal to the hand-checked totals', () => {
    const totalRow = report.cells[report.clientRows.last + 1]!;
    expect(totalRow[0]).toBe('Totaal');
    const checks: [string, number][] = [
      ['Omzet', expected.totals.revenue as number], ['Directe kosten', expected.totals.directCosts as number],
      ['Tijd (uren)', expected.totals.time as number], ['Arbeid', expected.totals.labourCost as number],
      ['Bezoeken', expected.totals.visitCost as number], ['Rente laat betalen', expected.totals.interestCost as number],
      ['Kosten klantbediening', expected.totals.costToServe as number], ['Nettowinst', expected.totals.netProfit as number],
      ['Bijdrage', expected.totals.contribution as number], ['Retouren', (expected.totals.driverCosts as number[])[0]!],
      ['Kortingslek', expected.totals.discountLeak as number], ['Alternatieve kosten', expected.totals.opportunityCost as number],
    ];
    for (const [label, value] of checks) {
      const cell = totalRow[columnOf(report, label)];
      expect(isFormula(cell), label).toBe(true);
      const formula = cell as { formula: string; value: number };
      expect(formula.formula, label).toMatch(/^SUM\([A-Z]+\d+:[A-Z]+\d+\)$/);
      expect(Math.abs(formula.value - value), label).toBeLessThan(0.005);
    }
  });

  it('the summary and the class table point at the client table, not at copies', () => {
    const summary = report.sections[0]!.row;
    const revenueRow = report.cells.slice(summary, summary + 12).find((line) => line[0] === 'Omzet')!;
    expect(isFormula(revenueRow[1])).toBe(true);
    // The cost-benefit table: a figure a row, a group a column (A, B, C, their total, the tiers, theirs).
    const at = report.sections.find((s) => s.id === 'costBenefit')!.row;
    const header = report.cells[at + 2]!;
    expect(header.slice(3, 7)).toEqual(['A', 'B', 'C', 'Totaal']);
    const revenue = report.cells.slice(at, at + 20).find((line) => line[0] === 'Omzet')!;
    expect((revenue[3] as { formula: string }).formula).toMatch(/^SUMIF\(\$B\$\d+:\$B\$\d+,"A",\$D\$\d+:\$D\$\d+\)$/);
    expect((revenue[5] as { formula: string }).formula).toMatch(/^SUMIF\(\$B\$\d+:\$B\$\d+,"C",\$D\$\d+:\$D\$\d+\)$/);
    const r = report.cells.indexOf(revenue) + 1;
    expect(revenue[6]).toEqual({ formula: `SUM(D${r}:F${r})`, value: result.totals.revenue });
    expect(revenue[7]).toMatchObject({ formula: expect.stringMatching(/^SUMIF\(\$C\$\d+:\$C\$\d+,"Top",\$D\$\d+:\$D\$\d+\)$/) });
    // The tiers hold every client: their total is the classes', not a column again.
    expect(header.lastIndexOf('Totaal')).toBe(6);
    expect(header.length - 1).toBeLessThanOrEqual(11);
  });

  it('the pyramid is drawn in centred bands narrowing to the top, coloured by profitability', () => {
    const pyramid = report.sections.find((s) => s.id === 'pyramid')!.row;
    const bands = report.merges.filter((m) => m.top > pyramid && m.top < report.sections.find((s) => s.id === 'profile')!.row && m.top === m.bottom && m.right - m.left >= 2);
    const widths = bands.map((b) => b.right - b.left + 1);
    expect(widths.slice(0, 4)).toEqual([3, 5, 7, 9]);
    const centres = bands.slice(0, 4).map((b) => (b.left + b.right) / 2);
    expect(new Set(centres).size).toBe(1);
    const small = result.pyramid.find((t) => t.tier === 'small')!;
    const smallBand = report.styles.find((s) => s.rect.top === bands[3]!.top && s.rect.left === bands[3]!.left)!;
    expect(smallBand.style.fill).toBe(small.netProfit < 0 ? COLORS.loss : small.netProfit / small.revenue < 0.05 ? COLORS.thin : COLORS.profit);
    expect(String(report.cells[bands[0]!.top]![bands[0]!.left])).toMatch(/^Top: 1 klant\nomzet .* · winst .*$/);
  });

  it('lists every input problem with row, column and message', () => {
    const at = report.sections.find((s) => s.id === 'problems')!.row;
    expect(report.cells[at + 1]!.slice(0, 6)).toEqual(['Rij', 'Kolom', 'Gevonden', 'Gevolg', null, 'Melding']);
    const listed = report.cells.slice(at + 2, at + 2 + problems.length);
    expect(listed.map((line) => line[0])).toEqual(problems.map((p) => p.row));
    expect(listed.map((line) => line[5])).toEqual(problems.map((p) => p.message));
    expect(problems.length).toBeGreaterThan(0);
  });

  it('draws the whale curve from its own cells', () => {
    expect(report.charts).toHaveLength(1);
    const series = report.charts[0]!.series[0]!;
    expect(series.x.bottom - series.x.top + 1).toBe(result.whale.points.length);
    expect(report.cells[series.y.bottom]![series.y.left]).toBeCloseTo(1, 12);
    expect(report.cells[series.x.top]![series.x.left]).toBe(0);
  });

  it('speaks English and German from the same catalogue', () => {
    for (const [language, heading] of [['en', 'Summary'], ['de', 'Zusammenfassung']] as const) {
      const other = buildReport(result, { language, problems });
      expect(other.cells[other.sections[0]!.row]![0]).toBe(heading);
      expect(other.name).toBe(language === 'en' ? 'Client analysis' : 'Kundenanalyse');
    }
  });
});

describe('buildReport keeps user text literal', () => {
  it('a client called =1+1 or =HYPERLINK(...) is a string cell, never a formula', async () => {
    const names = ['=1+1', '=HYPERLINK("http://x","y")', '+31 6 1234', '@foo', '-12'];
    const cells = portfolio.cells.map((line) => [...line]);
    names.forEach((name, i) => {
      cells[3 + i]![0] = name;
    });
    const { result, problems } = await analysePortfolio(cells);
    const report = buildReport(result, { problems });
    const written = report.cells.slice(report.clientRows.first, report.clientRows.last + 1).map((line) => line[0]);
    for (const name of names) {
      expect(written).toContain(name);
    }
    const formulaTexts = formulas(report).map((f) => f.formula);
    expect(formulaTexts.some((f) => f.includes('HYPERLINK') || f === '1+1')).toBe(false);
  });
});

describe('buildReport: properties', () => {
  // Money in cents and hours in hundredths, as a sheet holds them (a denormal revenue would overflow any
  // spreadsheet's division as well; the core answers "not available" there, tested in figures).
  const cents = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((c) => c / 100);
  const record = fc.record({
    revenue: fc.oneof(fc.constant(0), cents(-5_000, 500_000)),
    directCosts: cents(0, 200_000),
    hours: fc.oneof(fc.constant(0), cents(0, 2_000)),
    visits: fc.integer({ min: 0, max: 20 }),
    daysLate: fc.integer({ min: 0, max: 90 }),
  });

  it('for any portfolio, every formula of the sheet recomputes to the core value (to the cent)', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 0, maxLength: 40 }), fc.constantFrom('nl', 'en', 'de'), (rows, language) => {
        const records: ClientRecord[] = rows.map((r, i) => ({
          row: i + 2, client: `Klant ${i}`, contract: null, extra: {},
          revenue: r.revenue, directCosts: r.directCosts, hours: r.hours, calls: 0, emails: 0, correctionRounds: 0,
          visits: r.visits, orders: 0, invoices: 0, freeShipments: 0, discountPct: 0, daysLate: r.daysLate, reminders: 0,
          previousRevenue: 0, referralRevenue: 0, potential: 0, relationship: 0,
        }));
        const result = analyse(records, { hourlyCost: 45 }, '2026-06-30');
        const report = buildReport(result, { language });
        for (const f of formulas(report)) {
          if (typeof f.cached === 'number') {
            const tolerance = 0.005 + Math.abs(f.cached) * 1e-12;
            if (!(Math.abs((f.computed as number) - f.cached) <= tolerance)) return false;
          } else if (f.computed !== f.cached) return false;
        }
        return report.clientRows.last - report.clientRows.first + 1 === Math.max(records.length, 1);
      }),
      { numRuns: 60 },
    );
  });
});

describe('buildReport: the Kolommen block', () => {
  it('says which header fed which figure and which columns were not used, and why', async () => {
    const { readClientTable } = await import('../../../src/core/index.js');
    const read = readClientTable([['Klant', 'Omzet', 'Tijd (min)', 'Ordernummer'], ['Alfa', 100, 90, 7], ['Beta', 50, 30, 8]]);
    const report = buildReport(analyse(recordsOf(read.columns), { periodEnd: '2025-12-31' }), { mapping: read.mapping, madeOn: '2026-01-05' });
    const rows = Array.from(report.cells, (row) => Array.from(row ?? [], (cell) => (typeof cell === 'string' ? cell : null)));
    const start = rows.findIndex((row) => row[0] === 'Kolommen');
    expect(start).toBeGreaterThan(0);
    const block = rows.slice(start + 1, start + 28).filter((row) => row[0] !== null).map((row) => [row[0], row[1], row[4]]);
    expect(block[0]).toEqual(['Gegeven', 'Kolom', 'Hoe']);
    expect(block).toContainEqual(['Klant', 'A · Klant', 'zeker']);
    expect(block).toContainEqual(['Uren', 'C · Tijd (min)', 'zeker; minuten, omgerekend naar uren']);
    expect(block).toContainEqual(['Bezoeken', 'geen kolom', '']);
    expect(block).toContainEqual(['Niet gebruikt', 'D · Ordernummer', 'een nummer of code']);
  });
});

describe('buildReport: the client number beside the name', () => {
  it('is a column of its own right of the name when the list has one, and absent when it has none', async () => {
    const { readClientTable } = await import('../../../src/core/index.js');
    const withNumbers = readClientTable([['Debiteur', 'Naam', 'Omzet'], ['10001', 'Bakkerij Jansen', 1000], ['10002', 'Smit BV', 500]]);
    const report = buildReport(analyse(recordsOf(withNumbers.columns), { periodEnd: '2025-12-31' }), { mapping: withNumbers.mapping, madeOn: '2026-01-05' });
    const rows = Array.from(report.cells, (row) => Array.from(row ?? [], (cell) => (typeof cell === 'string' ? cell : null)));
    const header = rows.findIndex((row) => row[0] === 'Klant' && row[1] === 'Klantnummer');
    expect(header).toBeGreaterThan(0);
    expect(rows.slice(header + 1, header + 3).map((row) => [row[0], row[1]])).toEqual([['Bakkerij Jansen', '10001'], ['Smit BV', '10002']]);
    const without = readClientTable([['Klant', 'Omzet'], ['Alfa', 1000]]);
    const plain = buildReport(analyse(recordsOf(without.columns), { periodEnd: '2025-12-31' }), { mapping: without.mapping, madeOn: '2026-01-05' });
    expect(Array.from(plain.cells).some((row) => row?.[1] === 'Klantnummer')).toBe(false);
  });
});
