/**
 * The built bundles agree with the analysis of the same workbook: number texts in the workbook's notation (not
 * the display language's), a bare discount of 12 read as 12 %, money rounded to cents, RENTEVERLIES' default rate
 * from the saved country and period, equal values in one class and tier, and Sheets' messages in the
 * spreadsheet's language. dist/excel/functions.js behind a stub Excel API; dist/sheets/Code.js in a bare vm
 * context with stub SpreadsheetApp and PropertiesService.
 */
import { describe, expect, it } from 'vitest';
import {
  analyseTable, averageStatutoryRate, CLASS_LETTERS, readClientTable, TIER_CODES, TIER_LABELS, todayIso, type Notation, type Settings,
} from '../../src/core/index.js';
import { isVolatile, FUNCTIONS } from '../../src/functions/index.js';
import { readFileSync } from 'node:fs';
import { loadExcel, loadSheets, normaliseExcel, normaliseExcelAsync, normaliseSheets, type ExcelWorkbook, type SheetsSpreadsheet } from '../support/function-hosts.js';

const TIERS = [[0, 0], [50000, 0.05], [100000, 0.1]];

/** One Excel call on a fresh bundle with this display language and workbook; awaits the culture when asked. */
async function excel(displayLanguage: string, workbook: ExcelWorkbook | undefined, id: string, ...args: unknown[]): Promise<unknown> {
  const host = loadExcel(displayLanguage, workbook);
  return normaliseExcelAsync(() => host.functions.get(id)!(...args));
}

/** One Sheets call (`KLANT_<id>`) on a fresh bundle for this spreadsheet. */
function sheets(spreadsheet: SheetsSpreadsheet | undefined, id: string, ...args: unknown[]): unknown {
  const host = loadSheets(spreadsheet);
  return normaliseSheets(() => (host.context[`KLANT_${id}`] as (...a: unknown[]) => unknown)(...args));
}

describe('number texts in the workbook’s notation, not the display language’s', () => {
  // "1.234" is 1 234 where the workbook writes a decimal comma, 1,234 where it writes a decimal point.
  it.each([
    ['en-US', ',', 1234000],
    ['nl-NL', ',', 1234000],
    ['de-DE', ',', 1234000],
    ['nl-NL', '.', 1234],
    ['de-DE', '.', 1234],
    ['en-GB', '.', 1234],
  ])('Excel, display %s, workbook decimal separator "%s": "1.234" / 0,001 hours = %d', async (display, separator, expected) => {
    expect(await excel(display, { decimalSeparator: separator }, 'UURRENDEMENT', [['1.234']], [[0.001]], null)).toBe(expected);
  });

  it('Excel asks the culture once and then answers synchronously; without the API the display language decides', async () => {
    const host = loadExcel('en-US', { decimalSeparator: ',' });
    const hourly = host.functions.get('UURRENDEMENT')!;
    const first = hourly([['1.234']], [[0.001]], null);
    expect(first).toBeInstanceOf(Promise);
    const [a, b] = await Promise.all([first, hourly([['2.000']], [[1]], null)]);
    expect(a).toEqual([[1234000]]);
    expect(b).toEqual([[2000]]);
    expect(normaliseExcel(() => hourly([['1.234']], [[0.001]], null))).toBe(1234000);
    expect(host.cultureReads()).toBe(1);
    // A host without ExcelApi 1.11 (the call fails) or without the Excel API: the display language's notation.
    expect(await excel('en-US', { failing: true }, 'UURRENDEMENT', [['1.234']], [[0.001]], null)).toBe(1234);
    expect(normaliseExcel(() => loadExcel('en-US').functions.get('UURRENDEMENT')!([['1.234']], [[0.001]], null))).toBe(1234);
    expect(normaliseExcel(() => loadExcel('nl-NL').functions.get('UURRENDEMENT')!([['1.234']], [[0.001]], null))).toBe(1234000);
  });

  it.each([
    ['nl_NL', 1234000],
    ['de_DE', 1234000],
    ['de_CH', 1234], // Swiss German writes a decimal point
    ['en_US', 1234],
    ['en_GB', 1234],
    ['fr_FR', 1234000],
  ])('Sheets, spreadsheet locale %s: "1.234" / 0,001 hours = %d', (locale, expected) => {
    expect(sheets({ locale }, 'UURRENDEMENT', '1.234', 0.001)).toBe(expected);
  });

  it('the same text gives the function and the analysis the same number for the same workbook', async () => {
    // Texts only the workbook's notation can decide (a column that settles its own notation decides itself).
    const cells = [['Klant', 'Omzet', 'Dagen te laat'], ['Bakker', '36.500', 10], ['Visser', '1.234', 20]];
    for (const [notation, separator, locale] of [['nl', ',', 'nl_NL'], ['en', '.', 'en_US']] as const) {
      const read = readClientTable(cells, { language: 'en', notation: notation as Notation });
      const analysis = analyseTable(read.columns, { interestRate: 0.1 });
      const revenue = Array.from(analysis.columns.values.revenue);
      expect(revenue).toEqual(notation === 'nl' ? [36500, 1234] : [36.5, 1.234]);
      for (let i = 0; i < revenue.length; i++) {
        const text = cells[i + 1]![1];
        // Sheets: the rate given; Excel: the rate saved in the workbook, as the analysis has it.
        expect(sheets({ locale }, 'RENTEVERLIES', text, cells[i + 1]![2], 0.1)).toBe(Math.round(analysis.interestCost[i]! * 100) / 100);
        const workbook = { decimalSeparator: separator, state: { settings: { interestRate: 0.1 } } };
        expect(await excel('en-US', workbook, 'RENTEVERLIES', [[text]], [[cells[i + 1]![2]]], null)).toBe(Math.round(analysis.interestCost[i]! * 100) / 100);
      }
    }
  });
});

