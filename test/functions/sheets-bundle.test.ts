/** The built Apps Script file, loaded as Apps Script loads it: one script in a bare global scope. */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS, runFunction, sheetsName, type FunctionDefinition } from '../../src/functions/index.js';
import { loadSheets, normaliseSheets } from '../support/function-hosts.js';

const { context, source } = loadSheets();
const call = (name: string, ...args: unknown[]) => normaliseSheets(() => (context[name] as (...a: unknown[]) => unknown)(...args));

/** The JSDoc block directly above `function NAME(`, or null. */
function jsDocAbove(name: string): string | null {
  const at = source.search(new RegExp(`^function ${name}\\(`, 'm'));
  if (at < 0) return null;
  const before = source.slice(0, at);
  const match = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\n$/.exec(before);
  return match ? match[1]! : null;
}

function exampleArgs(def: FunctionDefinition): unknown[] {
  return def.example.map((arg) => (typeof arg === 'number' ? arg : arg.values));
}

describe('dist/sheets/Code.js', () => {
  it('runs without Node globals', () => {
    expect(vm.runInContext('typeof require + typeof process + typeof Buffer + typeof module', context)).toBe('undefinedundefinedundefinedundefined');
    expect(source).not.toMatch(/\bexport\b\s*\{/);
  });

  it.each(FUNCTIONS.map((f) => [sheetsName(f), f] as const))('%s is a top-level function with its JSDoc', (name, def) => {
    expect(name).toMatch(/^KLANT_[A-Z]+$/);
    expect(typeof context[name]).toBe('function');
    expect(source).toMatch(new RegExp(`^function ${name}\\(${def.params.map((p) => p.names.nl).join(', ')}\\) \\{$`, 'm'));
    const doc = jsDocAbove(name);
    expect(doc, 'JSDoc directly above').not.toBeNull();
    expect(doc).toContain('@customfunction');
    expect(doc).toContain(def.descriptions.nl);
    const params = [...doc!.matchAll(/@param \{[^}]+\} (\S+)/g)].map((m) => m[1]);
    expect(params).toEqual(def.params.map((p) => p.names.nl));
    expect(doc).toMatch(/@return \{[^}]+\}/);
  });

  it.each(FUNCTIONS.map((f) => [sheetsName(f), f] as const))('%s gives the registry result for its example, with scalars and ranges', (name, def) => {
    const args = exampleArgs(def);
    const expected = runFunction(def.id, args);
    expect(expected.ok).toBe(true);
    expect(call(name, ...args)).toEqual(expected.ok ? expected.value : null);
    if (def.kind === 'elementWise') {
      // Every element-wise argument as a 2×1 range of the same value: the result spills 2×1.
      const ranged = args.map((arg, i) => (def.params[i]!.type === 'number' ? [[arg], [arg]] : arg));
      const single = expected.ok ? expected.value : null;
      expect(call(name, ...ranged)).toEqual([[single], [single]]);
    } else {
      // One value instead of a range.
      expect(typeof call(name, 5)).toBe(def.result.shape === 'columns' ? 'object' : 'string');
    }
  });

  it('one cell without an answer never hides the column: "n.v.t.", with the reason where the input is wrong', () => {
    expect(call('KLANT_UURRENDEMENT', [[1000], [1000]], [[8], [0]])).toEqual([[125], ['n.v.t.']]);
    expect(call('KLANT_UURRENDEMENT', [[1000], ['x']], [[8], [2]])).toEqual([[125], ['n.v.t. (omzet, rij 2: "x" is geen getal; verwacht: een bedrag zoals 1.234,56)']]);
    expect(call('KLANT_UURRENDEMENT', [[1000], [500]], [[8], [5], [2]])).toMatchObject({ thrown: expect.stringContaining('niet even groot') });
  });

  it('reads Sheets values: "" for empty cells, Dates from another realm (refused as amounts), omitted arguments', () => {
    expect(call('KLANT_UURRENDEMENT', 1000, 8, '')).toBe(125);
    expect(call('KLANT_UURRENDEMENT', [[1000], ['']], [[8], ['']])).toEqual([[125], ['']]);
    const date = vm.runInContext('new Date(2026, 0, 31)', context) as unknown;
    expect(call('KLANT_KOSTEN', date, 1)).toEqual({ thrown: 'uren: 2026-01-31 is een datum, geen getal; verwacht: een aantal uren zoals 12,5.' }); // a date is no number of hours
    expect(call('KLANT_ABC', [[500], [''], [300]])).toEqual([['A'], [''], ['A']]);
  });
});
