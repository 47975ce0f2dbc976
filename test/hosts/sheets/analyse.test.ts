/**
 * The built Apps Script bundle (dist/sheets/Code.js) against the recording fake: the menu, *Analyseer klanten*
 * on the demo data at 30 and 3 000 clients, the sheet it paints, and what it must never do.
 */
import nodeVm from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  bindDrivers, isFormula, missingFieldProblems, readClientTable, todayIso, type CellValue, type ReportSheet, type Settings,
} from '../../../src/core/index.js';
import { sheetValue } from '../../../src/hosts/sheets/plan.js';
import { MARKER_KEY } from '../../../src/hosts/sheets/paint.js';
import { STATE_KEY } from '../../../src/hosts/sheets/settings.js';
import type { FakeSheet } from '../../support/sheets-fake.js';
import { bundleSource, demoSettings, demoState, demoValues, FORMULA_CLIENT, loadWithFake, type Loaded } from './demo.js';
import { analyse, buildReport, recordsOf } from '../../support/oracle.js';

const SOURCE = 'Klanten';

function analysed(clients: number, extra: Partial<Parameters<typeof loadWithFake>[0]> = {}): Loaded {
  const loaded = loadWithFake({
    sheets: [{ name: SOURCE, values: demoValues(clients) }, { name: 'Toelichting', values: [['Vrije tekst']] }],
    active: SOURCE,
    properties: { [STATE_KEY]: demoState },
    ...extra,
  });
  loaded.run('onOpen', { authMode: 'LIMITED' });
  loaded.run('klantwaardeAnalyse');
  return loaded;
}

/** The report the core makes of the same cells, as the host should (Dutch locale, the stored settings). */
function expectedReport(values: unknown[][]): ReportSheet {
  const table = readClientTable(values as CellValue[][], { language: 'nl', notation: 'nl' });
  const settings = JSON.parse(demoSettings) as Partial<Settings>;
  const bound = bindDrivers(settings.extraDrivers ?? [], table.mapping, 'nl');
  const result = analyse(recordsOf(table.columns), { ...settings, extraDrivers: bound.drivers });
  const problems = [...table.problems, ...bound.problems, ...missingFieldProblems(table.mapping, settings, 'nl')];
  return buildReport(result, { language: 'nl', problems, madeOn: todayIso(), mapping: table.mapping });
}

