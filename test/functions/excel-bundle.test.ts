/** The built Excel add-in: functions.js behind a stub CustomFunctions, and the generated metadata files. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/core/index.js';
import { FUNCTIONS, dimensionalityOf, parameterDescription } from '../../src/functions/index.js';
import { isValidExcelFunctionName, looksLikeCellReference } from '../support/excel-names.js';
import { loadExcel, normaliseExcel, StubExcelError } from '../support/function-hosts.js';

type Metadata = {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description: string; type: string; dimensionality: string; optional: boolean }[];
    result: { type: string; dimensionality: string };
  }[];
};

const FILES = readdirSync('dist/excel').filter((f) => /^functions(-\w+)?\.json$/.test(f)).sort();
const read = (file: string): Metadata => JSON.parse(readFileSync(`dist/excel/${file}`, 'utf8')) as Metadata;
const LANGUAGE_OF: Record<string, Language> = { 'functions.json': 'nl', 'functions-nl.json': 'nl', 'functions-en.json': 'en', 'functions-de.json': 'de' };

describe('Excel naming helper', () => {
  it.each([
    ['ABC1', true], ['XFD1048576', true], ['XFE1', false], ['A1048577', false], ['R1C1', true], ['RC', true],
    ['C12', true], ['ABC', false], ['KLANT', false], ['LOG10', true],
  ])('%s looks like a cell reference: %s', (name, expected) => {
    expect(looksLikeCellReference(name)).toBe(expected);
  });

  it('refuses short names, leading digits and other characters', () => {
    expect(isValidExcelFunctionName('AB')).toBe(false);
    expect(isValidExcelFunctionName('1ABC')).toBe(false);
    expect(isValidExcelFunctionName('KLANT-X')).toBe(false);
    expect(isValidExcelFunctionName('KLANT.ABC1')).toBe(false);
    expect(isValidExcelFunctionName('KLANT.ABC')).toBe(true);
  });
});

describe('dist/excel metadata', () => {
  it('has a file per language, functions.json the Dutch default', () => {
    expect(FILES).toEqual(['functions-de.json', 'functions-en.json', 'functions-nl.json', 'functions.json']);
    expect(read('functions.json')).toEqual(read('functions-nl.json'));
  });

  it.each(FILES)('%s: unique ids, the same ids in every file, valid names, parameters as in the registry', (file) => {
    const metadata = read(file);
    const language = LANGUAGE_OF[file]!;
    const ids = metadata.functions.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(FUNCTIONS.map((f) => f.id));
    for (const fn of metadata.functions) {
      const def = FUNCTIONS.find((f) => f.id === fn.id)!;
      expect(isValidExcelFunctionName(fn.name), fn.name).toBe(true);
      expect(isValidExcelFunctionName(fn.id), fn.id).toBe(true);
      expect(fn.name).toBe(def.names[language]);
      expect(fn.description).toBe(def.descriptions[language]);
      expect(fn.result.dimensionality).toBe('matrix');
      expect(fn.parameters).toEqual(
        def.params.map((p) => ({
          name: p.names[language],
          description: parameterDescription(p, language),
          type: 'any',
          dimensionality: dimensionalityOf(p),
          optional: p.optional === true,
        })),
      );
      // Excel: optional parameters come after the required ones.
      const firstOptional = fn.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(fn.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });
});

describe('dist/excel/functions.js', () => {
  const excel = loadExcel();

  it('associates every id of every metadata file, each once', () => {
    expect(excel.duplicates).toEqual([]);
    for (const file of FILES) for (const fn of read(file).functions) expect(excel.functions.has(fn.id), fn.id).toBe(true);
    expect([...excel.functions.keys()].sort()).toEqual(FUNCTIONS.map((f) => f.id).sort());
  });

  it('returns 2-D arrays and error objects in cells; throws for the whole call', () => {
    const hourly = excel.functions.get('UURRENDEMENT')!;
    expect(hourly([[1000]], [[8]], [[200]])).toEqual([[100]]);
    const cells = hourly([[1000], [1000]], [[8], [0]], null) as unknown[][];
    expect(cells[0]).toEqual([125]);
    expect(cells[1]![0]).toBeInstanceOf(StubExcelError);
    expect(cells[1]![0]).toMatchObject({ code: '#DIV/0!' });
    // #DIV/0! and #NUM! carry no message (Excel would not show it); #VALUE! and #N/A do.
    expect(() => hourly([[1000]], [[0]], null)).toThrow(StubExcelError);
    expect(normaliseExcel(() => hourly([[1000]], [[0]], null))).toEqual({ error: 'div0', message: undefined });
    expect(normaliseExcel(() => hourly([['x']], [[8]], null))).toEqual({ error: 'value', message: 'omzet: "x" is geen getal; verwacht: een bedrag zoals 1.234,56.' });
    expect(normaliseExcel(() => excel.functions.get('UURRENDEMENT')!([[1e14]], [[1e-300]]))).toEqual({ error: 'num', message: undefined });
    expect(normaliseExcel(() => excel.functions.get('LEVENSDUURWAARDE')!([[1]], [[1]], [[0]]))).toMatchObject({ error: 'na' });
  });

  it('ignores an extra invocation argument', () => {
    expect(excel.functions.get('PIRAMIDE')!([[1], [2]], { address: 'A1' })).toEqual([['Groot'], ['Top']]);
  });

  it('writes messages in the display language, Dutch without Office', () => {
    const message = (language?: string) =>
      (normaliseExcel(() => loadExcel(language).functions.get('UURRENDEMENT')!([[1]], [[-1]], null)) as { message: string }).message;
    expect(message()).toBe('uren: -1 is te klein; verwacht: 0 of meer.');
    expect(message('nl-NL')).toBe('uren: -1 is te klein; verwacht: 0 of meer.');
    expect(message('en-US')).toBe('hours: -1 is too small; expected: 0 or more.');
    expect(message('de-AT')).toBe('stunden: -1 ist zu klein; erwartet: 0 oder mehr.');
    expect(message('fr-FR')).toBe('uren: -1 is te klein; verwacht: 0 of meer.');
  });
});
