/**
 * The Kolommen block of the Samenvatting: which header fed which field (docs/DEFINITIONS.md §1), how sure the
 * reading was, and which columns were not used, so nothing was read or left out in silence.
 */
import { FIELDS } from '../../fields.js';
import type { ColumnMapping, ColumnUse, ExtraDriver, FieldMatch } from '../../types.js';
import { normaliseHeader } from '../../headers.js';
import { formatMoney } from '../../i18n.js';
import { COLUMN_REASONS, CONFIDENCE_LABELS, FIELD_LABELS, MATCH_BASIS } from '../../messages.js';
import { COLORS } from '../theme.js';
import type { ReportContext } from '../context.js';
import type { SheetWriter } from '../writer.js';

/** The block and a blank row; its first row (where it starts on a printed page of its own), or -1 without a mapping. */
export function writeMapping(w: SheetWriter, ctx: ReportContext): number {
  const mapping = ctx.options.mapping;
  if (!mapping) return -1;
  const { label, language } = ctx.text;
  const first = w.row;
  w.subheading(label('columns'));
  // The column's letter and header span B:D, so a long header does not widen the sheet's columns (which the
  // printed pyramid shares); how it was read is in E.
  w.headerRow([label('field'), label('columnUsed'), null, null, label('how')]);
  const columnRow = (name: string, column: string, how: string, muted: boolean): void => {
    w.put(w.row, 0, name);
    w.put(w.row, 1, column);
    w.merge(w.row, 1, w.row, 3);
    w.put(w.row, 4, how);
    w.style(w.row, 4, w.row, 4, { fontColor: COLORS.muted, italic: true });
    if (muted) w.style(w.row, 0, w.row, 3, { fontColor: COLORS.muted });
    w.skip();
  };
  for (const field of FIELDS) {
    const match = mapping.fields[field];
    const fieldLabel = FIELD_LABELS[language][field];
    if (!match) {
      columnRow(fieldLabel, label('noColumn'), '', true);
      continue;
    }
    columnRow(fieldLabel, `${match.letter} · ${match.header}${subtracted(match)}`, howRead(ctx, match), false);
  }
  const drivers = driverColumns(mapping, ctx.settings.extraDrivers);
  for (const { use, driver } of drivers) {
    columnRow(driver.label || driver.column, `${use.letter} · ${use.header}`, label('driverColumn', { cost: formatMoney(driver.costPerUnit, language) }), false);
  }
  for (const use of unusedColumns(mapping, ctx.settings.extraDrivers)) {
    columnRow(label('notUsed'), `${use.letter} · ${use.header}`, COLUMN_REASONS[language][use.reason], true);
  }
  w.skip();
  return first;
}

/** How a column was matched: by hand or with a confidence, scaled from minutes, on what basis. */
function howRead(ctx: ReportContext, match: FieldMatch): string {
  const { label, language } = ctx.text;
  return [
    match.reason === 'manual' ? COLUMN_REASONS[language].manual : CONFIDENCE_LABELS[language][match.confidence],
    ...(match.scale !== 1 ? [label('minutesToHours')] : []),
    ...(match.basis ? [MATCH_BASIS[language][match.basis]] : []),
  ].join('; ');
}

/** ` − C · Header` when another column is subtracted from this one. */
function subtracted(match: FieldMatch): string {
  return match.subtract ? ` − ${match.subtract.letter} · ${match.subtract.header}` : '';
}

/**
 * The columns no field takes that a configured cost driver uses (docs/DEFINITIONS.md §2 `extraDrivers`), matched as
 * the analysis binds them (the header, or its normalised form): they add cost, so they are used, not "not used".
 */
export function driverColumns(mapping: ColumnMapping, drivers: readonly ExtraDriver[]): { use: ColumnUse; driver: ExtraDriver }[] {
  const out: { use: ColumnUse; driver: ExtraDriver }[] = [];
  for (const driver of drivers) {
    const key = normaliseHeader(driver.column);
    const use = mapping.columns.find((u) => u.field === null && (u.header === driver.column || normaliseHeader(u.header) === key));
    if (use) out.push({ use, driver });
  }
  return out;
}

/** The columns neither a field nor a cost driver uses (empty ones left out), each with its reason. */
export function unusedColumns(mapping: ColumnMapping, drivers: readonly ExtraDriver[]): ColumnUse[] {
  const driven = new Set(driverColumns(mapping, drivers).map(({ use }) => use.column));
  return mapping.columns.filter((use) => use.field === null && use.reason !== 'empty' && !driven.has(use.column));
}
