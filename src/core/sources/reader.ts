/**
 * One source read row by row into `sums.ts`'s state: the per-kind rules of docs/DEFINITIONS.md §1b. Nothing of a
 * row is kept beyond its sums; what could not be read is counted per problem, with its first row, and said once.
 */
import { readNumber, readBoolean, cellText } from '../read/cells.js';
import { durationFromCell } from '../read/duration.js';
import { settleNotation, type Notation } from '../numbers.js';
import type { CellValue } from '../types.js';
import { contactTypeOf, isCreditNote, isNoClient } from './columns.js';
import { decideDateOrder, parseDateCell, parseTimeOfDay, type DayNumber } from './dates.js';
import { BucketSums, LocalClients, StringIndex, type InvoiceTable, type Order } from './sums.js';
import type { DateOrder, SourceField, SourceInput, SourceKind, SourceProblemId, SourceRecognition } from './types.js';

/** A problem counted over a source's rows: how many, and the first one's row, column and text. */
export type Tally = { count: number; row: number | null; column: string | null; text: string | null; params?: Record<string, string> };

/** What the reader needs of the whole build: where a day falls, and the invoices of earlier sources. */
export type BuildContext = {
  bucketOf: (day: DayNumber) => number;
  /** The invoices of every source so far (numbered ones found by number, across sources). */
  invoices: InvoiceTable;
  fallbackNotation: Notation;
};

/** Date cells of an export may be Excel serials (a sheet pasted from Excel). */
const SERIALS = { serials: true } as const;
/** The column a time entry's, invoice line's or contact's client is in. */
const CLIENT: readonly SourceField[] = ['client'];

export const TIME = { seconds: 0, unbilled: 1, rows: 2 } as const;
export const CONTACT = { calls: 0, emails: 1, visits: 2, rows: 3 } as const;

export type DateDecision = { order: DateOrder | null; undecided: { column: string; text: string } | null };

export class SourceReader {
  readonly clients = new LocalClients();
  readonly projects = new LocalClients();
  /** Time entries per (client, bucket); project-only entries per (project, bucket) until their client is known. */
  readonly time = new BucketSums(3);
  readonly projectTime = new BucketSums(3);
  /** A project's client, from the rows that give both. */
  readonly projectClient = new Map<number, number>();
  /** The first row of each project's entries without a client (to name it if the project never gets one). */
  readonly projectFirstRow = new Map<number, number>();
  readonly contacts = new BucketSums(4);
  readonly orders: Order[] = [];
  private readonly orderIds = new StringIndex();
  readonly tallies = new Map<SourceProblemId, Tally>();
  /** Client-list rows, read as a whole table when the source ends. */
  readonly listRows: (readonly CellValue[])[] = [];
  rows = 0;
  used = 0;
  skipped = 0;
  /** Latest date seen (for the default period), NaN when none. */
  latest = Number.NaN;
  /** Invoice numbers of earlier sources seen again here. */
  readonly duplicateInvoices = new Set<string>();
  currency: string | null = null;
  blocked = false;

  private readonly col: Partial<Record<SourceField, number>> = {};
  private readonly header: Partial<Record<SourceField, string>> = {};
  private readonly notation: Partial<Record<SourceField, Notation>> = {};
  private readonly durationUnit: number;
  private dateOrder: DateOrder | null = null;
  private nextRow: number;
  private readonly kind: SourceKind | null;

  constructor(
    readonly index: number,
    readonly input: Omit<SourceInput, 'rest'>,
    readonly recognition: SourceRecognition,
    private readonly context: BuildContext,
    dates: DateDecision,
  ) {
    this.kind = recognition.kind;
    for (const c of recognition.columns) {
      this.col[c.field] = c.column;
      this.header[c.field] = c.header;
    }
    const duration = recognition.columns.find((c) => c.field === 'duration');
    this.durationUnit = duration?.unit === 'minutes' ? 1 / 60 : duration?.unit === 'seconds' ? 1 / 3600 : 1;
    this.dateOrder = dates.order;
    this.blocked = dates.undecided !== null;
    const head = input.cells;
    const start = recognition.headerRow ?? 0;
    const fallback = input.notationHint ?? context.fallbackNotation;
    for (const c of recognition.columns) this.notation[c.field] = settleNotation(columnTexts(head, start, c.column), fallback);
    if (this.col.currency !== undefined) this.currency = majority(columnTexts(head, start, this.col.currency));
    this.nextRow = (input.rowOffset ?? 0) + start + 1;
    if (this.kind === 'clientList') this.listRows.push(...head);
    else for (let r = start; r < head.length; r++) this.push(head[r]!);
    if (this.kind === 'clientList') this.nextRow = (input.rowOffset ?? 0) + head.length + 1;
  }

