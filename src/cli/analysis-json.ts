/**
 * `klantwaarde analyse --json` with each client's input figures: the JSON of `writeAnalysisJson` (json-stream.ts,
 * streamed client by client), each client carrying under `input` the figures the list gave it — the fields the
 * table has a column for, as read (docs/DEFINITIONS.md §1). For a list built from exports these are the figures of
 * `klantwaarde list --json`, so a user can see what every result was computed from. The profile's sentence
 * (docs/DEFINITIONS.md §7) is the one of the run's language (`--lang`), a string, where the analysis holds all three.
 */
import {
  analyseTable, materialiseOne, NUMERIC_FIELDS, type ColumnMapping, type Language, type NumericField, type Problem, type Profile, type Settings,
  type TableColumns,
} from '../core/index.js';
import { analysisEntries, StreamedArray, writeJson, type JsonSink } from './json-stream.js';

/** The numeric fields the table has a column for, in the order of docs/DEFINITIONS.md §1. */
export function inputFields(mapping: ColumnMapping): NumericField[] {
  return NUMERIC_FIELDS.filter((field) => mapping.fields[field] !== undefined);
}

/** Client `i`'s input figures (a blank cell is 0, as the analysis takes it). */
export function inputOf(columns: TableColumns, fields: readonly NumericField[], i: number): Partial<Record<NumericField, number>> {
  const input: Partial<Record<NumericField, number>> = {};
  for (const field of fields) input[field] = columns.values[field][i]!;
  return input;
}

/** As `writeAnalysisJson` for a table read as columns, with `input` on every client. */
export async function writeAnalysisJsonWithInput(
  table: TableColumns,
  settingsInput: Partial<Settings>,
  today: string | undefined,
  extra: { mapping: ColumnMapping; problems: readonly Problem[] },
  write: JsonSink,
  language: Language = 'nl',
): Promise<void> {
  const columnar = analyseTable(table, settingsInput, today);
  const fields = inputFields(extra.mapping);
  const entries = analysisEntries(columnar, extra).map(([key, value]): [string, unknown] => {
    if (key === 'clients') return [key, new StreamedArray(columnar.columns.count, (i) => ({ ...materialiseOne(columnar, i), input: inputOf(table, fields, i) }))];
    if (key === 'profile' && value) return [key, { ...(value as Profile), sentence: (value as Profile).sentence[language] }];
    return [key, value];
  });
  await writeJson(entries, write);
}
