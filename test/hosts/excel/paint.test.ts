/**
 * The Office.js painter and reader on the recording fake (test/support/excel-fake.ts): a constant number of syncs
 * whatever the number of clients, every request under 5 MB, the values of the report model, text as text, the
 * source never written, and a re-run that replaces only our own sheet.
 */
import { describe, expect, it } from 'vitest';
import { a1Range, bindDrivers, isFormula, readClientTable, type CellValue, type ReportSheet } from '../../../src/core/index.js';
import { MARK_KEY, paintReport, readTable, selectCell, REQUEST_LIMIT } from '../../../src/hosts/excel/index.js';
import { boxAddress, FakeContext, FakeOfficeError, FakeSheet, FakeWorkbook, parseAddress } from '../../support/excel-fake.js';
import { portfolio } from '../../support/portfolio.js';
import { analyse, buildReport, recordsOf } from '../../support/oracle.js';

const fixture = readClientTable(portfolio.cells).mapping;
const clientColumn = fixture.fields.client!.column;

/** The fixture's title and header rows and `n` clients: its data rows over and over, each name made unique. */
function cellsOf(n: number, rename?: (i: number) => string): CellValue[][] {
  const head = portfolio.cells.slice(0, fixture.headerRow!);
  const data = portfolio.cells.slice(fixture.headerRow!).filter((row) => typeof row[clientColumn] === 'string' && row[clientColumn] !== '' && !/totaal/i.test(String(row[clientColumn])));
  return [...head, ...Array.from({ length: n }, (_, i) => {
    const row = [...data[i % data.length]!];
    row[clientColumn] = rename ? rename(i) : `${String(row[clientColumn])} ${i + 1}`;
    return row;
  })];
}

function reportOf(cells: CellValue[][]): ReportSheet {
  const table = readClientTable(cells);
  const bound = bindDrivers(portfolio.settings.extraDrivers ?? [], table.mapping);
  const result = analyse(recordsOf(table.columns), { ...portfolio.settings, extraDrivers: bound.drivers }, '2026-06-30');
  return buildReport(result, { problems: [...table.problems, ...bound.problems], madeOn: '2026-06-30' });
}

const asContext = (ctx: FakeContext) => ctx as unknown as Excel.RequestContext;

async function paint(cells: CellValue[][], workbook = new FakeWorkbook([FakeSheet.from('Klanten', cells)])) {
  const report = reportOf(cells);
  const ctx = new FakeContext(workbook);
  const result = await paintReport(asContext(ctx), report);
  return { report, ctx, result, workbook, sheet: workbook.sheet(result.sheetName)! };
}

