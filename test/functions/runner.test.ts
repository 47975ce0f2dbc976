import { describe, expect, it } from 'vitest';
import { LANGUAGES, statutoryRateOn, todayIso } from '../../src/core/index.js';
import { FUNCTIONS, runFunction, type RunResult } from '../../src/functions/index.js';

const value = (result: RunResult): unknown => {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.message}`);
  return result.value;
};
const error = (result: RunResult) => {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
};

describe('coercion', () => {
  it('reads numbers as text in Dutch, German and English notation, and percentages as fractions', () => {
    expect(value(runFunction('UURRENDEMENT', ['€ 1.234,56', 1]))).toBeCloseTo(1234.56, 10);
    expect(value(runFunction('UURRENDEMENT', ['1.234,56 €', 1]))).toBeCloseTo(1234.56, 10);
    expect(value(runFunction('UURRENDEMENT', ['1,234.56', 1], { language: 'en' }))).toBeCloseTo(1234.56, 10);
    // The ambiguous "1.234" follows the workbook's notation; without one, the language's.
    expect(value(runFunction('UURRENDEMENT', ['1.234', 0.001]))).toBe(1234000);
    expect(value(runFunction('UURRENDEMENT', ['1.234', 0.001], { language: 'en' }))).toBe(1234);
    // An English message language in a workbook that writes a decimal comma: the workbook decides.
    expect(value(runFunction('UURRENDEMENT', ['1.234', 0.001], { language: 'en', notation: 'nl' }))).toBe(1234000);
    expect(value(runFunction('UURRENDEMENT', ['1.234', 0.001], { language: 'nl', notation: 'en' }))).toBe(1234);
    expect(value(runFunction('RENTEVERLIES', [36500, 10, '12%']))).toBeCloseTo(120, 10);
  });

  it('treats null (Excel), undefined (omitted) and "" (Sheets) alike: a blank optional takes its default', () => {
    for (const blank of [null, undefined, '', '  ']) {
      expect(value(runFunction('UURRENDEMENT', [1000, 8, blank]))).toBe(125);
      expect(value(runFunction('KOSTEN', [0, 0, 1, 0, 0, blank]))).toBe(400);
      expect(value(runFunction('ABC', [[[40, 30, 20, 10]], blank, blank]))).toEqual([['A', 'A', 'A', 'B']]); // shares before: 0, 0,4, 0,7, 0,9
    }
  });

  it("counts an old Excel build's 0-for-empty as 0 (it cannot be told from a typed 0)", () => {
    expect(value(runFunction('KOSTEN', [0, 0, 1, 0, 0, 0]))).toBe(0);
    expect(value(runFunction('ABC', [[[10], [0], [5]]]))).toEqual([['A'], ['C'], ['A']]);
  });

  it('gives "" for an element whose required arguments are all blank, and names a single blank required one', () => {
    expect(value(runFunction('UURRENDEMENT', [null, null]))).toBe('');
    expect(value(runFunction('UURRENDEMENT', [[[1000], [null]], [[10], ['']]]))).toEqual([[100], ['']]);
    expect(error(runFunction('UURRENDEMENT', [1000, null]))).toMatchObject({ kind: 'value', messageId: 'blank', message: 'uren is leeg; vul een getal in (0 als het echt 0 is).' });
    expect(error(runFunction('LEVENSDUURWAARDE', ['', 0.8, 0.1])).messageId).toBe('blank');
  });

  it('refuses a Date (how Sheets passes a date cell) as an amount; a serial number is a number (Excel)', () => {
    expect(error(runFunction('KOSTEN', [new Date(2026, 0, 31), 1]))).toMatchObject({ kind: 'value', message: 'uren: 2026-01-31 is een datum, geen getal; verwacht: een aantal uren zoals 12,5.' });
    expect(value(runFunction('KOSTEN', [46053, 1]))).toBe(46053);
  });

  it('refuses booleans, NaN and Infinity with #VALUE! naming the argument', () => {
    for (const bad of [true, NaN, Infinity]) {
      const e = error(runFunction('UURRENDEMENT', [bad, 8]));
      expect(e.kind).toBe('value');
      expect(e.message).toMatch(/^omzet: /);
    }
  });

  it('counts a 1×1 range as one value, and a 1-D array as a row', () => {
    expect(value(runFunction('UURRENDEMENT', [[[1000]], [[8]], [[200]]]))).toBe(100);
    expect(value(runFunction('PIRAMIDE', [[[5]]]))).toBe('Top');
    expect(value(runFunction('UURRENDEMENT', [[1000, 2000], 10]))).toEqual([[100, 200]]);
  });
});

describe('shapes', () => {
  it('spills element-wise over equal shapes and broadcasts single values', () => {
    expect(value(runFunction('LEVENSDUURWAARDE', [[[1000, 2000], [0, 300]], 0.5, 0]))).toEqual([[1000, 2000], [0, 300]]);
  });

  it('refuses ranges of different shapes, naming both', () => {
    const e = error(runFunction('RENTEVERLIES', [[[1], [2]], [[1, 2]], 0.1]));
    expect(e).toMatchObject({ kind: 'value', messageId: 'shapeMismatch' });
    expect(e.message).toContain('bedrag 2×1, dagen_te_laat 1×2');
  });

  it('refuses a range where one value is expected', () => {
    const e = error(runFunction('ABC', [[[1], [2]], [[0.5], [0.6]]]));
    expect(e.message).toBe('grens_a: verwacht één waarde, geen bereik van 2×1.');
  });

  it('keeps the shape of ABC and PIRAMIDE, blanks included', () => {
    expect(value(runFunction('PIRAMIDE', [[[300, ''], [null, 100]]]))).toEqual([['Top', ''], ['', 'Groot']]);
  });
});

describe('large ranges', () => {
  it('handles a 300 000-row column (no argument spreading that overflows the stack)', () => {
    const revenue = Array.from({ length: 300_000 }, (_, i) => [i]);
    const result = value(runFunction('UURRENDEMENT', [revenue, 2])) as number[][];
    expect(result).toHaveLength(300_000);
    expect(result[299_999]).toEqual([149_999.5]);
    expect((value(runFunction('PIRAMIDE', [revenue])) as string[][])[0]).toEqual(['Inactief']);
  });
});

describe('bounds and errors', () => {
  it.each([
    ['UURRENDEMENT', [1000, -2], 'uren: -2 is te klein; verwacht: 0 of meer.'],
    ['ABC', [[[1]], 0], 'grens_a: 0 is te klein; verwacht: meer dan 0.'],
    ['ABC', [[[1]], 0.5, 1.2], 'grens_b: 1,2 is te groot; verwacht: 1 of minder.'],
    ['KORTINGSLEK', [100, 1, [[0, 0]]], 'korting: 1 is te groot; verwacht: minder dan 1.'],
    ['KORTINGSLEK', [100, 0.1, [[0, 0], [50, 150]]], 'staffel, rij 2, kolom 2: 150 is te groot; verwacht: minder dan 1.'],
    ['KORTINGSLEK', [100, 0.1, [[0, 0], [50, '']]], 'staffel, rij 2: de rij is maar half ingevuld; vul beide kolommen in of maak de rij leeg.'],
    ['KORTINGSLEK', [100, 0.1], 'staffel ontbreekt.'],
    ['UURRENDEMENT', [1000], 'uren ontbreekt.'],
    ['ABC', [[[1], [true]]], 'waarden, rij 2: "true" is geen getal; verwacht: een bedrag zoals 1.234,56.'],
  ])('%s(%j) → #VALUE! "%s"', (id, args, message) => {
    expect(error(runFunction(id, args))).toMatchObject({ kind: 'value', message });
  });

  it('maps each failure to its kind', () => {
    expect(error(runFunction('UURRENDEMENT', [1, 0])).kind).toBe('div0');
    expect(error(runFunction('LEVENSDUURWAARDE', [1, 1, 0])).kind).toBe('na');
    expect(error(runFunction('WALVISCURVE', [[['']]])).kind).toBe('na');
    expect(error(runFunction('UURRENDEMENT', [1e14, 1e-300])).kind).toBe('num');
    expect(error(runFunction('NOPE', [])).kind).toBe('value');
  });

  it('writes messages in Dutch, English and German, the position included', () => {
    const args = [[[1000], ['x']], 10];
    const cell = (language: 'nl' | 'en' | 'de') => (value(runFunction('UURRENDEMENT', args, { language })) as { message: string }[][])[1]![0]!.message;
    expect(cell('nl')).toBe('omzet, rij 2: "x" is geen getal; verwacht: een bedrag zoals 1.234,56.');
    expect(cell('en')).toBe('revenue, row 2: "x" is not a number; expected: an amount such as 1,234.56.');
    expect(cell('de')).toBe('umsatz, Zeile 2: „x“ ist keine Zahl; erwartet: ein Betrag wie 1.234,56.');
    const column = error(runFunction('ABC', [[[1, 'y']]], { language: 'en' }));
    expect(column.message).toBe('values, row 1, column 2: "y" is not a number; expected: an amount such as 1,234.56.');
    expect(error(runFunction('UURRENDEMENT', [1, 0], { language: 'de' })).message).toBe('stunden ist 0: ohne Stunden gibt es keinen Ertrag pro Stunde.');
  });

  it('accepts the computed-ABC word in every language, case-insensitive', () => {
    for (const word of ['berekend', 'COMPUTED', 'Berechnet']) {
      expect(value(runFunction('ABC', [[[5], [5]], word]))).toEqual([['A'], ['A']]);
    }
  });
});

describe('defaults', () => {
  it("RENTEVERLIES uses today's Dutch statutory rate when no rate is given", () => {
    const rate = statutoryRateOn(todayIso(), 'NL').rate;
    expect(value(runFunction('RENTEVERLIES', [36500, 10]))).toBeCloseTo(36500 * rate * 10 / 365, 9);
  });
});

describe('registry', () => {
  it('has unique ids, uppercase Dutch, and names in every language', () => {
    const ids = FUNCTIONS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const def of FUNCTIONS) {
      expect(def.id).toBe(def.names.nl);
      for (const language of LANGUAGES) {
        expect(def.names[language]).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
        for (const param of def.params) expect(param.names[language]).toMatch(/^\p{L}[\p{L}0-9_]*$/u);
      }
    }
  });

  it('runs every README example without error', () => {
    for (const def of FUNCTIONS) {
      const args = def.example.map((arg) => (typeof arg === 'number' ? arg : arg.values));
      expect(runFunction(def.id, args).ok, def.id).toBe(true);
    }
  });
});
