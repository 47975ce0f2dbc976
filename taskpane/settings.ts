/**
 * The settings form's model: which settings the pane edits and how a typed text becomes a setting value. Pure
 * (tested in Node); the values are checked by the core (`checkSettings`) before they are stored.
 */
import {
  checkSettings, countryOfLanguage, fill, formatNumber, formatPercent, parseNumberText, resolveSettings, SETTING_LIST, SOURCE_LABELS, STATUTORY_RATES, withLanguageCountry,
  type Language, type Notation, type SettingDefinition, type SettingKind, type Settings,
} from '../src/core/index.js';
import { TEXT } from './text.js';

export type { SettingKind } from '../src/core/index.js';

/** One field of the form: a registry entry the panes edit (settings-registry.ts), with its texts in a language. */
export type PaneField = {
  key: string;
  kind: SettingKind;
  label: string;
  help: string;
  choices: { value: string; text: string }[];
};

/** The form's fields, in registry order (`list`: the registry, the real one unless a test passes another). */
export function paneFields(language: Language, list: readonly SettingDefinition[] = SETTING_LIST): PaneField[] {
  return list.filter((entry) => entry.pane).map((entry) => ({
    key: entry.key,
    kind: entry.kind,
    label: entry.label[language],
    help: entry.help[language],
    choices: (entry.choices ?? []).map((choice) => ({ value: choice.value, text: (choice.long ?? choice.label)[language] })),
  }));
}

/** Every setting the panes edit, with how it is typed (from the registry). */
export const SETTING_KINDS: Partial<Record<keyof Settings, SettingKind>> = Object.fromEntries(
  SETTING_LIST.filter((entry) => entry.pane).map((entry) => [entry.key, entry.kind]),
);

export const SETTING_KEYS = Object.keys(SETTING_KINDS) as (keyof Settings)[];

/** The notation people type numbers in, per UI language. */
export const NOTATION: Record<Language, Notation> = { nl: 'nl', en: 'en', de: 'de' };

/**
 * A typed text as a setting value: `''` is "not set" (the default applies), a number in the language's notation;
 * a percentage may be typed as `8 %`, `8` or `0,08` (a bare number above 1 is a percentage, as for discounts).
 * `undefined`: not a number.
 */
export function parseSetting(text: string, kind: SettingKind, language: Language): number | null | undefined {
  if (text.trim() === '') return null;
  const parsed = parseNumberText(text, NOTATION[language]);
  if (!parsed.ok) return undefined;
  if (kind === 'percent' && !parsed.percent && Math.abs(parsed.value) > 1) return parsed.value / 100;
  return parsed.value;
}

/** A stored value as the user types it back. */
export function showSetting(value: unknown, kind: SettingKind, language: Language): string {
  if (typeof value !== 'number') return typeof value === 'string' ? value : '';
  if (kind === 'percent') return formatPercent(value, language, 4);
  return formatNumber(value, language, 4);
}


const KNOWN_HALF_YEARS: ReadonlySet<string> = new Set(STATUTORY_RATES.map((entry) => entry.halfYear));

/**
 * The default and where it comes from, as the analysis sheet's settings table says it. The interest rate's
 * default is the statutory rate of the country and period end the user chose (`settings`), over exactly the
 * half-years that analysis averages, naming those past the table's end (the last known rate, assumed).
 */
