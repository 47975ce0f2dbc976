/**
 * Texts derived from the declarations, shared by Excel's metadata, the Apps Script JSDoc and the README, so a
 * default is written in one place (the declaration) and described the same everywhere.
 */
import { formatNumber, translate, type Language } from '../core/index.js';
import { LABELS } from './messages.js';
import type { Param } from './types.js';

/** The parameter's description, with "(optional; default …)" when it has one. */
export function parameterDescription(param: Param, language: Language): string {
  const description = param.descriptions[language];
  if (!param.optional) return description;
  const labels = LABELS[language];
  let suffix = labels.optional;
  if (param.type === 'number') {
    const value = param.defaultText?.[language] ?? (typeof param.default === 'number' ? formatNumber(param.default, language, 6) : null);
    if (value !== null) suffix += `; ${translate(LABELS, language, 'default', { value })}`;
  }
  return `${description} (${suffix})`;
}
