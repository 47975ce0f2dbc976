/**
 * Settings with the defaults of docs/DEFINITIONS.md §2 and §5, as declared in settings-registry.ts. `resolveSettings`
 * fills what the user left out and decides the interest rate (the user's own, else the statutory commercial rate
 * averaged over the period's 12 months).
 */
import { averageStatutoryRate, STATUTORY_SOURCE } from './interest.js';
import { isRealDate, settingValueAllowed } from './settings-check.js';
import { defaultsOf, isNumberKind, SETTING_LIST } from './settings-registry.js';
import type { Country, Language, ResolvedSettings, Settings } from './types.js';

/** Every setting's default, from the registry (settings-registry.ts), in its order. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(defaultsOf(SETTING_LIST) as Settings);

/** Where each default comes from, for the report's settings table (docs/DEFINITIONS.md §2, column "source"). */
export const SETTING_SOURCES: Partial<Record<keyof Settings, string>> = Object.fromEntries(
  SETTING_LIST.filter((entry) => entry.source !== undefined)
    .map((entry) => [entry.key, typeof entry.source === 'object' ? entry.source.literature : entry.source]),
);

/** The settings whose values have a rule beyond "a number" (every one but the lists; see settings-check.ts). */
const GUARDED = SETTING_LIST.filter((entry) => entry.kind !== 'list').map((entry) => entry.key as keyof Settings);
/** The numbers that may be "not set" (`null`). */
const NULLABLE_NUMBERS = SETTING_LIST.filter((entry) => isNumberKind(entry.kind) && entry.default === null).map((entry) => entry.key as keyof Settings);

/**
 * The country an unset `country` means where the user's language is known (the panes, Sheets' menu and functions):
 * the statutory rate of that language (docs/DEFINITIONS.md §2: NL by default, DE for German), so a German
 * bookkeeper who never opens the settings is not charged Dutch interest. Nothing is stored: a colleague's choice in
 * the workbook still wins.
 */
export function countryOfLanguage(language: Language): Country {
  return language === 'de' ? 'DE' : 'NL';
}

/** `settings` with the country of `language` where none is set. */
export function withLanguageCountry(settings: Partial<Settings>, language: Language): Partial<Settings> {
  return settings.country === undefined ? { ...settings, country: countryOfLanguage(language) } : settings;
}

/**
 * Today as ISO `YYYY-MM-DD`, the date where the code runs (the user's browser or machine, the script's time zone in
 * Apps Script): the UTC date was yesterday's until 01:00 in Amsterdam and until 14:00 in Kiritimati.
 */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function finiteOr<T>(value: unknown, fallback: T): number | T {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/**
 * Fills defaults and resolves the interest rate. Non-finite numbers fall back to the default: settings arrive
 * from JSON files, CLI flags and sidebars, and a `NaN` must never reach a figure.
 */
export function resolveSettings(input: Partial<Settings> = {}, today: string = todayIso()): ResolvedSettings {
  const merged: Settings = { ...DEFAULT_SETTINGS, ...stripUndefined(input) };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const fallback = DEFAULT_SETTINGS[key];
    if (typeof fallback === 'number') {
      (merged as Record<string, unknown>)[key] = finiteOr(merged[key], fallback);
    }
  }
  for (const key of NULLABLE_NUMBERS) {
    (merged as Record<string, unknown>)[key] = finiteOr(merged[key], null);
  }
  // The same rules the checks report (settings-check.ts), as a last guard: a utilisation of 150 % or a negative
  // cost that reached here unchecked falls back to its default instead of reaching a figure.
  for (const key of GUARDED) {
    if (!settingValueAllowed(key, merged[key])) (merged as Record<string, unknown>)[key] = DEFAULT_SETTINGS[key];
  }
  if (!(merged.abcLimitA < merged.abcLimitB)) {
    merged.abcLimitA = DEFAULT_SETTINGS.abcLimitA;
    merged.abcLimitB = DEFAULT_SETTINGS.abcLimitB;
  }
  if (merged.minOrderSize !== null && merged.minOrderSize <= 0) merged.minOrderSize = null;
  merged.discountTiers = (merged.discountTiers ?? [])
    .filter((tier) => Number.isFinite(tier.revenueFrom) && Number.isFinite(tier.discount) && tier.discount >= 0 && tier.discount <= 1)
    .slice()
    .sort((a, b) => a.revenueFrom - b.revenueFrom);
  merged.extraDrivers = (merged.extraDrivers ?? []).filter((driver) => Number.isFinite(driver.costPerUnit));
  if (merged.country !== 'DE') merged.country = 'NL';

  const periodEndUsed = merged.periodEnd !== null && isRealDate(merged.periodEnd) ? merged.periodEnd : today;
  if (merged.interestRate !== null) {
    return { ...merged, interestRateUsed: merged.interestRate, interestSource: { kind: 'user' }, periodEndUsed };
  }
  const statutory = averageStatutoryRate(periodEndUsed, merged.country);
  return {
    ...merged,
    interestRateUsed: statutory.rate,
    interestSource: {
      kind: 'statutory',
      country: merged.country,
      halfYears: statutory.halfYears,
      extrapolated: statutory.extrapolated,
      source: STATUTORY_SOURCE[merged.country],
    },
    periodEndUsed,
  };
}

function stripUndefined<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}
