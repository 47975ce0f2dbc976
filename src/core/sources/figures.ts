/**
 * Each client's §1 figures from the sources' sums (docs/DEFINITIONS.md §1b, "Per client, in the period"), with
 * where each came from. Runs once, in `finish`: its cost is in clients, buckets, invoices and orders.
 */
import type { NumericField } from '../fields.js';
import type { TableRead } from '../types.js';
import type { BuildState } from './state.js';
import { isPickup } from './columns.js';
import { dayToIso } from './dates.js';
import { matchClients, type MatchEntry } from './match.js';
import { periodIso, placeOf, twelveMonthsEnding, type Period } from './period.js';
import { CONTACT, TIME, type SourceReader } from './reader.js';
import type { BucketSums, InvoiceTable } from './sums.js';
import { BUILT_FIELDS, type BuiltClient, type BuiltField, type PeriodIso, type PossibleMatch, type Provenance, type SourceKind } from './types.js';

const KIND_RANK: Record<SourceKind, number> = { clientList: 0, invoices: 1, orders: 2, timeEntries: 3, contacts: 4 };
const DEFAULT_PAYMENT_TERM = 30;

export type Figures = {
  period: PeriodIso | null;
  periodDays: Period | null;
  clients: BuiltClient[];
  fields: BuiltField[];
  provenance: Provenance[];
  possibleMatches: PossibleMatch[];
  /** Per source: rows outside the period and the previous one (skipped, said). */
  outside: number[];
  /** Per source: rows in the previous period that no figure uses (time entries, contacts). */
  unplaced: number[];
  /** Fields a client list gives that an export also gives (the list's value is used, said). */
  fromBoth: BuiltField[];
  /** Per source: project-only time entries whose project never named a client. */
  unresolved: number[];
};

/** The default period: the 12 months ending with the month of the latest invoice date (else of any date). */
function periodOf(state: BuildState): Period | null {
  if (state.given) return state.given;
  let latestInvoice = Number.NaN;
  let latest = Number.NaN;
  for (const reader of state.readers) {
    if (Number.isNaN(reader.latest)) continue;
    if (reader.recognition.kind === 'invoices' && !(reader.latest <= latestInvoice)) latestInvoice = reader.latest;
    if (!(reader.latest <= latest)) latest = reader.latest;
  }
  const end = Number.isNaN(latestInvoice) ? latest : latestInvoice;
  if (Number.isNaN(end)) return null;
  const iso = dayToIso(end);
  return twelveMonthsEnding(Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1);
}

const FIELD_INDEX = Object.fromEntries(BUILT_FIELDS.map((f, i) => [f, i])) as Record<BuiltField, number>;

/** The rows of one source that went into one field, per cluster; `seq` orders the figures as first summed (0: none). */
type Lane = { field: number; source: number; how: Provenance['how']; rows: Float64Array; seq: Float64Array };

/** Sums per cluster and field, with the rows of each source that went into them. */
class Totals {
  readonly sums: Record<BuiltField, Float64Array>;
  readonly given = new Set<BuiltField>();
  readonly active: Uint8Array;
  /** Per (source, field), the rows per cluster: typed arrays, not an object per (cluster, field, source). */
  readonly lanes: (Lane | undefined)[] = [];
  private seq = 0;
  /** Clusters whose `daysLate` is the client list's own value. */
  readonly lateFromList = new Set<number>();
  lateWeighted: Float64Array;
  lateWeight: Float64Array;
  discount: Float64Array;
  discountBase: Float64Array;

  constructor(readonly count: number) {
    this.sums = Object.fromEntries(BUILT_FIELDS.map((f) => [f, new Float64Array(count)])) as Record<BuiltField, Float64Array>;
    this.active = new Uint8Array(count);
    this.lateWeighted = new Float64Array(count);
    this.lateWeight = new Float64Array(count);
    this.discount = new Float64Array(count);
    this.discountBase = new Float64Array(count);
  }

