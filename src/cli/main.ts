/**
 * `klantwaarde analyse <file.xlsx|file.csv> [options]`: the analysis from a terminal, written as a workbook an
 * accountant can share. Exit codes: 0 done (warnings allowed), 1 the file could not be analysed, 2 wrong usage.
 * `main` takes its I/O as a parameter so tests run it in-process; `bin.ts` wires it to the real process. The
 * command line is parsed in args.ts, the settings read in settings-input.ts; here the steps of a run, each
 * returning the exit code when the run stops there.
 */
import { basename, dirname, extname, join } from 'node:path';
import {
  bindDrivers, buildReportFromColumns, analyseTable, fill, FIELD_LABELS, MAX_SHEET_ROWS, missingFieldProblems, todayIso, translate,
  type BuildOptions, type DateOrder, type Language, type Problem, type Settings,
} from '../core/index.js';
import { FileReadError, kindOf, loadTable, type LoadedTable } from '../hosts/xlsx/read.js';
import { parseCommandLine, type FlagValues } from './args.js';
import { writeAnalysisJsonWithInput } from './analysis-json.js';
import { helpText } from './help.js';
import {
  blockedLines, buildFromFiles, buildReport, builtTable, csvIsExport, emptyBuildText, fileErrorText, planForInputs, refusalText, runList,
  SourceFileError, workbookHasExports, type BuiltInput,
} from './list.js';
import { mappingLines } from './mapping.js';
import { CLI_MESSAGES, type CliMessageId } from './messages.js';
import { writeReplacing } from './output.js';
import { settingsInput, UsageError, type SettingsInput } from './settings-input.js';
import { dateOrderOf, SourceArgsError, sourceBuildOptions } from './sources-args.js';
import { summaryLines } from './summary.js';

export { languageOf, SETTING_FLAGS } from './args.js';

export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Colours in the summary (a terminal that is a TTY, and no NO_COLOR). */
  color: boolean;
  /** Today as ISO date; tests fix it. */
  today?: string;
  /** Rows a worksheet holds; tests lower it instead of writing a million rows. */
  maxSheetRows?: number;
};

/** package.json's version, put in by the build (scripts/build/40-cli.mjs); run from the sources, it is not known. */
declare const KLANTWAARDE_VERSION: string | undefined;
export const VERSION: string = typeof KLANTWAARDE_VERSION === 'string' ? KLANTWAARDE_VERSION : '0.0.0-source';
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export function defaultOutput(input: string): string {
  const ext = extname(input);
  return join(dirname(input), `${basename(input, ext)}-analyse.xlsx`);
}

const MAX_WARNINGS = 20;

/** One `analyse` run: its I/O, language, flags and files, and the flags of a list built from exports. */
type Run = {
  io: CliIo;
  language: Language;
  t: (id: CliMessageId, params?: Record<string, string | number>) => string;
  values: FlagValues;
  files: [string, ...string[]];
  buildOptions: BuildOptions;
  dateOrder: DateOrder | undefined;
};

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const line = parseCommandLine(argv, io.env);
  if ('error' in line) {
    io.stderr(line.error + '\n');
    return EXIT.usage;
  }
  if (line.ask === 'help') {
    io.stdout(helpText(line.language));
    return EXIT.ok;
  }
  if (line.ask === 'version') {
    io.stdout(`klantwaarde ${VERSION}\n`);
    return EXIT.ok;
  }
  const { language, values, files } = line;
  // The flags of a list built from exports (src/cli/sources-args.ts), checked for `list` and `analyse` alike.
  let buildOptions;
  let dateOrder;
  try {
    buildOptions = sourceBuildOptions(values, language);
    dateOrder = dateOrderOf(values, language);
  } catch (error) {
    if (!(error instanceof SourceArgsError)) throw error;
    io.stderr(error.message + '\n');
    return EXIT.usage;
  }
  if (line.ask === 'list') {
    const flags = { json: values.json === true, force: values.force === true, quiet: values.quiet === true, ...(typeof values.out === 'string' ? { out: values.out } : {}) };
    return runList(files, flags, buildOptions, dateOrder, io);
  }
  const t = (id: CliMessageId, params?: Record<string, string | number>): string => fill(CLI_MESSAGES[language][id], params);
  return analyse({ io, language, t, values, files, buildOptions, dateOrder });
}

