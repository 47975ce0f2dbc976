/**
 * Checks settings that arrive from outside the type system (CLI flags and settings files, a sidebar, stored
 * document properties): known keys only, values of the right kind, and values that make sense:
 * real dates, shares in 0–1 (a `%` accepted in text), ABC limit A below limit B, costs and amounts ≥ 0, counts
 * whole. Pure, so every host validates the same way and says the same sentence (`settingIssueText`, naming the
 * setting, the value and what is allowed, in the user's language). What is wrong is reported per key and left
 * out; the rest is kept, so one bad value does not throw away the others. `resolveSettings` applies the same
 * rules (`settingValueAllowed`) as a last guard, so a value no check saw can never reach a figure.
 */
import { fill, formatNumber, formatPercent, type Catalogue } from './i18n.js';
import type { Language } from './types.js';
import { parseNumberText } from './numbers.js';
import { isNumberKind, SETTING_LIST, SETTINGS, type SettingDefinition, type SettingRule } from './settings-registry.js';
import type { Settings } from './types.js';

export type { SettingRule } from './settings-registry.js';

export type SettingIssue = {
  key: string;
  kind: 'unknownKey' | 'badValue' | 'outOfRange';
  /** A short, language-neutral hint (kept for callers that fill SETTING_ISSUE_MESSAGES themselves). */
  expected: string;
  /** The value given, as given. */
  value?: unknown;
  rule?: SettingRule;
  /** Both ABC limits, for the sentence of a `limitOrder` issue. */
  limits?: { a: number; b: number };
};

/** The rule of every numeric setting (derived from the registry, settings-registry.ts). */
export const NUMBER_RULES: Readonly<Partial<Record<keyof Settings, SettingRule>>> = Object.fromEntries(
  SETTING_LIST.filter((entry) => isNumberKind(entry.kind)).map((entry) => [entry.key, entry.rule]),
);

const LIMIT_A = SETTINGS.abcLimitA.default;
const LIMIT_B = SETTINGS.abcLimitB.default;

function choicesOf(entry: SettingDefinition | undefined): readonly string[] {
  return (entry?.choices ?? []).map((choice) => choice.value);
}

function entryOf(key: string, list: readonly SettingDefinition[] = SETTING_LIST): SettingDefinition | undefined {
  return list.find((entry) => entry.key === key);
}

const EXPECTED: Record<SettingRule, string> = {
  share: '0–1', decline: '-1–0', amount: '≥ 0', count: '0, 1, 2, …', positive: '> 0', score: '1–5', date: 'YYYY-MM-DD',
  choice: '', number: 'a number', limitOrder: 'abcLimitA < abcLimitB', tiers: '[{ "revenueFrom": 10000, "discount": 0.05 }, …]',
  drivers: '[{ "column": "Retouren", "costPerUnit": 80, "label": "Retouren" }, …]', object: '{ … }',
};

/** Whether a number obeys its rule. */
export function ruleAllows(rule: SettingRule, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  switch (rule) {
    case 'share': return value >= 0 && value <= 1;
    case 'decline': return value >= -1 && value <= 0;
    case 'amount': return value >= 0;
    case 'count': return value >= 0 && Number.isInteger(value);
    case 'positive': return value > 0;
    case 'score': return value >= 1 && value <= 5;
    default: return true;
  }
}

/** A date that exists: `2025-02-30` is refused (JavaScript's Date would read it as 2 March). */
export function isRealDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether `value` is allowed for `key` on its own (used by `resolveSettings` as its last guard). */
export function settingValueAllowed(key: keyof Settings, value: unknown): boolean {
  const entry = SETTINGS[key] as SettingDefinition;
  if (entry.rule === 'date') return value === null || isRealDate(value);
  if (!isNumberKind(entry.kind)) return true;
  if (value === null) return entry.default === null;
  return typeof value === 'number' && ruleAllows(entry.rule, value);
}

