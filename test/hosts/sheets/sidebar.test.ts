/**
 * The built sidebar (dist/sheets/Sidebar.html) in headless Chromium, end to end: its google.script.run is a
 * fake that hands every call to the built Code.js running in node:vm over the recording SpreadsheetApp fake with
 * the demo workbook's 48 clients (the page: sidebar-page.ts). A click on *Analyseer klanten* computes in the page, the server paints, and
 * the pane shows the pyramid. Nothing leaves the page: every request is refused. Saves dist/sidebar.png (outside dist/sheets, which clasp pushes).
 *
 * Skipped, saying why, only when /usr/bin/chromium is absent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { FUNCTIONS, SHEETS_PREFIX } from '../../../src/functions/index.js';
import { CHROMIUM, hasChromium, launchChromium } from '../../support/chromium.js';
import { MARKER_KEY } from '../../../src/hosts/sheets/paint.js';
import { STATE_KEY } from '../../../src/hosts/sheets/settings.js';
import { demoState, demoValues, loadWithFake } from './demo.js';
import { openSidebar, scrollWidth, SIDEBAR_WIDTH } from './sidebar-page.js';

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
    const { page, errors, server: log } = await openSidebar(browser, server);
    const button = page.getByRole('button', { name: 'Analyseer klanten' });
    await button.waitFor();
    await expect.poll(() => button.isEnabled()).toBe(true);
    await button.click();
    await page.locator('.kw-pyramid').waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    expect(log.map((c) => c.name)).toEqual(expect.arrayContaining(['sidebarInit', 'sidebarLoadState', 'sidebarReadTable', 'sidebarPaint']));
    const painted = server.spreadsheet.sheets.find((s) => s.name === 'Klantanalyse');
    expect(painted?.metadata).toEqual([{ key: MARKER_KEY, value: 'v1' }]);
    expect(server.spreadsheet.sheets.map((s) => s.name)).toEqual(['Klanten', 'Klantanalyse', 'Toelichting']);
    expect(await page.locator('.kw-pyramid').textContent()).toMatch(/Top/);
    // No horizontal scrolling at 300 px.
    expect(await scrollWidth(page)).toBeLessThanOrEqual(SIDEBAR_WIDTH);
    await page.screenshot({ path: 'dist/sidebar.png', fullPage: true });
    await page.close();
  });

  for (const [language, locale] of [['nl', 'nl_NL'], ['en', 'en_GB'], ['de', 'de_DE']] as const) {
    it(`lists the custom functions by their Sheets names in the help (${language})`, { timeout: 60_000 }, async () => {
      const server = loadWithFake({ sheets: [{ name: 'Klanten', values: demoValues(30, false) }], locale });
      const { page, errors } = await openSidebar(browser, server);
      const heading = { nl: 'Functies in cellen', en: 'Functions in cells', de: 'Funktionen in Zellen' }[language];
      await page.getByRole('button', { name: heading }).click();
      const signatures = await page.locator('.kw-function dt').allTextContents();
      // Sheets has one name per function, KLANT_ and the Dutch id, with the Dutch argument names its autocomplete shows.
      expect(signatures.map((s) => s.slice(0, s.indexOf('(')))).toEqual(FUNCTIONS.map((def) => `${SHEETS_PREFIX}${def.id}`));
      expect(signatures[0]).toBe(language === 'en' ? 'KLANT_UURRENDEMENT(omzet, uren, [kosten])' : 'KLANT_UURRENDEMENT(omzet; uren; [kosten])');
      expect(await page.locator('.kw-functions > p').textContent()).toContain('=KLANT_');
      expect(await page.locator('.kw-function dd').first().textContent()).toBe(FUNCTIONS[0]!.descriptions[language]);
      expect(await page.locator('.kw-functions').textContent()).not.toContain('KLANT.');
      expect(await scrollWidth(page)).toBeLessThanOrEqual(SIDEBAR_WIDTH);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