describe('KORTINGSLEK reads a bare 12 as 12 %, as the analysis reads a discount column', () => {
  // List revenue 88 000 / 0,88 = 100 000, tier from 100 000: 10 %; 12 % given: 2 % of 100 000 = 2 000.
  it.each(['nl-NL', 'en-US', 'de-DE'])('Excel (%s): 12, 0,12 and "12%" all give 2 000, and the staffel may say 5 and 10', async (display) => {
    for (const discount of [12, 0.12, '12%']) {
      expect(await excel(display, { decimalSeparator: ',' }, 'KORTINGSLEK', [[88000]], [[discount]], TIERS)).toBe(2000);
    }
    expect(await excel(display, { decimalSeparator: ',' }, 'KORTINGSLEK', [[88000]], [[12]], [[0, 0], [50000, 5], [100000, 10]])).toBe(2000);
  });

  it.each([
    ['nl-NL', 'korting: 120 is te groot; verwacht: minder dan 1.'],
    ['en-US', 'discount: 120 is too large; expected: less than 1.'],
    ['de-DE', 'rabatt: 120 ist zu groß; erwartet: weniger als 1.'],
  ])('Excel (%s): 120 is no percentage either', async (display, message) => {
    expect(await excel(display, { decimalSeparator: ',' }, 'KORTINGSLEK', [[88000]], [[120]], TIERS)).toEqual({ error: 'value', message });
  });

  it('Sheets: 12 gives 2 000 as well', () => {
    expect(sheets({ locale: 'de_DE' }, 'KORTINGSLEK', 88000, 12, TIERS)).toBe(2000);
  });
});

describe('money results are rounded to cents', () => {
  it('the README’s KORTINGSLEK example is 2 000 exactly, so ROUNDDOWN gives 2 000, not 1 999', async () => {
    const leak = (await excel('nl-NL', { decimalSeparator: ',' }, 'KORTINGSLEK', [[88000]], [[0.12]], TIERS)) as number;
    expect(leak).toBe(2000);
    expect(Math.floor(leak)).toBe(2000);
    expect(sheets({ locale: 'nl_NL' }, 'KORTINGSLEK', 88000, 0.12, TIERS)).toBe(2000);
  });

  it('LEVENSDUURWAARDE(1000; 1; 0,1) is 10 000, (1000; 0,8; 0,1) 2 666,67; an hourly return 1000 / 3 is 333,33', async () => {
    expect(await excel('nl-NL', undefined, 'LEVENSDUURWAARDE', [[1000]], [[1]], [[0.1]])).toBe(10000);
    expect(sheets(undefined, 'LEVENSDUURWAARDE', 1000, 1, 0.1)).toBe(10000);
    expect(sheets(undefined, 'LEVENSDUURWAARDE', 1000, 0.8, 0.1)).toBe(2666.67);
    expect(sheets(undefined, 'UURRENDEMENT', [[1000], [-1000]], [[3], [3]])).toEqual([[333.33], [-333.33]]);
  });
});

