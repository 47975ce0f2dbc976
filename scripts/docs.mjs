// Rewrites README.md's function reference (between the markers) from the registry: `node scripts/docs.mjs`.
// test/functions/docs.test.ts fails when README is out of date.
import { readFile, writeFile } from 'node:fs/promises';
import { loadRegistry } from './registry.mjs';

const START = '<!-- functions:start -->';
const END = '<!-- functions:end -->';

const registry = await loadRegistry();
const readme = await readFile('README.md', 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) throw new Error(`README.md lacks the markers ${START} … ${END}`);
const next = `${readme.slice(0, from + START.length)}\n${registry.functionReference()}\n${readme.slice(to)}`;
if (next !== readme) await writeFile('README.md', next);
console.log(next === readme ? 'README.md function reference is up to date' : 'README.md function reference rewritten');
