// Loads src/functions (TypeScript) from plain .mjs build scripts: esbuild bundles it to a temporary ESM file for
// Node, which is then imported. One bundle per process, shared by the Excel and Sheets builds and docs.mjs.
import { build as esbuild } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

let loaded;

/** The module src/functions/index.ts, freshly bundled. */
export function loadRegistry() {
  loaded ??= (async () => {
    const outfile = resolve('dist/.registry/functions.mjs');
    await esbuild({
      entryPoints: ['src/functions/index.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'warning',
    });
    // A query per load: a rebuilt file in a long-lived process is imported anew, not from the module cache.
    return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
  })();
  return loaded;
}