/** Short sentences for callers that only pass `key` and `expected` (the Excel taskpane and the Sheets sidebar). */
export const SETTING_ISSUE_MESSAGES: Catalogue<SettingIssue['kind']> = {
  nl: { unknownKey: 'Onbekende instelling "{key}"; genegeerd.', badValue: 'Instelling "{key}": verwacht {expected}; genegeerd.', outOfRange: 'Instelling "{key}": toegestaan is {expected}; genegeerd.' },
  en: { unknownKey: 'Unknown setting "{key}"; ignored.', badValue: 'Setting "{key}": expected {expected}; ignored.', outOfRange: 'Setting "{key}": allowed is {expected}; ignored.' },
  de: { unknownKey: 'Unbekannte Einstellung „{key}“; ignoriert.', badValue: 'Einstellung „{key}“: erwartet {expected}; ignoriert.', outOfRange: 'Einstellung „{key}“: erlaubt ist {expected}; ignoriert.' },
};

type SentenceId = 'unknownKey' | 'invalid' | 'ignored' | 'blank';
const SENTENCES: Catalogue<SentenceId> = {
  nl: {
    unknownKey: 'Onbekende instelling "{key}". Bekende instellingen: {known}.',
    invalid: 'Instelling {label} ({key}): {value} kan niet; {allowed}.',
    ignored: '{sentence} De waarde is genegeerd.',
    blank: 'leeg',
  },
  en: {
    unknownKey: 'Unknown setting "{key}". Known settings: {known}.',
    invalid: 'Setting {label} ({key}): {value} is not possible; {allowed}.',
    ignored: '{sentence} The value was ignored.',
    blank: 'empty',
  },
  de: {
    unknownKey: 'Unbekannte Einstellung „{key}“. Bekannte Einstellungen: {known}.',
    invalid: 'Einstellung {label} ({key}): {value} geht nicht; {allowed}.',
    ignored: '{sentence} Der Wert wurde ignoriert.',
    blank: 'leer',
  },
};

/** What each rule allows, in words and in the language's own number notation. */
const ALLOWED: Catalogue<SettingRule> = {
  nl: {
    share: 'toegestaan is een aandeel van 0 tot 1, of 0 % tot 100 % (bv. 0,5 of 50%)',
    decline: 'toegestaan is een daling van 0 tot -1, of 0 % tot -100 % (bv. -0,2 of -20%)',
    amount: 'toegestaan is een getal van 0 of meer',
    count: 'toegestaan is een geheel getal van 0 of meer',
    positive: 'toegestaan is een getal groter dan 0',
    score: 'toegestaan is een score van 1 tot 5',
    date: 'toegestaan is een bestaande datum als 2026-12-31',
    choice: 'toegestaan is een van: {choices}',
    number: 'toegestaan is een getal',
    limitOrder: 'ABC-grens A ({a}) moet kleiner zijn dan ABC-grens B ({b})',
    tiers: 'verwacht een lijst als [{ "revenueFrom": 10000, "discount": 0.05 }], met omzet vanaf 0 of meer en korting van 0 tot 1',
    drivers: 'verwacht een lijst als [{ "column": "Retouren", "costPerUnit": 80 }], met kosten per eenheid van 0 of meer',
    object: 'verwacht een object { … }',
  },
  en: {
    share: 'allowed is a share from 0 to 1, or 0 % to 100 % (e.g. 0.5 or 50%)',
    decline: 'allowed is a fall from 0 to -1, or 0 % to -100 % (e.g. -0.2 or -20%)',
    amount: 'allowed is a number, 0 or more',
    count: 'allowed is a whole number, 0 or more',
    positive: 'allowed is a number greater than 0',
    score: 'allowed is a score from 1 to 5',
    date: 'allowed is a date that exists, like 2026-12-31',
    choice: 'allowed is one of: {choices}',
    number: 'allowed is a number',
    limitOrder: 'ABC limit A ({a}) must be less than ABC limit B ({b})',
    tiers: 'expected a list like [{ "revenueFrom": 10000, "discount": 0.05 }], revenue from 0 or more, discount from 0 to 1',
    drivers: 'expected a list like [{ "column": "Retouren", "costPerUnit": 80 }], cost per unit 0 or more',
    object: 'expected an object { … }',
  },
  de: {
    share: 'erlaubt ist ein Anteil von 0 bis 1 oder 0 % bis 100 % (z. B. 0,5 oder 50%)',
    decline: 'erlaubt ist ein Rückgang von 0 bis -1 oder 0 % bis -100 % (z. B. -0,2 oder -20%)',
    amount: 'erlaubt ist eine Zahl ab 0',
    count: 'erlaubt ist eine ganze Zahl ab 0',
    positive: 'erlaubt ist eine Zahl größer als 0',
    score: 'erlaubt ist eine Bewertung von 1 bis 5',
    date: 'erlaubt ist ein existierendes Datum wie 2026-12-31',
    choice: 'erlaubt ist eines von: {choices}',
    number: 'erlaubt ist eine Zahl',
    limitOrder: 'ABC-Grenze A ({a}) muss kleiner sein als ABC-Grenze B ({b})',
    tiers: 'erwartet eine Liste wie [{ "revenueFrom": 10000, "discount": 0.05 }], Umsatz ab 0, Rabatt von 0 bis 1',
    drivers: 'erwartet eine Liste wie [{ "column": "Retouren", "costPerUnit": 80 }], Kosten je Einheit ab 0',
    object: 'erwartet ein Objekt { … }',
  },
};

