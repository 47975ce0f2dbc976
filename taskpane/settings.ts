/**
 * The settings form's model: which settings the pane edits and how a typed text becomes a setting value. Pure
 * (tested in Node); the values are checked by the core (`checkSettings`) before they are stored.
 */
import {
  DEFAULT_SETTINGS, fill, formatNumber, formatPercent, parseNumberText, resolveSettings, SETTING_SOURCES, SOURCE_LABELS,
  type Language, type Notation, type Settings, type SourceId,
} from '../src/core/index.js';

export type SettingKind = 'money' | 'number' | 'percent' | 'date' | 'choice' | 'list';

/** Every setting, in the order of the analysis sheet's settings table, with how it is typed. */
export const SETTING_KINDS: Record<keyof Settings, SettingKind> = {
  hourlyCost: 'money', targetHourlyReturn: 'money', minutesPerCall: 'number', minutesPerEmail: 'number',
  minutesPerCorrectionRound: 'number', costPerVisit: 'money', costPerOrder: 'money', costPerInvoice: 'money',
  costPerFreeShipment: 'money', interestRate: 'percent', country: 'choice', periodEnd: 'date', repairThreshold: 'money',
  discountTiers: 'list', extraDrivers: 'list', abcMethod: 'choice', abcLimitA: 'percent', abcLimitB: 'percent',
  abcMeasure: 'choice', maxVisitsPerYear: 'number', minOrderSize: 'money', utilisation: 'percent',
  lateDaysThreshold: 'number', lateRemindersThreshold: 'number', manyCorrectionsThreshold: 'number',
  emergencyMaxOrders: 'number', emergencyTimeFactor: 'number', shrinkingTrend: 'percent', highPotentialScore: 'number',
};

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
export function defaultHint(key: keyof Settings, language: Language, today: string): { value: string | null; source: string | null } {
  const kind = SETTING_KINDS[key];
  const labels = SOURCE_LABELS[language];
  const sourceId = SETTING_SOURCES[key];
  const source = sourceId === undefined ? null : sourceId in labels ? labels[sourceId as SourceId] : fill(labels.literature, { source: sourceId });
  if (key === 'interestRate') {
    const resolved = resolveSettings({}, today);
    const statutory = resolved.interestSource.kind === 'statutory' ? resolved.interestSource : null;
    return {
      value: formatPercent(resolved.interestRateUsed, language, 2),
      source: statutory ? fill(labels.statutory, { country: statutory.country, halfYears: statutory.halfYears.join(', '), source: statutory.source }) : null,
    };
  }
  const fallback = DEFAULT_SETTINGS[key];
  if (fallback === null) return { value: null, source: kind === 'money' ? labels.userFigures : source };
  if (typeof fallback === 'number') return { value: kind === 'percent' ? formatPercent(fallback, language) : formatNumber(fallback, language), source };
  if (typeof fallback === 'string') return { value: fallback, source };
  return { value: null, source };
}
