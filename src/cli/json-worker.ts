/**
 * The second thread of `klantwaarde analyse --json` (issue 11): it analyses the same columns as the main thread
 * (the analysis is deterministic, so both hold the same figures) and writes the JSON text of the clients from
 * `from` on, each preceded by its `,`, in chunks of 256 clients (~200 KiB). It keeps at most `WINDOW` chunks unacknowledged,
 * so a slow stdout holds back the worker instead of piling its text up in the main thread.
 *
 * Built as its own bundle (`dist/cli/json-worker.js`, scripts/build/40-cli.mjs); json-stream.ts starts it.
 */
import { parentPort } from 'node:worker_threads';
import { analyseColumns, materialiseOne, type ClientColumns } from '../core/analyse.js';
import { resolveSettings } from '../core/settings.js';
import type { Settings } from '../core/types.js';
import { batchJson } from './json-stream.js';

export type WorkerRequest = { columns: ClientColumns; settings: Partial<Settings>; today: string | undefined; from: number; to: number };
export type WorkerMessage = { chunk: string } | { done: true } | { error: string };

const BATCH = 256;
export const WINDOW = 16;

const port = parentPort;
if (port) {
  let credit = WINDOW;
  let wake: (() => void) | null = null;
  port.on('message', (message: WorkerRequest | 'ack') => {
    if (message === 'ack') {
      credit++;
      wake?.();
      wake = null;
      return;
    }
    void run(message).catch((error: unknown) => port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerMessage));
  });
  const send = async (chunk: string): Promise<void> => {
    while (credit === 0) await new Promise<void>((resolve) => { wake = resolve; });
    credit--;
    port.postMessage({ chunk } satisfies WorkerMessage);
  };
  const run = async ({ columns, settings: input, today, from, to }: WorkerRequest): Promise<void> => {
    const settings = resolveSettings(input, today);
    const columnar = analyseColumns(columns, settings);
    const at = (i: number): unknown => materialiseOne(columnar, i);
    for (let i = from; i < to; i += BATCH) {
      const text = batchJson(at, i, Math.min(to, i + BATCH));
      await send(i === 0 ? text : ',' + text);
    }
    port.postMessage({ done: true } satisfies WorkerMessage);
  };
}
