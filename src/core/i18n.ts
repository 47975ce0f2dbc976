/**
 * The tiny machinery under every message catalogue: a catalogue is one `Record<Id, string>` per language, so a
 * missing translation fails the type check. Templates use `{name}` placeholders.
 */
import type { Language } from './types.js';

export type Catalogue<Id extends string> = Record<Language, Record<Id, string>>;
export type Params = Record<string, string | number>;

const LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE' };

/** BCP 47 locale for a language, for `Intl` formatting. */
export function localeOf(language: Language): string {
  return LOCALE[language];
}

/** Fills `{name}` placeholders; an unknown placeholder is left visible rather than silently dropped. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function translate<Id extends string>(
  catalogue: Catalogue<Id>,
  language: Language,
  id: Id,
  params?: Params,
): string {
  return fill(catalogue[language][id], params);
}

const moneyFormats = new Map<Language, Intl.NumberFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Euro amount as the user's language writes it (`€ 1.234,56` in Dutch). For messages, not for cells. */
export function formatMoney(amount: number, language: Language): string {
  let format = moneyFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'EUR' });
    moneyFormats.set(language, format);
  }
  return format.format(amount);
}

export function formatNumber(value: number, language: Language, maximumFractionDigits = 2): string {
  const key = `${language}:${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

export function formatPercent(fraction: number, language: Language, maximumFractionDigits = 1): string {
  return `${formatNumber(fraction * 100, language, maximumFractionDigits)} %`;
}
