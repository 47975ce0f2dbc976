/** The painter's plan (src/hosts/sheets/plan.ts), without Apps Script. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rect, ReportSheet } from '../../../src/core/report/index.js';
import { formatFixes, groupStyleCalls, heightRuns, mergeCalls, slices, styleCalls, valuesBlock, type StyleCall } from '../../../src/hosts/sheets/plan.js';

const rect = fc.record({ top: fc.nat(6), left: fc.nat(4), h: fc.nat(3), w: fc.nat(3) })
  .map(({ top, left, h, w }): Rect => ({ top, left, bottom: top + h, right: left + w }));

/** Applies calls (or groups) in order to a 10×8 grid per setter: what Sheets would show. */
function paint(steps: { method: string; value: unknown; rects: Rect[] }[]): Map<string, unknown[][]> {
  const grids = new Map<string, unknown[][]>();
  for (const step of steps) {
    const grid = grids.get(step.method) ?? Array.from({ length: 10 }, () => new Array(8).fill(null));
    for (const r of step.rects) for (let y = r.top; y <= r.bottom; y++) for (let x = r.left; x <= r.right; x++) grid[y]![x] = step.value;
    grids.set(step.method, grid);
  }
  return grids;
}

describe('groupStyleCalls', () => {
  it('gives exactly what the calls one by one give, with overlaps of any kind', () => {
    const call = fc.record({
      rect,
      method: fc.constantFrom('setBackground', 'setFontColor') as fc.Arbitrary<'setBackground' | 'setFontColor'>,
      value: fc.constantFrom('#111111', '#222222', '#333333'),
    });
    fc.assert(fc.property(fc.array(call, { maxLength: 25 }), (calls: StyleCall[]) => {
      const groups = groupStyleCalls(calls);
      expect(paint(groups)).toEqual(paint(calls.map((c) => ({ ...c, rects: [c.rect] }))));
      expect(groups.reduce((n, g) => n + g.rects.length, 0)).toBe(calls.length);
    }), { numRuns: 300 });
  });

  it('makes one call per value when nothing conflicts', () => {
    const calls: StyleCall[] = [0, 2, 4, 6].map((top, i) => ({ rect: { top, left: 0, bottom: top, right: 3 }, method: 'setBackground', value: i % 2 ? '#A' : '#B' }));
    expect(groupStyleCalls(calls).map((g) => [g.value, g.rects.length])).toEqual([['#B', 2], ['#A', 2]]);
  });
});

const report = (cells: ReportSheet['cells'], styles: ReportSheet['styles'] = []): ReportSheet => ({
  name: 'x', cells, columnCount: 3, columnWidths: [10, 10, 10], rowHeights: [], styles, merges: [], frozen: { rows: 0, columns: 1 },
  charts: [], sections: [], clientRows: { first: 0, last: 0, header: 0 }, print: { landscape: true, scale: 55 },
});

describe('text cells and values', () => {
  it('every string not in a text rectangle gets "@", as vertical runs; a formula in a text rectangle gets General', () => {
    const r = report(
      [['=1+1', 1, 'a'], ['+31 6', 2, 'b'], [null, { formula: 'SUM(B1:B2)', value: 3 }, 'c']],
      [{ rect: { top: 0, left: 1, bottom: 2, right: 1 }, style: { numberFormat: '@' } }, { rect: { top: 0, left: 2, bottom: 0, right: 2 }, style: { numberFormat: '@' } }],
    );
    expect(formatFixes(r, 3, 3)).toEqual({ text: ['A1:A2', 'C2:C3'], automatic: ['B3'] });
    expect(valuesBlock(r, 3, 3).cells).toEqual([['=1+1', 1, 'a'], ['+31 6', 2, 'b'], ['', '=SUM(B1:B2)', 'c']]);
    expect(styleCalls(r).map((c) => c.method)).toEqual(['setNumberFormat', 'setNumberFormat']);
  });

  it('slices a block only above the cell budget', () => {
    const block = { top: 5, left: 0, cells: Array.from({ length: 10 }, () => [1, 2, 3]) };
    expect(slices(block, 30)).toEqual([block]);
    expect(slices(block, 9).map((s) => [s.top, s.cells.length])).toEqual([[5, 3], [8, 3], [11, 3], [14, 1]]);
  });
});

describe('merges and heights', () => {
  it('merges the same columns in consecutive rows with one mergeAcross', () => {
    const row = (top: number, left = 1, right = 2): Rect => ({ top, left, bottom: top, right });
    expect(mergeCalls([row(3), row(4), row(5), row(8), row(9, 3, 5), { top: 1, left: 0, bottom: 2, right: 0 }])).toEqual([
      { rect: { top: 3, left: 1, bottom: 5, right: 2 }, across: true },
      { rect: row(8), across: false },
      { rect: row(9, 3, 5), across: false },
      { rect: { top: 1, left: 0, bottom: 2, right: 0 }, across: false },
    ]);
  });

  it('sets equal heights of consecutive rows in one call', () => {
    expect(heightRuns([{ row: 4, height: 34 }, { row: 5, height: 34 }, { row: 6, height: 34 }, { row: 0, height: 26 }])).toEqual([
      { start: 0, count: 1, pixels: 35 }, { start: 4, count: 3, pixels: 45 },
    ]);
  });
});
