/**
 * The printed analysis: print areas, titles, zoom, header and footer in the written xlsx, and
 * no text or number wider than its column at the width set — for the demo and for 2 000 clients.
 */
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import {
  columnPixels, FORMATS, isFormula, MIN_PRINT_SCALE, PRINT_WIDTH_PX, type Cell, type ReportSheet,
} from '../../../src/core/index.js';
import { loadTable } from '../../../src/hosts/xlsx/read.js';
import { reportWorkbook } from '../../../src/hosts/xlsx/write.js';
import { printNames } from '../../../src/hosts/xlsx/print.js';
import { wrappedLines } from '../../../src/core/report/build.js';
import { analyse, buildReport, recordsOf } from '../../support/oracle.js';

const loaded = await loadTable('examples/klanten.xlsx', { language: 'nl' });
const demo = buildReport(analyse(recordsOf(loaded.table.columns), { hourlyCost: 52, targetHourlyReturn: 85 }, '2026-06-30'), {
  language: 'nl', madeOn: '2026-11-27', mapping: loaded.table.mapping, firm: 'De Vries Installatietechniek',
});
// 2 000 clients: the demo's records again and again, each with its own name.
const demoRecords = recordsOf(loaded.table.columns);
const many = demoRecords.length;
const records2000 = Array.from({ length: 2000 }, (_, i) => ({ ...demoRecords[i % many]!, client: `${demoRecords[i % many]!.client} ${i + 1}`, row: i + 2 }));
const large = buildReport(analyse(records2000, { hourlyCost: 52, targetHourlyReturn: 85 }, '2026-06-30'), { language: 'nl', madeOn: '2026-11-27' });
// The same 2 000 clients with every amount 150 times larger (a wholesaler): tens of millions in the total row.
const millions = records2000.map((r) => ({ ...r, revenue: r.revenue * 150, directCosts: r.directCosts * 150, previousRevenue: r.previousRevenue * 150, referralRevenue: r.referralRevenue * 150 }));
const wholesale = buildReport(analyse(millions, { hourlyCost: 52, targetHourlyReturn: 85 }, '2026-06-30'), { language: 'nl', madeOn: '2026-11-27' });

const fixed = (value: number, decimals: number): string =>
  new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: true }).format(value);
/** What a cell shows in its number format as Excel prints it in Dutch (`"€" #,##0.00`, `0.0%`, `#,##0.0`, `#,##0`). */
function shown(cell: Cell | undefined, format: string | undefined): string {
  const value = isFormula(cell ?? null) ? (cell as { value: unknown }).value : cell;
  if (value === null || value === undefined) return '';
  if (typeof value !== 'number') return String(value);
  if (format === FORMATS.money) return `€ ${fixed(value, 2)}`;
  if (format === FORMATS.moneyWhole) return `€ ${fixed(value, 0)}`;
  if (format === FORMATS.percent) return `${fixed(value * 100, 1)}%`;
  if (format === FORMATS.hours) return fixed(value, 1);
  return fixed(value, 0);
}

/** The number format the report gives a cell (the last rectangle that sets one wins). */
function formatOf(report: ReportSheet, row: number, column: number): string | undefined {
  let format: string | undefined;
  for (const { rect, style } of report.styles) {
    if (style.numberFormat && rect.top <= row && row <= rect.bottom && rect.left <= column && column <= rect.right) format = style.numberFormat;
  }
  return format;
}

const pixels = (report: ReportSheet, first: number, last: number): number =>
  report.columnWidths.slice(first, last + 1).reduce((sum, w) => sum + columnPixels(w), 0);

