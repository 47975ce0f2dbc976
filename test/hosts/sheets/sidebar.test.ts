/**
 * The built sidebar (dist/sheets/Sidebar.html) in headless Chromium, end to end: its google.script.run is a
 * fake that hands every call to the built Code.js running in node:vm over the recording SpreadsheetApp fake with
 * the demo workbook's 48 clients. A click on *Analyseer klanten* computes in the page, the server paints, and
 * the pane shows the pyramid. Nothing leaves the page: every request is refused. Saves dist/sidebar.png (outside dist/sheets, which clasp pushes).
 *
 * Skipped, saying why, only when /usr/bin/chromium is absent.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CHROMIUM, hasChromium, launchChromium } from '../../support/chromium.js';
import { MARKER_KEY } from '../../../src/hosts/sheets/paint.js';
import { STATE_KEY } from '../../../src/hosts/sheets/settings.js';
import { demoState, demoValues, loadWithFake } from './demo.js';

/** Never fetched: the route answers it with the built file. */
const PAGE = 'http://sidebar.invalid/Sidebar.html';
if (!hasChromium) console.warn(`test/hosts/sheets: ${CHROMIUM} is absent, so the sidebar's browser test is skipped (apt-get install -y chromium).`);

describe.skipIf(!hasChromium)('the Sheets sidebar in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('analyses the demo clients through google.script.run and shows the pyramid', { timeout: 60_000 }, async () => {
    const server = loadWithFake({
      sheets: [{ name: 'Klanten', values: demoValues(48, false) }, { name: 'Toelichting', values: [['Vrije tekst']] }],
      properties: { [STATE_KEY]: demoState },
    });
    const calls: string[] = [];
    // Sheets' sidebar is 300 px wide.
    const page = await browser.newPage({ viewport: { width: 300, height: 1100 }, deviceScaleFactor: 2, reducedMotion: 'reduce' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The page is served by the route itself; every other request is refused.
    const html = readFileSync('dist/sheets/Sidebar.html', 'utf8');
    await page.route('**/*', (route) =>
      route.request().url() === PAGE ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }) : route.abort());
    await page.exposeFunction('__klantwaardeServer', (name: string, args: string) => {
      calls.push(name);
      return JSON.stringify(server.run(name, ...(JSON.parse(args) as unknown[])) ?? null);
    });
    // google.script.run as Apps Script gives it: chainable handlers, asynchronous, JSON only.
    await page.addInitScript(() => {
      type Handler = ((value: unknown) => void) | null;
      const call = (name: string, args: string): Promise<string> =>
        (globalThis as unknown as { __klantwaardeServer: (name: string, args: string) => Promise<string> }).__klantwaardeServer(name, args);
      const run = (success: Handler, failure: Handler): unknown => new Proxy({}, {
        get: (_target, name: string) => {
          if (name === 'withSuccessHandler') return (handler: Handler) => run(handler, failure);
          if (name === 'withFailureHandler') return (handler: Handler) => run(success, handler);
          return (...args: unknown[]) => {
            call(name, JSON.stringify(args)).then((text) => success?.(JSON.parse(text)), (error: unknown) => failure?.(error));
          };
        },
      });
      (globalThis as unknown as { google: unknown }).google = { script: { run: run(null, null) } };
    });
    await page.goto(PAGE);
    const button = page.getByRole('button', { name: 'Analyseer klanten' });
    await button.waitFor();
    await expect.poll(() => button.isEnabled()).toBe(true);
    await button.click();
    await page.locator('.kw-pyramid').waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    expect(calls).toEqual(expect.arrayContaining(['sidebarInit', 'sidebarLoadState', 'sidebarReadTable', 'sidebarPaint']));
    const painted = server.spreadsheet.sheets.find((s) => s.name === 'Klantanalyse');
    expect(painted?.metadata).toEqual([{ key: MARKER_KEY, value: 'v1' }]);
    expect(server.spreadsheet.sheets.map((s) => s.name)).toEqual(['Klanten', 'Klantanalyse', 'Toelichting']);
    expect(await page.locator('.kw-pyramid').textContent()).toMatch(/Top/);
    // No horizontal scrolling at 300 px.
    expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.screenshot({ path: 'dist/sidebar.png', fullPage: true });
    await page.close();
  });
});
