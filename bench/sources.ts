/**
 * Issue 16 §5: building the client list from raw exports — a Toggl-like time-entry CSV and a Dutch invoice list
 * for 20 000 clients — against DuckDB (embedded, one thread) reading the same files with the same parsing and the
 * same GROUP BY. Each run is a child process of its own (`bench.js --sources ours|duckdb time.csv invoices.csv`)
 * that reports its time and its peak memory; the files are written by a seeded generator that also knows the sums
 * the list must give.
 *
 * Run alone: `npm run -s build -- 90-bench && node --expose-gc dist/bench/bench.js --sources-section`
 * (`BENCH_SOURCES_BIG=0` leaves out the 5 000 000-line size).
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { createListBuilder } from '../src/core/index.js';
import { feedSourceFiles } from '../src/hosts/xlsx/sources.js';

// ---------------------------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------------------------

/** What the generator wrote and the sums the built list must give over the period (2025) and the one before. */
export type Expected = {
  timeEntries: number;
  invoiceLines: number;
  invoices: number;
  clients: number;
  period: { from: string; to: string };
  hours: number;
  unbilledHours: number;
  revenue: number;
  previousRevenue: number;
  /** Invoices dated in the period with a positive total. */
  positiveInvoices: number;
  timeBytes: number;
  invoiceBytes: number;
};

/** mulberry32: small, fast, seeded. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TRADES = ['Bakkerij', 'Garage', 'Café', 'Tandartspraktijk', 'Hotel', 'Restaurant', 'Installatiebedrijf', 'Drukkerij', 'Advocatenkantoor', 'Bloemisterij', 'Kapsalon', 'Architectenbureau', 'Transport', 'Bouwbedrijf', 'Fysiotherapie', 'Schildersbedrijf', 'Makelaardij', 'Accountants', 'Slagerij', 'Reclamebureau'];
const LEGAL = [' B.V.', ' BV', ' V.O.F.', ' N.V.', '', ''];
const ONSET = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'br', 'kr', 'st', 'tr'];
const VOWEL = ['a', 'e', 'i', 'o', 'u', 'aa', 'ee', 'oo', 'ij', 'ui'];
const CODA = ['', '', 'n', 'r', 'l', 'k', 's', 'm', 'rt', 'nd'];

/** How `finish` compares names (DOMAIN.md §1b), as far as the generated names need: case, accents, spaces. */
const normalised = (name: string): string => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * `count` client names `Trade Surname`, the invoice side with a legal form (`Bakkerij Kravolen B.V.`), the time
 * tracker's side without one for half of them (`Bakkerij Kravolen`), as people type them. No two names match even
 * nearly (one letter or a swap apart, one a prefix of the other), so the list has exactly `count` clients and no
 * near matches to confirm.
 */
export function clientNames(count: number, seed: number): { invoice: string[]; time: string[] } {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const taken = new Set<string>(); // every name and each of its one-letter deletions
  const keys: string[] = [];
  const invoice: string[] = [];
  const time: string[] = [];
  while (invoice.length < count) {
    const syllables = 2 + Math.floor(next() * 2);
    let word = '';
    for (let s = 0; s < syllables; s++) word += pick(ONSET) + pick(VOWEL) + (s === syllables - 1 ? pick(CODA) : '');
    const base = `${pick(TRADES)} ${word[0]!.toUpperCase()}${word.slice(1)}`;
    const key = normalised(base);
    const variants = [key];
    for (let i = 0; i < key.length; i++) variants.push(key.slice(0, i) + key.slice(i + 1));
    if (variants.some((v) => taken.has(v))) continue;
    for (const v of variants) taken.add(v);
    keys.push(key);
    const legal = pick(LEGAL);
    invoice.push(base + legal);
    time.push(next() < 0.5 ? base : base + legal);
  }
  // One a prefix of another (Hotel Kramo, Hotel Kramolen): the next in sorted order shows it; such pairs are rare,
  // and the later of each is renamed with a fresh letter pair at the end.
  const order = keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : 1));
  for (let k = 0; k + 1 < order.length; k++) {
    const a = keys[order[k]!]!;
    const b = keys[order[k + 1]!]!;
    if (b.startsWith(a)) {
      const i = order[k + 1]!;
      const suffix = `${ONSET[k % ONSET.length]}${VOWEL[(k >> 3) % VOWEL.length]}x`;
      invoice[i] = invoice[i]!.replace(/^(\S+ \S+)/, `$1${suffix}`);
      time[i] = time[i]!.replace(/^(\S+ \S+)/, `$1${suffix}`);
    }
  }
  return { invoice, time };
}

