/**
 * The settings of a run and the columns mapped by hand: the JSON file of `--settings` first (its `columns` object
 * maps columns), then `--column`, then the setting flags over the file. Checked by the core (`checkSettings`: the
 * same rules and sentences as the Excel taskpane and the Sheets sidebar); each problem is prefixed with where it
 * came from (the settings file or the flag), and all of them are said at once, so one run shows every value to
 * correct. Whatever cannot be used throws `UsageError` (exit code 2 in `main`).
 */
import { readFile } from 'node:fs/promises';
import { checkSettings, fill, FIELDS, settingIssueText, type Field, type Language, type Settings } from '../core/index.js';
import { kebab, SETTING_FLAGS, type FlagValues } from './args.js';
import { fieldByName, parseColumnFlag } from './mapping.js';
import { CLI_MESSAGES, type CliMessageId } from './messages.js';

/** A settings file, a column flag or a setting flag that cannot be used: the message says why. */
export class UsageError extends Error {}

export type SettingsInput = { settings: Partial<Settings>; columns: Partial<Record<Field, string | null>> };

type Say = (id: CliMessageId, params?: Record<string, string | number>) => string;

function checkedOrThrow(raw: Record<string, unknown>, language: Language, origin: (key: string) => string): Partial<Settings> {
  const checked = checkSettings(raw, language);
  if (checked.issues.length > 0) {
    throw new UsageError(checked.issues.map((issue) => `${origin(issue.key)}: ${settingIssueText(issue, language)}`).join('\n'));
  }
  return checked.settings;
}

/** The file's JSON object (a byte-order mark allowed). */
async function readJson(file: string, t: Say): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(t('settingsUnreadable', { file, detail: (error as Error).message }));
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(t('settingsUnreadable', { file, detail: (error as Error).message }));
  }
}

/** The `columns` object of a settings file, into `columns`: each field name to a header, a letter or null. */
function fileColumns(given: unknown, file: string, columns: SettingsInput['columns'], t: Say): void {
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new UsageError(t('settingsBadValue', { key: 'columns', file, detail: '{ "revenue": "Omzet excl. btw", "hours": "D" }' }));
  }
  for (const [name, target] of Object.entries(given)) {
    const field = fieldByName(name);
    if (!field || !(typeof target === 'string' || target === null)) {
      throw new UsageError(t('settingsBadValue', { key: `columns.${name}`, file, detail: `${FIELDS.join(', ')}: "header" | "C" | null` }));
    }
    columns[field] = target;
  }
}

/** The settings of the `--settings` file, its `columns` put into `columns`. */
async function settingsFile(file: string, language: Language, columns: SettingsInput['columns'], t: Say): Promise<Partial<Settings>> {
  let json = await readJson(file, t);
  if (json && typeof json === 'object' && !Array.isArray(json) && 'columns' in json) {
    const { columns: given, ...rest } = json as Record<string, unknown>;
    json = rest;
    fileColumns(given, file, columns, t);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new UsageError(t('settingsUnreadable', { file, detail: '{ … }' }));
  }
  return checkedOrThrow(json as Record<string, unknown>, language, () => file);
}

/** The settings and hand-mapped columns the flags give (the settings file included). Throws `UsageError`. */
export async function settingsInput(values: FlagValues, language: Language): Promise<SettingsInput> {
  const t: Say = (id, params) => fill(CLI_MESSAGES[language][id], params);
  let settings: Partial<Settings> = {};
  const columns: SettingsInput['columns'] = {};
  if (typeof values.settings === 'string') settings = await settingsFile(values.settings, language, columns, t);
  for (const text of (values.column as string[] | undefined) ?? []) {
    const parsedColumn = parseColumnFlag(text);
    if (!parsedColumn) throw new UsageError(t('badColumn', { value: text, fields: FIELDS.join(', ') }));
    columns[parsedColumn.field] = parsedColumn.target;
  }
  // Flags over the file, checked together so limit A < limit B holds across both.
  const fromFlags: Record<string, unknown> = {};
  for (const flag of SETTING_FLAGS) {
    const text = values[flag.flag];
    if (typeof text === 'string') fromFlags[flag.key] = text;
  }
  const fileName = typeof values.settings === 'string' ? values.settings : '';
  if (Object.keys(fromFlags).length > 0) {
    settings = checkedOrThrow({ ...settings, ...fromFlags }, language, (key) => (key in fromFlags ? `--${kebab(key)}` : fileName));
  }
  return { settings, columns };
}
