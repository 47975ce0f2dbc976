/**
 * Column choice: a column per field, from the headers' meanings (headers.ts), what the columns hold (sample.ts)
 * and the lines above the header (a report's name). A field that needs numbers is never fed by a column of
 * text; `incl. btw` only when nothing without VAT exists; the newest year is this period and the year before it
 * the previous one; period columns and a generic amount become revenue only where the table says so; a name
 * column beside a number column is the client and the number `clientNumber`; a total beside its billable subset
 * is the hours, and their difference the unbilled hours. Two equally good candidates are an ambiguity, left for
 * the user to settle.
 */
import { columnLetter } from '../a1.js';
import type { Field } from '../fields.js';
import { contextSaysRevenue, type HeaderMeaning, isBareNumberHeader, normaliseWords, periodOfHeader, VOCABULARY } from '../headers.js';
import type { ColumnMapping, ColumnReason, FieldMatch, MatchBasis, ProblemId } from '../types.js';
import { CONFIDENCE_SCORE, meaningOf } from './meaning.js';
import type { ColumnSample } from './sample.js';

type Candidate = { column: number; meaning: HeaderMeaning; score: number };
type Fields = ColumnMapping['fields'];

export type Chosen = {
  fields: Fields;
  reasons: ColumnReason[];
  ambiguous: Field[];
  notes: { id: ProblemId; column: number; other?: number; field?: Field }[];
};

/** What the choice works on: the header texts, the column samples and the lines above the header. */
type Table = { headers: readonly string[]; samples: readonly ColumnSample[]; context: readonly string[] };

const order = (a: Candidate, b: Candidate): number => b.score - a.score || a.column - b.column;

export function chooseColumns(headers: readonly string[], samples: readonly ColumnSample[], context: readonly string[] = []): Chosen {
  const table: Table = { headers, samples, context };
  const meanings = headers.map((header) => meaningOf(header));
  const reasons: ColumnReason[] = meanings.map((m, c) =>
    m.field ? 'header' : m.reason === 'unrecognised' && samples[c]?.numeric === false ? 'text' : m.reason,
  );
  const chosen: Chosen = { fields: {}, reasons, ambiguous: [], notes: [] };
  const byField = candidatesByField(meanings, samples, reasons);
  const periodYear = revenueYears(byField, chosen);
  for (const [field, list] of byField) pickWinner(table, field, keepPeriodYear(field, list, periodYear, reasons), chosen);
  if (!chosen.fields.revenue) revenueFromPeriods(table, chosen);
  hoursAndSubset(table, byField, chosen);
  hoursByValues(table, meanings, chosen);
  daysLateFromTerms(table, meanings, chosen);
  nameAndNumber(table, chosen);
  // A column feeds one field: the previous period's revenue never takes this period's column.
  for (const [field, match] of Object.entries(chosen.fields) as [Field, FieldMatch][]) {
    if (field !== 'revenue' && chosen.fields.revenue?.column === match.column) delete chosen.fields[field];
  }
  const used = new Set(Object.values(chosen.fields).map((match) => match!.column));
  for (const list of byField.values()) for (const c of list) if (!used.has(c.column) && reasons[c.column] === 'header') reasons[c.column] = 'otherChosen';
  return chosen;
}

/** The candidates of each field; a column of text never feeds a number field unless its header leaves no doubt. */
function candidatesByField(meanings: readonly HeaderMeaning[], samples: readonly ColumnSample[], reasons: ColumnReason[]): Map<Field, Candidate[]> {
  const byField = new Map<Field, Candidate[]>();
  meanings.forEach((meaning, column) => {
    if (!meaning.field) return;
    const needsNumbers = meaning.field !== 'client' && meaning.field !== 'contract' && meaning.field !== 'clientNumber';
    if (needsNumbers && samples[column]?.numeric === false && meaning.confidence !== 'high') {
      reasons[column] = 'text';
      return;
    }
    const list = byField.get(meaning.field) ?? [];
    list.push({ column, meaning, score: CONFIDENCE_SCORE[meaning.confidence] + meaning.rank });
    byField.set(meaning.field, list);
  });
  return byField;
}

