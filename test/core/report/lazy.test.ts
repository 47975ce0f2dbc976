/**
 * The sheet built from the columnar analysis with its client rows on demand is the sheet `buildReport`
 * builds from `analyse(…)`, cell for cell, once materialised; and its rows, made one at a time, are those rows.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  analyseColumns, bindDrivers, buildReportFromColumns, materialiseReport, resolveSettings, topAdvice, topAdviceOfColumns, type ClientRecord, type Settings,
} from '../../../src/core/index.js';
import { wrappedLines } from '../../../src/core/report/build.js';
import { loadTable } from '../../../src/hosts/xlsx/read.js';
import { syntheticPortfolio } from '../../../bench/synthetic.js';
import { analyse, buildReport, recordsOf, toColumns } from '../../support/oracle.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function bothWays(records: readonly ClientRecord[], input: Partial<Settings>, today: string, options: Parameters<typeof buildReport>[1]) {
  const eager = buildReport(analyse(records, input, today), options);
  const settings = resolveSettings(input, today);
  const lazy = buildReportFromColumns(analyseColumns(toColumns(records, settings), settings), options);
  return { eager, lazy };
}

describe('buildReportFromColumns', () => {
  it('on the demo: the materialised lazy sheet is buildReport’s, and rows are made on demand', async () => {
    const loaded = await loadTable(join(root, 'examples/klanten.xlsx'), { language: 'nl' });
    const settings = JSON.parse(readFileSync(join(root, 'examples/instellingen.json'), 'utf8'));
    const bound = bindDrivers(settings.extraDrivers ?? [], loaded.table.mapping);
    const { eager, lazy } = bothWays(recordsOf(loaded.table.columns), { ...settings, extraDrivers: bound.drivers }, '2026-01-15', {
      problems: loaded.table.problems, madeOn: '2026-01-15', mapping: loaded.table.mapping, firm: 'Demo',
    });
    expect(materialiseReport(lazy)).toEqual(eager);
    const { first, count } = lazy.clientTable;
    expect(first).toBe(eager.clientRows.first);
    expect(count).toBe(recordsOf(loaded.table.columns).length);
    expect(lazy.rowCount).toBe(eager.cells.length);
    // No client row is held by the lazy sheet.
    for (let k = 0; k < count; k++) expect(lazy.cells[first + k]).toBeUndefined();
    expect(lazy.clientTable.row(3)).toEqual(eager.cells[first + 3]);
  });

  it('for random portfolios, languages and settings', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 150 }), fc.integer(), fc.constantFrom('nl', 'en', 'de' as const),
      fc.record({ hourlyCost: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }), targetHourlyReturn: fc.option(fc.integer({ min: 10, max: 150 }), { nil: undefined }) }),
      (n, seed, language, settings) => {
        const input = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
        const { eager, lazy } = bothWays(syntheticPortfolio(n, seed), input, '2026-06-30', { language, madeOn: '2026-06-30' });
        expect(materialiseReport(lazy)).toEqual(eager);
      },
    ), { numRuns: 40 });
  });
});

describe('wrappedLines', () => {
  /** The definition it replaced: words as `split(/\s+/)` cuts them. */
  const bySplit = (text: string, width: number): number => {
    const room = Math.max(1, Math.floor(width * 1.2) - 3);
    let lines = 1;
    let used = 0;
    for (const word of text.split(/\s+/)) {
      if (word === '') continue;
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= room) used = need;
      else {
        lines += used === 0 ? 0 : 1;
        used = word.length;
        while (used > room) {
          lines += 1;
          used -= room;
        }
      }
    }
    return lines;
  };
  it('counts the lines split(/\\s+/) counts, for any text (every kind of space)', () => {
    const spaces = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u0085'];
    const piece = fc.oneof(fc.constantFrom(...spaces), fc.string({ maxLength: 12 }), fc.constantFrom('€', 'x'.repeat(50)));
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 1, max: 130 }), (pieces, width) => {
      const text = pieces.join('');
      expect(wrappedLines(text, width)).toBe(bySplit(text, width));
    }), { numRuns: 2000 });
  });
});

describe('topAdviceOfColumns', () => {
  it('is topAdvice of the materialised analysis, for any portfolio and count', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 200 }), fc.integer(), fc.integer({ min: 0, max: 6 }), fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
      (n, seed, count, repairThreshold) => {
        const input = repairThreshold === undefined ? { hourlyCost: 50, targetHourlyReturn: 80 } : { hourlyCost: 50, repairThreshold };
        const records = syntheticPortfolio(n, seed);
        const settings = resolveSettings(input, '2026-06-30');
        const columnar = analyseColumns(toColumns(records, settings), settings);
        expect(topAdviceOfColumns(columnar, count)).toEqual(topAdvice(analyse(records, input, '2026-06-30'), count));
      },
    ), { numRuns: 60 });
  });
});
