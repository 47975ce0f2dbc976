/**
 * A client list built from exports (docs/DEFINITIONS.md §1b), for `klantwaarde list FILE…` (alias `lijst`) and for
 * `klantwaarde analyse` with several files or an export: every file is fed to the core's list builder (a CSV
 * streamed from disk, every sheet of a workbook that is a source), and the built list is
 * - written as a workbook (*Klantenlijst* and *Bronnen*) or printed as JSON (`list`), or
 * - read back by `readClientTable` as a client list (`builtTable`), so `analyse` runs its own path unchanged: the
 *   analysis of a built list is the analysis of the same list typed.
 */
import { dirname, join } from 'node:path';
import type ExcelJS from 'exceljs';
import {
  builtListCells, createListBuilder, fill, KIND_LABELS, listJson, readClientTable, recogniseSource, SOURCE_WORDS,
  type BuildOptions, type ClientListBuild, type DateOrder, type Field, type Language,
} from '../core/index.js';
import { FileReadError, type LoadedTable } from '../hosts/xlsx/read.js';
import {
  csvHead, feedSourceFiles, feedWorkbookTables, isExportKind, workbookTables, writeListWorkbook, type FedTable,
} from '../hosts/xlsx/sources.js';
import { CLI_MESSAGES, type CliMessageId } from './messages.js';
import { planOutput, writeReplacing, type OutputPlan } from './output.js';

/** A file of several that could not be read: which one, and why. */
export class SourceFileError extends Error {
  constructor(readonly file: string, readonly error: FileReadError) {
    super(`${file}: ${error.message}`);
  }
}

const FILE_ERROR_IDS: Record<FileReadError['reason'], CliMessageId> = {
  missing: 'missingFile', notAFile: 'notAFile', unreadable: 'unreadable', notXlsx: 'notXlsx', empty: 'emptyFile',
  sheetMissing: 'sheetMissing', unsupported: 'unsupported', csvQuote: 'csvQuote',
};

/** The sentence for a file that could not be read, in the user's language. */
export function fileErrorText(error: FileReadError, file: string, language: Language): string {
  return fill(CLI_MESSAGES[language][FILE_ERROR_IDS[error.reason]], { file, detail: error.detail });
}

/** The default name of the written list, by language, next to the first file. */
export const LIST_FILE_NAMES: Record<Language, string> = { nl: 'klantenlijst.xlsx', en: 'client-list.xlsx', de: 'kundenliste.xlsx' };

export function defaultListOutput(first: string, language: Language): string {
  return join(dirname(first), LIST_FILE_NAMES[language]);
}

export type BuiltInput = { build: ClientListBuild; tables: FedTable[] };

/**
 * Every file into one list. `workbook`: the first file already loaded as a workbook (by `loadTable`, when
 * `analyse` found exports in it), so it is not read twice. A file that cannot be read throws `SourceFileError`.
 */
export async function buildFromFiles(
  files: readonly string[],
  options: BuildOptions,
  dateOrder: DateOrder | undefined,
  loaded?: { file: string; workbook: ExcelJS.Workbook },
): Promise<BuiltInput> {
  const language = options.language ?? 'nl';
  const builder = createListBuilder({ ...options, ...(dateOrder ? { dateOrder } : {}) });
  const tables: FedTable[] = [];
  for (const file of files) {
    try {
      if (loaded && loaded.file === file) tables.push(...feedWorkbookTables(file, workbookTables(loaded.workbook), builder));
      else tables.push(...(await feedSourceFiles([file], builder, { language })));
    } catch (error) {
      if (error instanceof FileReadError) throw new SourceFileError(file, error);
      throw error;
    }
  }
  return { build: builder.finish(), tables };
}

/** Whether a CSV is an export rather than a client list, by what its first rows are recognised as. */
export async function csvIsExport(file: string): Promise<boolean> {
  try {
    return isExportKind(recogniseSource(await csvHead(file)).kind);
  } catch (error) {
    if (error instanceof FileReadError) return false; // `loadTable` says what is wrong with it, as today
    throw error;
  }
}

