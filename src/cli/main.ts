/**
 * `klantwaarde analyse <file.xlsx|file.csv> [options]`: the analysis from a terminal, written as a workbook an
 * accountant can share. Exit codes: 0 done (warnings allowed), 1 the file could not be analysed, 2 wrong usage.
 * `main` takes its I/O as a parameter so tests run it in-process; `bin.ts` wires it to the real process.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  analyseTable, bindDrivers, buildReportFromColumns, DEFAULT_SETTINGS, fill, formatNumber, LANGUAGES, SETTING_LABELS, FIELD_LABELS, FIELDS,
  MAX_SHEET_ROWS, missingFieldProblems, todayIso, translate, type Field, type Language, type Problem, type Settings,
} from '../core/index.js';
import { fieldByName, mappingLines, parseColumnFlag } from './mapping.js';
import { checkSettings, settingIssueText } from '../core/settings-check.js';
import { FileReadError, loadTable } from '../hosts/xlsx/read.js';
import { writeReplacing } from './output.js';
import { CLI_MESSAGES, type CliMessageId } from './messages.js';
import { summaryLines } from './summary.js';
import { writeAnalysisJsonWithInput } from './analysis-json.js';
import { blockedLines, buildFromFiles, buildReport, builtTable, csvIsExport, emptyBuildText, fileErrorText, planForInputs, runList, SourceFileError, workbookHasExports, type BuiltInput } from './list.js';
import { dateOrderOf, SOURCE_OPTIONS, SourceArgsError, sourceBuildOptions } from './sources-args.js';
import { kindOf } from '../hosts/xlsx/read.js';

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

export const VERSION = '0.1.0';
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

type Choice = { kind: 'choice'; choices: readonly string[] };
type SettingFlag = { key: keyof Settings; flag: string; kind: 'number' | 'date' | Choice };
const LIST_SETTINGS: readonly (keyof Settings)[] = ['discountTiers', 'extraDrivers'];
const CHOICES: Partial<Record<keyof Settings, readonly string[]>> = {
  country: ['NL', 'DE'],
  abcMethod: ['fixed', 'computed'],
  abcMeasure: ['netProfit', 'revenue', 'hourlyReturn'],
};

const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** One flag per setting (DOMAIN.md §2's names in kebab case), derived from the settings themselves. */
export const SETTING_FLAGS: readonly SettingFlag[] = (Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[])
  .filter((key) => !LIST_SETTINGS.includes(key) && !(kebab(key) in SOURCE_OPTIONS))
  .map((key) => {
    const choices = CHOICES[key];
    return { key, flag: kebab(key), kind: choices ? { kind: 'choice', choices } : key === 'periodEnd' ? 'date' : 'number' };
  });

class UsageError extends Error {}

/** The user's language: `--lang`, else the environment's locale, else Dutch. */
export function languageOf(flag: string | undefined, env: Record<string, string | undefined>): Language {
  const candidates = [flag, env.KLANTWAARDE_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG];
  for (const candidate of candidates) {
    const prefix = candidate?.slice(0, 2).toLowerCase();
    if (prefix && (LANGUAGES as readonly string[]).includes(prefix)) return prefix as Language;
  }
  return 'nl';
}

/**
 * Settings checked by the core (`checkSettings`: the same rules and sentences as the Excel taskpane and the Sheets
 * sidebar); each problem is prefixed with where it came from (the settings file or the flag), and all of them are
 * said at once, so one run shows every value to correct.
 */
function checkedOrThrow(raw: Record<string, unknown>, language: Language, origin: (key: string) => string): Partial<Settings> {
  const checked = checkSettings(raw, language);
  if (checked.issues.length > 0) {
    throw new UsageError(checked.issues.map((issue) => `${origin(issue.key)}: ${settingIssueText(issue, language)}`).join('\n'));
  }
  return checked.settings;
}

/**
 * `--hourly-cost -5` would make Node's parser take `-5` for an option and fail in English; a setting flag followed
 * by a negative number is joined into `--hourly-cost=-5`, so the core can say in the user's language what is allowed.
 */
