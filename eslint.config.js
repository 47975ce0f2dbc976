// Lint: typescript-eslint's recommended rules, plus the rule that keeps src/core pure (DESIGN.md "Rooms"):
// no Node built-ins, no host APIs, no npm packages, no DOM. The neutral bundle in scripts/build/00-core.mjs
// proves the same at build time.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** A relative import of a file inside some `core/` folder other than its index (`../core/analyse.js`, `../../core/report/index.js`). */
const CORE_INDEX_ONLY = {
  regex: '^\\.\\.?/(.*/)?core/(?!index\\.js$)',
  message: 'Import the core from its index (core/index.js); export there what is missing.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'render/**', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly', performance: 'readonly', setTimeout: 'readonly', structuredClone: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The panes' React: effects and callbacks name what they read (an effect with [] that reads state runs on stale values).
    files: ['taskpane/**/*.{ts,tsx}', 'sidebar/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // No function over 120 lines in src/ (tests and generated files aside): a longer one is several things.
    files: ['src/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }] },
  },
  {
    // From outside the core, only its index: what the core offers is what src/core/index.ts exports, so the core's
    // files can be split and renamed without a host noticing (tests may reach inside).
    files: ['**/*.{ts,tsx,mts,js,mjs}'],
    ignores: ['src/core/**', 'test/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CORE_INDEX_ONLY] }] },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'url', 'crypto', 'child_process'], message: 'src/core runs in Excel, Sheets and Node: no Node APIs.' },
            { regex: '^[^.]', message: 'src/core imports only its own modules (relative paths).' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['Office', 'Excel', 'CustomFunctions', 'SpreadsheetApp', 'HtmlService', 'google', 'window', 'document', 'process', 'Buffer', 'require']
          .map((name) => ({ name, message: 'src/core is host-neutral.' })),
      ],
    },
  },
  {
    // The function registry and runner are as pure as the core: they may import only the core and themselves,
    // so Excel, Sheets, the docs generator and the tests all run the very same code.
    files: ['src/functions/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\./|\\.\\./core/)', message: 'src/functions imports only src/core and its own modules.' }, CORE_INDEX_ONLY] },
      ],
      'no-restricted-globals': [
        'error',
        ...['Office', 'Excel', 'CustomFunctions', 'SpreadsheetApp', 'HtmlService', 'google', 'window', 'document', 'process', 'Buffer', 'require']
          .map((name) => ({ name, message: 'src/functions is host-neutral.' })),
      ],
    },
  },
);