/** Revenue's VAT and years: the year of this period (the newest), and the previous period's candidates. */
function revenueYears(byField: Map<Field, Candidate[]>, chosen: Chosen): number | null {
  const revenue = byField.get('revenue') ?? [];
  if (revenue.length === 0) return null;
  const withoutVat = revenue.filter((c) => c.meaning.vat !== 'incl');
  if (withoutVat.length > 0) {
    for (const c of revenue) if (c.meaning.vat === 'incl') chosen.reasons[c.column] = 'inclVat';
    byField.set('revenue', withoutVat);
  } else {
    chosen.notes.push({ id: 'revenueInclVat', column: [...revenue].sort(order)[0]!.column });
  }
  const kept = byField.get('revenue') ?? [];
  const years = [...new Set(kept.map((c) => c.meaning.year).filter((y): y is number => y !== null))].sort((a, b) => b - a);
  if (years.length >= 2 && !byField.has('previousRevenue')) {
    byField.set('previousRevenue', kept.filter((c) => c.meaning.year === years[1]).map((c) => ({ ...c, score: c.score - 0.5 })));
  }
  return years[0] ?? null;
}

/** Of a field's candidates, those of this period's year, else those without a year, else the newest. */
function keepPeriodYear(field: Field, candidates: Candidate[], periodYear: number | null, reasons: ColumnReason[]): Candidate[] {
  if (field === 'previousRevenue') return candidates;
  const years = candidates.map((c) => c.meaning.year).filter((y): y is number => y !== null);
  if (years.length === 0 || (periodYear === null && (field === 'revenue' || years.length < 2))) return candidates;
  const newest = Math.max(...years);
  let keep: Candidate[];
  if (periodYear !== null) {
    const same = candidates.filter((c) => c.meaning.year === periodYear);
    const none = candidates.filter((c) => c.meaning.year === null);
    keep = same.length > 0 ? same : none.length > 0 ? none : candidates.filter((c) => c.meaning.year === newest);
  } else {
    keep = candidates.filter((c) => c.meaning.year === newest || c.meaning.year === null);
  }
  for (const c of candidates) {
    if (keep.includes(c) || reasons[c.column] !== 'header') continue;
    reasons[c.column] = c.meaning.year !== null && c.meaning.year < (periodYear ?? newest) ? 'olderYear' : 'otherChosen';
  }
  return keep;
}

function match(table: Table, column: number, meaning: HeaderMeaning, candidates: Candidate[] = [], basis?: MatchBasis): FieldMatch {
  return {
    column,
    header: table.headers[column]!,
    letter: columnLetter(column),
    confidence: meaning.confidence,
    reason: 'header',
    scale: meaning.scale,
    ...(basis ? { basis } : {}),
    candidates: candidates.map((c) => ({ column: c.column, header: table.headers[c.column]! })),
  };
}

/** The best candidate; one as good as it is an ambiguity (except a billable subset beside its total: see below). */
function pickWinner(table: Table, field: Field, candidates: Candidate[], chosen: Chosen): void {
  const sorted = [...candidates].sort(order);
  const winner = sorted[0];
  if (!winner) return;
  const runnerUp = sorted[1];
  const subsetPair = field === 'hours' && sorted.slice(0, 2).some((c) => c.meaning.subset === 'billable');
  if (runnerUp && Math.abs(runnerUp.score - winner.score) < 0.25 && !subsetPair) {
    chosen.ambiguous.push(field);
    chosen.notes.push({ id: 'columnAmbiguous', column: winner.column, other: runnerUp.column, field });
  }
  chosen.fields[field] = match(table, winner.column, winner.meaning, sorted.slice(1));
}

/**
 * Revenue from period columns where no header names it: years (`2024/25`, `2025/26`; `Jan - Dec 2025`) → the
 * latest is revenue and the one before it the previous period's; parts of one year (`Q1 2025 … Q4 2025`) with
 * their total → the total; a generic amount (`Betrag`, `Amount`) → revenue when the report's name says so.
 */
