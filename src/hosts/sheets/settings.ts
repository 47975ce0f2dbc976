/**
 * Settings per document, in the document's properties (PropertiesService.getDocumentProperties()): everyone
 * who opens this spreadsheet analyses with the same hourly cost, and another spreadsheet keeps its own.
 * Stored as one JSON value, checked by the core on the way in and on the way out (a value stored by an older
 * version, or edited by hand, is reported and left out, never trusted).
 */
import { checkSettings, SETTING_ISSUE_MESSAGES, type SettingIssue } from '../../core/settings-check.js';
import { fill } from '../../core/i18n.js';
import type { Language, Settings } from '../../core/index.js';
import type { Properties } from './api.js';

export const SETTINGS_KEY = 'klantwaarde.settings';
/** Apps Script: "Properties value size 9 KB / val" (quotas page); we stay a little under it. */
export const MAX_SETTINGS_CHARS = 9_000;

export type StoredSettings = { settings: Partial<Settings>; issues: SettingIssue[] };

export function loadSettings(properties: Properties): StoredSettings {
  const text = properties.getProperty(SETTINGS_KEY);
  if (!text) return { settings: {}, issues: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { settings: {}, issues: [{ key: SETTINGS_KEY, kind: 'badValue', expected: 'JSON' }] };
  }
  return checkSettings(json);
}

/** Checks and stores `input`; what is wrong is not stored and is returned. Throws when it is too large. */
export function saveSettings(properties: Properties, input: unknown): StoredSettings & { tooLarge: number | null } {
  const checked = checkSettings(input);
  const text = JSON.stringify(checked.settings);
  if (text.length > MAX_SETTINGS_CHARS) return { ...checked, tooLarge: text.length };
  properties.setProperty(SETTINGS_KEY, text);
  return { ...checked, tooLarge: null };
}

export function issueTexts(issues: readonly SettingIssue[], language: Language): string[] {
  return issues.map((issue) => fill(SETTING_ISSUE_MESSAGES[language][issue.kind], { key: issue.key, expected: issue.expected }));
}
