/** The pane's pure logic (taskpane/analysis.ts, settings.ts, text.ts), in Node: no browser, no host. */
import { describe, expect, it } from 'vitest';
import { bindDrivers, COLORS, FIELDS, readClientTable, topAdvice, type CellValue } from '../../src/core/index.js';
import { analyse, buildReport, recordsOf } from '../support/oracle.js';
import { checkState, overrideFor, problemCell, pyramidBands, readTable, runAnalysis } from '../../taskpane/analysis.js';
import { defaultHint, parseSetting, readRow, SETTING_KEYS, showRow } from '../../taskpane/settings.js';
import { languageOf } from '../../taskpane/excel-host.js';
import { REASON_TEXT, TEXT } from '../../taskpane/text.js';
import type { HostTable } from '../../taskpane/host.js';
import { portfolio } from '../support/portfolio.js';

const table = (cells: CellValue[][] = portfolio.cells, firstRow = 0, firstColumn = 0): HostTable => ({
  cells,
  where: { sheet: 'Klanten', address: 'A1:T40', kind: 'usedRange', firstRow, firstColumn },
  notation: 'nl',
});

describe('the stored state', () => {
  it('keeps what the core accepts and says what it ignored, in the pane language', () => {
    const checked = checkState({
      settings: { hourlyCost: 52, costPerVisit: 'veel', colour: 'blue' },
      mapping: { revenue: 'Omzet 2025', hours: 3, nonsense: 'x', visits: -1, orders: '' },
    }, 'nl');
    expect(checked.settings).toEqual({ hourlyCost: 52 });
    expect(checked.mapping).toEqual({ revenue: 'Omzet 2025', hours: 3 });
    expect(checked.issues).toHaveLength(2);
    expect(checked.issues.join(' ')).toContain('costPerVisit');
    expect(checkState({}, 'de')).toEqual({ settings: {}, mapping: {}, issues: [] });
    expect(checkState({ settings: [1], mapping: 'x' }, 'en').issues).toHaveLength(1);
  });

  it('keeps a field marked not used (null), so the column stays out of the analysis', () => {
    const checked = checkState({ mapping: { visits: null, orders: undefined } }, 'nl');
    expect(checked.mapping).toEqual({ visits: null });
    const cells = [['Klant', 'Omzet', 'Bezoeken'], ['Bakkerij Jansen', 12000, 4]];
    const where = { sheet: 'Klanten', address: 'A1:C2', kind: 'usedRange' as const, firstRow: 0, firstColumn: 0 };
    expect(readTable({ cells, where, notation: undefined }, {}, 'nl').mapping.fields.visits?.column).toBe(2);
    expect(readTable({ cells, where, notation: undefined }, checked.mapping, 'nl').mapping.fields.visits).toBeUndefined();
  });
});

describe('reading and analysing', () => {
  it('numbers rows as the sheet does and maps a field by the header the user picked', () => {
    const plain = readTable(table(), {}, 'nl');
    const offset = readTable(table(portfolio.cells, 4), {}, 'nl');
    expect(offset.mapping.headerRow).toBe(plain.mapping.headerRow! + 4);
    const hours = plain.mapping.fields.hours!;
    const other = plain.mapping.columns.find((c) => c.field === 'calls')!;
    const override = overrideFor(plain.mapping, other.column);
    expect(override).toBe(other.header);
    const remapped = readTable(table(), { hours: override }, 'nl');
    expect(remapped.mapping.fields.hours!.column).toBe(other.column);
    expect(remapped.mapping.fields.hours!.reason).toBe('manual');
    expect(hours.column).not.toBe(other.column);
  });

  it('analyses as the CLI does, and says why a table cannot be analysed', () => {
    const outcome = runAnalysis(table(), checkState({ settings: portfolio.settings }, 'nl'), 'nl', '2026-06-30');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.analysis.result.clientCount).toBe(readClientTable(portfolio.cells).columns.count);
    // The pane's figures from the columnar analysis are the whole analysis's.
    const read = readClientTable(portfolio.cells);
    const bound = bindDrivers(portfolio.settings.extraDrivers ?? [], read.mapping, 'nl');
    const whole = analyse(recordsOf(read.columns), { ...portfolio.settings, extraDrivers: bound.drivers }, '2026-06-30');
    expect(outcome.analysis.result.totals).toEqual(whole.totals);
    expect(outcome.analysis.result.pyramid).toEqual(whole.pyramid);
    expect(outcome.analysis.result.portfolioMargin).toBe(whole.portfolioMargin);
    expect(outcome.analysis.result.top).toEqual(topAdvice(whole));
    expect(outcome.analysis.report).toEqual(buildReport(whole, { language: 'nl', problems: outcome.analysis.problems, madeOn: '2026-06-30', mapping: read.mapping }));
    expect(outcome.analysis.report.name).toBe('Klantanalyse');
    const bad = runAnalysis(table([['Naam', 'Plaats'], ['A', 'B']]), checkState({}, 'en'), 'en', '2026-06-30');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.messages.length).toBeGreaterThan(0);
  });

  it('finds the cell of a problem on the source sheet', () => {
    const cells = portfolio.cells.map((row) => [...row]);
    const read0 = readClientTable(cells);
    const hours = read0.mapping.fields.hours!.column;
    const row = read0.mapping.headerRow!; // the first data row, 0-based
    cells[row]![hours] = 'veel';
    const where = table(cells, 2, 1);
    const read = readTable(where, {}, 'nl');
    const problem = read.problems.find((p) => p.text === 'veel')!;
    expect(problem.row).toBe(row + 1 + 2);
    expect(problemCell(problem, read.mapping, where.where)).toEqual({ sheet: 'Klanten', row: row + 3, column: hours + 1 });
    expect(problemCell({ ...problem, row: null }, read.mapping, where.where)).toBeNull();
  });

  it('colours the pyramid bands as the sheet does', () => {
    const outcome = runAnalysis(table(), checkState({ settings: portfolio.settings }, 'nl'), 'nl', '2026-06-30');
    if (!outcome.ok) throw new Error('expected an analysis');
    const { bands } = pyramidBands(outcome.analysis.result);
    expect(bands.map((b) => b.tier)).toEqual(['top', 'large', 'medium', 'small']);
    for (const band of bands) {
      const expected = { profit: COLORS.profit, thin: COLORS.thin, loss: COLORS.loss, empty: COLORS.inactive }[band.profitability];
      expect(band.color).toBe(expected);
    }
  });
});

