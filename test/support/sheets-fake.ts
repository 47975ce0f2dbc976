/**
 * A small recording fake of the Apps Script services the Sheets host uses (src/hosts/sheets/api.ts):
 * SpreadsheetApp (spreadsheet, sheets, ranges, charts, Ui), PropertiesService, HtmlService, Charts, ScriptApp,
 * Utilities (formatDate, by the platform's time-zone data).
 * Every method call on every object is recorded (target, method, cells and JSON bytes of its arguments), so tests
 * count service calls and find the largest payload. No maintained SpreadsheetApp mock exists.
 *
 * It keeps Sheets' behaviours that matter here:
 * - `setValues` turns a string starting with `=` into a formula, and a number-like string into a number, unless
 *   the cell's number format is `@` (plain text) — the reason the painter sets formats first; formats are kept
 *   per cell, whether set on a range or a RangeList of A1 ranges;
 * - ranges outside the sheet's rows and columns throw, as Apps Script does; a new sheet is 1 000 × 26;
 * - `insertSheet` with a taken name throws;
 * - in AuthMode.NONE (`authModeNone: true`) anything but building the menu throws;
 * - date cells are `Date`s at their clock in the spreadsheet's time zone (`timeZone`), as getValues gives them:
 *   make them with `zoneDate`.
 */

export type Call = { target: string; method: string; cells: number; bytes: number };

export type FakeOptions = {
  /** Sheets in order; `values` as getValues returns them (rectangular, "" for empty). */
  sheets: { name: string; values: unknown[][] }[];
  active?: string;
  locale?: string;
  properties?: Record<string, string>;
  authModeNone?: boolean;
  /** Measure JSON bytes of every call's arguments (costly for 100 000 clients; on by default). */
  measure?: boolean;
  /** The spreadsheet's time zone (default Europe/Amsterdam) and name (default "Klantwaarde demo"). */
  timeZone?: string;
  name?: string;
};

/** A zone's clock (year … second) at a UTC instant, by Intl (the platform's tz data, as Java's in Apps Script). */
function clockIn(timeZone: string, instant: number): number[] {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)!.value);
  const year = parts.find((p) => p.type === 'era')?.value === 'BC' ? 1 - get('year') : get('year');
  return [year, get('month'), get('day'), get('hour'), get('minute'), get('second')];
}

/**
 * The `Date` Sheets' getValues gives for a cell showing this clock in `timeZone`: a date (2025-03-04 → midnight
 * there), a date and time, a time (1899-12-30 14:00) or a duration (26:30 → 1899-12-31 02:30).
 */
export function zoneDate(timeZone: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  const wanted = Date.UTC(year, month - 1, day, hour, minute, second);
  let instant = wanted;
  for (let i = 0; i < 4; i++) {
    const [y, mo, d, h, mi, s] = clockIn(timeZone, instant) as [number, number, number, number, number, number];
    instant += wanted - Date.UTC(y, mo - 1, d, h, mi, s);
  }
  return new Date(instant);
}

/** `Utilities.formatDate` for the patterns the host uses (yyyy, MM, dd, HH, mm, ss and literal separators). */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const [y, mo, d, h, mi, s] = clockIn(timeZone, date.getTime()) as [number, number, number, number, number, number];
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  const fields: Record<string, string> = { yyyy: pad(y, 4), MM: pad(mo), dd: pad(d), HH: pad(h), mm: pad(mi), ss: pad(s) };
  return pattern.replace(/yyyy|MM|dd|HH|mm|ss/g, (token) => fields[token]!);
}

type Stored = { formula: string } | string | number | boolean | Date;

const isGrid = (value: unknown): value is unknown[][] => Array.isArray(value) && value.every(Array.isArray);

export class Recorder {
  readonly calls: Call[] = [];
  constructor(
    private readonly measure: boolean,
    private readonly authModeNone: boolean,
  ) {}

  record(target: string, method: string, args: readonly unknown[], allowedInNone = false): void {
    if (this.authModeNone && !allowedInNone) throw new Error(`AuthMode.NONE: ${target}.${method} is not allowed`);
    let cells = 0;
    for (const arg of args) if (isGrid(arg)) cells += arg.reduce((sum, row) => sum + row.length, 0);
    const bytes = this.measure ? JSON.stringify(args).length : 0;
    this.calls.push({ target, method, cells, bytes });
  }

  count(method?: string): number {
    return method ? this.calls.filter((c) => c.method === method).length : this.calls.length;
  }

