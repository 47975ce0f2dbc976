/**
 * What the taskpane needs from a spreadsheet. The Excel taskpane implements it
 * with Office.js (taskpane/excel-host.ts); the Google Sheets sidebar with `google.script.run`. The components
 * never call `Excel`, `Office` or `google` themselves, so both panes are the same React code.
 */
import type {
  CellValue, ConversationSheet, Field, Language, ListRequest, Notation, ReportSheet, SheetSource, TableWhere, listJson,
} from '../src/core/index.js';

export type { ListRequest, SheetSource };

/** What `makeClientList` gives: the built list as JSON, and the sheet written (null when nothing was). */
export type MadeClientList = { list: ReturnType<typeof listJson>; sheetName: string | null };

/** Where the table was read (the core's type: the Excel reader and the Sheets sidebar make the same shape). */
export type { TableWhere };

export type HostTable = {
  cells: CellValue[][];
  where: TableWhere;
  /** The workbook's number notation, which decides `1.234` (undefined: let the columns settle it). */
  notation: Notation | undefined;
};

/** A cell to select: 1-based row as the user sees it, 0-based column, on a named sheet. */
export type CellTarget = { sheet: string; row: number; column: number };

/**
 * Hand mapping as stored: a field to a header text (or a 0-based column index when the header is blank), or
 * `null` when the user chose "not used" (no column, not even the one detection would pick).
 */
export type MappingOverrides = Partial<Record<Field, string | number | null>>;

/** What the pane keeps in the document, so a colleague opening it gets the same analysis. Unchecked JSON. */
export type StoredState = { settings?: unknown; mapping?: unknown };

/** Which spreadsheet the pane runs in: it decides how the custom functions are named (the pane's help). */
export type Platform = 'excel' | 'sheets';

export interface Host {
  /** The UI language (Office's display language; the Sheets user's locale). */
  readonly language: Language;
  readonly platform: Platform;
  readTable(): Promise<HostTable>;
  /** The state stored in the document, as stored (the pane checks it with the core). */
  loadSettings(): Promise<StoredState>;
  saveSettings(state: StoredState): Promise<void>;
  /** Paints the analysis sheet (a new sheet, or our own previous one) and activates it. */
  paint(report: ReportSheet): Promise<{ sheetName: string }>;
  /**
   * Paints a conversation page (docs/DEFINITIONS.md §8) into a sheet of its own — our earlier sheet of that name
   * replaced, a user's never — with its waterfall and, where the host can, its print layout; activates it.
   */
  paintConversation(page: ConversationSheet): Promise<{ sheetName: string }>;
  /** Activates the sheet and selects the cell. */
  select(where: CellTarget): Promise<void>;
  /** Every sheet but our own (analysis, Klantenlijst, Bronnen), recognised from its first rows (≤ 200). */
  describeSources(): Promise<SheetSource[]>;
  /**
   * Reads the used sheets (in blocks), builds the list, writes *Klantenlijst* and *Bronnen* (replacing only our
   * own earlier ones) and activates *Klantenlijst*. `sheetName` is null when the build is blocked (an undecidable
   * date order) or has no clients: nothing is written then.
   */
  makeClientList(request: ListRequest): Promise<MadeClientList>;
}
