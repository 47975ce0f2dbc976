/**
 * Functions at the edges, in both hosts: the registry's runner and the built Excel bundle
 * (`dist/excel/functions.js` behind a stub `CustomFunctions`), and what Sheets returns (`sheetsValue`, which
 * `src/hosts/sheets/functions.ts` uses for every `KLANT_…` function).
 */
import { describe, expect, it } from 'vitest';
import { runFunction, sheetsValue, notAvailableText, type RunResult } from '../../src/functions/index.js';
import { loadExcel, normaliseExcel } from '../support/function-hosts.js';

const excel = loadExcel();
const inExcel = (id: string, args: unknown[]): unknown => normaliseExcel(() => excel.functions.get(id)!(...args.map((a) => (Array.isArray(a) ? a : [[a]]))));
const inSheets = (id: string, args: unknown[]): unknown => {
  try {
    return sheetsValue(runFunction(id, args, { language: 'nl' }), 'nl');
  } catch (error) {
    return { thrown: (error as Error).message };
  }
};
const failure = (result: RunResult) => (result.ok ? null : result.error);

describe('one client without an answer never hides the others', () => {
  const revenue = [[1000], [500], [300]];
  const hours = [[10], [0], [3]];

  it('Sheets: the 0-hour client gets "n.v.t." (the analysis sheet\'s text), the others their figure', () => {
    expect(inSheets('UURRENDEMENT', [revenue, hours])).toEqual([[100], ['n.v.t.'], [100]]);
    expect(notAvailableText('en')).toBe('n/a');
  });

  it('Excel: the same call gives #DIV/0! in that cell only', () => {
    expect(inExcel('UURRENDEMENT', [revenue, hours])).toEqual([[100], [{ error: 'div0' }], [100]]);
  });

  it('Sheets: a wrong input in one row names the row in its own cell; the rest stands', () => {
    expect(inSheets('UURRENDEMENT', [[[1000], ['veel'], [300]], [[10], [5], [3]]])).toEqual([
      [100], ['n.v.t. (omzet, rij 2: "veel" is geen getal; verwacht: een bedrag zoals 1.234,56)'], [100],
    ]);
  });

  it('Sheets: a single call without an answer is still an error with its message', () => {
    expect(inSheets('UURRENDEMENT', [1000, 0])).toEqual({ thrown: 'uren is 0: zonder uren bestaat er geen rendement per uur.' });
  });
});

describe('a blank required argument is an error naming it', () => {
  it('ALTERNATIEVEKOSTEN(40; ""; 95) asks for uurrendement instead of giving 3 800', () => {
    expect(failure(runFunction('ALTERNATIEVEKOSTEN', [40, '', 95]))).toMatchObject({ kind: 'value', message: 'uurrendement is leeg; vul een getal in (0 als het echt 0 is).' });
    expect(inExcel('ALTERNATIEVEKOSTEN', [40, null, 95])).toEqual({ error: 'value', message: 'uurrendement is leeg; vul een getal in (0 als het echt 0 is).' });
    expect(inSheets('ALTERNATIEVEKOSTEN', [40, '', 95])).toEqual({ thrown: 'uurrendement is leeg; vul een getal in (0 als het echt 0 is).' });
  });

  it('in a spill only that row says so; a row left wholly blank stays blank', () => {
    const args = [[[1000], [500], [null]], [[10], [''], [null]]];
    expect(inExcel('UURRENDEMENT', args)).toEqual([[100], [{ error: 'value' }], ['']]);
    expect(inSheets('UURRENDEMENT', args)).toEqual([[100], ['n.v.t. (uren, rij 2 is leeg; vul een getal in (0 als het echt 0 is))'], ['']]);
  });

  it('in English and German too', () => {
    expect(failure(runFunction('ALTERNATIEVEKOSTEN', [40, '', 95], { language: 'en' }))!.message).toBe('hourly_return is empty; enter a number (0 if it really is 0).');
    expect(failure(runFunction('ALTERNATIEVEKOSTEN', [40, '', 95], { language: 'de' }))!.message).toMatch(/ist leer; geben Sie eine Zahl ein/);
  });
});

describe('dates are not amounts', () => {
  it('Sheets passes a date cell as a Date: refused as in the CLI, naming the date', () => {
    expect(inSheets('KOSTEN', [new Date(2026, 0, 31), 45])).toEqual({ thrown: 'uren: 2026-01-31 is een datum, geen getal; verwacht: een aantal uren zoals 12,5.' });
    expect(failure(runFunction('UURRENDEMENT', [new Date(2026, 0, 31), 2], { language: 'en' }))!.message).toMatch(/^revenue: 2026-01-31 is a date, not a number/);
  });

  it('a date typed as text is no number in either host', () => {
    expect(inExcel('UURRENDEMENT', ['31-01-2026', 2])).toMatchObject({ error: 'value' });
    expect(inSheets('UURRENDEMENT', ['2026-01-31', 2])).toMatchObject({ thrown: expect.stringMatching(/is geen getal/) });
  });
});

describe('overflow and huge numbers say what they are', () => {
  it('UURRENDEMENT(1e300; 1e-300) no longer says "uren is 0": the revenue is too large to compute to the cent', () => {
    const error = failure(runFunction('UURRENDEMENT', [1e300, 1e-300]))!;
    expect(error).toMatchObject({ kind: 'value', messageId: 'hugeNumber' });
    expect(error.message).toBe('omzet: 1e+300 is groter dan 1.000.000.000.000.000; zo groot rekent een spreadsheet niet meer tot op de cent.');
    expect(inExcel('UURRENDEMENT', [1e300, 1e-300])).toMatchObject({ error: 'value', message: expect.stringContaining('groter dan') });
  });

  it('a quotient that overflows is #NUM! with an overflow message, not "uren is 0"', () => {
    expect(failure(runFunction('UURRENDEMENT', [1e14, 1e-300]))).toMatchObject({ kind: 'num', message: expect.stringContaining('overloop') });
    expect(inExcel('UURRENDEMENT', [1e14, 1e-300])).toMatchObject({ error: 'num' });
  });

  it('1e15 and 1E+15 are numbers (Excel shows large numbers so), not "geen getal"', () => {
    expect(runFunction('UURRENDEMENT', [1e15, 2])).toEqual({ ok: true, value: 5e14 });
    expect(runFunction('UURRENDEMENT', ['1E+15', 2])).toEqual({ ok: true, value: 5e14 });
    expect(runFunction('UURRENDEMENT', ['1,5E+12', 2])).toEqual({ ok: true, value: 7.5e11 });
    expect(inExcel('UURRENDEMENT', ['1e15', 2])).toBe(5e14);
    expect(failure(runFunction('UURRENDEMENT', ['1e16', 2]))!.messageId).toBe('hugeNumber');
  });
});
