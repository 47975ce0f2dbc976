/**
 * A list setting (discount tiers, extra cost drivers) as a small table: a row per item, an input per part with
 * its label, add and remove buttons. A row is stored when an input loses focus (or on Enter) and every row is
 * complete; the list then goes through the core's check (`checkSettings`) as the other fields do. What is wrong is
 * said under the row, per input, once the user has been in it (or left its row).
 */
import { Button, Input } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';
import type { Language, Settings } from '../../src/core/index.js';
import { texts } from '../format.js';
import { LIST_CELLS, readRow, showRow, type ListKey, type PaneField } from '../settings.js';
import type { TextId } from '../text.js';

type Row = { texts: Record<string, string>; touched: Record<string, boolean> };

const CELL_LABEL: Record<string, TextId> = {
  revenueFrom: 'tierRevenueFrom', discount: 'tierDiscount', column: 'driverColumn', costPerUnit: 'driverCost', label: 'driverLabel',
};

export function ListSetting({ field, value, language, columns, onChange }: {
  field: PaneField;
  value: unknown;
  language: Language;
  /** The table's numeric columns no field takes: offered for a driver's column (free text too). */
  columns: readonly string[];
  onChange: (key: keyof Settings, value: unknown) => string[];
}) {
  const { t } = texts(language);
  const key = field.key as ListKey;
  const cells = LIST_CELLS[key];
  const id = useId();
  const items = Array.isArray(value) ? value : [];
  const stored = JSON.stringify(items);
  const fromStore = (): Row[] => items.map((item) => ({ texts: showRow(key, item, language), touched: {} }));
  const [rows, setRows] = useState<Row[]>(fromStore);
  const [lastStored, setLastStored] = useState(stored);
  const [issue, setIssue] = useState<string | null>(null);
  const focusNext = useRef<string | null>(null);
  // A list changed from outside (reset, a stored state loaded, the check's own spelling) replaces what is typed.
  if (stored !== lastStored) {
    setLastStored(stored);
    setRows(fromStore());
  }
  useEffect(() => {
    if (focusNext.current === null) return;
    (document.getElementById(focusNext.current) as { focus(): void } | null)?.focus();
    focusNext.current = null;
  });

  const rowName = (i: number): string => t(key === 'discountTiers' ? 'tierRow' : 'driverRow', { n: i + 1 });
  const cellId = (i: number, name: string): string => `${id}-${i}-${name}`;
  const store = (next: Row[]): void => {
    setRows(next);
    const read = next.map((row) => readRow(key, row.texts, language));
    if (read.some((r) => !r.ok)) return;
    const list = read.map((r) => (r.ok ? r.item : {}));
    setIssue(onChange(key, list.length === 0 ? undefined : list)[0] ?? null);
  };
  const edit = (i: number, patch: Partial<Row>): Row[] => rows.map((row, j) => (j === i ? { texts: { ...row.texts, ...patch.texts }, touched: { ...row.touched, ...patch.touched } } : row));
  const add = (): void => {
    focusNext.current = cellId(rows.length, cells[0]!.name);
    setRows([...rows, { texts: {}, touched: {} }]);
  };
  const remove = (i: number): void => {
    const next = rows.filter((_, j) => j !== i);
    focusNext.current = i < next.length ? `${id}-${i}-remove` : `${id}-add`;
    store(next);
  };
  const used = new Set(rows.map((row) => row.texts.column));
  const offered = columns.filter((c) => !used.has(c));

  return (
    <fieldset className="kw-list-setting" aria-describedby={`${id}-help`}>
      <legend>{field.label}</legend>
      <p id={`${id}-help`} className="kw-muted">{field.help}</p>
      {issue && <p className="kw-error" role="alert">{issue}</p>}
      {rows.length === 0 ? <p className="kw-muted">{t('listEmpty')}</p> : (
        <table className={`kw-list-table kw-list-${key}`}>
          <thead>
            <tr>{cells.map((cell) => <th key={cell.name} scope="col">{t(CELL_LABEL[cell.name]!)}</th>)}<td /></tr>
          </thead>
          {rows.map((row, i) => {
            const read = readRow(key, row.texts, language);
            const errors = read.ok ? {} : read.errors;
            const shown = cells.filter((cell) => errors[cell.name] && row.touched[cell.name]);
            return (
              <tbody key={i} role="group" aria-label={rowName(i)}
                onBlur={(event) => {
                  // Leaving the row: every input of it has been seen, so its missing parts are said.
                  if (event.currentTarget.contains(event.relatedTarget as never)) return;
                  setRows((current) => current.map((r, j) => (j === i ? { ...r, touched: Object.fromEntries(cells.map((c) => [c.name, true])) } : r)));
                }}>
                <tr>
                  {cells.map((cell) => (
                    <td key={cell.name}>
                      <Input id={cellId(i, cell.name)} size="small" value={row.texts[cell.name] ?? ''}
                        aria-label={`${t(CELL_LABEL[cell.name]!)}, ${rowName(i)}`}
                        aria-invalid={shown.includes(cell) || undefined}
                        aria-describedby={shown.includes(cell) ? `${cellId(i, cell.name)}-error` : undefined}
                        inputMode={cell.kind === 'text' ? undefined : 'decimal'}
                        list={cell.name === 'column' ? `${id}-columns` : undefined}
                        onChange={(_, data) => setRows(edit(i, { texts: { [cell.name]: data.value } }))}
                        onBlur={() => store(edit(i, { touched: { [cell.name]: true } }))}
                        onKeyDown={(event) => {
                          if (event.key === 'Enter') store(edit(i, { touched: { [cell.name]: true } }));
                        }} />
                    </td>
                  ))}
                  <td>
                    <Button id={`${id}-${i}-remove`} size="small" appearance="subtle" aria-label={t('removeRow', { row: rowName(i) })}
                      icon={<span aria-hidden="true">✕</span>} onClick={() => remove(i)} />
                  </td>
                </tr>
                {shown.length > 0 && (
                  <tr>
                    <td colSpan={cells.length + 1}>
                      {shown.map((cell) => (
                        <p key={cell.name} id={`${cellId(i, cell.name)}-error`} className="kw-error">
                          {t(CELL_LABEL[cell.name]!)}: {t(errors[cell.name]!)}
                        </p>
                      ))}
                    </td>
                  </tr>
                )}
              </tbody>
            );
          })}
        </table>
      )}
      {key === 'extraDrivers' && <datalist id={`${id}-columns`}>{offered.map((c) => <option key={c} value={c} />)}</datalist>}
      <Button id={`${id}-add`} size="small" appearance="secondary" onClick={add}>{t(key === 'discountTiers' ? 'addTier' : 'addDriver')}</Button>
    </fieldset>
  );
}
