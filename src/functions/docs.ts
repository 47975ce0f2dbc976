/**
 * The README's function reference, generated from the registry (`node scripts/docs.mjs` writes it between the
 * `<!-- functions:start -->` and `<!-- functions:end -->` markers; a test fails when README is out of date).
 * Example results are computed by the runner, so the README cannot show a number the functions do not give.
 */
import { LANGUAGES, escapeXml, formatNumber, type Language } from '../core/index.js';
import { sheetsName } from './apps-script.js';
import { parameterDescription } from './describe.js';
import { LABELS } from './messages.js';
import { FUNCTIONS, NAMESPACES } from './registry.js';
import { isFunctionError, runFunction } from './runner.js';
import type { Cell, ExampleArg, FunctionDefinition } from './types.js';

const LANGUAGE_NAMES: Record<Language, string> = { nl: 'Nederlands', en: 'English', de: 'Deutsch' };

/** Argument separator of a formula in that language's Excel (Dutch and German use the decimal comma). */
const SEPARATOR: Record<Language, string> = { nl: '; ', en: ', ', de: '; ' };

function formulaNumber(value: number, language: Language): string {
  return language === 'en' ? String(value) : String(value).replace('.', ',');
}

function signature(def: FunctionDefinition, language: Language): string {
  const args = def.params.map((p) => (p.optional ? `[${p.names[language]}]` : p.names[language]));
  return `${NAMESPACES[language]}.${def.names[language]}(${args.join(SEPARATOR[language])})`;
}

function exampleFormula(def: FunctionDefinition, language: Language): string {
  const args = def.example.map((arg) => (typeof arg === 'number' ? formulaNumber(arg, language) : arg.reference));
  return `=${NAMESPACES[language]}.${def.names[language]}(${args.join(SEPARATOR[language])})`;
}

function exampleValues(def: FunctionDefinition, language: Language): string {
  const ranges = def.example.filter((arg): arg is Exclude<ExampleArg, number> => typeof arg !== 'number');
  return ranges
    .map((range) => {
      const rows = range.values.map((row) => tuple(row.map((v) => formulaNumber(v, language)), language));
      return `${range.reference} = ${rows.join(' · ')}`;
    })
    .join('; ');
}

/** One row of a range: a lone value as is, several as "(0; 0,25)". */
function tuple(cells: readonly string[], language: Language): string {
  return cells.length === 1 ? cells[0]! : `(${cells.join(SEPARATOR[language])})`;
}

function showCell(cell: Cell, language: Language): string {
  if (isFunctionError(cell)) return `#${cell.kind}`;
  return typeof cell === 'number' ? formatNumber(cell, language, 2) : cell === '' ? '""' : cell;
}