/** Whether a workbook holds a sheet that is an export (then `analyse` builds a list of all its sources). */
export function workbookHasExports(workbook: ExcelJS.Workbook): boolean {
  return workbookTables(workbook).some((table) => isExportKind(table.kind));
}

/** The built list read back as a client list, in the shape `loadTable` gives, for `analyse`'s own path. */
export function builtTable(build: ClientListBuild, language: Language, mapping: Partial<Record<Field, string | null>>): LoadedTable {
  const table = readClientTable(builtListCells(build, language), { language, mapping });
  return { kind: 'csv', fileProblems: [], otherSheets: [], workbook: null, sheetName: null, cells: null, table };
}

/** Where each table is said: the file, and the sheet of a workbook. */
function whereOf(table: { file: string; sheet?: string | undefined }, language: Language): string {
  return table.sheet === undefined ? table.file : `${table.file}, ${SOURCE_WORDS[language].sheet.toLowerCase()} "${table.sheet}"`;
}

const MAX_PROBLEMS = 20;

/**
 * What a build says, as `analyse` says it: `out` the sources (each table, its kind and rows, or why it is no
 * source), the period and the client count; `err` the near matches, each with the `--same` and `--apart` flags
 * that decide it, and the problems.
 */
export function buildReport(built: BuiltInput, language: Language): { out: string[]; err: string[] } {
  const t = (id: CliMessageId, params?: Record<string, string | number>): string => fill(CLI_MESSAGES[language][id], params);
  const { build, tables } = built;
  const out = [t('sourcesTitle')];
  for (const table of tables) {
    const summary = table.source === null ? undefined : build.sources[table.source];
    if (!summary || summary.kind === null) out.push(t('notASource', { where: whereOf(table, language) }));
    else out.push(t('sourceLine', { where: whereOf(table, language), kind: KIND_LABELS[language][summary.kind], rows: summary.rows, used: summary.used, skipped: summary.skipped }));
  }
  const p = build.period;
  // No period when no row gave a date (a client list alone) or the build is blocked.
  if (p) out.push(p.previousFrom && p.previousTo ? t('periodWithPrevious', { from: p.from, to: p.to, previousFrom: p.previousFrom, previousTo: p.previousTo }) : t('periodLine', { from: p.from, to: p.to }));
  if (!build.blocked) out.push(t('listClients', { clients: build.clients.length, sources: build.sources.filter((s) => s.kind !== null).length }));
  const err: string[] = [];
  if (build.possibleMatches.length > 0) {
    err.push(t('nearHeading', { count: build.possibleMatches.length }));
    for (const m of build.possibleMatches) err.push(t('nearLine', { a: m.a, b: m.b }));
  }
  // Near matches are listed above with their flags; the other problems as `analyse` lists its warnings.
  const problems = build.problems.filter((problem) => problem.id !== 'nearMatch' && problem.severity !== 'blocking');
  if (problems.length > 0) {
    err.push(t('warningsHeading', { count: problems.length }), ...problems.slice(0, MAX_PROBLEMS).map((problem) => `  ${problem.message}`));
    if (problems.length > MAX_PROBLEMS) err.push(`  ${t('moreWarnings', { count: problems.length - MAX_PROBLEMS })}`);
  }
  return { out, err };
}

/**
 * Why a blocked build stops (exit 1): its blocking problems, each naming both readings of an undecidable date, and
 * the flag that decides it.
 */
export function blockedLines(build: ClientListBuild, language: Language): string[] {
  const t = (id: CliMessageId): string => CLI_MESSAGES[language][id];
  const blocking = build.problems.filter((problem) => problem.severity === 'blocking');
  const lines = [t('blockedStop'), ...blocking.map((problem) => `  ${problem.message}`)];
  if (blocking.some((problem) => problem.id === 'dateOrderUndecided')) lines.push(t('dateOrderHint'));
  return lines;
}