function revenueFromPeriods(table: Table, chosen: Chosen): void {
  const periods = table.headers
    .map((header, column) => ({ column, period: table.samples[column]?.numeric ? periodOfHeader(header) : null }))
    .filter((p): p is { column: number; period: NonNullable<ReturnType<typeof periodOfHeader>> } => p.period !== null);
  const years = periods.filter((p) => p.period.kind === 'year').sort((a, b) => b.period.order - a.period.order);
  const parts = periods.filter((p) => p.period.kind === 'part');
  const total = periods.find((p) => p.period.kind === 'total');
  const fromHeader = (column: number): HeaderMeaning => ({ ...meaningOf(table.headers[column]!), confidence: 'medium', scale: 1 });
  if (years.length > 0) {
    chosen.fields.revenue = match(table, years[0]!.column, fromHeader(years[0]!.column), [], 'periodYears');
    if (years[1] && !chosen.fields.previousRevenue) chosen.fields.previousRevenue = match(table, years[1].column, fromHeader(years[1].column), [], 'periodYears');
    if (total) chosen.reasons[total.column] = 'derived';
    for (const p of parts) chosen.reasons[p.column] = 'derived';
    return;
  }
  if (parts.length >= 2 && total) {
    chosen.fields.revenue = match(table, total.column, fromHeader(total.column), [], 'periodTotal');
    for (const p of parts) chosen.reasons[p.column] = 'derived';
    return;
  }
  // A generic amount is revenue where the report's name says so, or beside hours: a time tracker's amount is
  // what the time was billed at (`Amount (EUR)` in Toggl, `Billable Amount` in Harvest).
  const byName = table.context.some(contextSaysRevenue);
  const beside = byName ? null : table.headers.findIndex((h, c) => table.samples[c]?.numeric === true && meaningOf(h).field === 'hours');
  if (!byName && (beside === null || beside < 0)) return;
  const generic = table.headers.findIndex((header, column) => table.samples[column]?.numeric === true && meaningOf(header).amount === 'generic');
  if (generic >= 0) chosen.fields.revenue = match(table, generic, fromHeader(generic), [], byName ? 'reportName' : 'amountBesideHours');
}

/**
 * Hours beside a billable subset (`Hours` and `Billable Hours`): the total is the hours (cost to serve counts all
 * of them), and total − billable the unbilled hours; a non-billable column is the unbilled hours itself.
 */
function hoursAndSubset(table: Table, byField: Map<Field, Candidate[]>, chosen: Chosen): void {
  const hours = byField.get('hours') ?? [];
  const totals = hours.filter((c) => c.meaning.subset !== 'billable').sort(order);
  const billable = hours.filter((c) => c.meaning.subset === 'billable').sort(order);
  if (totals.length === 0 || billable.length === 0) return;
  const total = totals[0]!;
  chosen.fields.hours = match(table, total.column, total.meaning, [...totals.slice(1), ...billable]);
  chosen.ambiguous = chosen.ambiguous.filter((f) => f !== 'hours');
  chosen.notes = chosen.notes.filter((n) => n.field !== 'hours');
  if (chosen.fields.unbilledHours) return;
  const subset = billable[0]!;
  chosen.fields.unbilledHours = {
    ...match(table, total.column, total.meaning, [], 'difference'),
    subtract: { column: subset.column, header: table.headers[subset.column]!, letter: columnLetter(subset.column) },
  };
  chosen.reasons[subset.column] = 'derived';
}

/** A column of durations (`12:30`, `125:30:00`) whose header names no field is the hours, when no header names them. */
function hoursByValues(table: Table, meanings: readonly HeaderMeaning[], chosen: Chosen): void {
  if (chosen.fields.hours) return;
  const taken = new Set(Object.values(chosen.fields).map((m) => m!.column));
  const column = table.samples.findIndex((sample, c) => sample.durations && !taken.has(c) && meanings[c]!.field === null && meanings[c]!.amount === undefined);
  if (column < 0) return;
  chosen.fields.hours = match(table, column, { ...meanings[column]!, confidence: 'medium', scale: 1 }, [], 'values');
  chosen.reasons[column] = 'header';
}