for (const [name, report] of [['the demo', demo], ['2 000 clients', large], ['2 000 clients with amounts in the millions', wholesale]] as const) {
  describe(`print layout: ${name}`, () => {
    const { print } = report;

    it('prints at a zoom of at least MIN_PRINT_SCALE; the client table in whole euros only where cents would not fit', () => {
      expect(print.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
      expect(MIN_PRINT_SCALE).toBeGreaterThanOrEqual(70);
      // The demo fits with cents; 2 000 clients total in the millions, which with cents printed at 68 %.
      const revenue = report.cells[report.clientRows.header]!.indexOf('Omzet');
      expect(formatOf(report, report.clientRows.first, revenue)).toBe(report === demo ? FORMATS.money : FORMATS.moneyWhole);
      // The cost-benefit table's sums are whole euros (or thousands), its hourly return keeps its cents.
      const at = report.sections.find((s) => s.id === 'costBenefit')!.row;
      const rowOf = (label: string) => report.cells.findIndex((line, r) => r > at && line?.[0] === label);
      expect([FORMATS.moneyWhole, FORMATS.moneyThousands]).toContain(formatOf(report, rowOf('Omzet'), 3));
      expect(formatOf(report, rowOf('Uurrendement'), 3)).toBe(FORMATS.money);
    });
    const groups = print.columnGroups!;
    const wrapped = new Set(['Signalen', 'Toelichting'].map((label) => report.cells[report.clientRows.header]!.indexOf(label)));

    it('every area fits one page wide at the zoom; the client table in named groups that cover each column once', () => {
      expect(print.landscape).toBe(true);
      for (const area of print.areas!) {
        const titles = area.left > 0 ? columnPixels(report.columnWidths[0]!) : 0;
        expect((titles + pixels(report, area.left, area.right)) * print.scale / 100, JSON.stringify(area)).toBeLessThanOrEqual(PRINT_WIDTH_PX);
      }
      const covered = groups.flatMap((g) => Array.from({ length: g.last - g.first + 1 }, (_, i) => g.first + i));
      expect(covered).toEqual(Array.from({ length: report.columnCount - 1 }, (_, i) => i + 1));
      expect(groups.map((g) => g.name)).toContain('Winst en rendement');
      const heading = report.sections.find((s) => s.id === 'clients')!.row;
      for (const g of groups) expect(report.cells[heading]![g.first]).toBe(g.name);
    });

    it('repeats the client names and the table heading (not the colour legend, under the total) on every page of it', () => {
      expect(print.titleColumns).toEqual({ first: 0, last: 0 });
      expect(print.titleRows).toEqual({ first: report.sections.find((s) => s.id === 'clients')!.row, last: report.clientRows.header });
      expect(report.sections.at(-1)!.id).toBe('clients');
    });

    it('packs the sections above the client table into areas in order, none cut; the chart whole on its page', () => {
      const rowOf = (id: string) => report.sections.find((s) => s.id === id)!.row;
      const clients = rowOf('clients');
      const above = print.areas!.filter((a) => a.top < clients);
      // In sheet order, each starting where the one before ended, from the title row down to the whale chart.
      expect(above[0]!.top).toBe(0);
      for (let i = 1; i < above.length; i++) expect(above[i]!.top).toBe(above[i - 1]!.bottom + 1);
      // Each area starts where a block starts: the summary, its columns, the problems, the pyramid, the cost-benefit
      // table, the scenarios, the whale curve.
      const starts = new Set([0, rowOf('problems'), rowOf('pyramid'), rowOf('costBenefit'), rowOf('whale')]);
      for (const a of above.slice(1)) expect(starts.has(a.top) || report.cells[a.top]?.[0] === 'Kolommen' || /klanten (laten gaan|repareren)|clients/.test(String(report.cells[a.top]?.[0])), JSON.stringify(a)).toBe(true);
      // The pyramid and the profile of the best clients print together: both say what the portfolio is made of.
      const pyramid = above.find((a) => a.top <= rowOf('pyramid') && rowOf('pyramid') <= a.bottom)!;
      expect(pyramid.bottom).toBeGreaterThanOrEqual(rowOf('costBenefit') - 1);
      const chart = report.charts[0]!.anchor;
      const whale = above.at(-1)!;
      expect(chart.top).toBeGreaterThanOrEqual(whale.top);
      expect(chart.bottom).toBeLessThanOrEqual(whale.bottom);
      expect(chart.right).toBeLessThanOrEqual(whale.right);
      // Five pages at most above the client table, and the client table's groups one area each, without the
      // explanation (one long line a client, on screen only).
      expect(above.length).toBeLessThanOrEqual(5);
      const explanation = report.cells[report.clientRows.header]!.indexOf('Toelichting');
      for (const a of print.areas!) expect(a.right, JSON.stringify(a)).toBeLessThan(explanation);
      expect(print.areas!.filter((a) => a.top === clients)).toHaveLength(groups.filter((g) => g.name !== 'Toelichting').length);
    });

    it('no text or number in the client table is wider than its column; long sentences wrap with their row high enough', () => {
      const { first } = report.clientRows;
      const explanation = report.cells[report.clientRows.header]!.indexOf('Toelichting');
      const heights = new Map((report.wrappedRows ?? []).map((h) => [h.row, h.height]));
      const totalRow = print.areas!.at(-1)!.bottom;
      for (let r = first; r <= totalRow; r++) {
        const line = report.cells[r] ?? [];
        for (let c = 0; c < report.columnCount; c++) {
          const text = shown(line[c], formatOf(report, r, c));
          if (c === explanation) continue; // one line running on to the right; not printed
          if (wrapped.has(c)) {
            const lines = wrappedLines(text, report.columnWidths[c]!);
            if (lines > 1) expect(heights.get(r), `row ${r}`).toBeGreaterThanOrEqual(15 * lines);
          } else {
            expect(text.length, `row ${r}, column ${c}: ${text}`).toBeLessThan(report.columnWidths[c]!);
          }
        }
      }
    });

    it('prints a header with firm, title and period, and this sheet\'s page numbers', () => {
      expect(print.header!.center).toBe('Klantanalyse');
      expect(print.header!.right).toBe('periode tot en met 30-06-2026');
      expect(print.footer!.right).toBe('pagina {page}');
    });
  });
}

describe('the written xlsx carries the print settings', () => {
  it('print area, print titles, zoom, A4 landscape, header and footer, row heights of wrapped rows', async () => {
    const { bytes, sheetName } = await reportWorkbook(demo, (await loadTable('examples/klanten.xlsx', { language: 'nl' })).workbook);
    const zip = await JSZip.loadAsync(bytes);
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    const sheets = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map((m) => m[1]);
    const index = sheets.indexOf(sheetName);
    const names = printNames(sheetName, demo.print);
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="${index}">`);
    expect(workbook.replace(/&apos;/g, "'")).toContain(names.area!);
    expect(names.titles).toBe(`'Klantanalyse'!$A:$A,'Klantanalyse'!$${demo.print.titleRows!.first + 1}:$${demo.print.titleRows!.last + 1}`);
    expect(workbook).toContain('_xlnm.Print_Titles');
    const sheet = await zip.file(`xl/worksheets/sheet${index + 1}.xml`)!.async('string');
    expect(sheet).toMatch(new RegExp(`<pageSetup[^>]*paperSize="9"[^>]*orientation="landscape"[^>]*scale="${demo.print.scale}"[^>]*firstPageNumber="1"[^>]*useFirstPageNumber="1"`));
    expect(sheet).toContain('<oddHeader>&amp;LDe Vries Installatietechniek&amp;CKlantanalyse&amp;Rperiode tot en met 30-06-2026</oddHeader>');
    expect(sheet).toContain('&amp;Rpagina &amp;P</oddFooter>');
    const widths = [...sheet.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)].flatMap((m) =>
      Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, () => Number(m[3])));
    expect(widths).toEqual(demo.columnWidths);
    // Narrow margins, and the client rows one height (14 points) where no list of signals wraps.
    expect(sheet).toContain('<pageMargins left="0.4" right="0.4" top="0.45" bottom="0.45" header="0.2" footer="0.2"/>');
    const wrapped = new Set((demo.wrappedRows ?? []).map((h) => h.row));
    for (let r = demo.clientRows.first; r <= demo.clientRows.last; r++) {
      if (!wrapped.has(r)) expect(sheet).toMatch(new RegExp(`<row r="${r + 1}" ht="14" customHeight="1"`));
    }
    for (const { row, height } of demo.wrappedRows ?? []) expect(sheet).toMatch(new RegExp(`<row r="${row + 1}" ht="${height}"`));
  });
});
