/**
 * Checks settings that arrive as JSON from outside the type system (a sidebar, stored document properties, a
 * settings file): known keys only, values of the right kind. Pure, so every host validates the same way. What is
 * wrong is reported per key and left out; the rest is kept, so one bad value does not throw away the others.
 * (The CLI has its own stricter check that stops at the first error; it could use this one.)
 */
import { DEFAULT_SETTINGS } from './settings.js';
import type { Catalogue } from './i18n.js';
import type { Settings } from './types.js';

export type SettingIssue = { key: string; kind: 'unknownKey' | 'badValue'; expected: string };

const CHOICES: Partial<Record<keyof Settings, readonly string[]>> = {
  country: ['NL', 'DE'],
  abcMethod: ['fixed', 'computed'],
  abcMeasure: ['netProfit', 'revenue', 'hourlyReturn'],
};

export const SETTING_ISSUE_MESSAGES: Catalogue<SettingIssue['kind']> = {
  nl: { unknownKey: 'Onbekende instelling "{key}"; genegeerd.', badValue: 'Instelling "{key}": verwacht {expected}; genegeerd.' },
  en: { unknownKey: 'Unknown setting "{key}"; ignored.', badValue: 'Setting "{key}": expected {expected}; ignored.' },
  de: { unknownKey: 'Unbekannte Einstellung „{key}“; ignoriert.', badValue: 'Einstellung „{key}“: erwartet {expected}; ignoriert.' },
};

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isIsoDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));

/** The valid part of `input` as settings, and what was wrong with the rest. */
export function checkSettings(input: unknown): { settings: Partial<Settings>; issues: SettingIssue[] } {
  const issues: SettingIssue[] = [];
  const out: Record<string, unknown> = {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { settings: {}, issues: [{ key: '', kind: 'badValue', expected: '{ … }' }] };
  }
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (!(key in DEFAULT_SETTINGS)) {
      issues.push({ key, kind: 'unknownKey', expected: '' });
      continue;
    }
    const bad = (expected: string): void => {
      issues.push({ key, kind: 'badValue', expected });
    };
    const typedKey = key as keyof Settings;
    if (typedKey === 'discountTiers') {
      if (Array.isArray(value) && value.every((t) => isNumber(t?.revenueFrom) && isNumber(t?.discount))) {
        out[key] = value.map((t: { revenueFrom: number; discount: number }) => ({ revenueFrom: t.revenueFrom, discount: t.discount }));
      } else bad('[{ "revenueFrom": 10000, "discount": 0.05 }, …]');
      continue;
    }
    if (typedKey === 'extraDrivers') {
      if (Array.isArray(value) && value.every((d) => typeof d?.column === 'string' && isNumber(d?.costPerUnit) && (d.label === undefined || d.label === null || typeof d.label === 'string'))) {
        out[key] = value.map((d: { column: string; costPerUnit: number; label?: string | null }) => ({ column: d.column, costPerUnit: d.costPerUnit, label: d.label || d.column }));
      } else bad('[{ "column": "Retouren", "costPerUnit": 80, "label": "Retouren" }, …]');
      continue;
    }
    const choices = CHOICES[typedKey];
    const nullable = DEFAULT_SETTINGS[typedKey] === null;
    if (choices) {
      if (typeof value === 'string' && choices.includes(value)) out[key] = value;
      else bad(choices.join(' | '));
    } else if (typedKey === 'periodEnd') {
      if (value === null || isIsoDate(value)) out[key] = value;
      else bad('YYYY-MM-DD');
    } else if (isNumber(value) || (nullable && value === null)) {
      out[key] = value;
    } else {
      bad(nullable ? 'a number or null' : 'a number');
    }
  }
  return { settings: out as Partial<Settings>, issues };
}
