/**
 * The profile of the best clients (docs/DEFINITIONS.md §7): per ABC class, over its clients with revenue > 0, the
 * median of each measure (the contract share is a share of the clients whose contract is known); the three measures
 * where the C median lies furthest from the A median (|log(C / A)|, a zero median left out); and the sentence that
 * says them, in Dutch, English and German.
 *
 * Computed from the analysis's columns, so a large portfolio costs one pass per measure and a sort of each group's
 * values (n log n), never an object per client. A measure is absent (from a group, or from all) when the inputs do
 * not give it: no client of the portfolio has a value for its input (an absent column reads as 0 for every client,
 * docs/DEFINITIONS.md §1), or no client of the group has one.
 */
import { formatNumber, localeOf } from './i18n.js';
import { LANGUAGES, PROFILE_MEASURES, type ClientColumnsBase, type Language, type Profile, type ProfileGroup, type ProfileMeasure } from './types.js';

/** What the profile reads of an analysis: its input columns, each client's time and ABC class (0 A, 1 B, 2 C). */
export type ProfileInput = { columns: ClientColumnsBase; time: Float64Array; abcClass: Uint8Array };

/** Fewer A clients with revenue than this: no profile (docs/DEFINITIONS.md §7). */
export const MIN_PROFILE_CLIENTS = 3;

/**
 * Client i's value of a measure; `NaN` where it has none (no revenue, no orders for the revenue per order, no hours
 * for the unbilled share, an unknown contract). daysLate counts from 0: paying early is paying on time, as the
 * interest cost takes it (docs/DEFINITIONS.md §3). A discount counts only between 0 and 1 (docs/DEFINITIONS.md §3).
 */
export function measureOf(input: ProfileInput, i: number, measure: ProfileMeasure): number {
  const v = input.columns.values;
  const revenue = v.revenue[i]!;
  if (!(revenue > 0)) return NaN;
  switch (measure) {
    case 'revenue':
      return revenue;
    case 'revenuePerOrder':
      return v.orders[i]! > 0 ? revenue / v.orders[i]! : NaN;
    case 'timePer1000':
      return (input.time[i]! / revenue) * 1000;
    case 'visitsPer10000':
      return (v.visits[i]! / revenue) * 10000;
    case 'contactsPer1000':
      return ((v.calls[i]! + v.emails[i]!) / revenue) * 1000;
    case 'daysLate':
      return Math.max(v.daysLate[i]!, 0);
    case 'discountPct': {
      const d = v.discountPct[i]!;
      return d >= 0 && d < 1 ? d : NaN;
    }
    case 'unbilledShare':
      return v.hours[i]! > 0 ? v.unbilledHours[i]! / v.hours[i]! : NaN;
    case 'contractShare': {
      const known = input.columns.contract[i]!;
      return known < 0 ? NaN : known;
    }
  }
}

/** Whether any client of the portfolio has the input a measure needs (an absent column is 0 everywhere). */
function measureAvailable(input: ProfileInput, measure: ProfileMeasure): boolean {
  const v = input.columns.values;
  const any = (values: ArrayLike<number>, test: (x: number) => boolean): boolean => {
    for (let i = 0; i < values.length; i++) if (test(values[i]!)) return true;
    return false;
  };
  const nonZero = (x: number): boolean => x !== 0;
  switch (measure) {
    case 'revenue':
      return true;
    case 'revenuePerOrder':
      return any(v.orders, (x) => x > 0);
    case 'timePer1000':
      return any(input.time, (x) => x > 0);
    case 'visitsPer10000':
      return any(v.visits, nonZero);
    case 'contactsPer1000':
      return any(v.calls, nonZero) || any(v.emails, nonZero);
    case 'daysLate':
      return any(v.daysLate, nonZero);
    case 'discountPct':
      return any(v.discountPct, (x) => x > 0 && x < 1);
    case 'unbilledShare':
      return any(v.unbilledHours, (x) => x > 0);
    case 'contractShare':
      return any(input.columns.contract, (x) => x >= 0);
  }
}

