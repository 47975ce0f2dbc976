/**
 * The public shapes of the core. Everything here is plain JSON (no classes, no `Date`s), so a result can cross
 * `google.script.run`, be printed by the CLI, and be checked by hand against docs/DEFINITIONS.md, whose names it uses.
 * "Not available" (docs/DEFINITIONS.md: a figure that does not exist, e.g. hourly return with no time) is `null`.
 */
import type { Field, GroupSum, NumericField } from './fields.js';

export type Language = 'nl' | 'en' | 'de';
export const LANGUAGES: readonly Language[] = ['nl', 'en', 'de'];

/** A cell as a host delivers it. Excel dates arrive as serial numbers, Apps Script dates as `Date`. */
export type CellValue = number | string | boolean | Date | null | undefined;

/** One client row, after reading. Blank optional cells are 0 (docs/DEFINITIONS.md §1). */
export type ClientRecord = {
  /** Row number as the user sees it (1-based sheet row, or CSV line). */
  row: number;
  client: string;
  /** `null` when the column is absent or the cell is blank: unknown, so no "no contract" signal. */
  contract: boolean | null;
  /** Values of the other numeric columns, by header, for extra cost drivers (docs/DEFINITIONS.md §1, last line). */
  extra: Record<string, number>;
  /** The firm's own number or code for the client, when the list has one beside the name (docs/DEFINITIONS.md §1). */
  clientNumber?: string;
} & Record<Exclude<NumericField, 'unbilledHours'>, number> & { unbilledHours?: number };

export type Country = 'NL' | 'DE';
export type AbcMeasure = 'netProfit' | 'revenue' | 'hourlyReturn';
export type AbcClass = 'A' | 'B' | 'C';
export type Tier = 'top' | 'large' | 'medium' | 'small' | 'inactive';
export const TIERS: readonly Tier[] = ['top', 'large', 'medium', 'small', 'inactive'];
export const ABC_CLASSES: readonly AbcClass[] = ['A', 'B', 'C'];

export type DiscountTier = { revenueFrom: number; discount: number };
/** An extra cost driver: a column (by header, or a field id) with a cost per unit (docs/DEFINITIONS.md §2). */
export type ExtraDriver = { column: string; costPerUnit: number; label: string };

/** Settings with docs/DEFINITIONS.md §2's names. Every field optional on input; `resolveSettings` fills defaults. */
export type Settings = {
  hourlyCost: number | null;
  targetHourlyReturn: number | null;
  minutesPerCall: number;
  minutesPerEmail: number;
  minutesPerCorrectionRound: number;
  costPerVisit: number;
  costPerOrder: number;
  costPerInvoice: number;
  costPerFreeShipment: number;
  /** The user's own financing rate (fraction). `null`: the statutory commercial rate of `country`. */
  interestRate: number | null;
  country: Country;
  /** End of the analysed period, ISO `YYYY-MM-DD`. `null`: today. */
  periodEnd: string | null;
  repairThreshold: number;
  discountTiers: DiscountTier[];
  extraDrivers: ExtraDriver[];
  abcMethod: 'fixed' | 'computed';
  abcLimitA: number;
  abcLimitB: number;
  abcMeasure: AbcMeasure;
  maxVisitsPerYear: number;
  minOrderSize: number | null;
  utilisation: number;
  /** Signal thresholds (docs/DEFINITIONS.md §4 "thresholds are settings"). */
  lateDaysThreshold: number;
  lateRemindersThreshold: number;
  manyCorrectionsThreshold: number;
  emergencyMaxOrders: number;
  emergencyTimeFactor: number;
  shrinkingTrend: number;
  highPotentialScore: number;
  /** Who the conversation sheet is for (docs/DEFINITIONS.md §8): the firm itself, or the client it is handed to. */
  audience: Audience;
};

export type Audience = 'internal' | 'client';

export type InterestSource =
  | { kind: 'user' }
  | {
      kind: 'statutory';
      country: Country;
      /** Half-years averaged, e.g. `2025H2`. */
      halfYears: string[];
      /** True when a half-year past the table's end used the last known rate. */
      extrapolated: boolean;
      source: string;
    };

/** Settings after defaults, with the interest rate resolved and where it came from. */
export type ResolvedSettings = Settings & {
  interestRateUsed: number;
  interestSource: InterestSource;
  periodEndUsed: string;
};

