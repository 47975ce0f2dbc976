/**
 * *Gesprek voorbereiden* in Excel on the recording fake: the page's cells as the core lays them out, our own mark,
 * one A4 portrait page (fit to one page), the waterfall as stacked columns, a re-run replacing only our sheet, and
 * the same syncs whatever the number of clients.
 */
import { describe, expect, it } from 'vitest';
import {
  analyseTable, bindDrivers, chooseConversations, conversationSheets, readClientTable, type CellValue, type ConversationSheet,
} from '../../../src/core/index.js';
import { CONVERSATION_MARK_KEY, paintConversation } from '../../../src/hosts/excel/index.js';
import { FakeContext, FakeSheet, FakeWorkbook } from '../../support/excel-fake.js';
import { portfolio } from '../../support/portfolio.js';

const fixture = readClientTable(portfolio.cells).mapping;
const clientColumn = fixture.fields.client!.column;

function cellsOf(n: number): CellValue[][] {
  const head = portfolio.cells.slice(0, fixture.headerRow!);
  const data = portfolio.cells.slice(fixture.headerRow!).filter((row) => typeof row[clientColumn] === 'string' && row[clientColumn] !== '' && !/totaal/i.test(String(row[clientColumn])));
  return [...head, ...Array.from({ length: n }, (_, i) => {
    const row = [...data[i % data.length]!];
    row[clientColumn] = `${String(row[clientColumn])} ${i + 1}`;
    return row;
  })];
}

/** The page of the first client advised *repair* among `n` clients (any client may have one: the first, else). */
function pageOf(n: number, audience: 'internal' | 'client' = 'internal'): ConversationSheet {
  const table = readClientTable(cellsOf(n));
  const bound = bindDrivers(portfolio.settings.extraDrivers ?? [], table.mapping);
  const analysis = analyseTable(table.columns, { ...portfolio.settings, extraDrivers: bound.drivers }, '2026-06-30');
  const chosen = chooseConversations(analysis);
  const client = chosen.ok && chosen.clients.length > 0 ? chosen.clients[0]! : 0;
  return conversationSheets(analysis, [client], { language: 'nl', audience, madeOn: '2026-06-30', firm: 'Bureau Test' })[0]!;
}

const asContext = (ctx: FakeContext) => ctx as unknown as Excel.RequestContext;

async function paint(page: ConversationSheet, workbook = new FakeWorkbook([FakeSheet.from('Klanten', cellsOf(3))])) {
  const ctx = new FakeContext(workbook);
  const result = await paintConversation(asContext(ctx), page);
  return { ctx, result, workbook, sheet: workbook.sheet(result.sheetName)! };
}

describe('the conversation page in Excel', () => {
  it('holds the page model cell for cell, under our mark, and activates it', async () => {
    const page = pageOf(30);
    const { sheet, result, workbook } = await paint(page);
    expect(result.sheetName).toBe(page.name);
    expect(page.name.startsWith('Gesprek ')).toBe(true);
    expect(sheet.properties.has(CONVERSATION_MARK_KEY)).toBe(true);
    expect(workbook.active).toBe(page.name);
    page.cells.forEach((row, r) => row.forEach((cell, c) => {
      if (typeof cell === 'number' || typeof cell === 'string') expect(sheet.value(r, c), `${r},${c}`).toBe(cell);
    }));
  });

  it('prints on one A4 portrait page: fit to one page, the page as print area, firm and client in the header', async () => {
    const page = pageOf(30);
    const { sheet } = await paint(page);
    const log = new Map(sheet.log.map((l) => [l.what, l.value]));
    expect(log.get('pageLayout.orientation')).toBe('Portrait');
    expect(log.get('pageLayout.zoom')).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
    expect(log.get('pageLayout.paperSize')).toBe('A4');
    expect(sheet.log.some((l) => l.what === 'pageLayout.setPrintArea("A1:D' + (page.print.areas![0]!.bottom + 1) + '")')).toBe(true);
    expect(log.get('pageLayout.headersFooters.defaultForAllPages.leftHeader')).toBe('Bureau Test');
    expect(log.get('pageLayout.headersFooters.defaultForAllPages.rightHeader')).toBe(page.client.replace(/&/g, '&&'));
    expect(String(log.get('pageLayout.headersFooters.defaultForAllPages.leftFooter'))).toMatch(/30-06-2026|30 juni 2026/);
  });

  it('draws the waterfall as stacked columns: invisible bases without fill, a colour per visible bar', async () => {
    const page = pageOf(30);
    const { sheet } = await paint(page);
    const whats = sheet.log.map((l) => l.what);
    // The fake logs each call with the path it was made on.
    expect(whats.filter((w) => /^charts\.add\("ColumnStacked",[A-Z]+\d+:[A-Z]+\d+,"Columns"\)$/.test(w))).toHaveLength(1);
    expect(whats.filter((w) => w.endsWith('format.fill.clear()'))).toHaveLength(2);
    const steps = page.charts[0]!.series[1]!.pointColors.length;
    expect(steps).toBeGreaterThanOrEqual(3);
    expect(whats.filter((w) => /format\.fill\.setSolidColor\([^)]*\)$/.test(w))).toHaveLength(2 * steps);
  });

  it('syncs as often for a firm of 30 clients as for one of 300', async () => {
    const small = await paint(pageOf(30));
    const large = await paint(pageOf(300));
    expect(large.ctx.syncs).toBe(small.ctx.syncs);
    expect(small.ctx.syncs).toBeLessThanOrEqual(3);
  });

  it('a re-run replaces our page; a user sheet of that name is left alone', async () => {
    const page = pageOf(30);
    const first = await paint(page);
    const again = await paint(page, first.workbook);
    expect(again.result.sheetName).toBe(page.name);
    expect(again.result.replaced).toBe(true);
    const user = new FakeWorkbook([FakeSheet.from(page.name, [['mijn notities']])]);
    const beside = await paint(page, user);
    expect(beside.result.sheetName).toBe(`${page.name.slice(0, 27).trimEnd()} (2)`);
    expect(user.sheet(page.name)!.value(0, 0)).toBe('mijn notities');
  });

  it('the version for the client holds no advice, class, tier or letting go', async () => {
    const page = pageOf(30, 'client');
    const { sheet } = await paint(page);
    const texts = page.cells.flat().filter((c): c is string => typeof c === 'string').join(' | ');
    expect(texts).not.toMatch(/advies|laten gaan|C-klant|ABC|klasse|laag|piramide/i);
    expect(sheet.value(0, 0)).toBe(page.cells[0]![0]);
  });
});
