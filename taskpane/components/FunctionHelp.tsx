/**
 * The custom functions, as the pane's help lists them: every function of the registry (src/functions/registry.ts)
 * with its arguments and description in the pane's language, so the list cannot name a function that is not
 * there or miss one that is. Excel users see the localized name in the namespace of their language
 * (`KLANT.UURRENDEMENT`, `CLIENT.HOURLYRETURN`, `KUNDE.STUNDENERTRAG`); Google Sheets has one name per function
 * (`KLANT_UURRENDEMENT`) with the Dutch argument names its autocomplete shows.
 */
import { FUNCTIONS, NAMESPACES, SHEETS_PREFIX, type FunctionDefinition } from '../../src/functions/index.js';
import type { Language } from '../../src/core/index.js';
import { texts } from '../format.js';
import type { Platform } from '../host.js';

/** Dutch and German formulas separate arguments with `;` (the decimal comma), English ones with `,`. */
const SEPARATOR: Record<Language, string> = { nl: '; ', en: ', ', de: '; ' };

/** The name a user types for the function in that host and language. */
export function functionName(def: FunctionDefinition, platform: Platform, language: Language): string {
  return platform === 'sheets' ? `${SHEETS_PREFIX}${def.id}` : `${NAMESPACES[language]}.${def.names[language]}`;
}

/** `KLANT.UURRENDEMENT(omzet; uren; [kosten])`: optional arguments in brackets. */
export function functionSignature(def: FunctionDefinition, platform: Platform, language: Language): string {
  const names = def.params.map((p) => {
    const name = platform === 'sheets' ? p.names.nl : p.names[language];
    return p.optional ? `[${name}]` : name;
  });
  return `${functionName(def, platform, language)}(${names.join(SEPARATOR[language])})`;
}

/** The first function's README example as a formula (`=KLANT.UURRENDEMENT(1000; 8; 200)`). */
function exampleFormula(platform: Platform, language: Language): string {
  const def = FUNCTIONS[0]!;
  const args = def.example.map((arg) => (typeof arg === 'number' ? (language === 'en' ? String(arg) : String(arg).replace('.', ',')) : arg.reference));
  return `=${functionName(def, platform, language)}(${args.join(SEPARATOR[language])})`;
}

export function FunctionHelp({ language, platform }: { language: Language; platform: Platform }) {
  const { t } = texts(language);
  const prefix = platform === 'sheets' ? `=${SHEETS_PREFIX}` : `=${NAMESPACES[language]}.`;
  return (
    <div className="kw-functions">
      <p className="kw-muted">
        {t('functionsIntro', { prefix })} <code className="kw-example">{exampleFormula(platform, language)}</code>. {t('functionsOptional')}
      </p>
      <dl>
        {FUNCTIONS.map((def) => (
          <div key={def.id} className="kw-function">
            <dt><code>{functionSignature(def, platform, language)}</code></dt>
            <dd>{def.descriptions[language]}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
