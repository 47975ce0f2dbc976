// The Apps Script project: the Sheets entry bundled as an IIFE that sets the global `Klantwaarde`, then one
// top-level stub per custom function with its JSDoc (PLATFORM.md: Apps Script finds only top-level function
// declarations, and needs the comment directly above for autocomplete). es2019: static class fields and newer
// syntax break the Apps Script runtime.
import { build as esbuild } from 'esbuild';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { loadRegistry } from '../registry.mjs';

const OUT = 'dist/sheets';
const GLOBAL = 'Klantwaarde';

export async function build() {
  await mkdir(OUT, { recursive: true });
  const registry = await loadRegistry();
  await esbuild({
    entryPoints: ['src/hosts/sheets/functions.ts'],
    bundle: true,
    platform: 'neutral',
    mainFields: [],
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2019',
    outfile: `${OUT}/Code.js`,
    logLevel: 'warning',
  });
  const bundle = await readFile(`${OUT}/Code.js`, 'utf8');
  // Every stub must have its export, or Sheets would show "Klantwaarde.KLANT_X is not a function" at run time.
  const missing = registry.FUNCTIONS.map(registry.sheetsName).filter((name) => !new RegExp(`\\b${name}\\b`).test(bundle));
  if (missing.length > 0) throw new Error(`src/hosts/sheets/functions.ts does not export ${missing.join(', ')}`);
  const stubs = registry.appsScriptStubs(GLOBAL);
  await writeFile(`${OUT}/Code.js`, `${bundle}\n// Custom functions (generated from src/functions/registry.ts)\n\n${stubs}\n`);
  await copyFile('appsscript.json', `${OUT}/appsscript.json`);
}