  add(cluster: number, field: BuiltField, value: number, source: number, rows: number, how: Provenance['how']): void {
    this.sums[field][cluster]! += value;
    this.active[cluster] = 1;
    const f = FIELD_INDEX[field];
    const at = source * BUILT_FIELDS.length + f;
    let lane = this.lanes[at];
    if (!lane) {
      lane = { field: f, source, how, rows: new Float64Array(this.count), seq: new Float64Array(this.count) };
      this.lanes[at] = lane;
    }
    if (lane.seq[cluster] === 0) lane.seq[cluster] = ++this.seq;
    lane.rows[cluster]! += rows;
  }

  /** Forgets what every source gave `field` for `cluster` (a client list's value replaces it). */
  forget(cluster: number, field: BuiltField): void {
    const f = FIELD_INDEX[field];
    for (let at = f; at < this.lanes.length; at += BUILT_FIELDS.length) {
      const lane = this.lanes[at];
      if (!lane) continue;
      lane.seq[cluster] = 0;
      lane.rows[cluster] = 0;
    }
  }

  /**
   * Where each figure of an active cluster came from, by the clients' order (`rank`), then field, source, and the
   * order first summed.
   */
  provenance(rank: Int32Array, names: readonly string[]): Provenance[] {
    const found: { lane: Lane; c: number }[] = [];
    for (const lane of this.lanes) {
      if (lane) for (let c = 0; c < this.count; c++) if (lane.seq[c] !== 0 && this.active[c]) found.push({ lane, c });
    }
    found.sort(({ lane: p, c: a }, { lane: q, c: b }) => rank[a]! - rank[b]! || p.field - q.field || p.source - q.source || p.seq[a]! - q.seq[b]!);
    return found.map(({ lane, c }) => ({ client: names[c]!, field: BUILT_FIELDS[lane.field]!, source: lane.source, rows: lane.rows[c]!, how: lane.how }));
  }

}

/** Every source's clients as match entries, and per source the entry index of each local client id. */
function entriesOf(state: BuildState, lists: readonly (TableRead | null)[]): { entries: MatchEntry[]; offsets: number[] } {
  const entries: MatchEntry[] = [];
  const offsets: number[] = [];
  state.readers.forEach((reader, s) => {
    offsets.push(entries.length);
    const rank = KIND_RANK[reader.recognition.kind ?? 'contacts'];
    const list = lists[s];
    if (list) {
      for (let i = 0; i < list.columns.count; i++) entries.push({ name: list.columns.client[i]!, number: list.columns.clientNumber?.[i] ?? '', rank, source: s });
      return;
    }
    for (let i = 0; i < reader.clients.count; i++) entries.push({ name: reader.clients.names[i]!, number: reader.clients.numbers[i]!, rank, source: s });
  });
  return { entries, offsets };
}

export function figuresOf(state: BuildState, lists: readonly (TableRead | null)[]): Figures {
  const period = periodOf(state);
  const { entries, offsets } = entriesOf(state, lists);
  const match = matchClients(entries, state.options.same, state.options.apart);
  const totals = new Totals(match.clusters.length);
  const clusterOf = (source: number, local: number): number => match.clusterOf[offsets[source]! + local]!;
  const place = (bucket: number): 0 | 1 | 2 => (bucket < 0 || !period ? 0 : state.given ? (bucket as 0 | 1 | 2) : placeOfMonth(period, bucket));
  const outside = state.readers.map(() => 0);
  const unplaced = state.readers.map(() => 0);
  const unresolved = state.readers.map(() => 0);
  const hasInvoices = state.readers.some((r) => r.recognition.kind === 'invoices');
  state.readers.forEach((reader, s) => {
    const kind = reader.recognition.kind;
    if (kind === 'timeEntries') {
      timeFigures(reader, reader.time, (local) => clusterOf(s, local), place, totals, outside, unplaced, s);
      const projectClient = (project: number): number => {
        const client = reader.projectClient.get(project);
        return client === undefined ? -1 : clusterOf(s, client);
      };
      unresolved[s] = timeFigures(reader, reader.projectTime, projectClient, place, totals, outside, unplaced, s);
    } else if (kind === 'contacts') contactFigures(reader, (local) => clusterOf(s, local), place, totals, outside, unplaced, s);
    else if (kind === 'orders') orderFigures(reader, (local) => clusterOf(s, local), place, totals, outside, s, !hasInvoices);
  });
  invoiceFigures(state, clusterOf, place, period, totals, outside);
  const fromBoth = listFigures(state, lists, (s, i) => clusterOf(s, i), totals);
  const fields = BUILT_FIELDS.filter((f) => f === 'revenue' || totals.given.has(f));
  const clients = clientsOf(match.clusters, totals, fields);
  // A client's place in the list, by its name (two clients of one name share the later place, as the list shows them).
  const order = new Map(clients.map((c, i) => [c.client, i]));
  const names = match.clusters.map((cluster) => cluster.name);
  const rank = Int32Array.from(names, (name) => order.get(name) ?? -1);
  const provenance = totals.provenance(rank, names);
  return {
    period: period ? periodIso(period, true) : null,
    periodDays: period,
    clients, fields, provenance, possibleMatches: match.possibleMatches, outside, unplaced, fromBoth, unresolved,
  };
}