/** Why a build that is not blocked still gives no client (no table is a source, or no row names a client); null when it gives some. */
export function emptyBuildText(build: ClientListBuild, files: readonly string[], language: Language): string | null {
  if (build.clients.length > 0) return null;
  const message = build.sources.some((s) => s.kind !== null) ? CLI_MESSAGES[language].noClients : CLI_MESSAGES[language].noSources;
  return fill(message, { file: files.join(', '), files: files.join(', ') });
}

/** `planOutput` for every input: the first refusal, else the plan (the input a refusal names is returned with it). */
export async function planForInputs(files: readonly string[], out: string, force: boolean): Promise<{ plan: OutputPlan; input: string }> {
  let last: { plan: OutputPlan; input: string } | null = null;
  for (const input of files) {
    const plan = await planOutput(input, out, force);
    if (!plan.ok) return { plan, input };
    last = { plan, input };
  }
  return last!;
}

const REFUSAL_IDS: Record<Exclude<OutputPlan, { ok: true }>['reason'], CliMessageId> = {
  isInput: 'outputIsInput', extension: 'outputExtension', foreign: 'outputForeign', notAFile: 'outputNotAFile',
};

/** Why `out` is not written (`input`: the input it would overwrite), in the user's language. */
export function refusalText(plan: Exclude<OutputPlan, { ok: true }>, input: string, out: string, language: Language): string {
  return fill(CLI_MESSAGES[language][REFUSAL_IDS[plan.reason]], {
    file: plan.reason === 'isInput' ? input : out, extension: plan.reason === 'extension' ? plan.extension : '',
  });
}

export type ListIo = { stdout: (text: string) => void; stderr: (text: string) => void };

/**
 * `klantwaarde list FILE… [--out klantenlijst.xlsx] [--json]`. Exit codes as `analyse`: 0 done, 1 the list could
 * not be made (a file unreadable, no source, an undecidable date order), 2 wrong usage.
 */
export async function runList(
  files: readonly string[],
  flags: { out?: string; json: boolean; force: boolean; quiet: boolean },
  options: BuildOptions,
  dateOrder: DateOrder | undefined,
  io: ListIo,
): Promise<number> {
  const language = options.language ?? 'nl';
  const t = (id: CliMessageId, params?: Record<string, string | number>): string => fill(CLI_MESSAGES[language][id], params);
  const out = flags.out ?? defaultListOutput(files[0]!, language);
  let target = out;
  if (!flags.json) {
    const { plan, input } = await planForInputs(files, out, flags.force);
    if (!plan.ok) {
      io.stderr(refusalText(plan, input, out, language) + '\n');
      return 2;
    }
    target = plan.target;
  }
  let built: BuiltInput;
  try {
    built = await buildFromFiles(files, options, dateOrder);
  } catch (error) {
    if (error instanceof SourceFileError) {
      io.stderr(fileErrorText(error.error, error.file, language) + '\n');
      return 1;
    }
    throw error;
  }
  const { build } = built;
  const report = buildReport(built, language);
  if (!flags.json && !flags.quiet) io.stdout(report.out.join('\n') + '\n');
  if (report.err.length > 0) io.stderr(report.err.join('\n') + '\n');
  if (build.blocked) {
    io.stderr(blockedLines(build, language).join('\n') + '\n');
    return 1;
  }
  const empty = emptyBuildText(build, files, language);
  if (empty) {
    io.stderr(empty + '\n');
    return 1;
  }
  if (flags.json) {
    io.stdout(JSON.stringify(listJson(build)) + '\n');
    return 0;
  }
  let sheets: { list: string; sources: string };
  try {
    sheets = await writeReplacing(target, (temporary) => writeListWorkbook(temporary, build, language));
  } catch (error) {
    io.stderr(t('writeFailed', { file: out, detail: (error as Error).message }) + '\n');
    return 1;
  }
  io.stdout(t('listWritten', { file: out, list: sheets.list, sources: sheets.sources }) + '\n');
  return 0;
}
