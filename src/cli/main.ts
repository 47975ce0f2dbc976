/**
 * `klantwaarde analyse <file.xlsx|file.csv> [options]`: the analysis from a terminal, written as a workbook an
 * accountant can share. Exit codes: 0 done (warnings allowed), 1 the file could not be analysed, 2 wrong usage.
 * `main` takes its I/O as a parameter so tests run it in-process; `bin.ts` wires it to the real process.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  analyse, bindDrivers, DEFAULT_SETTINGS, fill, LANGUAGES, parseNumberText, SETTING_LABELS, FIELD_LABELS, FIELDS,
  buildReport, MAX_SHEET_ROWS, missingFieldProblems, todayIso, translate, type Field, type Language, type Problem, type Settings,
} from '../core/index.js';
import { fieldByName, mappingLines, parseColumnFlag } from './mapping.js';
import { FileReadError, loadTable } from '../hosts/xlsx/read.js';
import { writeReportFile } from '../hosts/xlsx/write.js';
import { CLI_MESSAGES, type CliMessageId } from './messages.js';
import { summaryLines } from './summary.js';
import { writeAnalysisJson } from './json-stream.js';

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
  .filter((key) => !LIST_SETTINGS.includes(key))
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

function flagValue(flag: SettingFlag, text: string, language: Language, t: (id: CliMessageId, p?: Record<string, string | number>) => string): unknown {
  if (typeof flag.kind === 'object') {
    const match = flag.kind.choices.find((c) => c.toLowerCase() === text.trim().toLowerCase());
    if (!match) throw new UsageError(t('badChoice', { value: text, option: flag.flag, choices: flag.kind.choices.join(', ') }));
    return match;
  }
  if (flag.kind === 'date') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text.trim()) || Number.isNaN(Date.parse(text.trim()))) {
      throw new UsageError(t('badDate', { value: text, option: flag.flag }));
    }
    return text.trim();
  }
  const parsed = parseNumberText(text, language);
  if (!parsed.ok) throw new UsageError(t('badNumber', { value: text, option: flag.flag }));
  return parsed.value;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Checks a settings JSON object: known keys, values of the right kind. Throws UsageError naming the key. */
export function checkSettingsObject(input: unknown, file: string, t: (id: CliMessageId, p?: Record<string, string | number>) => string): Partial<Settings> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new UsageError(t('settingsUnreadable', { file, detail: 'JSON object {…} expected' }));
  }
  const out: Record<string, unknown> = {};
  const known = Object.keys(DEFAULT_SETTINGS);
  for (const [key, value] of Object.entries(input)) {
    const bad = (detail: string): never => {
      throw new UsageError(t('settingsBadValue', { key, file, detail }));
    };
    if (!known.includes(key)) throw new UsageError(t('settingsUnknownKey', { key, file, known: known.join(', ') }));
    if (key === 'discountTiers') {
      if (!Array.isArray(value) || !value.every((tier) => isNumber(tier?.revenueFrom) && isNumber(tier?.discount))) {
        bad('[{ "revenueFrom": 10000, "discount": 0.05 }, …]');
      }
    } else if (key === 'extraDrivers') {
      if (!Array.isArray(value) || !value.every((d) => typeof d?.column === 'string' && isNumber(d?.costPerUnit) && (d.label === undefined || typeof d.label === 'string'))) {
        bad('[{ "column": "Retouren", "costPerUnit": 80, "label": "Retouren" }, …]');
      }
      out[key] = (value as { column: string; costPerUnit: number; label?: string }[]).map((d) => ({ column: d.column, costPerUnit: d.costPerUnit, label: d.label ?? d.column }));
      continue;
    } else {
      const choices = CHOICES[key as keyof Settings];
      const nullable = DEFAULT_SETTINGS[key as keyof Settings] === null;
      if (choices) {
        if (typeof value !== 'string' || !choices.includes(value)) bad(choices.join(' | '));
      } else if (key === 'periodEnd') {
        if (value !== null && (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))) bad('"YYYY-MM-DD"');
      } else if (!(isNumber(value) || (nullable && value === null))) {
        bad(nullable ? 'a number or null' : 'a number');
      }
    }
    out[key] = value;
  }
  return out as Partial<Settings>;
}