export type ProblemId =
  | 'notANumber'
  | 'negativeNotAllowed'
  | 'revenueMissing'
  | 'clientMissing'
  | 'duplicateClient'
  | 'fractionOutOfRange'
  | 'scoreOutOfRange'
  | 'notABoolean'
  | 'noHeaderRow'
  | 'requiredColumnMissing'
  | 'emptyTable'
  | 'tableAsRead'
  | 'noDataRows'
  | 'columnAmbiguous'
  | 'unknownMappedColumn'
  | 'driverColumnMissing'
  | 'totalRowSkipped'
  | 'sumRowSkipped'
  | 'revenueInclVat'
  | 'notationAssumed'
  | 'formulaWithoutValue'
  | 'hiddenRows'
  | 'fieldMissing';

export type Problem = {
  id: ProblemId;
  /** `error`: the row (or the table) was left out of the analysis; `warning`: it was kept. */
  severity: 'error' | 'warning';
  /** Row number as the user sees it, when the problem is about a row. */
  row: number | null;
  /** Column header as written in the sheet (or the field's name when the column is missing). */
  column: string | null;
  /** The text found in the cell, as written. */
  text: string | null;
  /** The whole message in the language asked for, naming row, column, text and what was expected. */
  message: string;
};

export type ColumnRef = { column: number; header: string };

/**
 * Why a column was taken for a field, or why it was not used. Every column of the header row gets one, so no
 * column is used or left out in silence (never a silent guess).
 */
export type ColumnReason =
  /** Its header names the field (head noun, modifiers, unit). */
  | 'header'
  /** The user mapped it (`mapping` option, `--column`, the pane's dropdown). */
  | 'manual'
  /** Another column names the same field and was preferred (see `FieldMatch.candidates`). */
  | 'otherChosen'
  /** Revenue including VAT, while a column without VAT exists. */
  | 'inclVat'
  /** A tax amount (btw, USt, VAT), not revenue. */
  | 'tax'
  /** A rate or price per unit (uurtarief, Stundensatz, hourly rate): not an amount or a count. */
  | 'rate'
  /** Money where a count or a percentage was expected (Orderwaarde, Kortingsbedrag). */
  | 'amount'
  /** A number that identifies (Klantnummer, Ordernummer, BTW-nummer, postcode, telephone). */
  | 'identifier'
  /** A date (Orderdatum, Klant sinds). */
  | 'date'
  /** An address, e-mail address, website or other contact detail. */
  | 'contact'
  /** An average, a share of a total, a total or a ratio derived from other columns. */
  | 'derived'
  /** An older year of a field whose newest year is used (and not the previous period's). */
  | 'olderYear'
  /** A column with numbers that no field takes: available as an extra cost driver (settings `extraDrivers`). */
  | 'unrecognised'
  /** Text only (e.g. a city or a sector column): nothing to compute with. */
  | 'text'
  /** No header and no values. */
  | 'empty';

/** How sure the reader is of a field's column: `high` exact vocabulary, `medium` a head noun with modifiers, `low` a guess. */
export type Confidence = 'high' | 'medium' | 'low';

/** A field's column, as chosen. `scale` converts the column's unit to the field's (minutes → hours: 1/60). */
export type FieldMatch = ColumnRef & {
  /** Column letter as the user sees it (A, B, …, AA). */
  letter: string;
  confidence: Confidence;
  reason: 'header' | 'manual';
  /** Multiplier from the column's unit to the field's (1, or 1/60 for minutes). */
  scale: number;
  /** Why this column, where the header alone does not say it (the mapping shows it). */
  basis?: MatchBasis;
  /** The field is this column minus another: total hours − billable hours, days to pay − payment term. */
  subtract?: ColumnRef & { letter: string };
  /** The other columns that could have been this field, best first (an ambiguity when one is as good). */
  candidates: ColumnRef[];
};

/**
 * Why a column was taken where its header alone does not name the field: period columns (`Q1 2025 … Totaal`,
 * `2024/25`), a generic amount under a report's name (`Betrag` in *Umsatz nach Kunden*) or beside hours (a time
 * tracker's billed amount), a name column beside a number column, numbers used as names, a column chosen by its values (an empty header over names), a field
 * computed as a difference of two columns.
 */
export type MatchBasis = 'periodTotal' | 'periodYears' | 'reportName' | 'amountBesideHours' | 'nameBesideNumber' | 'numbersAsNames' | 'values' | 'difference';

/** What one column of the header row was taken as, or why it was not used. */
export type ColumnUse = ColumnRef & {
  letter: string;
  /** The field it feeds, or `null`. */
  field: Field | null;
  reason: ColumnReason;
  /** True when most of its filled cells are numbers (or numbers typed as text). */
  numeric: boolean;
};

