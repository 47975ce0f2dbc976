/**
 * What the user chose, per document, in the document's properties (PropertiesService.getDocumentProperties()):
 * the settings and the hand mapping of columns, as the sidebar (the taskpane's UI) stores them —
 * `{ settings, mapping }` under one key. Everyone who opens this spreadsheet analyses with the same hourly cost
 * and columns, from the menu or the sidebar; another spreadsheet keeps its own. Checked by the core on the way
 * out (a value stored by an older version, or edited by hand, is reported and left out, never trusted).
 */
import {
  checkSettings, fill, FIELDS, settingIssueText, type Field, type Language, type SettingIssue, type Settings,
} from '../../core/index.js';
import type { Properties } from './api.js';

export const STATE_KEY = 'klantwaarde.state';
/** Apps Script: "Properties value size 9 KB / val" (quotas page); we stay a little under it. */
export const MAX_STATE_CHARS = 9_000;

/** As stored: unchecked JSON. */
export type StoredState = { settings?: unknown; mapping?: unknown };
/** A field to a header text or column index; `null`: the user said the field has no column (— niet gebruikt —). */
export type MappingOverrides = Partial<Record<Field, string | number | null>>;
export type CheckedState = { settings: Partial<Settings>; mapping: MappingOverrides; issues: SettingIssue[] };

const FIELD_SET: ReadonlySet<string> = new Set(FIELDS);

/** The stored state as stored (the sidebar checks it itself); `{}` when none or unreadable. */
export function rawState(properties: Properties): StoredState {
  const text = properties.getProperty(STATE_KEY);
  if (!text) return {};
  try {
    const json: unknown = JSON.parse(text);
    return typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as StoredState) : {};
  } catch {
    return {};
  }
}

/** A field → a header text, or a 0-based column index (the taskpane's rule, taskpane/analysis.ts checkState). */
export function checkMapping(mapping: unknown): MappingOverrides {
  const out: MappingOverrides = {};
  if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) return out;
  for (const [field, value] of Object.entries(mapping)) {
    const ok = FIELD_SET.has(field) && (value === null || (typeof value === 'string' && value !== '') || (Number.isInteger(value) && (value as number) >= 0));
    if (ok) out[field as Field] = value as string | number | null;
  }
  return out;
}

export function loadState(properties: Properties, language: Language = 'nl'): CheckedState {
  const raw = rawState(properties);
  const checked = checkSettings(raw.settings ?? {}, language);
  return { settings: checked.settings, mapping: checkMapping(raw.mapping), issues: checked.issues };
}

export class StateTooLarge extends Error {}

/** Stores the state as given (the sidebar checked it); too large for a property value is an error with its size. */
export function saveState(properties: Properties, state: StoredState, language: Language): void {
  const text = JSON.stringify({ settings: state.settings ?? {}, mapping: state.mapping ?? {} });
  if (text.length > MAX_STATE_CHARS) {
    throw new StateTooLarge(fill(TOO_LARGE[language], { size: text.length, max: MAX_STATE_CHARS }));
  }
  properties.setProperty(STATE_KEY, text);
}

const TOO_LARGE: Record<Language, string> = {
  nl: 'De instellingen zijn te groot om in dit document op te slaan ({size} tekens; maximaal {max}).',
  en: 'The settings are too large to store in this document ({size} characters; at most {max}).',
  de: 'Die Einstellungen sind zu groß, um sie in diesem Dokument zu speichern ({size} Zeichen; höchstens {max}).',
};

/** The core's sentence per ignored setting (the same text as the taskpane's and the CLI's). */
export function issueTexts(issues: readonly SettingIssue[], language: Language): string[] {
  return issues.map((issue) => settingIssueText(issue, language, { ignored: true }));
}
