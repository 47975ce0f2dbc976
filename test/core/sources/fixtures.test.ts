/**
 * Each export fixture of test/fixtures/sources/ (laid out as its package writes it; see the README there), alone
 * and all together, gives its hand-computed list: the period, each source's row counts, every client's figures,
 * the near matches and the problems (ids and counts; a problem said once per source has no count in the fixture).
 * The fixtures were computed by hand and by a separate script, not by this code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { csvCells, decodeText, detectDelimiter } from '../../../src/hosts/xlsx/read.js';
import { buildClientList, listJson, type BuildOptions, type SourceInput } from '../../../src/core/sources/index.js';

const DIR = fileURLToPath(new URL('../../fixtures/sources/', import.meta.url));
const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith('.expected.json'));

type Expected = {
  files: string[];
  options?: BuildOptions;
  period: unknown;
  blocked: boolean;
  sources: Record<string, unknown>[];
  clients: Record<string, unknown>[];
  possibleMatches?: { a: string; b: string }[];
  problems?: { id: string; count?: number }[];
};

/** A fixture file as the CLI reads it: decoded (BOM, Windows-1252), split on its separator. */
export function fixtureSource(file: string): SourceInput {
  const text = decodeText(readFileSync(DIR + file));
  return { file, cells: csvCells(text), notationHint: detectDelimiter(text) === ';' ? 'nl' : 'en' };
}

describe.each(FIXTURES)('%s', (name) => {
  const expected = JSON.parse(readFileSync(DIR + name, 'utf8')) as Expected;
  const build = listJson(buildClientList(expected.files.map(fixtureSource), expected.options ?? {}));

  it('has the period and the sources as computed by hand', () => {
    expect(build.blocked).toBe(expected.blocked);
    if (!expected.blocked) expect(build.period).toEqual(expected.period);
    for (const source of expected.sources) expect(build.sources.find((s) => s.file === source.file)).toMatchObject(source);
  });

  it('has every client with exactly the hand-computed figures', () => {
    const byName = new Map(build.clients.map((c) => [c.client, c as Record<string, unknown>]));
    expect([...byName.keys()].sort()).toEqual(expected.clients.map((c) => c.client as string).sort());
    for (const client of expected.clients) expect(byName.get(client.client as string)).toEqual(client);
  });

  it('lists the near matches and says the problems', () => {
    const pairs = (list: { a: string; b: string }[]): string[] => list.map((m) => `${m.a} | ${m.b}`).sort();
    expect(pairs(build.possibleMatches)).toEqual(pairs(expected.possibleMatches ?? []));
    const onceOnly = new Set((expected.problems ?? []).filter((p) => p.count === undefined).map((p) => p.id));
    const said = build.problems.filter((p) => p.id !== 'nearMatch').map((p) => (onceOnly.has(p.id) ? p.id : `${p.id}:${p.count}`)).sort();
    expect(said).toEqual((expected.problems ?? []).map((p) => (p.count === undefined ? p.id : `${p.id}:${p.count}`)).sort());
    // A near match is a problem too, named with both names.
    expect(build.problems.filter((p) => p.id === 'nearMatch').length).toBe(build.possibleMatches.length);
  });
});
