/**
 * The built Excel taskpane in a real browser: dist/excel served over http on 127.0.0.1, driven in headless
 * Chromium (Debian's /usr/bin/chromium through playwright-core; .ci/run installs it), with office.js answered by
 * the recording fake (test/support/excel-fake-office.ts) holding the demo workbook's cells and settings. Nothing
 * leaves loopback: every other request is refused. Saves screenshots to dist/taskpane.png (after the analysis;
 * docs/taskpane.png is a reviewed copy of it) and dist/taskpane-mapping.png (the column mapping).
 *
 * Skipped, saying why, only when /usr/bin/chromium is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CHROMIUM, hasChromium, launchChromium } from '../support/chromium.js';
import type { FakeOfficeSetup } from '../support/excel-fake-office.js';

/** The few DOM shapes the page functions use (the tests compile without the DOM library). */
type Select = { selectedOptions: { textContent: string | null }[] };
type Page = { document: { activeElement: { textContent: string | null } | null; documentElement: { scrollWidth: number } } };

if (!hasChromium) console.warn(`test/taskpane: ${CHROMIUM} is absent, so the browser test is skipped (apt-get install -y chromium).`);

const ROOT = 'dist/excel';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png' };

function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(ROOT, path === '/' ? 'taskpane.html' : path);
    if (!file.startsWith(ROOT) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The demo workbook's sheets as plain 2-D values (formula cells as their cached results). */
async function demoSheets(): Promise<FakeOfficeSetup['sheets']> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile('examples/klanten.xlsx');
  return workbook.worksheets.map((sheet) => {
    const cells: unknown[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row: unknown[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const value = sheet.getCell(r, c).value;
        row.push(value && typeof value === 'object' && 'result' in value ? value.result ?? '' : value ?? '');
      }
      cells.push(row);
    }
    return { name: sheet.name, cells };
  });
}

