/**
 * The settings form's model: which settings the pane edits and how a typed text becomes a setting value. Pure
 * (tested in Node); the values are checked by the core (`checkSettings`) before they are stored.
 */
import {
  fill, formatNumber, formatPercent, parseNumberText, resolveSettings, SETTING_LIST, SOURCE_LABELS,
  type Language, type Notation, type SettingDefinition, type SettingKind, type Settings,
} from '../src/core/index.js';

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

/** The default and where it comes from, as the analysis sheet's settings table says it. */
export function defaultHint(
  key: string, language: Language, today: string, list: readonly SettingDefinition[] = SETTING_LIST,
): { value: string | null; source: string | null } {
  const entry = list.find((e) => e.key === key);
  const labels = SOURCE_LABELS[language];
  const known = entry?.source;
  const source = known === undefined ? null : typeof known === 'object' ? fill(labels.literature, { source: known.literature }) : labels[known];
  if (entry?.report?.show === 'interest') {
    const resolved = resolveSettings({}, today);
    const statutory = resolved.interestSource.kind === 'statutory' ? resolved.interestSource : null;
    return {
      value: formatPercent(resolved.interestRateUsed, language, 2),
      source: statutory ? fill(labels.statutory, { country: statutory.country, halfYears: statutory.halfYears.join(', '), source: statutory.source }) : null,
    };
  }
  const fallback = entry?.default;
  if (typeof fallback === 'number') return { value: entry!.kind === 'percent' ? formatPercent(fallback, language) : formatNumber(fallback, language), source };
  if (typeof fallback === 'string') return { value: fallback, source };
  return { value: null, source };
}
