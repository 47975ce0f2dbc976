/**
 * The column mapping: per field the column it was read from, as a dropdown of the table's columns, with how sure
 * the reader was; then the columns with numbers that feed nothing and why (no column is used or left
 * out in silence). Choosing "not used" stores that the field has no column (detection does not pick one again);
 * a field the user set offers "detect automatically" to undo that.
 */
import { Badge, Select } from '@fluentui/react-components';
import { useId } from 'react';
import { FIELD_LABELS, FIELDS, formatMoney, normaliseHeader, type ColumnMapping, type ExtraDriver, type Field, type Language } from '../../src/core/index.js';
import { texts } from '../format.js';
import type { MappingOverrides } from '../host.js';
import { REASON_TEXT } from '../text.js';

const REQUIRED: ReadonlySet<Field> = new Set(['client', 'revenue']);

export function Mapping({ mapping, overrides = {}, language, drivers, onChange }: {
  mapping: ColumnMapping;
  /** The user's own choices, as stored (`null`: not used). */
  overrides?: MappingOverrides;
  language: Language;
  /** The settings' extra cost drivers: a column left out of the fields may feed one. */
  drivers: readonly ExtraDriver[];
  /** A column, `null` for not used, `'auto'` for back to detection. */
  onChange: (field: Field, column: number | null | 'auto') => void;
}) {
  const { t } = texts(language);
  const id = useId();
  const ambiguous = new Set(mapping.ambiguous);
  const columns = mapping.columns.filter((c) => c.reason !== 'empty');
  // Matched as bindDrivers matches them: by the header, normalised.
  const driverOf = (header: string): ExtraDriver | undefined => drivers.find((d) => normaliseHeader(d.column) === normaliseHeader(header));
  return (
    <div className="kw-mapping">
      <p className="kw-muted">{t('mappingHint')}</p>
      <ul className="kw-fields">
        {FIELDS.map((field) => {
          const match = mapping.fields[field];
          const selectId = `${id}-${field}`;
          return (
            <li key={field} className="kw-field">
              <label htmlFor={selectId} className="kw-field-label">
                {FIELD_LABELS[language][field]}
                {REQUIRED.has(field) && <span className="kw-visually-hidden"> ({t('requiredField')})</span>}
                {REQUIRED.has(field) && <span aria-hidden="true"> *</span>}
              </label>
              <Select
                id={selectId}
                size="small"
                value={match ? String(match.column) : ''}
                onChange={(_, data) => onChange(field, data.value === '' ? null : data.value === 'auto' ? 'auto' : Number(data.value))}
              >
                {field in overrides && <option value="auto">{t('resetMapping')}</option>}
                <option value="">{t('notUsed')}</option>
                {columns.map((c) => (
                  <option key={c.column} value={String(c.column)}>
                    {c.letter} · {c.header || '—'}
                  </option>
                ))}
              </Select>
              <span className="kw-field-badges">
                {ambiguous.has(field) && <Badge color="warning" appearance="tint" size="small">{t('ambiguous')}</Badge>}
                {(match?.reason === 'manual' || overrides[field] === null) && <Badge color="brand" appearance="tint" size="small">{t('manual')}</Badge>}
                {match && match.reason !== 'manual' && match.confidence === 'low' && !ambiguous.has(field) && (
                  <Badge color="warning" appearance="tint" size="small">{t('lowConfidence')}</Badge>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      <h4 className="kw-subheading">{t('unusedHeading')}</h4>
      {mapping.unused.length === 0 ? (
        <p className="kw-muted">{t('noUnused')}</p>
      ) : (
        <ul className="kw-unused">
          {mapping.unused.map((c) => (
            <li key={c.column}>
              <strong>{c.letter} · {c.header || '—'}</strong>: {driverOf(c.header) ? t('usedAsDriver', { cost: formatMoney(driverOf(c.header)!.costPerUnit, language) }) : REASON_TEXT[language][c.reason]}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
