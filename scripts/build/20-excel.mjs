// The Excel add-in: the custom-functions bundle, its metadata generated from the registry (one file per
// language) and the manifest. Output in dist/excel/. The taskpane page (which is also the shared runtime's page)
// is built by 25-taskpane.mjs.
import { build as esbuild } from 'esbuild';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { loadRegistry } from '../registry.mjs';

const OUT = 'dist/excel';

/** Metadata files: functions.json is the default (Dutch, as the manifest's DefaultLocale); the others override. */
export const METADATA_FILES = { 'functions.json': 'nl', 'functions-nl.json': 'nl', 'functions-en.json': 'en', 'functions-de.json': 'de' };

/** The base URL the source manifest points at: the dev server (`npm start`) serving dist/excel/. */
export const DEV_BASE = 'https://localhost:3000/';

/**
 * The manifest with every URL moved from the dev server to `base` (https, ending in `/`), for a production host
 * of the user's choice: `KLANTWAARDE_URL=https://example.com/klantwaarde/ npm run build` writes
 * dist/excel/manifest-production.xml; upload dist/excel/ (except the manifests) to that address.
 */
export function productionManifest(xml, base) {
  const url = new URL(base);
  if (url.protocol !== 'https:') throw new Error(`KLANTWAARDE_URL must be https (Office loads add-ins only over https): ${base}`);
  const normalised = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return xml
    .replaceAll(`<AppDomain>${DEV_BASE.slice(0, -1)}</AppDomain>`, `<AppDomain>${url.origin}</AppDomain>`)
    .replaceAll(DEV_BASE, normalised);
}

export async function build() {
  await mkdir(OUT, { recursive: true });
  await esbuild({
    entryPoints: ['custom-functions/functions.ts'],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2017',
    outfile: `${OUT}/functions.js`,
    logLevel: 'warning',
  });
  const registry = await loadRegistry();
  for (const [file, language] of Object.entries(METADATA_FILES)) {
    await writeFile(`${OUT}/${file}`, `${JSON.stringify(registry.excelMetadata(language), null, 2)}\n`);
  }
  await copyFile('manifest.xml', `${OUT}/manifest.xml`);
  const production = process.env.KLANTWAARDE_URL;
  if (production) {
    await writeFile(`${OUT}/manifest-production.xml`, productionManifest(await readFile('manifest.xml', 'utf8'), production));
    console.log(`dist/excel/manifest-production.xml points at ${production}`);
  }
}