function placeOfMonth(period: Period, month: number): 0 | 1 | 2 {
  const first = Number(dayToIso(period.from).slice(0, 4)) * 12 + Number(dayToIso(period.from).slice(5, 7)) - 1;
  if (month >= first && month < first + 12) return 0;
  if (month >= first - 12 && month < first) return 1;
  return 2;
}

/** Hours and unbilled hours; returns the rows whose client stays unknown (project-only entries). */
function timeFigures(reader: SourceReader, sums: BucketSums, clusterOf: (local: number) => number, place: (b: number) => 0 | 1 | 2, totals: Totals, outside: number[], unplaced: number[], s: number): number {
  totals.given.add('hours');
  if (reader.has('billable')) totals.given.add('unbilledHours');
  let unresolved = 0;
  for (let slot = 0; slot < sums.count; slot++) {
    const rows = sums.values[TIME.rows]![slot]!;
    const where = place(sums.buckets[slot]!);
    if (where === 2) {
      outside[s]! += rows;
      continue;
    }
    const cluster = clusterOf(sums.clients[slot]!);
    if (cluster < 0) {
      unresolved += rows;
      continue;
    }
    if (where === 1) {
      unplaced[s]! += rows;
      totals.active[cluster] = 1;
      continue;
    }
    totals.add(cluster, 'hours', sums.values[TIME.seconds]![slot]!, s, rows, 'summed');
    if (reader.has('billable')) totals.add(cluster, 'unbilledHours', sums.values[TIME.unbilled]![slot]!, s, rows, 'summed');
  }
  return unresolved;
}

function contactFigures(reader: SourceReader, clusterOf: (local: number) => number, place: (b: number) => 0 | 1 | 2, totals: Totals, outside: number[], unplaced: number[], s: number): void {
  for (const f of ['calls', 'emails', 'visits'] as const) totals.given.add(f);
  const sums = reader.contacts;
  for (let slot = 0; slot < sums.count; slot++) {
    const rows = sums.values[CONTACT.rows]![slot]!;
    const where = place(sums.buckets[slot]!);
    if (where === 2) {
      outside[s]! += rows;
      continue;
    }
    const cluster = clusterOf(sums.clients[slot]!);
    totals.active[cluster] = 1;
    if (where === 1) {
      unplaced[s]! += rows;
      continue;
    }
    for (const f of ['calls', 'emails', 'visits'] as const) {
      const n = sums.values[CONTACT[f]]![slot]!;
      if (n > 0) totals.add(cluster, f, n, s, n, 'counted');
    }
  }
}

