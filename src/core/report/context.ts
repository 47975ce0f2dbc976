/** What the sections are built from: the analysis, the clients in report order, the options, and the client table's place. */
import type { AnalysisResult, ClientResult, ColumnMapping, Language, Problem } from '../types.js';
import { columnLetter } from '../a1.js';
import { a1 } from './model.js';
import type { Cell } from './model.js';
import type { ReportText } from './text.js';

export type ReportOptions = {
  language?: Language;
  /** Input problems, for the Problemen section and the summary's count. */
  problems?: readonly Problem[];
  /** The date the report was made (ISO), shown under the title. Default: the analysis' period end. */
  madeOn?: string;
  /** The firm, for the printed page header (the CLI passes the workbook's company or the input file's name). */
  firm?: string;
  /** The column mapping the table was read with, for the summary's *Kolommen* block (which header fed what). */
  mapping?: ColumnMapping;
};

/** Everything of an analysis but the clients: what the sections other than the client table are made of. */
export type Summary = Omit<AnalysisResult, 'clients'>;

/**
 * The clients as the report reads them: `count` of them, client `i` (in the analysis' order) as a ClientResult
 * made when asked (the report keeps none), `order`, the report order (`order[k]` is the k-th client row), and the
 * clients per class (indexed as CLASS_LETTERS codes the classes).
 */
export type Clients = { count: number; client: (i: number) => ClientResult; order: ArrayLike<number>; classCounts: number[] };

/**
 * Where the client table's rows are. The sections above it refer to it (the summary's totals, the cost-benefit
 * tables' `SUMIF`s), so the sheet stays live without the add-in; their formulas are made after the table has set
 * these (SheetWriter.later).
 */
export class TablePlace {
  first = -1;
  last = -1;
  total = -1;

  constructor(private readonly col: Readonly<Record<string, number>>) {}

  /** A client-table column's data rows, e.g. `$E$40:$E$87`. */
  range(id: string, absolute = true): string {
    const c = columnLetter(this.col[id]!);
    const d = absolute ? '$' : '';
    return `${d}${c}${d}${this.first + 1}:${d}${c}${d}${this.last + 1}`;
  }

  /** A column's cell in the total row. */
  totalCell(id: string): string {
    return a1(this.total, this.col[id]!);
  }
}

export type ReportContext = {
  text: ReportText;
  language: Language;
  settings: AnalysisResult['settings'];
  result: Summary;
  clients: Clients;
  options: ReportOptions;
  problems: readonly Problem[];
  /** The client table's columns, which the cost-benefit tables share. */
  columns: readonly Column[];
  /** A column's index by its id. */
  col: Readonly<Record<string, number>>;
  table: TablePlace;
};

/** One column of the client table: its label, width and format, and the cell of each client. */
export type Column = {
  id: string;
  label: string;
  width: number;
  format?: string;
  value: (c: ClientResult) => Cell;
  /** How the total row sums this column. */
  total?: 'sum' | 'margin' | 'hourlyReturn';
};