describe('RENTEVERLIES’ default rate is the one the analysis of this workbook uses', () => {
  // 36 500 paid 10 days late: 36 500 · rate · 10 / 365 = 1 000 · rate.
  // 2025 (period end 2025-12-31): 181 days of H1 and 184 of H2.
  //   NL: (11,15 % · 181 + 10,15 % · 184) / 365 = 10,6459 % → 106,46
  //   DE: (11,27 % · 181 + 10,27 % · 184) / 365 = 10,7659 % → 107,66
  const saved = (settings: Partial<Settings>) => ({ settings });

  it.each([
    [{ country: 'NL', periodEnd: '2025-12-31' }, 106.46],
    [{ country: 'DE', periodEnd: '2025-12-31' }, 107.66],
    [{ country: 'DE', periodEnd: '2025-12-31', interestRate: 0.08 }, 80],
  ] as const)('saved %j → %d, in Excel (nl, en, de) and Sheets', async (settings, expected) => {
    for (const display of ['nl-NL', 'en-US', 'de-DE']) {
      expect(await excel(display, { decimalSeparator: ',', state: saved(settings) }, 'RENTEVERLIES', [[36500]], [[10]], null)).toBe(expected);
    }
    for (const locale of ['nl_NL', 'en_US', 'de_DE']) expect(sheets({ locale, state: saved(settings) }, 'RENTEVERLIES', 36500, 10)).toBe(expected);
  });

  it('no saved country: the German rate for a German user, the Dutch one otherwise; no period end: the 12 months up to today', async () => {
    const today = todayIso();
    const de = Math.round(averageStatutoryRate(today, 'DE').rate * 100000) / 100;
    const nl = Math.round(averageStatutoryRate(today, 'NL').rate * 100000) / 100;
    expect(de).toBeGreaterThan(nl);
    expect(await excel('de-DE', { decimalSeparator: ',' }, 'RENTEVERLIES', [[36500]], [[10]], null)).toBe(de);
    expect(await excel('nl-NL', { decimalSeparator: ',' }, 'RENTEVERLIES', [[36500]], [[10]], null)).toBe(nl);
    expect(await excel('en-US', { decimalSeparator: '.' }, 'RENTEVERLIES', [[36500]], [[10]], null)).toBe(nl);
    expect(sheets({ locale: 'de_AT' }, 'RENTEVERLIES', 36500, 10)).toBe(de);
    expect(sheets({ locale: 'nl_NL' }, 'RENTEVERLIES', 36500, 10)).toBe(nl);
    // Properties that cannot be read: no saved settings, the same defaults.
    expect(sheets({ locale: 'de_DE', unreadableProperties: true, state: saved({ country: 'NL' }) }, 'RENTEVERLIES', 36500, 10)).toBe(de);
    // A stored value that fails the check (a country we have no rate table for) is left out, as the pane does.
    expect(sheets({ locale: 'nl_NL', state: saved({ country: 'FR' as 'NL', periodEnd: '2025-12-31' }) }, 'RENTEVERLIES', 36500, 10)).toBe(106.46);
  });

  it('reads the saved settings only when the default is needed', () => {
    const host = loadSheets({ locale: 'nl_NL', state: saved({ country: 'DE' }) });
    const interest = host.context.KLANT_RENTEVERLIES as (...a: unknown[]) => unknown;
    expect(interest(36500, 10, 0.1)).toBe(100);
    expect(host.propertyReads()).toBe(0);
    interest(36500, 10);
    expect(host.propertyReads()).toBe(1);
  });

  it('is volatile in Excel (a changed setting or a new half-year reaches its cells), alone of the functions', () => {
    const metadata = JSON.parse(readFileSync('dist/excel/functions.json', 'utf8')) as { functions: { id: string; options?: { volatile?: boolean } }[] };
    expect(metadata.functions.filter((f) => f.options?.volatile).map((f) => f.id)).toEqual(['RENTEVERLIES']);
    expect(FUNCTIONS.filter(isVolatile).map((f) => f.id)).toEqual(['RENTEVERLIES']);
  });
});