const DAYS = 731; // 2024-01-01 .. 2025-12-31
const PERIOD_FIRST_DAY = 366; // 2025-01-01
const EXTRA_DAYS = 200; // paid and due dates run into 2026

/** Day number d (0 = 2024-01-01) as ISO and as dd-mm-yyyy, precomputed. */
function dayTexts(): { iso: string[]; dmy: string[] } {
  const iso: string[] = [];
  const dmy: string[] = [];
  for (let d = 0; d < DAYS + EXTRA_DAYS; d++) {
    const date = new Date(Date.UTC(2024, 0, 1 + d));
    const y = date.getUTCFullYear();
    const m = String(date.getUTCMonth() + 1).padStart(2, '0');
    const day = String(date.getUTCDate()).padStart(2, '0');
    iso.push(`${y}-${m}-${day}`);
    dmy.push(`${day}-${m}-${y}`);
  }
  return { iso, dmy };
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));
const clock = (seconds: number): string => `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;

/** Cents as Dutch text: `1.234,56`, `-75,00`. */
function euros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${whole},${two(abs % 100)}`;
}

/** Appends text to a file in blocks of about 4 MB. */
class BlockWriter {
  private readonly fd: number;
  private parts: string[] = [];
  private length = 0;
  bytes = 0;
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  write(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    if (this.length > 4_000_000) this.flush();
  }
  private flush(): void {
    const buffer = Buffer.from(this.parts.join(''), 'utf8');
    writeSync(this.fd, buffer);
    this.bytes += buffer.length;
    this.parts = [];
    this.length = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

const USERS = ['Sanne Bakker', 'Ruben Smit', 'Lotte de Vries', 'Daan Jansen', 'Emma Visser', 'Thijs Mulder', 'Julia de Boer', 'Bram Peters', 'Fleur Hendriks', 'Sem van Dijk', 'Noor Willems', 'Luuk Dekker'];
const PROJECTS = ['Website', 'Huisstijl', 'Jaarrekening', 'Advies', 'Campagne', 'Onderhoud', 'Menukaart', 'Verbouwing'];
const TASKS = ['', '', 'Design', 'Overleg', 'Uitwerking', 'Review'];
const DESCRIPTIONS = ['Eerste gesprek', 'Logo schetsen', 'Opmaak', 'Telefonisch overleg', 'Offerte maken', 'Correcties verwerken', 'Presentatie', 'Administratie', 'Mailverkeer'];
// Toggl quotes a field only where it needs to (a comma in the text): one entry in twenty here.
const QUOTED = ['"Overleg, planning"', '"Schetsen, eerste ronde"', '"Mail, telefoon en afstemming"'];
const TAGS = ['', '', '', 'Design', 'Sprint 12', 'Spoed'];
const RATE_CENTS = 8_500;

/**
 * Writes `time.csv` (Toggl Track detailed export: BOM, `,`, ISO dates, `hh:mm:ss`, Yes/No, sorted by date) and
 * `invoices.csv` (Dutch invoice list, one row per invoice line: `;`, `dd-mm-yyyy`, `1.234,56`) into `dir`, dates
 * over 2024–2025, so the default period is 2025 and the previous one 2024. Every client has an entry and an
 * invoice in 2025. Deterministic in `seed`.
 */
export function writeSources(dir: string, timeEntries: number, invoiceLines: number, clients: number, seed = 16): Expected {
  mkdirSync(dir, { recursive: true });
  const next = random(seed);
  const names = clientNames(clients, seed + 1);
  const { iso, dmy } = dayTexts();
  // Client sizes are skewed (u² : a few large clients, a long tail), as a firm's are.
  const someClient = (): number => Math.floor(clients * next() * next());

  let unbilledSeconds = 0;
  let billedSeconds = 0;
  const time = new BlockWriter(join(dir, 'time.csv'));
  time.write('\ufeffUser,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)\n');
  const firstInPeriod = Math.ceil((PERIOD_FIRST_DAY * timeEntries) / DAYS);
  if (timeEntries - firstInPeriod < clients) throw new Error('too few time entries for every client to have one in the period');
  for (let i = 0; i < timeEntries; i++) {
    const day = Math.floor((i * DAYS) / timeEntries);
    const client = i >= firstInPeriod && i < firstInPeriod + clients ? i - firstInPeriod : someClient();
    const user = USERS[Math.floor(next() * USERS.length)]!;
    const start = 7 * 3600 + Math.floor(next() * 9 * 60) * 60; // 07:00 .. 15:59, whole minutes
    const duration = 300 + Math.floor(next() * (6 * 3600 - 300)); // 5 min .. 6 h, to the second
    const billable = next() < 0.8;
    if (day >= PERIOD_FIRST_DAY) {
      if (billable) billedSeconds += duration;
      else unbilledSeconds += duration;
    }
    const description = next() < 0.05 ? QUOTED[Math.floor(next() * QUOTED.length)]! : DESCRIPTIONS[Math.floor(next() * DESCRIPTIONS.length)]!;
    const amount = billable ? ((duration * RATE_CENTS) / 360_000).toFixed(2) : '';
    time.write(`${user},${user.split(' ')[0]!.toLowerCase()}@studionoord.example,${names.time[client]},${PROJECTS[client % PROJECTS.length]},${TASKS[Math.floor(next() * TASKS.length)]},${description},${billable ? 'Yes' : 'No'},${iso[day]},${clock(start)},${iso[day]},${clock(start + duration)},${clock(duration)},${TAGS[Math.floor(next() * TAGS.length)]},${amount}\n`);
  }
  time.close();

  let revenueCents = 0;
  let previousCents = 0;
  let positiveInvoices = 0;
  let invoiceCount = 0;
  const invoices = new BlockWriter(join(dir, 'invoices.csv'));
  invoices.write('Factuurnummer;Relatie;Factuurdatum;Vervaldatum;Bedrag excl. btw;Btw;Betaald op\r\n');
  const firstLineInPeriod = Math.ceil((PERIOD_FIRST_DAY * invoiceLines) / DAYS);
  let forced = 0; // the first invoices of the period go to each client in turn
  for (let line = 0; line < invoiceLines;) {
    const day = Math.floor((line * DAYS) / invoiceLines);
    const lines = Math.min(1 + Math.floor(next() * 5), invoiceLines - line);
    const client = line >= firstLineInPeriod && forced < clients ? forced++ : someClient();
    const number = `F-${iso[day]!.slice(0, 4)}-${String(++invoiceCount).padStart(7, '0')}`;
    const credit = next() < 0.02;
    const term = next() < 0.5 ? 14 : 30;
    const due = next() < 0.05 ? '' : dmy[day + term]!; // no due date: invoice date + 30 (paymentTermDays)
    // Paid 10 days early to 60 days late; open (no paid date) for one in three of the last two months', 2 % else.
    const open = day > DAYS - 61 ? next() < 0.33 : next() < 0.02;
    const paidDay = day + (due === '' ? 30 : term) + Math.floor(next() * 71) - 10;
    const paid = credit ? (next() < 0.5 ? dmy[day]! : '') : open ? '' : dmy[Math.max(day, paidDay)]!;
    let total = 0;
    for (let l = 0; l < lines; l++) {
      const cents = (credit ? -1 : 1) * (2_500 + Math.floor(next() * 300_000));
      total += cents;
      invoices.write(`${number};${names.invoice[client]};${dmy[day]};${due};${euros(cents)};${euros(Math.round(cents * 0.21))};${paid}\r\n`);
    }
    if (day >= PERIOD_FIRST_DAY) {
      revenueCents += total;
      if (total > 0) positiveInvoices++;
    } else previousCents += total;
    line += lines;
  }
  invoices.close();
  if (forced < clients) throw new Error('too few invoice lines for every client to have an invoice in the period');

  const expected: Expected = {
    timeEntries, invoiceLines, invoices: invoiceCount, clients, period: { from: '2025-01-01', to: '2025-12-31' },
    hours: (billedSeconds + unbilledSeconds) / 3600, unbilledHours: unbilledSeconds / 3600,
    revenue: revenueCents / 100, previousRevenue: previousCents / 100, positiveInvoices,
    timeBytes: time.bytes, invoiceBytes: invoices.bytes,
  };
  writeFileSync(join(dir, 'expected.json'), JSON.stringify(expected));
  return expected;
}

// ---------------------------------------------------------------------------------------------------------------
// The runs (each in a child process: `bench.js --sources ours|duckdb time.csv invoices.csv [perClient.json]`)
// ---------------------------------------------------------------------------------------------------------------

/** One client's figures as both sides give them, for the comparison. */
export type ClientFigures = { revenue: number; previousRevenue: number; hours: number; unbilledHours: number; invoices: number; daysLate: number | null };

export type SourcesSample = {
  who: 'ours' | 'duckdb';
  ms: number;
  /** CPU seconds (user + system, every thread of the process) over the same span. */
  cpuSeconds: number;
  /** `process.resourceUsage().maxRSS`: the process's peak resident memory (Node, the modules, DuckDB's own). */
  peakRssMiB: number;
  /** The largest V8 heap seen, sampled every 50 ms (ours only means something: DuckDB's memory is native). */
  peakHeapMiB: number;
  clients: number;
  period: { from: string; to: string } | null;
  hours: number;
  unbilledHours: number;
  revenue: number;
  previousRevenue: number;
  invoices: number;
  problems: string[];
};

const MiB = 2 ** 20;

/** Samples the V8 heap while `work` runs (between the stream's chunks), and the process's peak RSS after it. */
async function measured(work: () => Promise<Omit<SourcesSample, 'who' | 'ms' | 'cpuSeconds' | 'peakRssMiB' | 'peakHeapMiB'> & { perClient: Map<string, ClientFigures> }>, who: SourcesSample['who'], perClientOut?: string): Promise<SourcesSample> {
  let peakHeap = 0;
  const sample = (): void => {
    peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
  };
  const timer = setInterval(sample, 50);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  clearInterval(timer);
  sample();
  if (perClientOut) writeFileSync(perClientOut, JSON.stringify([...result.perClient]));
  const { perClient: _perClient, ...totals } = result;
  return { who, ms, cpuSeconds: (used.user + used.system) / 1e6, peakRssMiB: (process.resourceUsage().maxRSS * 1024) / MiB, peakHeapMiB: peakHeap / MiB, ...totals };
}

/**
 * The same list in DuckDB's SQL, one thread: the time entries' durations (`hh:mm:ss` text, cast to an INTERVAL: faster than splitting it, and past 24 hours too) to hours and summed per
 * client name in the period; the invoice lines' amounts (`1.234,56`) summed per invoice (its dates from its first
 * line, as ours), then per client: revenue, previous revenue, invoices with a positive total, and the weighted days
 * late (Σ amount · max(paid − due, 0) / Σ amount over positive invoices that are paid, or open and past due at the
 * period's last day, counted to it; due = invoice date + 30 without a due date). The period: the 12 months ending
 * with the month of the latest invoice date. Names are joined as ours matches them, with the legal form left out.
 */
export function sourcesSql(time: string, invoices: string): string {
  const timeColumns = {
    User: 'VARCHAR', Email: 'VARCHAR', Client: 'VARCHAR', Project: 'VARCHAR', Task: 'VARCHAR', Description: 'VARCHAR', Billable: 'VARCHAR',
    'Start date': 'DATE', 'Start time': 'VARCHAR', 'End date': 'VARCHAR', 'End time': 'VARCHAR', Duration: 'VARCHAR', Tags: 'VARCHAR', 'Amount (EUR)': 'VARCHAR',
  };
  const invoiceColumns = {
    Factuurnummer: 'VARCHAR', Relatie: 'VARCHAR', Factuurdatum: 'DATE', Vervaldatum: 'DATE', 'Bedrag excl. btw': 'VARCHAR', Btw: 'VARCHAR', 'Betaald op': 'DATE',
  };
  const struct = (columns: Record<string, string>): string => `{${Object.entries(columns).map(([k, v]) => `'${k}': '${v}'`).join(', ')}}`;
  const key = (column: string): string => `regexp_replace(lower(${column}), '[^a-z0-9à-ÿ]|(b\\.?v\\.?|v\\.?o\\.?f\\.?|n\\.?v\\.?)$', '', 'g')`;
  return `
    WITH lines AS (
      SELECT Factuurnummer AS number, Relatie AS client, Factuurdatum AS day, Vervaldatum AS due, "Betaald op" AS paid,
        CAST(replace(replace("Bedrag excl. btw", '.', ''), ',', '.') AS DECIMAL(18, 2)) AS amount
      FROM read_csv('${invoices}', delim = ';', header = true, auto_detect = false, dateformat = '%d-%m-%Y', columns = ${struct(invoiceColumns)})
    ),
    invoice AS (
      SELECT number, first(client) AS client, first(day) AS day, coalesce(first(due), first(day) + 30) AS due, first(paid) AS paid, sum(amount) AS amount
      FROM lines GROUP BY number
    ),
    period AS (
      SELECT CAST(date_trunc('month', max(day)) - INTERVAL 11 MONTH AS DATE) AS "from",
        CAST(date_trunc('month', max(day)) + INTERVAL 1 MONTH - INTERVAL 1 DAY AS DATE) AS "to"
      FROM invoice
    ),
    late AS (
      SELECT i.*, i.day BETWEEN p."from" AND p."to" AS current, i.day BETWEEN p."from" - INTERVAL 12 MONTH AND p."from" - 1 AS previous,
        CASE WHEN i.amount > 0 AND (i.paid IS NOT NULL OR i.due < p."to") THEN greatest(coalesce(i.paid, p."to") - i.due, 0) END AS days
      FROM invoice i, period p
    ),
    by_invoice_name AS (
      SELECT client,
        sum(amount) FILTER (WHERE current) AS revenue, sum(amount) FILTER (WHERE previous) AS previous_revenue,
        count(*) FILTER (WHERE current AND amount > 0) AS invoices,
        sum(amount * days) FILTER (WHERE current AND days IS NOT NULL) AS late_weight,
        sum(amount) FILTER (WHERE current AND days IS NOT NULL) AS late_amount
      FROM late GROUP BY client
    ),
    by_invoice AS (
      SELECT first(client) AS client, sum(revenue) AS revenue, sum(previous_revenue) AS previous_revenue, sum(invoices) AS invoices,
        sum(late_weight) / sum(late_amount) AS days_late, ${key('client')} AS key
      FROM by_invoice_name GROUP BY key
    ),
    entries AS (
      SELECT Client AS client, "Start date" AS day, Billable = 'No' AS unbilled,
        epoch(CAST(Duration AS INTERVAL)) / 3600 AS hours
      FROM read_csv('${time}', delim = ',', quote = '"', header = true, auto_detect = false, dateformat = '%Y-%m-%d', columns = ${struct(timeColumns)})
    ),
    by_entry_name AS (
      SELECT client,
        coalesce(sum(hours) FILTER (WHERE day BETWEEN p."from" AND p."to"), 0) AS hours,
        coalesce(sum(hours) FILTER (WHERE day BETWEEN p."from" AND p."to" AND unbilled), 0) AS unbilled
      FROM entries, period p GROUP BY client
    ),
    by_entry AS (
      SELECT first(client) AS client, sum(hours) AS hours, sum(unbilled) AS unbilled, ${key('client')} AS key
      FROM by_entry_name GROUP BY key
    )
    SELECT coalesce(i.client, e.client) AS client, coalesce(i.revenue, 0) AS revenue, coalesce(i.previous_revenue, 0) AS previous_revenue,
      coalesce(e.hours, 0) AS hours, coalesce(e.unbilled, 0) AS unbilled, coalesce(i.invoices, 0) AS invoices, i.days_late,
      (SELECT strftime("from", '%Y-%m-%d') FROM period) AS "from", (SELECT strftime("to", '%Y-%m-%d') FROM period) AS "to"
    FROM by_invoice i FULL OUTER JOIN by_entry e ON i.key = e.key`;
}

async function duckdbList(time: string, invoices: string): Promise<Omit<SourcesSample, 'who' | 'ms' | 'cpuSeconds' | 'peakRssMiB' | 'peakHeapMiB'> & { perClient: Map<string, ClientFigures> }> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  const reader = await connection.runAndReadAll(sourcesSql(time, invoices));
  const rows = reader.getRowObjectsJS() as Record<string, unknown>[];
  connection.closeSync();
  const perClient = new Map<string, ClientFigures>();
  const totals = { hours: 0, unbilledHours: 0, revenue: 0, previousRevenue: 0, invoices: 0 };
  for (const row of rows) {
    const figures: ClientFigures = {
      revenue: Number(row.revenue), previousRevenue: Number(row.previous_revenue), hours: Number(row.hours), unbilledHours: Number(row.unbilled),
      invoices: Number(row.invoices), daysLate: row.days_late === null ? null : Number(row.days_late),
    };
    perClient.set(String(row.client), figures);
    totals.hours += figures.hours;
    totals.unbilledHours += figures.unbilledHours;
    totals.revenue += figures.revenue;
    totals.previousRevenue += figures.previousRevenue;
    totals.invoices += figures.invoices;
  }
  const first = rows[0];
  return { clients: rows.length, period: first ? { from: String(first.from), to: String(first.to) } : null, ...totals, problems: [], perClient };
}

/** `bench.js --sources ours|duckdb time.csv invoices.csv [perClient.json]`: one run, its sample as JSON on stdout. */
export async function sourcesChild(args: string[]): Promise<void> {
  const [who, time, invoices, perClientOut] = args as ['ours' | 'duckdb', string, string, string | undefined];
  const run = who === 'duckdb' ? () => duckdbList(time, invoices) : () => oursList(time, invoices);
  process.stdout.write(JSON.stringify(await measured(run, who, perClientOut)));
}

/** Ours: both files streamed from disk into the list builder (`feedSourceFiles`, as `klantwaarde list` does), then `finish`. */
async function oursList(time: string, invoices: string): Promise<Omit<SourcesSample, 'who' | 'ms' | 'cpuSeconds' | 'peakRssMiB' | 'peakHeapMiB'> & { perClient: Map<string, ClientFigures> }> {
  const builder = createListBuilder({ language: 'nl' });
  await feedSourceFiles([time, invoices], builder, { language: 'nl' });
  const build = builder.finish();
  const perClient = new Map<string, ClientFigures>();
  const totals = { hours: 0, unbilledHours: 0, revenue: 0, previousRevenue: 0, invoices: 0 };
  for (const c of build.clients) {
    const figures: ClientFigures = {
      revenue: c.revenue, previousRevenue: c.previousRevenue ?? 0, hours: c.hours ?? 0, unbilledHours: c.unbilledHours ?? 0,
      invoices: c.invoices ?? 0, daysLate: c.daysLate ?? null,
    };
    perClient.set(c.client, figures);
    totals.hours += figures.hours;
    totals.unbilledHours += figures.unbilledHours;
    totals.revenue += figures.revenue;
    totals.previousRevenue += figures.previousRevenue;
    totals.invoices += figures.invoices;
  }
  const problems = build.problems.map((p) => `${p.id} ×${p.count}`);
  return { clients: build.clients.length, period: build.period ? { from: build.period.from, to: build.period.to } : null, ...totals, problems, perClient };
}

// ---------------------------------------------------------------------------------------------------------------
// The section of bench/RESULTS.md
// ---------------------------------------------------------------------------------------------------------------

type Size = { label: string; timeEntries: number; invoiceLines: number; clients: number; runs: number };

/** Scratch files go to /tmp/bench16-<size>, removed after each size (the 5 M files are 820 MiB). */
const scratchDir = (name: string): string => join(tmpdir(), `bench16-${name}`);
const removeDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });

