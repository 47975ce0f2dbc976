/**
 * The column mapping as the CLI prints it (one line per field, unused columns last), and `--column FIELD=HEADER`
 * read into the core's hand mapping.
 */
import {
  COLUMN_REASONS, CONFIDENCE_LABELS, FIELD_LABELS, FIELDS, MATCH_BASIS, LANGUAGES, normaliseHeader, translate,
  driverColumns, REPORT_LABELS, unusedColumns, formatMoney, type ColumnMapping, type ExtraDriver, type Field, type Language,
} from '../core/index.js';
import { CLI_MESSAGES } from './messages.js';
import { fill } from '../core/index.js';

/** A field by its id (`revenue`) or its label in any language (`Omzet`, `Umsatz`, `Revenue`). */
export function fieldByName(name: string): Field | null {
  const key = normaliseHeader(name);
  for (const field of FIELDS) {
    if (normaliseHeader(field) === key) return field;
    for (const language of LANGUAGES) if (normaliseHeader(translate(FIELD_LABELS, language, field)) === key) return field;
  }
  return null;
}

/** `--column revenue=B`, `--column "Uren=Bestede tijd"`, `--column hours=` (no column): field → target. */
export function parseColumnFlag(text: string): { field: Field; target: string | null } | null {
  const at = text.indexOf('=');
  if (at <= 0) return null;
  const field = fieldByName(text.slice(0, at).trim());
  if (!field) return null;
  const target = text.slice(at + 1).trim();
  return { field, target: target === '' ? null : target };
}

/**
 * The mapping, as lines: which header feeds which field, the columns the configured cost drivers use, then the
 * columns not used and why (a driver's column adds cost: it is never listed as not used).
 */
export function mappingLines(mapping: ColumnMapping, language: Language, where: { sheet: string | null }, drivers: readonly ExtraDriver[] = []): string[] {
  const t = CLI_MESSAGES[language];
  const lines = [fill(where.sheet ? t.mappingHeadingSheet : t.mappingHeading, { sheet: where.sheet ?? '', row: mapping.headerRow ?? '' })];
  if (mapping.context?.length) lines.push(`  ${fill(t.mappingContext, { lines: mapping.context.map((l) => `"${l}"`).join(' · ') })}`);
  if (mapping.period) lines.push(`  ${fill(t.mappingPeriod, { period: mapping.period })}`);
  const labels = FIELDS.map((field) => translate(FIELD_LABELS, language, field));
  const width = Math.max(...labels.map((l) => l.length));
  for (const field of FIELDS) {
    const match = mapping.fields[field];
    if (!match) continue;
    const label = translate(FIELD_LABELS, language, field).padEnd(width);
    const how = match.reason === 'manual' ? translate(COLUMN_REASONS, language, 'manual') : translate(CONFIDENCE_LABELS, language, match.confidence);
    const unit = match.scale !== 1 ? `, ${t.minutesToHours}` : '';
    const basis = match.basis ? `, ${translate(MATCH_BASIS, language, match.basis)}` : '';
    const minus = match.subtract ? ` − ${match.subtract.letter} "${match.subtract.header}"` : '';
    const doubt = mapping.ambiguous.includes(field) ? ` ${fill(t.mappingDoubt, { other: match.candidates.map((c) => `"${c.header}"`).join(', ') })}` : '';
    lines.push(`  ${label}  ← ${match.letter} "${match.header}"${minus} (${how}${unit}${basis})${doubt}`);
  }
  for (const { use, driver } of driverColumns(mapping, drivers)) {
    const how = fill(REPORT_LABELS[language].driverColumn, { cost: formatMoney(driver.costPerUnit, language) });
    lines.push(`  ${(driver.label || driver.column).padEnd(width)}  ← ${use.letter} "${use.header}" (${how})`);
  }
  const missing = FIELDS.filter((field) => !mapping.fields[field]).map((field) => translate(FIELD_LABELS, language, field));
  if (missing.length > 0) lines.push(`  ${fill(t.mappingMissing, { fields: missing.join(', ') })}`);
  const unused = unusedColumns(mapping, drivers);
  if (unused.length > 0) {
    lines.push(`  ${t.mappingUnused}`);
    for (const use of unused) lines.push(`    ${use.letter} "${use.header}": ${translate(COLUMN_REASONS, language, use.reason)}`);
  }
  return lines;
}