describe('the Excel painter', () => {
  it('syncs as often at 30 clients as at 3 000, each request under 5 MB', async () => {
    const small = await paint(cellsOf(30));
    const large = await paint(cellsOf(3000));
    expect(large.ctx.syncs).toBe(small.ctx.syncs);
    expect(small.ctx.syncs).toBeLessThanOrEqual(4);
    expect(small.result.syncs).toBe(small.ctx.syncs);
    expect(Math.max(...large.ctx.requests)).toBeLessThan(REQUEST_LIMIT);
    // Calculation and screen updating are suspended in every paint batch.
    expect(large.ctx.calls.suspendCalculation).toBeGreaterThan(0);
    expect(large.ctx.calls.suspendScreenUpdating).toBe(large.ctx.calls.suspendCalculation);
  });

  it('splits only where a request would pass 5 MB: 30 000 clients paint in requests under the limit', async () => {
    const { ctx, sheet, report } = await paint(cellsOf(30_000));
    expect(ctx.syncs).toBeGreaterThan(3);
    expect(Math.max(...ctx.requests)).toBeLessThan(REQUEST_LIMIT);
    const last = report.clientRows.last;
    expect(sheet.value(last, 0)).toBe(report.cells[last]![0]);
  }, 120_000);

  it('writes the values, formulas and text of the report model, text formatted as text', async () => {
    const { report, sheet } = await paint(cellsOf(40));
    let formulas = 0;
    report.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const where = `${r},${c}`;
        if (isFormula(cell)) {
          formulas++;
          expect(sheet.formula(r, c), where).toBe(`=${cell.formula}`);
        } else if (typeof cell === 'string') {
          expect(sheet.formula(r, c), where).toBeUndefined();
          expect(sheet.value(r, c), where).toBe(cell);
          expect(sheet.format(r, c), where).toBe('@');
        } else if (cell === null) {
          expect(sheet.value(r, c), where).toBe('');
        } else {
          expect(sheet.value(r, c), where).toBe(cell);
        }
      }),
    );
    expect(formulas).toBeGreaterThan(10);
    // A money rectangle's format reached its cells.
    const money = report.styles.find((s) => s.style.numberFormat?.includes('€'))!;
    const cell = report.cells[money.rect.top]?.[money.rect.left];
    if (typeof cell !== 'string') expect(sheet.format(money.rect.top, money.rect.left)).toBe(money.style.numberFormat);
  });

  it('styles by rectangle, never per cell: as many format calls at 3 000 clients as at 30', async () => {
    const small = await paint(cellsOf(30));
    const large = await paint(cellsOf(3000));
    const formats = (log: { what: string }[]) => log.filter((l) => l.what.startsWith('format.') || l.what === 'merge').length;
    expect(formats(large.sheet.log)).toBe(formats(small.sheet.log));
    const { report, sheet } = large;
    const logged = new Set(sheet.log.map((l) => `${l.address} ${l.what} ${JSON.stringify(l.value ?? null)}`));
    const at = (rect: Parameters<typeof a1Range>[0]) => boxAddress(parseAddress(a1Range(rect)));
    for (const { rect, style } of report.styles) {
      if (style.fill) expect(logged.has(`${at(rect)} format.fill.color ${JSON.stringify(style.fill)}`), at(rect)).toBe(true);
      if (style.bold) expect(logged.has(`${at(rect)} format.font.bold true`), at(rect)).toBe(true);
    }
    for (const merge of report.merges) expect(logged.has(`${at(merge)} merge null`), at(merge)).toBe(true);
    expect(sheet.log.filter((l) => l.what === 'format.columnWidth').length).toBe(report.columnWidths.length);
    expect(sheet.log.some((l) => l.what === 'pageLayout.orientation')).toBe(true);
    expect(sheet.log.some((l) => l.what.startsWith('freezePanes.'))).toBe(true);
    // No gridlines and our tab colour, as the xlsx file and the Sheets painter have them.
    expect(sheet.log.filter((l) => l.what === 'showGridlines').map((l) => l.value)).toEqual([false]);
    expect(sheet.log.filter((l) => l.what === 'tabColor').map((l) => l.value)).toEqual(['#1F4E79']);
    // The print layout of the model, as the xlsx file has it: areas, titles, header and footer.
    const { print } = report;
    expect(sheet.log.map((l) => l.what)).toEqual(expect.arrayContaining([
      `pageLayout.setPrintArea(${JSON.stringify(print.areas!.map((area) => a1Range(area)).join(', '))})`,
      `pageLayout.setPrintTitleRows(${JSON.stringify(`$${print.titleRows!.first + 1}:$${print.titleRows!.last + 1}`)})`,
      'pageLayout.setPrintTitleColumns("$A:$A")',
    ]));
    const footer = sheet.log.find((l) => l.what === 'pageLayout.headersFooters.defaultForAllPages.rightFooter');
    expect(String(footer?.value)).toMatch(/&P/);
    expect(sheet.log.some((l) => l.what === 'pageLayout.headersFooters.defaultForAllPages.centerHeader')).toBe(true);
    // The model's narrow margins, in points.
    const margin = (side: string) => sheet.log.find((l) => l.what === `pageLayout.${side}Margin`)?.value;
    expect(['left', 'right', 'top', 'bottom', 'header', 'footer'].map(margin)).toEqual([28.8, 28.8, 32.4, 32.4, 14.4, 14.4]);
  });

  it('gives the client rows one height in one call when no list of signals wraps (the demo), else leaves Excel its own', async () => {
    // The portfolio's first three clients have short lists of signals; its thirtieth's wraps.
    const { report, sheet } = await paint(cellsOf(3));
    expect(report.wrappedRows ?? []).toEqual([]);
    const { first, last } = report.clientRows;
    const heights = sheet.log.filter((l) => l.what === 'format.rowHeight');
    expect(heights).toContainEqual({ address: `A${first + 1}:XFD${last + 1}`, what: 'format.rowHeight', value: 14 });
    const large = await paint(cellsOf(3000));
    expect((large.report.wrappedRows ?? []).length).toBeGreaterThan(0);
    expect(large.sheet.log.filter((l) => l.what === 'format.rowHeight').map((l) => l.value)).not.toContain(14);
  });

  it('keeps a client named like a formula as text', async () => {
    const evil = ['=HYPERLINK("http://example.com","klik")', '+31 6 1234 5678', '@SUM(A1)', '1-2'];
    const { sheet, report } = await paint(cellsOf(8, (i) => evil[i % evil.length]! + (i >= evil.length ? ' ' : '')));
    const names = report.cells.slice(report.clientRows.first, report.clientRows.last + 1).map((row) => row[0]);
    expect(names).toContain(evil[0]);
    for (let r = report.clientRows.first; r <= report.clientRows.last; r++) {
      expect(sheet.formula(r, 0)).toBeUndefined();
      expect(sheet.value(r, 0)).toBe(report.cells[r]![0]);
    }
  });

  it('never writes the source sheet, and marks its own', async () => {
    const { workbook, sheet, result } = await paint(cellsOf(30));
    expect(workbook.sheet('Klanten')!.log).toEqual([]);
    expect(result.sheetName).toBe('Klantanalyse');
    expect(sheet.properties.has(MARK_KEY)).toBe(true);
    expect(workbook.active).toBe('Klantanalyse');
    expect(sheet.log.some((l) => l.what.startsWith('charts.add'))).toBe(true);
    expect(sheet.log.filter((l) => l.what === 'merge').length).toBeGreaterThan(0);
  });

  it('replaces only a sheet it made: a user sheet of that name is left alone', async () => {
    const cells = cellsOf(30);
    const mine = FakeSheet.from('Klantanalyse', [['my own notes']]);
    const workbook = new FakeWorkbook([FakeSheet.from('Klanten', cells), mine]);
    const first = await paint(cells, workbook);
    expect(first.result).toMatchObject({ sheetName: 'Klantanalyse (2)', replaced: false });
    const second = await paint(cells, workbook);
    expect(second.result).toMatchObject({ sheetName: 'Klantanalyse (2)', replaced: true });
    expect(workbook.sheets.filter((s) => !s.deleted).map((s) => s.name)).toEqual(['Klanten', 'Klantanalyse', 'Klantanalyse (2)']);
    expect(mine.log).toEqual([]);
    expect(mine.value(0, 0)).toBe('my own notes');
    expect(workbook.sheet('Klanten')!.log).toEqual([]);
  });
});

