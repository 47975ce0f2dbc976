// Builds every artefact: each module in scripts/build/ exports `build()`; they run in name order.
// One file per target keeps the targets independent (core check, CLI, Excel, Apps Script, bench).
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const here = fileURLToPath(new URL('./build/', import.meta.url));
const only = process.argv.slice(2);
const files = (await readdir(here)).filter((f) => f.endsWith('.mjs')).sort();
for (const file of files) {
  const name = file.replace(/\.mjs$/, '');
  if (only.length && !only.includes(name)) continue;
  const started = performance.now();
  const target = await import(pathToFileURL(join(here, file)).href);
  await target.build();
  console.log(`built ${name} in ${Math.round(performance.now() - started)} ms`);
}