const QUICK: Size = { label: 'quick', timeEntries: 100_000, invoiceLines: 20_000, clients: 2_000, runs: 3 };
const ONE_M: Size = { label: '1m', timeEntries: 1_000_000, invoiceLines: 200_000, clients: 20_000, runs: 3 };
const FIVE_M: Size = { label: '5m', timeEntries: 5_000_000, invoiceLines: 1_000_000, clients: 20_000, runs: 2 };

function runChild(self: string, who: 'ours' | 'duckdb', dir: string, perClient?: string): SourcesSample {
  const args = ['--expose-gc', '--max-old-space-size=8192', self, '--sources', who, join(dir, 'time.csv'), join(dir, 'invoices.csv'), ...(perClient ? [perClient] : [])];
  const output = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(output) as SourcesSample;
}

/** Where the two lists differ, client by client (hours are rounded to 6 decimals by ours, days late to 2). */
function differences(oursFile: string, duckFile: string): { compared: number; differing: number; first: string | null } {
  const ours = new Map(JSON.parse(readFileSync(oursFile, 'utf8')) as [string, ClientFigures][]);
  const duck = new Map(JSON.parse(readFileSync(duckFile, 'utf8')) as [string, ClientFigures][]);
  let differing = 0;
  let first: string | null = null;
  const names = new Set([...ours.keys(), ...duck.keys()]);
  for (const name of names) {
    const a = ours.get(name);
    const b = duck.get(name);
    const why = !a ? 'only in DuckDB' : !b ? 'only in ours'
      : Math.abs(a.revenue - b.revenue) > 0.006 ? `revenue ${a.revenue} ≠ ${b.revenue}`
      : Math.abs(a.previousRevenue - b.previousRevenue) > 0.006 ? `previous revenue ${a.previousRevenue} ≠ ${b.previousRevenue}`
      : Math.abs(a.hours - b.hours) > 1e-6 ? `hours ${a.hours} ≠ ${b.hours}`
      : Math.abs(a.unbilledHours - b.unbilledHours) > 1e-6 ? `unbilled hours ${a.unbilledHours} ≠ ${b.unbilledHours}`
      : a.invoices !== b.invoices ? `invoices ${a.invoices} ≠ ${b.invoices}`
      : Math.abs((a.daysLate ?? 0) - (b.daysLate ?? 0)) > 0.0051 ? `days late ${a.daysLate} ≠ ${b.daysLate}` : null;
    if (why) {
      differing++;
      first ??= `${name}: ${why}`;
    }
  }
  return { compared: names.size, differing, first };
}