  /** Reads one data row (rows after the head). */
  push(row: readonly CellValue[]): void {
    const rowNumber = this.nextRow++;
    if (this.kind === 'clientList') {
      this.listRows.push(row);
      return;
    }
    if (row.every(blankCell)) return;
    this.rows++;
    if (this.blocked || this.kind === null) {
      this.skipped++;
      return;
    }
    const ok = this.kind === 'timeEntries' ? this.timeEntry(row, rowNumber)
      : this.kind === 'invoices' ? this.invoiceLine(row, rowNumber)
        : this.kind === 'orders' ? this.orderLine(row, rowNumber)
          : this.contact(row, rowNumber);
    if (ok) this.used++;
    else this.skipped++;
  }

  tally(id: SourceProblemId, row: number | null, field: SourceField | null, text: string | null, params?: Record<string, string>): void {
    const found = this.tallies.get(id);
    if (found) found.count++;
    else this.tallies.set(id, { count: 1, row, column: field ? (this.header[field] ?? null) : null, text, ...(params ? { params } : {}) });
  }

  private text(row: readonly CellValue[], field: SourceField): string {
    const c = this.col[field];
    if (c === undefined) return '';
    const cell = row[c];
    return typeof cell === 'string' ? cell.trim() : cellText(cell).trim();
  }

