// The Apps Script project (dist/sheets, what `clasp push` sends): the Sheets entry bundled as an IIFE that sets
// the global `Klantwaarde`, then one top-level stub per custom function and per entry point (onOpen, onInstall,
// the menu items, the sidebar's google.script.run targets), each with its JSDoc (Apps Script finds
// only top-level function declarations, and custom functions need the comment directly above). es2019: static
// class fields and newer syntax break the Apps Script runtime.
//
// KLANTWAARDE_SHEETS_DEPLOYMENT=addon builds the Editor add-on (menu under Extensions, createAddonMenu); the
// default is a script bound to one spreadsheet (a menu "Klantwaarde" of its own). KLANTWAARDE_SHEETS_OUT writes
// elsewhere than dist/sheets (the tests build the add-on beside the bound script).
import { build as esbuild } from 'esbuild';
import { PANE_BUNDLE } from '../pane-bundle.mjs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { loadRegistry } from '../registry.mjs';

const OUT = process.env.KLANTWAARDE_SHEETS_OUT || 'dist/sheets';
const GLOBAL = 'Klantwaarde';

/** src/hosts/sheets/entry-points.ts (TypeScript, pure data) loaded into this process. */
async function loadEntryPoints() {
  const outfile = resolve('dist/.registry/sheets-entry-points.mjs');
  await esbuild({ entryPoints: ['src/hosts/sheets/entry-points.ts'], bundle: true, platform: 'neutral', format: 'esm', outfile, logLevel: 'warning' });
  return (await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)).ENTRY_POINTS;
}

/** A JSDoc line cannot end the comment early. */
const safe = (text) => text.replace(/\*\//g, '* /');

function entryStub(entry) {
  const doc = entry.doc.split('\n').map((line) => ` * ${safe(line)}`);
  const args = entry.params.join(', ');
  return ['/**', ...doc, ' */', `function ${entry.name}(${args}) {`, `  return ${GLOBAL}.${entry.name}(${args});`, '}'].join('\n');
}

export async function build() {
  await mkdir(OUT, { recursive: true });
  const registry = await loadRegistry();
  const entryPoints = await loadEntryPoints();
  const deployment = process.env.KLANTWAARDE_SHEETS_DEPLOYMENT === 'addon' ? 'addon' : 'bound';
  await esbuild({
    entryPoints: ['src/hosts/sheets/index.ts'],
    bundle: true,
    platform: 'neutral',
    mainFields: [],
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2019',
    outfile: `${OUT}/Code.js`,
    define: { KLANTWAARDE_DEPLOYMENT: JSON.stringify(deployment) },
    logLevel: 'warning',
  });
  const bundle = await readFile(`${OUT}/Code.js`, 'utf8');
  // Every stub must have its export, or Sheets would show "Klantwaarde.X is not a function" at run time.
  const names = [...registry.FUNCTIONS.map(registry.sheetsName), ...entryPoints.map((e) => e.name)];
  const missing = names.filter((name) => !new RegExp(`\\b${name}\\b`).test(bundle));
  if (missing.length > 0) throw new Error(`src/hosts/sheets/index.ts does not export ${missing.join(', ')}`);
  const stubs = registry.appsScriptStubs(GLOBAL);
  const entries = entryPoints.map(entryStub).join('\n\n');
  await writeFile(
    `${OUT}/Code.js`,
    `${bundle}\n// Custom functions (generated from src/functions/registry.ts)\n\n${stubs}\n\n` +
      `// Triggers, menu items and google.script.run targets (generated from src/hosts/sheets/entry-points.ts)\n\n${entries}\n`,
  );
  await copyFile('appsscript.json', `${OUT}/appsscript.json`);
  await buildSidebar();
}

/**
 * dist/sheets/Sidebar.html: one self-contained file (HtmlService serves files, not folders; no external loads):
 * the taskpane's React UI over the Sheets host (sidebar/main.tsx), bundled by esbuild, its CSS and script
 * inlined, with `</script` and `</style` escaped so they cannot end their tags.
 */
async function buildSidebar() {
  const result = await esbuild({
    ...PANE_BUNDLE,
    entryPoints: ['sidebar/main.tsx'],
    tsconfig: 'sidebar/tsconfig.json',
    outdir: 'dist/.sidebar',
    write: false,
  });
  const file = (ext) => result.outputFiles.find((f) => f.path.endsWith(ext))?.text ?? '';
  const script = file('.js').replace(/<\/script/gi, '<\\/script');
  const style = file('.css').replace(/<\/style/gi, '<\\/style');
  const template = await readFile('sidebar/Sidebar.html', 'utf8');
  for (const mark of ['<!-- script -->', '<!-- style -->']) {
    if (!template.includes(mark)) throw new Error(`sidebar/Sidebar.html has no ${mark} placeholder`);
  }
  const html = template
    .replace('<!-- style -->', () => `<style>${style}</style>`)
    .replace('<!-- script -->', () => `<script>${script}</script>`);
  await writeFile(`${OUT}/Sidebar.html`, html);
  console.log(`Sidebar.html: ${(html.length / 1024).toFixed(1)} kB`);
}
