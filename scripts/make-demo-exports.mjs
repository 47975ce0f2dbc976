// Writes the raw exports of the demo firm (De Vries Installatietechniek, the 48 clients of examples/klanten.xlsx),
// the worked example of building the client list from exports (docs/DEFINITIONS.md §1b):
//
//   examples/uren-toggl.csv  a Toggl Track detailed report (UTF-8 with a BOM, ISO dates, hh:mm:ss durations):
//                            every time entry of 1 July 2025 – 30 June 2026, whole minutes, per client summing
//                            exactly to the client's hours in klanten.xlsx; some entries not billable, and a few
//                            internal ones without a client (said by the list builder, never assigned).
//   examples/facturen.csv    a Dutch invoice list as a bookkeeping package writes it for Excel (`;`, dd-mm-yyyy,
//                            decimal commas, UTF-8 with a BOM, CRLF): every invoice of 1 July 2024 – 30 June 2026.
//                            Per client, those dated in the period (1 July 2025 – 30 June 2026) sum to its revenue
//                            (Omzet) and number its Facturen (a credit note or two besides, negative), those of the
//                            12 months before sum to its Omzet vorig jaar; paid dates give its Dagen te laat (amount-
//                            weighted over the paid invoices and those still open past due on 30 June 2026, the
//                            date the list was exported).
//
// The period: instellingen.json's periodEnd is 2026-06-30, so the analysed year is the 12 months ending then; the
// latest invoice is dated in June 2026, so the list builder's default period (the 12 months ending with the month of
// the latest invoice date) is that year, and its previous period the 12 months before.
//
// A few names are written as the packages would: a legal form in the invoice list ("Drukkerij Visser B.V."), no
// accent in the time tracker ("Cafe Het Hoekje"); the builder matches them to the same client.
//
// Seeded (its own seeds, the clients from make-demo.mjs, which writes these files: `npm run demo:data` with
// klanten.xlsx, `npm run demo:exports` alone), so every run writes the same bytes; test/examples/exports.test.ts
// builds the list from the committed files and checks it against klanten.xlsx.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { random } from './random.mjs';


// Days are whole UTC day numbers (days since 1970-01-01): calendar dates, no time zone.
const day = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const date = (d) => new Date(d * 86_400_000);
const iso = (d) => date(d).toISOString().slice(0, 10);
const dutch = (d) => iso(d).split('-').reverse().join('-');
/** Dutch public holidays of the two years (no work, no invoices). */
const HOLIDAYS = new Set([
  '2024-12-25', '2024-12-26', '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-29', '2025-06-09',
  '2025-12-25', '2025-12-26', '2026-01-01', '2026-04-03', '2026-04-06', '2026-04-27', '2026-05-14', '2026-05-25',
]);
const weekday = (d) => { const w = date(d).getUTCDay(); return w !== 0 && w !== 6 && !HOLIDAYS.has(iso(d)); };

/** The analysed year (the 12 months ending at instellingen.json's periodEnd) and the one before it. */
export const PERIOD = { from: '2025-07-01', to: '2026-06-30', previousFrom: '2024-07-01', previousTo: '2025-06-30' };
/** The invoice list was exported at the period's end: later payments are not in it (open invoices). */
const EXPORTED = day(PERIOD.to);

/** The first day of each of the 12 months starting at `fromIso`, and the day after the last. */
function monthStarts(fromIso) {
  const [y, m] = fromIso.split('-').map(Number);
  return Array.from({ length: 13 }, (_, i) => Math.round(Date.UTC(y, m - 1 + i, 1) / 86_400_000));
}