export type ColumnMapping = {
  /** 1-based row number of the header row as the user sees it; `null` when none was found. */
  headerRow: number | null;
  /** Rows that make the header: 2 when a merged group header stands above the real one. */
  headerRows: number;
  fields: Partial<Record<Field, FieldMatch>>;
  /** Every column of the header row, in sheet order, with what it was taken as or why not. */
  columns: ColumnUse[];
  /** Columns holding numbers that feed no field, with the reason: none is left out in silence. */
  unused: ColumnUse[];
  /** Numeric columns not mapped to a field: candidates for extra cost drivers. */
  extra: ColumnRef[];
  /** Fields the user mapped by hand. */
  manual: string[];
  /** Fields with two candidates too close to choose between: a host asks the user (CLI: `--column`). */
  ambiguous: (Field)[];
  /** The lines above the header (title, company, report name, period), top first: context, never header text. */
  context?: string[];
  /** The period a context line names, as written (`01/01/2025 - 12/31/2025`). */
  period?: string;
};

/**
 * The clients of a table as columns, in the order of the rows: what `records` holds, without an object
 * per client. A host with a large list analyses these (`analyseTable` in analyse.ts) and never asks for `records`.
 */
export type TableColumns = ClientColumnsBase & {
  /** The numeric columns that feed no field (`mapping.extra`), by header; NaN where the cell was blank or unreadable. */
  extra: { header: string; values: Float64Array }[];
};

/** What every client-column form holds (`TableColumns` as read, the analysis's `ClientColumns`). */
export type ClientColumnsBase = {
  count: number;
  /** Sheet row of each client. */
  row: Uint32Array;
  client: string[];
  /** The client number beside the name, per client ('' where blank); absent when the list has no such column. */
  clientNumber?: string[];
  /** -1: no value (blank or unreadable), 0: no, 1: yes. */
  contract: Int8Array;
  /** Every numeric field, 0 where the field has no column or the cell was blank or unreadable (as in a record). */
  values: Record<NumericField, Float64Array>;
};

/**
 * A table as read. `records` is made from `columns` when first asked for (one plain object per client, as hosts
 * and tests of small lists like them); the CLI's large-list path never asks.
 */
/**
 * Where a host read a client table: the sheet, its address without the sheet (`A3:T52`), which rule chose it, and its
 * 0-based top-left cell. One shape for the Excel reader, the Sheets sidebar and the panes (taskpane/host.ts).
 */
export type TableWhere = {
  sheet: string;
  address: string;
  /** The selection (more than one row), the Excel table (ListObject) it is in, or the used range. */
  kind: 'selection' | 'table' | 'usedRange';
  /** 0-based sheet row of the first cell. */
  firstRow: number;
  /** 0-based sheet column of the first cell. */
  firstColumn: number;
  /** The sheet is an analysis the add-in wrote (it carries our mark): not a client list to analyse. */
  ours?: boolean;
};

export type TableRead = {
  columns: TableColumns;
  problems: Problem[];
  mapping: ColumnMapping;
};

export type SignalId =
  | 'paysLate'
  | 'manyCorrections'
  | 'emergencyOnly'
  | 'noContract'
  | 'shrinking'
  | 'discountLeak'
  | 'highPotential'
  | 'referrer'
  | 'muchUnbilled';

export type Advice = 'keep' | 'repair' | 'letGo';

/** The repair gains of docs/DEFINITIONS.md §5, each ≥ 0. */
export type RepairGains = {
  discount: number;
  visits: number;
  orders: number;
  invoicing: number;
  shipping: number;
  interest: number;
};

/** Every per-client figure of docs/DEFINITIONS.md §3–§5. */
export type ClientResult = {
  row: number;
  client: string;
  /** The firm's number for the client, when the list has one beside the name. */
  clientNumber?: string | undefined;
  revenue: number;
  directCosts: number;
  time: number;
  labourCost: number;
  visitCost: number;
  orderCost: number;
  invoiceCost: number;
  shippingCost: number;
  /** Each extra driver's cost, in the order of `settings.extraDrivers`. */
  driverCosts: number[];
  interestCost: number;
  costToServe: number;
  netProfit: number;
  margin: number | null;
  contribution: number;
  hourlyReturn: number | null;
  opportunityCost: number | null;
  discountLeak: number;
  trend: number | null;
  /** The ABC measure's value for this client (`null`: not available, so C). */
  abcValue: number | null;
  abcClass: AbcClass;
  tier: Tier;
  signals: SignalId[];
  repair: RepairGains;
  repairGain: number;
  repairedProfit: number;
  replacement: number | null;
  referralLoss: number;
  /** `null` when no replacement hourly return exists, so *let go* is not offered. */
  letGoEffect: number | null;
  advice: Advice;
};

