/**
 * A small, strict, recording fake of the part of the Excel JavaScript API the add-in uses (Microsoft's
 * office-addin-mock neither counts syncs nor handles collections). It behaves like Excel where a mistake would
 * otherwise pass unnoticed:
 * - calls are queued and take effect at `context.sync()`, which is counted, and each request's size recorded;
 * - a request or a response over 5 MB is rejected (Excel on the web's limit);
 * - reading a property that was not loaded and synced throws `PropertyNotLoaded`;
 * - `values`, `formulas` and `numberFormat` must be 2-D arrays of the range's exact shape (else `InvalidArgument`);
 * - a string starting with `=` written to `values` or `formulas` becomes a formula unless the cell's number format
 *   is already `@` (text);
 * - every write lands in the log of the sheet it hit, so a test can prove a sheet was never written.
 * Formats, charts, freeze panes and page layout are recorded by a generic proxy (path and value), not modelled.
 * Runs in Node (tests) and in the browser (bundled as the Playwright test's office.js): no Node APIs.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the recorder stands in for Office.js objects of many shapes */

export const FAKE_LIMIT = 5 * 1024 * 1024;

export class FakeOfficeError extends Error {
  constructor(public readonly code: string, message: string) {
    super(`${code}: ${message}`);
  }
}

type Row = { values: unknown[]; formulas: (string | undefined)[]; formats: (string | undefined)[] };
export type LogEntry = { address: string; what: string; value?: unknown };

export class FakeSheet {
  readonly rows: Row[] = [];
  readonly properties = new Map<string, string>();
  /** Every write this sheet received, in order. */
  readonly log: LogEntry[] = [];
  deleted = false;
  constructor(public name: string) {}

  static from(name: string, cells: readonly (readonly unknown[])[]): FakeSheet {
    const sheet = new FakeSheet(name);
    cells.forEach((row, r) => row.forEach((value, c) => sheet.put(r, c, value ?? '', undefined)));
    return sheet;
  }

  private row(r: number): Row {
    return (this.rows[r] ??= { values: [], formulas: [], formats: [] });
  }
  put(r: number, c: number, value: unknown, formula: string | undefined): void {
    const row = this.row(r);
    row.values[c] = value;
    row.formulas[c] = formula;
  }
  format(r: number, c: number): string {
    return this.rows[r]?.formats[c] ?? 'General';
  }
  setFormat(r: number, c: number, format: string): void {
    this.row(r).formats[c] = format;
  }
  value(r: number, c: number): unknown {
    return this.rows[r]?.values[c] ?? '';
  }
  formula(r: number, c: number): string | undefined {
    return this.rows[r]?.formulas[c];
  }
  /** The used range, values only: rows and columns holding anything. */
  used(): Box | null {
    let bottom = -1;
    let right = -1;
    this.rows.forEach((row, r) => {
      if (!row) return;
      row.values.forEach((v, c) => {
        if (v !== '' && v !== null && v !== undefined) {
          bottom = Math.max(bottom, r);
          right = Math.max(right, c);
        }
      });
    });
    return bottom < 0 ? null : { top: 0, left: 0, rows: bottom + 1, columns: right + 1 };
  }
}

export type Box = { top: number; left: number; rows: number; columns: number };

