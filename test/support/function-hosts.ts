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

/**
 * What a custom function can see of a spreadsheet: its locale, and the state the sidebar saved in the document's
 * properties (`klantwaarde.state`, as JSON). `unreadableProperties`: PropertiesService throws, as it may where a
 * script has no document properties.
 */
export type SheetsSpreadsheet = { locale?: string; state?: unknown; unreadableProperties?: boolean };

/** Loads Code.js in a bare context; with `spreadsheet`, stub SpreadsheetApp and PropertiesService for it. */
export function loadSheets(spreadsheet?: SheetsSpreadsheet): SheetsHost & { propertyReads: () => number } {
  const source = readFileSync('dist/sheets/Code.js', 'utf8');
  let reads = 0;
  const globals: Record<string, unknown> = {};
  if (spreadsheet) {
    globals.SpreadsheetApp = { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => spreadsheet.locale ?? 'nl_NL' }) };
    globals.PropertiesService = {
      getDocumentProperties: () => {
        reads++;
        if (spreadsheet.unreadableProperties) throw new Error('Properties are not available here');
        return { getProperty: (key: string) => (key === 'klantwaarde.state' && spreadsheet.state !== undefined ? JSON.stringify(spreadsheet.state) : null) };
      },
    };
  }
  const context = vm.createContext(globals);
  vm.runInContext(source, context, { filename: 'Code.js' });
  return { context, source, propertyReads: () => reads };
}

export class StubExcelError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

export type ExcelHost = { functions: Map<string, (...args: unknown[]) => unknown>; duplicates: string[] };

/**
 * What a custom function can see of an Excel workbook in the shared runtime: the culture's decimal separator
 * (through `Excel.run`, ExcelApi 1.11; `failing`: the host refuses it) and the state the pane saved in
 * `Office.context.document.settings` under `klantwaarde`.
 */
export type ExcelWorkbook = { decimalSeparator?: string; failing?: boolean; state?: unknown };

/**
 * Loads the Excel bundle; `displayLanguage` sets a stub `Office.context.displayLanguage` (none when omitted);
 * `workbook` adds a stub `Excel.run` and the document's settings.
 */
export function loadExcel(displayLanguage?: string, workbook?: ExcelWorkbook): ExcelHost & { cultureReads: () => number } {
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
  const context: Record<string, unknown> = {};
  if (displayLanguage !== undefined) context.displayLanguage = displayLanguage;
  let reads = 0;
  if (workbook) {
    context.document = { settings: { get: (key: string) => (key === 'klantwaarde' ? (workbook.state ?? null) : null) } };
    globals.Excel = {
      run: async (batch: (request: unknown) => Promise<unknown>) => {
        reads++;
        if (workbook.failing) throw new Error('ApiNotFound: cultureInfo needs ExcelApi 1.11');
        const numberFormat = { numberDecimalSeparator: undefined as string | undefined, load: () => numberFormat };
        const request = { application: { cultureInfo: { numberFormat } }, sync: async () => void (numberFormat.numberDecimalSeparator = workbook.decimalSeparator) };
        return batch(request);
      },
    };
  }
  if (Object.keys(context).length > 0) globals.Office = { context };
  vm.runInContext(source, vm.createContext(globals), { filename: 'functions.js' });
  return { functions, duplicates, cultureReads: () => reads };
}

/** `normaliseExcel` for a call that may return a promise (the first calls wait for the workbook's culture). */
export async function normaliseExcelAsync(call: () => unknown): Promise<Normalised> {
  let settled: unknown;
  try {
    settled = await call();
  } catch (thrown) {
    if (thrown instanceof StubExcelError) return { error: KIND_OF_CODE.get(thrown.code), message: thrown.message };
    throw thrown;
  }
  return normaliseExcel(() => settled);
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
