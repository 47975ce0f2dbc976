/**
 * The top-level Apps Script stubs appended to the esbuild bundle (a custom function must be a
 * top-level `function NAME(…)` declaration with its JSDoc directly above; an IIFE defines no globals). Each stub
 * forwards to the bundle's global, e.g. `Klantwaarde.KLANT_UURRENDEMENT`. Sheets shows the Dutch texts.
 */
import { parameterDescription } from './describe.js';
import { FUNCTIONS, SHEETS_PREFIX } from './registry.js';
import type { FunctionDefinition, Param } from './types.js';

/** The Apps Script name of a function: `KLANT_` + its id. */
export function sheetsName(def: FunctionDefinition): string {
  return `${SHEETS_PREFIX}${def.id}`;
}

function jsDocType(param: Param): string {
  if (param.type === 'range') return 'Array<Array<number>>';
  if (param.elementWise) return 'number|Array<Array<number>>';
  return param.keyword ? 'number|string' : 'number';
}

function returnType(def: FunctionDefinition): string {
  if (def.kind === 'elementWise') return 'number|Array<Array<number>>';
  return def.result.shape === 'columns' ? 'Array<Array<number>>' : 'string|Array<Array<string>>';
}

/** A comment line cannot end the comment early. */
function safe(text: string): string {
  return text.replace(/\*\//g, '* /').replace(/\s+/g, ' ');
}

/** One stub per function, each with its JSDoc; `onOpen` and sidebar targets can be appended the same way. */
export function appsScriptStubs(globalName: string): string {
  return FUNCTIONS.map((def) => {
    const name = sheetsName(def);
    const args = def.params.map((param) => param.names.nl);
    const lines = [
      '/**',
      ` * ${safe(def.descriptions.nl)}`,
      ' *',
      ...def.params.map((param) => ` * @param {${jsDocType(param)}} ${param.names.nl} ${safe(parameterDescription(param, 'nl'))}`),
      ` * @return {${returnType(def)}} ${safe(def.names.nl)}`,
      ' * @customfunction',
      ' */',
      `function ${name}(${args.join(', ')}) {`,
      `  return ${globalName}.${name}(${args.join(', ')});`,
      '}',
    ];
    return lines.join('\n');
  }).join('\n\n');
}
