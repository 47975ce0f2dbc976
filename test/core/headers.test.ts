/**
 * The header corpus (test/fixtures/headers.tsv, see its README): every real-world header maps to the field it
 * names, or to nothing. A miss is reported by name, so a failure says which headers went wrong and how.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interpretHeader } from '../../src/core/headers.js';
import { FIELDS } from '../../src/core/fields.js';

export type CorpusRow = { header: string; field: string; tag: '' | 'min' | 'inclVat'; lang: 'nl' | 'de' | 'en'; line: number };

export function loadCorpus(): CorpusRow[] {
  const text = readFileSync(new URL('../fixtures/headers.tsv', import.meta.url), 'utf8');
  const rows: CorpusRow[] = [];
  text.split('\n').forEach((line, index) => {
    if (index === 0 || line.trim() === '' || line.startsWith('#')) return;
    const [header, field, tag, lang] = line.split('\t');
    rows.push({ header: header!, field: field!, tag: (tag ?? '') as CorpusRow['tag'], lang: lang!.trim() as CorpusRow['lang'], line: index + 1 });
  });
  return rows;
}

describe('the header corpus', () => {
  const corpus = loadCorpus();

  it('is well formed: at least 400 headers in nl, de and en, each with a known field', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(400);
    for (const lang of ['nl', 'de', 'en']) expect(corpus.filter((row) => row.lang === lang).length).toBeGreaterThan(100);
    for (const row of corpus) expect([...FIELDS, 'unused'], `line ${row.line}`).toContain(row.field);
  });

  it('every header maps to its field (misses listed by name)', () => {
    const misses: string[] = [];
    for (const row of corpus) {
      const meaning = interpretHeader(row.header);
      const got = meaning.field ?? 'unused';
      const scaleOk = row.tag === 'min' ? Math.abs(meaning.scale - 1 / 60) < 1e-12 : meaning.scale === 1 || got === 'unused';
      const vatOk = row.tag === 'inclVat' ? meaning.vat === 'incl' : meaning.vat !== 'incl' || got !== 'revenue';
      if (got !== row.field || !scaleOk || !vatOk) {
        misses.push(`line ${row.line}: "${row.header}" → ${got}${meaning.field ? '' : ` (${meaning.reason})`}${scaleOk ? '' : ` scale ${meaning.scale}`}${vatOk ? '' : ` vat ${meaning.vat}`}, expected ${row.field}${row.tag ? ` (${row.tag})` : ''}`);
      }
    }
    expect(misses, `${misses.length} of ${corpus.length} headers missed`).toEqual([]);
  });
});

describe('interpretHeader on anything', () => {
  it('never throws, answers the same twice, and gives a field only with the reason "header"', async () => {
    const fc = (await import('fast-check')).default;
    const words = ['omzet', 'uren', '(min)', 'incl.', 'btw', '2025', 'aantal', 'van', 'Kunden', 'besuche', '€', '%', 'per', '#', '-', 'ß', 'Ø', '(1-5)'];
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.array(fc.constantFrom(...words), { maxLength: 6 }).map((w) => w.join(' ')), fc.string({ unit: 'binary', maxLength: 30 })), (header) => {
      const meaning = interpretHeader(header);
      expect(interpretHeader(header)).toEqual(meaning);
      expect(meaning.field === null || meaning.reason === 'header').toBe(true);
      expect([1, 1 / 60]).toContain(meaning.scale);
    }), { numRuns: 3000 });
  });
});
