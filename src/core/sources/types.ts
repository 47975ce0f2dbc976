/**
 * From raw exports to the client list (docs/DEFINITIONS.md §1b): the shapes every part of `core/sources/` and every
 * host share. A *source* is one table (a CSV file, or one sheet of a workbook); each is recognised as one kind, read
 * row by row into per-client sums, and the sums of all sources are matched into one §1 client list.
 *
 * Pure TypeScript (no Node, no DOM): the Apps Script build runs it too.
 */
import type { Field } from '../fields.js';
import type { Language } from '../types.js';
import type { Notation } from '../numbers.js';
import type { CellValue } from '../types.js';

/** What one row of a table is (docs/DEFINITIONS.md §1b). */
export type SourceKind = 'clientList' | 'timeEntries' | 'invoices' | 'orders' | 'contacts';
export const SOURCE_KINDS: readonly SourceKind[] = ['clientList', 'timeEntries', 'invoices', 'orders', 'contacts'];

/**
 * The columns a raw export may have, whatever its kind. A header is read for one of these (`columns.ts`); which
 * of them a kind needs and may use is `KIND_FIELDS` there.
 */
export type SourceField =
  // who
  | 'client' // a client's name (Client, Klant, Relatie, Kunde, Customer, Billing Company)
  | 'clientNumber' // the firm's number or code for the client (Debiteur, Konto, Relatienummer)
  | 'email' // an e-mail address that stands for the client when no name is given (webshop orders)
  | 'billingName' // the person's name on an order, when no company is given
  | 'project' // a time entry's project; its client may come from another row (docs/DEFINITIONS.md §1b)
  // when
  | 'date' // the row's date: entry date, invoice date, order date, contact date
  | 'startDate'
  | 'startTime'
  | 'endDate'
  | 'endTime'
  | 'dueDate'
  | 'paidDate'
  // how long
  | 'duration' // a duration in hours, `h:mm(:ss)`, or minutes/seconds when the header says so (see `durationUnit`)
  | 'billable' // yes/no
  // money
  | 'amount' // an amount excl. VAT (invoice line, order subtotal)
  | 'amountInclVat' // an amount incl. VAT (invoice total, order total)
  | 'vat'
  | 'openAmount' // still due
  | 'debit' // DATEV Soll
  | 'credit' // DATEV Haben
  | 'costAmount' // cost price / purchase amount of an invoice line
  | 'shipping' // shipping charged
  | 'discountAmount'
  | 'currency'
  // what
  | 'invoiceNumber'
  | 'documentType' // invoice / credit note
  | 'reminders' // reminder count or dunning level
  | 'orderId'
  | 'shippingMethod'
  | 'quantity'
  | 'contactType'; // call, e-mail, visit, meeting

/** A column of a source as recognised: which field it gives and how its values read. */
export type SourceColumn = {
  /** 0-based column index in the table. */
  column: number;
  header: string;
  field: SourceField;
  /** How the column was chosen. */
  reason: 'header' | 'manual' | 'values';
  /** For `duration`: the unit the header names (`Duration (minutes)`); `hours` otherwise (clock forms are read as such). */
  unit?: 'hours' | 'minutes' | 'seconds';
};

/** What a table is, as recognised from its first rows. */
export type SourceRecognition = {
  kind: SourceKind | null;
  /** 1-based row of the header within the cells given (after `rowOffset`), `null` when none was found. */
  headerRow: number | null;
  /** The columns used, one per field. */
  columns: SourceColumn[];
  /** Every header of the header row, in order (for the panes' dropdowns). */
  headers: string[];
  /** How strongly each kind fits (0..1), best first; the panes offer the others in a dropdown. */
  scores: { kind: SourceKind; score: number }[];
  /** The language the headers are in, when they say it (decides `03/04/2025` for nl and de). */
  headerLanguage: Language | null;
  /** Fields the kind needs that no column gives (the source is then unused, and said). */
  missing: SourceField[];
  /** For a table that is none of the kinds: the kind it comes closest to (`missing` is what it lacks for it). */
  closest?: SourceKind;
};

/** Day and month order of a slash date column (`03/04/2025`). */
export type DateOrder = 'dmy' | 'mdy';

/** A period of whole days, ISO dates (`2025-01-01`), both ends included. */
export type PeriodIso = { from: string; to: string; previousFrom?: string; previousTo?: string };

/** One table given to `buildClientList`. */
export type SourceInput = {
  /** The file it came from, as the user named it. */
  file: string;
  /** The sheet, for a workbook. */
  sheet?: string;
  /** The first rows (all of them for a small table): recognition and the column notations are settled from these. */
  cells: readonly (readonly CellValue[])[];
  /** The rest of a streamed table (a long CSV): `feed(read)` calls `read` with every later row, in order. */
  rest?: { feed: (read: (row: readonly CellValue[]) => void) => void; sizeHint?: number };
  /** Sheet row number of `cells[0]` minus one. */
  rowOffset?: number;
  /** Evidence from the file for number notation (a `;` CSV is continental). */
  notationHint?: Notation;
};

/** Per source, what the user decided in a pane or on the command line. */
export type SourceChoice = {
  kind?: SourceKind;
  /** Hand mapping: a field to a header text, a column letter or a 0-based index; `null` leaves the field out. */
  mapping?: Partial<Record<SourceField, string | number | null>>;
  /** The order of slash dates, when the column does not decide it. */
  dateOrder?: DateOrder;
};

