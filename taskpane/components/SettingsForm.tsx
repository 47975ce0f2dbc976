/**
 * Every setting the registry marks for the panes (src/core/settings-registry.ts), with its default and where the
 * default comes from, as the analysis sheet lists them. A typed value is stored when the field loses focus (or on
 * Enter); a text that is not a number is refused on the spot. Empty means "the default".
 */
import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { SETTING_LIST, type Language, type SettingDefinition, type Settings } from '../../src/core/index.js';
import { texts } from '../format.js';
import { defaultHint, paneFields, parseSetting, showSetting, type PaneField } from '../settings.js';

export function SettingsForm({ settings, language, today, issues, onChange, onReset, registry = SETTING_LIST }: {
  settings: Partial<Settings>;
  language: Language;
  today: string;
  issues: string[];
  onChange: (key: keyof Settings, value: unknown) => void;
  onReset: () => void;
  /** The settings registry (a test passes one with an extra entry). */
  registry?: readonly SettingDefinition[];
}) {
  const { t } = texts(language);
  const values = settings as Record<string, unknown>;
  return (
    <div className="kw-settings">
      <p className="kw-muted">{t('settingsHint')}</p>
      {issues.map((issue) => (
        <p key={issue} className="kw-warning" role="status">{t('settingIssue', { message: issue })}</p>
      ))}
      {paneFields(language, registry).map((field) => (
        <SettingField key={field.key} field={field} value={values[field.key]} language={language} today={today} registry={registry} onChange={onChange} />
      ))}
      <Button appearance="secondary" size="small" onClick={onReset}>{t('resetSettings')}</Button>
    </div>
  );
}

function SettingField({ field, value, language, today, registry, onChange }: {
  field: PaneField;
  value: unknown;
  language: Language;
  today: string;
  registry: readonly SettingDefinition[];
  onChange: (key: keyof Settings, value: unknown) => void;
}) {
  const { t } = texts(language);
  const { kind, label } = field;
  const name = field.key as keyof Settings;
  const hint = defaultHint(name, language, today, registry);
  const hintText = [hint.value === null ? t('noDefault') : t('defaultValue', { value: hint.value }), hint.source].filter(Boolean).join(' · ');
  const shown = showSetting(value, kind, language);
  const [text, setText] = useState(shown);
  const [lastShown, setLastShown] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  // A value changed from outside (reset, a stored state loaded) replaces what is typed.
  if (shown !== lastShown) {
    setLastShown(shown);
    setText(shown);
  }

  if (kind === 'list') {
    const count = Array.isArray(value) ? value.length : 0;
    return (
      <Field label={label} hint={t('listSettingHint')} size="small">
        <span className="kw-muted">{t('listSettingCount', { count })}</span>
      </Field>
    );
  }
  if (kind === 'choice') {
    const choices = field.choices;
    // The first option already says the default ("default: fixed limits"); the hint adds only its source.
    return (
      <Field label={label} hint={hint.source ?? undefined} size="small">
        <Select size="small" value={typeof value === 'string' ? value : ''} onChange={(_, data) => onChange(name, data.value === '' ? undefined : data.value)}>
          <option value="">{t('defaultValue', { value: choices.find((c) => c.value === hint.value)?.text ?? t('noDefault') })}</option>
          {choices.map((c) => <option key={c.value} value={c.value}>{c.text}</option>)}
        </Select>
      </Field>
    );
  }
  const commit = (): void => {
    if (kind === 'date') {
      const ok = text.trim() === '' || /^\d{4}-\d{2}-\d{2}$/.test(text.trim());
      setInvalid(!ok);
      if (ok) onChange(name, text.trim() === '' ? undefined : text.trim());
      return;
    }
    const parsed = parseSetting(text, kind, language);
    setInvalid(parsed === undefined);
    if (parsed !== undefined) onChange(name, parsed === null ? undefined : parsed);
  };
  return (
    <Field label={label} hint={hintText} size="small" validationState={invalid ? 'error' : 'none'}
      validationMessage={invalid ? t(kind === 'date' ? 'invalidDate' : 'invalidNumber') : undefined}>
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
