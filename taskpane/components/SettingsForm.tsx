/**
 * Every setting the registry marks for the panes (src/core/settings-registry.ts), with its help, its default and
 * where the default comes from, as the analysis sheet lists them (the help and default are the field's
 * description). A typed value is stored when the field loses focus (or on Enter) if the core's check
 * (`checkSettings`, through `onChange`) allows it; else its sentence is said under the field. Empty means "the
 * default". The lists (discount tiers, cost drivers) are small tables (ListSetting).
 */
import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { SETTING_LIST, type Language, type SettingDefinition, type Settings } from '../../src/core/index.js';
import { texts } from '../format.js';
import { ListSetting } from './ListSetting.js';
import { defaultHint, paneFields, parseSetting, showSetting, type PaneField } from '../settings.js';

export function SettingsForm({ settings, language, today, issues, columns, saved = false, onChange, onReset, onUndo, registry = SETTING_LIST }: {
  settings: Partial<Settings>;
  language: Language;
  today: string;
  issues: string[];
  /** The table's numeric columns no field takes (a cost driver's column). */
  columns: readonly string[];
  /** The last change was stored in the document: said once it is, so the user knows nothing more is needed. */
  saved?: boolean;
  /** Stores the value if the core's check allows it; returns the check's sentences for this key (empty: stored). */
  onChange: (key: keyof Settings, value: unknown) => string[];
  /** Erases every setting; called only once the user has confirmed (the pane asks: Office blocks `window.confirm`). */
  onReset: () => void;
  /** Given right after a reset: puts back what it erased. */
  onUndo?: (() => void) | undefined;
  /** The settings registry (a test passes one with an extra entry). */
  registry?: readonly SettingDefinition[];
}) {
  const { t } = texts(language);
  const values = settings as Record<string, unknown>;
  const [confirming, setConfirming] = useState(false);
  // What a reset erases: every stored setting, by its name; a list with its number of rows.
  const lost = registry.filter((entry) => values[entry.key] !== undefined).map((entry) => {
    const value = values[entry.key];
    const shown = Array.isArray(value) ? t('resetRows', { count: value.length }) : showSetting(value, entry.kind, language);
    return { key: entry.key, text: `${entry.label[language]}: ${shown}` };
  });
  return (
    <div className="kw-settings">
      <p className="kw-muted">{t('settingsHint')}</p>
      <p role="status" className="kw-saved">{saved ? t('settingsSaved') : ''}</p>
      {issues.map((issue) => (
        <p key={issue} className="kw-warning" role="status">{t('settingIssue', { message: issue })}</p>
      ))}
      {paneFields(language, registry).map((field) => (
        field.kind === 'list'
          ? <ListSetting key={field.key} field={field} value={values[field.key]} language={language} columns={columns} onChange={onChange} />
          : <SettingField key={field.key} field={field} value={values[field.key]} settings={settings} language={language} today={today} registry={registry} onChange={onChange} />
      ))}
      {confirming && lost.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" className="kw-reset-confirm">
          <MessageBarBody>
            {t('resetAsk')}
            <ul>{lost.map((item) => <li key={item.key}>{item.text}</li>)}</ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={() => {
              setConfirming(false);
              onReset();
            }}>{t('resetConfirm')}</Button>
            <Button size="small" onClick={() => setConfirming(false)}>{t('resetCancel')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <Button appearance="secondary" size="small" disabled={lost.length === 0} onClick={() => setConfirming(true)}>{t('resetSettings')}</Button>
      )}
      {onUndo && (
        <MessageBar intent="info" layout="multiline" className="kw-reset-done">
          <MessageBarBody>{t('resetDone')}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onUndo}>{t('resetUndo')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}

function SettingField({ field, value, settings, language, today, registry, onChange }: {
  field: PaneField;
  value: unknown;
  /** Every stored setting: the interest rate's default follows the country and period end chosen. */
  settings: Partial<Settings>;
  language: Language;
  today: string;
  registry: readonly SettingDefinition[];
  onChange: (key: keyof Settings, value: unknown) => string[];
}) {
  const { t } = texts(language);
  const { kind, label, help } = field;
  const name = field.key as keyof Settings;
  const hint = defaultHint(name, language, today, registry, settings);
  const hintText = [hint.value === null ? t('noDefault') : t('defaultValue', { value: hint.value }), hint.source].filter(Boolean).join(' · ');
  const shown = showSetting(value, kind, language);
  const [text, setText] = useState(shown);
  const [lastShown, setLastShown] = useState(shown);
  /** What is wrong with the text last committed, or null. */
  const [invalid, setInvalid] = useState<string | null>(null);
  // A value changed from outside (reset, a stored state loaded) replaces what is typed.
  if (shown !== lastShown) {
    setLastShown(shown);
    setText(shown);
  }

  // The help, then the default: the field's description (Fluent's Field points aria-describedby at its hint).
  const described = (extra: string | null) => <>{help}{extra && <> <span className="kw-default">{extra}</span></>}</>;
  if (kind === 'choice') {
    const choices = field.choices;
    // The first option already says the default ("default: fixed limits"); the hint adds only its source.
    return (
      <Field label={label} hint={described(hint.source)} size="small">
        <Select size="small" value={typeof value === 'string' ? value : ''} onChange={(_, data) => void onChange(name, data.value === '' ? undefined : data.value)}>
          <option value="">{t('defaultValue', { value: choices.find((c) => c.value === hint.value)?.text ?? t('noDefault') })}</option>
          {choices.map((c) => <option key={c.value} value={c.value}>{c.text}</option>)}
        </Select>
      </Field>
    );
  }
  const commit = (): void => {
    const trimmed = text.trim();
    if (kind === 'date' && trimmed !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return setInvalid(t('invalidDate'));
    const parsed = kind === 'date' ? trimmed || null : parseSetting(text, kind, language);
    if (parsed === undefined) return setInvalid(t('invalidNumber'));
    setInvalid(onChange(name, parsed === null ? undefined : parsed)[0] ?? null);
  };
  return (
    <Field label={label} hint={described(hintText)} size="small" validationState={invalid ? 'error' : 'none'}
      validationMessage={invalid ?? undefined}>
      <Input
        size="small"
        type={kind === 'date' ? 'date' : 'text'}
        inputMode={kind === 'date' ? undefined : 'decimal'}
        value={text}
        placeholder={hint.value ?? ''}
        onChange={(_, data) => setText(data.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </Field>
  );
}
