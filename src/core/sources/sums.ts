/**
 * The state a source leaves after its rows: per-client sums by time bucket (time entries, contacts), and one
 * compact record per distinct invoice and order. Memory grows with clients, buckets, invoices and orders, never
 * with lines (docs/DEFINITIONS.md §1b; the 5 000 000-line benchmark in bench/RESULTS.md).
 */

/** Buckets per client: a month index (year · 12 + month) fits, as do the three places of a given period. */
const STRIDE = 1 << 17;
const SMALL_BUCKETS = 1024;
const SMALL_CLIENTS = 1 << 20;
/** Buckets whose slots are found by an array per bucket: five years of months. */
const DENSE_BUCKETS = 64;
/** Clients found that way (at most 64 × 65 536 × 4 bytes = 16 MiB); the rest by the map. */
const DENSE_CLIENTS = 1 << 16;

/** Sums of a few measures per (client, bucket), in growable typed arrays. */
export class BucketSums {
  private readonly slots = new Map<number, number>();
  clients = new Int32Array(64);
  buckets = new Int32Array(64);
  readonly values: Float64Array[];
  count = 0;

  constructor(readonly measures: number) {
    this.values = Array.from({ length: measures }, () => new Float64Array(64));
  }

  /** Buckets (months, places) by a small id, so that a (client, bucket) key stays a small integer. */
  private readonly bucketIds = new Map<number, number>();

  private lastBucket = Number.NaN;
  private lastSmall = 0;
  /**
   * For the first `DENSE_BUCKETS` buckets and `DENSE_CLIENTS` clients, slot + 1 by client (0: none yet): an array
   * read per row instead of a hash lookup.
   */
  private readonly dense: Int32Array[] = [];

  /** The slot of a (client, bucket), made when new. `bucket` may be -1 (no date). */
  slot(client: number, bucket: number): number {
    // Exports come in date order, mostly: the bucket of the row before is the one looked up most.
    let small = this.lastSmall;
    if (bucket !== this.lastBucket) {
      let id = this.bucketIds.get(bucket);
      if (id === undefined) {
        id = this.bucketIds.size;
        this.bucketIds.set(bucket, id);
        if (id < DENSE_BUCKETS) this.dense.push(new Int32Array(64));
      }
      small = id;
      this.lastBucket = bucket;
      this.lastSmall = id;
    }
    if (small < DENSE_BUCKETS && client < DENSE_CLIENTS) {
      let byClient = this.dense[small]!;
      if (client >= byClient.length) {
        const grown = new Int32Array(Math.max(byClient.length * 2, client + 1));
        grown.set(byClient);
        this.dense[small] = byClient = grown;
      }
      const found = byClient[client]!;
      if (found > 0) return found - 1;
      const made = this.made(client, bucket);
      byClient[client] = made + 1;
      return made;
    }
    // Under 2^30 the key is a small integer to V8 (no heap number per row); past it, still right, only slower.
    const key = small < SMALL_BUCKETS && client < SMALL_CLIENTS ? client * SMALL_BUCKETS + small : SMALL_CLIENTS * SMALL_BUCKETS + client * STRIDE + bucket + 1;
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.made(client, bucket);
      this.slots.set(key, slot);
    }
    return slot;
  }

  private made(client: number, bucket: number): number {
    const slot = this.count++;
    if (slot === this.clients.length) this.grow();
    this.clients[slot] = client;
    this.buckets[slot] = bucket;
    return slot;
  }

  private grow(): void {
    const size = this.clients.length * 2;
    const clients = new Int32Array(size);
    clients.set(this.clients);
    this.clients = clients;
    const buckets = new Int32Array(size);
    buckets.set(this.buckets);
    this.buckets = buckets;
    for (let m = 0; m < this.measures; m++) {
      const values = new Float64Array(size);
      values.set(this.values[m]!);
      this.values[m] = values;
    }
  }
}

/** A growable Float64Array column; `fill` is what a new row holds (NaN for "not given"). */
function grownFloat(column: Float64Array, size: number, fill: number): Float64Array<ArrayBuffer> {
  const grown = new Float64Array(size);
  grown.set(column);
  if (fill !== 0) grown.fill(fill, column.length);
  return grown;
}