  largest(): Call | undefined {
    return this.calls.reduce<Call | undefined>((max, c) => (!max || c.bytes > max.bytes ? c : max), undefined);
  }
}

const NUMBER_LIKE = /^[+-]?(\d[\d.,\s]*|\.\d+)(%|e[+-]?\d+)?$/i;

export class FakeSheet {
  values: Stored[][] = [];
  formats: string[][] = [];
  /** Every style written, in order: method (setBackground, …) → rectangles (0-based, inclusive) and value. */
  readonly styles = new Map<string, { top: number; left: number; bottom: number; right: number; value: unknown }[]>();
  readonly metadata: { key: string; value: string }[] = [];
  readonly merges: string[] = [];
  readonly borders: unknown[][] = [];
  readonly charts: { options: Record<string, unknown>; ranges: string[]; type: unknown; position: number[] }[] = [];
  readonly widths = new Map<number, number>();
  readonly heights = new Map<number, number>();
  frozenRows = 0;
  frozenColumns = 0;
  hiddenGridlines = false;
  tabColor: string | null = null;
  maxRows = 1000;
  maxColumns = 26;
  /** Strings Sheets would have read as something else (a formula, a number): must stay empty. */
  readonly coerced: { row: number; column: number; text: string }[] = [];

  constructor(
    public name: string,
    readonly id: number,
    private readonly book: FakeSpreadsheet,
    values: unknown[][] = [],
  ) {
    this.values = values.map((row) => row.map((v) => v as Stored));
    this.maxRows = Math.max(1000, values.length);
    this.maxColumns = values.reduce((max, r) => Math.max(max, r.length), 26);
  }

  private get rec(): Recorder {
    return this.book.recorder;
  }

  private call(method: string, args: readonly unknown[]): void {
    this.rec.record(`Sheet(${this.name})`, method, args);
  }

  getName(): string { this.call('getName', []); return this.name; }
  setName(name: string): this {
    this.call('setName', [name]);
    if (this.book.sheets.some((s) => s !== this && s.name === name)) throw new Error(`A sheet with the name "${name}" already exists.`);
    this.name = name;
    return this;
  }
  getIndex(): number { this.call('getIndex', []); return this.book.sheets.indexOf(this) + 1; }
  getSheetId(): number { this.call('getSheetId', []); return this.id; }
  getMaxRows(): number { this.call('getMaxRows', []); return this.maxRows; }
  getMaxColumns(): number { this.call('getMaxColumns', []); return this.maxColumns; }
  /** The last row (column) with a non-empty cell, as Sheets counts content. */
  getLastRow(): number {
    this.call('getLastRow', []);
    for (let r = this.values.length - 1; r >= 0; r--) if (this.values[r]!.some((v) => v !== '' && v !== null && v !== undefined)) return r + 1;
    return 0;
  }
  getLastColumn(): number {
    this.call('getLastColumn', []);
    let last = 0;
    for (const line of this.values) for (let c = line.length - 1; c >= last; c--) if (line[c] !== '' && line[c] !== null && line[c] !== undefined) { last = c + 1; break; }
    return last;
  }
  insertRowsAfter(after: number, count: number): this { this.call('insertRowsAfter', [after, count]); this.maxRows += count; return this; }
  insertColumnsAfter(after: number, count: number): this { this.call('insertColumnsAfter', [after, count]); this.maxColumns += count; return this; }
  deleteRows(at: number, count: number): void {
    this.call('deleteRows', [at, count]);
    if (at < 1 || count < 1 || at + count - 1 > this.maxRows || count >= this.maxRows) throw new Error('deleteRows: those rows are out of bounds (or would delete every row).');
    this.maxRows -= count;
    this.values.splice(at - 1, count);
    this.formats.splice(at - 1, count);
  }
  deleteColumns(at: number, count: number): void {
    this.call('deleteColumns', [at, count]);
    if (at < 1 || count < 1 || at + count - 1 > this.maxColumns || count >= this.maxColumns) throw new Error('deleteColumns: those columns are out of bounds (or would delete every column).');
    this.maxColumns -= count;
    for (const line of this.values) line.splice(at - 1, count);
    for (const line of this.formats) line.splice(at - 1, count);
  }
  setColumnWidths(start: number, count: number, width: number): this {
    this.call('setColumnWidths', [start, count, width]);
    for (let c = start; c < start + count; c++) this.widths.set(c, width);
    return this;
  }
  setRowHeights(start: number, count: number, height: number): this {
    this.call('setRowHeights', [start, count, height]);
    for (let r = start; r < start + count; r++) this.heights.set(r, height);
    return this;
  }
  setFrozenRows(rows: number): void { this.call('setFrozenRows', [rows]); this.frozenRows = rows; }
  setFrozenColumns(columns: number): void { this.call('setFrozenColumns', [columns]); this.frozenColumns = columns; }
  setHiddenGridlines(hidden: boolean): this { this.call('setHiddenGridlines', [hidden]); this.hiddenGridlines = hidden; return this; }
  setTabColor(color: string | null): this { this.call('setTabColor', [color]); this.tabColor = color; return this; }
  addDeveloperMetadata(key: string, value: string): this { this.call('addDeveloperMetadata', [key, value]); this.metadata.push({ key, value }); return this; }
  getDeveloperMetadata(): { getKey(): string; getValue(): string }[] {
    this.call('getDeveloperMetadata', []);
    return this.metadata.map((m) => ({ getKey: () => m.key, getValue: () => m.value }));
  }
  activate(): this { this.call('activate', []); this.book.active = this; return this; }

