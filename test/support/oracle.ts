/**
 * The record path, kept for the tests only: one plain `ClientRecord` per client, turned into the analysis's columns
 * field by field, analysed, and every client materialised at once. Production runs the columnar pipeline
 * (`readClientTable(…).columns` → `analyseTable` → `buildReportFromColumns`); the tests compare its results against
 * this oracle, whose input side is written independently of `clientColumns` (records, a dynamic look-up of the
 * extra drivers by header) and whose report orders ClientResult objects rather than typed arrays.
 */
import { analyseColumns, materialise, materialiseReport, NUMERIC_FIELDS, resolveSettings } from '../../src/core/index.js';
import type {
  AnalysisResult, ClientColumns, ClientRecord, ClientResult, ColumnarAnalysis, NumericField, ReportOptions, ReportSheet, Settings,
  TableColumns,
} from '../../src/core/index.js';
import { composeReport } from '../../src/core/report/build.js';
import { CLASS_RANK, countRanks, reportOrder } from '../../src/core/report/order.js';
import type { Clients } from '../../src/core/report/context.js';

const NUMERIC_FIELD_SET: ReadonlySet<string> = new Set(NUMERIC_FIELDS);

/** One plain record per client of a table read as columns (blank extra cells left out, as a sheet shows them). */
export function recordsOf(columns: TableColumns): ClientRecord[] {
  const records: ClientRecord[] = new Array(columns.count);
  const v = columns.values;
  for (let i = 0; i < columns.count; i++) {
    const contract = columns.contract[i]!;
    const record = { row: columns.row[i]!, client: columns.client[i]!, contract: contract < 0 ? null : contract === 1, extra: {} } as ClientRecord;
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

/** Values of a driver's column: a recognised field id, else a header in the records' `extra` (0 where blank). */
function driverColumn(records: readonly ClientRecord[], column: string): Float64Array {
  const values = new Float64Array(records.length);
  const isField = NUMERIC_FIELD_SET.has(column);
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    const value = isField ? (record as unknown as Record<string, unknown>)[column] : record.extra[column];
    values[i] = typeof value === 'number' && Number.isFinite(value) ? value : 0;
  }
  return values;
}

/** The analysis's input columns from records: what `clientColumns` gives from a table's columns. */
export function toColumns(records: readonly ClientRecord[], settings: Pick<Settings, 'extraDrivers'>): ClientColumns {
  const n = records.length;
  const values = {} as Record<NumericField, Float64Array>;
  for (const field of NUMERIC_FIELDS) values[field] = new Float64Array(n);
  const row = new Uint32Array(n);
  const client = new Array<string>(n);
  const contract = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    row[i] = r.row;
    client[i] = r.client;
    contract[i] = r.contract === null ? -1 : r.contract ? 1 : 0;
    for (const field of NUMERIC_FIELDS) {
      const value = r[field] ?? 0;
      values[field][i] = Number.isFinite(value) ? value : 0;
    }
  }
  const drivers = settings.extraDrivers.map((driver) => driverColumn(records, driver.column));
  const clientNumber = n > 0 && records[0]!.clientNumber !== undefined ? records.map((r) => r.clientNumber ?? '') : undefined;
  return { count: n, row, client, ...(clientNumber ? { clientNumber } : {}), contract, values, drivers };
}

/** Records analysed as `analyseTable` analyses a table's columns. */
export function analyseRecords(records: readonly ClientRecord[], settingsInput: Partial<Settings> = {}, today?: string): ColumnarAnalysis {
  const settings = resolveSettings(settingsInput, today);
  return analyseColumns(toColumns(records, settings), settings);
}

/** Records and settings in, a plain-JSON result out: every client a `ClientResult` object. */
export function analyse(records: readonly ClientRecord[], settingsInput: Partial<Settings> = {}, today?: string): AnalysisResult {
  const columnar = analyseRecords(records, settingsInput, today);
  return { settings: columnar.settings, clients: materialise(columnar), ...columnar.summary };
}

/** The clients of a list of ClientResults, in the report's order. */
export function clientsOf(list: readonly ClientResult[]): Clients {
  const n = list.length;
  const rank = new Uint8Array(n);
  const value = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    rank[i] = CLASS_RANK[list[i]!.abcClass];
    value[i] = list[i]!.abcValue ?? -Infinity;
  }
  return { count: n, client: (i) => list[i]!, order: reportOrder(rank, value), classCounts: countRanks(rank) };
}

/** The analysis sheet of a plain result, materialised (every cell in one grid). */
export function buildReport(result: AnalysisResult, options: ReportOptions = {}): ReportSheet {
  return materialiseReport(composeReport(result, clientsOf(result.clients), options));
}
