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
      if (client >= byClient.length) this.dense[small] = byClient = grown(byClient, Math.max(byClient.length * 2, client + 1));
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
    this.clients = grown(this.clients, size);
    this.buckets = grown(this.buckets, size);
    for (let m = 0; m < this.measures; m++) this.values[m] = grown(this.values[m]!, size);
  }

}

/** A typed column grown to `size`, its new rows `fill` (NaN for "not given"). */
function grown<T extends Int32Array | Uint8Array | Uint16Array | Float64Array>(column: T, size: number, fill = 0): T {
  const made = new (column.constructor as new (length: number) => T)(size);
  made.set(column);
  if (fill !== 0) made.fill(fill, column.length);
  return made;
}

/** A column of NaN ("not given") to start with. */
const unknowns = (): Float64Array => new Float64Array(64).fill(Number.NaN);

/**
 * Strings (invoice numbers, order ids) to small integers, the strings kept as UTF-16 code units in one typed
 * array and found by an open-addressing hash: a 1 000 000-line invoice list has some 330 000 numbers, and a
 * `Map` of strings would keep a string object and a map entry for each (the bench's memory target, bench/RESULTS.md).
 */
export class StringIndex {
  private units = new Uint16Array(1 << 12);
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
    if (this.used + text.length > this.units.length) this.units = grown(this.units, Math.max(this.units.length * 2, this.used + text.length));
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

/** The invoice table's columns, grown together; those in `UNKNOWN` are NaN until given. */
const INVOICE_COLUMNS = ['source', 'client', 'rows', 'day', 'loose', 'amount', 'cost', 'due', 'paid', 'open', 'discount', 'reminders'] as const;
const UNKNOWN = { due: 1, paid: 1, open: 1, discount: 1, reminders: 1 };

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
 * invoice-level columns from its first line. Numbered invoices are found by their number (`find`), across
 * sources (the same invoice in two files counts once, docs/DEFINITIONS.md §1b); an invoice without a number is one
 * line (`loose`).
 */
export class InvoiceTable {
  /** Numbered invoices by number (`get` gives -1 for a number not seen yet). */
  readonly numbers = new StringIndex();
  count = 0;
  source = new Int32Array(64);
  client = new Int32Array(64);
  rows = new Int32Array(64);
  day = new Int32Array(64);
  /** 1 for an invoice without a number. */
  loose = new Uint8Array(64);
  amount = new Float64Array(64);
  /** Summed over the lines that give one, 0 when none does. */
  cost = new Float64Array(64);
  // NaN when not given: the dates and the open amount from the first line, the discount summed over the lines that
  // give one, the reminders of the first line that gives them.
  due = unknowns();
  paid = unknowns();
  open = unknowns();
  discount = unknowns();
  reminders = unknowns();

  /** A new invoice (`number` '' for one without a number); returns its index. */
  add(number: string, start: InvoiceStart): number {
    const i = this.count++;
    if (i === this.source.length) this.grow(i * 2);
    this.source[i] = start.source;
    this.client[i] = start.client;
    this.rows[i] = 1;
    this.day[i] = start.day;
    this.amount[i] = start.amount;
    this.cost[i] = Number.isNaN(start.cost) ? 0 : start.cost;
    this.due[i] = start.due;
    this.paid[i] = start.paid;
    this.open[i] = start.open;
    this.discount[i] = start.discount;
    this.reminders[i] = start.reminders;
    if (number) this.numbers.set(number, i);
    else this.loose[i] = 1;
    return i;
  }

  /** A further line of invoice `i`: NaN for what the line does not give. */
  addLine(i: number, amount: number, cost: number, discount: number, reminders: number): void {
    this.amount[i]! += amount;
    if (!Number.isNaN(cost)) this.cost[i]! += cost;
    if (!Number.isNaN(discount)) this.discount[i] = Number.isNaN(this.discount[i]!) ? discount : this.discount[i]! + discount;
    if (Number.isNaN(this.reminders[i]!)) this.reminders[i] = reminders;
    this.rows[i]!++;
  }

  private grow(size: number): void {
    for (const key of INVOICE_COLUMNS) this[key] = grown(this[key] as Float64Array, size, key in UNKNOWN ? Number.NaN : 0) as never;
  }

}

/** One order: its order-level columns from its first line (Shopify writes them there only). */
export type Order = {
  client: number;
  firstRow: number;
  day: number;
  subtotal: number;
  total: number;
  vat: number;
  shipping: number;
  method: string | null;
  discount: number;
  rows: number;
};

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
