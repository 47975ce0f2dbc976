/**
 * *Klantenlijst maken* in Excel on the recording fake (test/support/excel-fake.ts): the sheets described as sources
 * (ours left out) in three round trips, the list built from a time-entry sheet and an invoice sheet written as
 * *Klantenlijst* and *Bronnen* with the values worked out by hand (test/support/list-fixture.ts), a re-run that replaces only our sheets,
 * a blocked build that writes nothing, and the syncs: fixed plus one per block read, at 1 000 and 100 000 lines.
 */
import { describe, expect, it } from 'vitest';
import { blockCount, describeSources, LIST_MARK_KEY, makeClientList, MARK_KEY } from '../../../src/hosts/excel/index.js';
import { FakeContext, FakeSheet, FakeWorkbook } from '../../support/excel-fake.js';
import { FACTUREN, LIST_APART, LIST_SAME, serial, UREN } from '../../support/list-fixture.js';

const asContext = (ctx: FakeContext) => ctx as unknown as Excel.RequestContext;

const USE_BOTH = { sheets: [{ sheet: 'Uren', use: true }, { sheet: 'Facturen', use: true }] };

function workbookOf(...sheets: FakeSheet[]): FakeWorkbook {
  return new FakeWorkbook(sheets.length > 0 ? sheets : [FakeSheet.from('Uren', UREN), FakeSheet.from('Facturen', FACTUREN)]);
}

const grid = (sheet: FakeSheet, rows: number, columns: number): unknown[][] =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => sheet.value(r, c)));

describe('describeSources', () => {
  it('recognises every sheet but our own from its head, in three round trips', async () => {
    const analysis = FakeSheet.from('Klantanalyse', [['Klantanalyse']]);
    analysis.properties.set(MARK_KEY, '{"version":1}');
    const list = FakeSheet.from('Klantenlijst', LIST_APART);
    list.properties.set(LIST_MARK_KEY, '{"version":1}');
    const workbook = workbookOf(FakeSheet.from('Uren', UREN), FakeSheet.from('Facturen', FACTUREN), analysis, list, new FakeSheet('Leeg'));
    const ctx = new FakeContext(workbook);
    const { sources, syncs } = await describeSources(asContext(ctx));
    expect(sources.map((s) => [s.sheet, s.rows, s.recognition.kind])).toEqual([['Uren', 5, 'timeEntries'], ['Facturen', 5, 'invoices'], ['Leeg', 0, null]]);
    expect(sources[1]!.recognition.columns.map((c) => [c.column, c.field])).toEqual([[0, 'invoiceNumber'], [1, 'client'], [2, 'date'], [3, 'dueDate'], [4, 'amount'], [5, 'vat'], [6, 'paidDate']]);
    expect(syncs).toBe(3);
    expect(ctx.syncs).toBe(3);
    for (const sheet of workbook.sheets) expect(sheet.log).toEqual([]);
  });

  it('gives columns their sheet index when the used range starts right of A', async () => {
    const shifted = FakeSheet.from('Uren', UREN.map((row) => ['', '', ...row]));
    const { sources } = await describeSources(asContext(new FakeContext(workbookOf(shifted))));
    expect(sources[0]!.recognition.columns.find((c) => c.field === 'client')!.column).toBe(2);
  });
});