  getDataRange(): FakeRange {
    this.call('getDataRange', []);
    const rows = Math.max(this.values.length, 1);
    const columns = this.values.reduce((max, r) => Math.max(max, r.length), 1);
    return new FakeRange(this, 1, 1, rows, columns);
  }

  getRange(row: number, column: number, rows: number, columns: number): FakeRange {
    this.call('getRange', [row, column, rows, columns]);
    if (row < 1 || column < 1 || rows < 1 || columns < 1 || row + rows - 1 > this.maxRows || column + columns - 1 > this.maxColumns) {
      throw new Error(`The coordinates of the range are outside the dimensions of the sheet (${row}, ${column}, ${rows}, ${columns} in ${this.maxRows} × ${this.maxColumns}).`);
    }
    return new FakeRange(this, row, column, rows, columns);
  }

  newChart(): FakeChartBuilder {
    this.call('newChart', []);
    return new FakeChartBuilder(this.rec);
  }
  insertChart(chart: FakeChart): void { this.call('insertChart', [chart.spec.options]); this.charts.push(chart.spec); }

  /** The stored value of a 0-based cell, "" when empty. */
  cell(row: number, column: number): Stored {
    return this.values[row]?.[column] ?? '';
  }
  format(row: number, column: number): string | undefined {
    return this.formats[row]?.[column];
  }
  /** The last style written to a 0-based cell by `method` (e.g. setBackground), or undefined. */
  style(method: string, row: number, column: number): unknown {
    const list = this.styles.get(method) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const s = list[i]!;
      if (row >= s.top && row <= s.bottom && column >= s.left && column <= s.right) return s.value;
    }
    return undefined;
  }

  getRangeList(a1s: string[]): FakeRangeList {
    this.call('getRangeList', [a1s]);
    return new FakeRangeList(this, a1s.map((a) => parseA1(this, a)));
  }

  /** Number formats of a rectangle (0-based), as Sheets stores them per cell. */
  setFormats(top: number, left: number, bottom: number, right: number, format: string): void {
    for (let r = top; r <= bottom; r++) {
      const line = (this.formats[r] ??= []);
      for (let c = left; c <= right; c++) line[c] = format;
    }
  }
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
  ) {}

  get a1(): string {
    return `${this.sheet.name}!R${this.row}C${this.column}:R${this.row + this.rows - 1}C${this.column + this.columns - 1}`;
  }

  private call(method: string, args: readonly unknown[]): void {
    (this.sheet as unknown as { book: FakeSpreadsheet }).book.recorder.record(`Range(${this.a1})`, method, args);
  }

  private checkGrid(method: string, grid: unknown[][]): void {
    if (!isGrid(grid) || grid.length !== this.rows || grid.some((r) => r.length !== this.columns)) {
      throw new Error(`${method}: the data has ${grid.length} rows but the range has ${this.rows} (or a row is not ${this.columns} wide)`);
    }
  }

  getValues(): unknown[][] {
    this.call('getValues', []);
    const out: unknown[][] = [];
    for (let r = 0; r < this.rows; r++) {
      const line: unknown[] = [];
      for (let c = 0; c < this.columns; c++) {
        const v = this.sheet.cell(this.row - 1 + r, this.column - 1 + c);
        line.push(typeof v === 'object' && v !== null && 'formula' in v ? '' : v);
      }
      out.push(line);
    }
    return out;
  }

  setValues(values: unknown[][]): this {
    this.call('setValues', [values]);
    this.checkGrid('setValues', values);
    for (let r = 0; r < this.rows; r++) {
      const row = this.row - 1 + r;
      const line = (this.sheet.values[row] ??= []);
      for (let c = 0; c < this.columns; c++) {
        const column = this.column - 1 + c;
        const value = values[r]![c];
        const text = this.sheet.format(row, column) === '@';
        if (typeof value === 'string' && !text && value.startsWith('=')) {
          line[column] = { formula: value.slice(1) };
        } else {
          if (typeof value === 'string' && !text && (NUMBER_LIKE.test(value.trim()) || value.startsWith('+'))) {
            this.sheet.coerced.push({ row, column, text: value });
          }
          line[column] = value as Stored;
        }
      }
    }
    return this;
  }

  private styleValue(method: string, value: unknown): this {
    this.call(method, [value]);
    const list = this.sheet.styles.get(method) ?? [];
    list.push({ top: this.row - 1, left: this.column - 1, bottom: this.row + this.rows - 2, right: this.column + this.columns - 2, value });
    this.sheet.styles.set(method, list);
    return this;
  }

  setNumberFormat(format: string): this {
    this.call('setNumberFormat', [format]);
    this.sheet.setFormats(this.row - 1, this.column - 1, this.row + this.rows - 2, this.column + this.columns - 2, format);
    return this;
  }
  setBackground(color: string | null): this { return this.styleValue('setBackground', color); }
  setFontColor(color: string | null): this { return this.styleValue('setFontColor', color); }
  setFontWeight(weight: string | null): this { return this.styleValue('setFontWeight', weight); }
  setFontStyle(style: string | null): this { return this.styleValue('setFontStyle', style); }
  setFontSize(size: number): this { return this.styleValue('setFontSize', size); }
  setHorizontalAlignment(alignment: string | null): this { return this.styleValue('setHorizontalAlignment', alignment); }
  setVerticalAlignment(alignment: string | null): this { return this.styleValue('setVerticalAlignment', alignment); }
  setWrap(wrap: boolean): this { return this.styleValue('setWrap', wrap); }
  setBorder(...args: unknown[]): this { this.call('setBorder', args); this.sheet.borders.push([this.a1, ...args]); return this; }
  merge(): this { this.call('merge', []); this.sheet.merges.push(this.a1); return this; }
  /** Merges each row of the range across its columns (one merge per row). */
  mergeAcross(): this {
    this.call('mergeAcross', []);
    for (let r = 0; r < this.rows; r++) this.sheet.merges.push(new FakeRange(this.sheet, this.row + r, this.column, 1, this.columns).a1);
    return this;
  }
  activate(): this { this.call('activate', []); return this; }
}