function shownValue(value: unknown, rule: SettingRule | undefined, language: Language): string {
  if (value === null || value === undefined || value === '') return SENTENCES[language].blank;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value);
    // A share is shown both ways: "1,5 (150 %)" tells someone who typed 150% what was read.
    const plain = formatNumber(value, language, 6);
    return rule === 'share' || rule === 'decline' ? `${plain} (${formatPercent(value, language, 4)})` : plain;
  }
  if (typeof value === 'string') return `"${value}"`;
  try {
    const json = JSON.stringify(value);
    return json.length > 60 ? `${json.slice(0, 57)}…` : json;
  } catch {
    return String(value);
  }
}

/**
 * The sentence for one issue, naming the setting (its label and key), the value and what is allowed, in the
 * user's language. `ignored` adds that the value was left out (the panes go on; the CLI stops instead).
 */
export function settingIssueText(issue: SettingIssue, language: Language, options: { ignored?: boolean } = {}): string {
  const sentences = SENTENCES[language];
  let sentence: string;
  if (issue.kind === 'unknownKey') {
    sentence = fill(sentences.unknownKey, { key: issue.key, known: SETTING_LIST.map((entry) => entry.key).join(', ') });
  } else {
    const rule = issue.rule ?? 'number';
    const entry = entryOf(issue.key);
    const label = entry?.label[language] ?? issue.key;
    const limits = issue.limits ?? { a: LIMIT_A, b: LIMIT_B };
    const allowed = fill(ALLOWED[language][rule], {
      choices: choicesOf(entry).join(', '), a: formatNumber(limits.a, language, 6), b: formatNumber(limits.b, language, 6),
    });
    sentence = fill(sentences.invalid, { label, key: issue.key, value: shownValue(issue.value, rule, language), allowed });
  }
  return options.ignored ? fill(sentences.ignored, { sentence }) : sentence;
}

/**
 * Reads a numeric setting given as text (a CLI flag, a JSON string such as "60%"). A `%` makes it a share.
 * Returns null when the text is no number.
 */
export function settingNumberFromText(text: string, language: Language): number | null {
  const parsed = parseNumberText(text, language);
  return parsed.ok ? parsed.value : null;
}

/**
 * The valid part of `input` as settings, and what was wrong with the rest. Each key is checked by its registry
 * entry's rule (`list`: the registry to check against, the real one unless a test passes another).
 */
