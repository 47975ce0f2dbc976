/// <reference types="custom-functions-runtime" />
/**
 * Excel custom-functions entry (shared runtime): registers every registry function under its id and turns the
 * runner's errors into `CustomFunctions.Error`s. No arithmetic here.
 *
 * Excel passes every range-capable argument as a 2-D array (metadata `matrix`), a single value as [[v]], an
 * omitted optional argument as null; results are always returned as 2-D arrays (metadata result `matrix`).
 * A failure of the whole call is thrown; an error in one cell of a spill is an error object in that cell.
 *
 * What the functions take from the workbook, so they agree with the analysis of the same workbook:
 * - Number texts ("1.234") are read in the workbook's notation, as the pane reads the table: the decimal separator
 *   of `application.cultureInfo` (ExcelApi 1.11), asked once through `Excel.run` (the shared runtime lets a custom
 *   function call the Excel API) and kept; the first call waits for it. Without the Excel API (an older host, a
 *   runtime of its own) the display language's notation, as before.
 * - Defaults the analysis decides (RENTEVERLIES' rate) from the settings the pane saved in the workbook
 *   (`Office.context.document.settings`, key `klantwaarde`, checked by the core as the pane checks them). No
 *   country saved: Germany for a German display language, else the Netherlands; no period end saved: today.
 * Messages are in the display language.
 */
import { FUNCTIONS, runFunction, type Cell, type ErrorKind, type FunctionError } from '../src/functions/index.js';
import { checkSettings, type Language, type Notation, type Settings } from '../src/core/index.js';
import { notationOf } from '../src/hosts/excel/read.js';

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

/** The key under which the pane stores its state in the workbook (taskpane/excel-host.ts `SETTINGS_KEY`). */
export const SETTINGS_KEY = 'klantwaarde';

type OfficeSettings = { get(name: string): unknown };

/**
 * The settings saved in the workbook, checked (a value stored by an older version, or edited by hand, is left
 * out); `{}` when there are none or they cannot be read. A country the user did not choose follows the display
 * language, as the German pane defaults to Germany.
 */
export function savedSettings(language: Language): Partial<Settings> {
  const office = (globalThis as { Office?: { context?: { document?: { settings?: OfficeSettings } } } }).Office;
  let stored: unknown;
  try {
    stored = office?.context?.document?.settings?.get(SETTINGS_KEY);
  } catch {
    stored = undefined;
  }
  const raw = typeof stored === 'object' && stored !== null ? (stored as { settings?: unknown }).settings : undefined;
  const settings = checkSettings(raw ?? {}, language).settings;
  return settings.country === undefined ? { ...settings, country: language === 'de' ? 'DE' : 'NL' } : settings;
}

type Culture = { notation: Notation | undefined };
type ExcelRun = (batch: (context: Excel.RequestContext) => Promise<Culture>) => Promise<Culture>;

let culture: Culture | null = null;
let asking: Promise<Culture> | null = null;

function excelRun(): ExcelRun | null {
  const excel = (globalThis as { Excel?: { run?: unknown } }).Excel;
  return typeof excel?.run === 'function' ? (excel.run as ExcelRun) : null;
}

/** The workbook's culture, asked once; a host that refuses (no ExcelApi 1.11) leaves the language's notation. */
function askCulture(run: ExcelRun): Promise<Culture> {
  return run(async (context) => {
    const format = context.application.cultureInfo.numberFormat.load('numberDecimalSeparator');
    await context.sync();
    return { notation: notationOf(format.numberDecimalSeparator) };
  }).then(
    (found) => (culture = found),
    () => (culture = { notation: undefined }),
  );
}

/** Forgets the culture asked (tests load one bundle for several workbooks). */
export function forgetCulture(): void {
  culture = null;
  asking = null;
}

type ExcelResult = (number | string | CustomFunctions.Error)[][];

function runWith(id: string, args: readonly unknown[], found: Culture): ExcelResult {
  const language = displayLanguage();
  const result = runFunction(id, args, {
    language,
    ...(found.notation ? { notation: found.notation } : {}),
    settings: () => savedSettings(language),
  });
  if (!result.ok) throw toExcelError(result.error);
  const value = result.value;
  if (!Array.isArray(value)) return [[toExcelCell(value)]];
  return value.map((row) => row.map(toExcelCell));
}

/**
 * Runs a function as Excel calls it. Synchronous once the workbook's culture is known (or cannot be asked);
 * the first calls wait for it (a promise: Excel shows #BUSY! meanwhile) and a failure rejects with its error.
 */
export function invoke(id: string, args: readonly unknown[]): ExcelResult | Promise<ExcelResult> {
  if (culture) return runWith(id, args, culture);
  const run = excelRun();
  if (!run) return runWith(id, args, { notation: undefined });
  asking ??= askCulture(run);
  return asking.then((found) => runWith(id, args, found));
}

for (const def of FUNCTIONS) {
  const arity = def.params.length;
  // Only the declared arguments: Excel may append an invocation object for some function options.
  CustomFunctions.associate(def.id, (...args: unknown[]) => invoke(def.id, args.slice(0, arity)));
}
