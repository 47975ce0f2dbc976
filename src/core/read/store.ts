/**
 * The clients' columns as they are filled: one typed array per field, sized for the rows expected and grown
 * twice as long when more come. `records` are made from the columns only when a caller asks for them.
 */
import { NUMERIC_FIELDS, type NumericField } from '../fields.js';
import type { ClientRecord, ColumnMapping, Problem, TableColumns, TableRead } from '../types.js';

export function newColumns(capacity: number, withNumbers = false): TableColumns {
  const values = {} as Record<NumericField, Float64Array>;
  for (const field of NUMERIC_FIELDS) values[field] = new Float64Array(capacity);
  const columns: TableColumns = { count: 0, row: new Uint32Array(capacity), client: new Array<string>(capacity), contract: new Int8Array(capacity), values, extra: [] };
  if (withNumbers) columns.clientNumber = new Array<string>(capacity);
  return columns;
}

export const emptyColumns = (): TableColumns => newColumns(0);

/** The same columns with twice the room; the first `count` clients copied. */
export function grownColumns(columns: TableColumns, count: number, capacity: number): TableColumns {
  const larger = newColumns(capacity, columns.clientNumber !== undefined);
  for (const field of NUMERIC_FIELDS) larger.values[field].set(columns.values[field]);
  larger.row.set(columns.row);
  larger.contract.set(columns.contract);
  for (let i = 0; i < count; i++) larger.client[i] = columns.client[i]!;
  if (columns.clientNumber) for (let i = 0; i < count; i++) larger.clientNumber![i] = columns.clientNumber[i]!;
  return larger;
}

/** The first `count` clients: views of the filled part (no copy). */
export function trimColumns(columns: TableColumns, count: number): TableColumns {
  const values = {} as Record<NumericField, Float64Array>;
  for (const field of NUMERIC_FIELDS) values[field] = columns.values[field].subarray(0, count);
  columns.client.length = count;
  if (columns.clientNumber) columns.clientNumber.length = count;
  return {
    count,
    row: columns.row.subarray(0, count),
    client: columns.client,
    ...(columns.clientNumber ? { clientNumber: columns.clientNumber } : {}),
    contract: columns.contract.subarray(0, count),
    values,
    extra: columns.extra.map(({ header, values: column }) => ({ header, values: column.subarray(0, count) })),
  };
}

/** The result, with `records` made from the columns when first read. */
export function tableRead(columns: TableColumns, problems: Problem[], mapping: ColumnMapping): TableRead {
  let records: ClientRecord[] | null = null;
  return {
    get records(): ClientRecord[] {
      return (records ??= recordsOf(columns));
    },
    columns,
    problems,
    mapping,
  };
}

/** One plain record per client. */
function recordsOf(columns: TableColumns): ClientRecord[] {
  const records: ClientRecord[] = new Array(columns.count);
  const v = columns.values;
  for (let i = 0; i < columns.count; i++) {
    const record = newRecord(columns.row[i]!, columns.client[i]!);
    const contract = columns.contract[i]!;
    record.contract = contract < 0 ? null : contract === 1;
    for (const field of NUMERIC_FIELDS) record[field] = v[field][i]!;
    if (columns.clientNumber) record.clientNumber = columns.clientNumber[i]!;
    for (const { header, values } of columns.extra) {
      const value = values[i]!;
      if (!Number.isNaN(value)) record.extra[header] = value;
    }
    records[i] = record;
  }
  return records;
}

/** A record with every field present from the start: one object shape for all rows, which V8 keeps fast. */
function newRecord(row: number, client: string): ClientRecord {
  return {
    row, client, contract: null, extra: {},
    revenue: 0, directCosts: 0, hours: 0, calls: 0, emails: 0, correctionRounds: 0, visits: 0, orders: 0, invoices: 0,
    freeShipments: 0, discountPct: 0, daysLate: 0, reminders: 0, previousRevenue: 0, referralRevenue: 0, potential: 0,
    relationship: 0, unbilledHours: 0,
  };
}
