/**
 * What the settings need of a table once it is read: extra cost drivers bound to its columns, and the fields a
 * setting needs but no column feeds (hours for the hourly return, visits for their € 400), said, never a silent 0.
 */
import type { Field } from '../fields.js';
import { normaliseHeader } from '../headers.js';
import { formatMoney, translate } from '../i18n.js';
import { FIELD_LABELS, MISSING_FIELD_CONSEQUENCES, type MissingFieldId, problemMessage } from '../messages.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import type { ColumnMapping, ColumnRef, ExtraDriver, Language, Problem, Settings } from '../types.js';

/**
 * Binds extra cost drivers to the table: a driver on a recognised column (by its header) is pointed at the
 * field, so `analyse` finds it; a driver whose column does not exist is reported and dropped.
 */
export function bindDrivers(
  drivers: readonly ExtraDriver[],
  mapping: ColumnMapping,
  language: Language = 'nl',
): { drivers: ExtraDriver[]; problems: Problem[] } {
  const bound: ExtraDriver[] = [];
  const problems: Problem[] = [];
  for (const driver of drivers) {
    const key = normaliseHeader(driver.column);
    const field = (Object.entries(mapping.fields) as [Field, ColumnRef][]).find(
      ([name, ref]) => name === driver.column || normaliseHeader(ref.header) === key,
    );
    if (field && field[0] !== 'client' && field[0] !== 'clientNumber' && field[0] !== 'contract') {
      bound.push({ ...driver, column: field[0] });
      continue;
    }
    const extra = mapping.extra.find((ref) => ref.header === driver.column || normaliseHeader(ref.header) === key);
    if (extra) {
      bound.push({ ...driver, column: extra.header });
      continue;
    }
    problems.push({
      id: 'driverColumnMissing',
      severity: 'warning',
      row: null,
      column: driver.column,
      text: driver.label,
      message: problemMessage(language, 'driverColumnMissing', { column: driver.column, text: driver.label }),
    });
  }
  return { drivers: bound, problems };
}

/**
 * A field that the settings need but no column feeds (hours for the hourly return, visits for their € 400) is
 * said, never a silent 0: one warning per field, naming what is left out.
 */
export function missingFieldProblems(mapping: ColumnMapping, settingsInput: Partial<Settings>, language: Language = 'nl'): Problem[] {
  const settings = { ...DEFAULT_SETTINGS, ...settingsInput };
  const needed: [MissingFieldId, number | null][] = [
    ['hours', null],
    ['visits', settings.costPerVisit > 0 ? settings.costPerVisit : -1],
    ['orders', settings.costPerOrder > 0 ? settings.costPerOrder : -1],
    ['invoices', settings.costPerInvoice > 0 ? settings.costPerInvoice : -1],
    ['freeShipments', settings.costPerFreeShipment > 0 ? settings.costPerFreeShipment : -1],
    ['daysLate', null],
    ['discountPct', settings.discountTiers.length > 0 ? null : -1],
  ];
  const problems: Problem[] = [];
  for (const [field, cost] of needed) {
    if (cost === -1 || mapping.fields[field]) continue;
    const label = translate(FIELD_LABELS, language, field);
    const consequence = translate(MISSING_FIELD_CONSEQUENCES, language, field, { money: cost === null ? '' : formatMoney(cost, language) });
    problems.push({
      id: 'fieldMissing',
      severity: 'warning',
      row: null,
      column: label,
      text: null,
      message: problemMessage(language, 'fieldMissing', { expected: label, consequence, row: '', column: label, text: '', other: '' }),
    });
  }
  return problems;
}