describe.skipIf(!hasChromium)('the Excel taskpane in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let office: string;
  let base: string;

  beforeAll(async () => {
    const bundled = await build({ entryPoints: ['test/support/excel-fake-office.ts'], bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'warning' });
    office = bundled.outputFiles[0]!.text;
    server = await serve();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** A page at the pane's narrowest width over the fake workbook, refusing every request off loopback. */
  async function open(setup: FakeOfficeSetup) {
    // Reduced motion: Fluent's accordion then opens at once, so a screenshot never catches it half open.
    const page = await browser.newPage({ viewport: { width: 320, height: 900 }, deviceScaleFactor: 2, reducedMotion: 'reduce' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('https://appsforoffice.microsoft.com/')) return route.fulfill({ contentType: 'text/javascript', body: office });
      if (url.startsWith(base)) return route.continue();
      return route.abort();
    });
    await page.addInitScript((data) => {
      (globalThis as Record<string, unknown>).__KLANTWAARDE_FAKE__ = data;
    }, setup);
    await page.goto(`${base}taskpane.html`);
    const state = (fn: string, ...args: unknown[]) =>
      page.evaluate(([name, rest]) => {
        const s = (globalThis as unknown as { __KLANTWAARDE_FAKE_STATE__: Record<string, (...a: unknown[]) => unknown> }).__KLANTWAARDE_FAKE_STATE__;
        return s[name as string]!(...(rest as unknown[]));
      }, [fn, args] as const);
    return { page, errors, state };
  }

  it('shows the mapping, analyses into a new sheet, draws the pyramid and selects a problem\'s cell', async () => {
    const sheets = await demoSheets();
    const klanten = sheets.find((s) => s.name === 'Klanten')!;
    // One unreadable cell, so a problem row is listed: Uren of the fifth client (sheet row 8, column E).
    const header = klanten.cells[2]!;
    const hours = header.indexOf('Uren');
    klanten.cells[7]![hours] = 'veel';
    const settings = JSON.parse(readFileSync('examples/instellingen.json', 'utf8')) as unknown;
    const setup: FakeOfficeSetup = { sheets, displayLanguage: 'nl-NL', settings: { klantwaarde: { settings } } };

    const { page, errors, state } = await open(setup);

    // The table and its mapping.
    await expect.poll(() => page.textContent('.kw-where')).toContain('Blad Klanten, A1:T52');
    await page.getByRole('button', { name: /^Kolommen/ }).click();
    const chosen = (label: RegExp) => page.getByLabel(label).first().evaluate((el) => (el as unknown as Select).selectedOptions[0]?.textContent);
    expect(await chosen(/^Omzet/)).toBe('B · Omzet');
    expect(await chosen(/^Uren/)).toBe(`${String.fromCharCode(65 + hours)} · Uren`);
    await page.screenshot({ path: 'dist/taskpane-mapping.png', fullPage: true });
    await page.getByRole('button', { name: /^Kolommen/ }).click();

    // Keyboard: the main button is reachable with Tab and runs with Enter.
    let focused = '';
    for (let i = 0; i < 30 && focused !== 'Analyseer klanten'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (globalThis as unknown as Page).document.activeElement?.textContent ?? '');
    }
    expect(focused).toBe('Analyseer klanten');
    await page.keyboard.press('Enter');

    await expect.poll(() => page.textContent('.kw-success'), { timeout: 20_000 }).toContain('Klantanalyse');
    expect(await state('sheetNames')).toEqual(['Klanten', 'Toelichting', 'Klantanalyse']);
    expect(await state('value', 'Klantanalyse', 0, 0)).toBe('Klantanalyse');
    expect(await state('writes', 'Klanten')).toBe(0);
    expect(await state('writes', 'Toelichting')).toBe(0);

    // The pyramid, the headline figures and the advice.
    expect(await page.locator('.kw-pyramid polygon').count()).toBe(4);
    expect(await page.locator('.kw-pyramid svg').getAttribute('role')).toBe('img');
    const tiles = await page.locator('.kw-tile dd').allTextContents();
    expect(tiles[0]).toBe('48'); // an unreadable optional cell counts as 0; the row stays
    expect(await page.locator('.kw-advice li').count()).toBe(3);
    // No horizontal scrolling at the pane's narrowest width.
    expect(await page.evaluate(() => (globalThis as unknown as Page).document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await page.screenshot({ path: 'dist/taskpane.png', fullPage: true });

    // A problem lists row and column; a click selects its cell on the source sheet.
    const problem = page.locator('button.kw-problem', { hasText: 'Rij 8, Uren' });
    await expect.poll(() => problem.count()).toBe(1);
    await problem.click();
    await expect.poll(() => state('selection')).toEqual({ sheet: 'Klanten', top: 7, left: hours, rows: 1, columns: 1 });

    // The settings stayed those of the workbook; the analysis sheet button goes to A1 of the analysis.
    await page.getByRole('button', { name: 'Naar het analyseblad' }).click();
    await expect.poll(() => state('selection')).toEqual({ sheet: 'Klantanalyse', top: 0, left: 0, rows: 1, columns: 1 });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('speaks German from Office\'s display language and stores a changed mapping and setting in the workbook', async () => {
    const sheets = await demoSheets();
    const { page, errors, state } = await open({ sheets, displayLanguage: 'de-DE' });
    await expect.poll(() => page.textContent('.kw-where')).toContain('Blatt Klanten');
    expect(await page.getByRole('button', { name: 'Kunden analysieren' }).count()).toBe(1);

    await page.getByRole('button', { name: /^Spalten/ }).click();
    const hours = page.getByLabel(/^Stunden/).first();
    await hours.selectOption({ label: 'F · Telefoontjes' });
    await expect.poll(() => state('settings')).toMatchObject({ stored: { klantwaarde: { mapping: { hours: 'Telefoontjes' } } } });
    expect(await page.locator('.kw-field', { has: hours }).textContent()).toContain('von Ihnen gewählt');

    await page.getByRole('button', { name: /^Einstellungen/ }).click();
    const cost = page.getByLabel(/^Stundenkosten|^Stundenkostensatz|^Kosten je Stunde/).first();
    await cost.fill('52,50');
    await cost.press('Enter');
    await expect.poll(() => state('settings')).toMatchObject({ stored: { klantwaarde: { settings: { hourlyCost: 52.5 } } } });
    await cost.fill('viel');
    await cost.press('Enter');
    expect(await page.getByText('Keine Zahl').count()).toBe(1);
    await page.screenshot({ path: 'dist/taskpane-settings-de.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('opens the mapping when the client column is not recognised, and analyses once the user picks it', async () => {
    const cells = [['Wie', 'Omzet', 'Uren'], ['Bakkerij Jansen', 12000, 40], ['Hotel Aan Zee', 30000, 80], ['Garage De Wit', 8000, 60]];
    const { page, errors, state } = await open({ sheets: [{ name: 'Lijst', cells }], displayLanguage: 'en-US' });
    const client = page.getByRole('combobox', { name: /^Client(?! number)/ });
    await expect.poll(() => client.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Analyse clients' }).click();
    await expect.poll(() => page.getByText('This table cannot be analysed').count()).toBe(1);
    await client.selectOption({ label: 'A · Wie' });
    await page.getByRole('button', { name: 'Analyse clients' }).click();
    await expect.poll(() => page.textContent('.kw-success'), { timeout: 20_000 }).toContain('Analysis written');
    expect(await page.locator('.kw-tile dd').first().textContent()).toBe('3');
    expect(await state('sheetNames')).toHaveLength(2);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});