describe('the settings form', () => {
  it('reads numbers in the language notation and percentages three ways', () => {
    expect(parseSetting('1.234,5', 'money', 'nl')).toBe(1234.5);
    expect(parseSetting('1,234.5', 'money', 'en')).toBe(1234.5);
    expect(parseSetting('', 'money', 'nl')).toBeNull();
    expect(parseSetting('veel', 'number', 'nl')).toBeUndefined();
    for (const text of ['8 %', '8', '0,08']) expect(parseSetting(text, 'percent', 'nl')).toBeCloseTo(0.08, 10);
    expect(parseSetting('-20', 'percent', 'de')).toBeCloseTo(-0.2, 10);
  });

  it('reads a list row as the type of the core, or says per input what is wrong', () => {
    expect(readRow('discountTiers', { revenueFrom: '25.000', discount: '3' }, 'nl')).toEqual({ ok: true, item: { revenueFrom: 25000, discount: 0.03 } });
    expect(readRow('discountTiers', { revenueFrom: '-1', discount: '150 %' }, 'nl')).toEqual({ ok: false, errors: { revenueFrom: 'rangeAmount', discount: 'rangeShare' } });
    expect(readRow('extraDrivers', { column: ' Retouren ', costPerUnit: '80', label: '' }, 'en')).toEqual({ ok: true, item: { column: 'Retouren', costPerUnit: 80 } });
    expect(readRow('extraDrivers', { column: '', costPerUnit: 'veel' }, 'nl')).toEqual({ ok: false, errors: { column: 'cellRequired', costPerUnit: 'invalidNumber' } });
    expect(showRow('discountTiers', { revenueFrom: 25000, discount: 0.03 }, 'de')).toEqual({ revenueFrom: '25.000', discount: '3 %' });
    expect(showRow('extraDrivers', { column: 'Retouren', costPerUnit: 80, label: 'Retouren' }, 'en')).toEqual({ column: 'Retouren', costPerUnit: '80', label: 'Retouren' });
  });

  it('shows every setting with its default and source', () => {
    for (const language of ['nl', 'en', 'de'] as const) {
      for (const key of SETTING_KEYS) expect(defaultHint(key, language, '2026-06-30'), key).toBeDefined();
    }
    expect(defaultHint('costPerVisit', 'nl', '2026-06-30').value).toBe('400');
    expect(defaultHint('interestRate', 'nl', '2026-06-30').source).toMatch(/wettelijke handelsrente NL/);
  });

  it('takes the language from Office\'s display language, Dutch by default', () => {
    expect(languageOf('de-AT')).toBe('de');
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf('nl-BE')).toBe('nl');
    expect(languageOf('fr-FR')).toBe('nl');
    expect(languageOf(undefined)).toBe('nl');
  });

  it('has every text in every language, with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const id of Object.keys(TEXT.nl) as (keyof typeof TEXT.nl)[]) {
      expect(placeholders(TEXT.en[id]), id).toEqual(placeholders(TEXT.nl[id]));
      expect(placeholders(TEXT.de[id]), id).toEqual(placeholders(TEXT.nl[id]));
    }
    expect(Object.keys(REASON_TEXT.de).sort()).toEqual(Object.keys(REASON_TEXT.nl).sort());
    expect(FIELDS.length).toBeGreaterThan(10);
  });
});