function grownInt(column: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(size);
  grown.set(column);
  return grown;
}

/**
 * Strings (invoice numbers, order ids) to small integers, the strings kept as UTF-16 code units in one typed
 * array and found by an open-addressing hash: a 1 000 000-line invoice list has some 330 000 numbers, and a
 * `Map` of strings would keep a string object and a map entry for each (the bench's memory target, bench/RESULTS.md).
 */
export class StringIndex {
  /** One byte per code unit while every key is Latin-1 (invoice numbers are), two from the first that is not. */
  private units: Uint8Array | Uint16Array = new Uint8Array(1 << 12);
  private used = 0;
  /**
   * Open addressing, at most half full; per slot four numbers side by side — hash, value + 1 (0: free), start and
   * length of the key in `units` — so that a lookup reads one place of the table and then the key's code units.
   */
  private table = new Int32Array(4 * 128);
  count = 0;

  private static hash(text: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h | 0;
  }

  /** The value stored for `text`, or -1. */
  get(text: string): number {
    const hash = StringIndex.hash(text);
    const table = this.table;
    const mask = (table.length >> 2) - 1;
    const units = this.units;
    const length = text.length;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot << 2;
      const value = table[at + 1]!;
      if (value === 0) return -1;
      if (table[at] !== hash || table[at + 3] !== length) continue;
      const start = table[at + 2]!;
      let i = 0;
      while (i < length && units[start + i] === text.charCodeAt(i)) i++;
      if (i === length) return value - 1;
    }
  }

  /** Stores `value` (≥ 0) for a `text` not stored yet. */
  set(text: string, value: number): void {
    let wide = this.units instanceof Uint16Array;
    if (!wide) for (let i = 0; i < text.length && !wide; i++) wide = text.charCodeAt(i) > 0xff;
    if (this.used + text.length > this.units.length || (wide && !(this.units instanceof Uint16Array))) {
      const size = Math.max(this.used + text.length > this.units.length ? this.units.length * 2 : this.units.length, this.used + text.length);
      const units = wide ? new Uint16Array(size) : new Uint8Array(size);
      units.set(this.units);
      this.units = units;
    }
    const start = this.used;
    for (let i = 0; i < text.length; i++) this.units[start + i] = text.charCodeAt(i);
    this.used += text.length;
    this.count++;
    if (this.count * 2 > this.table.length >> 2) this.rehash();
    this.place(this.table, StringIndex.hash(text), value + 1, start, text.length);
  }

  private place(table: Int32Array, hash: number, stored: number, start: number, length: number): void {
    const mask = (table.length >> 2) - 1;
    let slot = hash & mask;
    while (table[(slot << 2) + 1] !== 0) slot = (slot + 1) & mask;
    const at = slot << 2;
    table[at] = hash;
    table[at + 1] = stored;
    table[at + 2] = start;
    table[at + 3] = length;
  }

  private rehash(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += 4) if (old[at + 1] !== 0) this.place(table, old[at]!, old[at + 1]!, old[at + 2]!, old[at + 3]!);
    this.table = table;
  }
}

/** A day number no date has (calendar days fit in ±2^31 many times over): a due or paid date not given. */
const NO_DAY = -0x80000000;

/** What a new invoice's first line gives. NaN for a date or amount not given. */
export type InvoiceStart = {
  source: number;
  client: number;
  day: number;
  due: number;
  paid: number;
  open: number;
  amount: number;
  cost: number;
  discount: number;
  reminders: number;
};

/**
 * Every invoice of a build, one index each, as typed columns (struct of arrays): its lines summed, its
 * invoice-level columns from its first line. Numbered invoices are found by their number (`byNumber`), across
 * sources (the same invoice in two files counts once, docs/DEFINITIONS.md §1b); an invoice without a number is one
 * line (`loose`). Columns most exports lack (open amount, cost, discount, reminders) are made when a value comes.
 */
export class InvoiceTable {
  private readonly byNumber = new StringIndex();
  count = 0;
  source = new Int32Array(64);
  client = new Int32Array(64);
  rows = new Int32Array(64);
  /** 1 for an invoice without a number. */
  loose = new Uint8Array(64);
  /** Day numbers; `NO_DAY` for a due or paid date not given. */
  day = new Int32Array(64);
  private dueDays = new Int32Array(64);
  private paidDays = new Int32Array(64);
  amount = new Float64Array(64);
  private openColumn: Float64Array | null = null;
  private costColumn: Float64Array | null = null;
  private discountColumn: Float64Array | null = null;
  private remindersColumn: Float64Array | null = null;