function orderFigures(reader: SourceReader, clusterOf: (local: number) => number, place: (b: number) => 0 | 1 | 2, totals: Totals, outside: number[], s: number, revenue: boolean): void {
  totals.given.add('orders');
  if (revenue) totals.given.add('revenue');
  const shipping = reader.has('shipping') && reader.has('shippingMethod');
  if (shipping) totals.given.add('freeShipments');
  if (reader.has('discountAmount')) totals.given.add('discountPct');
  for (const order of reader.orders.values()) {
    if (order.client < 0) continue;
    const where = place(Number.isNaN(order.day) ? -1 : reader.bucketOfDay(order.day));
    if (where === 2) {
      outside[s]! += order.rows;
      continue;
    }
    const cluster = clusterOf(order.client);
    const amount = !Number.isNaN(order.subtotal) ? order.subtotal : !Number.isNaN(order.total) ? order.total - (Number.isNaN(order.vat) ? 0 : order.vat) - (Number.isNaN(order.shipping) ? 0 : order.shipping) : 0;
    if (where === 1) {
      if (revenue) {
        totals.given.add('previousRevenue');
        totals.add(cluster, 'previousRevenue', amount, s, order.rows, 'summed');
      }
      totals.active[cluster] = 1;
      continue;
    }
    totals.add(cluster, 'orders', 1, s, order.rows, 'distinct');
    if (revenue) totals.add(cluster, 'revenue', amount, s, order.rows, 'summed');
    if (shipping && order.method !== null && !isPickup(order.method) && !(order.shipping > 0)) totals.add(cluster, 'freeShipments', 1, s, order.rows, 'counted');
    if (!Number.isNaN(order.discount)) {
      totals.discount[cluster]! += order.discount;
      totals.discountBase[cluster]! += amount + order.discount;
      totals.add(cluster, 'discountPct', 0, s, order.rows, 'weighted');
    }
  }
}

/** Revenue, invoices, days late, reminders, direct costs and discount from every invoice source (each invoice once). */
function invoiceFigures(state: BuildState, clusterOf: (source: number, local: number) => number, place: (b: number) => 0 | 1 | 2, period: Period | null, totals: Totals, outside: number[]): void {
  const term = state.options.paymentTermDays ?? DEFAULT_PAYMENT_TERM;
  const asOf = state.options.asOf ? isoDay(state.options.asOf) : period ? period.to : Number.NaN;
  for (const reader of state.readers) {
    if (reader.recognition.kind !== 'invoices') continue;
    totals.given.add('revenue');
    totals.given.add('invoices');
    if (reader.has('paidDate') || reader.has('openAmount')) totals.given.add('daysLate');
    if (reader.has('reminders')) totals.given.add('reminders');
    if (reader.has('costAmount')) totals.given.add('directCosts');
    if (reader.has('discountAmount')) totals.given.add('discountPct');
  }
  const invoices = state.invoices;
  const one = (i: number): void => {
    const s = invoices.source[i]!;
    const reader = state.readers[s]!;
    const day = invoices.day[i]!;
    const rows = invoices.rows[i]!;
    const amount = invoices.amount[i]!;
    const where = period ? (state.given ? placeOf(period, day) : place(reader.bucketOfDay(day))) : 0;
    if (where === 2) {
      outside[s]! += rows;
      return;
    }
    const cluster = clusterOf(s, invoices.client[i]!);
    if (where === 1) {
      totals.given.add('previousRevenue');
      totals.add(cluster, 'previousRevenue', amount, s, rows, 'summed');
      return;
    }
    totals.add(cluster, 'revenue', amount, s, rows, 'summed');
    if (amount > 0) totals.add(cluster, 'invoices', 1, s, rows, 'distinct');
    const reminders = invoices.reminders[i]!;
    if (reader.has('reminders') && !Number.isNaN(reminders)) totals.add(cluster, 'reminders', reminders, s, rows, 'summed');
    if (reader.has('costAmount')) totals.add(cluster, 'directCosts', invoices.cost[i]!, s, rows, 'summed');
    const discount = invoices.discount[i]!;
    if (!Number.isNaN(discount)) {
      totals.discount[cluster]! += discount;
      totals.discountBase[cluster]! += amount + discount;
      totals.add(cluster, 'discountPct', 0, s, rows, 'weighted');
    }
    const late = lateness(invoices, i, reader, term, asOf);
    if (late !== null && amount > 0) {
      totals.lateWeighted[cluster]! += amount * late;
      totals.lateWeight[cluster]! += amount;
      totals.add(cluster, 'daysLate', 0, s, rows, 'weighted');
    }
  };
  // Numbered invoices first, then those without a number, each in the order read (the sums' order stays fixed).
  for (let i = 0; i < invoices.count; i++) if (!invoices.loose[i]) one(i);
  for (let i = 0; i < invoices.count; i++) if (invoices.loose[i]) one(i);
}

