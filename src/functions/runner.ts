/**
 * The single runner behind every host: coerces what Excel or Sheets passes, validates it against the
 * registry's declarations, calls the implementation, and turns every failure into one of four errors with a
 * message in the user's language. Hosts only translate `FunctionError`s into their own error values.
 *
 * What arrives, and how it reads:
 * - Blank: `null` (Excel, current builds; an omitted optional argument), `undefined` (an omitted argument in
 *   Sheets), `""` (an empty cell in Sheets) and a text of spaces. Older Excel desktop builds pass `0` for an
 *   empty cell (office-js#4702); that cannot be told apart from a typed 0, so it counts as 0 there.
 * - Numbers as numbers; texts through core `parseNumberText` in the workbook's notation (`€ 1.234,56`, `12%` → 0,12,
 *   `1,234.56`; `RunOptions.notation`, which the host takes from the workbook as the analysis does), and scientific
 *   notation as Excel shows large numbers (`1E+15`, `1,5E+12`). A discount (`wholePercent`) reads a bare 12 as
 *   12 %, as the analysis reads its discount column.
 *   Booleans and other texts are unreadable: #VALUE! naming the argument, and the cell inside a range.
 * - A date is not an amount, hours or a count: a `Date` (how Sheets passes a date cell) is refused with #VALUE!,
 *   as the CLI refuses a date where a number belongs. Excel passes a date cell as its serial number, which cannot
 *   be told from a number; that is Excel's own behaviour for `=A1*2` too.
 * - A number beyond ±10^15 is refused with a message that says so: a spreadsheet computes with 15 significant
 *   digits, so cents are lost above it, and no client's revenue or hours come near it.
 * - A range is a 2-D array; a 1×1 range counts as one value (Excel passes every "matrix" argument as one).
 *
 * Blank cells:
 * - Element-wise functions: a blank optional argument takes its default; a blank required argument is an error
 *   naming it (#VALUE!; counting it as 0 made `ALTERNATIEVEKOSTEN(40; ""; 95)` 3 800 instead of a question),
 *   except that an element whose required arguments are *all* blank gives "" — an empty table row stays empty
 *   instead of showing errors down the sheet. Inside a spill the error is in that element's cell only.
 * - ABC, PIRAMIDE, WALVISCURVE: a blank cell is no client. It is left out of the ranking and the totals and
 *   gives "" in its place (ABC, PIRAMIDE); WALVISCURVE has one row per non-blank value, plus (0, 0).
 *
 * Results: an element-wise function whose unit is money is rounded to cents here, where the figure leaves for a
 * cell (core `roundToCents`): `ROUNDDOWN(KORTINGSLEK(…); 0)` must see 2 000, not 1 999,999999999999. Doing it in
 * the runner rounds every money result of every host alike, and keeps the core (and so the analysis) unrounded.
 *
 * Defaults the analysis decides (RENTEVERLIES' rate) come from the workbook's saved settings (`RunOptions.settings`),
 * resolved by core `resolveSettings` exactly as the analysis resolves them.
 *
 * Errors: an unreadable or out-of-bounds element inside an element-wise spill gives an error in that cell only;
 * anything that affects every cell (a bad single value, mismatched shapes, a bad cell in ABC's data, which
 * changes every rank) fails the whole call. Bounds are checked with #VALUE! (not #NUM!) because Excel shows a
 * message only with #VALUE! and #N/A, and a user who typed 80 for 80 % needs to be told. #NUM! is kept for
 * results that are not finite numbers.
 */
import {
  EXPECTED,
  formatNumber,
  parseNumberText,
  resolveSettings,
  roundToCents,
  translate,
  type Language,
  type Notation,
  type Params,
  type ResolvedSettings,
  type Settings,
} from '../core/index.js';
import { FUNCTION_MESSAGES, KEYWORDS, POSITION } from './messages.js';
import { functionById } from './registry.js';
import type {
  Bounds,
  Cell,
  ElementWiseFunction,
  ErrorKind,
  Failure,
  FunctionDefinition,
  FunctionError,
  KeywordId,
  MessageId,
  NumberParam,
  Param,
  RangeFunction,
  RangeParam,
  Table,
} from './types.js';
import { isFailure } from './types.js';