/** Ours against the generator's sums: the client count, Σ hours and Σ unbilled hours (6-decimal rounding per client), Σ revenue, the invoices, the period. */
function plausible(s: SourcesSample, e: Expected): string[] {
  const wrong: string[] = [];
  if (s.clients !== e.clients) wrong.push(`${s.clients} clients, not ${e.clients}`);
  if (!s.period || s.period.from !== e.period.from || s.period.to !== e.period.to) wrong.push(`period ${s.period?.from}..${s.period?.to}`);
  const hoursSlack = e.clients * 5e-7 + 1e-6;
  if (Math.abs(s.hours - e.hours) > hoursSlack) wrong.push(`Σ hours ${s.hours} ≠ ${e.hours}`);
  if (Math.abs(s.unbilledHours - e.unbilledHours) > hoursSlack) wrong.push(`Σ unbilled ${s.unbilledHours} ≠ ${e.unbilledHours}`);
  if (Math.abs(s.revenue - e.revenue) > e.clients * 0.005 + 0.01) wrong.push(`Σ revenue ${s.revenue} ≠ ${e.revenue}`);
  if (Math.abs(s.previousRevenue - e.previousRevenue) > e.clients * 0.005 + 0.01) wrong.push(`Σ previous revenue ${s.previousRevenue} ≠ ${e.previousRevenue}`);
  if (s.invoices !== e.positiveInvoices) wrong.push(`${s.invoices} invoices, not ${e.positiveInvoices}`);
  if (s.problems.length) wrong.push(`problems: ${s.problems.join(', ')}`);
  return wrong;
}

