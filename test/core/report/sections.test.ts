/**
 * The report's sections, each built alone on a fresh SheetWriter: what rows it writes, what it leaves to the client
 * table's place, and that a section's rows depend only on the row it starts at (no state passes between sections
 * but the cursor), so the composed sheet is the sections side by side.
 */
import { describe, expect, it } from 'vitest';
import { FIELDS, type AnalysisResult, type Problem } from '../../../src/core/index.js';
import { TIER_LABELS } from '../../../src/core/messages.js';
import { FORMATS, COLORS, isFormula, type Cell } from '../../../src/core/report/index.js';
import { reportContext } from '../../../src/core/report/build.js';
import { SheetWriter } from '../../../src/core/report/writer.js';
import type { ReportContext, ReportOptions } from '../../../src/core/report/context.js';
import { writeSummary, writeTitle } from '../../../src/core/report/sections/summary.js';
import { settingRows, writeSettings } from '../../../src/core/report/sections/setting-rows.js';
import { writeNotes } from '../../../src/core/report/sections/notes.js';
import { writeMapping } from '../../../src/core/report/sections/mapping.js';
import { writePyramid } from '../../../src/core/report/sections/pyramid.js';
import { writeProfile } from '../../../src/core/report/sections/profile.js';
import { writeCostBenefit } from '../../../src/core/report/sections/cost-benefit.js';
import { writeScenarios } from '../../../src/core/report/sections/scenarios.js';
import { CHART_ROWS, writeWhale } from '../../../src/core/report/sections/whale.js';
import { writeProblems } from '../../../src/core/report/sections/problems.js';
import { writeClients } from '../../../src/core/report/sections/clients.js';
import { analysePortfolio } from '../../support/portfolio.js';
import { syntheticPortfolio } from '../../../bench/synthetic.js';
import { analyse, buildReport, clientsOf } from '../../support/oracle.js';

const { result, problems, table } = await analysePortfolio();

function context(options: ReportOptions = {}, analysis: AnalysisResult = result): ReportContext {
  return reportContext(analysis, clientsOf(analysis.clients), { language: 'nl', madeOn: '2026-01-15', ...options });
}

/** The rows `first`..`last` of a writer's cells, holes as `undefined`. */
const rows = (w: SheetWriter, first = 0, last = w.cells.length - 1): (Cell[] | undefined)[] =>
  Array.from({ length: last - first + 1 }, (_, i) => w.cells[first + i]);

const twoProblems: Problem[] = [
  { id: 'notANumber', severity: 'warning', row: 7, column: 'Omzet', text: '12,3,4', message: 'Rij 7: “12,3,4” is geen getal.' },
  { id: 'clientMissing', severity: 'error', row: 9, column: 'Klant', text: null, message: 'Rij 9: geen klant.' },
];

describe('SheetWriter', () => {
  it('pads a row with empty cells up to the column written, and keeps later formulas empty until resolved', () => {
    const w = new SheetWriter();
    w.put(0, 3, 'x');
    expect(w.cells[0]).toEqual([null, null, null, 'x']);
    let target = 'A1';
    w.later(1, 1, () => ({ formula: target, value: 1 }));
    expect(w.cells[1]).toEqual([null, null]);
    target = 'B7';
    w.resolveFormulas();
    expect(w.cells[1]![1]).toEqual({ formula: 'B7', value: 1 });
  });

  it('writes a heading as a band over A..L with its row recorded, and moves the cursor one row per block row', () => {
    const w = new SheetWriter();
    w.skip(2);
    w.heading('whale', 'Walviscurve');
    w.subheading('Deel', 3);
    w.headerRow(['a', null, 'b'], 1, 3);
    expect(w.row).toBe(5);
    expect(w.sections).toEqual([{ id: 'whale', row: 2 }]);
    expect(w.sectionRow('whale')).toBe(2);
    expect(rows(w, 2)).toEqual([['Walviscurve'], ['Deel'], [null, 'a', null, 'b']]);
    expect(w.styles.map((s) => s.rect)).toEqual([
      { top: 2, left: 0, bottom: 2, right: 11 }, { top: 3, left: 0, bottom: 3, right: 3 }, { top: 4, left: 1, bottom: 4, right: 3 },
    ]);
    expect(w.rowHeights).toEqual([{ row: 2, height: 21 }, { row: 4, height: 45 }]);
  });
});

