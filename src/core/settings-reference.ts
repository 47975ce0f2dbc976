/**
 * The README's settings table, generated from the settings registry (`node scripts/docs.mjs` writes it between the
 * `<!-- settings:start -->` and `<!-- settings:end -->` markers), so the README lists exactly the settings, defaults
 * and rules the check applies. test/core/settings-registry.test.ts fails when README.md is out of date.
 */
import { flagName, SETTING_LIST, SOURCE_LABELS, type SettingDefinition, type SettingRule } from './settings-registry.js';

/** What each rule allows, in the README's words. */
const ALLOWED: Record<SettingRule, string> = {
  share: '0–1, or `0%`–`100%`', decline: '−1–0, or `-100%`–`0%`', amount: '≥ 0', count: '0, 1, 2, …', positive: '> 0',
  score: '1–5', date: 'a date that exists, `YYYY-MM-DD`', choice: '', number: 'a number', limitOrder: 'A < B',
  tiers: '`[{ revenueFrom, discount }]`, revenue ≥ 0, discount 0–1', drivers: '`[{ column, costPerUnit, label }]`, cost ≥ 0',
  object: '{ … }',
};

function shownDefault(entry: SettingDefinition): string {
  const value = entry.default;
  if (value === null || (Array.isArray(value) && value.length === 0)) return 'none';
  if (typeof value === 'string') return `\`${value}\``;
  if (typeof value === 'number') return String(value).replace('-', '−');
  return `\`${JSON.stringify(value)}\``;
}

function allowed(entry: SettingDefinition): string {
  if (entry.rule === 'choice') return (entry.choices ?? []).map((choice) => `\`${choice.value}\``).join(', ');
  return ALLOWED[entry.rule] + (entry.default === null && entry.kind !== 'list' ? '; empty: not set' : '');
}

function source(entry: SettingDefinition): string {
  const known = entry.source;
  if (known === undefined) return '';
  return typeof known === 'object' ? known.literature : SOURCE_LABELS.en[known];
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** The generated part of README's settings section: one row per registry entry, in its order. */
export function settingsReference(list: readonly SettingDefinition[] = SETTING_LIST): string {
  const lines = [
    '<!-- Generated from src/core/settings-registry.ts by `node scripts/docs.mjs`; do not edit by hand. -->',
    '',
    '| setting | kind | default | allowed | what it is | default from | CLI flag | in the panes |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const entry of list) {
    const flag = entry.flag ? `\`--${flagName(entry.key)}\`` : 'settings file';
    lines.push(`| \`${entry.key}\` | ${entry.kind} | ${shownDefault(entry)} | ${cell(allowed(entry))} | ${cell(entry.help.en)} | ${cell(source(entry))} | ${flag} | ${entry.pane ? 'yes' : 'no'} |`);
  }
  return lines.join('\n');
}