describe('makeClientList', () => {
  it('writes Klantenlijst and Bronnen from a time-entry and an invoice sheet, and activates the list', async () => {
    const workbook = workbookOf();
    const made = await makeClientList(asContext(new FakeContext(workbook)), USE_BOTH, 'nl');
    expect(made.sheetName).toBe('Klantenlijst');
    expect(made.sourcesSheet).toBe('Bronnen');
    const list = workbook.sheet('Klantenlijst')!;
    expect(grid(list, 6, 6)).toEqual([...LIST_APART, ['', '', '', '', '', '']]);
    expect(list.properties.get(LIST_MARK_KEY)).toContain('"list"');
    expect(list.properties.has(MARK_KEY)).toBe(false);
    expect(list.log.some((e) => e.what === 'freezePanes.freezeRows(1)')).toBe(true);
    expect(list.log.some((e) => e.what === 'format.font.bold' && e.address === 'A1:F1')).toBe(true);
    expect(list.log.some((e) => e.what === 'format.columnWidth')).toBe(true);
    // Client names as text (a name like =1+1 stays a name), the money column as money.
    expect(list.format(1, 0)).toBe('@');
    expect(list.format(2, 1)).toBe('#,##0.00');
    const bronnen = workbook.sheet('Bronnen')!;
    expect(grid(bronnen, 1, 3)).toEqual([['Periode', '2024-07-01', '2025-06-30']]);
    expect(grid(bronnen, 6, 6).slice(4)).toEqual([['Bestand', 'Blad', 'Soort', 'Rijen', 'Gebruikt', 'Overgeslagen'], ['Werkmap.xlsx', 'Uren', 'urenregistratie', 4, 4, 0]]);
    expect(bronnen.properties.get(LIST_MARK_KEY)).toContain('"sources"');
    expect(workbook.active).toBe('Klantenlijst');
    expect(workbook.selection).toEqual({ sheet: 'Klantenlijst', box: { top: 0, left: 0, rows: 1, columns: 1 } });
    expect(workbook.sheet('Uren')!.log).toEqual([]);
    expect(workbook.sheet('Facturen')!.log).toEqual([]);
    expect(made.list.possibleMatches).toEqual([{ a: 'Bakkerij Jansen', b: 'Bakkerij Janssen', why: 'oneLetter' }]);
    expect(made.list.period).toMatchObject({ from: '2024-07-01', to: '2025-06-30' });
  });

  it('replaces only its own sheets on a re-run; a user\'s sheet of the name is left alone', async () => {
    const mine = FakeSheet.from('Bronnen', [['mijn eigen notities']]);
    const workbook = workbookOf(FakeSheet.from('Uren', UREN), FakeSheet.from('Facturen', FACTUREN), mine);
    const first = await makeClientList(asContext(new FakeContext(workbook)), USE_BOTH, 'nl');
    expect(first.sourcesSheet).toBe('Bronnen (2)');
    const same = await makeClientList(asContext(new FakeContext(workbook)), { ...USE_BOTH, same: [['Bakkerij Jansen', 'Bakkerij Janssen']] }, 'nl');
    expect([same.sheetName, same.sourcesSheet]).toEqual(['Klantenlijst', 'Bronnen (2)']);
    expect(workbook.sheets.filter((s) => !s.deleted).map((s) => s.name)).toEqual(['Uren', 'Facturen', 'Bronnen', 'Bronnen (2)', 'Klantenlijst']);
    expect(grid(workbook.sheet('Klantenlijst')!, 5, 6)).toEqual([...LIST_SAME, ['', '', '', '', '', '']]);
    expect(mine.log).toEqual([]);
    expect(same.list.possibleMatches).toEqual([]);
    // Our own sheets are never read as sources, even when the request names them.
    const again = await makeClientList(asContext(new FakeContext(workbook)), { sheets: [...USE_BOTH.sheets, { sheet: 'Klantenlijst', use: true }] }, 'nl');
    expect(again.list.sources.map((s) => s.sheet)).toEqual(['Uren', 'Facturen']);
  });

  it('reads a duration cell ([h]:mm:ss) and a date cell as Excel shows them', async () => {
    const uren = FakeSheet.from('Uren', UREN.map((row, r) => (r === 0 ? row : [row[0], row[1], serial(String(row[2])), (Number(String(row[3]).slice(0, 2)) + Number(String(row[3]).slice(3, 5)) / 60) / 24, row[4]])));
    for (let r = 1; r < UREN.length; r++) {
      uren.setFormat(r, 2, 'dd-mm-yyyy');
      uren.setFormat(r, 3, '[h]:mm:ss');
    }
    const workbook = workbookOf(uren, FakeSheet.from('Facturen', FACTUREN));
    await makeClientList(asContext(new FakeContext(workbook)), USE_BOTH, 'nl');
    expect(grid(workbook.sheet('Klantenlijst')!, 5, 6)).toEqual(LIST_APART);
  });

  it('writes nothing when the build is blocked, and builds once the date order is chosen', async () => {
    const uren = [['Client', 'Project', 'Start Date', 'Duration'], ['Hotel Aan Zee', 'Drukwerk', '03/04/2025', 2], ['Garage De Wit', 'Logo', '05/06/2025', 1.5]];
    const workbook = workbookOf(FakeSheet.from('Uren', uren));
    const blocked = await makeClientList(asContext(new FakeContext(workbook)), { sheets: [{ sheet: 'Uren', use: true }] }, 'en');
    expect(blocked.sheetName).toBeNull();
    expect(blocked.list.blocked).toBe(true);
    expect(blocked.list.problems.map((p) => p.id)).toContain('dateOrderUndecided');
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Uren']);
    const chosen = await makeClientList(asContext(new FakeContext(workbook)), { sheets: [{ sheet: 'Uren', use: true, choice: { dateOrder: 'dmy' } }] }, 'en');
    expect(chosen.sheetName).toBe('Client list');
    expect(chosen.list.period).toMatchObject({ from: '2024-07-01', to: '2025-06-30' });
  });

  it('follows a hand mapping and a sheet left out', async () => {
    const workbook = workbookOf();
    const made = await makeClientList(asContext(new FakeContext(workbook)), {
      sheets: [{ sheet: 'Uren', use: true, choice: { kind: 'timeEntries', mapping: { billable: null } } }, { sheet: 'Facturen', use: false }],
    }, 'nl');
    expect(made.list.sources.map((s) => s.sheet)).toEqual(['Uren']);
    // Without the billable column no hour is unbilled, and without invoices no revenue.
    expect(made.list.clients.map((c) => [c.client, c.hours, c.unbilledHours ?? 0, c.revenue])).toEqual(expect.arrayContaining([['Bakkerij Jansen', 4, 0, 0]]));
  });
});