export function defaultHint(
  key: string, language: Language, today: string, list: readonly SettingDefinition[] = SETTING_LIST, settings: Partial<Settings> = {},
): { value: string | null; source: string | null } {
  const entry = list.find((e) => e.key === key);
  const labels = SOURCE_LABELS[language];
  const known = entry?.source;
  const source = known === undefined ? null : typeof known === 'object' ? fill(labels.literature, { source: known.literature }) : labels[known];
  if (entry?.report?.show === 'interest') {
    const chosen = withLanguageCountry({ country: settings.country, periodEnd: settings.periodEnd ?? null }, language);
    const resolved = resolveSettings(chosen, today);
    const statutory = resolved.interestSource.kind === 'statutory' ? resolved.interestSource : null;
    const assumed = statutory ? statutory.halfYears.filter((halfYear) => !KNOWN_HALF_YEARS.has(halfYear)) : [];
    const said = statutory ? fill(labels.statutory, { country: statutory.country, halfYears: statutory.halfYears.join(', '), source: statutory.source }) : null;
    return {
      value: formatPercent(resolved.interestRateUsed, language, 2),
      source: said && assumed.length > 0 ? `${said}; ${fill(TEXT[language].interestAssumed, { halfYears: assumed.join(', ') })}` : said,
    };
  }
  if (key === 'country') return { value: countryOfLanguage(language), source: TEXT[language].countryFromLanguage };
  const fallback = entry?.default;
  if (typeof fallback === 'number') return { value: entry!.kind === 'percent' ? formatPercent(fallback, language) : formatNumber(fallback, language), source };
  if (typeof fallback === 'string') return { value: fallback, source };
  return { value: null, source };
}

/** The list settings the form edits as a table: discount tiers and extra cost drivers (types.ts). */
export type ListKey = 'discountTiers' | 'extraDrivers';
export const LIST_KEYS: readonly ListKey[] = ['discountTiers', 'extraDrivers'];

/** One input of a list row: a number by its kind and rule (checked by `checkSettings`), or a text. */
export type ListCell = { name: string; kind: 'money' | 'percent' | 'text'; required: boolean };

/** The inputs of each list's row, in the core's types' order (`DiscountTier`, `ExtraDriver`). */
export const LIST_CELLS: Record<ListKey, readonly ListCell[]> = {
  discountTiers: [{ name: 'revenueFrom', kind: 'money', required: true }, { name: 'discount', kind: 'percent', required: true }],
  extraDrivers: [{ name: 'column', kind: 'text', required: true }, { name: 'costPerUnit', kind: 'money', required: true }, { name: 'label', kind: 'text', required: false }],
};

const none = { nl: '', en: '', de: '' };
const cellRule = (key: string, kind: SettingKind, rule: SettingDefinition['rule']): SettingDefinition => ({
  key, kind, rule, default: 0, label: none, help: none, report: null, pane: false, flag: false,
});
/** The rules of a row's numbers, as the core's check applies them to a whole list (`checkSettings`' tiers and drivers). */
const CELL_RULES: readonly SettingDefinition[] = [cellRule('revenueFrom', 'money', 'amount'), cellRule('discount', 'percent', 'share'), cellRule('costPerUnit', 'money', 'amount')];

/** Why a cell is refused: empty, not a number, or a number outside its rule (0 or more; 0 % to 100 %). */
export type CellError = 'cellRequired' | 'invalidNumber' | 'rangeAmount' | 'rangeShare';

/** A stored list item as the texts of its row's inputs. */
export function showRow(key: ListKey, item: unknown, language: Language): Record<string, string> {
  const values = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
  return Object.fromEntries(LIST_CELLS[key].map((cell) => [cell.name, cell.kind === 'text' ? String(values[cell.name] ?? '') : showSetting(values[cell.name], cell.kind, language)]));
}

/** A row's typed texts as a list item, or what is wrong per input (the numbers' ranges by the core's check). */
export function readRow(
  key: ListKey, texts: Record<string, string>, language: Language,
): { ok: true; item: Record<string, unknown> } | { ok: false; errors: Record<string, CellError> } {
  const item: Record<string, unknown> = {};
  const errors: Record<string, CellError> = {};
  for (const cell of LIST_CELLS[key]) {
    const text = (texts[cell.name] ?? '').trim();
    if (text === '') {
      if (cell.required) errors[cell.name] = 'cellRequired';
      continue;
    }
    const value = cell.kind === 'text' ? text : parseSetting(text, cell.kind, language);
    if (value === undefined) errors[cell.name] = 'invalidNumber';
    else item[cell.name] = value;
  }
  const numbers = Object.fromEntries(Object.entries(item).filter(([name]) => CELL_RULES.some((rule) => rule.key === name)));
  for (const issue of checkSettings(numbers, language, CELL_RULES).issues) errors[issue.key] = issue.key === 'discount' ? 'rangeShare' : 'rangeAmount';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, item };
}