/** Days to pay beside the payment term (`Gem. betaaltermijn` and `Betalingstermijn`): days late is their difference. */
function daysLateFromTerms(table: Table, meanings: readonly HeaderMeaning[], chosen: Chosen): void {
  if (chosen.fields.daysLate) return;
  const numeric = (c: number): boolean => table.samples[c]?.numeric === true;
  const toPay = meanings.findIndex((m, c) => m.role === 'daysToPay' && numeric(c));
  const term = meanings.findIndex((m, c) => m.role === 'paymentTerm' && numeric(c));
  if (toPay < 0 || term < 0) return;
  chosen.fields.daysLate = {
    ...match(table, toPay, { ...meanings[toPay]!, confidence: 'medium', scale: 1 }, [], 'difference'),
    subtract: { column: term, header: table.headers[term]!, letter: columnLetter(term) },
  };
  chosen.reasons[term] = 'derived';
}

/**
 * The client is a name: a client column that holds numbers or codes gives way to a name column beside it and
 * becomes `clientNumber`; a list with only numbers uses them as names; an empty header over names (a report
 * layout several packages use) is the client when no header names one.
 */
function nameAndNumber(table: Table, chosen: Chosen): void {
  const { fields, reasons } = chosen;
  const names = (c: number): boolean => table.samples[c]?.names === true;
  const codes = (c: number): boolean => table.samples[c]?.codes === true;
  const taken = new Set(Object.values(fields).map((m) => m!.column));
  const nameColumn = (): number => {
    const clientLike = table.headers.findIndex((h, c) => !taken.has(c) && names(c) && (meaningOf(h).field === 'client' || meaningOf(h).field === 'clientNumber'));
    if (clientLike >= 0) return clientLike;
    const named = table.headers.findIndex((h, c) => !taken.has(c) && names(c) && normaliseWords(h).split(' ').some((w) => VOCABULARY.name.includes(w)));
    if (named >= 0) return named;
    return table.headers.findIndex((h, c) => !taken.has(c) && h === '' && names(c));
  };
  const client = fields.client;
  if (client && !codes(client.column) && !fields.clientNumber) {
    // `Relatienaam` beside `Debiteur` 10001: both read as the client; the one of codes is the number.
    const other = table.headers.findIndex((h, c) => c !== client.column && codes(c) && meaningOf(h).field === 'client');
    if (other >= 0) {
      fields.clientNumber = match(table, other, { ...meaningOf(table.headers[other]!), confidence: 'medium' });
      settle(chosen, 'client');
    } else {
      numberBeside(table, chosen, client.column);
    }
  }
  if (client && codes(client.column)) {
    const name = nameColumn();
    if (name < 0) return;
    if (!fields.clientNumber) fields.clientNumber = client;
    fields.client = match(table, name, { ...meaningOf(table.headers[name]!), confidence: 'medium' }, [], 'nameBesideNumber');
    reasons[name] = 'header';
    settle(chosen, 'client');
    return;
  }
  if (client) return;
  const name = nameColumn();
  if (name >= 0) {
    fields.client = match(table, name, { ...meaningOf(table.headers[name]!), confidence: 'medium' }, [], fields.clientNumber ? 'nameBesideNumber' : 'values');
    reasons[name] = 'header';
  } else if (fields.clientNumber) {
    fields.client = { ...fields.clientNumber, basis: 'numbersAsNames' };
    delete fields.clientNumber;
  }
}

/**
 * A number column right beside the name whose header only says it identifies (`Nummer`, `Kd.-Nr.`, `Code`) and
 * which holds codes: the client number. A column that names what it numbers (an invoice) has a field or stays out.
 */
function numberBeside(table: Table, chosen: Chosen, clientColumn: number): void {
  for (const column of [clientColumn - 1, clientColumn + 1]) {
    const header = table.headers[column];
    if (header === undefined || table.samples[column]?.codes !== true) continue;
    const meaning = meaningOf(header);
    if (meaning.reason !== 'identifier' || !isBareNumberHeader(header)) continue;
    chosen.fields.clientNumber = match(table, column, { ...meaning, confidence: 'medium' });
    chosen.reasons[column] = 'header';
    return;
  }
}

/** A doubt the values settled: no longer ambiguous, no warning. */
function settle(chosen: Chosen, field: Field): void {
  chosen.ambiguous = chosen.ambiguous.filter((f) => f !== field);
  chosen.notes = chosen.notes.filter((n) => !(n.id === 'columnAmbiguous' && n.field === field));
}