type Measured = { size: Size; expected: Expected; generateSeconds: number; ours: SourcesSample; duck: SourcesSample; oursRuns: number[]; duckRuns: number[]; check: string[]; diff: ReturnType<typeof differences> };

function measureSize(self: string, size: Size): Measured {
  const dir = scratchDir(size.label);
  removeDir(dir);
  try {
    const started = performance.now();
    const expected = writeSources(dir, size.timeEntries, size.invoiceLines, size.clients);
    const generateSeconds = (performance.now() - started) / 1000;
    process.stderr.write(`sources ${size.label}: files written in ${generateSeconds.toFixed(1)} s\n`);
    // Alternating, so a slow spell of the shared machine falls on both; the fastest of each counts.
    const ours: SourcesSample[] = [];
    const duck: SourcesSample[] = [];
    for (let r = 0; r < size.runs; r++) {
      duck.push(runChild(self, 'duckdb', dir, r === 0 ? join(dir, 'duck.json') : undefined));
      ours.push(runChild(self, 'ours', dir, r === 0 ? join(dir, 'ours.json') : undefined));
      process.stderr.write(`sources ${size.label} run ${r + 1}: ours ${(ours[r]!.ms / 1000).toFixed(2)} s, DuckDB ${(duck[r]!.ms / 1000).toFixed(2)} s\n`);
    }
    const fastest = (runs: SourcesSample[]): SourcesSample => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
    const best = fastest(ours);
    return {
      size, expected, generateSeconds, ours: best, duck: fastest(duck), oursRuns: ours.map((s) => s.ms), duckRuns: duck.map((s) => s.ms),
      check: [...plausible(best, expected), ...plausible({ ...fastest(duck), problems: [] }, expected).map((w) => `DuckDB: ${w}`)],
      diff: differences(join(dir, 'ours.json'), join(dir, 'duck.json')),
    };
  } finally {
    removeDir(dir);
  }
}