export function checkSettings(
  input: unknown, language: Language = 'nl', list: readonly SettingDefinition[] = SETTING_LIST,
): { settings: Partial<Settings>; issues: SettingIssue[] } {
  const issues: SettingIssue[] = [];
  const out: Record<string, unknown> = {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { settings: {}, issues: [{ key: '', kind: 'badValue', expected: EXPECTED.object, value: input, rule: 'object' }] };
  }
  for (const [key, given] of Object.entries(input)) {
    if (given === undefined) continue;
    const entry = entryOf(key, list);
    if (!entry) {
      issues.push({ key, kind: 'unknownKey', expected: '' });
      continue;
    }
    const checked = checkValue(entry, given, language);
    if ('issue' in checked) {
      const { rule, kind } = checked.issue;
      issues.push({ key, kind, expected: rule === 'choice' ? choicesOf(entry).join(' | ') : EXPECTED[rule], value: given, rule });
    } else out[key] = checked.value;
  }
  // Limit A must stay below limit B, whichever of them was given (the other then at its default).
  const limitA = (out.abcLimitA as number | undefined) ?? LIMIT_A;
  const limitB = (out.abcLimitB as number | undefined) ?? LIMIT_B;
  if (('abcLimitA' in out || 'abcLimitB' in out) && !(limitA < limitB)) {
    const key = 'abcLimitA' in out ? 'abcLimitA' : 'abcLimitB';
    issues.push({ key, kind: 'outOfRange', expected: EXPECTED.limitOrder, value: out[key], rule: 'limitOrder', limits: { a: limitA, b: limitB } });
    delete out.abcLimitA;
    delete out.abcLimitB;
  }
  return { settings: out as Partial<Settings>, issues };
}

type Checked = { value: unknown } | { issue: { rule: SettingRule; kind: SettingIssue['kind'] } };

/** One value by its entry's rule: the value to keep, or what is wrong. */
function checkValue(entry: SettingDefinition, given: unknown, language: Language): Checked {
  const bad = (rule: SettingRule, kind: SettingIssue['kind'] = 'badValue'): Checked => ({ issue: { rule, kind } });
  switch (entry.rule) {
    case 'tiers':
      if (Array.isArray(given) && given.every((t) => isNumberIn(t?.revenueFrom, 'amount') && isNumberIn(t?.discount, 'share'))) {
        return { value: given.map((t: { revenueFrom: number; discount: number }) => ({ revenueFrom: t.revenueFrom, discount: t.discount })) };
      }
      return bad('tiers');
    case 'drivers':
      if (Array.isArray(given) && given.every((d) => typeof d?.column === 'string' && isNumberIn(d?.costPerUnit, 'amount') && (d.label === undefined || d.label === null || typeof d.label === 'string'))) {
        return { value: given.map((d: { column: string; costPerUnit: number; label?: string | null }) => ({ column: d.column, costPerUnit: d.costPerUnit, label: d.label || d.column })) };
      }
      return bad('drivers');
    case 'choice': {
      // Case does not matter to a person typing "nl"; the stored value is the canonical spelling.
      const match = typeof given === 'string' ? choicesOf(entry).find((c) => c.toLowerCase() === given.trim().toLowerCase()) : undefined;
      return match ? { value: match } : bad('choice');
    }
    case 'date': {
      const text = typeof given === 'string' ? given.trim() : given;
      return text === null || isRealDate(text) ? { value: text } : bad('date');
    }
    default:
      return checkNumber(entry, given, language);
  }
}

function checkNumber(entry: SettingDefinition, given: unknown, language: Language): Checked {
  const rule = entry.rule;
  const nullable = entry.default === null;
  // Text is read as a number in the user's notation ("0,5", "50%"); an empty text is "not set" where allowed.
  let value: unknown = given;
  if (typeof given === 'string') value = given.trim() === '' && nullable ? null : settingNumberFromText(given, language) ?? given;
  if (value === null && nullable) return { value: null };
  if (typeof value !== 'number' || !Number.isFinite(value)) return { issue: { rule, kind: 'badValue' } };
  if (!ruleAllows(rule, value)) return { issue: { rule, kind: 'outOfRange' } };
  return { value };
}

function isNumberIn(value: unknown, rule: SettingRule): value is number {
  return typeof value === 'number' && ruleAllows(rule, value);
}
