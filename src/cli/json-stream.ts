/**
 * `klantwaarde analyse --json` for any number of clients (issue 11). `JSON.stringify` of the whole result is one
 * string, and V8 caps a string near 512 MiB: the whole result stopped at about 627 000 clients with
 * `RangeError: Invalid string length`, after holding a plain object per client as well. Here the same JSON is
 * written in chunks of 64 KiB: the top-level object key by key, and the long arrays (the clients, the
 * problems) in batches of 64 elements, each client's `ClientResult` built from the columnar analysis, written
 * and dropped. The text is byte for byte what `JSON.stringify({ ...analyse(…), mapping, problems })` gives.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyseColumns, materialiseOne, toColumns, type ColumnarAnalysis } from '../core/analyse.js';
import { resolveSettings } from '../core/settings.js';
import { clientColumns } from '../core/table.js';
import type { ClientRecord, ColumnMapping, Problem, Settings, TableColumns } from '../core/types.js';
import type { WorkerMessage, WorkerRequest } from './json-worker.js';

/**
 * An array written in batches: `length` elements, the `i`th made by `at(i)` only when its batch is written and
 * dropped after it.
 */
export class StreamedArray {
  constructor(
    readonly length: number,
    readonly at: (index: number) => unknown,
    /** Elements `from` on, as text made elsewhere (each preceded by its `,`): `jsonChunks` yields `chunks` in their place. */
    readonly rest?: { from: number; chunks: AsyncIterable<string> },
  ) {}
}

/** Elements per `JSON.stringify` call: ~200 KiB of text for clients. */
const BATCH = 256;

/**
 * The JSON text of elements `from`…`to` of an array, comma-separated, without brackets: `JSON.stringify` of the
 * batch as an array, whose elements are written exactly as in the whole array (`undefined` and functions as
 * `null`). One call per batch, not per element: V8's serializer writes a flat string of plain objects and their
 * numbers several times faster than text built piece by piece in JavaScript (issue 11).
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
export function* jsonChunks(entries: readonly (readonly [string, unknown])[], chunkSize = CHUNK): Generator<string | AsyncIterable<string>> {
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
      const end = value.rest ? value.rest.from : value.length;
      // Each batch's text is a chunk of its own, passed on as `JSON.stringify` made it (a flat string): joining it
      // to its neighbours would copy every byte once more before stdout encodes it.
      if (end > 0) yield flush();
      for (let i = 0; i < end; i += BATCH) {
        if (i > 0) yield ',';
        yield batchJson(value.at, i, Math.min(end, i + BATCH));
      }
      if (value.rest) {
        yield flush();
        yield value.rest.chunks;
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

/** The entries of `{ ...analyse(records, settings, today), mapping, problems }`, with the clients streamed. */
export function analysisEntries(
  columnar: ColumnarAnalysis,
  extra: { mapping: ColumnMapping; problems: readonly Problem[] },
  rest?: StreamedArray['rest'],
): [string, unknown][] {
  // `analyse` returns `{ settings, clients, ...summary }`; the CLI appends `mapping` and `problems`.
  return [
    ['settings', columnar.settings],
    ['clients', new StreamedArray(columnar.columns.count, (i) => materialiseOne(columnar, i), rest)],
    ...Object.entries(columnar.summary),
    ['mapping', extra.mapping],
    ['problems', new StreamedArray(extra.problems.length, (i) => extra.problems[i])],
  ];
}

/**
 * From this many clients on, the second half of the clients' JSON is written by a second thread (json-worker.ts):
 * below it, starting the thread costs more than it saves.
 */
export const PARALLEL_FROM = 20_000;

/** The worker's bundle beside this one (dist/cli/json-worker.js); absent when run from the sources (tests). */
function workerFile(): URL | null {
  try {
    const url = new URL('./json-worker.js', import.meta.url);
    return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
  } catch {
    return null;
  }
}

/**
 * The JSON of clients `from`…`to` from the worker, chunk by chunk; each chunk taken is acknowledged, so the worker
 * runs at most its window ahead of the writing.
 */
function workerChunks(worker: Worker, request: WorkerRequest): AsyncIterable<string> {
  const queue: WorkerMessage[] = [];
  let wake: (() => void) | null = null;
  const push = (message: WorkerMessage): void => {
    queue.push(message);
    wake?.();
    wake = null;
  };
  worker.on('message', push);
  worker.on('error', (error) => push({ error: error.stack ?? error.message }));
  worker.on('exit', (code) => push(code === 0 ? { done: true } : { error: `exit ${code}` }));
  worker.postMessage(request);
  return {
    async *[Symbol.asyncIterator]() {
      for (;;) {
        while (queue.length === 0) await new Promise<void>((resolve) => { wake = resolve; });
        const message = queue.shift()!;
        if ('error' in message) throw new Error(`json-worker: ${message.error}`);
        if ('done' in message) return;
        worker.postMessage('ack');
        yield message.chunk;
      }
    },
  };
}

/**
 * Analyses the clients as `analyse` does and writes the CLI's JSON to `write`, chunk by chunk, then a newline. The
 * clients are a table's columns (the CLI: no object per client) or records. With `PARALLEL_FROM` clients or more
 * and the built worker at hand, a second thread writes the second half of the clients (the same text).
 */
export async function writeAnalysisJson(
  clients: TableColumns | readonly ClientRecord[],
  settingsInput: Partial<Settings>,
  today: string | undefined,
  extra: { mapping: ColumnMapping; problems: readonly Problem[] },
  write: JsonSink,
  /** `parallel`: use the second thread whatever the size (true) or never (false); `worker`: its bundle (tests). */
  options: { parallel?: boolean; worker?: URL } = {},
): Promise<void> {
  const settings = resolveSettings(settingsInput, today);
  const columns = Array.isArray(clients) ? toColumns(clients as readonly ClientRecord[], settings) : clientColumns(clients as TableColumns, settings);
  const file = (options.parallel ?? columns.count >= PARALLEL_FROM) ? (options.worker ?? workerFile()) : null;
  // Started before this thread's own analysis, so the two run side by side. The worker's share is a little under
  // half: this thread also writes every chunk.
  const split = Math.floor(columns.count * 0.47);
  // The worker is not unref'd: while this thread waits for its chunks, it is what keeps the process alive (an
  // unref'd worker let the process end there, with half the JSON written and exit code 0). It is ended in
  // `finally` whatever happens here.
  const worker = file && columns.count > 1 ? new Worker(file) : null;
  try {
    const rest = worker ? { from: split, chunks: workerChunks(worker, { columns, settings: settingsInput, today, from: split, to: columns.count }) } : undefined;
    const columnar = analyseColumns(columns, settings);
    const entries = analysisEntries(columnar, extra, rest);
    for (const chunk of jsonChunks(entries)) {
      if (typeof chunk === 'string') {
        const done = write(chunk);
        if (done instanceof Promise) await done;
        continue;
      }
      for await (const text of chunk) {
        const done = write(text);
        if (done instanceof Promise) await done;
      }
    }
    const done = write('\n');
    if (done instanceof Promise) await done;
  } finally {
    if (worker) await worker.terminate();
  }
}