export type BuildOptions = {
  language?: Language;
  notation?: Notation;
  /** The period (`period` setting): a year (`2025`) or `2025-01-01..2025-12-31`. Default: docs/DEFINITIONS.md §1b. */
  period?: string;
  /** Days after the invoice date an invoice is due when the export gives no due date (setting, default 30). */
  paymentTermDays?: number;
  /** The as-of date of open items (ISO); default the period's last day. */
  asOf?: string;
  /** Near matches the user confirmed as one client: pairs of names as written. */
  same?: readonly (readonly [string, string])[];
  /** Near matches the user keeps apart. */
  apart?: readonly (readonly [string, string])[];
  /** The order of slash dates for every source whose own choice says none (the CLI's `--date-order`). */
  dateOrder?: DateOrder;
  /** Per source (index into the sources given), the user's choices. */
  choices?: readonly (SourceChoice | undefined)[];
};

/** The §1 fields a built client list can give (the JSON keys), in the order they are written. */
export const BUILT_FIELDS = [
  'revenue', 'previousRevenue', 'hours', 'unbilledHours', 'invoices', 'daysLate', 'reminders', 'orders',
  'freeShipments', 'discountPct', 'directCosts', 'calls', 'emails', 'visits',
  // Only a client list gives these (the owner's judgement and what no export records); kept when one is a source.
  'correctionRounds', 'referralRevenue', 'potential', 'relationship',
] as const satisfies readonly Field[];
export type BuiltField = (typeof BUILT_FIELDS)[number];

/** One client of the built list: `revenue` always, every other field only when some source gives it. */
export type BuiltClient = { client: string; clientNumber?: string } & { revenue: number } & Partial<Record<Exclude<BuiltField, 'revenue'>, number>>;

/** Where one figure of one client came from. */
export type Provenance = {
  client: string;
  field: BuiltField;
  /** Index into `sources`. */
  source: number;
  /** Rows of that source that went into the figure. */
  rows: number;
  how: 'summed' | 'counted' | 'distinct' | 'weighted' | 'fromList';
};

/** A pair of names that match only nearly: never merged unless the user says so. */
export type PossibleMatch = {
  a: string;
  b: string;
  why: 'oneLetter' | 'prefix' | 'wordOrder' | 'oneWord';
  /** The sources each name was seen in. */
  sourcesA: number[];
  sourcesB: number[];
};

export type SourceSummary = {
  file: string;
  sheet?: string;
  kind: SourceKind | null;
  /** Data rows read. */
  rows: number;
  /** Rows that went into some client's figures. */
  used: number;
  /** Rows left out (outside the period, no client, unreadable, totals). */
  skipped: number;
  recognition: SourceRecognition;
};

export type SourceProblemId =
  | 'sourceNotRecognised'
  | 'sourceFieldMissing'
  | 'outsidePeriod'
  | 'withoutClient'
  | 'nearMatch'
  | 'dateOrderUndecided'
  | 'unreadableDate'
  | 'unreadableNumber'
  | 'unreadableDuration'
  | 'mixedCurrencies'
  | 'invoiceInTwoFiles'
  | 'zeroDuration'
  | 'negativeDuration'
  | 'endBeforeStart'
  | 'inclVatOnly'
  | 'noLateness'
  | 'fieldFromTwoSources'
  | 'periodInvalid';

export type SourceProblem = {
  id: SourceProblemId;
  /** `error`: rows (or the source) were left out; `warning`: kept, said. `blocking`: the list cannot be built until the user decides. */
  severity: 'error' | 'warning' | 'blocking';
  /** Index into `sources`, `null` for a problem of the whole list (a near match). */
  source: number | null;
  /** The first row concerned, as the user sees it. */
  row: number | null;
  column: string | null;
  text: string | null;
  /** Rows concerned (a problem said once per source and kind, with its count). */
  count: number;
  message: string;
};

/** What `buildClientList` gives. */
export type ClientListBuild = {
  /** `null` when no row gave a date (or the build is blocked). */
  period: PeriodIso | null;
  sources: SourceSummary[];
  clients: BuiltClient[];
  /** The fields some source gave, in `BUILT_FIELDS` order (the columns of the built list). */
  fields: BuiltField[];
  provenance: Provenance[];
  possibleMatches: PossibleMatch[];
  problems: SourceProblem[];
  /** True when a blocking problem stops the list (an undecidable date order): `clients` is then empty. */
  blocked: boolean;
};

/**
 * One source being read: `push` every data row after the head (the rows given to `add` as `cells`), then `end`.
 * Rows may arrive from an async stream (a CSV read from disk in chunks); nothing of a row is kept but its sums.
 */
export interface SourceFeed {
  /** Index of this source (the order of `add`), as `choices`, `Provenance.source` and problems name it. */
  readonly index: number;
  readonly recognition: SourceRecognition;
  push(row: readonly CellValue[]): void;
  end(): void;
}

/** Sources added one by one, each read as it comes, then `finish` matches the clients and makes the list. */
export interface ListBuilder {
  add(source: Omit<SourceInput, 'rest'>): SourceFeed;
  finish(): ClientListBuild;
}