describe('the problems section alone', () => {
  it('for a list with two problems, puts exactly their rows under its heading and header', () => {
    const w = new SheetWriter();
    writeProblems(w, { ...context(), problems: twoProblems });
    expect(w.row).toBe(4);
    expect(w.sections).toEqual([{ id: 'problems', row: 0 }]);
    expect(rows(w)).toEqual([
      ['Problemen'],
      ['Rij', 'Kolom', 'Gevonden', 'Gevolg', null, 'Melding'],
      [7, 'Omzet', '12,3,4', 'meegeteld', null, 'Rij 7: “12,3,4” is geen getal.'],
      [9, 'Klant', null, 'rij niet meegeteld', null, 'Rij 9: geen klant.'],
    ]);
    // The heading, the header, and the two problem rows' formats: nothing else.
    expect(w.styles.slice(2)).toEqual([
      { rect: { top: 2, left: 0, bottom: 3, right: 0 }, style: { numberFormat: FORMATS.count, horizontal: 'left' } },
      { rect: { top: 2, left: 1, bottom: 3, right: 2 }, style: { numberFormat: FORMATS.text } },
    ]);
    expect(w.merges).toEqual([]);
  });

  it('without problems, says so in one row', () => {
    const w = new SheetWriter();
    writeProblems(w, { ...context(), problems: [] });
    expect(rows(w)).toEqual([['Problemen'], ['Geen problemen gevonden.']]);
  });
});

describe('the summary sections alone', () => {
  it('the title is two rows and a blank; the figures wait for the client table', () => {
    const w = new SheetWriter();
    const ctx = context({ problems: twoProblems });
    writeTitle(w, ctx);
    expect(w.row).toBe(3);
    expect(rows(w, 0, 1)).toEqual([[ctx.text.label('title')], [expect.stringContaining('15-01-2026')]]);
    writeSummary(w, ctx);
    expect(w.sections).toEqual([{ id: 'summary', row: 3 }]);
    expect(w.row).toBe(3 + 1 + 9 + 1);
    // The totals are formulas on the client table's total row, made once its place is known.
    expect(w.cells[5]![1]).toBeNull();
    ctx.table.first = 40;
    ctx.table.last = 66;
    ctx.table.total = 67;
    w.resolveFormulas();
    expect(w.cells[5]![1]).toEqual({ formula: 'COUNTA($A$41:$A$67)', value: result.clients.length });
    expect(w.cells[6]![1]).toEqual({ formula: `${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[ctx.col.revenue!]}68`, value: result.totals.revenue });
    // Two problem rows (rows 7 and 9), in red.
    expect(w.cells[12]).toEqual(['Invoerrijen met problemen', 2]);
    expect(w.styles.at(-1)!.style).toMatchObject({ fontColor: '#C00000', bold: true });
  });

  it('the settings block is a subheading, a header, one row per setting and a blank', () => {
    const w = new SheetWriter();
    const ctx = context();
    writeSettings(w, ctx);
    const entries = settingRows(ctx.result, 'nl');
    expect(w.row).toBe(2 + entries.length + 1);
    expect(w.merges).toHaveLength(entries.length);
    expect(w.merges.every((m, i) => m.top === 2 + i && m.left === 1 && m.right === 2)).toBe(true);
    expect(rows(w, 2).map((line) => line![0])).toEqual(entries.map((e) => e.label));
  });

  it('the notes block is empty without notes, and a subheading, the notes and a blank with them', () => {
    const none = new SheetWriter();
    writeNotes(none, { ...context(), result: { ...result, notes: [] } });
    expect(none.row).toBe(0);
    expect(none.cells).toEqual([]);
    const w = new SheetWriter();
    writeNotes(w, { ...context(), result: { ...result, notes: ['noHourlyCost', 'noDiscountTiers'] } });
    expect(w.row).toBe(4);
    expect(rows(w).map((line) => line![0])).toEqual(['Let op', expect.stringContaining('uurkostprijs'), expect.any(String)]);
  });

  it('the columns block is absent without a mapping, and with one names every field and each unused column', () => {
    const none = new SheetWriter();
    expect(writeMapping(none, context())).toBe(-1);
    expect(none.row).toBe(0);
    const w = new SheetWriter();
    w.skip(4);
    expect(writeMapping(w, context({ mapping: table.mapping }))).toBe(4);
    const unused = table.mapping.columns.filter((use) => use.field === null && use.reason !== 'empty').length;
    expect(w.row).toBe(4 + 2 + FIELDS.length + unused + 1);
    expect(w.merges.every((m) => m.left === 1 && m.right === 3)).toBe(true);
    expect(w.merges).toHaveLength(FIELDS.length + unused);
  });
});