describe('ABC and PIRAMIDE put equal values in one class and one tier, as the analysis does', () => {
  it('four equal revenues → one tier (Top); twenty clients on one fixed fee → one class, whatever the order', async () => {
    expect(await excel('nl-NL', { decimalSeparator: ',' }, 'PIRAMIDE', [[5000], [5000], [5000], [5000]])).toEqual([['Top'], ['Top'], ['Top'], ['Top']]);
    expect(sheets({ locale: 'de_DE' }, 'PIRAMIDE', [[5000], [5000], [5000], [5000]])).toEqual([['Top'], ['Top'], ['Top'], ['Top']]);
    for (const at of [0, 10, 20]) {
      const values = [...new Array<number[]>(at).fill([1000]), [60000], ...new Array<number[]>(20 - at).fill([1000])];
      const expected = values.map(([v]) => [v === 60000 ? 'A' : 'B']);
      expect(await excel('en-US', { decimalSeparator: '.' }, 'ABC', values, null, null)).toEqual(expected);
      expect(sheets({ locale: 'en_US' }, 'ABC', values)).toEqual(expected);
    }
  });

  it('the functions on the analysis’ own columns give the analysis’ classes and tiers', () => {
    const names = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
    // Fixed fees and a few larger clients: equal revenues and equal profits straddle the limits.
    const rows = names.map((name, i) => [name, i % 5 === 0 ? 9000 : 1200, i % 5 === 0 ? 30 : 8]);
    const read = readClientTable([['Klant', 'Omzet', 'Uren'], ...rows], { language: 'nl', notation: 'nl' });
    const analysis = analyseTable(read.columns, { hourlyCost: 50 });
    const profit = Array.from(analysis.netProfit, (v) => [v]);
    const revenue = Array.from(analysis.columns.values.revenue, (v) => [v]);
    const abc = sheets({ locale: 'nl_NL' }, 'ABC', profit) as string[][];
    const tiers = sheets({ locale: 'nl_NL' }, 'PIRAMIDE', revenue) as string[][];
    expect(abc.map(([c]) => c)).toEqual(Array.from(analysis.abcClass, (c) => CLASS_LETTERS[c]));
    expect(tiers.map(([t]) => t)).toEqual(Array.from(analysis.tier, (t) => TIER_LABELS.nl[TIER_CODES[t]!]));
    expect(new Set(abc.filter((_, i) => i % 5 !== 0).map(([c]) => c)).size).toBe(1);
  });
});

describe('Sheets messages in the spreadsheet’s language', () => {
  it.each([
    ['nl_NL', 'uren: -1 is te klein; verwacht: 0 of meer.', 'n.v.t.'],
    ['de_DE', 'stunden: -1 ist zu klein; erwartet: 0 oder mehr.', 'k. A.'],
    ['en_GB', 'hours: -1 is too small; expected: 0 or more.', 'n/a'],
    ['fr_FR', 'hours: -1 is too small; expected: 0 or more.', 'n/a'],
  ])('%s', (locale, message, notAvailable) => {
    expect(sheets({ locale }, 'UURRENDEMENT', 1000, -1)).toEqual({ thrown: message });
    expect(sheets({ locale }, 'UURRENDEMENT', [[1000], [1000]], [[8], [0]])).toEqual([[125], [notAvailable]]);
  });

  it('Dutch without a spreadsheet to ask (a bare context)', () => {
    expect(sheets(undefined, 'UURRENDEMENT', 1000, -1)).toEqual({ thrown: 'uren: -1 is te klein; verwacht: 0 of meer.' });
  });
});