describe('makeClientList round trips', () => {
  /** `n` time entries over 20 clients, and the invoice sheet. */
  function linesOf(n: number): FakeWorkbook {
    const rows: unknown[][] = [UREN[0]!];
    for (let i = 0; i < n; i++) rows.push([`Klant ${i % 20}`, 'Project', `2025-0${1 + (i % 6)}-1${i % 10}`, '00:30:00', i % 3 === 0 ? 'No' : 'Yes']);
    return workbookOf(FakeSheet.from('Uren', rows), FakeSheet.from('Facturen', FACTUREN));
  }

  it('syncs a fixed number of times plus one per block read, at 1 000 and 100 000 lines, every request under 5 MB', async () => {
    const runs = [];
    for (const n of [1_000, 100_000]) {
      const ctx = new FakeContext(linesOf(n));
      const made = await makeClientList(asContext(ctx), USE_BOTH, 'nl');
      expect(made.list.clients).toHaveLength(24);
      expect(made.list.clients.find((c) => c.client === 'Klant 0')!.hours).toBe((Math.ceil(n / 20) * 0.5));
      expect(made.syncs).toBe(ctx.syncs);
      const blocks = blockCount(n + 1, 5) + blockCount(FACTUREN.length, 7);
      runs.push({ syncs: ctx.syncs, blocks, fixed: ctx.syncs - blocks });
    }
    const [small, large] = runs as [(typeof runs)[0], (typeof runs)[0]];
    expect(small.blocks).toBe(2);
    expect(large.blocks).toBeGreaterThan(small.blocks);
    // Two to find the sheets, one per block, and the paint of the two sheets (24 clients either way).
    expect(large.fixed).toBe(small.fixed);
    expect(small.fixed).toBeLessThanOrEqual(2 + 2 * 3);
  }, 60_000);
});