function joinNegativeValues(argv: readonly string[]): string[] {
  const settingFlags = new Set(SETTING_FLAGS.map((f) => `--${f.flag}`));
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (settingFlags.has(arg) && next !== undefined && /^-[\d.,]/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

function helpText(language: Language): string {
  const t = CLI_MESSAGES[language];
  const labels = SETTING_LABELS[language];
  // Placeholders and defaults in the reader's language and number notation (0,8 in Dutch help, not 0.8).
  const options: [string, string][] = [
    [`--sheet ${t.phName}`, t.optSheet], [`--out ${t.phFile}.xlsx`, t.optOut], ['--json', t.optJson], ['--lang nl|en|de', t.optLang],
    [`--settings ${t.phFile}.json`, t.optSettings], [`--column ${t.phColumn}`, t.optColumn], ['--yes, -y', t.optYes],
    ['--force', t.optForce], ['--quiet', t.optQuiet], ['--help, --version', `${t.optHelp}; ${t.optVersion}`],
  ];
  const width = Math.max(...options.map(([name]) => name.length)) + 1;
  const sourceOptions: [string, string][] = [
    [`--period 2025|${t.phDate}..${t.phDate}`, t.optPeriod], ['--same "A=B"', t.optSame], ['--apart "A|B"', t.optApart],
    [`--payment-term ${t.phNumber}`, t.optPaymentTerm], ['--date-order dmy|mdy', t.optDateOrder], [`--out ${t.phFile}.xlsx`, t.optListOut],
  ];
  const sourceWidth = Math.max(...sourceOptions.map(([name]) => name.length)) + 1;
  const lines = [t.usage, t.listUsage, '', t.optionsHeading, ...options.map(([name, text]) => `  ${name.padEnd(width)} ${text}`), '',
    t.sourcesHeading, ...sourceOptions.map(([name, text]) => `  ${name.padEnd(sourceWidth)} ${text}`), '', t.settingsHeading];
  for (const flag of SETTING_FLAGS) {
    const initial = DEFAULT_SETTINGS[flag.key];
    const shown = typeof flag.kind === 'object' ? flag.kind.choices.join('|') : flag.kind === 'date' ? t.phDate : t.phNumber;
    const name = `  --${flag.flag} ${shown}`;
    const initialText = typeof initial === 'number' ? formatNumber(initial, language, 6) : String(initial);
    lines.push(`${name.padEnd(40)} ${labels[flag.key]}${initial === null ? '' : ` (${initialText})`}`);
  }
  lines.push('', t.example, t.listExample, t.exitCodes);
  return lines.join('\n') + '\n';
}

export function defaultOutput(input: string): string {
  const ext = extname(input);
  return join(dirname(input), `${basename(input, ext)}-analyse.xlsx`);
}

const MAX_WARNINGS = 20;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let language = languageOf(undefined, io.env);
  const t = (id: CliMessageId, params?: Record<string, string | number>): string => fill(CLI_MESSAGES[language][id], params);
  const options = {
    sheet: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' },
    settings: { type: 'string' }, column: { type: 'string', multiple: true }, yes: { type: 'boolean', short: 'y' },
    help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' }, force: { type: 'boolean' },
    ...Object.fromEntries(SETTING_FLAGS.map((f) => [f.flag, { type: 'string' }])),
    ...SOURCE_OPTIONS,
  } as const;
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv), options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's own message is English whatever the language: only the option it names is taken from it.
    language = languageOf(argv[argv.indexOf('--lang') + 1] ?? argv.find((a) => a.startsWith('--lang='))?.slice(7), io.env);
    const code = (error as { code?: string }).code;
    const option = /'(-[^' ]+)/.exec((error as Error).message)?.[1] ?? '';
    const id: CliMessageId = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? 'unknownOption' : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? 'optionValue' : 'badOption';
    io.stderr(t(id, { option, detail: (error as Error).message.split('. ')[0] ?? String(error) }) + '\n');
    return EXIT.usage;
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  language = languageOf(values.lang as string | undefined, io.env);
  if (typeof values.lang === 'string' && !(LANGUAGES as readonly string[]).includes(values.lang)) {
    io.stderr(t('badChoice', { value: values.lang, option: 'lang', choices: LANGUAGES.join(', ') }) + '\n');
    return EXIT.usage;
  }
  if (values.help) {
    io.stdout(helpText(language));
    return EXIT.ok;
  }
  if (values.version) {
    io.stdout(`klantwaarde ${VERSION}\n`);
    return EXIT.ok;
  }
  const [command, ...files] = parsed.positionals;
  const file = files[0];
  if (!command) {
    io.stderr(t('noCommand') + '\n');
    return EXIT.usage;
  }
  const isList = ['list', 'lijst', 'liste'].includes(command.toLowerCase());
  if (!isList && !['analyse', 'analyze', 'analyseer', 'analysieren'].includes(command.toLowerCase())) {
    io.stderr(t('unknownCommand', { command }) + '\n');
    return EXIT.usage;
  }
  if (!file) {
    io.stderr(t('noCommand') + '\n');
    return EXIT.usage;
  }
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
  if (isList) {
    const flags = { json: values.json === true, force: values.force === true, quiet: values.quiet === true, ...(typeof values.out === 'string' ? { out: values.out } : {}) };
    return runList(files, flags, buildOptions, dateOrder, io);
  }

  // Settings: the JSON file first, flags over it. The file's `columns` object and `--column` map columns by hand.
  let settings: Partial<Settings> = {};
  const columns: Partial<Record<Field, string | null>> = {};
  const fieldNames = FIELDS.join(', ');
  try {
    if (typeof values.settings === 'string') {
      let text: string;
      try {
        text = await readFile(values.settings, 'utf8');
      } catch (error) {
        throw new UsageError(t('settingsUnreadable', { file: values.settings, detail: (error as Error).message }));
      }
      let json: unknown;
      try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch (error) {
        throw new UsageError(t('settingsUnreadable', { file: values.settings, detail: (error as Error).message }));
      }
      if (json && typeof json === 'object' && !Array.isArray(json) && 'columns' in json) {
        const { columns: given, ...rest } = json as Record<string, unknown>;
        json = rest;
        if (typeof given !== 'object' || given === null || Array.isArray(given)) {
          throw new UsageError(t('settingsBadValue', { key: 'columns', file: values.settings, detail: '{ "revenue": "Omzet excl. btw", "hours": "D" }' }));
        }
        for (const [name, target] of Object.entries(given)) {
          const field = fieldByName(name);
          if (!field || !(typeof target === 'string' || target === null)) {
            throw new UsageError(t('settingsBadValue', { key: `columns.${name}`, file: values.settings, detail: `${fieldNames}: "header" | "C" | null` }));
          }
          columns[field] = target;
        }
      }
      const file = values.settings;
      if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new UsageError(t('settingsUnreadable', { file, detail: '{ … }' }));
      }
      settings = checkedOrThrow(json as Record<string, unknown>, language, () => file);
    }
    for (const text of (values.column as string[] | undefined) ?? []) {
      const parsedColumn = parseColumnFlag(text);
      if (!parsedColumn) throw new UsageError(t('badColumn', { value: text, fields: fieldNames }));
      columns[parsedColumn.field] = parsedColumn.target;
    }
    // Flags over the file, checked together so limit A < limit B holds across both.
    const fromFlags: Record<string, unknown> = {};
    for (const flag of SETTING_FLAGS) {
      const text = values[flag.flag];
      if (typeof text === 'string') fromFlags[flag.key] = text;
    }
    const fileName = typeof values.settings === 'string' ? values.settings : '';
    if (Object.keys(fromFlags).length > 0) {
      settings = checkedOrThrow({ ...settings, ...fromFlags }, language, (key) => (key in fromFlags ? `--${kebab(key)}` : fileName));
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(error.message + '\n');
      return EXIT.usage;
    }
    throw error;
  }

  const out = typeof values.out === 'string' ? values.out : defaultOutput(file);
  // Decided before reading, so a refused --out costs nothing; the checks themselves are in output.ts.
  let target = out;
  if (!values.json) {
    const { plan, input } = await planForInputs(files, out, values.force === true);
    if (!plan.ok) {
      const id: Record<typeof plan.reason, CliMessageId> = { isInput: 'outputIsInput', extension: 'outputExtension', foreign: 'outputForeign', notAFile: 'outputNotAFile' };
      io.stderr(t(id[plan.reason], { file: plan.reason === 'isInput' ? input : out, extension: plan.reason === 'extension' ? plan.extension : '' }) + '\n');
      return EXIT.usage;
    }
    target = plan.target;
  }

  // One file that is a client list: read as always. Several files, or one that is an export (a CSV recognised from
  // its first rows, a workbook with a sheet of time entries, invoices, orders or contacts): a list built from them
  // all (src/cli/list.ts), read back as a client list, and analysed by the same path.
  let loaded;
  let built: BuiltInput | null = null;
  try {
    const chosenSheet = typeof values.sheet === 'string';
    if (files.length > 1 || (!chosenSheet && kindOf(file) === 'csv' && (await csvIsExport(file)))) {
      built = await buildFromFiles(files, buildOptions, dateOrder);
    } else {
      loaded = await loadTable(file, { ...(chosenSheet ? { sheet: values.sheet as string } : {}), language, read: { mapping: columns } });
      if (!chosenSheet && loaded.workbook && workbookHasExports(loaded.workbook)) built = await buildFromFiles(files, buildOptions, dateOrder, { file, workbook: loaded.workbook });
    }
  } catch (error) {
    if (error instanceof FileReadError || error instanceof SourceFileError) {
      io.stderr((error instanceof SourceFileError ? fileErrorText(error.error, error.file, language) : fileErrorText(error, file, language)) + '\n');
      return EXIT.failed;
    }
    throw error;
  }
  let builtOut: string[] = [];
  if (built) {
    const report = buildReport(built, language);
    builtOut = report.out;
    if (report.err.length > 0) io.stderr(report.err.join('\n') + '\n');
    if (built.build.blocked) {
      io.stderr(blockedLines(built.build, language).join('\n') + '\n');
      return EXIT.failed;
    }
    const empty = emptyBuildText(built.build, files, language);
    if (empty) {
      io.stderr(empty + '\n');
      return EXIT.failed;
    }
    loaded = builtTable(built.build, language, columns);
    // The analysis's date (the interest rate, the period end shown) is the built list's period end unless set.
    if (built.build.period && settings.periodEnd == null) settings = { ...settings, periodEnd: built.build.period.to };
  }
  if (!loaded) throw new Error('no table loaded');
  const { table, workbook, sheetName, otherSheets } = loaded;
  const fatal = table.problems.filter((p) => p.row === null && p.severity === 'error');
  if (fatal.length > 0) {
    io.stderr([t('tableUnusable', { file }), ...fatal.map((p) => `  ${p.message}`)].join('\n') + '\n');
    return EXIT.failed;
  }
  // The mapping first, so the user sees which column fed which figure before any figure.
  if (!values.json && !values.quiet) {
    io.stdout((built ? builtOut : mappingLines(table.mapping, language, { sheet: sheetName })).join('\n') + '\n');
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
  const bound = bindDrivers(settings.extraDrivers ?? [], table.mapping, language);
  settings.extraDrivers = bound.drivers;
  const problems: Problem[] = [...table.problems, ...bound.problems, ...missingFieldProblems(table.mapping, settings, language)];
  const warn = (): void => {
    if (problems.length === 0) return;
    const lines = [t('warningsHeading', { count: problems.length }), ...problems.slice(0, MAX_WARNINGS).map((p) => `  ${p.message}`)];
    if (problems.length > MAX_WARNINGS) lines.push(`  ${t('moreWarnings', { count: problems.length - MAX_WARNINGS })}`);
    io.stderr(lines.join('\n') + '\n');
  };
  if (table.columns.count === 0) {
    warn();
    io.stderr(t('noClients', { file }) + '\n');
    return EXIT.failed;
  }

  if (values.json) {
    warn();
    // Streamed client by client: the same text as JSON.stringify({ ...analyse(…), mapping, problems }), for any size.
    await writeAnalysisJsonWithInput(table.columns, settings, io.today, { mapping: table.mapping, problems }, io.stdout);
    return EXIT.ok;
  }
  // The columnar analysis and a report model whose client rows are made as the writer asks (issue 11): no object
  // per client, and the sheet's millions of cells never held at once.
  const columnar = analyseTable(table.columns, settings, io.today);
  // The printed page header names the firm: the workbook's own company property, else the file it came from.
  const firm = workbook?.company || basename(file, extname(file));
  const report = buildReportFromColumns(columnar, { language, problems, madeOn: io.today ?? todayIso(), mapping: table.mapping, firm });
  const maxRows = io.maxSheetRows ?? MAX_SHEET_ROWS;
  if (report.rowCount > maxRows) {
    warn();
    io.stderr(t('tooManyRows', { clients: columnar.columns.count, rows: report.rowCount, max: maxRows }) + '\n');
    return EXIT.failed;
  }
  let sheet: string;
  try {
    // Loaded only to write a workbook: JSZip, fast-xml-parser and ExcelJS's style code are a tenth of a second of
    // start-up that `--json` and `--help` need not pay (a chunk of its own in the bundle, scripts/build/40-cli.mjs).
    const { writeReportFile } = await import('../hosts/xlsx/write.js');
    sheet = await writeReplacing(target, (temporary) => writeReportFile(temporary, report, workbook));
  } catch (error) {
    io.stderr(t('writeFailed', { file: out, detail: (error as Error).message }) + '\n');
    return EXIT.failed;
  }
  warn();
  if (!values.quiet) io.stdout(summaryLines(columnar, language, io.color).join('\n') + '\n');
  io.stdout(t('written', { file: out, sheet }) + '\n');
  return EXIT.ok;
}
