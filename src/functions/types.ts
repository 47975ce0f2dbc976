/**
 * The shape of a custom-function declaration. Every function is declared once (registry.ts); Excel's metadata,
 * the Apps Script stubs, the README reference and the runner all read these declarations.
 */
import type { ExpectedId, Language, Params, ResolvedSettings } from '../core/index.js';

/** One text per language: a missing translation fails the type check. */
export type Translated = Record<Language, string>;

/** The messages a function can give (their texts in messages.ts). */
export type MessageId =
  | 'notANumber'
  | 'notANumberOrKeyword'
  | 'missing'
  | 'notOneValue'
  | 'tooSmall'
  | 'notAbove'
  | 'tooLarge'
  | 'notBelow'
  | 'shapeMismatch'
  | 'columnCount'
  | 'incompleteRow'
  | 'limitsOrder'
  | 'zeroHours'
  | 'noPositiveValue'
  | 'noValues'
  | 'whaleNoProfit'
  | 'lifetimeDiverges'
  | 'notFinite'
  | 'unknownFunction'
  | 'blank'
  | 'dateNotNumber'
  | 'hugeNumber';

/** The closed set of errors a function can give; hosts map them to #VALUE!, #N/A, #DIV/0!, #NUM!. */
export type ErrorKind = 'value' | 'na' | 'div0' | 'num';

/** What an implementation returns when a figure cannot be given; the runner renders the message. */
export type Failure = { kind: ErrorKind; messageId: MessageId; params?: Params };

/** A failure with its message in the caller's language. */
export type FunctionError = { kind: ErrorKind; messageId: MessageId; message: string };

/** One result cell: a number, a text ("" is blank), or an error in that cell only. */
export type Cell = number | string | FunctionError;

/** A word accepted instead of a number (ABC's grens_a = "berekend"). */
export type KeywordId = 'computed';

export type Bounds = { min?: number; minExclusive?: boolean; max?: number; maxExclusive?: boolean };

type ParamBase = {
  /** Name in code (English); never shown. */
  key: string;
  names: Translated;
  descriptions: Translated;
  optional?: boolean;
};

/** A number, or an equal-shaped range that spills element-wise (`elementWise`), or exactly one value. */
export type NumberParam = ParamBase & {
  type: 'number';
  elementWise: boolean;
  /**
   * Used when the argument is omitted or blank. A function for a default the analysis decides (the interest rate):
   * it gets the workbook's saved settings, resolved as the analysis resolves them (runner.ts, `RunOptions.settings`).
   */
  default?: number | ((workbook: ResolvedSettings) => number);
  /** How docs and metadata describe a default that is a function. */
  defaultText?: Translated;
  bounds?: Bounds;
  expected: ExpectedId;
  keyword?: KeywordId;
  /** A bare number above 1 up to 100 is that many per cent (`12` → 0,12), as the analysis reads `discountPct`. */
  wholePercent?: boolean;
};

/** A whole range: the data a classification ranks, or a table such as a discount staffel. */
export type RangeParam = ParamBase & {
  type: 'range';
  expected: ExpectedId;
  /** A table with a fixed number of columns, each with its own meaning and bounds. */
  columns?: readonly { names: Translated; bounds?: Bounds; expected: ExpectedId; wholePercent?: boolean }[];
};

export type Param = NumberParam | RangeParam;

/** A table argument as the runner hands it over: rows of numbers, `null` for a blank cell. */
export type Table = readonly (readonly (number | null)[])[];

/** An argument value for a README example: a number, or a cell reference standing for some values. */
export type ExampleArg = number | { reference: string; values: readonly (readonly number[])[] };

type Common = {
  /** Fixed across languages: the uppercase Dutch name. */
  id: string;
  /** Excel names without the namespace. Apps Script uses `KLANT_` + `id`. */
  names: Translated;
  descriptions: Translated;
  example: readonly ExampleArg[];
};

/**
 * Element-wise functions: every `elementWise` argument is a number or an equal-shaped range; the result has that
 * shape. `make` runs once per call (tables parsed once), the returned function once per element.
 */
export type ElementWiseFunction = Common & {
  kind: 'elementWise';
  params: readonly Param[];
  /** `money`: every result is rounded to cents (core `roundToCents`) where it leaves the runner. */
  result: { unit: 'money' | 'number' };
  make: (tables: Readonly<Record<string, Table>>) => (x: Readonly<Record<string, number>>) => number | Failure;
};

/** The output of a range function: one text per non-blank value (same shape), or rows of numbers (columns). */
export type RangeOutput = { perValue: readonly string[] } | { rows: readonly (readonly number[])[] } | Failure;

/**
 * Range functions: the first parameter is the data (blanks left out, see runner.ts); the rest are single values.
 * The result is the data's shape (`sameShape`) or a fixed number of columns.
 */
export type RangeFunction = Common & {
  kind: 'range';
  params: readonly [RangeParam, ...NumberParam[]];
  result: { shape: 'sameShape' } | { shape: 'columns'; columns: readonly Translated[] };
  compute: (values: Float64Array, options: Readonly<Record<string, number | KeywordId>>) => RangeOutput;
};

export type FunctionDefinition = ElementWiseFunction | RangeFunction;

export function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && 'messageId' in value && 'kind' in value;
}