/** `B5` or `B5:C10` (no sheet name) as a range of `sheet`. */
function parseA1(sheet: FakeSheet, a1: string): FakeRange {
  const cell = (text: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(text);
    if (!m) throw new Error(`Range not found: ${a1}`);
    const column = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return [Number(m[2]), column];
  };
  const [from, to = from] = a1.split(':') as [string, string?];
  const [r1, c1] = cell(from);
  const [r2, c2] = cell(to);
  if (r2 > sheet.maxRows || c2 > sheet.maxColumns) throw new Error(`Range ${a1} is outside the sheet`);
  return new FakeRange(sheet, r1, c1, r2 - r1 + 1, c2 - c1 + 1);
}

export class FakeRangeList {
  constructor(
    private readonly sheet: FakeSheet,
    readonly ranges: FakeRange[],
  ) {}
  private each(method: string, value: unknown, apply: (range: FakeRange) => void): this {
    const book = (this.sheet as unknown as { book: FakeSpreadsheet }).book;
    book.recorder.record(`RangeList(${this.sheet.name})`, method, [value]);
    // The ranges apply their setter without being recorded again: a RangeList is one call.
    const saved = book.recorder.calls.length;
    for (const r of this.ranges) apply(r);
    book.recorder.calls.length = saved;
    return this;
  }
  setNumberFormat(format: string): this { return this.each('setNumberFormat', format, (r) => r.setNumberFormat(format)); }
  setBackground(color: string | null): this { return this.each('setBackground', color, (r) => r.setBackground(color)); }
  setFontColor(color: string | null): this { return this.each('setFontColor', color, (r) => r.setFontColor(color)); }
  setFontWeight(weight: string | null): this { return this.each('setFontWeight', weight, (r) => r.setFontWeight(weight)); }
  setFontStyle(style: string | null): this { return this.each('setFontStyle', style, (r) => r.setFontStyle(style)); }
  setFontSize(size: number): this { return this.each('setFontSize', size, (r) => r.setFontSize(size)); }
  setHorizontalAlignment(a: string | null): this { return this.each('setHorizontalAlignment', a, (r) => r.setHorizontalAlignment(a)); }
  setVerticalAlignment(a: string | null): this { return this.each('setVerticalAlignment', a, (r) => r.setVerticalAlignment(a)); }
  setWrap(wrap: boolean): this { return this.each('setWrap', wrap, (r) => r.setWrap(wrap)); }
  setBorder(...args: unknown[]): this { return this.each('setBorder', args, (r) => r.setBorder(...args)); }
}

