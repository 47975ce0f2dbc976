/**
 * The clients' columns as they are filled: one typed array per field, sized for the rows expected and grown
 * twice as long when more come.
 */
import { NUMERIC_FIELDS, type NumericField } from '../fields.js';
import type { ColumnMapping, Problem, TableColumns, TableRead } from '../types.js';

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

/** The result of a read: the clients as columns, the problems and how the columns were mapped. */
export function tableRead(columns: TableColumns, problems: Problem[], mapping: ColumnMapping): TableRead {
  return { columns, problems, mapping };
}
