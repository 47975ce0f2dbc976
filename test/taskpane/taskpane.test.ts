/**
 * The built Excel taskpane in a real browser: dist/excel served over http on 127.0.0.1, driven in headless
 * Chromium (Debian's /usr/bin/chromium through playwright-core; .ci/run installs it), with office.js answered by
 * the recording fake (test/support/excel-fake-office.ts) holding the demo workbook's cells and settings. Nothing
 * leaves loopback: every other request is refused. Saves screenshots to dist/taskpane.png (after the analysis;
 * docs/taskpane.png is a reviewed copy of it) and dist/taskpane-mapping.png (the column mapping); and
 * *Klantenlijst maken* over a time-entry and an invoice sheet (test/support/list-fixture.ts) to
 * dist/taskpane-list-320.png and dist/taskpane-list-800.png (docs/taskpane-list.png is a reviewed copy).
 *
 * Skipped, saying why, only when /usr/bin/chromium is absent.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium } from '../support/chromium.js';
import type { FakeOfficeSetup } from '../support/excel-fake-office.js';
import { FACTUREN, LIST_APART, LIST_SAME, UREN } from '../support/list-fixture.js';
import { demoSheets, startPane, type PaneHarness } from './pane-page.js';

/** The few DOM shapes the page functions use (the tests compile without the DOM library). */
type Select = { selectedOptions: { textContent: string | null }[] };
type ExcelContext = { workbook: { worksheets: { getItem(name: string): { getRange(address: string): { select(): void } } } }; sync(): Promise<void> };
type Page = { document: { activeElement: { textContent: string | null } | null; documentElement: { scrollWidth: number } } };

if (!hasChromium) console.warn(`test/taskpane: ${CHROMIUM} is absent, so the browser test is skipped (apt-get install -y chromium).`);