  /** The invoice of a number, -1 when none yet. */
  find(number: string): number {
    return this.byNumber.get(number);
  }

  /** A new invoice (`number` '' for one without a number); returns its index. */
  add(number: string, start: InvoiceStart): number {
    const i = this.count++;
    if (i === this.source.length) this.grow(i * 2);
    this.source[i] = start.source;
    this.client[i] = start.client;
    this.rows[i] = 1;
    this.day[i] = start.day;
    this.dueDays[i] = Number.isNaN(start.due) ? NO_DAY : start.due;
    this.paidDays[i] = Number.isNaN(start.paid) ? NO_DAY : start.paid;
    this.amount[i] = start.amount;
    if (!Number.isNaN(start.open)) this.openOf()[i] = start.open;
    if (!Number.isNaN(start.cost)) this.costOf()[i] = start.cost;
    if (!Number.isNaN(start.discount)) this.discountOf()[i] = start.discount;
    if (!Number.isNaN(start.reminders)) this.remindersOf()[i] = start.reminders;
    if (number) this.byNumber.set(number, i);
    else this.loose[i] = 1;
    return i;
  }

  /** A further line of invoice `i`: NaN for what the line does not give. */
  addLine(i: number, amount: number, cost: number, discount: number, reminders: number): void {
    this.amount[i]! += amount;
    if (!Number.isNaN(cost)) this.costOf()[i]! += cost;
    if (!Number.isNaN(discount)) {
      const discounts = this.discountOf();
      discounts[i] = Number.isNaN(discounts[i]!) ? discount : discounts[i]! + discount;
    }
    if (!Number.isNaN(reminders) && Number.isNaN(this.reminders(i))) this.remindersOf()[i] = reminders;
    this.rows[i]!++;
  }

  /** The due date, NaN when not given. */
  due(i: number): number {
    const day = this.dueDays[i]!;
    return day === NO_DAY ? Number.NaN : day;
  }

  /** The paid date, NaN when not given. */
  paid(i: number): number {
    const day = this.paidDays[i]!;
    return day === NO_DAY ? Number.NaN : day;
  }

  /** The open amount, NaN when not given. */
  open(i: number): number {
    return this.openColumn ? this.openColumn[i]! : Number.NaN;
  }

  cost(i: number): number {
    return this.costColumn ? this.costColumn[i]! : 0;
  }

  /** The discount summed over the lines that give one; `hasDiscount` says whether any did. */
  discount(i: number): number {
    const d = this.discountColumn ? this.discountColumn[i]! : Number.NaN;
    return Number.isNaN(d) ? 0 : d;
  }

  hasDiscount(i: number): boolean {
    return this.discountColumn !== null && !Number.isNaN(this.discountColumn[i]!);
  }

  /** The reminders of the first line that gives them, NaN when none does. */
  reminders(i: number): number {
    return this.remindersColumn ? this.remindersColumn[i]! : Number.NaN;
  }

  // A lazy column is made at its first value; the invoices before it hold its "not given" value.
  private openOf(): Float64Array {
    if (!this.openColumn) this.openColumn = new Float64Array(this.source.length).fill(Number.NaN);
    return this.openColumn;
  }

  private costOf(): Float64Array {
    if (!this.costColumn) this.costColumn = new Float64Array(this.source.length);
    return this.costColumn;
  }

  private discountOf(): Float64Array {
    if (!this.discountColumn) this.discountColumn = new Float64Array(this.source.length).fill(Number.NaN);
    return this.discountColumn;
  }

  private remindersOf(): Float64Array {
    if (!this.remindersColumn) this.remindersColumn = new Float64Array(this.source.length).fill(Number.NaN);
    return this.remindersColumn;
  }