  /** A number cell: NaN when blank or absent; `null` (and a problem) when unreadable. */
  private number(row: readonly CellValue[], field: SourceField, rowNumber: number): number | null {
    const c = this.col[field];
    if (c === undefined) return Number.NaN;
    const cell = row[c];
    if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) return Number.NaN;
    const read = readNumber(cell, this.notation[field] ?? 'nl');
    if (read === null) {
      this.tally('unreadableNumber', rowNumber, field, cellText(cell));
      return null;
    }
    return read.value;
  }

  /** A date cell: NaN when blank or absent; `null` (and a problem) when it is no date. */
  private date(row: readonly CellValue[], field: SourceField, rowNumber: number): number | null {
    const c = this.col[field];
    if (c === undefined) return Number.NaN;
    const cell = row[c];
    if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) return Number.NaN;
    const day = parseDateCell(cell, this.dateOrder, SERIALS);
    if (day === null || day === 'ambiguous') {
      this.tally('unreadableDate', rowNumber, field, cellText(cell));
      return null;
    }
    return day;
  }

  private seen(day: number): void {
    if (!(day <= this.latest)) this.latest = day;
  }

  /** Where a day falls: a month index, or the place in a given period (`BuildContext.bucketOf`). */
  bucketOfDay(day: number): number {
    return this.context.bucketOf(day);
  }

  private bucket(day: number): number {
    return Number.isNaN(day) ? -1 : this.context.bucketOf(day);
  }

  /** The client of a row: its local id, or -1 (and a problem) when the row names none. */
  private client(row: readonly CellValue[], rowNumber: number, names: readonly SourceField[], quiet = false): number {
    const number = this.col.clientNumber === undefined ? '' : this.text(row, 'clientNumber');
    for (const field of names) {
      const name = this.text(row, field);
      if (!name) continue;
      if (number === '') {
        // One lookup per row for the common case: a name without a number, its id or -1 (a no-client word).
        let id = this.byName.get(name) - 1;
        if (id === -2) {
          id = isNoClient(name) ? -1 : this.clients.id(name, '');
          this.byName.set(name, id + 1);
        }
        if (id >= 0) return id;
        continue;
      }
      if (!this.isNoClient(name)) return this.clients.id(name, number);
    }
    if (number) return this.clients.id(number, number);
    const field = names.find((f) => this.col[f] !== undefined) ?? null;
    if (!quiet) this.tally('withoutClient', rowNumber, field, field ? this.text(row, field) : '');
    return -1;
  }

  private readonly byName = new StringIndex();

  /** `isNoClient` once per distinct text: a 5 000 000-line export has a few thousand names. */
  private readonly noClient = new Map<string, boolean>();
  private isNoClient(name: string): boolean {
    let answer = this.noClient.get(name);
    if (answer === undefined) {
      answer = isNoClient(name);
      this.noClient.set(name, answer);
    }
    return answer;
  }

  private readonly booleans = new Map<string, boolean | null>();
  private boolean(text: string): boolean | null {
    let answer = this.booleans.get(text);
    if (answer === undefined) {
      answer = readBoolean(text);
      this.booleans.set(text, answer);
    }
    return answer;
  }

  private currencyOk(row: readonly CellValue[], rowNumber: number): boolean {
    if (this.currency === null) return true;
    const currency = this.text(row, 'currency');
    if (!currency || currency.toUpperCase() === this.currency.toUpperCase()) return true;
    this.tally('mixedCurrencies', rowNumber, 'currency', currency, { currency: this.currency });
    return false;
  }

  private timeEntry(row: readonly CellValue[], rowNumber: number): boolean {
    const day = this.col.startDate !== undefined ? this.date(row, 'startDate', rowNumber) : this.date(row, 'date', rowNumber);
    if (day === null) return false;
    let hours: number | null;
    if (this.col.duration !== undefined) {
      const cell = row[this.col.duration];
      const text = cellText(cell).trim();
      hours = text === '' ? 0 : (clockHours(text) ?? durationFromCell(typeof cell === 'string' ? text : cell, this.notation.duration ?? 'nl'));
      if (hours === null) {
        this.tally('unreadableDuration', rowNumber, 'duration', text);
        return false;
      }
      hours *= this.durationUnit;
      if (hours < 0) {
        this.tally('negativeDuration', rowNumber, 'duration', text);
        return false;
      }
      // A duration beside start and end that end before they start: which is right cannot be told.
      if (this.endsBeforeStart(row, day)) {
        this.tally('endBeforeStart', rowNumber, 'endTime', null);
        return false;
      }
    } else {
      const span = this.span(row, rowNumber, day);
      if (span === null) return false;
      hours = span;
    }
    if (hours === 0) this.tally('zeroDuration', rowNumber, 'duration', null);
    const project = this.text(row, 'project');
    let client = this.client(row, rowNumber, CLIENT, project !== '');
    let sums = this.time;
    if (client < 0) {
      if (!project) return false;
      // An entry with a project but no client: its project's client, once another row tells it (resolved in `finish`).
      client = this.projects.id(project, '');
      if (!this.projectFirstRow.has(client)) this.projectFirstRow.set(client, rowNumber);
      sums = this.projectTime;
    } else if (project) {
      const p = this.projects.id(project, '');
      if (!this.projectClient.has(p)) this.projectClient.set(p, client);
    }
    if (!Number.isNaN(day)) this.seen(day);
    const slot = sums.slot(client, this.bucket(day));
    const seconds = Math.round(hours * 3_600_000) / 1000;
    sums.values[TIME.seconds]![slot]! += seconds;
    if (this.col.billable !== undefined && this.boolean(this.text(row, 'billable')) === false) sums.values[TIME.unbilled]![slot]! += seconds;
    sums.values[TIME.rows]![slot]! += 1;
    return true;
  }

  private endsBeforeStart(row: readonly CellValue[], day: number): boolean {
    if (this.col.startTime === undefined || this.col.endTime === undefined) return false;
    const startTime = timeOf(row[this.col.startTime]);
    const endTime = timeOf(row[this.col.endTime]);
    if (startTime === null || endTime === null) return false;
    const end = this.col.endDate !== undefined ? parseDateCell(row[this.col.endDate], this.dateOrder, SERIALS) : day;
    if (typeof end !== 'number' || Number.isNaN(end) || Number.isNaN(day)) return false;
    return (end - day) * 86400 + endTime - startTime < 0;
  }

  /** Hours from start and end (date and time of day), `null` when unreadable or the end is before the start. */
  private span(row: readonly CellValue[], rowNumber: number, day: number): number | null {
    const end = this.col.endDate !== undefined ? this.date(row, 'endDate', rowNumber) : day;
    if (end === null) return null;
    const startTime = timeOf(row[this.col.startTime ?? -1]);
    const endTime = timeOf(row[this.col.endTime ?? -1]);
    if (startTime === null || endTime === null) {
      this.tally('unreadableDuration', rowNumber, startTime === null ? 'startTime' : 'endTime', cellText(row[(startTime === null ? this.col.startTime : this.col.endTime) ?? -1]));
      return null;
    }
    const seconds = ((Number.isNaN(end) ? 0 : end) - (Number.isNaN(day) ? 0 : day)) * 86400 + endTime - startTime;
    if (seconds < 0) {
      this.tally('endBeforeStart', rowNumber, 'endTime', null);
      return null;
    }
    return seconds / 3600;
  }

  private invoiceLine(row: readonly CellValue[], rowNumber: number): boolean {
    const invoices = this.context.invoices;
    const number = this.text(row, 'invoiceNumber');
    const existing = number ? invoices.numbers.get(number) : -1;
    if (existing >= 0 && invoices.source[existing] !== this.index) {
      if (!this.duplicateInvoices.has(number)) {
        this.duplicateInvoices.add(number);
        this.tally('invoiceInTwoFiles', rowNumber, 'invoiceNumber', number);
      }
      return false;
    }
    if (!this.currencyOk(row, rowNumber)) return false;
    const amount = this.lineAmount(row, rowNumber);
    const cost = this.number(row, 'costAmount', rowNumber);
    const discount = this.number(row, 'discountAmount', rowNumber);
    const reminders = this.number(row, 'reminders', rowNumber);
    if (amount === null || cost === null || discount === null || reminders === null) return false;
    if (existing >= 0) {
      invoices.addLine(existing, amount, cost, discount, reminders);
      return true;
    }
    const client = this.client(row, rowNumber, CLIENT);
    if (client < 0) return false;
    const day = this.date(row, 'date', rowNumber);
    const due = this.date(row, 'dueDate', rowNumber);
    const paid = this.date(row, 'paidDate', rowNumber);
    const open = this.number(row, 'openAmount', rowNumber);
    if (day === null || due === null || paid === null || open === null) return false;
    if (Number.isNaN(day)) {
      this.tally('unreadableDate', rowNumber, 'date', '');
      return false;
    }
    this.seen(day);
    invoices.add(number, { source: this.index, client, day, due, paid, open, amount, cost, discount, reminders });
    return true;
  }

  /**
   * A line's amount excl. VAT: the excl. column; else incl. minus VAT; else incl. (said once, `inclVatOnly`); a
   * DATEV-like row with only a credit (Haben) is a credit item. A credit note's amount counts negative.
   */
  private lineAmount(row: readonly CellValue[], rowNumber: number): number | null {
    let amount = this.number(row, 'amount', rowNumber);
    if (amount === null) return null;
    if (Number.isNaN(amount)) {
      const gross = this.number(row, 'amountInclVat', rowNumber);
      const vat = this.number(row, 'vat', rowNumber);
      if (gross === null || vat === null) return null;
      if (!Number.isNaN(gross) && gross !== 0) {
        amount = Number.isNaN(vat) ? gross : gross - vat;
        if (Number.isNaN(vat) && this.col.vat === undefined) this.tally('inclVatOnly', rowNumber, 'amountInclVat', null);
      } else {
        const credit = this.number(row, 'credit', rowNumber);
        if (credit === null) return null;
        amount = Number.isNaN(credit) ? 0 : -credit;
      }
    }
    if (amount > 0 && this.col.documentType !== undefined && isCreditNote(this.text(row, 'documentType'))) amount = -amount;
    return amount;
  }

  private orderLine(row: readonly CellValue[], rowNumber: number): boolean {
    const id = this.text(row, 'orderId') || `\u0000${rowNumber}`;
    // Orders by id in the string index (no string kept per order); an order is one small object.
    let order = this.orders[this.orderIds.get(id)];
    if (!order) {
      order = { client: -1, firstRow: rowNumber, day: Number.NaN, subtotal: Number.NaN, total: Number.NaN, vat: Number.NaN, shipping: Number.NaN, method: null, discount: Number.NaN, rows: 0 };
      this.orderIds.set(id, this.orders.push(order) - 1);
    }
    if (!this.currencyOk(row, rowNumber)) return false;
    const values = { day: this.date(row, 'date', rowNumber), subtotal: this.number(row, 'amount', rowNumber), total: this.number(row, 'amountInclVat', rowNumber), vat: this.number(row, 'vat', rowNumber), shipping: this.number(row, 'shipping', rowNumber), discount: this.number(row, 'discountAmount', rowNumber) };
    if (Object.values(values).some((v) => v === null)) return false;
    // Order-level columns stand on an order's first line only (Shopify): the first value given is the order's.
    for (const key of ['day', 'subtotal', 'total', 'vat', 'shipping', 'discount'] as const) {
      if (Number.isNaN(order[key])) order[key] = values[key]!;
    }
    if (order.method === null && this.text(row, 'shippingMethod')) order.method = this.text(row, 'shippingMethod');
    if (order.client < 0) {
      const name = this.text(row, 'client') || this.text(row, 'email') || this.text(row, 'billingName');
      if (name && !this.isNoClient(name)) order.client = this.clients.id(name, this.text(row, 'clientNumber'));
    }
    if (!Number.isNaN(order.day)) this.seen(order.day);
    order.rows++;
    return true;
  }

  private contact(row: readonly CellValue[], rowNumber: number): boolean {
    const day = this.date(row, 'date', rowNumber);
    if (day === null) return false;
    const type = contactTypeOf(this.text(row, 'contactType'));
    if (type === null) return false;
    const client = this.client(row, rowNumber, CLIENT);
    if (client < 0) return false;
    if (!Number.isNaN(day)) this.seen(day);
    const slot = this.contacts.slot(client, this.bucket(day));
    this.contacts.values[CONTACT[type]]![slot]! += 1;
    this.contacts.values[CONTACT.rows]![slot]! += 1;
    return true;
  }

  /** Orders as read, without a client said once per source (`withoutClient`). */
  finishOrders(): void {
    for (const order of this.orders.values()) {
      if (order.client >= 0) continue;
      this.tally('withoutClient', order.firstRow, this.col.client !== undefined ? 'client' : 'email', '');
      this.used -= order.rows;
      this.skipped += order.rows;
    }
  }

  has(field: SourceField): boolean {
    return this.col[field] !== undefined;
  }
}

