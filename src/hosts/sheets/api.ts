/**
 * The part of Apps Script this host uses, as small interfaces of our own. Why not `@types/google-apps-script`
 * directly: the tests run the built bundle against a recording fake (test/support/sheets-fake.ts), which
 * implements exactly these interfaces; and test/hosts/sheets/api-types.ts checks at compile time that the real
 * Apps Script types are assignable to them, so a method we call that does not exist, or takes other arguments,
 * fails the type check.
 *
 * The services are globals in Apps Script. They are looked up when a handler runs (not when the bundle loads),
 * because custom functions load the same file and must not touch services they may not use.
 */

export type CellInput = string | number | boolean | Date | null;

export interface Range {
  getValues(): unknown[][];
  setValues(values: CellInput[][]): Range;
  setNumberFormat(format: string): Range;
  setBackground(color: string | null): Range;
  setFontColor(color: string | null): Range;
  setFontWeight(weight: 'bold' | 'normal' | null): Range;
  setFontStyle(style: 'italic' | 'normal' | null): Range;
  setFontSize(size: number): Range;
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): Range;
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): Range;
  setWrap(wrap: boolean): Range;
  setBorder(
    top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null,
    vertical: boolean | null, horizontal: boolean | null, color: string | null, style: unknown,
  ): Range;
  merge(): Range;
  mergeAcross(): Range;
  activate(): Range;
}

export interface RangeList {
  setNumberFormat(format: string): RangeList;
  setBackground(color: string | null): RangeList;
  setFontColor(color: string | null): RangeList;
  setFontWeight(weight: 'bold' | 'normal' | null): RangeList;
  setFontStyle(style: 'italic' | 'normal' | null): RangeList;
  setFontSize(size: number): RangeList;
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): RangeList;
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): RangeList;
  setWrap(wrap: boolean): RangeList;
  setBorder(
    top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null,
    vertical: boolean | null, horizontal: boolean | null, color: string | null, style: unknown,
  ): RangeList;
}

export interface DeveloperMetadata {
  getKey(): string;
}

export interface EmbeddedChart {
  getChartId(): number | null;
}

export interface EmbeddedChartBuilder {
  setChartType(type: unknown): EmbeddedChartBuilder;
  addRange(range: Range): EmbeddedChartBuilder;
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilder;
  setOption(option: string, value: unknown): EmbeddedChartBuilder;
  build(): EmbeddedChart;
}

export interface Sheet {
  getName(): string;
  setName(name: string): Sheet;
  getIndex(): number;
  getSheetId(): number;
  getDataRange(): Range;
  getRange(row: number, column: number, numRows: number, numColumns: number): Range;
  getRangeList(a1Notations: string[]): RangeList;
  getMaxRows(): number;
  getMaxColumns(): number;
  /** The last row (column) with content, 0 for an empty sheet. */
  getLastRow(): number;
  getLastColumn(): number;
  insertRowsAfter(afterPosition: number, howMany: number): Sheet;
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet;
  deleteRows(rowPosition: number, howMany: number): void;
  deleteColumns(columnPosition: number, howMany: number): void;
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet;
  setRowHeights(startRow: number, numRows: number, height: number): Sheet;
  setFrozenRows(rows: number): void;
  setFrozenColumns(columns: number): void;
  setHiddenGridlines(hideGridlines: boolean): Sheet;
  setTabColor(color: string | null): Sheet;
  addDeveloperMetadata(key: string, value: string): Sheet;
  getDeveloperMetadata(): DeveloperMetadata[];
  newChart(): EmbeddedChartBuilder;
  insertChart(chart: EmbeddedChart): void;
  activate(): Sheet;
}

export interface Spreadsheet {
  getName(): string;
  getActiveSheet(): Sheet;
  getSheets(): Sheet[];
  getSheetByName(name: string): Sheet | null;
  insertSheet(sheetName: string, sheetIndex: number): Sheet;
  deleteSheet(sheet: Sheet): void;
  getSpreadsheetLocale(): string;
  /** The zone date cells are read in (getValues gives a date as a Date at midnight there). */
  getSpreadsheetTimeZone(): string;
  toast(msg: string, title: string, timeoutSeconds: number): void;
}

export interface Menu {
  addItem(caption: string, functionName: string): Menu;
  addSeparator(): Menu;
  addToUi(): void;
}

export interface HtmlOutput {
  setTitle(title: string): HtmlOutput;
}

export interface Ui {
  createMenu(caption: string): Menu;
  createAddonMenu(): Menu;
  alert(title: string, prompt: string, buttons: unknown): unknown;
  showSidebar(userInterface: HtmlOutput): void;
  ButtonSet: { OK: unknown };
}

export interface SpreadsheetAppLike {
  getActiveSpreadsheet(): Spreadsheet;
  getUi(): Ui;
  BorderStyle: { SOLID: unknown };
}

export interface Properties {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): Properties;
  deleteProperty(key: string): Properties;
}

export interface PropertiesServiceLike {
  getDocumentProperties(): Properties;
  getUserProperties(): Properties;
}

/** `Utilities.formatDate`: a Date's clock in a time zone (a Java SimpleDateFormat pattern). */
export interface UtilitiesLike {
  formatDate(date: Date, timeZone: string, format: string): string;
}

export interface HtmlServiceLike {
  createHtmlOutputFromFile(filename: string): HtmlOutput;
}

export interface ChartsLike {
  ChartType: { SCATTER: unknown; COLUMN: unknown };
}

export interface ScriptAppLike {
  AuthMode: { NONE: unknown; LIMITED: unknown; FULL: unknown };
}

/** The event object of `onOpen(e)` and `onInstall(e)`: only the auth mode matters here. */
export type OpenEvent = { authMode?: unknown } | undefined;

export type Services = {
  SpreadsheetApp: SpreadsheetAppLike;
  PropertiesService: PropertiesServiceLike;
  HtmlService: HtmlServiceLike;
  Charts: ChartsLike;
};

/** The Apps Script globals, looked up when called; a missing one is a clear error, not `undefined is not…`. */
export function services(): Services {
  const scope = globalThis as unknown as Partial<Services>;
  const { SpreadsheetApp, PropertiesService, HtmlService, Charts } = scope;
  if (!SpreadsheetApp || !PropertiesService || !HtmlService || !Charts) {
    throw new Error('Klantwaarde: Apps Script services (SpreadsheetApp, PropertiesService, HtmlService, Charts) are not available here.');
  }
  return { SpreadsheetApp, PropertiesService, HtmlService, Charts };
}

/** The `Utilities` global, looked up when called (only reading date cells needs it). */
export function utilities(): UtilitiesLike {
  const found = (globalThis as unknown as { Utilities?: UtilitiesLike }).Utilities;
  if (!found) throw new Error('Klantwaarde: the Apps Script Utilities service is not available here.');
  return found;
}

/** `ScriptApp.AuthMode.NONE` when ScriptApp exists; Apps Script enums also print as their name. */
export function isAuthModeNone(event: OpenEvent): boolean {
  const mode = event?.authMode;
  if (mode === undefined) return false;
  const scriptApp = (globalThis as unknown as { ScriptApp?: ScriptAppLike }).ScriptApp;
  if (scriptApp) return mode === scriptApp.AuthMode.NONE;
  return String(mode) === 'NONE';
}
