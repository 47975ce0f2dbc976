// The Excel taskpane: React + Fluent UI bundled by esbuild (IIFE for the browser; Office.js stays a <script> from
// Microsoft's CDN), its page and stylesheet, the icons and the help page. Output in dist/excel/ beside the
// functions. Reports the gzipped size of the JavaScript and fails above the budget: 200 kB for the analysis pane,
// plus 30 kB since the pane builds the client list from exports in the browser (the list builder and its step,
// about 18 kB gzipped; loading that step on demand needs ES-module chunks, which the pane does not use yet), plus
// 10 kB since the pane's help lists the custom functions from their registry (its texts in three languages and
// the functions' code the objects carry: about 6,5 kB gzipped), plus
// 16 kB since the analysis carries the profile of the best clients and the pane prepares the conversation page
// (docs/DEFINITIONS.md §7 and §8: their texts in three languages, the page's model and sheet layout).
import { build as esbuild } from 'esbuild';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { PANE_BUNDLE } from '../pane-bundle.mjs';
import { loadRegistry } from '../registry.mjs';

const OUT = 'dist/excel';
export const BUDGET_GZIP_BYTES = 256 * 1024;

export async function build() {
  await mkdir(`${OUT}/assets`, { recursive: true });
  await esbuild({
    ...PANE_BUNDLE,
    entryPoints: { taskpane: 'taskpane/excel.tsx' },
    outdir: OUT,
    tsconfig: 'taskpane/tsconfig.json',
  });
  await copyFile('taskpane/taskpane.html', `${OUT}/taskpane.html`);
  // The help page names every custom function, from the registry, at its `<!-- functions:LANG -->` markers.
  const registry = await loadRegistry();
  let help = await readFile('assets/help.html', 'utf8');
  for (const language of ['nl', 'en', 'de']) {
    const marker = `<!-- functions:${language} -->`;
    if (!help.includes(marker)) throw new Error(`assets/help.html lacks ${marker}`);
    help = help.replace(marker, registry.functionHelpHtml(language));
  }
  await writeFile(`${OUT}/help.html`, help);
  for (const file of await readdir('assets')) {
    if (file.endsWith('.png')) await copyFile(`assets/${file}`, `${OUT}/assets/${file}`);
  }
  const js = await readFile(`${OUT}/taskpane.js`);
  const gzipped = gzipSync(js, { level: 9 }).length;
  const report = { file: `${OUT}/taskpane.js`, bytes: js.length, gzipBytes: gzipped, budgetGzipBytes: BUDGET_GZIP_BYTES };
  await writeFile(`${OUT}/taskpane-size.json`, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`taskpane.js: ${(js.length / 1024).toFixed(1)} kB, ${(gzipped / 1024).toFixed(1)} kB gzipped (budget ${BUDGET_GZIP_BYTES / 1024} kB)`);
  if (gzipped > BUDGET_GZIP_BYTES) throw new Error(`taskpane.js is ${gzipped} bytes gzipped, over the budget of ${BUDGET_GZIP_BYTES}`);
}