describe.skipIf(!hasChromium)('the Excel taskpane in Chromium', () => {
  let pane: PaneHarness;

  beforeAll(async () => {
    pane = await startPane();
  }, 60_000);

  afterAll(async () => {
    await pane?.close();
  });

  /** A page at the pane's narrowest width over the fake workbook, refusing every request off loopback. */
  const open = (setup: FakeOfficeSetup) => pane.open(setup);

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
    // The hourly cost is set, so the pane does not say labour is left out.
    expect(await page.getByText('Geen uurkostprijs ingesteld', { exact: false }).count()).toBe(0);
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

  it('edits the list settings: a cost driver and a discount tier, by keyboard, stored, and in the next analysis', async () => {
    const sheets = await demoSheets();
    const klanten = sheets.find((s) => s.name === 'Klanten')!;
    const { page, errors, state } = await open({ sheets, displayLanguage: 'nl-NL' });
    await expect.poll(() => page.textContent('.kw-where')).toContain('Blad Klanten');
    /** The net-profit tile in euros ("€ 727.942", "€ -1.234"). */
    const netProfit = async (): Promise<number> => {
      const text = (await page.locator('.kw-tile', { hasText: 'Nettowinst' }).locator('dd').textContent()) ?? '';
      return (text.includes('-') || text.includes('−') ? -1 : 1) * Number(text.replace(/\D/g, ''));
    };
    const analyse = async (): Promise<void> => {
      await page.getByRole('button', { name: 'Analyseer klanten' }).click();
      await expect.poll(() => page.textContent('.kw-success'), { timeout: 20_000 }).toContain('Klantanalyse');
    };
    const focused = () => page.evaluate(() => {
      const el = (globalThis as unknown as { document: { activeElement: { getAttribute(name: string): string | null } | null } }).document.activeElement;
      return el?.getAttribute('aria-label') ?? null;
    });
    await analyse();
    const before = await netProfit();
    // The first run has no hourly cost: the pane says, above the figures, that labour is left out.
    expect(await page.locator('.kw-notes').textContent()).toContain('Geen uurkostprijs ingesteld: de nettowinst is exclusief arbeid.');
    expect(await page.locator('.kw-notes ~ .kw-tiles').count()).toBe(1);

    await page.getByRole('button', { name: /^Instellingen/ }).click();
    // Each field's help from the registry is its description.
    const visit = page.getByRole('textbox', { name: 'Kosten per bezoek' });
    expect(await visit.evaluate((el) => (el as unknown as { ariaDescribedByElements?: { textContent: string }[] }).ariaDescribedByElements?.map((d) => d.textContent).join(' '))).toContain('Kosten van één bezoek bij de klant.');
    expect(await page.getByRole('group', { name: 'Extra kostendrijvers' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(await page.getByText(/instellingenbestand/).count()).toBe(0);

    // Keyboard only: Enter on the add button puts the focus in the new row's column; Tab goes through the row.
    await page.getByRole('button', { name: 'Kostendrijver toevoegen' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Kolom, Kostendrijver 1');
    // The column is offered from the table's numeric columns no field takes, and may be typed.
    expect(await page.locator('datalist option').evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value))).toContain('Retouren');
    await page.keyboard.type('Retouren');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Kosten per eenheid, Kostendrijver 1');
    await page.keyboard.type('-80');
    await page.keyboard.press('Tab');
    expect(await page.getByText('Kosten per eenheid: Toegestaan is 0 of meer.').count()).toBe(1);
    expect(await state('settings')).not.toMatchObject({ stored: { klantwaarde: { settings: { extraDrivers: expect.anything() } } } });
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('80');
    await page.keyboard.press('Enter');
    await expect.poll(() => state('settings')).toMatchObject({ stored: { klantwaarde: { settings: { extraDrivers: [{ column: 'Retouren', costPerUnit: 80, label: 'Retouren' }] } } } });
    expect(await page.getByText('Toegestaan is 0 of meer', { exact: false }).count()).toBe(0);
    // A second row added and removed with the keyboard; the focus goes back to the add button.
    await page.getByRole('button', { name: 'Kostendrijver toevoegen' }).focus();
    await page.keyboard.press('Enter');
    // The new row's input takes the focus once React has committed it (the store of row 1 on blur may render first).
    await expect.poll(focused).toBe('Kolom, Kostendrijver 2');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('Kostendrijver 2 verwijderen');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('group', { name: 'Kostendrijver 2' }).count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string | null } | null } }).document.activeElement?.textContent)).toBe('Kostendrijver toevoegen');

    // A discount tier: a discount of 150 % is refused next to the field, 3 % is stored.
    await page.getByRole('button', { name: 'Trede toevoegen' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(focused).toBe('Omzet vanaf, Trede 1');
    await page.keyboard.type('25.000');
    await page.keyboard.press('Tab');
    await page.keyboard.type('150');
    await page.keyboard.press('Enter');
    expect(await page.getByText('Korting: Toegestaan is 0 % tot 100 %.').count()).toBe(1);
    const discount = page.getByRole('textbox', { name: 'Korting, Trede 1' });
    expect(await discount.getAttribute('aria-invalid')).toBe('true');
    await discount.fill('3 %');
    await discount.press('Enter');
    await expect.poll(() => state('settings')).toMatchObject({ stored: { klantwaarde: { settings: { discountTiers: [{ revenueFrom: 25000, discount: 0.03 }] } } } });
    expect(await page.evaluate(() => (globalThis as unknown as Page).document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // The two lists and the fields around them, as a reviewer looks at them.
    const scrolled = await page.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY);
    const top = scrolled + (await page.getByLabel('Drempel voor reparatie').boundingBox())!.y - 60;
    const bottom = await page.getByRole('button', { name: 'Kostendrijver toevoegen' }).boundingBox();
    await page.screenshot({ path: 'dist/taskpane-settings-lists.png', fullPage: true, clip: { x: 0, y: top, width: 320, height: scrolled + bottom!.y + bottom!.height + 12 - top } });

    // Analysed again: by hand, the demo's 48 clients have 66 returns (column Retouren), so € 80 each costs € 5 280.
    const header = klanten.cells[2]!;
    const returns = klanten.cells.slice(3).filter((row) => row[0] !== 'Totaal').reduce((sum, row) => sum + Number(row[header.indexOf('Retouren')] || 0), 0);
    expect(returns).toBe(66);
    // The user goes back to the client sheet (painting activated the analysis sheet) and analyses again.
    await page.evaluate(() => (globalThis as unknown as { Excel: { run(f: (ctx: ExcelContext) => Promise<void>): Promise<void> } }).Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Klanten').getRange('A1').select();
      await ctx.sync();
    }));
    await analyse();
    expect(await netProfit()).toBe(before - 5280);
    const cells = JSON.stringify(await state('cells', 'Klantanalyse'));
    expect(cells).toContain('Kortingsstaffel');
    expect(cells).toContain('Retouren');

    // "Standaardwaarden" asks first, naming what goes (the lists too); cancel keeps all; after erasing, undo.
    const stored = (await state('settings')) as { stored: { klantwaarde: { settings: unknown } } };
    const kept = stored.stored.klantwaarde.settings;
    await page.getByRole('button', { name: 'Standaardwaarden' }).click();
    const ask = page.locator('.kw-reset-confirm');
    expect(await ask.textContent()).toContain('Dit wist voor iedereen die deze werkmap opent');
    expect(await ask.locator('li').allTextContents()).toEqual(expect.arrayContaining(['Kortingsstaffel: 1 regel(s)', 'Extra kostendrijvers: 1 regel(s)']));
    await ask.getByRole('button', { name: 'Annuleren' }).click();
    expect(await page.locator('.kw-reset-confirm').count()).toBe(0);
    expect(await state('settings')).toMatchObject({ stored: { klantwaarde: { settings: kept } } });
    await page.getByRole('button', { name: 'Standaardwaarden' }).click();
    await page.getByRole('button', { name: 'Ja, wissen' }).click();
    await expect.poll(() => state('settings')).toMatchObject({ stored: { klantwaarde: { settings: {} } } });
    expect(((await state('settings')) as typeof stored).stored.klantwaarde.settings).toEqual({});
    expect(await page.locator('.kw-reset-done').textContent()).toContain('Alle instellingen staan weer op hun standaardwaarde.');
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(() => state('settings')).toMatchObject({ stored: { klantwaarde: { settings: kept } } });
    expect(await page.locator('.kw-reset-done').count()).toBe(0);
    expect(await page.getByRole('group', { name: 'Kostendrijver 1' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('leaves the visits column out when "— niet gebruikt —" is chosen: its visit cost goes, and it stays out', async () => {
    const sheets = await demoSheets();
    const klanten = sheets.find((s) => s.name === 'Klanten')!;
    const settings = JSON.parse(readFileSync('examples/instellingen.json', 'utf8')) as { costPerVisit: number };
    const { page, errors, state } = await open({ sheets, displayLanguage: 'nl-NL', settings: { klantwaarde: { settings } } });
    await expect.poll(() => page.textContent('.kw-where')).toContain('Blad Klanten');
    const netProfit = async (): Promise<number> => {
      const text = (await page.locator('.kw-tile', { hasText: 'Nettowinst' }).locator('dd').textContent()) ?? '';
      return (text.includes('-') || text.includes('−') ? -1 : 1) * Number(text.replace(/\D/g, ''));
    };
    const analyse = async (): Promise<void> => {
      await page.evaluate(() => (globalThis as unknown as { Excel: { run(f: (ctx: ExcelContext) => Promise<void>): Promise<void> } }).Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Klanten').getRange('A1').select();
        await ctx.sync();
      }));
      await page.getByRole('button', { name: 'Analyseer klanten' }).click();
      await expect.poll(() => page.textContent('.kw-success'), { timeout: 20_000 }).toContain('Klantanalyse');
    };
    await analyse();
    const before = await netProfit();

    await page.getByRole('button', { name: /^Kolommen/ }).click();
    const visits = page.getByRole('combobox', { name: /^Bezoeken/ });
    const chosen = () => visits.evaluate((el) => (el as unknown as Select).selectedOptions[0]?.textContent);
    expect(await chosen()).toBe(`${String.fromCharCode(65 + klanten.cells[2]!.indexOf('Bezoeken'))} · Bezoeken`);
    await visits.selectOption({ label: '— niet gebruikt —' });
    await expect.poll(() => state('settings')).toMatchObject({ stored: { klantwaarde: { mapping: { visits: null } } } });
    // Detection does not pick the column again: the dropdown keeps saying not used.
    expect(await chosen()).toBe('— niet gebruikt —');
    await analyse();
    // By hand: the demo's visits (column Bezoeken, the totals row left out) at € 400 each no longer cost anything.
    const column = klanten.cells[2]!.indexOf('Bezoeken');
    const count = klanten.cells.slice(3).filter((row) => row[0] !== 'Totaal').reduce((sum, row) => sum + Number(row[column] || 0), 0);
    expect(count).toBeGreaterThan(0);
    expect(await netProfit()).toBe(before + count * settings.costPerVisit);
    expect(await chosen()).toBe('— niet gebruikt —');

    // "Automatisch herkennen" gives the field back to detection.
    await visits.selectOption({ label: 'Automatisch herkennen' });
    await expect.poll(() => chosen()).toBe(`${String.fromCharCode(65 + column)} · Bezoeken`);
    expect(((await state('settings')) as { stored: { klantwaarde: { mapping: Record<string, unknown> } } }).stored.klantwaarde.mapping).not.toHaveProperty('visits');
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
    expect(await page.locator('.kw-notes').textContent()).toContain('No hourly cost set: net profit excludes labour.');
    expect(await state('sheetNames')).toHaveLength(2);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('makes the client list from a time-entry and an invoice sheet, analyses it, and merges a near match when asked', async () => {
    // A studio's settings as stored in its workbook, so the analysis of the built list is the one the firm sees.
    const settings = { hourlyCost: 52, targetHourlyReturn: 85, costPerInvoice: 7.5, periodEnd: '2025-06-30' };
    const { page, errors, state } = await open({ sheets: [{ name: 'Uren', cells: UREN }, { name: 'Facturen', cells: FACTUREN }], displayLanguage: 'nl-NL', settings: { klantwaarde: { settings } } });
    await expect.poll(() => page.textContent('.kw-where')).toContain('Blad Uren');

    // Keyboard: the tab list is one tab stop; the right arrow selects Klantenlijst maken.
    let focused = '';
    for (let i = 0; i < 10 && focused !== 'Analyseren'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (globalThis as unknown as Page).document.activeElement?.textContent ?? '');
    }
    expect(focused).toBe('Analyseren');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Klantenlijst maken' }).getAttribute('aria-selected')).toBe('true');

    // The sheets, what each is, its rows and its columns.
    const uren = page.getByRole('checkbox', { name: 'Blad Uren gebruiken' });
    await expect.poll(() => uren.isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Blad Facturen gebruiken' }).isChecked()).toBe(true);
    const kinds = page.getByRole('combobox', { name: 'Soort' });
    expect(await kinds.count()).toBe(2);
    const chosen = (locator: ReturnType<typeof page.locator>) => locator.evaluate((el) => (el as unknown as Select).selectedOptions[0]?.textContent);
    expect(await chosen(kinds.nth(0))).toBe('urenregistratie');
    expect(await chosen(kinds.nth(1))).toBe('facturen');
    expect(await page.locator('.kw-source-rows').allTextContents()).toEqual(['5 rijen', '5 rijen']);
    const card = (sheet: string) => page.locator('.kw-source', { has: page.getByRole('checkbox', { name: `Blad ${sheet} gebruiken` }) });
    const facturen = card('Facturen');
    await facturen.getByRole('button', { name: /^Kolommen/ }).click();
    expect(await chosen(facturen.getByRole('combobox', { name: 'Bedrag excl. btw', exact: true }))).toBe('E · Bedrag excl. btw');
    expect(await chosen(facturen.getByRole('combobox', { name: 'Betaaldatum', exact: true }))).toBe('G · Betaald op');
    expect(await chosen(facturen.getByRole('combobox', { name: 'Kostprijs', exact: true }))).toBe('— niet gebruikt —');
    await facturen.getByRole('button', { name: /^Kolommen/ }).click();

    // Make the list: written, analysed, the period said once it is known.
    await page.getByRole('button', { name: 'Klantenlijst maken' }).click();
    await expect.poll(() => page.getByText('Analyse geschreven in blad Klantanalyse.').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.textContent('.kw-list-result .kw-success')).toBe('Klantenlijst met 4 klanten geschreven in blad Klantenlijst; de herkomst staat in blad Bronnen.');
    expect(await state('cells', 'Klantenlijst')).toEqual(LIST_APART);
    expect(await state('sheetNames')).toEqual(['Uren', 'Facturen', 'Bronnen', 'Klantenlijst', 'Klantanalyse']);
    expect(await state('writes', 'Uren')).toBe(0);
    expect(await state('writes', 'Facturen')).toBe(0);
    expect(await page.textContent('.kw-list-periodis')).toBe('Periode: 1 jul 2024 – 30 jun 2025 (vorige periode: 1 jul 2023 – 30 jun 2024)');
    expect(await page.locator('.kw-tile dd').first().textContent()).toBe('4');
    expect(await page.locator('.kw-pyramid polygon').count()).toBe(4);
    await page.screenshot({ path: 'dist/taskpane-list-320.png', fullPage: true });
    expect(await page.evaluate(() => (globalThis as unknown as Page).document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    // The near match: confirmed as one client, the list made again replaces only our sheets, and is analysed again.
    const pair = page.getByRole('group', { name: 'Bakkerij Jansen en Bakkerij Janssen' });
    await pair.getByRole('button', { name: 'Zelfde klant' }).click();
    expect(await pair.getByRole('button', { name: 'Zelfde klant' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Klantenlijst opnieuw maken' }).click();
    await expect.poll(() => state('cells', 'Klantenlijst'), { timeout: 20_000 }).toEqual(LIST_SAME);
    await expect.poll(() => page.locator('.kw-tile dd').first().textContent(), { timeout: 20_000 }).toBe('3');
    expect(await state('sheetNames')).toEqual(['Uren', 'Facturen', 'Bronnen', 'Klantenlijst', 'Klantanalyse']);

    // "— niet gebruikt —" really leaves a column out: without Billable no hours are unbilled, and the column goes.
    const urenCard = card('Uren');
    await urenCard.getByRole('button', { name: /^Kolommen/ }).click();
    await urenCard.getByRole('combobox', { name: 'Declarabel', exact: true }).selectOption({ label: '— niet gebruikt —' });
    await page.getByRole('button', { name: 'Klantenlijst opnieuw maken' }).click();
    await expect.poll(() => state('cells', 'Klantenlijst'), { timeout: 20_000 }).toEqual(LIST_SAME.map((row) => row.filter((_, c) => c !== 3)));

    await page.setViewportSize({ width: 800, height: 900 });
    await page.screenshot({ path: 'dist/taskpane-list-800.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('asks for the date order when the dates do not decide it, and builds once it is chosen', async () => {
    const cells = [['Client', 'Project', 'Start Date', 'Duration'], ['Hotel Aan Zee', 'Print', '03/04/2025', 2], ['Garage De Wit', 'Logo', '05/06/2025', 1.5]];
    const { page, errors, state } = await open({ sheets: [{ name: 'Time', cells }], displayLanguage: 'en-GB' });
    await page.getByRole('tab', { name: 'Make client list' }).click();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Use sheet Time' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Make client list' }).click();
    await expect.poll(() => page.getByText('No client list was written.').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.textContent('.kw-dateorder')).toContain('Choose day-month or month-day');
    expect(await state('sheetNames')).toEqual(['Time']);
    // Choosing re-runs at once; the question goes once the order is known.
    await page.getByRole('radio', { name: '03/04/2025 (day-month)' }).click();
    await expect.poll(() => page.getByText('Analysis written to sheet Client analysis.').count(), { timeout: 20_000 }).toBe(1);
    // By hand: no invoices, so no revenue; Hotel 2 h, Garage 1,5 h; 5 June 2025 is the latest day, so July to June.
    expect(await state('cells', 'Client list')).toEqual([['Client', 'Revenue', 'Hours'], ['Garage De Wit', 0, 1.5], ['Hotel Aan Zee', 0, 2]]);
    expect(await page.textContent('.kw-list-periodis')).toContain('Period: 1 Jul 2024 – 30 Jun 2025');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('speaks German in Kundenliste erstellen and fits 320 px with a mapping open', async () => {
    const { page, errors } = await open({ sheets: [{ name: 'Zeiterfassung mit einem langen Blattnamen', cells: UREN }, { name: 'Rechnungen', cells: FACTUREN }], displayLanguage: 'de-DE' });
    await page.getByRole('tab', { name: 'Kundenliste erstellen' }).click();
    const sheet = page.getByRole('checkbox', { name: 'Blatt Zeiterfassung mit einem langen Blattnamen verwenden' });
    await expect.poll(() => sheet.isChecked()).toBe(true);
    const card = page.locator('.kw-source', { has: sheet });
    expect(await card.getByRole('combobox', { name: 'Art' }).evaluate((el) => (el as unknown as Select).selectedOptions[0]?.textContent)).toBe('Zeiteinträge');
    await card.getByRole('button', { name: /^Spalten/ }).click();
    expect(await card.getByRole('combobox', { name: 'Abrechenbar', exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: 'Kundenliste erstellen' }).click();
    await expect.poll(() => page.getByText('Analyse in Blatt Kundenanalyse geschrieben.').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.textContent('.kw-list-periodis')).toContain('Zeitraum: 1. Juli 2024 – 30. Juni 2025');
    expect(await page.evaluate(() => (globalThis as unknown as Page).document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.screenshot({ path: 'dist/taskpane-list-de.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
