/**
 * *Klantenlijst maken* in the built sidebar (dist/sheets/Sidebar.html) in headless Chromium, end to end through
 * google.script.run into the built Code.js over the recording fake (sidebar-page.ts), as the taskpane's Chromium
 * test does it over the Office fake: the time-entry and invoice sheets of test/support/list-fixture.ts as Sheets
 * holds them once the exports are pasted (date and duration cells as `Date`s at their clock in the spreadsheet's
 * zone), the sidebar opened by the menu item at the list step and by the tab, the list written as *Klantenlijst*
 * and *Bronnen*, analysed into *Klantanalyse*, a near match merged on a re-run, and every server and service call
 * counted. Saves dist/sidebar-list.png (docs/sidebar-list.png is a reviewed copy).
 *
 * Skipped, saying why, only when /usr/bin/chromium is absent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CHROMIUM, hasChromium, launchChromium } from '../../support/chromium.js';
import { FACTUREN, LIST_APART, LIST_SAME, UREN } from '../../support/list-fixture.js';
import { zoneDate, type FakeSheet } from '../../support/sheets-fake.js';
import { MARKER_KEY } from '../../../src/hosts/sheets/paint.js';
import { STATE_KEY } from '../../../src/hosts/sheets/settings.js';
import { LIST_MARKER_KEY, SOURCES_MARKER_KEY } from '../../../src/hosts/sheets/sources.js';
import { loadWithFake, type Loaded } from './demo.js';
import { openSidebar, scrollWidth, SIDEBAR_WIDTH, type ServerCall } from './sidebar-page.js';

if (!hasChromium) console.warn(`test/hosts/sheets: ${CHROMIUM} is absent, so the sidebar's list test is skipped (apt-get install -y chromium).`);

const ZONE = 'Europe/Amsterdam';
const day = (iso: string): Date => zoneDate(ZONE, +iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));
/** An Excel serial (the fixture's invoice dates) as the ISO day it is. */
const isoOfSerial = (serial: number): string => new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);

/** Toggl's sheet pasted into Sheets: `2025-03-03` becomes a date cell, `02:30:00` a duration cell. */
const UREN_SHEETS: unknown[][] = UREN.map((row, r) => (r === 0 ? row : row.map((v) => {
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return day(v);
  const m = /^(\d{2}):(\d{2}):(\d{2})$/.exec(v);
  return m ? zoneDate(ZONE, 1899, 12, 30, +m[1]!, +m[2]!, +m[3]!) : v;
})));
/** The Dutch invoice list in Sheets: its date columns (C, D, G) as date cells. */
const FACTUREN_SHEETS: unknown[][] = FACTUREN.map((row, r) => (r === 0 ? row : row.map((v, c) => ([2, 3, 6].includes(c) ? day(isoOfSerial(v as number)) : v))));

/** A studio's settings stored in its spreadsheet, as in the taskpane's test. */
const STATE = JSON.stringify({ settings: { hourlyCost: 52, targetHourlyReturn: 85, costPerInvoice: 7.5, periodEnd: '2025-06-30' }, mapping: {} });

function spreadsheet(): Loaded {
  return loadWithFake({ sheets: [{ name: 'Uren', values: UREN_SHEETS }, { name: 'Facturen', values: FACTUREN_SHEETS }], timeZone: ZONE, properties: { [STATE_KEY]: STATE } });
}

