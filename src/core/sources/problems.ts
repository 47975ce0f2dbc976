/**
 * The problems of a build, said once per source and kind with their count and first row, in the user's language
 * (`messages.ts`). Nothing is assigned to a client in silence: rows without a client, outside the period, in a
 * second currency or a second file are each said.
 */
import { fill, localeOf, translate } from '../i18n.js';
import type { Language } from '../types.js';
import { FIELD_LABELS } from '../messages.js';
import type { BuildState } from './state.js';
import type { Figures } from './figures.js';
import { KIND_LABELS, SOURCE_FIELD_LABELS, SOURCE_PROBLEMS, SOURCE_WORDS } from './messages.js';
import type { SourceProblem, SourceProblemId } from './types.js';

const SEVERITY: Record<SourceProblemId, SourceProblem['severity']> = {
  sourceNotRecognised: 'error', sourceFieldMissing: 'error', outsidePeriod: 'warning', withoutClient: 'error', nearMatch: 'warning',
  dateOrderUndecided: 'blocking', unreadableDate: 'error', unreadableNumber: 'error', unreadableDuration: 'error', mixedCurrencies: 'error',
  invoiceInTwoFiles: 'warning', zeroDuration: 'warning', negativeDuration: 'error', endBeforeStart: 'error', inclVatOnly: 'warning',
  noLateness: 'warning', fieldFromTwoSources: 'warning', periodInvalid: 'blocking',
};

/** A date in words (`3 april 2025`), for the two readings of an undecidable slash date. */
function longDate(iso: string, language: Language): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

function readings(text: string, language: Language): { first: string; second: string } {
  const parts = /^\s*(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})/.exec(text);
  if (!parts) return { first: text, second: text };
  const year = parts[3]!.length === 2 ? 2000 + Number(parts[3]) : Number(parts[3]);
  const iso = (month: number, day: number): string => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const a = Number(parts[1]);
  const b = Number(parts[2]);
  const words = SOURCE_WORDS[language];
  return {
    first: fill(words.dayMonth, { date: longDate(iso(b, a), language) }),
    second: fill(words.monthDay, { date: longDate(iso(a, b), language) }),
  };
}

export function sourceProblems(state: BuildState, figures: Figures, language: Language): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const say = (id: SourceProblemId, source: number | null, at: { row?: number | null; column?: string | null; text?: string | null; count?: number }, params: Record<string, string | number> = {}): void => {
    const reader = source === null ? null : state.readers[source]!;
    const where = reader ? (reader.input.sheet !== undefined ? `${reader.input.file} (${reader.input.sheet})` : reader.input.file) : '';
    const count = at.count ?? 1;
    problems.push({
      id, severity: SEVERITY[id], source, row: at.row ?? null, column: at.column ?? null, text: at.text ?? null, count,
      message: fill(translate(SOURCE_PROBLEMS, language, id), { where, count, row: at.row ?? '', column: at.column ?? '', text: at.text ?? '', ...params }),
    });
  };
  if (state.periodInvalid) say('periodInvalid', null, { text: state.options.period ?? '' });
  const periodText = figures.period ? `${figures.period.from} – ${figures.period.to}` : '';
  state.readers.forEach((reader, s) => {
    const kind = reader.recognition.kind;
    if (kind === null) {
      const missing = reader.recognition.missing;
      const closest = reader.recognition.closest;
      if (reader.recognition.columns.length >= 2 && missing.length > 0 && closest) {
        say('sourceFieldMissing', s, {}, { kind: KIND_LABELS[language][closest], field: SOURCE_FIELD_LABELS[language][missing[0]!] });
      } else say('sourceNotRecognised', s, { text: reader.recognition.headers.filter((h) => h).slice(0, 12).join(', ') });
      return;
    }
    if (figures.unresolved[s]! > 0) {
      // Project-only entries whose project never named a client are entries without a client too.
      const tally = reader.tallies.get('withoutClient');
      if (tally) tally.count += figures.unresolved[s]!;
      else {
        let row = Infinity;
        for (const [project, first] of reader.projectFirstRow) if (!reader.projectClient.has(project)) row = Math.min(row, first);
        reader.tallies.set('withoutClient', { count: figures.unresolved[s]!, row: Number.isFinite(row) ? row : null, column: reader.recognition.columns.find((c) => c.field === 'client')?.header ?? null, text: '' });
      }
    }
    for (const [id, tally] of reader.tallies) {
      if (tally.count <= 0) continue;
      if (id === 'dateOrderUndecided') {
        say(id, s, { column: tally.params?.column ?? null, text: tally.text }, readings(tally.text ?? '', language));
        continue;
      }
      say(id, s, { row: tally.row, column: tally.column, text: tally.text, count: tally.count }, tally.params ?? {});
    }
    if (figures.outside[s]! > 0) say('outsidePeriod', s, { count: figures.outside[s]! }, { period: periodText });
    if (kind === 'invoices' && !reader.has('paidDate') && !reader.has('openAmount')) say('noLateness', s, {});
  });
  for (const field of figures.fromBoth) say('fieldFromTwoSources', null, {}, { field: FIELD_LABELS[language][field] });
  for (const match of figures.possibleMatches) say('nearMatch', null, { text: `${match.a} | ${match.b}` }, { name: match.a, other: match.b });
  return problems;
}

