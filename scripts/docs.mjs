// Rewrites README.md's generated parts from their single sources: the function reference (between the
// functions markers) from the registry, the recognised headers (between the headers markers) from the header
// matcher's vocabulary, and the settings table (between the settings markers) from the settings registry:
// `node scripts/docs.mjs`. Tests fail when README is out of date.
import { readFile, writeFile } from 'node:fs/promises';
import { build as esbuild } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { loadRegistry } from './registry.mjs';

/** Replaces the text between two markers; throws when README lacks them. */
function between(text, start, end, body) {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the markers ${start} … ${end}`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

const registry = await loadRegistry();
const headersFile = resolve('dist/.registry/header-reference.mjs');
await esbuild({ entryPoints: ['src/core/header-reference.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: headersFile, logLevel: 'warning' });
const { headerReference } = await import(`${pathToFileURL(headersFile).href}?t=${Date.now()}`);
const settingsFile = resolve('dist/.registry/settings-reference.mjs');
await esbuild({ entryPoints: ['src/core/settings-reference.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: settingsFile, logLevel: 'warning' });
const { settingsReference } = await import(`${pathToFileURL(settingsFile).href}?t=${Date.now()}`);

const readme = await readFile('README.md', 'utf8');
let next = between(readme, '<!-- functions:start -->', '<!-- functions:end -->', registry.functionReference());
next = between(next, '<!-- headers:start -->', '<!-- headers:end -->', headerReference());
next = between(next, '<!-- settings:start -->', '<!-- settings:end -->', settingsReference());
if (next !== readme) await writeFile('README.md', next);
console.log(next === readme ? 'README.md generated parts are up to date' : 'README.md generated parts rewritten');
