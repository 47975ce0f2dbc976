/**
 * The built taskpane in Chromium over the fake workbook (pane-page.ts), for what the pane says beside the
 * analysis: the interest rate's default for the country and period end chosen, the country a German pane
 * assumes, "saved" after a change, the custom functions in its help (from the registry), an empty sheet, long
 * problem texts at 320 px, the hourly return's cents and the pyramid told in words — in nl, en and de. Saves
 * dist/taskpane-help.png (the functions in the help).
 *
 * Skipped, saying why, only when /usr/bin/chromium is absent.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney, REPORT_LABELS, type Language } from '../../src/core/index.js';
import { FUNCTIONS } from '../../src/functions/index.js';
import { runAnalysis } from '../../taskpane/analysis.js';
import { CHROMIUM, hasChromium } from '../support/chromium.js';
import type { FakeOfficeSetup } from '../support/excel-fake-office.js';
import { demoSheets, scrollWidth, startPane, type PaneHarness } from './pane-page.js';

if (!hasChromium) console.warn(`test/taskpane: ${CHROMIUM} is absent, so the browser test is skipped (apt-get install -y chromium).`);

type Described = { ariaDescribedByElements?: { textContent: string }[] };
const DISPLAY: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE' };
const demoSettings = JSON.parse(readFileSync('examples/instellingen.json', 'utf8')) as Record<string, unknown>;

describe.skipIf(!hasChromium)('the pane\'s hints and help in Chromium', () => {
  let pane: PaneHarness;

  beforeAll(async () => {
    pane = await startPane();
  }, 60_000);

  afterAll(async () => {
    await pane?.close();
  });

  /** The text a field's description says (help, default, where the default comes from). */
  const hintOf = (page: Awaited<ReturnType<PaneHarness['open']>>['page'], label: string) =>
    page.getByLabel(label, { exact: true }).first().evaluate((el) => (el as unknown as Described).ariaDescribedByElements?.map((d) => d.textContent).join(' ') ?? '');

  it('names the half-years of the period end chosen, the country chosen, and those assumed past the table (nl)', async () => {
    const sheets = await demoSheets();
    const { page, errors, state } = await pane.open({ sheets, displayLanguage: 'nl-NL', settings: { klantwaarde: { settings: { periodEnd: '2026-06-30' } } } });
    await expect.poll(() => page.textContent('.kw-where')).toContain('Blad Klanten');
    await page.getByRole('button', { name: /^Instellingen/ }).click();
    // 2025-07-01 … 2026-06-30: two half-years at 10,15 %, none assumed.
    const interest = 'Rente bij laat betalen';
    expect(await hintOf(page, interest)).toContain('standaard 10,15 % · wettelijke handelsrente NL, gemiddelde 2025H2, 2026H1; art. 6:119a BW');
    expect(await hintOf(page, interest)).not.toContain('2026H2');
    expect(await hintOf(page, interest)).not.toContain('aangenomen');

    // Germany chosen: the German rate (Basiszinssatz 1,27 % + 9 points) over the same half-years; saved is said.
    await page.getByLabel('Land (wettelijke rente)', { exact: true }).selectOption({ label: 'Duitsland' });
    await expect.poll(() => hintOf(page, interest)).toContain('standaard 10,27 % · wettelijke handelsrente DE, gemiddelde 2025H2, 2026H1; § 288 Abs. 2 BGB');
    await expect.poll(() => state('settings')).toMatchObject({ stored: { klantwaarde: { settings: { country: 'DE', periodEnd: '2026-06-30' } } } });
    await expect.poll(() => page.locator('.kw-settings [role=status].kw-saved').textContent()).toBe('Opgeslagen in de werkmap');

    // A period ending 2026-12-31 runs past the table's last half-year (2026H1): the hint says 2026H2 is assumed.
    const end = page.getByLabel('Einde periode', { exact: true });
    await end.fill('2026-12-31');
    await end.press('Enter');
    await expect.poll(() => hintOf(page, interest)).toMatch(/gemiddelde 2026H1, 2026H2; § 288 Abs\. 2 BGB[^;]*; 2026H2 nog niet bekend: gelijk aan de laatst bekende rente aangenomen$/);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('assumes Germany in a German pane, says so, and analyses with the German rate (de)', async () => {
    const sheets = await demoSheets();
    const { page, errors, state } = await pane.open({ sheets, displayLanguage: 'de-DE', settings: { klantwaarde: { settings: { periodEnd: '2026-06-30' } } } });
    await expect.poll(() => page.textContent('.kw-where')).toContain('Blatt Klanten');
    await page.getByRole('button', { name: /^Einstellungen/ }).click();
    const country = page.getByLabel('Land (gesetzlicher Zins)', { exact: true });
    expect(await country.evaluate((el) => (el as unknown as { selectedOptions: { textContent: string }[] }).selectedOptions[0]?.textContent)).toBe('Standard Deutschland');
    expect(await hintOf(page, 'Land (gesetzlicher Zins)')).toContain('folgt der Sprache: Deutsch → Deutschland, sonst Niederlande');
    expect(await hintOf(page, 'Zinssatz bei Zahlungsverzug')).toContain('Standard 10,27 % · gesetzlicher Verzugszins DE, Durchschnitt 2025H2, 2026H1');
    // Nothing stored: a colleague's choice in the workbook would still win.
    expect(await state('settings')).toMatchObject({ stored: { klantwaarde: { settings: { periodEnd: '2026-06-30' } } } });
    expect(JSON.stringify(await state('settings'))).not.toContain('country');

    await page.getByRole('button', { name: 'Kunden analysieren' }).click();
    await expect.poll(() => page.textContent('.kw-success'), { timeout: 20_000 }).toContain('Kundenanalyse');
    const cells = (await state('cells', 'Kundenanalyse')) as unknown[][];
    expect(cells.flat().some((cell) => typeof cell === 'string' && cell.includes('gesetzlicher Verzugszins DE'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('keeps the Netherlands for an English pane and says where the default comes from (en)', async () => {
    const { page, errors } = await pane.open({ sheets: await demoSheets(), displayLanguage: 'en-GB', settings: { klantwaarde: { settings: { periodEnd: '2026-06-30' } } } });
    await expect.poll(() => page.textContent('.kw-where')).toContain('Sheet Klanten');
    await page.getByRole('button', { name: /^Settings/ }).click();
    expect(await hintOf(page, 'Country (statutory rate)')).toContain('follows the language: German → Germany, else the Netherlands');
    expect(await hintOf(page, 'Late-payment interest rate')).toMatch(/default 10\.15\s?% · statutory commercial rate NL, average of 2025H2, 2026H1; art\. 6:119a BW/);
    const cost = page.getByLabel('Hourly cost', { exact: false }).first();
    await cost.fill('60');
    await cost.press('Enter');
    await expect.poll(() => page.locator('.kw-settings [role=status].kw-saved').textContent()).toBe('Saved in the workbook');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  for (const language of ['nl', 'en', 'de'] as const) {
    it(`lists every custom function of the registry in the help, by its Excel name (${language})`, async () => {
      const { page, errors } = await pane.open({ sheets: await demoSheets(), displayLanguage: DISPLAY[language] });
      const heading = { nl: 'Functies in cellen', en: 'Functions in cells', de: 'Funktionen in Zellen' }[language];
      await page.getByRole('button', { name: heading }).click();
      const signatures = await page.locator('.kw-function dt').allTextContents();
      expect(signatures).toHaveLength(FUNCTIONS.length);
      const expected = {
        nl: ['KLANT.UURRENDEMENT(omzet; uren; [kosten])', '=KLANT.UURRENDEMENT(1000; 8; 200)', '=KLANT.'],
        en: ['CLIENT.HOURLYRETURN(revenue, hours, [costs])', '=CLIENT.HOURLYRETURN(1000, 8, 200)', '=CLIENT.'],
        de: ['KUNDE.STUNDENERTRAG(umsatz; stunden; [kosten])', '=KUNDE.STUNDENERTRAG(1000; 8; 200)', '=KUNDE.'],
      }[language];
      expect(signatures[0]).toBe(expected[0]);
      const intro = (await page.locator('.kw-functions > p').textContent()) ?? '';
      expect(intro).toContain(expected[1]);
      expect(intro).toContain(expected[2]);
      // Every function by its name in this language, with its description.
      for (const def of FUNCTIONS) expect(signatures.some((s) => s.startsWith(`${{ nl: 'KLANT', en: 'CLIENT', de: 'KUNDE' }[language]}.${def.names[language]}(`))).toBe(true);
      expect(await page.locator('.kw-function dd').first().textContent()).toBe(FUNCTIONS[0]!.descriptions[language]);
      // No help text that points to help that is not there.
      const body = (await page.locator('body').textContent()) ?? '';
      expect(body).not.toMatch(/zie de hulp|instellingenbestand|see the help|settings file|siehe (die )?Hilfe|Einstellungsdatei/i);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
      // docs/taskpane-help.png is a reviewed copy of the Dutch one.
      if (language === 'nl') await page.screenshot({ path: 'dist/taskpane-help.png', fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);
  }

  for (const language of ['nl', 'en', 'de'] as const) {
    it(`says an empty sheet is empty, without a mapping of no columns (${language})`, async () => {
      const { page, errors } = await pane.open({ sheets: [{ name: 'Blad1', cells: [] }], displayLanguage: DISPLAY[language] });
      const said = { nl: 'Dit blad is leeg.', en: 'This sheet is empty.', de: 'Dieses Blatt ist leer.' }[language];
      await expect.poll(() => page.locator('.kw-empty').textContent()).toContain(said);
      expect(await page.locator('select').count()).toBe(0);
      const mapping = { nl: /^Kolommen/, en: /^Columns/, de: /^Spalten/ }[language];
      expect(await page.getByRole('button', { name: mapping }).count()).toBe(0);
      const analyse = { nl: 'Analyseer klanten', en: 'Analyse clients', de: 'Kunden analysieren' }[language];
      expect(await page.getByRole('button', { name: analyse }).isDisabled()).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);
  }

  for (const language of ['nl', 'en', 'de'] as const) {
    it(`fits 320 px with a long table-level problem, shows the hourly return's cents and tells the pyramid in words (${language})`, async () => {
      const sheets = await demoSheets();
      // A cost driver on a column the table does not have: a problem of the whole table, with a long name in it.
      const column = 'Retourzendingen_per_klant_volgens_het_magazijnbeheersysteem_2025';
      const settings = { ...demoSettings, extraDrivers: [{ column, costPerUnit: 10 }] };
      const setup: FakeOfficeSetup = { sheets, displayLanguage: DISPLAY[language], settings: { klantwaarde: { settings } } };
      const { page, errors } = await pane.open(setup);
      await page.locator('.kw-where').waitFor();
      const analyse = { nl: 'Analyseer klanten', en: 'Analyse clients', de: 'Kunden analysieren' }[language];
      await page.getByRole('button', { name: analyse }).click();
      await expect.poll(() => page.textContent('.kw-success'), { timeout: 20_000 }).toContain(REPORT_LABELS[language].sheetName);
      const card = page.locator('div.kw-problem', { hasText: column });
      await expect.poll(() => card.count()).toBe(1);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
      const box = await card.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(320);

      // The hourly return as the core computes it for the same workbook, with cents (€ 75,49, not € 75).
      const klanten = sheets.find((s) => s.name === 'Klanten')!;
      const outcome = runAnalysis({ cells: klanten.cells as never, where: { sheet: 'Klanten', address: 'A1', kind: 'usedRange', firstRow: 0, firstColumn: 0 }, notation: undefined },
        { settings: settings as never, mapping: {}, issues: [] }, language);
      if (!outcome.ok) throw new Error('the demo analyses');
      const hourly = outcome.analysis.result.totals.hourlyReturn!;
      const tile = { nl: 'Uurrendement', en: 'Hourly return', de: 'Stundenertrag' }[language];
      const shown = await page.locator('.kw-tile', { hasText: tile }).locator('dd').textContent();
      expect(shown).toBe(formatMoney(hourly, language));
      expect(shown).toMatch(/\d[.,]\d\d(\s€)?$/);

      // The pyramid: each band's profitability in its text equivalent, and the legend read out, not hidden.
      const words = { nl: /winstgevend|dunne marge|verlieslatend/, en: /profitable|thin margin|loss-making/, de: /profitabel|dünne Marge|verlustbringend/ }[language];
      const desc = (await page.locator('.kw-pyramid desc').textContent()) ?? '';
      expect(desc.split('; ').filter((band) => words.test(band)).length).toBe(await page.locator('.kw-pyramid polygon').count());
      const legend = page.locator('.kw-legend');
      expect(await legend.getAttribute('aria-hidden')).toBeNull();
      expect(await page.getByRole('list', { name: { nl: 'Kleur van een laag', en: 'Colour of a band', de: 'Farbe einer Stufe' }[language] }).count()).toBe(1);
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);
  }
});