describe('the Excel reader', () => {
  it('reads the used range in blocks under the response limit, with the workbook notation', async () => {
    const cells = cellsOf(30_000);
    const workbook = new FakeWorkbook([FakeSheet.from('Klanten', cells)]);
    const ctx = new FakeContext(workbook);
    const table = await readTable(asContext(ctx));
    expect(table.where).toMatchObject({ sheet: 'Klanten', kind: 'usedRange', firstRow: 0, firstColumn: 0, rowCount: cells.length });
    expect(table.notation).toBe('nl');
    expect(table.cells.length).toBe(cells.length);
    expect(table.cells[12]).toEqual(cells[12]!.map((v) => v ?? ''));
    expect(table.reads).toBeGreaterThan(2);
    expect(workbook.sheet('Klanten')!.log).toEqual([]);
  });

  it('reads a duration column ([h]:mm) as the text Excel shows, in the same round-trips, and the rest as it is', async () => {
    const cells = [['Klant', 'Omzet', 'Uren'], ['Alfa', 1000, 125.5 / 24], ['Beta', 500, 0.75 / 24], ['Gamma', 200, 2 / 24]];
    const sheet = FakeSheet.from('Klanten', cells);
    for (let r = 1; r < cells.length; r++) sheet.setFormat(r, 2, '[h]:mm');
    const plain = await readTable(asContext(new FakeContext(new FakeWorkbook([FakeSheet.from('Klanten', cells)]))));
    const table = await readTable(asContext(new FakeContext(new FakeWorkbook([sheet]))));
    expect(table.cells.map((row) => row[2])).toEqual(['Uren', '125:30', '0:45', '2:00']);
    expect(table.cells.map((row) => row[1])).toEqual(['Omzet', 1000, 500, 200]);
    expect(table.reads).toBe(plain.reads);
    const { readClientTable } = await import('../../../src/core/index.js');
    expect(Array.from(readClientTable(table.cells).columns.values.hours)).toEqual([125.5, 0.75, 2]);
  });

  it('reads the selection when it spans rows, else the table the selection is in', async () => {
    const cells = cellsOf(10);
    const workbook = new FakeWorkbook([FakeSheet.from('Klanten', cells)]);
    workbook.decimalSeparator = '.';
    workbook.selection = { sheet: 'Klanten', box: { top: 0, left: 0, rows: 5, columns: 3 } };
    const selected = await readTable(asContext(new FakeContext(workbook)));
    expect(selected.where).toMatchObject({ kind: 'selection', address: 'A1:C5' });
    expect(selected.cells.length).toBe(5);
    expect(selected.notation).toBe('en');
    workbook.tables.push({ name: 'Klanten', sheet: 'Klanten', box: { top: 0, left: 0, rows: 8, columns: 4 } });
    workbook.selection = { sheet: 'Klanten', box: { top: 2, left: 1, rows: 1, columns: 1 } };
    const table = await readTable(asContext(new FakeContext(workbook)));
    expect(table.where).toMatchObject({ kind: 'table', address: 'A1:D8' });
    expect(table.cells.length).toBe(8);
  });

  it('clips a whole-column selection (A:C) to the used range: as many syncs as reading the used range', async () => {
    const cells = cellsOf(40).map((row) => row.slice(0, 3));
    const workbook = new FakeWorkbook([FakeSheet.from('Klanten', cells)]);
    workbook.selection = { sheet: 'Klanten', box: { top: 0, left: 0, rows: 1, columns: 1 } };
    const used = await readTable(asContext(new FakeContext(workbook)));
    expect(used.where).toMatchObject({ kind: 'usedRange', rowCount: cells.length });
    workbook.selection = { sheet: 'Klanten', box: { top: 0, left: 0, rows: 1_048_576, columns: 3 } };
    const ctx = new FakeContext(workbook);
    const columns = await readTable(asContext(ctx));
    expect(columns.where).toMatchObject({ kind: 'selection', address: `A1:C${cells.length}`, rowCount: cells.length, columnCount: 3 });
    expect(columns.cells).toEqual(used.cells);
    expect(columns.reads).toBe(used.reads);
    expect(ctx.syncs).toBe(used.reads);
    // A selection wholly outside the used range reads nothing.
    workbook.selection = { sheet: 'Klanten', box: { top: 100, left: 5, rows: 10, columns: 2 } };
    const outside = await readTable(asContext(new FakeContext(workbook)));
    expect(outside.where).toMatchObject({ kind: 'selection', rowCount: 0 });
    expect(outside.cells).toEqual([]);
  });

  it('reads the active sheet when no single range is selected (several areas, a chart)', async () => {
    const cells = cellsOf(10);
    const workbook = new FakeWorkbook([FakeSheet.from('Other', [[1]]), FakeSheet.from('Klanten', cells)]);
    workbook.active = 'Klanten';
    workbook.selection = null;
    const table = await readTable(asContext(new FakeContext(workbook)));
    expect(table.where).toMatchObject({ sheet: 'Klanten', kind: 'usedRange', rowCount: cells.length });
  });

  it('says when the active sheet is an analysis it wrote, not a client list', async () => {
    const { workbook } = await paint(cellsOf(10));
    workbook.selection = { sheet: 'Klantanalyse', box: { top: 0, left: 0, rows: 1, columns: 1 } };
    expect((await readTable(asContext(new FakeContext(workbook)))).where.ours).toBe(true);
    workbook.selection = { sheet: 'Klanten', box: { top: 0, left: 0, rows: 1, columns: 1 } };
    expect((await readTable(asContext(new FakeContext(workbook)))).where.ours).toBe(false);
  });

  it('selects a cell for a problem', async () => {
    const workbook = new FakeWorkbook([FakeSheet.from('Klanten', cellsOf(5)), FakeSheet.from('Other', [[1]])]);
    workbook.active = 'Other';
    await selectCell(asContext(new FakeContext(workbook)), { sheet: 'Klanten', row: 4, column: 2 });
    expect(workbook.active).toBe('Klanten');
    expect(workbook.selection).toEqual({ sheet: 'Klanten', box: { top: 3, left: 2, rows: 1, columns: 1 } });
  });
});