export type RunOptions = {
  /** Language of messages; default Dutch. */
  language?: Language;
  /** How ambiguous number texts read (`1.234`): the workbook's notation; default: the language's notation. */
  notation?: Notation;
  /**
   * The workbook's saved settings (as the panes store them, checked), for the defaults the analysis decides; a
   * function is called only when such a default is needed (reading them may cost the host a service call).
   */
  settings?: Partial<Settings> | (() => Partial<Settings>);
  /** Today as ISO `YYYY-MM-DD`, for a default that depends on it (no saved period end); default: today. */
  today?: string;
};

/** A scalar when every input was one value, else a 2-D array whose cells may hold errors. */
export type RunResult = { ok: true; value: Cell | Cell[][] } | { ok: false; error: FunctionError };

type Context = { language: Language; notation: Notation; def: FunctionDefinition; workbook: () => ResolvedSettings };

/** A cell that is not a number: its text, for the message, and why when it looks like a number. */
type Unreadable = { unreadable: string; reason?: 'date' | 'huge' };

/** Beyond this a spreadsheet's 15 significant digits no longer hold cents (see the header). */
export const LARGEST_NUMBER = 1e15;
const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$/;


/** Runs the function `id` on the arguments as a host passes them. Never throws for bad input. */
export function runFunction(id: string, args: readonly unknown[], options: RunOptions = {}): RunResult {
  const language = options.language ?? 'nl';
  const def = functionById(id);
  if (!def) return { ok: false, error: makeError(language, 'value', 'unknownFunction', { id }) };
  let resolved: ResolvedSettings | null = null;
  // Resolved only when a default needs it (the statutory rate averages a year of days).
  const workbook = (): ResolvedSettings => {
    if (resolved) return resolved;
    const saved = typeof options.settings === 'function' ? options.settings() : options.settings;
    return (resolved = resolveSettings(saved ?? {}, options.today));
  };
  const ctx: Context = { language, notation: options.notation ?? language, def, workbook };
  return def.kind === 'elementWise' ? runElementWise(def, args, ctx) : runRange(def, args, ctx);
}

export function makeError(language: Language, kind: ErrorKind, messageId: MessageId, params: Params = {}): FunctionError {
  return { kind, messageId, message: translate(FUNCTION_MESSAGES, language, messageId, params) };
}