describe('the pyramid, cost-benefit, scenario and whale sections alone', () => {
  it('the pyramid: four bands narrowing to the top, centred on H, then the tiers’ table', () => {
    const w = new SheetWriter();
    const ctx = context();
    writePyramid(w, ctx);
    const bands = w.merges.filter((m) => w.rowHeights.some((h) => h.row === m.top && h.height === 34));
    expect(bands.map((m) => [m.left, m.right])).toEqual([[6, 8], [5, 9], [4, 10], [3, 11]]);
    const header = w.cells.findIndex((line) => line?.[1] === ctx.text.label('clientsCount'));
    expect(header).toBeGreaterThan(bands.at(-1)!.top);
    for (const t of result.pyramid) expect(w.cells.some((line) => line?.[0] !== undefined && line[1] === t.clients && line[3] === t.revenue)).toBe(true);
  });

  it('cost-benefit: a figure a row, the classes and tiers in columns from D, counts and sums waiting for the client table', () => {
    const w = new SheetWriter();
    const ctx = context();
    const place = writeCostBenefit(w, ctx);
    const header = w.cells[place.first]!;
    expect(header.slice(3, 7)).toEqual(['A', 'B', 'C', 'Totaal']);
    expect(header.slice(7, place.lastColumn + 1)).toEqual(result.pyramid.map((t) => TIER_LABELS.nl[t.tier]));
    const clientsRow = place.first + 1;
    expect(w.cells[clientsRow]![0]).toBe(ctx.text.label('clientsCount'));
    expect(w.cells[clientsRow]![3]).toBeNull();
    Object.assign(ctx.table, { first: 100, last: 126, total: 127 });
    w.resolveFormulas();
    const letter = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[ctx.col.abcClass!];
    expect(w.cells[clientsRow]![3]).toEqual({ formula: `COUNTIF($${letter}$101:$${letter}$127,"A")`, value: result.classes.A.clients });
    expect(w.cells[clientsRow]![6]).toEqual({ formula: `SUM(D${clientsRow + 1}:F${clientsRow + 1})`, value: result.totals.clients });
    // Sums in whole euros, the hourly return with its cents, every figure right-aligned.
    const formatOf = (label: string): string | undefined => {
      const r = w.cells.findIndex((line) => line?.[0] === label);
      return w.styles.filter((s) => s.style.numberFormat && s.rect.top <= r && r <= s.rect.bottom && s.rect.left <= 3 && 3 <= s.rect.right).at(-1)?.style.numberFormat;
    };
    expect(formatOf('Omzet')).toBe(FORMATS.moneyWhole);
    expect(formatOf('Uurrendement')).toBe(FORMATS.money);
    expect(formatOf('Marge')).toBe(FORMATS.percent);
    expect(place.last - place.first).toBe(1 + ctx.columns.slice(ctx.col.revenue!, ctx.col.hourlyReturn! + 1).length);
  });

  it('scenarios: both, from the row they start at; the net is the sum of the lines', () => {
    const w = new SheetWriter();
    w.skip(10);
    expect(writeScenarios(w, context())).toBe(10);
    const nets = w.cells.filter((line) => isFormula(line?.[3])).map((line) => line![3]);
    const offered = [result.scenarios.letGoC, result.scenarios.repairC].filter((s) => s.net !== null);
    expect(nets.map((cell) => isFormula(cell) && cell.value)).toEqual(offered.map((s) => s.net));
  });

  it('whale: the chart under its sentences, the points under the chart, the print ending with the chart', () => {
    const w = new SheetWriter();
    const chartEnd = writeWhale(w, context());
    const [chart] = w.charts;
    expect(w.charts).toHaveLength(1);
    expect(chart!.anchor.bottom - chart!.anchor.top + 1).toBe(CHART_ROWS);
    expect(chartEnd).toBe(chart!.anchor.top + CHART_ROWS);
    const points = chart!.series[0]!.x;
    expect(points.top).toBe(chartEnd + 2);
    expect(points.bottom - points.top + 1).toBe(result.whale.points.length);
    expect(rows(w, points.top, points.bottom).map((line) => line![0])).toEqual(result.whale.points.map((p) => p.clientShare));
    expect(w.row).toBe(points.bottom + 2);
  });
});