export class FakeWorkbook {
  sheets: FakeSheet[];
  active: string;
  /** `null`: no single range is selected (several areas, a chart): `getSelectedRange` fails, as in Excel. */
  selection: { sheet: string; box: Box } | null;
  tables: { name: string; sheet: string; box: Box }[] = [];
  decimalSeparator = ',';
  /** The workbook's file name (`Workbook.name`, ExcelApi 1.7). */
  name = 'Werkmap.xlsx';
  constructor(sheets: FakeSheet[]) {
    this.sheets = sheets;
    this.active = sheets[0]?.name ?? '';
    this.selection = { sheet: this.active, box: { top: 0, left: 0, rows: 1, columns: 1 } };
  }
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => !s.deleted && s.name.toLowerCase() === name.toLowerCase());
  }
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}
export function letters(column: number): string {
  let s = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
export function boxAddress(box: Box): string {
  const tl = `${letters(box.left)}${box.top + 1}`;
  return box.rows === 1 && box.columns === 1 ? tl : `${tl}:${letters(box.left + box.columns - 1)}${box.top + box.rows}`;
}

/** `A1`, `A1:C3`, `B:B`, `5:5` (with or without `$`). */
export function parseAddress(address: string): Box {
  const clean = address.replace(/\$/g, '').replace(/^.*!/, '');
  const [a, b = a] = clean.split(':') as [string, string?];
  const part = (p: string): { r: number | null; c: number | null } => {
    const m = /^([A-Z]*)(\d*)$/i.exec(p);
    if (!m || (!m[1] && !m[2])) throw new FakeOfficeError('InvalidArgument', `bad address ${address}`);
    return { c: m[1] ? columnIndex(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
  };
  const p = part(a);
  const q = part(b!);
  const top = p.r ?? 0;
  const bottom = q.r ?? MAX_ROWS - 1;
  const left = p.c ?? 0;
  const right = q.c ?? MAX_COLUMNS - 1;
  return { top, left, rows: bottom - top + 1, columns: right - left + 1 };
}

type Action = { bytes: number; apply: () => void; response?: () => number };

/** The request context: the queue, the sync counter and the request sizes. */
export class FakeContext {
  readonly workbook: FakeWorkbookProxy;
  readonly application: FakeApplication;
  syncs = 0;
  /** Bytes of each request sent, in order. */
  readonly requests: number[] = [];
  readonly calls = { suspendCalculation: 0, suspendScreenUpdating: 0 };
  private queue: Action[] = [];
  constructor(public readonly model: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
    this.application = new FakeApplication(this);
  }
  enqueue(bytes: number, apply: () => void, response?: () => number): void {
    this.queue.push({ bytes: bytes + 64, apply, ...(response ? { response } : {}) });
  }
  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.syncs++;
    const bytes = queue.reduce((sum, a) => sum + a.bytes, 0);
    this.requests.push(bytes);
    if (bytes > FAKE_LIMIT) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `request of ${bytes} bytes`);
    let response = 0;
    for (const action of queue) {
      action.apply();
      response += action.response?.() ?? 0;
    }
    if (response > FAKE_LIMIT) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `response of ${response} bytes`);
  }
}

const size = (value: unknown): number => JSON.stringify(value ?? null).length;

/** Properties readable only after `load` and `sync`. */
class Loadable {
  protected readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}
  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError('PropertyNotLoaded', `The property '${name}' is not available. Call load('${name}') and context.sync() first.`);
    }
    return this.loaded.get(name) as T;
  }
  /** Which properties `load` may fetch, and how. */
  protected fetchers(): Record<string, () => unknown> {
    return {};
  }
  load(names?: string | string[]): this {
    const list = (Array.isArray(names) ? names : (names ?? '').split(',')).map((n) => n.trim()).filter(Boolean);
    const fetchers = this.fetchers();
    for (const name of list) {
      if (!fetchers[name]) throw new FakeOfficeError('InvalidArgument', `the fake cannot load '${name}' of ${this.constructor.name}`);
    }
    let bytes = 0;
    this.ctx.enqueue(size(list), () => {
      for (const name of list) {
        const value = fetchers[name]!();
        bytes += size(value);
        this.loaded.set(name, value);
      }
    }, () => bytes);
    return this;
  }
}

/** Records writes and calls on formats, charts, freeze panes and page layout: path and value, into a sheet's log. */
function recorder(ctx: FakeContext, sheet: () => FakeSheet, address: string, path: string): any {
  const target = function () {};
  return new Proxy(target, {
    get(_t, key) {
      if (typeof key === 'symbol') return undefined;
      if (key === 'then') return undefined;
      if (key === 'load') return () => recorder(ctx, sheet, address, path);
      return recorder(ctx, sheet, address, path ? `${path}.${key}` : key);
    },
    set(_t, key, value) {
      ctx.enqueue(size(value) + String(key).length, () => sheet().log.push({ address, what: `${path}.${String(key)}`, value }));
      return true;
    },
    apply(_t, _this, args) {
      const what = `${path}(${args.map((a) => (a instanceof FakeRange ? a.address0() : JSON.stringify(a))).join(',')})`;
      ctx.enqueue(size(args.filter((a) => !(a instanceof FakeRange))), () => sheet().log.push({ address, what }));
      return recorder(ctx, sheet, address, what);
    },
  });
}