async function analyse(run: Run): Promise<number> {
  const { io, values, files } = run;
  // Settings: the JSON file first, flags over it. The file's `columns` object and `--column` map columns by hand.
  let input: SettingsInput;
  try {
    input = await settingsInput(values, run.language);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(error.message + '\n');
    return EXIT.usage;
  }
  const out = typeof values.out === 'string' ? values.out : defaultOutput(files[0]);
  // Decided before reading, so a refused --out costs nothing; the checks themselves are in output.ts.
  let target = out;
  if (!values.json) {
    const { plan, input: refused } = await planForInputs(files, out, values.force === true);
    if (!plan.ok) {
      io.stderr(refusalText(plan, refused, out, run.language) + '\n');
      return EXIT.usage;
    }
    target = plan.target;
  }
  const read = await readInput(run, input);
  if (typeof read === 'number') return read;
  const { loaded, builtOut } = read;
  const stop = checkTable(run, loaded, builtOut);
  if (stop !== null) return stop;
  const { table } = loaded;
  const settings = read.settings;
  const bound = bindDrivers(settings.extraDrivers ?? [], table.mapping, run.language);
  settings.extraDrivers = bound.drivers;
  const problems: Problem[] = [...table.problems, ...bound.problems, ...missingFieldProblems(table.mapping, settings, run.language)];
  const warn = (): void => {
    if (problems.length === 0) return;
    const lines = [run.t('warningsHeading', { count: problems.length }), ...problems.slice(0, MAX_WARNINGS).map((p) => `  ${p.message}`)];
    if (problems.length > MAX_WARNINGS) lines.push(`  ${run.t('moreWarnings', { count: problems.length - MAX_WARNINGS })}`);
    io.stderr(lines.join('\n') + '\n');
  };
  if (table.columns.count === 0) {
    warn();
    io.stderr(run.t('noClients', { file: files[0] }) + '\n');
    return EXIT.failed;
  }
  if (values.json) {
    warn();
    // Streamed client by client: the same text as JSON.stringify({ ...analyse(…), mapping, problems }), for any size.
    await writeAnalysisJsonWithInput(table.columns, settings, io.today, { mapping: table.mapping, problems }, io.stdout, run.language);
    return EXIT.ok;
  }
  return writeWorkbook(run, loaded, settings, problems, { out, target, warn });
}

/**
 * The client table. One file that is a client list: read as always. Several files, or one that is an export (a
 * CSV recognised from its first rows, a workbook with a sheet of time entries, invoices, orders or contacts): a
 * list built from them all (src/cli/list.ts), read back as a client list, and analysed by the same path.
 */
async function readInput(run: Run, input: SettingsInput): Promise<number | { loaded: LoadedTable; builtOut: string[] | null; settings: Partial<Settings> }> {
  const { values, files, language } = run;
  const file = files[0];
  let loaded: LoadedTable | undefined;
  let built: BuiltInput | null = null;
  try {
    const chosenSheet = typeof values.sheet === 'string';
    if (files.length > 1 || (!chosenSheet && kindOf(file) === 'csv' && (await csvIsExport(file)))) {
      built = await buildFromFiles(files, run.buildOptions, run.dateOrder);
    } else {
      loaded = await loadTable(file, { ...(chosenSheet ? { sheet: values.sheet as string } : {}), language, read: { mapping: input.columns } });
      if (!chosenSheet && loaded.workbook && workbookHasExports(loaded.workbook)) {
        built = await buildFromFiles(files, run.buildOptions, run.dateOrder, { file, workbook: loaded.workbook });
      }
    }
  } catch (error) {
    if (error instanceof FileReadError || error instanceof SourceFileError) {
      run.io.stderr((error instanceof SourceFileError ? fileErrorText(error.error, error.file, language) : fileErrorText(error, file, language)) + '\n');
      return EXIT.failed;
    }
    throw error;
  }
  if (!built) {
    if (!loaded) throw new Error('no table loaded');
    return { loaded, builtOut: null, settings: input.settings };
  }
  return fromBuilt(run, built, input);
}

