/** Display formats of the pane: whole euros in the headline tiles (the sheet keeps the cents), shares, counts. */
import { clientCount, fill, formatNumber, formatPercent, localeOf, type Language } from '../src/core/index.js';
import { TEXT, type TextId } from './text.js';

const euros = new Map<Language, Intl.NumberFormat>();

export function wholeEuros(amount: number, language: Language): string {
  let format = euros.get(language);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 });
    euros.set(language, format);
  }
  return format.format(amount);
}

export type Texts = {
  t: (id: TextId, params?: Record<string, string | number>) => string;
  money: (x: number | null) => string;
  pct: (x: number | null) => string;
  num: (x: number | null, digits?: number) => string;
  clients: (n: number) => string;
};

export function texts(language: Language): Texts {
  const table = TEXT[language];
  const na = table.notAvailable;
  return {
    t: (id, params) => fill(table[id], params),
    money: (x) => (x === null ? na : wholeEuros(x, language)),
    pct: (x) => (x === null ? na : formatPercent(x, language)),
    num: (x, digits = 0) => (x === null ? na : formatNumber(x, language, digits)),
    clients: (n) => clientCount(n, language),
  };
}