class FakeApplication {
  readonly cultureInfo: { numberFormat: FakeNumberFormatInfo };
  constructor(private readonly ctx: FakeContext) {
    this.cultureInfo = { numberFormat: new FakeNumberFormatInfo(ctx) };
  }
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.calls.suspendCalculation++;
    this.ctx.enqueue(40, () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.calls.suspendScreenUpdating++;
    this.ctx.enqueue(40, () => undefined);
  }
}

class FakeNumberFormatInfo extends Loadable {
  protected override fetchers() {
    return { numberDecimalSeparator: () => this.ctx.model.decimalSeparator, numberGroupSeparator: () => (this.ctx.model.decimalSeparator === ',' ? '.' : ',') };
  }
  get numberDecimalSeparator(): string {
    return this.read('numberDecimalSeparator');
  }
}

class FakeWorkbookProxy extends Loadable {
  readonly worksheets: FakeWorksheetCollection;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
  }
  protected override fetchers() {
    return { name: () => this.ctx.model.name };
  }
  get name(): string {
    return this.read('name');
  }
  getSelectedRange(): FakeRange {
    const model = this.ctx.model;
    const selection = () => {
      if (!model.selection) throw new FakeOfficeError('InvalidSelection', 'the current selection is not a single range');
      return model.selection;
    };
    return new FakeRange(this.ctx, new FakeWorksheet(this.ctx, () => selection().sheet), () => selection().box);
  }
}

class FakeWorksheetCollection extends Loadable {
  protected override fetchers() {
    return {
      'items/name': () => this.ctx.model.sheets.filter((s) => !s.deleted).map((s) => s.name),
      items: () => this.ctx.model.sheets.filter((s) => !s.deleted).map((s) => s.name),
    };
  }
  get items(): FakeWorksheet[] {
    const names = this.loaded.get('items/name') ?? this.read<string[]>('items');
    return (names as string[]).map((name) => {
      const sheet = new FakeWorksheet(this.ctx, () => name);
      sheet.markLoaded('name', name);
      return sheet;
    });
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => name);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => name, true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.model.active);
  }
  add(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.ctx, () => name);
    this.ctx.enqueue(size(name), () => {
      if (this.ctx.model.sheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `a sheet named ${name} exists`);
      this.ctx.model.sheets.push(new FakeSheet(name));
    });
    return sheet;
  }
}

export class FakeWorksheet extends Loadable {
  private bound: FakeSheet | null = null;
  readonly customProperties: FakeCustomProperties;
  readonly freezePanes: any;
  readonly pageLayout: any;
  readonly charts: any;
  constructor(ctx: FakeContext, private readonly nameOf: () => string, nullable = false) {
    super(ctx);
    this.customProperties = new FakeCustomProperties(ctx, () => this.resolve());
    const sheet = () => this.resolve();
    this.freezePanes = recorder(ctx, sheet, '', 'freezePanes');
    this.pageLayout = recorder(ctx, sheet, '', 'pageLayout');
    this.charts = recorder(ctx, sheet, '', 'charts');
    if (nullable) ctx.enqueue(0, () => this.loaded.set('isNullObject', !ctx.model.sheet(nameOf())));
  }
  markLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }
  /** The sheet this proxy names, found at its first use (like Excel's object path) and kept. */
  resolve(): FakeSheet {
    if (this.bound && !this.bound.deleted) return this.bound;
    const sheet = this.ctx.model.sheet(this.nameOf());
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `no sheet named ${this.nameOf()}`);
    this.bound = sheet;
    return sheet;
  }
  protected override fetchers() {
    return { name: () => this.resolve().name };
  }
  get name(): string {
    return this.read('name');
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  getRange(address = ''): FakeRange {
    const box = parseAddress(address || 'A1');
    return new FakeRange(this.ctx, this, () => box);
  }
  getRangeByIndexes(top: number, left: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this.ctx, this, () => ({ top, left, rows, columns }));
  }
  /** Excel: a blank sheet's used range is its top-left cell. */
  getUsedRange(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this, () => this.resolve().used() ?? { top: 0, left: 0, rows: 1, columns: 1 });
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    const range = new FakeRange(this.ctx, this, () => this.resolve().used() ?? { top: 0, left: 0, rows: 1, columns: 1 });
    this.ctx.enqueue(0, () => range.markLoaded('isNullObject', this.resolve().used() === null));
    return range;
  }
  delete(): void {
    this.ctx.enqueue(16, () => {
      const sheet = this.resolve();
      sheet.log.push({ address: '', what: 'delete' });
      sheet.deleted = true;
    });
  }
  activate(): void {
    this.ctx.enqueue(16, () => {
      this.ctx.model.active = this.resolve().name;
    });
  }
  /** ExcelApi 1.8: logged as `showGridlines`. */
  set showGridlines(value: boolean) {
    this.ctx.enqueue(16, () => this.resolve().log.push({ address: '', what: 'showGridlines', value }));
  }
  /** ExcelApi 1.7: logged as `tabColor`. */
  set tabColor(value: string) {
    this.ctx.enqueue(16 + value.length, () => this.resolve().log.push({ address: '', what: 'tabColor', value }));
  }
}

