/**
 * The settings registry (src/core/settings-registry.ts) is the one place a setting is declared: a registry with
 * one extra entry shows it in the report's settings block, the panes' form, the CLI's flags and help and the
 * README's table, and the check accepts it by its rule, with nothing else edited.
 */
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  checkSettings, DEFAULT_SETTINGS, LANGUAGES, NUMERIC_FIELDS, SETTING_LIST, SETTINGS, type ClientRecord, type SettingDefinition,
} from '../../src/core/index.js';
import { settingRows } from '../../src/core/report/sections/setting-rows.js';
import { settingsReference } from '../../src/core/settings-reference.js';
import { paneFields } from '../../taskpane/settings.js';
import { helpText } from '../../src/cli/help.js';
import { settingFlags } from '../../src/cli/args.js';
import { analyse } from '../support/oracle.js';

// The form is TSX, which the root project (no JSX) does not compile: loaded by a path tsc does not follow.
const FORM = '../../taskpane/components/SettingsForm.js';
const { SettingsForm } = (await import(FORM)) as { SettingsForm: (props: Record<string, unknown>) => null };

const EXTRA: SettingDefinition<'paymentTermDays', number> = {
  key: 'paymentTermDays', kind: 'number', default: 30, rule: 'count', report: { show: 'value' }, pane: true, flag: true,
  label: { nl: 'Betaaltermijn (dagen)', en: 'Payment term (days)', de: 'Zahlungsziel (Tage)' },
  help: { nl: 'Dagen tot een factuur vervalt.', en: 'Days until an invoice is due.', de: 'Tage bis eine Rechnung fällig ist.' },
};
const ZERO = { row: 0, client: '', contract: null, extra: {}, ...Object.fromEntries(NUMERIC_FIELDS.map((f) => [f, 0])) } as ClientRecord;
const WITH_EXTRA: readonly SettingDefinition[] = [...SETTING_LIST, EXTRA as SettingDefinition];

describe('the settings registry', () => {
  it('declares every setting once, in the order of DEFAULT_SETTINGS, with texts in every language', () => {
    expect(SETTING_LIST.map((e) => e.key)).toEqual(Object.keys(DEFAULT_SETTINGS));
    for (const entry of SETTING_LIST) {
      expect(SETTINGS[entry.key as keyof typeof SETTINGS]).toBe(entry);
      for (const language of LANGUAGES) {
        expect(entry.label[language], `${entry.key} ${language}`).not.toBe('');
        expect(entry.help[language], `${entry.key} ${language}`).not.toBe('');
      }
      if (entry.kind === 'choice') expect(entry.choices?.map((c) => c.value)).toContain(entry.default);
    }
  });

  it('puts a new entry in the report\'s settings block', () => {
    const result = analyse([{ ...ZERO, row: 2, client: 'A', revenue: 1000 }], { periodEnd: '2026-06-30' });
    const settings = { ...result.settings, paymentTermDays: 30 } as typeof result.settings;
    for (const language of LANGUAGES) {
      const rows = settingRows({ ...result, settings }, language, WITH_EXTRA);
      expect(rows.at(-1)).toEqual({ label: EXTRA.label[language], value: 30, format: '#,##0', source: '' });
      expect(rows.slice(0, -1)).toEqual(settingRows(result, language));
    }
    expect(settingRows({ ...result, settings: { ...settings, paymentTermDays: 45 } as typeof settings }, 'en', WITH_EXTRA).at(-1)?.source).toBe('set by you');
  });

  it('puts a new entry in the CLI\'s flags and --help', () => {
    expect(settingFlags(WITH_EXTRA).at(-1)).toEqual({ key: 'paymentTermDays', flag: 'payment-term-days', kind: 'number' });
    for (const language of LANGUAGES) {
      const help = helpText(language, WITH_EXTRA);
      expect(help).toMatch(new RegExp(`--payment-term-days \\S+ +${EXTRA.label[language].replace(/[()]/g, '\\$&')} \\(30\\)\n`));
      expect(help.replace(/.*--payment-term-days.*\n/, '')).toBe(helpText(language));
    }
    expect(settingFlags([...SETTING_LIST, { ...EXTRA, flag: false } as SettingDefinition])).toEqual(settingFlags());
  });

  it('puts a new entry in the panes\' form', () => {
    expect(paneFields('de', WITH_EXTRA).at(-1)).toEqual({ key: 'paymentTermDays', kind: 'number', label: 'Zahlungsziel (Tage)', help: EXTRA.help.de, choices: [] });
    const html = renderToStaticMarkup(createElement(SettingsForm, {
      settings: {}, language: 'nl', today: '2026-06-30', issues: [], columns: [], onChange: () => {}, onReset: () => {}, registry: WITH_EXTRA,
    }));
    expect(html).toContain('Betaaltermijn (dagen)');
    expect(html).toContain('standaard 30');
    expect(renderToStaticMarkup(createElement(SettingsForm, {
      settings: {}, language: 'nl', today: '2026-06-30', issues: [], columns: [], onChange: () => {}, onReset: () => {},
    }))).not.toContain('Betaaltermijn');
  });

  it('is README\'s settings table (regenerate with `node scripts/docs.mjs`)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = /<!-- settings:start -->\n([\s\S]*)\n<!-- settings:end -->/.exec(readme);
    expect(section, 'markers in README.md').not.toBeNull();
    expect(section![1]).toBe(settingsReference());
    expect(settingsReference(WITH_EXTRA)).toContain('| `paymentTermDays` | number | 30 | 0, 1, 2, … | Days until an invoice is due. |  | `--payment-term-days` | yes |');
  });

  it('checks a new entry by its rule', () => {
    expect(checkSettings({ paymentTermDays: '14' }, 'nl', WITH_EXTRA)).toEqual({ settings: { paymentTermDays: 14 }, issues: [] });
    expect(checkSettings({ paymentTermDays: 1.5 }, 'nl', WITH_EXTRA).issues[0]).toMatchObject({ key: 'paymentTermDays', kind: 'outOfRange', rule: 'count' });
    expect(checkSettings({ paymentTermDays: 14 }).issues[0]).toMatchObject({ kind: 'unknownKey' });
  });
});