describe('the recording fake is strict', () => {
  const workbook = () => new FakeWorkbook([FakeSheet.from('S', [[1, 2], [3, 4]])]);

  it('throws PropertyNotLoaded for a property read before load and sync', async () => {
    const ctx = new FakeContext(workbook());
    const range = ctx.workbook.worksheets.getItem('S').getRange('A1:B2');
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    range.load('values');
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    await ctx.sync();
    expect(range.values).toEqual([[1, 2], [3, 4]]);
    expect(() => range.rowCount).toThrow(/PropertyNotLoaded/);
  });

  it('rejects a 2-D array of the wrong shape', async () => {
    const ctx = new FakeContext(workbook());
    ctx.workbook.worksheets.getItem('S').getRange('A1:B2').values = [[1, 2]];
    await expect(ctx.sync()).rejects.toThrow(/InvalidArgument/);
    ctx.workbook.worksheets.getItem('S').getRange('A1').numberFormat = [['@', '@']];
    await expect(ctx.sync()).rejects.toThrow(/InvalidArgument/);
  });

  it('rejects a request over 5 MB', async () => {
    const ctx = new FakeContext(workbook());
    const rows = 60_000;
    ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, rows, 1).values = Array.from({ length: rows }, () => ['x'.repeat(100)]);
    await expect(ctx.sync()).rejects.toBeInstanceOf(FakeOfficeError);
    expect(ctx.requests[0]).toBeGreaterThan(REQUEST_LIMIT);
  });

  it('turns a string starting with = into a formula unless the cell is formatted as text', async () => {
    const model = workbook();
    const ctx = new FakeContext(model);
    const sheet = ctx.workbook.worksheets.getItem('S');
    sheet.getRange('A2').numberFormat = [['@']];
    sheet.getRange('A1:A2').values = [['=1+1'], ['=1+1']];
    await ctx.sync();
    expect(model.sheet('S')!.formula(0, 0)).toBe('=1+1');
    expect(model.sheet('S')!.formula(1, 0)).toBeUndefined();
    expect(model.sheet('S')!.value(1, 0)).toBe('=1+1');
  });
});
