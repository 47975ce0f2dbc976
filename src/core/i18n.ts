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
  // The template cut once at its placeholders (`/\{(\w+)\}/g`): literal, name, literal, …, literal. The report
  // fills a sentence per client, and a regular expression with a callback per call was a fifth of it.
  let parts = templates.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    if (templates.size > 1000) templates.clear();
    templates.set(template, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const value = params[parts[i]!];
    out += (value === undefined ? `{${parts[i]}}` : String(value)) + parts[i + 1]!;
  }
  return out;
}

const templates = new Map<string, string[]>();

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
  let fast = moneyShapes.get(language);
  if (fast === undefined) moneyShapes.set(language, (fast = moneyShape(format)));
  return (fast && quickMoney(amount, fast)) ?? format.format(amount);
}

/**
 * Intl's currency format as affixes and separators, for `quickMoney`. The report's advice sentences format a few
 * amounts per client, and `Intl.NumberFormat#format` was a tenth of writing a 200 000-client workbook.
 * Read from Intl's own output, and used only when it reproduces Intl on amounts that test the rounding, the sign
 * and the grouping (else null: Intl formats everything, as before).
 */
type MoneyShape = { plus: [string, string]; minus: [string, string]; group: string; decimal: string };
const moneyShapes = new Map<Language, MoneyShape | null>();

function moneyShape(format: Intl.NumberFormat): MoneyShape | null {
  const split = (text: string): { affixes: [string, string]; body: string } | null => {
    const first = text.search(/\d/);
    let last = text.length - 1;
    while (last >= 0 && !/\d/.test(text[last]!)) last--;
    return first < 0 ? null : { affixes: [text.slice(0, first), text.slice(last + 1)], body: text.slice(first, last + 1) };
  };
  const plus = split(format.format(1234567.25));
  const minus = split(format.format(-1234567.25));
  if (!plus || !minus || plus.body.length !== 12 || minus.body !== plus.body) return null;
  const shape: MoneyShape = { plus: plus.affixes, minus: minus.affixes, group: plus.body[1]!, decimal: plus.body[9]! };
  const probes = [0, -0, 0.004, 0.005, -0.005, 1.005, 2.675, 999.995, -999.995, 0.125, 1234.5, -1234.5, 12, 123456.785, 1e12 + 0.125, -0.001, 9999999999999.99, 0.1 + 0.2];
  for (const probe of probes) if (quickMoney(probe, shape) !== format.format(probe)) return null;
  return shape;
}

/**
 * `amount` with two decimals as Intl writes it: ICU rounds the shortest decimal that reads back as the number
 * (`String(amount)`), half away from zero (1.005 → 1,01, where `toFixed` gives 1,00), and shows the sign of any
 * negative amount (−0,001 → `-0,00`). Null outside the safe range (Intl formats those).
 */
function quickMoney(amount: number, shape: MoneyShape): string | null {
  const size = Math.abs(amount);
  // Cents stay exact integers below 2^53; below 1e-6 String() writes an exponent.
  if (!(size < 1e13) || (size !== 0 && size < 1e-6)) return null;
  let cents: number;
  const scaled = size * 100;
  const below = Math.floor(scaled);
  const part = scaled - below;
  if (size < 1e9 && Math.abs(part - 0.5) > 1e-4) {
    // Far from a half cent, rounding the product to the nearest cent is rounding the shortest decimal: below 1e9
    // the product's error and the decimal's distance from the double are each under 1e-5 cent. No digits made.
    cents = part > 0.5 ? below + 1 : below;
  } else {
    const digits = String(size);
    const dot = digits.indexOf('.');
    const whole = dot < 0 ? digits : digits.slice(0, dot);
    const fraction = dot < 0 ? '' : digits.slice(dot + 1);
    const up = fraction.length > 2 && fraction.charCodeAt(2) >= 53 ? 1 : 0; // a third digit 5..9: up (half away from zero)
    cents = Number(whole) * 100 + Number((fraction + '00').slice(0, 2)) + up;
  }
  const units = String(Math.floor(cents / 100));
  const rest = cents % 100;
  let grouped = units.length <= 3 ? units : '';
  if (units.length > 3) {
    const head = units.length % 3 || 3;
    grouped = units.slice(0, head);
    for (let i = head; i < units.length; i += 3) grouped += shape.group + units.slice(i, i + 3);
  }
  const [before, after] = amount < 0 || Object.is(amount, -0) ? shape.minus : shape.plus;
  return `${before}${grouped}${shape.decimal}${rest < 10 ? '0' : ''}${rest}${after}`;
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

/** `15 %` in Dutch and German (their style guides space the sign), `15%` in English. */
export function formatPercent(fraction: number, language: Language, maximumFractionDigits = 1): string {
  return `${formatNumber(fraction * 100, language, maximumFractionDigits)}${language === 'en' ? '' : ' '}%`;
}
