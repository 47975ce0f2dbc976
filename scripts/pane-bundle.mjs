// The esbuild options of the React pane, shared by its two hosts: the Excel taskpane (scripts/build/25-taskpane.mjs)
// and the Sheets sidebar (scripts/build/30-sheets.mjs). Both run in the user's browser, not in Apps Script's V8.
export const PANE_BUNDLE = {
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: ['es2020', 'chrome100', 'safari15'],
  jsx: 'automatic',
  minify: true,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
};