export class FakeChart {
  constructor(readonly spec: FakeSheet['charts'][number]) {}
  getChartId(): number { return 1; }
}

export class FakeChartBuilder {
  private readonly spec: FakeSheet['charts'][number] = { options: {}, ranges: [], type: null, position: [] };
  constructor(private readonly rec: Recorder) {}
  setChartType(type: unknown): this { this.rec.record('ChartBuilder', 'setChartType', [type]); this.spec.type = type; return this; }
  addRange(range: FakeRange): this { this.rec.record('ChartBuilder', 'addRange', [range.a1]); this.spec.ranges.push(range.a1); return this; }
  setPosition(...position: number[]): this { this.rec.record('ChartBuilder', 'setPosition', position); this.spec.position = position; return this; }
  setOption(key: string, value: unknown): this { this.rec.record('ChartBuilder', 'setOption', [key, value]); this.spec.options[key] = value; return this; }
  build(): FakeChart { this.rec.record('ChartBuilder', 'build', []); return new FakeChart(this.spec); }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[];
  active: FakeSheet;
  readonly toasts: { message: string; title: string }[] = [];
  private nextId = 1;

  constructor(
    readonly recorder: Recorder,
    options: FakeOptions,
    readonly locale: string,
    readonly timeZone = 'Europe/Amsterdam',
    readonly name = 'Klantwaarde demo',
  ) {
    this.sheets = options.sheets.map((s) => new FakeSheet(s.name, this.nextId++, this, s.values));
    this.active = this.sheets.find((s) => s.name === options.active) ?? this.sheets[0]!;
  }

