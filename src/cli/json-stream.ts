/**
 * `klantwaarde analyse --json` for any number of clients (issue 11). `JSON.stringify` of the whole result is one
 * string, and V8 caps a string near 512 MiB: the whole result stopped at about 627 000 clients with
 * `RangeError: Invalid string length`, after holding a plain object per client as well. Here the same JSON is
 * written in chunks of about a MiB: the top-level object key by key, and the long arrays (the clients, the
 * problems) element by element, each client's `ClientResult` built from the columnar analysis, written and
 * dropped. The text is byte for byte what `JSON.stringify({ ...analyse(…), mapping, problems })` gives.
 */
import { analyseColumns, materialiseOne, toColumns, type ColumnarAnalysis } from '../core/analyse.js';
import { resolveSettings } from '../core/settings.js';
import type { ClientRecord, ColumnMapping, Problem, Settings } from '../core/types.js';

/** An array written element by element: `length` elements, the `i`th made by `at(i)` only when written. */
export class StreamedArray {
  constructor(readonly length: number, readonly at: (index: number) => unknown) {}
}

/** Where the chunks go; a promise (a stream's drain) is awaited before the next chunk. */
export type JsonSink = (text: string) => unknown;

const CHUNK = 1 << 20;

/**
 * The chunks of the JSON text of an object whose entries are `entries`, in order; a `StreamedArray` value is
 * written as an array. Follows `JSON.stringify`: a key whose value is `undefined` (or a function) is left out, and
 * such an element of an array is written `null`.
 */
export function* jsonChunks(entries: readonly (readonly [string, unknown])[], chunkSize = CHUNK): Generator<string> {
  let pending = '{';
  let first = true;
  for (const [key, value] of entries) {
    if (value instanceof StreamedArray) {
      pending += `${first ? '' : ','}${JSON.stringify(key)}:[`;
      first = false;
      for (let i = 0; i < value.length; i++) {
        const text = JSON.stringify(value.at(i)) as string | undefined;
        pending += (i === 0 ? '' : ',') + (text ?? 'null');
        if (pending.length >= chunkSize) {
          yield pending;
          pending = '';
        }
      }
      pending += ']';
      continue;
    }
    const text = JSON.stringify(value) as string | undefined;
    if (text === undefined) continue;
    pending += `${first ? '' : ','}${JSON.stringify(key)}:${text}`;
    first = false;
    if (pending.length >= chunkSize) {
      yield pending;
      pending = '';
    }
  }
  yield pending + '}';
}

/** The entries of `{ ...analyse(records, settings, today), mapping, problems }`, with the clients streamed. */
export function analysisEntries(columnar: ColumnarAnalysis, extra: { mapping: ColumnMapping; problems: readonly Problem[] }): [string, unknown][] {
  // `analyse` returns `{ settings, clients, ...summary }`; the CLI appends `mapping` and `problems`.
  return [
    ['settings', columnar.settings],
    ['clients', new StreamedArray(columnar.columns.count, (i) => materialiseOne(columnar, i))],
    ...Object.entries(columnar.summary),
    ['mapping', extra.mapping],
    ['problems', new StreamedArray(extra.problems.length, (i) => extra.problems[i])],
  ];
}

/** Analyses `records` as `analyse` does and writes the CLI's JSON to `write`, chunk by chunk, then a newline. */
export async function writeAnalysisJson(
  records: readonly ClientRecord[],
  settingsInput: Partial<Settings>,
  today: string | undefined,
  extra: { mapping: ColumnMapping; problems: readonly Problem[] },
  write: JsonSink,
): Promise<void> {
  const settings = resolveSettings(settingsInput, today);
  const columnar = analyseColumns(toColumns(records, settings), settings);
  for (const chunk of jsonChunks(analysisEntries(columnar, extra))) {
    const done = write(chunk);
    if (done instanceof Promise) await done;
  }
  const done = write('\n');
  if (done instanceof Promise) await done;
}