/** The section: the quick size, 1 M + 200 k and (unless `BENCH_SOURCES_BIG=0`) 5 M + 1 M lines. */
export function benchSources(self: string): string[] {
  const big = process.env.BENCH_SOURCES_BIG !== '0';
  const results = [QUICK, ONE_M, ...(big ? [FIVE_M] : [])].map((size) => measureSize(self, size));
  const s = (ms: number): string => (ms / 1000).toFixed(2);
  const n = (x: number): string => x.toLocaleString('en-US');
  const verdict = (ok: boolean): string => (ok ? 'met' : '**not met**');
  const at = (label: string): Measured | undefined => results.find((r) => r.size.label === label);
  const one = at('1m')!;
  const five = at('5m');
  const lines = [
    '## Client list from raw exports: time entries and invoice lines against DuckDB (issue 16)', '',
    `Command: \`npm run bench\` (this section alone: \`node scripts/build.mjs 90-bench && node --expose-gc dist/bench/bench.js --sources-section\`; \`BENCH_SOURCES_BIG=0\` leaves out the 5 M size, which takes about ${five ? Math.ceil((five.generateSeconds + five.oursRuns.reduce((a, b) => a + b, 0) / 1000 + five.duckRuns.reduce((a, b) => a + b, 0) / 1000) / 10) * 10 : 120} s of the bench). The files: a seeded generator (bench/sources.ts) writes \`time.csv\`, a Toggl Track detailed export (\`User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)\`, BOM, ISO dates over 2024–2025 in date order, \`hh:mm:ss\`, Yes/No, one description in twenty quoted for its comma), and \`invoices.csv\`, a Dutch invoice list with one row per invoice line (\`Factuurnummer;Relatie;Factuurdatum;Vervaldatum;Bedrag excl. btw;Btw;Betaald op\`, 1–5 lines per invoice, \`dd-mm-yyyy\`, \`1.234,56\`, 2 % credit notes, 5 % without a due date, some open). Client sizes are skewed; names are \`Bakkerij Kravolen B.V.\` on the invoices and, for half the clients, without the legal form in the time tracker, and no two match nearly, so the list has exactly one row per client. The period is the default: 2025 (the 12 months to the month of the latest invoice), 2024 the previous one.`, '',
    '**Ours**: `feedSourceFiles([time.csv, invoices.csv], createListBuilder({ language: \'nl\' }))` — the files streamed from disk in 64 KiB chunks through Papa Parse into the builder, which recognises each file, reads the durations, dates and amounts and sums per client — then `finish()` (period, matching, figures, provenance, problems), as `klantwaarde list` does. **DuckDB** (`@duckdb/node-api`, `threads = 1`): `read_csv` of the same files with the column types given (dates parsed by `dateformat`, `Duration` as text cast to an INTERVAL, amounts `1.234,56` as text to DECIMAL), Σ per invoice (its dates from its first line), the period from the latest invoice date, then per client name Σ hours and unbilled hours in the period, revenue and previous revenue, invoices with a positive total and the weighted days late (Σ amount · max(paid − due, 0) / Σ amount over positive invoices paid, or open and past due at the period\'s end, counted to it; due = invoice date + 30 without a due date), the names joined with the legal form left out (`sourcesSql` in bench/sources.ts). Both read the 20 000-row result back into JavaScript.', '',
    `Each run is a child process of its own; the time is measured inside it from the start of the work to the list in hand (Node's start-up and module loading left out, the same for both), peak RSS is \`process.resourceUsage().maxRSS\` of the process, peak heap V8's used heap sampled every 50 ms. Fastest of the runs shown (ours and DuckDB alternating). pandas is not measured: there is no PyPI on this machine, so it cannot be installed.`, '',
    '| time entries + invoice lines (clients) | CSV MiB | ours s (runs) | DuckDB s (runs) | ours ÷ DuckDB | ours CPU s | ours peak RSS MiB | ours peak heap MiB | DuckDB peak RSS MiB | checks |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...results.map((r) => `| ${n(r.size.timeEntries)} + ${n(r.size.invoiceLines)} (${n(r.size.clients)}) | ${((r.expected.timeBytes + r.expected.invoiceBytes) / MiB).toFixed(0)} | ${s(r.ours.ms)} (${r.oursRuns.map(s).join(', ')}) | ${s(r.duck.ms)} (${r.duckRuns.map(s).join(', ')}) | ${(r.ours.ms / r.duck.ms).toFixed(2)} | ${r.ours.cpuSeconds.toFixed(2)} | ${r.ours.peakRssMiB.toFixed(0)} | ${r.ours.peakHeapMiB.toFixed(0)} | ${r.duck.peakRssMiB.toFixed(0)} | ${r.check.length === 0 && r.diff.differing === 0 ? 'all hold' : `**${[...r.check, r.diff.differing ? `${r.diff.differing} clients differ from DuckDB (${r.diff.first})` : ''].filter(Boolean).join('; ')}**`} |`),
    '',
    `Checks: the list has as many clients as the generator made, the period 2025-01-01..2025-12-31, Σ hours, Σ unbilled hours, Σ revenue, Σ previous revenue and the invoices with a positive total equal to the generator's own sums (hours to ours' rounding of 6 decimals per client), no problem said; and client by client, every figure equal to DuckDB's (days late to 0,01). ${results.map((r) => `${n(r.diff.compared)} clients compared at ${n(r.size.timeEntries)}: ${r.diff.differing} differ`).join('; ')}.`, '',
  ];
  if (five) {
    const ratio = five.ours.ms / five.duck.ms;
    const memory = five.ours.peakRssMiB / one.ours.peakRssMiB;
    lines.push(`Issue 16's targets: building the list at 5 000 000 + 1 000 000 lines ≤ 2 × DuckDB → **${ratio.toFixed(2)} ×** — ${verdict(ratio <= 2)}; peak memory at 5 M ≤ 1,3 × at 1 M → ${five.ours.peakRssMiB.toFixed(0)} ÷ ${one.ours.peakRssMiB.toFixed(0)} MiB = **×${memory.toFixed(2)}** — ${verdict(memory <= 1.3)}. Ahead of pandas: not measured (see above).`, '');
  } else {
    lines.push('The 5 000 000-line size was left out (`BENCH_SOURCES_BIG=0`): issue 16\'s targets are not measured in this run.', '');
  }
  return lines;
}

/** `bench.js --sources-section`: only this section, on stdout. */
export function sourcesSection(self: string): void {
  process.stdout.write(benchSources(self).join('\n') + '\n');
}