export function isFunctionError(value: unknown): value is FunctionError {
  return isFailure(value) && 'message' in value;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading values

function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

function isDate(raw: unknown): raw is Date {
  // Not `instanceof`: a Date from another realm (Apps Script's, a vm context's) is still a Date.
  return Object.prototype.toString.call(raw) === '[object Date]';
}

/** A number, `null` for blank, or the text that could not be read. */
function readNumber(raw: unknown, notation: Notation): number | null | Unreadable {
  if (typeof raw === 'number') return Number.isFinite(raw) ? sized(raw, raw) : { unreadable: String(raw) };
  if (isBlank(raw)) return null;
  if (typeof raw === 'string') {
    const parsed = parseNumberText(raw, notation);
    if (parsed.ok) return sized(parsed.value, raw.trim());
    const text = raw.trim();
    if (SCIENTIFIC.test(text)) {
      const value = Number(text.replace(',', '.'));
      if (Number.isFinite(value)) return sized(value, text);
      return { unreadable: text, reason: 'huge' };
    }
    return { unreadable: text };
  }
  if (isDate(raw)) {
    // Shown as the calendar date the user typed (Apps Script runs in the project's time zone).
    const ms = Date.UTC(raw.getFullYear(), raw.getMonth(), raw.getDate());
    return { unreadable: Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : String(raw), reason: 'date' };
  }
  return { unreadable: String(raw) };
}

/** The value, or the refusal of a number too large to compute with to the cent. */
function sized(value: number, shown: number | string): number | Unreadable {
  return Math.abs(value) > LARGEST_NUMBER ? { unreadable: typeof shown === 'number' ? shown.toExponential() : shown, reason: 'huge' } : value;
}

/**
 * A discount as the analysis reads its discount column: a bare number above 1 up to 100 is that many per cent (a
 * discount of 1 200 % does not exist); a text written with `%` was already read as a share.
 */
function asShare(value: number | null | Unreadable, raw: unknown, wholePercent: boolean | undefined): number | null | Unreadable {
  if (!wholePercent || typeof value !== 'number' || !(value > 1 && value <= 100)) return value;
  return typeof raw === 'string' && raw.includes('%') ? value : value / 100;
}

function defaultOf(ctx: Context, param: NumberParam): number | null {
  if (param.default === undefined) return null;
  return typeof param.default === 'function' ? param.default(ctx.workbook()) : param.default;
}

function isUnreadable(value: number | null | Unreadable): value is Unreadable {
  return typeof value === 'object' && value !== null;
}

/** A 2-D array for a range (a 1-D array counts as one row), `null` for a single value. */
function asMatrix(raw: unknown): readonly (readonly unknown[])[] | null {
  if (!Array.isArray(raw)) return null;
  if (raw.length > 0 && !Array.isArray(raw[0])) return [raw];
  return raw as unknown[][];
}

function isSingleCell(matrix: readonly (readonly unknown[])[]): boolean {
  return matrix.length === 1 && matrix[0]!.length === 1;
}

/** The widest row (no spread: `Math.max(...rows)` overflows the stack on a million rows). */
function widthOf(matrix: readonly (readonly unknown[])[]): number {
  let width = 0;
  for (const row of matrix) if (row.length > width) width = row.length;
  return width;
}

function shapeOf(matrix: readonly (readonly unknown[])[]): string {
  return `${matrix.length}×${widthOf(matrix)}`;
}

function keywordOf(raw: unknown, keyword: KeywordId | undefined): KeywordId | null {
  if (keyword === undefined || typeof raw !== 'string') return null;
  const text = raw.trim().toLowerCase();
  for (const words of Object.values(KEYWORDS)) if (words[keyword].toLowerCase() === text) return keyword;
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Messages

/** The argument's name in the user's language, with the cell's position inside a range when there is one. */
function argumentLabel(
  ctx: Context,
  param: { names: Record<Language, string> },
  position?: { row: number; column: number; columns: number },
): string {
  const argument = param.names[ctx.language];
  if (!position) return argument;
  const template = position.columns === 1 ? 'row' : 'cell';
  return translate(POSITION, ctx.language, template, { argument, row: position.row + 1, column: position.column + 1 });
}

function num(ctx: Context, value: number): string {
  return formatNumber(value, ctx.language, 6);
}

function unreadableError(ctx: Context, param: Param, label: string, text: string, expected = param.expected, reason?: Unreadable['reason']): FunctionError {
  const params = { argument: label, text, expected: EXPECTED[ctx.language][expected] };
  if (reason === 'date') return makeError(ctx.language, 'value', 'dateNotNumber', params);
  if (reason === 'huge') return makeError(ctx.language, 'value', 'hugeNumber', { ...params, bound: num(ctx, LARGEST_NUMBER) });
  if (param.type === 'number' && param.keyword) {
    return makeError(ctx.language, 'value', 'notANumberOrKeyword', { ...params, keyword: KEYWORDS[ctx.language][param.keyword] });
  }
  return makeError(ctx.language, 'value', 'notANumber', params);
}

/** Which bound a value breaks, if any. */
function outOfBounds(bounds: Bounds | undefined, value: number): { messageId: MessageId; bound: number } | null {
  if (!bounds) return null;
  const { min, max } = bounds;
  if (min !== undefined && (bounds.minExclusive ? !(value > min) : !(value >= min))) {
    return { messageId: bounds.minExclusive ? 'notAbove' : 'tooSmall', bound: min };
  }
  if (max !== undefined && (bounds.maxExclusive ? !(value < max) : !(value <= max))) {
    return { messageId: bounds.maxExclusive ? 'notBelow' : 'tooLarge', bound: max };
  }
  return null;
}

function boundsError(ctx: Context, bounds: Bounds | undefined, value: number, label: string): FunctionError | null {
  const broken = outOfBounds(bounds, value);
  if (!broken) return null;
  return makeError(ctx.language, 'value', broken.messageId, { argument: label, value: num(ctx, value), bound: num(ctx, broken.bound) });
}

/**
 * Renders an implementation's failure. Parameter values that name a parameter key (`param`, `first`, …) become
 * that argument's name (with the element's position inside a spill); numbers are formatted for the language.
 */
function renderFailure(ctx: Context, failure: Failure, labelOf?: (param: Param) => string): FunctionError {
  const params: Params = {};
  for (const [key, value] of Object.entries(failure.params ?? {})) {
    const name = key === 'param' ? 'argument' : key;
    if (typeof value === 'number') params[name] = num(ctx, value);
    else {
      const param = ctx.def.params.find((p) => p.key === value);
      params[name] = param ? (labelOf ?? ((p: Param) => argumentLabel(ctx, p)))(param) : value;
    }
  }
  return makeError(ctx.language, failure.kind, failure.messageId, params);
}

function finiteOrError(ctx: Context, value: number): Cell {
  return Number.isFinite(value) ? value : makeError(ctx.language, 'num', 'notFinite');
}

// ---------------------------------------------------------------------------------------------------------------
// Element-wise functions

type Input = {
  param: NumberParam;
  matrix: readonly (readonly unknown[])[] | null;
  /** The single value (matrix null): a number, or null for blank. */
  value: number | null;
  /** The default, asked for only when an element is blank (a workbook default reads the saved settings). */
  fallback: () => number | null;
};

function runElementWise(def: ElementWiseFunction, args: readonly unknown[], ctx: Context): RunResult {
  const tables: Record<string, Table> = {};
  const inputs: Input[] = [];
  let rows = -1;
  let columns = -1;
  const shapes: string[] = [];
  let mismatch = false;

  for (let i = 0; i < def.params.length; i++) {
    const param = def.params[i]!;
    const raw = args[i];
    if (param.type === 'range') {
      const table = readTable(ctx, param, raw);
      if (!Array.isArray(table)) return { ok: false, error: table as FunctionError };
      tables[param.key] = table;
      continue;
    }
    let known: number | null | undefined;
    const fallback = (): number | null => (known === undefined ? (known = defaultOf(ctx, param)) : known);
    if (raw === undefined && !param.optional) {
      return { ok: false, error: makeError(ctx.language, 'value', 'missing', { argument: argumentLabel(ctx, param) }) };
    }
    const matrix = asMatrix(raw);
    if (matrix && matrix.length > 0 && !isSingleCell(matrix)) {
      if (!param.elementWise) {
        return { ok: false, error: makeError(ctx.language, 'value', 'notOneValue', { argument: argumentLabel(ctx, param), shape: shapeOf(matrix) }) };
      }
      shapes.push(`${argumentLabel(ctx, param)} ${shapeOf(matrix)}`);
      const width = widthOf(matrix);
      if (rows === -1) {
        rows = matrix.length;
        columns = width;
      } else if (rows !== matrix.length || columns !== width) mismatch = true;
      inputs.push({ param, matrix, value: null, fallback });
      continue;
    }
    const cell = matrix ? matrix[0]?.[0] : raw;
    const value = asShare(readNumber(cell, ctx.notation), cell, param.wholePercent);
    const label = argumentLabel(ctx, param);
    if (isUnreadable(value)) return { ok: false, error: unreadableError(ctx, param, label, value.unreadable, param.expected, value.reason) };
    if (value !== null) {
      const error = boundsError(ctx, param.bounds, value, label);
      if (error) return { ok: false, error };
    }
    inputs.push({ param, matrix: null, value, fallback });
  }
  if (mismatch) return { ok: false, error: makeError(ctx.language, 'value', 'shapeMismatch', { shapes: shapes.join(', ') }) };

  const compute = def.make(tables);
  const money = def.result.unit === 'money';
  // One object reused for every element: a 100 000-row spill allocates no 100 000 argument records.
  const x: Record<string, number> = {};
  const spilled = new Set(inputs.filter((input) => input.matrix).map((input) => input.param.key));
  // Labels are built only when a message needs one: formatting a position per element would cost more than the
  // figure itself.
  let row = 0;
  let column = 0;
  const labelOf = (param: Param): string =>
    spilled.has(param.key) ? argumentLabel(ctx, param, { row, column, columns }) : argumentLabel(ctx, param);
  const element = (): Cell => {
    let requiredSeen = false;
    let requiredFilled = false;
    let blankRequired: Param | null = null;
    for (const input of inputs) {
      const { param } = input;
      let value = input.matrix ? asShare(readNumber(input.matrix[row]?.[column], ctx.notation), input.matrix[row]?.[column], param.wholePercent) : input.value;
      if (isUnreadable(value)) return unreadableError(ctx, param, labelOf(param), value.unreadable, param.expected, value.reason);
      if (!param.optional) requiredSeen = true;
      if (value === null) {
        if (!param.optional && blankRequired === null) blankRequired = param;
        value = param.optional ? (input.fallback() ?? 0) : 0;
      } else {
        if (!param.optional) requiredFilled = true;
        if (input.matrix) {
          if (outOfBounds(param.bounds, value)) return boundsError(ctx, param.bounds, value, labelOf(param))!;
        }
      }
      x[param.key] = value;
    }
    if (requiredSeen && !requiredFilled) return '';
    if (blankRequired) return makeError(ctx.language, 'value', 'blank', { argument: labelOf(blankRequired) });
    const result = compute(x);
    if (typeof result !== 'number') return renderFailure(ctx, result, labelOf);
    return finiteOrError(ctx, money ? roundToCents(result) : result);
  };

  if (rows === -1) {
    const cell = element();
    return isFunctionError(cell) ? { ok: false, error: cell } : { ok: true, value: cell };
  }
  const out: Cell[][] = new Array(rows);
  for (row = 0; row < rows; row++) {
    const line: Cell[] = new Array(columns);
    for (column = 0; column < columns; column++) line[column] = element();
    out[row] = line;
  }
  return { ok: true, value: out };
}

/** A table argument (a staffel): fixed columns, every cell a number or blank, half-filled rows refused. */
function readTable(ctx: Context, param: RangeParam, raw: unknown): Table | FunctionError {
  const label = argumentLabel(ctx, param);
  if (raw === undefined || raw === null) return makeError(ctx.language, 'value', 'missing', { argument: label });
  const matrix = asMatrix(raw) ?? [[raw]];
  const columns = param.columns ?? [];
  const width = matrix[0]?.length ?? 0;
  if (columns.length > 0 && width !== columns.length) {
    return makeError(ctx.language, 'value', 'columnCount', { argument: label, expected: columns.length, columns: width });
  }
  const table: (number | null)[][] = [];
  for (let r = 0; r < matrix.length; r++) {
    const row = matrix[r]!;
    const values: (number | null)[] = [];
    for (let c = 0; c < width; c++) {
      const position = argumentLabel(ctx, param, { row: r, column: c, columns: width });
      const column = columns[c];
      const value = asShare(readNumber(row[c], ctx.notation), row[c], column?.wholePercent);
      if (isUnreadable(value)) return unreadableError(ctx, param, position, value.unreadable, column?.expected ?? param.expected, value.reason);
      if (value !== null) {
        const error = boundsError(ctx, column?.bounds, value, position);
        if (error) return error;
      }
      values.push(value);
    }
    const blanks = values.filter((v) => v === null).length;
    if (blanks > 0 && blanks < values.length) {
      return makeError(ctx.language, 'value', 'incompleteRow', { argument: argumentLabel(ctx, param, { row: r, column: 0, columns: 1 }) });
    }
    table.push(values);
  }
  return table;
}

// ---------------------------------------------------------------------------------------------------------------
// Range functions (ABC, PIRAMIDE, WALVISCURVE)

function runRange(def: RangeFunction, args: readonly unknown[], ctx: Context): RunResult {
  const [dataParam, ...optionParams] = def.params;
  const raw = args[0];
  if (raw === undefined || raw === null) {
    return { ok: false, error: makeError(ctx.language, 'value', 'missing', { argument: argumentLabel(ctx, dataParam) }) };
  }
  const matrix = asMatrix(raw) ?? [[raw]];
  const width = widthOf(matrix);
  // Non-blank cells, in sheet order (row by row), and where each came from.
  const values = new Float64Array(matrix.length * width);
  const at = new Int32Array(matrix.length * width);
  let n = 0;
  for (let r = 0; r < matrix.length; r++) {
    const row = matrix[r]!;
    for (let c = 0; c < width; c++) {
      const value = readNumber(row[c], ctx.notation);
      if (value === null) continue;
      if (isUnreadable(value)) {
        const label = argumentLabel(ctx, dataParam, { row: r, column: c, columns: width });
        return { ok: false, error: unreadableError(ctx, dataParam, label, value.unreadable, dataParam.expected, value.reason) };
      }
      values[n] = value;
      at[n++] = r * width + c;
    }
  }

  const options: Record<string, number | KeywordId> = {};
  for (let i = 0; i < optionParams.length; i++) {
    const param = optionParams[i]!;
    const option = readOption(ctx, param, args[i + 1]);
    if (typeof option === 'object') return { ok: false, error: option };
    options[param.key] = option;
  }

  const output = def.compute(values.subarray(0, n), options);
  if (isFailure(output)) return { ok: false, error: renderFailure(ctx, output) };
  if ('rows' in output) return { ok: true, value: output.rows.map((row) => row.map((v) => finiteOrError(ctx, v))) };
  const single = !Array.isArray(raw) || (matrix.length === 1 && width === 1);
  if (single) return { ok: true, value: n === 0 ? '' : output.perValue[0]! };
  const out: Cell[][] = matrix.map(() => new Array<Cell>(width).fill(''));
  for (let k = 0; k < n; k++) out[Math.floor(at[k]! / width)]![at[k]! % width] = output.perValue[k]!;
  return { ok: true, value: out };
}

/** One value (not a range): blank → default, a keyword, or a number within bounds. */
function readOption(ctx: Context, param: NumberParam, raw: unknown): number | KeywordId | FunctionError {
  const label = argumentLabel(ctx, param);
  const matrix = asMatrix(raw);
  if (matrix && matrix.length > 0 && !isSingleCell(matrix)) {
    return makeError(ctx.language, 'value', 'notOneValue', { argument: label, shape: shapeOf(matrix) });
  }
  const cell = matrix ? matrix[0]?.[0] : raw;
  const keyword = keywordOf(cell, param.keyword);
  if (keyword) return keyword;
  const value = readNumber(cell, ctx.notation);
  if (isUnreadable(value)) return unreadableError(ctx, param, label, value.unreadable, param.expected, value.reason);
  if (value === null) return defaultOf(ctx, param) ?? makeError(ctx.language, 'value', 'missing', { argument: label });
  return boundsError(ctx, param.bounds, value, label) ?? value;
}
