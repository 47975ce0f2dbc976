/**
 * The custom functions: one registry (declarations), one runner (coercion, validation, errors), and the
 * generators of Excel metadata, Apps Script stubs and the README reference. Pure: imports only src/core.
 */
export * from './types.js';
export { FUNCTIONS, NAMESPACES, SHEETS_PREFIX, functionById } from './registry.js';
export { runFunction, makeError, isFunctionError } from './runner.js';
export type { RunOptions, RunResult } from './runner.js';
export { FUNCTION_MESSAGES, KEYWORDS, POSITION, LABELS } from './messages.js';
export { excelMetadata, dimensionalityOf, isVolatile } from './metadata.js';
export type { ExcelMetadata, ExcelFunction, ExcelParameter } from './metadata.js';
export { appsScriptStubs, sheetsName } from './apps-script.js';
export { parameterDescription } from './describe.js';
export { functionHelpHtml, functionReference } from './docs.js';
export { sheetsValue, notAvailableText } from './sheets.js';