  getName(): string { this.recorder.record('Spreadsheet', 'getName', []); return this.name; }
  getActiveSheet(): FakeSheet { this.recorder.record('Spreadsheet', 'getActiveSheet', []); return this.active; }
  getSheets(): FakeSheet[] { this.recorder.record('Spreadsheet', 'getSheets', []); return [...this.sheets]; }
  getSpreadsheetTimeZone(): string { this.recorder.record('Spreadsheet', 'getSpreadsheetTimeZone', []); return this.timeZone; }
  getSheetByName(name: string): FakeSheet | null {
    this.recorder.record('Spreadsheet', 'getSheetByName', [name]);
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  insertSheet(name: string, index: number): FakeSheet {
    this.recorder.record('Spreadsheet', 'insertSheet', [name, index]);
    if (this.sheets.some((s) => s.name === name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = new FakeSheet(name, this.nextId++, this);
    this.sheets.splice(Math.min(Math.max(index, 0), this.sheets.length), 0, sheet);
    this.active = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    this.recorder.record('Spreadsheet', 'deleteSheet', [sheet.name]);
    const at = this.sheets.indexOf(sheet);
    if (at < 0) throw new Error('Sheet not found');
    if (this.sheets.length === 1) throw new Error('You can\'t remove all the sheets in a document.');
    this.sheets.splice(at, 1);
    if (this.active === sheet) this.active = this.sheets[0]!;
  }
  getSpreadsheetLocale(): string { this.recorder.record('Spreadsheet', 'getSpreadsheetLocale', []); return this.locale; }
  toast(message: string, title: string): void { this.recorder.record('Spreadsheet', 'toast', [message, title]); this.toasts.push({ message, title }); }
}

export type FakeMenu = { kind: 'menu' | 'addon'; caption: string | null; items: { caption: string; functionName: string }[]; added: boolean };

export type Fake = {
  /** The globals to put into the vm context. */
  globals: Record<string, unknown>;
  recorder: Recorder;
  spreadsheet: FakeSpreadsheet;
  properties: Map<string, string>;
  userProperties: Map<string, string>;
  menus: FakeMenu[];
  alerts: { title: string; prompt: string }[];
  sidebars: { file: string; title: string | null }[];
};

export function createFake(options: FakeOptions): Fake {
  const recorder = new Recorder(options.measure ?? true, options.authModeNone ?? false);
  const spreadsheet = new FakeSpreadsheet(recorder, options, options.locale ?? 'nl_NL', options.timeZone, options.name);
  const properties = new Map(Object.entries(options.properties ?? {}));
  const userProperties = new Map<string, string>();
  const menus: FakeMenu[] = [];
  const alerts: Fake['alerts'] = [];
  const sidebars: Fake['sidebars'] = [];
  const menu = (kind: FakeMenu['kind'], caption: string | null): unknown => {
    const m: FakeMenu = { kind, caption, items: [], added: false };
    menus.push(m);
    const api = {
      addItem(itemCaption: string, functionName: string) { recorder.record('Menu', 'addItem', [itemCaption, functionName], true); m.items.push({ caption: itemCaption, functionName }); return api; },
      addSeparator() { recorder.record('Menu', 'addSeparator', [], true); return api; },
      addToUi() { recorder.record('Menu', 'addToUi', [], true); m.added = true; },
    };
    return api;
  };
  const ui = {
    createMenu(caption: string) { recorder.record('Ui', 'createMenu', [caption], true); return menu('menu', caption); },
    createAddonMenu() { recorder.record('Ui', 'createAddonMenu', [], true); return menu('addon', null); },
    alert(title: string, prompt: string) { recorder.record('Ui', 'alert', [title, prompt]); alerts.push({ title, prompt }); return 'OK'; },
    showSidebar(output: { file: string; title: string | null }) { recorder.record('Ui', 'showSidebar', [output.file]); sidebars.push(output); },
    ButtonSet: { OK: 'OK' },
  };
  const SpreadsheetApp = {
    getActiveSpreadsheet() { recorder.record('SpreadsheetApp', 'getActiveSpreadsheet', []); return spreadsheet; },
    getUi() { recorder.record('SpreadsheetApp', 'getUi', [], true); return ui; },
    BorderStyle: { SOLID: 'SOLID' },
  };
  const documentProperties = {
    getProperty(key: string) { recorder.record('Properties', 'getProperty', [key]); return properties.get(key) ?? null; },
    setProperty(key: string, value: string) { recorder.record('Properties', 'setProperty', [key, value]); properties.set(key, value); return documentProperties; },
    deleteProperty(key: string) { recorder.record('Properties', 'deleteProperty', [key]); properties.delete(key); return documentProperties; },
  };
  const ownUserProperties = {
    getProperty(key: string) { recorder.record('UserProperties', 'getProperty', [key]); return userProperties.get(key) ?? null; },
    setProperty(key: string, value: string) { recorder.record('UserProperties', 'setProperty', [key, value]); userProperties.set(key, value); return ownUserProperties; },
    deleteProperty(key: string) { recorder.record('UserProperties', 'deleteProperty', [key]); userProperties.delete(key); return ownUserProperties; },
  };
  const PropertiesService = {
    getDocumentProperties() { recorder.record('PropertiesService', 'getDocumentProperties', []); return documentProperties; },
    getUserProperties() { recorder.record('PropertiesService', 'getUserProperties', []); return ownUserProperties; },
  };
  const Utilities = {
    formatDate(date: Date, timeZone: string, pattern: string) { recorder.record('Utilities', 'formatDate', [pattern]); return formatDate(date, timeZone, pattern); },
  };
  const HtmlService = {
    createHtmlOutputFromFile(file: string) {
      recorder.record('HtmlService', 'createHtmlOutputFromFile', [file]);
      const output = { file, title: null as string | null, setTitle(title: string) { output.title = title; return output; } };
      return output;
    },
  };
  const Charts = { ChartType: { SCATTER: 'SCATTER', LINE: 'LINE', COLUMN: 'COLUMN' } };
  const ScriptApp = { AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' } };
  return {
    globals: { SpreadsheetApp, PropertiesService, HtmlService, Charts, ScriptApp, Utilities },
    recorder, spreadsheet, properties, userProperties, menus, alerts, sidebars,
  };
}
