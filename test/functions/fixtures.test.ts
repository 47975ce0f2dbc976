/**
 * One table of calls (test/fixtures/function-calls.json), three ways in: the registry's runner directly, the
 * built Excel bundle behind a stub `CustomFunctions`, and the built Apps Script file in a bare vm context. Each
 * must give the hand-checked result; Excel and the registry must agree exactly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runFunction, type Cell } from '../../src/functions/index.js';
import { loadExcel, loadSheets, normaliseExcel, normaliseSheets } from '../support/function-hosts.js';

type Expected = number | string | { error: string } | Expected[];
type Call = { name: string; id: string; args: unknown[]; expected: Expected; message?: string };

const { calls } = JSON.parse(readFileSync('test/fixtures/function-calls.json', 'utf8')) as { calls: Call[] };
const metadata = JSON.parse(readFileSync('dist/excel/functions.json', 'utf8')) as {
  functions: { id: string; parameters: { dimensionality: 'scalar' | 'matrix' }[] }[];
};
const excel = loadExcel();
const sheets = loadSheets();

/** Numbers to 1e-9 relative; everything else exactly. */
function expectMatch(actual: unknown, expected: Expected, where: string): void {
  if (typeof expected === 'number') {
    expect(typeof actual, where).toBe('number');
    expect(Math.abs((actual as number) - expected), where).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${where}: ${JSON.stringify(actual)}`).toBe(true);
    const rows = actual as unknown[];
    expect(rows.length, where).toBe(expected.length);
    expected.forEach((e, i) => expectMatch(rows[i], e, `${where}[${i}]`));
  } else if (typeof expected === 'object') {
    expect((actual as { error?: string }).error, `${where}: ${JSON.stringify(actual)}`).toBe(expected.error);
  } else expect(actual, where).toBe(expected);
}

function hasError(expected: Expected): boolean {
  return Array.isArray(expected) ? expected.some(hasError) : typeof expected === 'object';
}

function normaliseRegistry(call: Call): { value: unknown; message: string | undefined } {
  const result = runFunction(call.id, call.args);
  if (!result.ok) {
    const withMessage = result.error.kind === 'value' || result.error.kind === 'na';
    return { value: withMessage ? { error: result.error.kind, message: result.error.message } : { error: result.error.kind }, message: result.error.message };
  }
  let message: string | undefined;
  const cell = (c: Cell): unknown => {
    if (typeof c !== 'object') return c;
    message ??= c.message;
    return { error: c.kind };
  };
  const value = Array.isArray(result.value) ? result.value.map((row) => row.map(cell)) : cell(result.value);
  return { value, message };
}

/** As Excel passes them: ranges and single values of `matrix` parameters as 2-D arrays, omitted ones as null. */
function excelArgs(call: Call): unknown[] {
  const parameters = metadata.functions.find((f) => f.id === call.id)!.parameters;
  return parameters.map((p, i) => {
    const arg = call.args[i];
    if (arg === undefined) return null;
    return p.dimensionality === 'matrix' && !Array.isArray(arg) ? [[arg]] : arg;
  });
}

describe('function-calls.json', () => {
  it('covers every registry function', () => {
    expect(new Set(calls.map((c) => c.id))).toEqual(new Set(metadata.functions.map((f) => f.id)));
  });

  it.each(calls.map((c) => [c.name, c] as const))('%s', (_name, call) => {
    const registry = normaliseRegistry(call);
    expectMatch(registry.value, call.expected, 'registry');
    if (call.message) expect(registry.message).toContain(call.message);

    const fromExcel = normaliseExcel(() => excel.functions.get(call.id)!(...excelArgs(call)));
    expectMatch(fromExcel, call.expected, 'excel');
    expect(fromExcel).toEqual(registry.value);

    const stub = sheets.context[`KLANT_${call.id}`] as (...args: unknown[]) => unknown;
    const fromSheets = normaliseSheets(() => stub(...call.args));
    if (hasError(call.expected) && !Array.isArray(call.expected)) {
      // A whole-call failure throws in Sheets, with the message (Sheets shows #ERROR!).
      expect(fromSheets).toHaveProperty('thrown');
      if (call.message) expect((fromSheets as { thrown: string }).thrown).toContain(call.message);
    } else if (hasError(call.expected)) {
      // Within a spill one cell without an answer never hides the others: it is the sheet's "n.v.t." text,
      // with the reason where the input was wrong (src/functions/sheets.ts).
      const expected = (call.expected as unknown[][]).map((row) => row.map((cell) =>
        cell !== null && typeof cell === 'object' && 'error' in cell
          ? ['div0', 'na'].includes((cell as { error: string }).error) ? 'n.v.t.' : expect.stringMatching(/^n\.v\.t\. \(.+\)$/)
          : cell));
      expect(fromSheets).toEqual(expected);
    } else {
      expectMatch(fromSheets, call.expected, 'sheets');
    }
  });
});
