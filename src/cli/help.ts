/** `klantwaarde --help`: the options, the flags of a list built from exports, and one flag per setting. */
import { formatNumber, SETTING_LIST, type Language, type SettingDefinition } from '../core/index.js';
import { settingFlags } from './args.js';
import { CLI_MESSAGES } from './messages.js';
import { CONVERSATION_MESSAGES } from './conversations.js';

/** Option names and their texts as aligned lines. */
function optionLines(options: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...options.map(([name]) => name.length)) + 1;
  return options.map(([name, text]) => `  ${name.padEnd(width)} ${text}`);
}

/** The help in `language`; the settings part from the registry (`list`: the real one unless a test passes another). */
export function helpText(language: Language, list: readonly SettingDefinition[] = SETTING_LIST): string {
  const t = CLI_MESSAGES[language];
  // Placeholders and defaults in the reader's language and number notation (0,8 in Dutch help, not 0.8).
  const options: [string, string][] = [
    [`--sheet ${t.phName}`, t.optSheet], [`--out ${t.phFile}.xlsx`, t.optOut], ['--json', t.optJson], ['--lang nl|en|de', t.optLang],
    [`--settings ${t.phFile}.json`, t.optSettings], [`--column ${t.phColumn}`, t.optColumn], ['--yes, -y', t.optYes],
    [`--conversations [${t.phName}]`, CONVERSATION_MESSAGES[language].optConversations],
    ['--force', t.optForce], ['--quiet', t.optQuiet], ['--help, --version', `${t.optHelp}; ${t.optVersion}`],
  ];
  const sourceOptions: [string, string][] = [
    [`--period 2025|${t.phDate}..${t.phDate}`, t.optPeriod], ['--same "A=B"', t.optSame], ['--apart "A|B"', t.optApart],
    [`--payment-term ${t.phNumber}`, t.optPaymentTerm], ['--date-order dmy|mdy', t.optDateOrder], [`--out ${t.phFile}.xlsx`, t.optListOut],
  ];
  const lines = [t.usage, t.listUsage, '', t.optionsHeading, ...optionLines(options), '', t.sourcesHeading, ...optionLines(sourceOptions), '', t.settingsHeading];
  for (const flag of settingFlags(list)) {
    const entry = list.find((e) => e.key === flag.key)!;
    const initial = entry.default;
    const shown = typeof flag.kind === 'object' ? flag.kind.choices.join('|') : flag.kind === 'date' ? t.phDate : t.phNumber;
    const name = `  --${flag.flag} ${shown}`;
    const initialText = typeof initial === 'number' ? formatNumber(initial, language, 6) : String(initial);
    lines.push(`${name.padEnd(40)} ${entry.label[language]}${initial === null ? '' : ` (${initialText})`}`);
  }
  lines.push('', t.example, t.listExample, t.exitCodes);
  return lines.join('\n') + '\n';
}
