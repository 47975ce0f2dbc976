/**
 * The builder: sources added one by one and read as their rows come (`reader.ts`), then `finish` settles the
 * period, matches the clients (`match.ts`) and sums each client's figures per docs/DEFINITIONS.md §1b
 * (`figures.ts`).
 */
import { readClientTable } from '../read/index.js';
import type { CellValue } from '../types.js';
import { figuresOf } from './figures.js';
import { sourceProblems } from './problems.js';
import { MonthOf, parsePeriod } from './period.js';
import { decideSourceDates, SourceReader, type BuildContext } from './reader.js';
import { recogniseSource } from './recognise.js';
import type { BuildState } from './state.js';
import { InvoiceTable } from './sums.js';
import type { BuildOptions, ClientListBuild, ListBuilder, SourceFeed, SourceInput } from './types.js';

export function createListBuilder(options: BuildOptions = {}): ListBuilder {
  const given = options.period ? parsePeriod(options.period) : null;
  const months = new MonthOf();
  const state: BuildState = {
    options, readers: [], invoices: new InvoiceTable(), given, periodInvalid: options.period !== undefined && given === null,
  };
  // A given period places each row at once (0 the period, 1 the previous, 2 neither); the default one is known
  // only at the end, so rows are summed per month and placed then (the default period is whole months).
  const bucketOf = given ? (day: number): number => (day >= given.from && day <= given.to ? 0 : day >= given.previousFrom && day <= given.previousTo ? 1 : 2) : (day: number): number => months.of(day);
  const language = options.language ?? 'nl';
  const context: BuildContext = { bucketOf, invoices: state.invoices, fallbackNotation: options.notation ?? (language === 'en' ? 'en' : 'nl') };
  return {
    add(source: Omit<SourceInput, 'rest'>): SourceFeed {
      const index = state.readers.length;
      const choice = options.choices?.[index] ?? {};
      const recognition = recogniseSource(source.cells, choice);
      const dates = decideSourceDates(source.cells, recognition, choice.dateOrder ?? options.dateOrder);
      const reader = new SourceReader(index, source, recognition, context, dates);
      if (dates.undecided) reader.tally('dateOrderUndecided', null, null, dates.undecided.text, { column: dates.undecided.column });
      state.readers.push(reader);
      return {
        index,
        recognition,
        push: (row: readonly CellValue[]) => reader.push(row),
        end: () => {
          if (reader.recognition.kind === 'orders') reader.finishOrders();
        },
      };
    },
    finish: (): ClientListBuild => finishBuild(state),
  };
}

function finishBuild(state: BuildState): ClientListBuild {
  const language = state.options.language ?? 'nl';
  const lists = state.readers.map((reader) => (reader.recognition.kind === 'clientList'
    ? readClientTable(reader.listRows, { language, ...(reader.input.notationHint ? { notationHint: reader.input.notationHint } : {}), ...(state.options.notation ? { notation: state.options.notation } : {}) })
    : null));
  const figures = figuresOf(state, lists);
  const problems = sourceProblems(state, figures, language);
  const blocked = state.periodInvalid || problems.some((p) => p.severity === 'blocking');
  return {
    period: blocked ? null : figures.period,
    sources: state.readers.map((reader, i) => ({
      file: reader.input.file,
      ...(reader.input.sheet !== undefined ? { sheet: reader.input.sheet } : {}),
      kind: reader.recognition.kind,
      rows: lists[i] ? lists[i]!.columns.count : reader.rows,
      used: lists[i] ? lists[i]!.columns.count : reader.used - figures.outside[i]! - figures.unresolved[i]!,
      skipped: lists[i] ? 0 : reader.skipped + figures.outside[i]! + figures.unresolved[i]!,
      recognition: reader.recognition,
    })),
    clients: blocked ? [] : figures.clients,
    fields: figures.fields,
    provenance: blocked ? [] : figures.provenance,
    possibleMatches: figures.possibleMatches,
    problems,
    blocked,
  };
}

/** `createListBuilder` for tables held in memory, or fed synchronously through `rest` (a CSV as it is parsed). */
export function buildClientList(sources: readonly SourceInput[], options: BuildOptions = {}): ClientListBuild {
  const builder = createListBuilder(options);
  for (const source of sources) {
    const { rest, ...head } = source;
    const feed = builder.add(head);
    rest?.feed((row) => feed.push(row));
    feed.end();
  }
  return builder.finish();
}
