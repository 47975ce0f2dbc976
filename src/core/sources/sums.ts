/**
 * The state a source leaves after its rows: per-client sums by time bucket (time entries, contacts), and one
 * compact record per distinct invoice and order. Memory grows with clients, buckets, invoices and orders, never
 * with lines (docs/DEFINITIONS.md §1b; the 5 000 000-line benchmark in bench/RESULTS.md).
 */

/** Buckets per client: a month index (year · 12 + month) fits, as do the three places of a given period. */
const STRIDE = 1 << 17;
const SMALL_BUCKETS = 1024;
const SMALL_CLIENTS = 1 << 20;

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

  /** The slot of a (client, bucket), made when new. `bucket` may be -1 (no date). */
  slot(client: number, bucket: number): number {
    let small = this.bucketIds.get(bucket);
    if (small === undefined) {
      small = this.bucketIds.size;
      this.bucketIds.set(bucket, small);
    }
    // Under 2^30 the key is a small integer to V8 (no heap number per row); past it, still right, only slower.
    const key = small < SMALL_BUCKETS && client < SMALL_CLIENTS ? client * SMALL_BUCKETS + small : SMALL_CLIENTS * SMALL_BUCKETS + client * STRIDE + bucket + 1;
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.count++;
      if (slot === this.clients.length) this.grow();
      this.clients[slot] = client;
      this.buckets[slot] = bucket;
      this.slots.set(key, slot);
    }
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

/** One invoice: its lines summed, its invoice-level columns from the first line that has them. */
export type Invoice = {
  source: number;
  /** Client id within its source. */
  client: number;
  number: string;
  firstRow: number;
  day: number;
  /** NaN when not given. */
  due: number;
  paid: number;
  open: number;
  amount: number;
  cost: number;
  discount: number;
  hasDiscount: boolean;
  reminders: number;
  rows: number;
};

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
