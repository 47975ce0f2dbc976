/**
 * The command line as `main` uses it: the options (one flag per setting among them), Node's parser run on them,
 * the language, the command and its files — or the sentence that says what is wrong, in the user's language
 * (exit code 2 in `main`).
 */
import { parseArgs } from 'node:util';
import { fill, flagName, LANGUAGES, SETTING_LIST, type Language, type SettingDefinition, type Settings } from '../core/index.js';
import { CLI_MESSAGES, type CliMessageId } from './messages.js';
import { SOURCE_OPTIONS } from './sources-args.js';

type Choice = { kind: 'choice'; choices: readonly string[] };
export type SettingFlag = { key: keyof Settings; flag: string; kind: 'number' | 'date' | Choice };

export const kebab = flagName;

/**
 * One flag per setting the registry gives a flag (src/core/settings-registry.ts: the key in kebab case; not the
 * lists, which a settings file sets), but for a name the list builder's options already use. `list`: the
 * registry, the real one unless a test passes another.
 */
export function settingFlags(list: readonly SettingDefinition[] = SETTING_LIST): SettingFlag[] {
  return list
    .filter((entry) => entry.flag && !(flagName(entry.key) in SOURCE_OPTIONS))
    .map((entry) => ({
      key: entry.key as keyof Settings,
      flag: flagName(entry.key),
      kind: entry.kind === 'choice' ? { kind: 'choice', choices: (entry.choices ?? []).map((c) => c.value) } : entry.kind === 'date' ? 'date' : 'number',
    }));
}

export const SETTING_FLAGS: readonly SettingFlag[] = settingFlags();

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
    } else if (arg === '--conversations' && (next === undefined || next.startsWith('-'))) {
      // A bare `--conversations` (last, or before another flag): the clients advised repair (src/cli/conversations.ts).
      out.push('--conversations=');
    } else out.push(arg);
  }
  return out;
}

const OPTIONS = {
  sheet: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' },
  settings: { type: 'string' }, column: { type: 'string', multiple: true }, yes: { type: 'boolean', short: 'y' },
  help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' }, force: { type: 'boolean' },
  conversations: { type: 'string', multiple: true },
  ...Object.fromEntries(SETTING_FLAGS.map((f) => [f.flag, { type: 'string' }])),
  ...SOURCE_OPTIONS,
} as const;

/** The parsed flags by name (a setting flag by its kebab-case name). */
export type FlagValues = Record<string, string | boolean | string[] | undefined>;

/** What the command line asks for: help, the version, or a command on files. */
export type CommandLine =
  | { ask: 'help'; language: Language }
  | { ask: 'version'; language: Language }
  | { ask: 'list' | 'analyse'; language: Language; values: FlagValues; files: [string, ...string[]] };

/** A command line that cannot be run: what to say (already in the user's language). */
export type CommandLineError = { error: string };

const LIST_COMMANDS = ['list', 'lijst', 'liste'];
const ANALYSE_COMMANDS = ['analyse', 'analyze', 'analyseer', 'analysieren'];

/** Parses `argv`: the flags (Node's `parseArgs`, strict), the language, the command and at least one file. */
export function parseCommandLine(argv: readonly string[], env: Record<string, string | undefined>): CommandLine | CommandLineError {
  let language = languageOf(undefined, env);
  const t = (id: CliMessageId, params?: Record<string, string | number>): string => fill(CLI_MESSAGES[language][id], params);
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's own message is English whatever the language: only the option it names is taken from it.
    language = languageOf(argv[argv.indexOf('--lang') + 1] ?? argv.find((a) => a.startsWith('--lang='))?.slice(7), env);
    const code = (error as { code?: string }).code;
    const option = /'(-[^' ]+)/.exec((error as Error).message)?.[1] ?? '';
    const id: CliMessageId = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? 'unknownOption' : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? 'optionValue' : 'badOption';
    return { error: t(id, { option, detail: (error as Error).message.split('. ')[0] ?? String(error) }) };
  }
  const values = parsed.values as FlagValues;
  language = languageOf(values.lang as string | undefined, env);
  if (typeof values.lang === 'string' && !(LANGUAGES as readonly string[]).includes(values.lang)) {
    return { error: t('badChoice', { value: values.lang, option: 'lang', choices: LANGUAGES.join(', ') }) };
  }
  if (values.help) return { ask: 'help', language };
  if (values.version) return { ask: 'version', language };
  const [command, ...files] = parsed.positionals;
  if (!command) return { error: t('noCommand') };
  const isList = LIST_COMMANDS.includes(command.toLowerCase());
  if (!isList && !ANALYSE_COMMANDS.includes(command.toLowerCase())) return { error: t('unknownCommand', { command }) };
  if (!files[0]) return { error: t('noCommand') };
  return { ask: isList ? 'list' : 'analyse', language, values, files: files as [string, ...string[]] };
}
