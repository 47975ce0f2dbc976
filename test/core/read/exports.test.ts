/**
 * The export corpus (test/fixtures/exports/, made by scripts/make-export-fixtures.mjs): whole files as accounting
 * packages and time trackers write them. Per file: the header each field maps to, the number of clients and a few
 * hand-checked figures. A failure lists every miss of that file (field or figure, expected vs got).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTable, type LoadedTable } from '../../../src/hosts/xlsx/read.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'exports');

type Figures = Record<string, number | string>;
type Entry = {
  file: string;
  package: string;
  layout: string;
  language: 'nl' | 'de' | 'en';
  cases: string[];
  twoRowHeader?: boolean;
  note?: string;
  todo?: string;
  /** Field → header text (`""` the empty header; a list: any of them); `null`: the field must not be mapped. */
  mapping: Record<string, string | string[] | null>;
  clients: number;
  figures: Record<string, Figures>;
};

const entries = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Entry[];

const show = (value: unknown): string => (value === undefined ? 'undefined' : JSON.stringify(value));

/** Every way the file's reading differs from its entry, one line each. */
function missesOf(entry: Entry, loaded: LoadedTable): string[] {
  const misses: string[] = [];
  const { mapping, columns } = loaded.table;
  const fields = mapping.fields as Record<string, { header: string } | undefined>;
  for (const [field, want] of Object.entries(entry.mapping)) {
    const got = fields[field]?.header;
    if (want === null) {
      if (got !== undefined) misses.push(`mapping.${field}: expected not mapped, got ${show(got)}`);
      continue;
    }
    const options = Array.isArray(want) ? want : [want];
    const matches = got !== undefined && options.some((w) => (entry.twoRowHeader && w !== '' ? got === w || got.includes(w) : got === w));
    if (!matches) misses.push(`mapping.${field}: expected ${options.map(show).join(' or ')}, got ${got === undefined ? 'not mapped' : show(got)}`);
  }
  if (columns.count !== entry.clients) misses.push(`clients: expected ${entry.clients}, got ${columns.count} (${show(columns.client.slice(0, 14))})`);
  for (const [client, figures] of Object.entries(entry.figures)) {
    const index = columns.client.indexOf(client);
    if (index < 0) {
      misses.push(`client ${show(client)}: not found among ${show(columns.client.slice(0, 14))}`);
      continue;
    }
    for (const [field, want] of Object.entries(figures)) {
      if (field === 'clientNumber') {
        const got = columns.clientNumber?.[index];
        if (got !== String(want)) misses.push(`${client}.clientNumber: expected ${show(String(want))}, got ${show(got)}`);
        continue;
      }
      const values = (columns.values as unknown as Record<string, ArrayLike<number> | undefined>)[field];
      const got = values?.[index];
      if (typeof got !== 'number' || !Number.isFinite(got) || Math.abs(got - Number(want)) >= 0.005) {
        misses.push(`${client}.${field}: expected ${want}, got ${show(got)}`);
      }
    }
  }
  return misses;
}

describe('per-client report exports (test/fixtures/exports)', () => {
  it('the corpus is whole: at least 42 fixtures, each with 4–12 clients and 2–3 figures', () => {
    expect(entries.length).toBeGreaterThanOrEqual(42);
    for (const entry of entries) {
      expect(entry.clients, entry.file).toBeGreaterThanOrEqual(4);
      expect(entry.clients, entry.file).toBeLessThanOrEqual(12);
      expect(Object.keys(entry.figures).length, entry.file).toBeGreaterThanOrEqual(2);
    }
  });

  for (const entry of entries) {
    const name = `${entry.file} (${entry.package}, ${entry.language})`;
    if (entry.todo) {
      it.skip(`${name} — todo: ${entry.todo}`, () => {});
      continue;
    }
    it(name, async () => {
      let misses: string[];
      try {
        misses = missesOf(entry, await loadTable(join(DIR, entry.file), { language: entry.language }));
      } catch (error) {
        // A file the reader refuses is a miss of the reader, named like the others.
        misses = [`loadTable threw ${(error as Error).name}: ${(error as Error).message}`];
      }
      expect(misses, `${entry.file}: ${misses.length} miss(es)\n  ${misses.join('\n  ')}`).toEqual([]);
    });
  }
});
