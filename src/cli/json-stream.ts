/**
 * `klantwaarde analyse --json` for any number of clients (issue 11). `JSON.stringify` of the whole result is one
 * string, and V8 caps a string near 512 MiB: the whole result stopped at about 627 000 clients with
 * `RangeError: Invalid string length`, after holding a plain object per client as well. Here the same JSON is
 * written in chunks of 64 KiB: the top-level object key by key, and the long arrays (the clients, the
 * problems) element by element, each client's `ClientResult` built from the columnar analysis, written and
 * dropped. The text is byte for byte what `JSON.stringify({ ...analyse(…), mapping, problems })` gives.
 */
import { ADVICE_CODES, analyseColumns, materialiseOne, SIGNAL_IDS, toColumns, type ColumnarAnalysis } from '../core/analyse.js';
import { CLASS_LETTERS, TIER_CODES } from '../core/classify.js';
import { marginOf } from '../core/figures.js';
import { resolveSettings } from '../core/settings.js';
import { clientColumns } from '../core/table.js';
import type { ClientRecord, ColumnMapping, Problem, Settings, TableColumns } from '../core/types.js';

/**
 * An array written element by element: `length` elements, the `i`th made by `at(i)` only when written; `json(i)`,
 * when given, is the element's JSON text made directly (it must equal `JSON.stringify(at(i))`).
 */
export class StreamedArray {
  constructor(readonly length: number, readonly at: (index: number) => unknown, readonly json?: (index: number) => string) {}
}

/** A number as JSON.stringify writes it: `null` for NaN and ±Infinity. */
const num = (x: number): string => (x - x === 0 ? String(x) : 'null');

/**
 * The JSON text of `materialiseOne(a, i)` without the object: the same keys in the same order, the same numbers
 * (String(x) is JSON's number text). At 200 000 clients this halves the time of writing them (no object, no
 * generic walk over it); json-stream.test.ts holds it to `JSON.stringify` of the whole result.
 */
export function clientJson(a: ColumnarAnalysis): (i: number) => string {
  const v = a.columns.values;
  const f = a.figures;
  const quoted = (list: readonly string[]): string[] => list.map((x) => JSON.stringify(x));
  const classes = quoted(CLASS_LETTERS);
  const tiers = quoted(TIER_CODES);
  const advice = quoted(ADVICE_CODES);
  const signalTexts = new Map<number, string>();
  const signalsOf = (flags: number): string => {
    let text = signalTexts.get(flags);
    if (text === undefined) {
      text = JSON.stringify(SIGNAL_IDS.filter((_, bit) => flags & (1 << bit)));
      signalTexts.set(flags, text);
    }
    return text;
  };
  return (i) => {
    const revenue = v.revenue[i]!;
    const netProfit = a.netProfit[i]!;
    const invoiceCost = f.invoiceCost(i);
    const shippingCost = f.shippingCost(i);
    const repairGain = f.repairGain(i);
    let drivers = '';
    for (let d = 0; d < a.driverCosts.length; d++) drivers += (d === 0 ? '' : ',') + num(a.driverCosts[d]![i]!);
    return `{"row":${a.columns.row[i]!},"client":${JSON.stringify(a.columns.client[i]!)},"revenue":${num(revenue)},` +
      `"directCosts":${num(v.directCosts[i]!)},"time":${num(a.time[i]!)},"labourCost":${num(f.labourCost(i))},` +
      `"visitCost":${num(f.visitCost(i))},"orderCost":${num(f.orderCost(i))},"invoiceCost":${num(invoiceCost)},` +
      `"shippingCost":${num(shippingCost)},"driverCosts":[${drivers}],"interestCost":${num(a.interestCost[i]!)},` +
      `"costToServe":${num(a.costToServe[i]!)},"netProfit":${num(netProfit)},"margin":${num(marginOf(netProfit, revenue) ?? NaN)},` +
      `"contribution":${num(a.contribution[i]!)},"hourlyReturn":${num(a.hourlyReturn[i]!)},"opportunityCost":${num(f.opportunityCost(i))},` +
      `"discountLeak":${num(a.discountLeak[i]!)},"trend":${num(f.trend(i))},"abcValue":${num(a.abcValue[i]!)},` +
      `"abcClass":${classes[a.abcClass[i]!]},"tier":${tiers[a.tier[i]!]},"signals":${signalsOf(a.signals[i]!)},` +
      `"repair":{"discount":${num(a.discountLeak[i]!)},"visits":${num(f.repairVisits(i))},"orders":${num(f.repairOrders(i))},` +
      `"invoicing":${num(invoiceCost)},"shipping":${num(shippingCost)},"interest":${num(a.interestCost[i]!)}},` +
      `"repairGain":${num(repairGain)},"repairedProfit":${num(netProfit + repairGain)},"replacement":${num(f.replacement(i))},` +
      `"referralLoss":${num(f.referralLoss(i))},"letGoEffect":${num(f.letGoEffect(i))},"advice":${advice[a.advice[i]!]}}`;
  };
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
      for (let i = 0; i < value.length; i++) {
        const text = value.json ? value.json(i) : (JSON.stringify(value.at(i)) as string | undefined);
        if (i > 0) add(',');
        if (add(text ?? 'null')) yield flush();
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
export function analysisEntries(columnar: ColumnarAnalysis, extra: { mapping: ColumnMapping; problems: readonly Problem[] }): [string, unknown][] {
  // `analyse` returns `{ settings, clients, ...summary }`; the CLI appends `mapping` and `problems`.
  return [
    ['settings', columnar.settings],
    ['clients', new StreamedArray(columnar.columns.count, (i) => materialiseOne(columnar, i), clientJson(columnar))],
    ...Object.entries(columnar.summary),
    ['mapping', extra.mapping],
    ['problems', new StreamedArray(extra.problems.length, (i) => extra.problems[i])],
  ];
}

/**
 * Analyses the clients as `analyse` does and writes the CLI's JSON to `write`, chunk by chunk, then a newline. The
 * clients are a table's columns (the CLI: no object per client) or records.
 */
export async function writeAnalysisJson(
  clients: TableColumns | readonly ClientRecord[],
  settingsInput: Partial<Settings>,
  today: string | undefined,
  extra: { mapping: ColumnMapping; problems: readonly Problem[] },
  write: JsonSink,
): Promise<void> {
  const settings = resolveSettings(settingsInput, today);
  const columns = Array.isArray(clients) ? toColumns(clients as readonly ClientRecord[], settings) : clientColumns(clients as TableColumns, settings);
  const columnar = analyseColumns(columns, settings);
  for (const chunk of jsonChunks(analysisEntries(columnar, extra))) {
    const done = write(chunk);
    if (done instanceof Promise) await done;
  }
  const done = write('\n');
  if (done instanceof Promise) await done;
}