/** Money and time sums for a group of clients (a class, a tier, all): each of `GROUP_SUMS`, and the drivers'. */
export type GroupTotals = { clients: number } & Record<GroupSum, number> & {
  /** One sum per `settings.extraDrivers` entry, in that order. */
  driverCosts: number[];
  /** Σ contribution ÷ Σ time; `null` with no time. */
  hourlyReturn: number | null;
  /** Shares of the grand totals (fractions); `null` when the grand total is ≤ 0. */
  revenueShare: number | null;
  netProfitShare: number | null;
  timeShare: number | null;
  clientShare: number | null;
};

export type PyramidTier = GroupTotals & {
  tier: Tier;
  /** Curry's typical revenue share for this tier (not for `inactive`). */
  typicalRevenueShare: number | null;
};

export type WhalePoint = { clientShare: number; profitShare: number | null; cumulativeProfit: number };
export type WhaleCurve = {
  /** `share` when total net profit > 0; else `money`: the points' `profitShare` is null (docs/DEFINITIONS.md §4). */
  unit: 'share' | 'money';
  /** Starts at (0, 0) and ends at the last client; at most ~500 points (sampled for large portfolios; the peak is always kept). */
  points: WhalePoint[];
  peak: WhalePoint;
  /** Share of profit earned by the most profitable 20 % of clients (Kaplan & Cooper: typically 1,5–3). */
  top20ProfitShare: number | null;
};

export type ComputedAbcPoints = {
  a: { x: number; y: number };
  b: { x: number; y: number };
  c: { x: number; y: number };
  exchanged: boolean;
};

export type AbcSummary = {
  method: 'fixed' | 'computed';
  measure: AbcMeasure;
  limitA: number;
  limitB: number;
  /** The computed ABC's points, when `method` is `computed` and a classification exists. */
  computed: ComputedAbcPoints | null;
  /** Why no classification exists (all clients C), e.g. no positive value. */
  note: 'noPositiveValue' | null;
};

export type ScenarioLine = { id: string; amount: number };
export type Scenario = {
  clients: number;
  lines: ScenarioLine[];
  /** The net change in yearly profit; `null` when the scenario is not offered. */
  net: number | null;
};

export type AnalysisResult = {
  settings: ResolvedSettings;
  clients: ClientResult[];
  totals: GroupTotals;
  classes: Record<AbcClass, GroupTotals>;
  abc: AbcSummary;
  pyramid: PyramidTier[];
  whale: WhaleCurve;
  portfolioMargin: number;
  replacementHourlyReturn: number | null;
  replacementSource: 'target' | 'classA' | null;
  medianTimePerOrder: number | null;
  scenarios: { letGoC: Scenario; repairC: Scenario };
  /** What the analysis could not do and says so (e.g. no hourly cost: net profit excludes labour). */
  notes: NoteId[];
  /** The profile of the best clients (docs/DEFINITIONS.md §7); `null` under 3 A clients with revenue (note `fewAClients`). */
  profile: Profile | null;
};

/** The measures of docs/DEFINITIONS.md §7, in its order. */
export const PROFILE_MEASURES = [
  'revenue', 'revenuePerOrder', 'timePer1000', 'visitsPer10000', 'contactsPer1000', 'daysLate', 'discountPct', 'unbilledShare', 'contractShare',
] as const;
export type ProfileMeasure = (typeof PROFILE_MEASURES)[number];

/** A group's medians (the contract share is a share, not a median); a measure is absent when the inputs do not give it. */
export type ProfileGroup = Partial<Record<ProfileMeasure, number>>;

export type Profile = {
  /** Clients with revenue > 0 in each class: the ones the medians are taken over. */
  clients: { a: number; b: number; c: number };
  a: ProfileGroup;
  b: ProfileGroup;
  c: ProfileGroup;
  /** The (up to) three measures where the C median lies furthest from the A median, furthest first. */
  measures: ProfileMeasure[];
  /** The profile sentence in each language (the CLI's `--json` writes the one of its language). */
  sentence: Record<Language, string>;
};

export type NoteId =
  | 'noHourlyCost'
  | 'noTargetHourlyReturn'
  | 'interestExtrapolated'
  | 'noDiscountTiers'
  | 'noReplacement'
  | 'noClients'
  | 'fewAClients';