/**
 * Days an invoice was (or is) paid after its due date, or `null` when that is not known: paid ones by their paid
 * date; open ones (an open amount above 0, or no paid date in a list that has paid dates) past due at `asOf`,
 * counted up to it; open ones not yet due are not counted (their lateness is not known yet).
 */
function lateness(invoices: InvoiceTable, i: number, reader: SourceReader, term: number, asOf: number): number | null {
  const day = invoices.day[i]!;
  const due = Number.isNaN(invoices.due[i]!) ? day + term : invoices.due[i]!;
  const paid = invoices.paid[i]!;
  if (!Number.isNaN(paid)) return Math.max(paid - due, 0);
  const open = reader.has('openAmount') ? invoices.open[i]! > 0 : reader.has('paidDate');
  if (!open || Number.isNaN(asOf) || !(due < asOf)) return null;
  return asOf - due;
}

const isoDay = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y!, m! - 1, d!) / 86_400_000);
};

/** A client list's own figures: its value stands for every field it has a column for (what the user typed). */
function listFigures(state: BuildState, lists: readonly (TableRead | null)[], clusterOf: (s: number, i: number) => number, totals: Totals): BuiltField[] {
  const fromBoth = new Set<BuiltField>();
  lists.forEach((list, s) => {
    if (!list) return;
    for (const field of BUILT_FIELDS) {
      if (!list.mapping.fields[field as NumericField]) continue;
      if (totals.given.has(field)) fromBoth.add(field);
      totals.given.add(field);
      const values = list.columns.values[field as NumericField];
      const seen = new Set<number>();
      for (let i = 0; i < list.columns.count; i++) {
        const cluster = clusterOf(s, i);
        if (!seen.has(cluster)) {
          // The list's value replaces what the exports summed for this client.
          totals.sums[field][cluster] = 0;
          totals.forget(cluster, field);
          if (field === 'daysLate') totals.lateFromList.add(cluster);
          if (field === 'daysLate') totals.lateWeight[cluster] = 0;
          if (field === 'discountPct') totals.discountBase[cluster] = 0;
          seen.add(cluster);
        }
        totals.add(cluster, field, values[i]!, s, 1, 'fromList');
      }
    }
    for (let i = 0; i < list.columns.count; i++) totals.active[clusterOf(s, i)] = 1;
  });
  return [...fromBoth];
}

const round = (value: number, digits: number): number => {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r;
};

function clientsOf(clusters: readonly { name: string; number: string }[], totals: Totals, fields: readonly BuiltField[]): BuiltClient[] {
  const clients: BuiltClient[] = [];
  clusters.forEach((cluster, c) => {
    if (!totals.active[c]) return;
    const client: BuiltClient = { client: cluster.name, ...(cluster.number ? { clientNumber: cluster.number } : {}), revenue: 0 };
    for (const field of fields) {
      let value = totals.sums[field][c]!;
      if (field === 'hours' || field === 'unbilledHours') value = round(value / 3600, 6);
      else if (field === 'daysLate') value = totals.lateWeight[c]! > 0 ? round(totals.lateWeighted[c]! / totals.lateWeight[c]!, 2) : totals.lateFromList.has(c) ? round(value, 2) : 0;
      else if (field === 'discountPct') value = totals.discountBase[c]! > 0 ? round(totals.discount[c]! / totals.discountBase[c]!, 6) : round(value, 6);
      else if (field === 'revenue' || field === 'previousRevenue' || field === 'directCosts' || field === 'referralRevenue') value = round(value, 2);
      (client as Record<string, number | string>)[field] = value;
    }
    clients.push(client);
  });
  return clients.sort((a, b) => b.revenue - a.revenue || a.client.localeCompare(b.client));
}
