/// <reference types="custom-functions-runtime" />
/**
 * Excel custom-functions entry (shared runtime): registers every registry function under its id and turns the
 * runner's errors into `CustomFunctions.Error`s. No arithmetic here.
 *
 * Excel passes every range-capable argument as a 2-D array (metadata `matrix`), a single value as [[v]], an
 * omitted optional argument as null; results are always returned as 2-D arrays (metadata result `matrix`).
 * A failure of the whole call is thrown; an error in one cell of a spill is an error object in that cell.
 * Number texts ("1.234") are read in the display language's notation, the best hint of the user's locale here.
 */
import { FUNCTIONS, runFunction, type Cell, type ErrorKind, type FunctionError } from '../src/functions/index.js';
import type { Language } from '../src/core/index.js';

/** Excel shows a custom message only with #VALUE! and #N/A. */
const WITH_MESSAGE: ReadonlySet<ErrorKind> = new Set(['value', 'na']);

function errorCode(kind: ErrorKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case 'value':
      return CustomFunctions.ErrorCode.invalidValue;
    case 'na':
      return CustomFunctions.ErrorCode.notAvailable;
    case 'div0':
      return CustomFunctions.ErrorCode.divisionByZero;
    case 'num':
      return CustomFunctions.ErrorCode.invalidNumber;
  }
}

function toExcelError(error: FunctionError): CustomFunctions.Error {
  return WITH_MESSAGE.has(error.kind)
    ? new CustomFunctions.Error(errorCode(error.kind), error.message)
    : new CustomFunctions.Error(errorCode(error.kind));
}

/**
 * The user's language from `Office.context.displayLanguage` ("nl-NL", "de-DE", "en-US"), read per call: the
 * context may not exist yet when this file loads, and not at all outside Office. Dutch by default.
 */
export function displayLanguage(): Language {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: unknown } } }).Office;
  const tag = typeof office?.context?.displayLanguage === 'string' ? office.context.displayLanguage.toLowerCase() : '';
  if (tag.startsWith('en')) return 'en';
  if (tag.startsWith('de')) return 'de';
  return 'nl';
}

function toExcelCell(cell: Cell): number | string | CustomFunctions.Error {
  return typeof cell === 'object' ? toExcelError(cell) : cell;
}

export function invoke(id: string, args: readonly unknown[]): (number | string | CustomFunctions.Error)[][] {
  const result = runFunction(id, args, { language: displayLanguage() });
  if (!result.ok) throw toExcelError(result.error);
  const value = result.value;
  if (!Array.isArray(value)) return [[toExcelCell(value)]];
  return value.map((row) => row.map(toExcelCell));
}

for (const def of FUNCTIONS) {
  const arity = def.params.length;
  // Only the declared arguments: Excel may append an invocation object for some function options.
  CustomFunctions.associate(def.id, (...args: unknown[]) => invoke(def.id, args.slice(0, arity)));
}