/** A list built from exports, as the client table it reads back as, or the exit code when it cannot be used. */
function fromBuilt(run: Run, built: BuiltInput, input: SettingsInput): number | { loaded: LoadedTable; builtOut: string[]; settings: Partial<Settings> } {
  const { io, language } = run;
  const report = buildReport(built, language);
  if (report.err.length > 0) io.stderr(report.err.join('\n') + '\n');
  if (built.build.blocked) {
    io.stderr(blockedLines(built.build, language).join('\n') + '\n');
    return EXIT.failed;
  }
  const empty = emptyBuildText(built.build, run.files, language);
  if (empty) {
    io.stderr(empty + '\n');
    return EXIT.failed;
  }
  const loaded = builtTable(built.build, language, input.columns);
  // The analysis's date (the interest rate, the period end shown) is the built list's period end unless set.
  let settings = input.settings;
  if (built.build.period && settings.periodEnd == null) settings = { ...settings, periodEnd: built.build.period.to };
  return { loaded, builtOut: report.out, settings };
}

/**
 * Stops on a table that cannot be analysed (no client or revenue column), or on a column choice the user must
 * make (`--yes` takes the first); prints the mapping first, so the user sees which column fed which figure.
 */
function checkTable(run: Run, loaded: LoadedTable, builtOut: string[] | null): number | null {
  const { io, values, language, t } = run;
  const { table, sheetName, otherSheets } = loaded;
  const fatal = table.problems.filter((p) => p.row === null && p.severity === 'error');
  if (fatal.length > 0) {
    io.stderr([t('tableUnusable', { file: run.files[0] }), ...fatal.map((p) => `  ${p.message}`)].join('\n') + '\n');
    return EXIT.failed;
  }
  if (!values.json && !values.quiet) {
    io.stdout((builtOut ?? mappingLines(table.mapping, language, { sheet: sheetName })).join('\n') + '\n');
    if (otherSheets.length > 0) io.stdout(t('otherSheets', { sheets: otherSheets.map((name) => `"${name}"`).join(', ') }) + '\n');
    io.stdout('\n');
  }
  if (table.mapping.ambiguous.length > 0 && !values.yes) {
    const lines = [t('ambiguousStop')];
    for (const field of table.mapping.ambiguous) {
      const match = table.mapping.fields[field]!;
      const second = match.candidates[0]!;
      const secondLetter = table.mapping.columns[second.column]!.letter;
      lines.push(fill(CLI_MESSAGES[language].ambiguousLine, {
        field: translate(FIELD_LABELS, language, field), first: match.header, firstLetter: match.letter, second: second.header, secondLetter, id: field,
      }));
    }
    io.stderr(lines.join('\n') + '\n');
    return EXIT.failed;
  }
  return null;
}

/** The analysis workbook to `target` (renamed to `out` when whole), then the summary. */
async function writeWorkbook(
  run: Run,
  loaded: LoadedTable,
  settings: Partial<Settings>,
  problems: Problem[],
  output: { out: string; target: string; warn: () => void },
): Promise<number> {
  const { io, language, t } = run;
  const { table, workbook } = loaded;
  const file = run.files[0];
  // The columnar analysis and a report model whose client rows are made as the writer asks: no object per
  // client, and the sheet's millions of cells never held at once.
  const columnar = analyseTable(table.columns, settings, io.today);
  // The printed page header names the firm: the workbook's own company property, else the file it came from.
  const firm = workbook?.company || basename(file, extname(file));
  const report = buildReportFromColumns(columnar, { language, problems, madeOn: io.today ?? todayIso(), mapping: table.mapping, firm });
  const maxRows = io.maxSheetRows ?? MAX_SHEET_ROWS;
  if (report.rowCount > maxRows) {
    output.warn();
    io.stderr(t('tooManyRows', { clients: columnar.columns.count, rows: report.rowCount, max: maxRows }) + '\n');
    return EXIT.failed;
  }
  let sheet: string;
  try {
    // Loaded only to write a workbook: JSZip, fast-xml-parser and ExcelJS's style code are a tenth of a second of
    // start-up that `--json` and `--help` need not pay (a chunk of its own in the bundle, scripts/build/40-cli.mjs).
    const { writeReportFile } = await import('../hosts/xlsx/write.js');
    sheet = await writeReplacing(output.target, (temporary) => writeReportFile(temporary, report, workbook));
  } catch (error) {
    io.stderr(t('writeFailed', { file: output.out, detail: (error as Error).message }) + '\n');
    return EXIT.failed;
  }
  output.warn();
  if (!run.values.quiet) io.stdout(summaryLines(columnar, language, io.color).join('\n') + '\n');
  io.stdout(t('written', { file: output.out, sheet }) + '\n');
  return EXIT.ok;
}