describe('the clients section alone', () => {
  it('holds no client row: row(k) makes the k-th in report order; the total row follows the clients', () => {
    const w = new SheetWriter();
    const ctx = context();
    w.skip(5);
    const section = writeClients(w, ctx);
    const n = result.clients.length;
    expect(section.header).toBe(6);
    expect([section.first, section.last, section.total]).toEqual([7, 7 + n - 1, 7 + n]);
    expect([ctx.table.first, ctx.table.last, ctx.table.total]).toEqual([section.first, section.last, section.total]);
    for (let r = section.first; r <= section.last; r++) expect(w.cells[r]).toBeUndefined();
    const report = buildReport(result, { language: 'nl', madeOn: '2026-01-15' });
    for (const k of [0, 5, n - 1]) expect(section.row(k)).toEqual(report.cells[report.clientRows.first + k]);
    expect(w.cells[section.total]![0]).toBe(ctx.text.label('total'));
    // The colour legend under the total, a row between them.
    expect(section.legend).toBe(section.total + 2);
    expect(w.cells[section.legend]![0]).toBe(ctx.text.label('legend'));
    expect(w.row).toBe(section.legend + 1);
    // Each class one band.
    for (const letter of ['A', 'B', 'C'] as const) expect(w.styles.filter((s) => s.style.fill === COLORS.classFill[letter] && s.rect.top >= section.first && s.rect.top <= section.last)).toHaveLength(1);
  });

  it('with no clients, one row says so', () => {
    const empty = analyse([], {}, '2026-06-30');
    const w = new SheetWriter();
    const section = writeClients(w, context({}, empty));
    expect(section.first).toBe(section.last);
    expect(w.cells[section.first]![0]).toEqual(expect.any(String));
    expect(section.total).toBe(section.first + 1);
  });
});

describe('each section alone writes the composed sheet’s rows', () => {
  const writers = [writeTitle, writeSummary, writeSettings, writeNotes, writeMapping, writeProblems, writePyramid, writeProfile, writeCostBenefit, writeScenarios, writeWhale, writeClients] as const;
  const cases: [string, AnalysisResult, ReportOptions][] = [
    ['the hand-checked portfolio', result, { problems }],
    ['a synthetic portfolio in English', analyse(syntheticPortfolio(300, 3), { hourlyCost: 52 }, '2026-06-30'), { language: 'en', problems: twoProblems }],
  ];
  for (const [name, analysis, options] of cases) {
    it(name, () => {
      const report = buildReport(analysis, { language: 'nl', madeOn: '2026-01-15', ...options });
      // Where each section starts in the composed sheet.
      const starts: number[] = [];
      const all = new SheetWriter();
      const composed = context(options, analysis);
      for (const write of writers) {
        starts.push(all.row);
        write(all, composed);
      }
      writers.forEach((write, i) => {
        const w = new SheetWriter();
        const ctx = context(options, analysis);
        Object.assign(ctx.table, { first: report.clientRows.first, last: report.clientRows.last, total: report.clientRows.last + 1 });
        w.skip(starts[i]!);
        write(w, ctx);
        w.resolveFormulas();
        const end = i + 1 < writers.length ? starts[i + 1]! : report.clientRows.first;
        for (let r = starts[i]!; r < end; r++) {
          // The client table's heading row gets the print's column-group names after the sections are written.
          if (r === report.sections.find((s) => s.id === 'clients')!.row) continue;
          expect(w.cells[r], `row ${r}`).toEqual(report.cells[r]);
        }
        expect(w.cells.slice(0, starts[i]!).every((line) => line === undefined)).toBe(true);
      });
    });
  }
});