/** The median of the finite values (sorted copy); `null` when there is none. */
export function medianOf(values: Float64Array): number | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = values.slice().sort();
  return n % 2 ? sorted[n >> 1]! : (sorted[(n >> 1) - 1]! + sorted[n >> 1]!) / 2;
}

/** The profile, or `null` under MIN_PROFILE_CLIENTS A clients with revenue. */
export function profileOf(input: ProfileInput): Profile | null {
  const n = input.columns.count;
  const revenue = input.columns.values.revenue;
  const members: number[][] = [[], [], []];
  for (let i = 0; i < n; i++) if (revenue[i]! > 0) members[input.abcClass[i]!]!.push(i);
  if (members[0]!.length < MIN_PROFILE_CLIENTS) return null;
  const groups: ProfileGroup[] = [{}, {}, {}];
  for (const measure of PROFILE_MEASURES) {
    if (!measureAvailable(input, measure)) continue;
    members.forEach((indices, g) => {
      const values = new Float64Array(indices.length);
      let k = 0;
      for (const i of indices) {
        const value = measureOf(input, i, measure);
        if (value === value) values[k++] = value;
      }
      const known = values.subarray(0, k);
      const value = measure === 'contractShare' ? (k > 0 ? known.reduce((a, b) => a + b, 0) / k : null) : medianOf(known);
      if (value !== null) groups[g]![measure] = value;
    });
  }
  const [a, b, c] = groups as [ProfileGroup, ProfileGroup, ProfileGroup];
  const measures = furthest(a, c, 3);
  const clients = { a: members[0]!.length, b: members[1]!.length, c: members[2]!.length };
  const sentence = Object.fromEntries(LANGUAGES.map((language) => [language, profileSentence(a, c, measures, language)])) as Record<Language, string>;
  return { clients, a, b, c, measures, sentence };
}

/**
 * The measures where `other` lies furthest from `base` by |log(other / base)|, furthest first (on a tie, in
 * PROFILE_MEASURES order), at most `count`; a measure missing or zero on either side is left out.
 */
export function furthest(base: ProfileGroup, other: ProfileGroup, count: number): ProfileMeasure[] {
  const scored: { measure: ProfileMeasure; distance: number; order: number }[] = [];
  PROFILE_MEASURES.forEach((measure, order) => {
    const x = base[measure];
    const y = other[measure];
    if (x === undefined || y === undefined || !(x > 0) || !(y > 0)) return;
    scored.push({ measure, distance: Math.abs(Math.log(y / x)), order });
  });
  scored.sort((p, q) => q.distance - p.distance || p.order - q.order);
  return scored.slice(0, count).map((s) => s.measure);
}

type Phrase = { best: string; other: string };

/**
 * How each measure is said: `best` for the best clients (`{value}` the figure), `other` for the C clients' figure
 * alone (the sentence's second half lists only figures, as docs/DEFINITIONS.md §7's example does).
 */