function sheet(loaded: Loaded, name: string): FakeSheet {
  const found = loaded.spreadsheet.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}: ${loaded.spreadsheet.sheets.map((s) => s.name).join(', ')}`);
  return found;
}

/**
 * Calls per method: the signature of a run. Fitting the new 1 000-row sheet to the report is one call either
 * way (insertRowsAfter for 3 000 clients, deleteRows for 30), so both count as `resizeRows`.
 */
function signature(loaded: Loaded): Record<string, number> {
  const counts: Record<string, number> = {};
  const alias: Record<string, string> = { insertRowsAfter: 'resizeRows', deleteRows: 'resizeRows', insertColumnsAfter: 'resizeColumns', deleteColumns: 'resizeColumns' };
  for (const call of loaded.recorder.calls) {
    const method = alias[call.method] ?? call.method;
    counts[method] = (counts[method] ?? 0) + 1;
  }
  return counts;
}

describe('Code.js as Apps Script loads it', () => {
  it('has no ES module syntax and no Node or DOM references', () => {
    expect(bundleSource).not.toMatch(/^\s*(import|export)\b/m);
    expect(bundleSource).not.toMatch(/\bexport\s*\{|\bimport\s*\(|import\.meta/);
    expect(bundleSource).not.toMatch(/\brequire\s*\(|\bprocess\.|\bBuffer\.|\bmodule\.exports|__dirname/);
    expect(bundleSource).not.toMatch(/\b(window|document|navigator|localStorage)\.[A-Za-z_]/);
    // And at run time: the whole flow below runs in a context with no such globals.
    const loaded = analysed(30);
    expect(vm(loaded, 'typeof require + typeof process + typeof window + typeof document')).toBe('undefinedundefinedundefinedundefined');
  });

  it('onOpen adds the Klantwaarde menu whose items are top-level functions', () => {
    const loaded = loadWithFake({ sheets: [{ name: SOURCE, values: demoValues(30) }] });
    loaded.run('onOpen', { authMode: 'LIMITED' });
    expect(loaded.menus).toHaveLength(1);
    const [menu] = loaded.menus;
    expect(menu).toMatchObject({ kind: 'menu', caption: 'Klantwaarde', added: true });
    expect(menu!.items.map((i) => i.caption)).toEqual(['Analyseer klanten', 'Klantenlijst maken…', 'Instellingen en resultaten…']);
    for (const item of menu!.items) expect(typeof loaded.context[item.functionName]).toBe('function');
  });

  it('in AuthMode.NONE only builds the (add-on) menu: no properties, no reading the spreadsheet', () => {
    // The fake throws on any other call in this mode.
    const loaded = loadWithFake({ sheets: [{ name: SOURCE, values: demoValues(30) }], authModeNone: true });
    loaded.run('onOpen', { authMode: 'NONE' });
    expect(loaded.menus).toEqual([expect.objectContaining({ kind: 'addon', added: true })]);
    expect(loaded.menus[0]!.items.map((i) => i.functionName)).toEqual(['klantwaardeAnalyse', 'klantwaardeClientList', 'klantwaardeSidebar']);
    expect(new Set(loaded.recorder.calls.map((c) => c.target))).toEqual(new Set(['SpreadsheetApp', 'Ui', 'Menu']));
    const installed = loadWithFake({ sheets: [{ name: SOURCE, values: demoValues(30) }], authModeNone: true });
    installed.run('onInstall', { authMode: 'NONE' });
    expect(installed.menus).toHaveLength(1);
  });
});

function vm(loaded: Loaded, code: string): unknown {
  return nodeVm.runInContext(code, loaded.context);
}

describe('Analyseer klanten on the demo data', () => {
  const small = analysed(30);
  const large = analysed(3000);

  it('paints 30 and 3 000 clients in the same number of service calls', () => {
    // Column widths follow the content, so equal neighbours group into runs differently at 30 and at
    // 3 000 clients; their calls are bounded by the number of columns, whatever the number of clients.
    // Number formats follow the amounts too: 3 000 clients total in the millions, so their client table shows whole
    // euros, which the tier and cost-benefit tables show at any size: the same formats, in other rectangles.
    // A style group is one Range where it has one rectangle and a RangeList where it has several: which one can
    // differ with the classes and tiers the clients fall in, so the two are counted together as the ranges styled.
    const { setColumnWidths: largeWidths = 0, setNumberFormat: largeFormats = 0, getRangeList: largeLists = 0, getRange: largeRanges = 0, ...largeRest } = signature(large);
    const { setColumnWidths: smallWidths = 0, setNumberFormat: smallFormats = 0, getRangeList: smallLists = 0, getRange: smallRanges = 0, ...smallRest } = signature(small);
    expect(largeRest).toEqual(smallRest);
    for (const widths of [largeWidths, smallWidths]) expect(widths).toBeLessThanOrEqual(40);
    expect([largeFormats - smallFormats, largeLists + largeRanges - (smallLists + smallRanges)]).toEqual([0, 0]);
    expect(small.recorder.count('getValues')).toBe(1);
    expect(small.recorder.count('setValues')).toBe(1);
    // A sanity bound: a constant, and small.
    expect(small.recorder.calls.length).toBeLessThan(200);
  });

  it.each([[30, small], [3000, large]] as const)('at %i clients the sheet holds the report model, value for value', (clients, loaded) => {
    const report = expectedReport(demoValues(clients));
    const painted = sheet(loaded, 'Klantanalyse');
    expect(painted.values.length).toBeGreaterThanOrEqual(report.cells.length);
    for (let r = 0; r < report.cells.length; r++) {
      const line = report.cells[r] ?? [];
      for (let c = 0; c < report.columnCount; c++) {
        const model = line[c];
        const stored = painted.cell(r, c);
        if (isFormula(model)) expect(stored, `${r},${c}`).toEqual({ formula: model.formula });
        else expect(stored, `${r},${c}`).toEqual(sheetValue(model));
      }
    }
    expect(painted.coerced).toEqual([]);
    // Every string cell is plain text, no formula cell is.
    painted.values.forEach((line, row) => line.forEach((v, column) => {
      if (typeof v === 'string' && v !== '') expect(painted.format(row, column), `${row},${column} "${v}"`).toBe('@');
      if (typeof v === 'object' && v !== null && 'formula' in v) expect(painted.format(row, column), `${row},${column}`).not.toBe('@');
    }));
    expect(painted.metadata).toEqual([{ key: MARKER_KEY, value: 'v1' }]);
    expect(painted.frozenColumns).toBe(1);
    expect(painted.merges.length).toBe(report.merges.length);
    expect(painted.charts).toHaveLength(1);
    expect(painted.charts[0]!.type).toBe('SCATTER');
  });

  it('writes the formula-named client as text, formatted "@" before its value', () => {
    const painted = sheet(large, 'Klantanalyse');
    const cells: { row: number; column: number }[] = [];
    painted.values.forEach((line, row) => line.forEach((v, column) => v === FORMULA_CLIENT && cells.push({ row, column })));
    expect(cells.length).toBeGreaterThanOrEqual(1);
    for (const { row, column } of cells) expect(painted.format(row, column)).toBe('@');
    const order = large.recorder.calls.map((c) => c.method);
    expect(order.lastIndexOf('setNumberFormat')).toBeLessThan(order.indexOf('setValues'));
  });

  it('never writes into the source sheet, and leaves it as it was', () => {
    for (const loaded of [small, large]) {
      const writes = loaded.recorder.calls.filter((c) => c.target.includes(SOURCE) && /^(set|insert|merge|add|delete)/.test(c.method));
      expect(writes).toEqual([]);
    }
    expect(sheet(small, SOURCE).values).toEqual(demoValues(30));
  });

  it('puts the analysis right after the source, activates it and says what came out', () => {
    expect(small.spreadsheet.sheets.map((s) => s.name)).toEqual([SOURCE, 'Klantanalyse', 'Toelichting']);
    expect(small.spreadsheet.active.name).toBe('Klantanalyse');
    expect(small.spreadsheet.toasts).toHaveLength(1);
    expect(small.spreadsheet.toasts[0]!.message).toMatch(/^30 klanten · omzet €\s[\d.]+,\d\d · nettowinst/);
    expect(small.alerts).toEqual([]);
  });

  it('uses the settings stored in the document', () => {
    const painted = sheet(small, 'Klantanalyse');
    const labels = painted.values.map((line) => line[0]);
    const driverRow = painted.values.find((line) => line.some((v) => typeof v === 'string' && v.includes('Retouren')));
    expect(driverRow, labels.join(' | ')).toBeDefined();
  });
});

describe('re-runs and names', () => {
  it('a re-run replaces the sheet it made, in place', () => {
    const loaded = analysed(30);
    loaded.spreadsheet.active = sheet(loaded, SOURCE);
    loaded.run('klantwaardeAnalyse');
    expect(loaded.spreadsheet.sheets.map((s) => s.name)).toEqual([SOURCE, 'Klantanalyse', 'Toelichting']);
  });

  it('never replaces a sheet of the user that has the name: the analysis goes to "Klantanalyse (2)"', () => {
    const mine = [['Mijn eigen aantekeningen']];
    const loaded = analysed(30, {
      sheets: [{ name: SOURCE, values: demoValues(30) }, { name: 'Klantanalyse', values: mine }],
    });
    expect(loaded.spreadsheet.sheets.map((s) => s.name)).toEqual([SOURCE, 'Klantanalyse (2)', 'Klantanalyse']);
    expect(sheet(loaded, 'Klantanalyse').values).toEqual(mine);
    expect(loaded.recorder.calls.filter((c) => c.target === 'Sheet(Klantanalyse)' && c.method.startsWith('set'))).toEqual([]);
  });

  it('refuses to analyse its own sheet', () => {
    const loaded = analysed(30);
    const before = loaded.spreadsheet.sheets.length;
    loaded.run('klantwaardeAnalyse'); // the active sheet is now the analysis
    expect(loaded.spreadsheet.sheets.length).toBe(before);
    expect(loaded.alerts.at(-1)!.prompt).toMatch(/Klantwaarde zelf heeft gemaakt/);
  });

  it('a sheet without a client list gets a message, and no new sheet', () => {
    const loaded = loadWithFake({ sheets: [{ name: 'Leeg', values: [['Boodschappen', 'Prijs'], ['Melk', 1]] }] });
    const outcome = loaded.run('klantwaardeAnalyse') as { ok: boolean };
    expect(outcome.ok).toBe(false);
    expect(loaded.spreadsheet.sheets.map((s) => s.name)).toEqual(['Leeg']);
    expect(loaded.alerts).toHaveLength(1);
    expect(loaded.alerts[0]!.title).toBe('Klantwaarde kan dit blad niet analyseren');
  });

  it('an English spreadsheet gets the English sheet and menu', () => {
    const loaded = analysed(30, { locale: 'en_GB' });
    expect(loaded.menus[0]!.items[0]!.caption).toBe('Analyse clients');
    expect(loaded.spreadsheet.sheets.map((s) => s.name)).toContain('Client analysis');
  });
});

describe('the sidebar server side', () => {
  it('opens Sidebar.html; reads the table as JSON, stores the state, paints the report it is sent', () => {
    const loaded = loadWithFake({ sheets: [{ name: SOURCE, values: demoValues(30) }, { name: 'Toelichting', values: [['x']] }], locale: 'de_DE' });
    loaded.run('klantwaardeSidebar');
    expect(loaded.sidebars).toEqual([{ file: 'Sidebar', title: 'Klantwaarde', setTitle: expect.any(Function) }]);
    expect(loaded.run('sidebarInit')).toEqual({ language: 'de', step: null });
    const table = loaded.run('sidebarReadTable') as { cells: unknown[][]; where: Record<string, unknown>; notation: string };
    expect(table.cells).toEqual(demoValues(30));
    expect(table.where).toEqual({ sheet: SOURCE, address: 'A1:T33', kind: 'usedRange', firstRow: 0, firstColumn: 0, ours: false });
    expect(table.notation).toBe('de');
    expect(loaded.run('sidebarLoadState')).toEqual({});
    const state = { settings: { hourlyCost: 50 }, mapping: { revenue: 'Omzet' } };
    expect(loaded.run('sidebarSaveState', state)).toBe(true);
    expect(loaded.run('sidebarLoadState')).toEqual(state);
    expect(() => loaded.run('sidebarSaveState', { settings: { note: 'x'.repeat(10_000) } })).toThrow(/zu groß/);

    // The pane computes the report in the browser; the server paints it after the active sheet.
    const report = expectedReport(demoValues(30));
    expect(loaded.run('sidebarPaint', JSON.parse(JSON.stringify(report)))).toEqual({ sheetName: 'Klantanalyse' });
    expect(loaded.spreadsheet.sheets.map((s) => s.name)).toEqual([SOURCE, 'Klantanalyse', 'Toelichting']);
    expect(sheet(loaded, 'Klantanalyse').cell(0, 0)).toBe(report.cells[0]![0]);
    expect(() => loaded.run('sidebarPaint', { name: 'x' })).toThrow(/not an analysis sheet/);
    expect(loaded.run('sidebarSelect', { sheet: SOURCE, row: 5, column: 1 })).toBe(true);
    expect(loaded.spreadsheet.active.name).toBe(SOURCE);
    expect(loaded.run('sidebarSelect', { sheet: 'Nope', row: 5, column: 1 })).toBe(false);
  });

  it('the menu uses the mapping stored by the sidebar', () => {
    // Revenue mapped by hand to last year's column: the analysis follows it.
    const state = JSON.stringify({ settings: {}, mapping: { revenue: 'Omzet vorig jaar' } });
    const loaded = analysed(30, { properties: { [STATE_KEY]: state } });
    const byHand = sheet(loaded, 'Klantanalyse');
    const plain = sheet(analysed(30, { properties: {} }), 'Klantanalyse');
    // The client table's revenue column (D) for a demo client: this year's 31 570, or last year's 31 560.
    const revenue = (s: FakeSheet): unknown => s.values.find((line) => line[0] === 'Restaurant De Gouden Leeuw')?.[3];
    expect(revenue(plain)).toBe(31570);
    expect(revenue(byHand)).toBe(31560);
  });
});
