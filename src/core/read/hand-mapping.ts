/**
 * A hand mapping (`--column`, the settings' `columns`, the panes' dropdowns) overrides detection: a field to a
 * header text, a column letter or a 0-based index; `null` leaves the field without a column. A text binds to the
 * column whose header is exactly that text first (the header as shown, or the header row's own cell under a
 * group), then to a letter, then to a header that reads the same — whatever lines stand above the header.
 */
import { columnIndexOf, columnLetter } from '../a1.js';
import type { Field } from '../fields.js';
import { normaliseHeader } from '../headers.js';
import type { ColumnMapping, ColumnReason, FieldMatch } from '../types.js';
import type { HeaderRegion } from './header-region.js';
import { meaningOf } from './meaning.js';

/** The column a hand mapping names, or -1. */
export function columnOfTarget(target: string | number, region: Pick<HeaderRegion, 'headers' | 'cells'>): number {
  const { headers, cells } = region;
  if (typeof target === 'number') return Number.isInteger(target) && target >= 0 && target < Math.max(headers.length, 1) ? target : -1;
  const text = target.trim();
  const exact = [headers.indexOf(target), headers.indexOf(text), cells.indexOf(text)].find((c) => c >= 0);
  if (exact !== undefined) return exact;
  const lower = text.toLowerCase();
  const caseless = headers.findIndex((h) => h.toLowerCase() === lower);
  if (caseless >= 0) return caseless;
  const letter = text.length <= 3 ? columnIndexOf(text.toUpperCase()) : null;
  if (letter !== null && letter < headers.length) return letter;
  const key = normaliseHeader(text);
  return key === '' ? -1 : headers.findIndex((h) => normaliseHeader(h) === key);
}

/** Applies the hand mapping to `mapping.fields`; returns the targets that name no column. */
export function applyHandMapping(
  mapping: ColumnMapping,
  given: Partial<Record<Field, string | number | null>>,
  region: Pick<HeaderRegion, 'headers' | 'cells'>,
  reasons: ColumnReason[],
): string[] {
  const unknown: string[] = [];
  const label = (column: number): string => region.headers[column] || columnLetter(column);
  const settle = (field: Field): void => {
    mapping.manual.push(field);
    mapping.ambiguous = mapping.ambiguous.filter((f) => f !== field);
  };
  for (const [field, target] of Object.entries(given) as [Field, string | number | null][]) {
    if (target === null || target === '') {
      const previous = mapping.fields[field];
      if (previous) reasons[previous.column] = 'otherChosen';
      delete mapping.fields[field];
      settle(field);
      continue;
    }
    const column = columnOfTarget(target, region);
    if (column < 0) {
      unknown.push(String(target));
      continue;
    }
    for (const [other, ref] of Object.entries(mapping.fields) as [Field, FieldMatch][]) {
      if (ref.column === column && other !== field && !(field === 'hours' && other === 'unbilledHours')) delete mapping.fields[other];
    }
    const previous = mapping.fields[field];
    if (previous && previous.column !== column) reasons[previous.column] = 'otherChosen';
    const meaning = meaningOf(region.headers[column] ?? '');
    const scale = (field === 'hours' || field === 'unbilledHours') && (meaning.field === 'hours' || meaning.field === 'unbilledHours') ? meaning.scale : 1;
    mapping.fields[field] = { column, header: label(column), letter: columnLetter(column), confidence: 'high', reason: 'manual', scale, candidates: [] };
    settle(field);
  }
  return unknown;
}