class FakeCustomProperties {
  constructor(private readonly ctx: FakeContext, private readonly sheet: () => FakeSheet) {}
  add(key: string, value: string): void {
    this.ctx.enqueue(size([key, value]), () => {
      const sheet = this.sheet();
      sheet.properties.set(key, value);
      sheet.log.push({ address: '', what: `customProperties.add(${key})`, value });
    });
  }
  getItemOrNullObject(key: string): FakeCustomProperty {
    return new FakeCustomProperty(this.ctx, () => this.sheet().properties.get(key));
  }
}

class FakeCustomProperty extends Loadable {
  constructor(ctx: FakeContext, private readonly lookup: () => string | undefined) {
    super(ctx);
    ctx.enqueue(0, () => this.loaded.set('isNullObject', lookup() === undefined));
  }
  protected override fetchers() {
    return { value: () => this.lookup() ?? null };
  }
  get value(): string {
    return this.read('value');
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
}

export class FakeRange extends Loadable {
  readonly format: any;
  constructor(ctx: FakeContext, readonly worksheet: FakeWorksheet, private readonly boxOf: () => Box) {
    super(ctx);
    this.format = recorder(ctx, () => worksheet.resolve(), '', 'format');
    // The recorder needs the address at apply time; rebuild it lazily.
    Object.defineProperty(this, 'format', { get: () => recorder(ctx, () => worksheet.resolve(), this.address0(), 'format') });
  }
  markLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }
  address0(): string {
    return boxAddress(this.boxOf());
  }
  protected override fetchers() {
    const box = () => this.boxOf();
    return {
      address: () => `${this.worksheet.resolve().name}!${boxAddress(box())}`,
      rowIndex: () => box().top,
      columnIndex: () => box().left,
      rowCount: () => box().rows,
      columnCount: () => box().columns,
      values: () => this.grid((r, c) => this.worksheet.resolve().value(r, c)),
      formulas: () => this.grid((r, c) => this.worksheet.resolve().formula(r, c) ?? this.worksheet.resolve().value(r, c)),
      numberFormat: () => this.grid((r, c) => this.worksheet.resolve().format(r, c)),
    };
  }
  private grid(cell: (r: number, c: number) => unknown): unknown[][] {
    const { top, left, rows, columns } = this.boxOf();
    return Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => cell(top + i, left + j)));
  }
  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(values: unknown[][]) {
    this.write('values', values);
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(values: unknown[][]) {
    this.write('formulas', values);
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(formats: unknown[][]) {
    this.ctx.enqueue(size(formats), () => {
      const { top, left } = this.checkShape('numberFormat', formats);
      const sheet = this.worksheet.resolve();
      sheet.log.push({ address: this.address0(), what: 'numberFormat' });
      formats.forEach((row, i) => row.forEach((f, j) => sheet.setFormat(top + i, left + j, String(f))));
    });
  }
  private checkShape(what: string, grid: unknown): Box {
    const box = this.boxOf();
    const ok = Array.isArray(grid) && grid.length === box.rows && grid.every((row) => Array.isArray(row) && row.length === box.columns);
    if (!ok) throw new FakeOfficeError('InvalidArgument', `${what} of ${boxAddress(box)} needs ${box.rows} × ${box.columns} cells`);
    return box;
  }
  private write(what: 'values' | 'formulas', grid: unknown[][]): void {
    this.ctx.enqueue(size(grid), () => {
      const { top, left } = this.checkShape(what, grid);
      const sheet = this.worksheet.resolve();
      sheet.log.push({ address: this.address0(), what });
      grid.forEach((row, i) =>
        row.forEach((value, j) => {
          const r = top + i;
          const c = left + j;
          // Excel: text typed (or written) into a cell starting with "=" is a formula, unless the cell is text (@).
          if (typeof value === 'string' && value.startsWith('=') && sheet.format(r, c) !== '@') sheet.put(r, c, null, value);
          else sheet.put(r, c, value, undefined);
        }),
      );
    });
  }
  /** Only `FillFormats` is modelled: the source's number formats repeat down (or across) the destination. */
  autoFill(destination: string, type: string): void {
    this.ctx.enqueue(size([destination, type]), () => {
      if (type !== 'FillFormats') throw new FakeOfficeError('InvalidArgument', `the fake fills only formats, not ${type}`);
      const source = this.boxOf();
      const target = parseAddress(destination);
      const inside = target.top <= source.top && target.left <= source.left &&
        target.top + target.rows >= source.top + source.rows && target.left + target.columns >= source.left + source.columns;
      if (!inside) throw new FakeOfficeError('InvalidArgument', 'the destination of autoFill must contain the source');
      const sheet = this.worksheet.resolve();
      sheet.log.push({ address: this.address0(), what: `autoFill(${destination})` });
      for (let r = 0; r < target.rows; r++) {
        for (let c = 0; c < target.columns; c++) {
          const from = sheet.format(source.top + (r % source.rows), source.left + (c % source.columns));
          sheet.setFormat(target.top + r, target.left + c, from);
        }
      }
    });
  }
  merge(_across?: boolean): void {
    this.ctx.enqueue(16, () => this.worksheet.resolve().log.push({ address: this.address0(), what: 'merge' }));
  }
  select(): void {
    this.ctx.enqueue(16, () => {
      this.ctx.model.active = this.worksheet.resolve().name;
      this.ctx.model.selection = { sheet: this.worksheet.resolve().name, box: this.boxOf() };
    });
  }
  /** The cells both ranges hold (same sheet), or a null object when they do not overlap. */
  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    const overlap = (): Box | null => {
      const a = this.boxOf();
      const b = other.boxOf();
      const top = Math.max(a.top, b.top);
      const left = Math.max(a.left, b.left);
      const rows = Math.min(a.top + a.rows, b.top + b.rows) - top;
      const columns = Math.min(a.left + a.columns, b.left + b.columns) - left;
      return rows > 0 && columns > 0 ? { top, left, rows, columns } : null;
    };
    const range = new FakeRange(this.ctx, this.worksheet, () => overlap() ?? { top: 0, left: 0, rows: 1, columns: 1 });
    this.ctx.enqueue(0, () => range.markLoaded('isNullObject', overlap() === null));
    return range;
  }
  getTables(_fullyContained?: boolean): FakeTables {
    return new FakeTables(this.ctx, this);
  }
}

class FakeTables extends Loadable {
  constructor(ctx: FakeContext, private readonly range: FakeRange) {
    super(ctx);
  }
  private matching() {
    const sheet = this.range.worksheet.resolve().name;
    const box = parseAddress(this.range.address0());
    return this.ctx.model.tables.filter(
      (t) => t.sheet === sheet && box.top >= t.box.top && box.top < t.box.top + t.box.rows && box.left >= t.box.left && box.left < t.box.left + t.box.columns,
    );
  }
  protected override fetchers() {
    return { 'items/name': () => this.matching().map((t) => t.name) };
  }
  get items(): { name: string; getRange: () => FakeRange }[] {
    return this.read<string[]>('items/name').map((name) => {
      const table = this.ctx.model.tables.find((t) => t.name === name)!;
      return { name, getRange: () => new FakeRange(this.ctx, new FakeWorksheet(this.ctx, () => table.sheet), () => table.box) };
    });
  }
}

/** `Excel.run` over a workbook: a new context per run, as in Excel. The contexts are kept for the tests. */
export function fakeExcelRun(model: FakeWorkbook, contexts: FakeContext[] = []) {
  return async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(model);
    contexts.push(context);
    return batch(context);
  };
}