function exampleResult(def: FunctionDefinition, language: Language): string {
  const args = def.example.map((arg) => (typeof arg === 'number' ? arg : arg.values));
  const result = runFunction(def.id, args, { language });
  if (!result.ok) return `#${result.error.kind}`;
  if (!Array.isArray(result.value)) return showCell(result.value, language);
  const rows = result.value.map((row) => tuple(row.map((cell) => showCell(cell, language)), language));
  return `${LABELS[language].spills} ${rows.join(' · ')}`;
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function functionReference(): string {
  const lines: string[] = [
    '<!-- Generated from src/functions/registry.ts by `node scripts/docs.mjs`; do not edit by hand. -->',
    '',
    `Excel: namespace \`${NAMESPACES.nl}\` in Dutch, \`${NAMESPACES.en}\` in English, \`${NAMESPACES.de}\` in German (the`,
    'function ids stay the same, so a workbook works in every language). Google Sheets: `KLANT_` + the Dutch name,',
    'with the Dutch argument names. [Brackets] mark optional arguments. Every number argument also takes a range',
    'of the same size as the others and then spills one result per cell; texts such as `€ 1.234,56` and `12%` are',
    'read as numbers, and so is `1E+15`. Errors: unreadable input, a date (Sheets passes a date cell as a date;',
    'Excel passes it as a serial number, which cannot be told from a number), a number beyond ±10^15 (cents no',
    'longer hold) and out-of-range values give #VALUE! with a message naming the argument (and the cell inside a',
    'range); a figure that does not exist gives #N/A with a message; zero hours in UURRENDEMENT gives #DIV/0!; a',
    'result too large for a number (overflow) #NUM!. Excel writes messages in its display language. In Google',
    'Sheets an error of the whole call is #ERROR! with the same message, in the spreadsheet\'s language (its locale:',
    'Dutch, German, else English); inside a spill one cell never hides the others: a cell without an answer shows',
    '`n.v.t.` / `n/a` / `k. A.` (the analysis sheet\'s text for "not available", which SUM skips) and a cell with',
    'wrong input the same text with the message naming its row.',
    '',
    'The functions agree with the analysis of the same workbook. Ambiguous number texts such as `1.234` are read in',
    'the workbook\'s notation, not the display language\'s: in Excel the decimal separator of the workbook\'s culture',
    '(`application.cultureInfo`, asked once per session; without ExcelApi 1.11 the display language decides), in',
    'Sheets the spreadsheet\'s locale. A discount (KORTINGSLEK) may be `12%`, `0,12` or `12`, as in the analysis.',
    'Money results (every function but ABC, PIRAMIDE and WALVISCURVE) are rounded to cents, halves away from',
    'zero, so `ROUNDDOWN(KLANT.KORTINGSLEK(…); 0)` sees 2.000 and not 1.999,999999999999; the analysis itself stays',
    'unrounded, so the sum of a column of function results may differ from the analysis sheet\'s total by cents.',
    'RENTEVERLIES without a rate takes the rate the analysis of this workbook uses, from the settings the pane or',
    'sidebar saved in it (own rate, else the statutory rate of the saved country over the 12 months up to the saved',
    'period end); without saved settings Germany for a German user (display language, spreadsheet locale), else',
    'the Netherlands, and today. It is volatile in Excel, so a changed setting reaches it at the next',
    'recalculation; Sheets recalculates a custom function only when its arguments change (re-enter it after',
    'changing the settings). ABC and PIRAMIDE put equal values in one class and one tier, as the analysis does',
    '(docs/DEFINITIONS.md §4).',
    '',
    'Blank cells: a blank optional argument takes its default; a blank required argument is #VALUE! naming it',
    '(in a spill, in that cell only); a table row whose required arguments are all blank gives a blank result;',
    'ABC, PIRAMIDE and WALVISCURVE leave blank cells out (no client: not ranked, not counted, blank in its place).',
    'Older Excel desktop builds pass an empty cell as 0, which then counts as 0.',
    'PIRAMIDE answers with the Dutch tier names in every language, so a shared workbook computes the same',
    'everywhere. WALVISCURVE starts at (0, 0) and gives #N/A when total profit is zero or negative (shares of it',
    'mean nothing).',
    '',
  ];
  for (const def of FUNCTIONS) {
    lines.push(`### ${NAMESPACES.nl}.${def.names.nl}`, '');
    lines.push(`${LABELS.nl.sheets}: \`${sheetsName(def)}\``, '');
    lines.push(`| | ${LANGUAGES.map((l) => LANGUAGE_NAMES[l]).join(' | ')} |`);
    lines.push(`|---|${LANGUAGES.map(() => '---').join('|')}|`);
    lines.push(`| | ${LANGUAGES.map((l) => `\`${signature(def, l)}\``).join(' | ')} |`);
    lines.push(`| | ${LANGUAGES.map((l) => escape(def.descriptions[l])).join(' | ')} |`);
    def.params.forEach((param, i) => {
      lines.push(`| ${i + 1} | ${LANGUAGES.map((l) => `\`${param.names[l]}\`: ${escape(parameterDescription(param, l))}`).join(' | ')} |`);
    });
    const hasValues = def.example.some((arg) => typeof arg !== 'number');
    lines.push(
      `| ${LABELS.en.example} | ${LANGUAGES.map((l) => {
        const values = hasValues ? ` (${exampleValues(def, l)})` : '';
        return `\`${exampleFormula(def, l)}\`${values} → ${exampleResult(def, l)}`;
      }).join(' | ')} |`,
    );
    lines.push('');
  }
  return lines.join('\n');
}

const HELP_HEADINGS: Record<Language, { heading: string; intro: string }> = {
  nl: { heading: 'Functies', intro: 'Typ in een cel, bijvoorbeeld' },
  en: { heading: 'Functions', intro: 'Type in a cell, for example' },
  de: { heading: 'Funktionen', intro: 'Geben Sie in eine Zelle ein, zum Beispiel' },
};

/**
 * The help page's list of the custom functions in `language`, as Excel names them there (`KLANT.UURRENDEMENT`,
 * `CLIENT.HOURLYRETURN`, `KUNDE.STUNDENERTRAG`), from the registry: the build writes it into assets/help.html at
 * its `<!-- functions:LANG -->` markers, so the page a user opens from *Get started* names every function.
 */
export function functionHelpHtml(language: Language): string {
  const words = HELP_HEADINGS[language];
  const items = FUNCTIONS.map((def) => `      <dt><code>${escapeXml(signature(def, language))}</code></dt>\n      <dd>${escapeXml(def.descriptions[language])}</dd>`);
  return [
    `    <h3>${words.heading}</h3>`,
    `    <p>${words.intro} <code>${escapeXml(exampleFormula(FUNCTIONS[0]!, language))}</code>.</p>`,
    '    <dl>',
    ...items,
    '    </dl>',
  ].join('\n');
}