const USERS = [
  ['Jeroen de Vries', 'jeroen'], ['Fatima El Amrani', 'fatima'], ['Tom Hendriksen', 'tom'],
  ['Lisa Janssen', 'lisa'], ['Mehmet Yilmaz', 'mehmet'], ['Kees Brouwer', 'kees'],
];
const PROJECTS = [
  ['Onderhoud', ['Jaarlijks onderhoud cv-ketel', 'Onderhoud warmtepomp', 'Filters ventilatie vervangen', 'Legionellacontrole', 'Onderhoud airco'], 'Onderhoud'],
  ['Storingen', ['Storing cv-ketel', 'Lekkage verhelpen', 'Storing warmtepomp', 'Aardlekschakelaar slaat af', 'Storing mechanische ventilatie'], 'Storing'],
  ['Installatie', ['Installatie warmtepomp', 'Meterkast uitbreiden', 'Leidingwerk aanleggen', 'Zonnepanelen aansluiten', 'Radiatoren plaatsen, inregelen'], 'Project'],
  ['Advies', ['Offerte opstellen', 'Overleg met klant', 'Opname op locatie', 'Werkbon afronden', 'Energieadvies, rapport'], ''],
];
const INTERNAL = [
  ['Intern', 'Werkplaats opruimen'], ['Intern', 'Onderhoud bedrijfsbus'], ['Opleiding', 'Cursus F-gassen'],
  ['Intern', 'Voorraad tellen'], ['Opleiding', 'Toolbox-meeting veiligheid'], ['Intern', 'Administratie werkbonnen'],
];
const RATE = 68; // € an hour, billable entries (the Amount column, as Toggl writes it)
const VAT = 0.21;

/** The names as each package writes them, where they differ from the client list. */
const INVOICE_NAME = {
  'Drukkerij Visser': 'Drukkerij Visser B.V.',
  'Transportbedrijf Peters': 'Transportbedrijf Peters B.V.',
  'Bouwbedrijf Hendriks': 'Bouwbedrijf Hendriks BV',
  'Accountantskantoor Koster': 'Accountantskantoor Koster V.O.F.',
};
const TOGGL_NAME = { 'Café Het Hoekje': 'Cafe Het Hoekje' };
/** Credit notes (negative invoices) in the period: the client, what it was for, its amount excl. VAT. */
const CREDIT_NOTES = { 'Camping De Bosrand': 640, 'Hotel Aan Zee': 385.5 };
/** Share of entries not billable (a subcontractor's hours are never billed). */
const UNBILLED = { 'Camping De Bosrand': 0.35, 'Architectenbureau Lijn': 0.3, 'Loodgieter Maas (onderaannemer)': 1 };