const PHRASES: Record<Language, Record<ProfileMeasure, Phrase>> = {
  nl: {
    revenue: { best: 'hebben gemiddeld {value} omzet', other: '{value}' },
    revenuePerOrder: { best: 'bestellen gemiddeld {value} per order', other: '{value}' },
    timePer1000: { best: 'vragen {value} uur per € 1.000 omzet', other: '{value} uur' },
    visitsPer10000: { best: 'krijgen {value} bezoeken per € 10.000 omzet', other: '{value} bezoeken' },
    contactsPer1000: { best: 'hebben {value} telefoontjes en e-mails per € 1.000 omzet', other: '{value} contacten' },
    daysLate: { best: 'betalen {value} dagen na de vervaldatum', other: '{value} dagen' },
    discountPct: { best: 'krijgen {value} korting', other: '{value}' },
    unbilledShare: { best: 'laten {value} van de uren onbetaald', other: '{value}' },
    contractShare: { best: 'hebben in {value} van de gevallen een contract', other: '{value}' },
  },
  en: {
    revenue: { best: 'bring in {value} of revenue on average', other: '{value}' },
    revenuePerOrder: { best: 'order {value} per order on average', other: '{value}' },
    timePer1000: { best: 'take {value} hours per €1,000 of revenue', other: '{value} hours' },
    visitsPer10000: { best: 'get {value} visits per €10,000 of revenue', other: '{value} visits' },
    contactsPer1000: { best: 'make {value} calls and e-mails per €1,000 of revenue', other: '{value} contacts' },
    daysLate: { best: 'pay {value} days after the due date', other: '{value} days' },
    discountPct: { best: 'get {value} discount', other: '{value}' },
    unbilledShare: { best: 'leave {value} of the hours unbilled', other: '{value}' },
    contractShare: { best: 'have a contract in {value} of cases', other: '{value}' },
  },
  de: {
    revenue: { best: 'bringen im Mittel {value} Umsatz', other: '{value}' },
    revenuePerOrder: { best: 'bestellen im Mittel {value} pro Auftrag', other: '{value}' },
    timePer1000: { best: 'brauchen {value} Stunden pro 1.000 € Umsatz', other: '{value} Stunden' },
    visitsPer10000: { best: 'bekommen {value} Besuche pro 10.000 € Umsatz', other: '{value} Besuche' },
    contactsPer1000: { best: 'haben {value} Anrufe und E-Mails pro 1.000 € Umsatz', other: '{value} Kontakte' },
    daysLate: { best: 'zahlen {value} Tage nach Fälligkeit', other: '{value} Tage' },
    discountPct: { best: 'erhalten {value} Rabatt', other: '{value}' },
    unbilledShare: { best: 'lassen {value} der Stunden unberechnet', other: '{value}' },
    contractShare: { best: 'haben zu {value} einen Vertrag', other: '{value}' },
  },
};

type SentenceId = 'best' | 'others' | 'and' | 'none';
const SENTENCE: Record<Language, Record<SentenceId, string>> = {
  nl: { best: 'Uw beste klanten', others: 'uw C-klanten', and: 'en', none: 'Uw beste klanten en uw C-klanten verschillen op geen van de gemeten punten.' },
  en: { best: 'Your best clients', others: 'your C clients', and: 'and', none: 'Your best clients and your C clients differ on none of the measured points.' },
  de: { best: 'Ihre besten Kunden', others: 'Ihre C-Kunden', and: 'und', none: 'Ihre besten Kunden und Ihre C-Kunden unterscheiden sich in keinem der gemessenen Punkte.' },
};

const wholeMoney = new Map<Language, Intl.NumberFormat>();

/**
 * A measure's figure as the sentence says it: money in whole euros, shares and discounts in whole percents, days
 * whole, hours, visits and contacts with one decimal below 10 (4,1 uur) and whole from 10 (19 uur).
 */
export function profileValueText(measure: ProfileMeasure, value: number, language: Language): string {
  if (measure === 'revenue' || measure === 'revenuePerOrder') {
    let format = wholeMoney.get(language);
    if (!format) {
      format = new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 });
      wholeMoney.set(language, format);
    }
    return format.format(value);
  }
  if (measure === 'discountPct' || measure === 'unbilledShare' || measure === 'contractShare') {
    return `${formatNumber(value * 100, language, 0)}${language === 'en' ? '%' : ' %'}`;
  }
  if (measure === 'daysLate') return formatNumber(value, language, 0);
  return formatNumber(value, language, Math.abs(value) < 10 ? 1 : 0);
}

const list = (parts: string[], and: string): string =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;

/** docs/DEFINITIONS.md §7's sentence: the best clients on the chosen measures, then the C clients' figures. */
export function profileSentence(a: ProfileGroup, c: ProfileGroup, measures: readonly ProfileMeasure[], language: Language): string {
  const words = SENTENCE[language];
  if (measures.length === 0) return words.none;
  const phrases = PHRASES[language];
  const best = measures.map((m) => phrases[m].best.replace('{value}', profileValueText(m, a[m]!, language)));
  const others = measures.map((m) => phrases[m].other.replace('{value}', profileValueText(m, c[m]!, language)));
  return `${words.best} ${list(best, words.and)}; ${words.others} ${list(others, words.and)}.`;
}
