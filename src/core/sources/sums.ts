/**
 * The state a source leaves after its rows: per-client sums by time bucket (time entries, contacts), and one
 * compact record per distinct invoice and order. Memory grows with clients, buckets, invoices and orders, never
 * with lines (docs/DEFINITIONS.md §1b; issue 16's 5 000 000-line benchmark).
 */

/** Buckets per client: a month index (year · 12 + month) fits, as do the three places of a given period. */
const STRIDE = 1 << 17;

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

  /** The slot of a (client, bucket), made when new. `bucket` may be -1 (no date). */
  slot(client: number, bucket: number): number {
    const key = client * STRIDE + bucket + 1;
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
        this.names.push(name);
        this.numbers.push('');
        this.byName.set(name, id);
      }
      return id;
    }
    const text = number + '\u0000' + name;
    let id = this.byText.get(text);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.numbers.push(number);
      this.byText.set(text, id);
    }
    return id;
  }

  get count(): number {
    return this.names.length;
  }
}