/**
 * `h:mm:ss` and `h:mm` by char codes, the form time trackers export millions of (`parseDurationText` reads every
 * other form, and this one the same way); `null` for anything else.
 */
export function clockHours(text: string): number | null {
  const n = text.length;
  let i = 0;
  let hours = 0;
  while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) hours = hours * 10 + text.charCodeAt(i++) - 48;
  if (i === 0 || i > 6 || text.charCodeAt(i) !== 58) return null;
  const two = (at: number): number => {
    const a = text.charCodeAt(at) - 48;
    const b = text.charCodeAt(at + 1) - 48;
    return a >= 0 && a <= 5 && b >= 0 && b <= 9 ? a * 10 + b : -1;
  };
  const minutes = two(i + 1);
  if (minutes < 0) return null;
  if (n === i + 3) return hours + minutes / 60;
  if (n !== i + 6 || text.charCodeAt(i + 3) !== 58) return null;
  const seconds = two(i + 4);
  return seconds < 0 ? null : hours + minutes / 60 + seconds / 3600;
}

/** A cell with no text (a row of them is a blank line, or only separators). */
const blankCell = (cell: CellValue): boolean => cellText(cell).trim() === '';

function timeOf(cell: CellValue): number | null {
  if (cell === undefined || cell === null) return null;
  return parseTimeOfDay(typeof cell === 'string' ? cell.trim() : cell);
}

