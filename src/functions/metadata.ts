/**
 * Excel's custom-functions metadata (functions.json), generated from the registry — one file per language; only
 * names and descriptions differ, ids never (Microsoft's "Manually create JSON metadata for custom functions").
 *
 * Every argument is `any`: the runner reads texts such as "€ 1.234,56" and the word "berekend" itself, where a
 * `number` type would let Excel refuse or convert them first. Arguments that may be ranges are `matrix` (Excel
 * then passes even one cell as [[v]]); results are `matrix` because any call may spill. A function with a default
 * taken from the workbook's settings and today (RENTEVERLIES' rate) is volatile, so a changed setting or a new
 * half-year reaches its cells at the next recalculation instead of leaving yesterday's figure standing.
 */
import type { Language } from '../core/index.js';
import { parameterDescription } from './describe.js';
import { FUNCTIONS } from './registry.js';
import type { FunctionDefinition, Param } from './types.js';

export type ExcelParameter = {
  name: string;
  description: string;
  type: 'number' | 'string' | 'boolean' | 'any';
  dimensionality: 'scalar' | 'matrix';
  optional: boolean;
};
export type ExcelFunction = {
  id: string;
  name: string;
  description: string;
  parameters: ExcelParameter[];
  result: { type: 'number' | 'string' | 'any'; dimensionality: 'scalar' | 'matrix' };
  options?: { volatile: true };
};
export type ExcelMetadata = { functions: ExcelFunction[] };

/** `matrix` for anything that may be a range; a single-value option (ABC's limits) is `scalar`. */
export function dimensionalityOf(param: Param): 'scalar' | 'matrix' {
  return param.type === 'range' || param.elementWise ? 'matrix' : 'scalar';
}

function resultType(def: FunctionDefinition): ExcelFunction['result']['type'] {
  if (def.kind === 'elementWise') return 'any'; // numbers, "" for an empty row
  return def.result.shape === 'columns' ? 'number' : 'string';
}

/** Whether a default depends on the workbook's settings or today (a `default` that is a function). */
export function isVolatile(def: FunctionDefinition): boolean {
  return def.params.some((param) => param.type === 'number' && typeof param.default === 'function');
}

export function excelMetadata(language: Language): ExcelMetadata {
  return {
    functions: FUNCTIONS.map((def) => ({
      id: def.id,
      name: def.names[language],
      description: def.descriptions[language],
      parameters: def.params.map((param) => ({
        name: param.names[language],
        description: parameterDescription(param, language),
        type: 'any' as const,
        dimensionality: dimensionalityOf(param),
        optional: param.optional === true,
      })),
      result: { type: resultType(def), dimensionality: 'matrix' as const },
      ...(isVolatile(def) ? { options: { volatile: true as const } } : {}),
    })),
  };
}