function helpText(language: Language): string {
  const t = CLI_MESSAGES[language];
  const labels = SETTING_LABELS[language];
  const lines = [t.usage, '', t.optionsHeading,
    `  --sheet NAME          ${t.optSheet}`,
    `  --out FILE.xlsx       ${t.optOut}`,
    `  --json                ${t.optJson}`,
    `  --lang nl|en|de       ${t.optLang}`,
    `  --settings FILE.json  ${t.optSettings}`,
    `  --column FIELD=COLUMN ${t.optColumn}`,
    `  --yes, -y             ${t.optYes}`,
    `  --quiet               ${t.optQuiet}`,
    `  --help, --version     ${t.optHelp}; ${t.optVersion}`,
    '', t.settingsHeading];
  for (const flag of SETTING_FLAGS) {
    const initial = DEFAULT_SETTINGS[flag.key];
    const shown = typeof flag.kind === 'object' ? flag.kind.choices.join('|') : flag.kind === 'date' ? 'YYYY-MM-DD' : 'N';
    const name = `  --${flag.flag} ${shown}`;
    lines.push(`${name.padEnd(40)} ${labels[flag.key]}${initial === null ? '' : ` (${String(initial)})`}`);
  }
  lines.push('', t.example, t.exitCodes);
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
    help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' },
    ...Object.fromEntries(SETTING_FLAGS.map((f) => [f.flag, { type: 'string' }])),
  } as const;
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's own message names the option ("Unknown option '--x'"); it is English whatever the language.
    io.stderr(t('badOption', { detail: (error as Error).message.split('. ')[0] ?? String(error) }) + '\n');
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
  const [command, file, ...rest] = parsed.positionals;
  if (!command) {
    io.stderr(t('noCommand') + '\n');
    return EXIT.usage;
  }
  if (!['analyse', 'analyze', 'analyseer', 'analysieren'].includes(command.toLowerCase()) || rest.length > 0) {
    io.stderr(t('unknownCommand', { command: [command, ...rest].join(' ') }) + '\n');
    return EXIT.usage;
  }
  if (!file) {
    io.stderr(t('noCommand') + '\n');
    return EXIT.usage;
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
      settings = checkSettingsObject(json, values.settings, t);
    }
    for (const text of (values.column as string[] | undefined) ?? []) {
      const parsedColumn = parseColumnFlag(text);
      if (!parsedColumn) throw new UsageError(t('badColumn', { value: text, fields: fieldNames }));
      columns[parsedColumn.field] = parsedColumn.target;
    }
    for (const flag of SETTING_FLAGS) {
      const text = values[flag.flag];
      if (typeof text === 'string') (settings as Record<string, unknown>)[flag.key] = flagValue(flag, text, language, t);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(error.message + '\n');
      return EXIT.usage;
    }
    throw error;
  }

  const out = typeof values.out === 'string' ? values.out : defaultOutput(file);
  if (!values.json && resolve(out) === resolve(file)) {
    io.stderr(t('outputIsInput', { file }) + '\n');
    return EXIT.usage;
  }

  let loaded;
  try {
    loaded = await loadTable(file, { ...(typeof values.sheet === 'string' ? { sheet: values.sheet } : {}), language, read: { mapping: columns } });
  } catch (error) {
    if (error instanceof FileReadError) {
      const id: Record<FileReadError['reason'], CliMessageId> = {
        missing: 'missingFile', notAFile: 'notAFile', unreadable: 'unreadable', notXlsx: 'notXlsx', empty: 'emptyFile',
        sheetMissing: 'sheetMissing', unsupported: 'unsupported',
      };
      io.stderr(t(id[error.reason], { file, detail: error.detail }) + '\n');
      return EXIT.failed;
    }
    throw error;
  }
  const { table } = loaded;
  const fatal = table.problems.filter((p) => p.row === null && p.severity === 'error');
  if (fatal.length > 0) {
    io.stderr([t('tableUnusable', { file }), ...fatal.map((p) => `  ${p.message}`)].join('\n') + '\n');
    return EXIT.failed;
  }
  // The mapping first, so the user sees which column fed which figure before any figure.
  if (!values.json && !values.quiet) {
    io.stdout(mappingLines(table.mapping, language, { sheet: loaded.sheetName }).join('\n') + '\n');
    if (loaded.otherSheets.length > 0) io.stdout(t('otherSheets', { sheets: loaded.otherSheets.map((name) => `"${name}"`).join(', ') }) + '\n');
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
  if (table.records.length === 0) {
    warn();
    io.stderr(t('noClients', { file }) + '\n');
    return EXIT.failed;
  }

  if (values.json) {
    warn();
    // Streamed client by client: the same text as JSON.stringify({ ...analyse(…), mapping, problems }), for any size.
    await writeAnalysisJson(table.records, settings, io.today, { mapping: table.mapping, problems }, io.stdout);
    return EXIT.ok;
  }
  const result = analyse(table.records, settings, io.today);
  const report = buildReport(result, { language, problems, madeOn: io.today ?? todayIso(), mapping: table.mapping });
  const maxRows = io.maxSheetRows ?? MAX_SHEET_ROWS;
  if (report.cells.length > maxRows) {
    warn();
    io.stderr(t('tooManyRows', { clients: result.clients.length, rows: report.cells.length, max: maxRows }) + '\n');
    return EXIT.failed;
  }
  let sheet: string;
  try {
    sheet = await writeReportFile(out, report, loaded.workbook);
  } catch (error) {
    io.stderr(t('writeFailed', { file: out, detail: (error as Error).message }) + '\n');
    return EXIT.failed;
  }
  warn();
  if (!values.quiet) io.stdout(summaryLines(result, language, io.color).join('\n') + '\n');
  io.stdout(t('written', { file: out, sheet }) + '\n');
  return EXIT.ok;
}