/** A sheet of the fake by name. */
function sheet(loaded: Loaded, name: string): FakeSheet {
  const found = loaded.spreadsheet.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}: ${loaded.spreadsheet.sheets.map((s) => s.name).join(', ')}`);
  return found;
}
/** A written sheet's values as rows (the fake keeps what setValues wrote). */
const values = (loaded: Loaded, name: string): unknown[][] => sheet(loaded, name).values.map((row) => [...row]);
const names = (loaded: Loaded): string[] => loaded.spreadsheet.sheets.map((s) => s.name);

/** The fake's service calls of one server call, by method; fitting a new sheet is `resizeRows` / `resizeColumns` either way. */
function signature(call: ServerCall | undefined): Record<string, number> {
  const alias: Record<string, string> = { insertRowsAfter: 'resizeRows', deleteRows: 'resizeRows', insertColumnsAfter: 'resizeColumns', deleteColumns: 'resizeColumns' };
  const counts: Record<string, number> = {};
  for (const c of call?.calls ?? []) {
    const method = alias[c.method] ?? c.method;
    counts[method] = (counts[method] ?? 0) + 1;
  }
  return counts;
}
const total = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);

/**
 * The service calls of *Klantenlijst maken* on the two small sheets, derived from sources.ts:
 * - reading: the spreadsheet, its locale, zone, name and sheets; per sheet its name, whether it is ours
 *   (getDeveloperMetadata), getLastRow, getLastColumn and one getRange + getValues per block (5 rows: one block);
 *   `formatDate` once per distinct UTC hour among the date cells, not per cell: 4 entry days + 4 durations (each
 *   a clock on 1899-12-30) + 10 distinct invoice dates (12 cells; 15 May and 30 June twice) = 18;
 * - writing, per sheet (Klantenlijst, Bronnen): a free name (getSheetByName), insertSheet, its marker, rows and
 *   columns fitted (getMax… + one resize each), one RangeList of text formats, one getRange + setValues, one
 *   RangeList made bold, the widths in runs of equal width (here every column its own: 6 + 6 setColumnWidths), the frozen header (Klantenlijst only);
 *   Bronnen goes after Klantenlijst (getIndex), which is then activated.
 */
const MAKE_SMALL: Record<string, number> = {
  getActiveSpreadsheet: 1, getSpreadsheetLocale: 1, getSheets: 1, getName: 4, getDeveloperMetadata: 2, getSpreadsheetTimeZone: 1,
  getLastRow: 2, getLastColumn: 2, getRange: 4, getValues: 2, formatDate: 18,
  getSheetByName: 2, insertSheet: 2, addDeveloperMetadata: 2, getMaxRows: 2, resizeRows: 2, getMaxColumns: 2, resizeColumns: 2,
  getRangeList: 4, setNumberFormat: 2, setValues: 2, setFontWeight: 2, setColumnWidths: 12, setFrozenRows: 1, getIndex: 1, activate: 1,
};

/** The pane's server calls from opening to the list step's sheets shown, in any order (React's effects). */
const OPENING = ['sidebarDescribeSources', 'sidebarInit', 'sidebarLoadState', 'sidebarReadTable'];
/** Opened at the list step (the menu item), the active sheet is not read until the analysis tab is chosen. */
const AT_LIST = OPENING.filter((n) => n !== 'sidebarReadTable');
/** A click on *Klantenlijst maken*: build and write on the server, then the pane reads the list and paints its analysis. */
const MAKING = ['sidebarMakeClientList', 'sidebarReadTable', 'sidebarPaint'];

/** The Uren sheet with its 4 entries repeated `copies` times (the same Date objects: the clock per hour is what counts). */
function repeated(copies: number): unknown[][] {
  const out: unknown[][] = [UREN_SHEETS[0]!];
  for (let k = 0; k < copies; k++) for (let r = 1; r < UREN_SHEETS.length; r++) out.push(UREN_SHEETS[r]!);
  return out;
}

/**
 * The list by hand for the entries repeated `k` times (k = 1: the fixture's LIST_APART). Revenue and invoices
 * come from the invoice sheet alone: Hotel 2 500 (F2025-002), Jansen 1 200 (F001), Janssen 800 (F003, kept apart:
 * a near match is never merged in silence), Garage 450 (F004). Hours per copy: Jansen 2:30 + 1:30 = 4, of which
 * 1:30 = 1,5 not billable; Hotel 4:00 = 4; Garage 3:00 = 3; Janssen none. Days late, paid minus due: F001
 * 10 May − 30 Apr = 10, F002 15 May − 15 May = 0, F003 30 Jun − 30 Jun = 0, F004 25 Jul − 15 Jul = 10.
 */
const listApart = (k: number): unknown[][] => [
  ['Klant', 'Omzet', 'Uren', 'Niet-declarabele uren', 'Facturen', 'Dagen te laat'],
  ['Hotel Aan Zee', 2500, 4 * k, 0, 1, 0],
  ['Bakkerij Jansen', 1200, 4 * k, 1.5 * k, 1, 10],
  ['Bakkerij Janssen', 800, 0, 0, 1, 0],
  ['Garage De Wit', 450, 3 * k, 0, 1, 10],
];

describe.skipIf(!hasChromium)('Klantenlijst maken in the Sheets sidebar in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('opens at the list step from the menu item, writes Klantenlijst and Bronnen, and analyses the list', { timeout: 90_000 }, async () => {
    const loaded = spreadsheet();
    // The menu item Klantenlijst maken…: the sidebar shown once, told (per user) to open at the list step.
    loaded.run('klantwaardeClientList');
    expect(loaded.sidebars).toHaveLength(1);
    const { page, errors, server } = await openSidebar(browser, loaded);
    const tab = page.getByRole('tab', { name: 'Klantenlijst maken' });
    await tab.waitFor();
    expect(await tab.getAttribute('aria-selected')).toBe('true');

    // The sheets, what each is and its rows (header included, as getLastRow counts).
    const uren = page.getByRole('checkbox', { name: 'Blad Uren gebruiken' });
    await expect.poll(() => uren.isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Blad Facturen gebruiken' }).isChecked()).toBe(true);
    const kinds = page.getByRole('combobox', { name: 'Soort' });
    expect(await kinds.evaluateAll((els) => els.map((el) => (el as unknown as { selectedOptions: { textContent: string | null }[] }).selectedOptions[0]?.textContent))).toEqual(['urenregistratie', 'facturen']);
    expect(await page.locator('.kw-source-rows').allTextContents()).toEqual(['5 rijen', '5 rijen']);
    await expect.poll(() => server.length).toBe(AT_LIST.length);
    expect(server.map((c) => c.name).sort()).toEqual(AT_LIST);
    // Opening asks once for the step and forgets it: the next opening is a plain one.
    expect(signature(server.find((c) => c.name === 'sidebarInit'))).toMatchObject({ getProperty: 1, deleteProperty: 1 });
    expect(loaded.userProperties.size).toBe(0);

    await page.getByRole('button', { name: 'Klantenlijst maken' }).click();
    await expect.poll(() => page.getByText('Analyse geschreven in blad Klantanalyse.').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.textContent('.kw-list-result .kw-success')).toBe('Klantenlijst met 4 klanten geschreven in blad Klantenlijst; de herkomst staat in blad Bronnen.');
    expect(await page.textContent('.kw-list-periodis')).toBe('Periode: 1 jul 2024 – 30 jun 2025 (vorige periode: 1 jul 2023 – 30 jun 2024)');

    // The list as written in the fake, by hand (listApart), and the fixture's own (LIST_APART) for k = 1.
    expect(values(loaded, 'Klantenlijst')).toEqual(listApart(1));
    expect(values(loaded, 'Klantenlijst')).toEqual(LIST_APART);
    expect(sheet(loaded, 'Klantenlijst').metadata).toEqual([{ key: LIST_MARKER_KEY, value: 'v1' }]);
    expect(sheet(loaded, 'Klantenlijst').frozenRows).toBe(1);
    // Bronnen: the period, each source sheet with its lines read and used, and the near match said, not merged.
    const bronnen = values(loaded, 'Bronnen');
    expect(sheet(loaded, 'Bronnen').metadata).toEqual([{ key: SOURCES_MARKER_KEY, value: 'v1' }]);
    expect(bronnen.slice(0, 2).map((r) => r.slice(0, 3))).toEqual([['Periode', '2024-07-01', '2025-06-30'], ['Vorige periode', '2023-07-01', '2024-06-30']]);
    expect(bronnen).toContainEqual(['Klantwaarde demo', 'Uren', 'urenregistratie', 4, 4, 0]);
    expect(bronnen).toContainEqual(['Klantwaarde demo', 'Facturen', 'facturen', 4, 4, 0]);
    expect(bronnen).toContainEqual(['Bakkerij Jansen', 'Uren', 'Klantwaarde demo (Uren)', 2, 'opgeteld', '']);
    expect(bronnen).toContainEqual(['Bakkerij Jansen', 'Bakkerij Janssen', '', '', '', '']);
    // The sources are untouched; the list, its analysis and Bronnen follow them.
    expect(names(loaded)).toEqual(['Uren', 'Facturen', 'Klantenlijst', 'Klantanalyse', 'Bronnen']);
    expect(values(loaded, 'Uren')).toEqual(UREN_SHEETS);

    // The analysis ran on the written list: painted, marked as ours, its client rows the list's four clients (below
    // the profile of the best clients, which says why it has none for four clients).
    const analysis = sheet(loaded, 'Klantanalyse');
    expect(analysis.metadata).toEqual([{ key: MARKER_KEY, value: 'v1' }]);
    expect(analysis.cell(5, 1)).toEqual({ formula: 'COUNTA($A$172:$A$175)' });
    expect([171, 172, 173, 174].map((r) => analysis.cell(r, 0)).sort()).toEqual(['Bakkerij Jansen', 'Bakkerij Janssen', 'Garage De Wit', 'Hotel Aan Zee']);
    // 2 500 + 1 200 + 800 + 450 = 4 950 revenue over 4 clients; the largest is 2 500 / 4 950 = 50,5 %.
    expect(await page.locator('.kw-tile dd').first().textContent()).toBe('4');
    expect(await page.locator('.kw-tile dd').nth(1).textContent()).toBe('€\u00a04.950');
    expect(await page.locator('.kw-pyramid polygon').count()).toBe(4);
    expect(await page.locator('.kw-pyramid').textContent()).toContain('omzet 50,5 %');

    // Server calls: the opening ones, then exactly one build, one read of the list and one paint.
    expect(server.slice(AT_LIST.length).map((c) => c.name)).toEqual(MAKING);
    const make = server.find((c) => c.name === 'sidebarMakeClientList');
    expect(signature(make)).toEqual(MAKE_SMALL);
    expect(make!.calls).toHaveLength(total(MAKE_SMALL));
    // The list is read back in one getValues of its used range (5 × 6 cells), as any table the pane analyses.
    const readList = server[AT_LIST.length + 1]!;
    expect(readList.calls.filter((c) => c.method === 'getValues')).toHaveLength(1);
    // Eight calls: the spreadsheet's time zone among them, which dates are read in (handlers.ts).
    expect(readList.calls).toHaveLength(8);
    expect(readList.calls.filter((c) => c.method === 'getSpreadsheetTimeZone')).toHaveLength(1);
    // The paint writes every value in one setValues and one chart, as for any analysis (analyse.test.ts).
    const paint = signature(server.at(-1));
    expect(paint).toMatchObject({ insertSheet: 1, setValues: 1, insertChart: 1, activate: 1 });

    // No horizontal scrolling at Sheets' 300 px.
    expect(await scrollWidth(page)).toBeLessThanOrEqual(SIDEBAR_WIDTH);
    await page.screenshot({ path: 'dist/sidebar-list.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens by the tab, and a near match confirmed on a re-run replaces only its own sheets', { timeout: 90_000 }, async () => {
    const loaded = spreadsheet();
    loaded.run('klantwaardeSidebar');
    const { page, errors, server } = await openSidebar(browser, loaded);
    const tab = page.getByRole('tab', { name: 'Klantenlijst maken' });
    await tab.waitFor();
    expect(await tab.getAttribute('aria-selected')).toBe('false');
    // The list step reads the sheets only once it is opened.
    await expect.poll(() => server.length).toBe(3);
    expect(server.map((c) => c.name).sort()).toEqual(OPENING.filter((n) => n !== 'sidebarDescribeSources'));
    await tab.click();
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.getByRole('checkbox', { name: 'Blad Facturen gebruiken' }).isChecked()).toBe(true);
    expect(server.at(-1)?.name).toBe('sidebarDescribeSources');

    await page.getByRole('button', { name: 'Klantenlijst maken' }).click();
    await expect.poll(() => page.getByText('Analyse geschreven in blad Klantanalyse.').count(), { timeout: 30_000 }).toBe(1);
    expect(values(loaded, 'Klantenlijst')).toEqual(LIST_APART);
    expect(server.slice(OPENING.length).map((c) => c.name)).toEqual(MAKING);
    expect(signature(server.find((c) => c.name === 'sidebarMakeClientList'))).toEqual(MAKE_SMALL);

    // Confirmed as one: 1 200 + 800 = 2 000, two invoices, days late weighted by amount (1 200 · 10 + 800 · 0) / 2 000 = 6.
    const pair = page.getByRole('group', { name: 'Bakkerij Jansen en Bakkerij Janssen' });
    await pair.getByRole('button', { name: 'Zelfde klant' }).click();
    const before = server.length;
    await page.getByRole('button', { name: 'Klantenlijst opnieuw maken' }).click();
    await expect.poll(() => values(loaded, 'Klantenlijst'), { timeout: 30_000 }).toEqual(LIST_SAME);
    await expect.poll(() => page.locator('.kw-tile dd').first().textContent(), { timeout: 30_000 }).toBe('3');
    await expect.poll(() => server.length).toBe(before + MAKING.length);
    expect(server.slice(before).map((c) => c.name)).toEqual(MAKING);
    // Only our sheets were replaced (new ones under their names, in their places), the sources untouched.
    expect(names(loaded)).toEqual(['Uren', 'Facturen', 'Klantenlijst', 'Klantanalyse', 'Bronnen']);
    expect(values(loaded, 'Uren')).toEqual(UREN_SHEETS);
    expect(values(loaded, 'Bronnen')).not.toContainEqual(['Bakkerij Jansen', 'Bakkerij Janssen', '', '', '', '']);
    // A re-run reads as the first did and writes each sheet once more, plus the replacing: the old one found
    // (getSheetByName, its marker), the new one put in its place (getIndex), the old one deleted, the name taken.
    const remake = signature(server[before]);
    expect(remake).toMatchObject({ getValues: 2, formatDate: 18, insertSheet: 2, setValues: 2, deleteSheet: 2, setName: 2 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([[1_000, 2], [100_000, 7]])('at %i time entries the calls are those of 4, but for the blocks read (%i getValues)', { timeout: 240_000 }, async (lines, reads) => {
    // Uren, just pasted, is the active sheet. (The pane's analyse step still reads it whole when the sidebar
    // opens at the analysis step; at the list step it is not read.)
    const loaded = loadWithFake({
      sheets: [{ name: 'Uren', values: repeated(lines / 4) }, { name: 'Facturen', values: FACTUREN_SHEETS }],
      timeZone: ZONE, properties: { [STATE_KEY]: STATE }, measure: false,
    });
    loaded.run('klantwaardeClientList');
    const { page, errors, server } = await openSidebar(browser, loaded);
    await expect.poll(() => page.getByRole('checkbox', { name: 'Blad Uren gebruiken' }).isChecked(), { timeout: 30_000 }).toBe(true);
    await page.getByRole('button', { name: 'Klantenlijst maken' }).click();
    await expect.poll(() => page.getByText('Analyse geschreven in blad Klantanalyse.').count(), { timeout: 120_000 }).toBe(1);
    expect(values(loaded, 'Klantenlijst')).toEqual(listApart(lines / 4));
    expect(server.map((c) => c.name).sort()).toEqual([...AT_LIST, ...MAKING].sort());
    // Blocks of BLOCK_CELLS = 100 000 cells: 20 000 rows of Uren's 5 columns, so 100 001 rows are 6 reads, 1 001 one.
    // The widths come in runs of equal width, which the numbers' lengths decide (4 · 250 = 1 000 hours is wider
    // than 4): at most one call per column of the two sheets (6 + 6).
    const { setColumnWidths, ...make } = signature(server.find((c) => c.name === 'sidebarMakeClientList'));
    const { setColumnWidths: _, ...small } = MAKE_SMALL;
    expect(make).toEqual({ ...small, getRange: small.getRange! + reads - 2, getValues: reads });
    expect(setColumnWidths).toBeLessThanOrEqual(12);
    expect(errors).toEqual([]);
    await page.close();
  });
});
