// The Excel add-in: the custom-functions bundle, its metadata generated from the registry (one file per
// language), a minimal shared-runtime taskpane page and the manifest. Output in dist/excel/.
import { build as esbuild } from 'esbuild';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { loadRegistry } from '../registry.mjs';

const OUT = 'dist/excel';

/** Metadata files: functions.json is the default (Dutch, as the manifest's DefaultLocale); the others override. */
export const METADATA_FILES = { 'functions.json': 'nl', 'functions-nl.json': 'nl', 'functions-en.json': 'en', 'functions-de.json': 'de' };

// The taskpane page of the shared runtime: Office.js from Microsoft's CDN, then the functions. The real taskpane
// UI is a later issue; this page only has to exist so the runtime has a page to load.
const TASKPANE = `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=Edge">
  <title>Klantwaarde</title>
  <script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
  <script src="functions.js"></script>
</head>
<body>
  <h1>Klantwaarde</h1>
</body>
</html>
`;

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
  await writeFile(`${OUT}/taskpane.html`, TASKPANE);
  await copyFile('manifest.xml', `${OUT}/manifest.xml`);
}