export function columnTexts(cells: readonly (readonly CellValue[])[], headerRow: number, column: number): string[] {
  const texts: string[] = [];
  for (let r = headerRow; r < cells.length; r++) {
    const cell = cells[r]?.[column];
    if (typeof cell === 'string' && cell.trim()) texts.push(cell.trim());
  }
  return texts;
}

function majority(texts: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t.toUpperCase(), (counts.get(t.toUpperCase()) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [t, n] of counts) if (n > bestCount) [best, bestCount] = [t, n];
  return best;
}

/** The date order of a source's date columns: settled by their texts, by Dutch/German headers, by the user, else undecided. */
export function decideSourceDates(cells: readonly (readonly CellValue[])[], recognition: SourceRecognition, chosen: DateOrder | undefined): DateDecision {
  const start = recognition.headerRow ?? 0;
  const dateColumns = recognition.columns.filter((c) => ['date', 'startDate', 'endDate', 'dueDate', 'paidDate'].includes(c.field));
  const texts = dateColumns.flatMap((c) => columnTexts(cells, start, c.column));
  const settled = decideDateOrder(texts);
  if (settled) return { order: settled, undecided: null };
  if (chosen) return { order: chosen, undecided: null };
  const ambiguousAt = dateColumns.map((c) => ({ c, text: columnTexts(cells, start, c.column).find((t) => parseDateCell(t, null) === 'ambiguous') })).find((x) => x.text !== undefined);
  if (!ambiguousAt) return { order: null, undecided: null };
  if (recognition.headerLanguage === 'nl' || recognition.headerLanguage === 'de') return { order: 'dmy', undecided: null };
  return { order: null, undecided: { column: ambiguousAt.c.header, text: ambiguousAt.text! } };
}