  private grow(size: number): void {
    this.source = grownInt(this.source, size);
    this.client = grownInt(this.client, size);
    this.rows = grownInt(this.rows, size);
    const loose = new Uint8Array(size);
    loose.set(this.loose);
    this.loose = loose;
    this.day = grownInt(this.day, size);
    this.dueDays = grownInt(this.dueDays, size);
    this.paidDays = grownInt(this.paidDays, size);
    this.amount = grownFloat(this.amount, size, 0);
    if (this.openColumn) this.openColumn = grownFloat(this.openColumn, size, Number.NaN);
    if (this.costColumn) this.costColumn = grownFloat(this.costColumn, size, 0);
    if (this.discountColumn) this.discountColumn = grownFloat(this.discountColumn, size, Number.NaN);
    if (this.remindersColumn) this.remindersColumn = grownFloat(this.remindersColumn, size, Number.NaN);
  }
}

/**
 * The orders of one source, one index each, as typed columns: the order-level columns (date, amounts, shipping
 * method) from the first line that gives each (Shopify writes them on an order's first line only); NaN until then.
 */
export class OrderTable {
  private readonly byId = new StringIndex();
  /** The shipping methods, by id (a webshop has a handful). */
  readonly methods: string[] = [];
  private readonly methodIds = new Map<string, number>();
  count = 0;
  /** -1 until a line names the client. */
  client = new Int32Array(64);
  rows = new Int32Array(64);
  /** Index into `methods`, -1 when none given. */
  method = new Int32Array(64);
  firstRow = new Float64Array(64);
  day = new Float64Array(64).fill(Number.NaN);
  subtotal = new Float64Array(64).fill(Number.NaN);
  total = new Float64Array(64).fill(Number.NaN);
  vat = new Float64Array(64).fill(Number.NaN);
  shipping = new Float64Array(64).fill(Number.NaN);
  discount = new Float64Array(64).fill(Number.NaN);

  /** The order of an id, made (no client, no lines yet) when new. */
  of(id: string, firstRow: number): number {
    const found = this.byId.get(id);
    if (found >= 0) return found;
    const i = this.count++;
    if (i === this.client.length) this.grow(i * 2);
    this.client[i] = -1;
    this.method[i] = -1;
    this.firstRow[i] = firstRow;
    this.byId.set(id, i);
    return i;
  }

  /** Sets order `i`'s shipping method unless it has one. */
  setMethod(i: number, text: string): void {
    if (this.method[i] !== -1) return;
    let id = this.methodIds.get(text);
    if (id === undefined) {
      id = this.methods.length;
      this.methods.push(detach(text));
      this.methodIds.set(this.methods[id]!, id);
    }
    this.method[i] = id;
  }

  private grow(size: number): void {
    this.client = grownInt(this.client, size);
    this.rows = grownInt(this.rows, size);
    this.method = grownInt(this.method, size);
    this.firstRow = grownFloat(this.firstRow, size, 0);
    this.day = grownFloat(this.day, size, Number.NaN);
    this.subtotal = grownFloat(this.subtotal, size, Number.NaN);
    this.total = grownFloat(this.total, size, Number.NaN);
    this.vat = grownFloat(this.vat, size, Number.NaN);
    this.shipping = grownFloat(this.shipping, size, Number.NaN);
    this.discount = grownFloat(this.discount, size, Number.NaN);
  }
}

/** The clients of one source, as written: a name and a number (either may be ''). */
export class LocalClients {
  readonly names: string[] = [];
  readonly numbers: string[] = [];
  private readonly byText = new Map<string, number>();

  /** Clients without a number by name: no string made per row for the common case. */
  private readonly byName = new Map<string, number>();

  id(name: string, number: string): number {
    if (number === '') {
      let id = this.byName.get(name);
      if (id === undefined) {
        id = this.names.length;
        const kept = detach(name);
        this.names.push(kept);
        this.numbers.push('');
        this.byName.set(kept, id);
      }
      return id;
    }
    const text = number + '\u0000' + name;
    let id = this.byText.get(text);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(detach(name));
      this.numbers.push(detach(number));
      this.byText.set(detach(text), id);
    }
    return id;
  }

  get count(): number {
    return this.names.length;
  }
}

/**
 * A copy of a string that does not hold on to the text it was cut from: a CSV parser's field is a slice of its
 * 64 KiB chunk, so keeping one name would keep the chunk (V8's sliced strings).
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
