/** The report's words: its labels in the user's language, dates and counts as that language writes them. */
import { fill, formatPercent } from '../i18n.js';
import type { Language } from '../types.js';
import { REPORT_LABELS, type ReportLabelId } from './labels.js';

/** What every section needs to say things: the labels, and "not available" (docs/DEFINITIONS.md §3) as text. */
export type ReportText = {
  language: Language;
  labels: Readonly<Record<ReportLabelId, string>>;
  label: (id: ReportLabelId, params?: Record<string, string | number>) => string;
  /** `n.v.t.`, `n/a`, `k. A.`: the text a figure that is not available shows, which `SUM` ignores. */
  na: string;
  /** A share as a percentage, or `na`. */
  pct: (x: number | null) => string;
};

export function reportText(language: Language): ReportText {
  const labels = REPORT_LABELS[language];
  const na = labels.notAvailable;
  return {
    language,
    labels,
    label: (id, params) => fill(labels[id], params),
    na,
    pct: (x) => (x === null ? na : formatPercent(x, language)),
  };
}

/** `2026-11-24` as the user's language writes dates. */
export function displayDate(iso: string, language: Language): string {
  const [y, m, d] = iso.split('-');
  if (language === 'de') return `${d}.${m}.${y}`;
  if (language === 'en') return `${d}/${m}/${y}`;
  return `${d}-${m}-${y}`;
}

/** "1 klant", "5 klanten" in the user's language. */
export function clientCount(count: number, language: Language): string {
  return count === 1 ? REPORT_LABELS[language].oneClient : fill(REPORT_LABELS[language].manyClients, { n: count });
}