const csvField = (text, separator) => (/["\n\r]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text);
const clock = (minutes) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
/** Dutch money: 1.234,56 (cents in, a string out). */
function euro(cents) {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${whole},${String(abs % 100).padStart(2, '0')}`;
}

/** Splits `total` (integer) into `n` positive integer parts of random sizes (each at least `min`). */
function split(total, n, next, min = 1) {
  if (n <= 0) return [];
  const weights = Array.from({ length: n }, () => 0.4 + next());
  const sum = weights.reduce((s, w) => s + w, 0);
  const free = total - min * n;
  if (free < 0) throw new Error(`cannot split ${total} into ${n} parts of at least ${min}`);
  const parts = weights.map((w) => min + Math.floor((free * w) / sum));
  parts[parts.length - 1] += total - parts.reduce((s, p) => s + p, 0);
  return parts;
}

/**
 * Days late for each invoice so that the amount-weighted mean over those whose lateness is known is `target`.
 * An invoice may be at most `cap` days late by the export date (then it is still open, and counted up to then);
 * one not yet due at the export date is paid early or still open (and then not counted).
 */
function latenesses(invoices, target, next) {
  for (const inv of invoices) {
    inv.cap = EXPORTED - inv.due;
    if (inv.cap <= 0) {
      // Not yet due when exported: paid early by a prompt payer (0 days late, counted), else still open (not counted).
      const early = inv.day + 3 + Math.floor(next() * 8);
      inv.cap = 0;
      inv.paidEarly = target <= 3 && early <= EXPORTED ? early : null;
      inv.late = inv.paidEarly === null ? null : 0;
      continue;
    }
    // Most pay about on time, some clearly late; the fix below brings the mean to the target.
    const guess = target >= 15 ? target * (0.6 + 0.8 * next()) : next() < 0.7 ? 0 : target * (1 + 3 * next());
    inv.late = Math.min(Math.max(Math.round(guess), 0), inv.cap);
  }
  const known = invoices.filter((inv) => inv.late !== null);
  const weight = known.reduce((s, inv) => s + inv.cents, 0);
  const error = () => known.reduce((s, inv) => s + inv.cents * (inv.late - target), 0);
  // Largest invoices first, each moved by whole days towards the target (within 0..cap), twice over.
  const order = [...known].sort((a, b) => b.cents - a.cents);
  for (let pass = 0; pass < 3; pass++) {
    for (const inv of order) {
      const step = -Math.round(error() / inv.cents);
      inv.late = Math.min(Math.max(inv.late + step, 0), inv.cap);
    }
  }
  if (weight > 0 && Math.abs(error() / weight) > 0.3) throw new Error(`days late ${target} not reachable`);
}

/** The invoices of one client in one year: `count` positive ones summing to `cents`, dated in distinct months. */
function yearInvoices(client, fromIso, cents, count, term, next, monthly) {
  const starts = monthStarts(fromIso);
  const months = monthly || count >= 12 ? Array.from({ length: 12 }, (_, i) => i).slice(12 - Math.min(count, 12)) : pick(12, count, next);
  const amounts = split(cents, count, next, 5_000);
  return months.map((m, i) => {
    const days = [];
    for (let d = starts[m]; d < starts[m + 1]; d++) if (weekday(d)) days.push(d);
    // Monthly invoices at the month's end; the others on a working day of the month.
    const d = monthly ? days[days.length - 1] : days[Math.floor(next() * days.length)];
    return { client, day: d, due: d + term, cents: amounts[i] };
  });
}

/** `k` distinct integers of 0..n-1, sorted. */
function pick(n, k, next) {
  const all = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(next() * (n - i));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.slice(0, k).sort((a, b) => a - b);
}

export function demoInvoices(clients) {
  const next = random(20260630);
  const rows = [];
  clients.forEach((c, index) => {
    const term = next() < 0.2 ? 14 : 30;
    const monthly = c.invoices >= 12;
    const credit = Math.round((CREDIT_NOTES[c.client] ?? 0) * 100);
    const now = yearInvoices(c.client, PERIOD.from, Math.round(c.revenue * 100) + credit, c.invoices, term, next, monthly);
    const previousCount = Math.max(1, Math.min(12, c.invoices + Math.floor(next() * 5) - 2));
    const before = c.previousRevenue > 0 ? yearInvoices(c.client, PERIOD.previousFrom, Math.round(c.previousRevenue * 100), previousCount, term, next, monthly) : [];
    latenesses(now, c.daysLate, next);
    latenesses(before, c.daysLate, next);
    const mine = [...before, ...now];
    if (credit) {
      // A credit note on one of the period's invoices, some weeks later, settled against it.
      const on = now[Math.floor(next() * (now.length - 1))];
      let d = Math.min(on.day + 14 + Math.floor(next() * 21), EXPORTED);
      while (!weekday(d)) d--;
      mine.push({ client: c.client, day: d, due: d, cents: -credit, late: 0, credit: true });
    }
    for (const inv of mine) {
      let paid = '';
      if (inv.credit) paid = dutch(inv.day);
      else if (inv.late === null) paid = ''; // not yet due at the export, still open
      else if (inv.paidEarly) paid = dutch(inv.paidEarly);
      else if (inv.late < inv.cap) {
        // On time: some days before the due date (never before the invoice date); late: that many days after it.
        const paidDay = inv.late > 0 ? inv.due + inv.late : Math.max(inv.due - Math.floor(next() * 6), inv.day + 1);
        paid = dutch(paidDay);
      } // else: still open at the export date, as late as it can be by then
      rows.push({ index, name: INVOICE_NAME[c.client] ?? c.client, day: inv.day, due: inv.due, cents: inv.cents, paid });
    }
  });
  rows.sort((a, b) => a.day - b.day || a.index - b.index);
  const perYear = new Map();
  const lines = ['Factuurnummer;Relatie;Factuurdatum;Vervaldatum;Bedrag excl. btw;Btw;Betaald op'];
  for (const r of rows) {
    const year = date(r.day).getUTCFullYear();
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    const number = `F${year}-${String(n).padStart(4, '0')}`;
    const vat = Math.round(r.cents * VAT);
    lines.push([number, csvField(r.name, ';'), dutch(r.day), dutch(r.due), euro(r.cents), euro(vat), r.paid].join(';'));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export function demoTimeEntries(clients) {
  const next = random(20250701);
  const from = day(PERIOD.from);
  const to = day(PERIOD.to);
  const workdays = [];
  for (let d = from; d <= to; d++) if (weekday(d)) workdays.push(d);
  const load = new Map(); // `${user}/${day}` → minutes planned that day
  const entries = [];
  const place = (minutes) => {
    // A user and a working day with room for it (at most 9 hours planned), else the least busy of the tries.
    let best = null;
    for (let t = 0; t < 40; t++) {
      const user = Math.floor(next() * USERS.length);
      const d = workdays[Math.floor(next() * workdays.length)];
      const used = load.get(`${user}/${d}`) ?? 15 * Math.floor(next() * 5); // a day starts 07:30–08:30
      if (used + minutes <= 540) {
        best = { user, d, used };
        break;
      }
      if (!best || used < best.used) best = { user, d, used };
    }
    const key = `${best.user}/${best.d}`;
    const start = 7 * 60 + 30 + best.used;
    load.set(key, best.used + minutes + 15);
    if (start + minutes >= 24 * 60) throw new Error('an entry past midnight');
    return { user: best.user, d: best.d, start };
  };
  clients.forEach((c) => {
    let left = Math.round(c.hours * 60);
    if (left !== c.hours * 60) throw new Error(`${c.client}: hours not whole minutes`);
    const unbilled = UNBILLED[c.client] ?? 0.08;
    while (left > 0) {
      let minutes = Math.min(left, 5 * Math.round((30 + next() * 390) / 5));
      if (left - minutes < 15) minutes = left;
      left -= minutes;
      const [project, descriptions, tag] = PROJECTS[Math.floor(next() * PROJECTS.length)];
      const description = descriptions[Math.floor(next() * descriptions.length)];
      const billable = next() >= unbilled;
      entries.push({ client: TOGGL_NAME[c.client] ?? c.client, project, description, billable, tag, minutes, ...place(minutes) });
    }
  });
  for (const [project, description] of INTERNAL) {
    const minutes = 30 * (2 + Math.floor(next() * 6));
    entries.push({ client: '', project, description, billable: false, tag: '', minutes, ...place(minutes) });
  }
  entries.sort((a, b) => a.d - b.d || a.start - b.start || a.user - b.user);
  const lines = ['User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)'];
  for (const e of entries) {
    const [name, mail] = USERS[e.user];
    const amount = e.billable ? ((e.minutes * RATE) / 60).toFixed(2) : '';
    lines.push([
      name, `${mail}@devries-installatie.example`, e.client, e.project, '', e.description, e.billable ? 'Yes' : 'No',
      iso(e.d), clock(e.start), iso(e.d), clock(e.start + e.minutes), clock(e.minutes), e.tag, amount,
    ].map((v) => csvField(v, ',')).join(','));
  }
  return `\ufeff${lines.join('\n')}\n`;
}

/** Writes both exports into `dir`; returns their paths. */
export function writeDemoExports(dir, clients) {
  mkdirSync(dir, { recursive: true });
  const toggl = join(dir, 'uren-toggl.csv');
  const invoices = join(dir, 'facturen.csv');
  writeFileSync(toggl, demoTimeEntries(clients));
  writeFileSync(invoices, demoInvoices(clients));
  return [toggl, invoices];
}
