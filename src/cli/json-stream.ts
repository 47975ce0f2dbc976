/**
 * `klantwaarde analyse --json` for any number of clients. `JSON.stringify` of the whole result is one
 * string, and V8 caps a string near 512 MiB: the whole result stopped at about 627 000 clients with
 * `RangeError: Invalid string length`, after holding a plain object per client as well. Here the same JSON is
 * written in pieces: the top-level object key by key (in chunks of up to 64 KiB), and the long arrays (the
 * clients, the problems) in batches of 256 elements, each client's `ClientResult` built from the columnar
 * analysis, serialised with its batch and dropped. The text is byte for byte what
 * `JSON.stringify({ settings, clients: materialise(analysis), ...analysis.summary, mapping, problems })` gives.
 */
import {
  analyseTable, materialiseOne, type ColumnarAnalysis, type ColumnMapping, type Problem, type Settings, type TableColumns,
} from '../core/index.js';

/**
 * An array written in batches: `length` elements, the `i`th made by `at(i)` only when its batch is written and
 * dropped after it.
 */
export class StreamedArray {
  constructor(readonly length: number, readonly at: (index: number) => unknown) {}
}

/** Elements per `JSON.stringify` call: ~200 KiB of text for clients. */
const BATCH = 256;

/**
 * The JSON text of elements `from`…`to` of an array, comma-separated, without brackets: `JSON.stringify` of the
 * batch as an array, whose elements are written exactly as in the whole array (`undefined` and functions as
 * `null`). One call per batch, not per element: V8's serializer writes a flat string of plain objects and their
 * numbers several times faster than text built piece by piece in JavaScript.
 */
export function batchJson(at: (index: number) => unknown, from: number, to: number): string {
  const batch = new Array<unknown>(to - from);
  for (let i = from; i < to; i++) batch[i - from] = at(i);
  return JSON.stringify(batch).slice(1, -1);
}

/** Where the chunks go; a promise (a stream's drain) is awaited before the next chunk. */
export type JsonSink = (text: string) => unknown;

// 64 KiB: a chunk is written and dropped while young; 1 MiB chunks of many small strings reached V8's old space and
// doubled the collector's time.
const CHUNK = 1 << 16;

/**
 * The chunks of the JSON text of an object whose entries are `entries`, in order; a `StreamedArray` value is
 * written as an array. Follows `JSON.stringify`: a key whose value is `undefined` (or a function) is left out, and
 * such an element of an array is written `null`.
 */
export function* jsonChunks(entries: readonly (readonly [string, unknown])[], chunkSize = CHUNK): Generator<string> {
  // The pieces of a chunk are joined once: `join` copies them into one flat string, where `+=` built a rope of
  // thousands of pieces that writing to stdout had to flatten and encode again (a fifth of a 200 000-client run).
  let parts: string[] = ['{'];
  let size = 1;
  const add = (text: string): boolean => {
    parts.push(text);
    size += text.length;
    return size >= chunkSize;
  };
  const flush = (): string => {
    const chunk = parts.join('');
    parts = [];
    size = 0;
    return chunk;
  };
  let first = true;
  for (const [key, value] of entries) {
    if (value instanceof StreamedArray) {
      add(`${first ? '' : ','}${JSON.stringify(key)}:[`);
      first = false;
      const end = value.length;
      // Each batch's text is a chunk of its own, passed on as `JSON.stringify` made it (a flat string): joining it
      // to its neighbours would copy every byte once more before stdout encodes it.
      if (end > 0) yield flush();
      for (let i = 0; i < end; i += BATCH) {
        if (i > 0) yield ',';
        yield batchJson(value.at, i, Math.min(end, i + BATCH));
      }
      add(']');
      continue;
    }
    const text = JSON.stringify(value) as string | undefined;
    if (text === undefined) continue;
    const more = add(`${first ? '' : ','}${JSON.stringify(key)}:${text}`);
    first = false;
    if (more) yield flush();
  }
  add('}');
  yield flush();
}

/** The entries of `{ settings, clients, ...summary, mapping, problems }` of an analysis, with the clients streamed. */
export function analysisEntries(
  columnar: ColumnarAnalysis,
  extra: { mapping: ColumnMapping; problems: readonly Problem[] },
): [string, unknown][] {
  // The analysis as one plain object (`{ settings, clients, ...summary }`); the CLI appends `mapping` and `problems`.
  return [
    ['settings', columnar.settings],
    ['clients', new StreamedArray(columnar.columns.count, (i) => materialiseOne(columnar, i))],
    ...Object.entries(columnar.summary),
    ['mapping', extra.mapping],
    ['problems', new StreamedArray(extra.problems.length, (i) => extra.problems[i])],
  ];
}

/**
 * Analyses a table's columns (`analyseTable`) and writes the CLI's JSON to `write`, chunk by chunk, then a newline:
 * no object per client is held.
 *
 * One thread: a second one writing half the clients (tried) took as long on a 2-core machine — each half ran about
 * as slowly as the whole did alone — and cost 0.7 s more CPU and 280 MB more memory.
 */
export async function writeAnalysisJson(
  clients: TableColumns,
  settingsInput: Partial<Settings>,
  today: string | undefined,
  extra: { mapping: ColumnMapping; problems: readonly Problem[] },
  write: JsonSink,
): Promise<void> {
  await writeJson(analysisEntries(analyseTable(clients, settingsInput, today), extra), write);
}

/** The JSON text of an object of `entries` (`jsonChunks`) to `write`, chunk by chunk, then a newline. */
export async function writeJson(entries: readonly (readonly [string, unknown])[], write: JsonSink): Promise<void> {
  for (const chunk of jsonChunks(entries)) {
    const done = write(chunk);
    if (done instanceof Promise) await done;
  }
  const done = write('\n');
  if (done instanceof Promise) await done;
}
