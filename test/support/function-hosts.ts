/**
 * Loads the built custom-function bundles the way their hosts do, for tests and nothing else:
 * - dist/sheets/Code.js in a bare `node:vm` context (no require, process, Buffer), as Apps Script runs it;
 * - dist/excel/functions.js in a context with a stub `CustomFunctions` that records `associate()` calls.
 * And the helpers that normalise each host's results to one comparable form.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

export type ErrorKind = 'value' | 'na' | 'div0' | 'num';
/** A host-neutral result: numbers, texts, `{ error }` cells; a whole-call failure as `{ error, message }`. */
export type Normalised = unknown;

export const ERROR_CODES: Record<ErrorKind, string> = {
  value: '#VALUE!',
  na: '#N/A',
  div0: '#DIV/0!',
  num: '#NUM!',
};
const KIND_OF_CODE = new Map(Object.entries(ERROR_CODES).map(([kind, code]) => [code, kind as ErrorKind]));

export type SheetsHost = { context: vm.Context; source: string };

export function loadSheets(): SheetsHost {
  const source = readFileSync('dist/sheets/Code.js', 'utf8');
  const context = vm.createContext({});
  vm.runInContext(source, context, { filename: 'Code.js' });
  return { context, source };
}

export class StubExcelError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

export type ExcelHost = { functions: Map<string, (...args: unknown[]) => unknown>; duplicates: string[] };

/** Loads the Excel bundle; `displayLanguage` sets a stub `Office.context.displayLanguage` (none when omitted). */
export function loadExcel(displayLanguage?: string): ExcelHost {
  const source = readFileSync('dist/excel/functions.js', 'utf8');
  const functions = new Map<string, (...args: unknown[]) => unknown>();
  const duplicates: string[] = [];
  const CustomFunctions = {
    associate(id: string, fn: (...args: unknown[]) => unknown) {
      if (functions.has(id)) duplicates.push(id);
      functions.set(id, fn);
    },
    Error: StubExcelError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!' },
  };
  const globals: Record<string, unknown> = { CustomFunctions };
  if (displayLanguage !== undefined) globals.Office = { context: { displayLanguage } };
  vm.runInContext(source, vm.createContext(globals), { filename: 'functions.js' });
  return { functions, duplicates };
}

/** Excel's view of one call: throws become `{ error, message }`, error cells `{ error }`, 1×1 unwrapped. */
export function normaliseExcel(call: () => unknown): Normalised {
  let value: unknown;
  try {
    value = call();
  } catch (thrown) {
    if (thrown instanceof StubExcelError) return { error: KIND_OF_CODE.get(thrown.code), message: thrown.message };
    throw thrown;
  }
  if (!Array.isArray(value)) throw new Error(`Excel function returned a non-array: ${String(value)}`);
  const cells = (value as unknown[][]).map((row) =>
    row.map((cell) => (cell instanceof StubExcelError ? { error: KIND_OF_CODE.get(cell.code) } : cell)),
  );
  const plain = JSON.parse(JSON.stringify(cells)) as unknown[][];
  return plain.length === 1 && plain[0]!.length === 1 ? plain[0]![0] : plain;
}

/** Sheets' view: a thrown error has only a message (Sheets shows #ERROR!). */
export function normaliseSheets(call: () => unknown): Normalised {
  try {
    const value = call();
    // Results crossed the vm boundary: copy them into this realm so deep equality does not trip over prototypes.
    return JSON.parse(JSON.stringify(value)) as unknown;
  } catch (thrown) {
    return { thrown: String((thrown as Error).message) };
  }
}
