/**
 * *Gesprek voorbereiden* in the built taskpane (Chromium over the fake workbook): after the analysis, the button
 * beside a piece of advice and the one under a client chosen from the list paint the core's conversation page into a
 * sheet of its own — its cells those of the page model, internal or for the client — in nl, en and de; and the
 * pane shows the profile of the best clients (§7).
 *
 * Skipped, saying why, only when /usr/bin/chromium is absent.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso, type Language } from '../../src/core/index.js';
import { conversationFor, runAnalysis } from '../../taskpane/analysis.js';
import { CHROMIUM, hasChromium } from '../support/chromium.js';
import { demoSheets, startPane, type PaneHarness } from './pane-page.js';

if (!hasChromium) console.warn(`test/taskpane: ${CHROMIUM} is absent, so the browser test is skipped (apt-get install -y chromium).`);

const demoSettings = JSON.parse(readFileSync('examples/instellingen.json', 'utf8')) as Record<string, unknown>;
const WORDS: Record<Language, { analyse: string; prepare: string; version: string; forClient: RegExp; display: string; forbidden: RegExp }> = {
  nl: { analyse: 'Analyseer klanten', prepare: 'Gesprek voorbereiden', version: 'Versie', forClient: /Voor de klant/, display: 'nl-NL', forbidden: /advies|laten gaan|C-klant|klasse|piramide/i },
  en: { analyse: 'Analyse clients', prepare: 'Prepare the conversation', version: 'Version', forClient: /For the client/, display: 'en-GB', forbidden: /advice|let go|C client|class|pyramid/i },
  de: { analyse: 'Kunden analysieren', prepare: 'Gespräch vorbereiten', version: 'Fassung', forClient: /Für den Kunden/, display: 'de-DE', forbidden: /Empfehlung|trennen|C-Kunde|Klasse|Pyramide/i },
};

describe.skipIf(!hasChromium)('Gesprek voorbereiden in the taskpane', () => {
  let pane: PaneHarness;
  beforeAll(async () => {
    pane = await startPane();
  }, 60_000);
  afterAll(async () => {
    await pane?.close();
  });

  for (const language of ['nl', 'en', 'de'] as const) {
    it(`paints the page of an advised client, internal, and of a chosen client for the client (${language})`, async () => {
      const w = WORDS[language];
      const sheets = await demoSheets();
      const { page, errors, state } = await pane.open({ sheets, displayLanguage: w.display, settings: { klantwaarde: { settings: demoSettings } } }, 360);
      await page.getByRole('button', { name: w.analyse }).click();
      const advice = page.locator('.kw-advice li').first();
      await expect.poll(() => advice.count()).toBe(1);
      const client = (await advice.locator('strong').textContent())!;
      await advice.getByRole('button').click();
      await expect.poll(() => page.locator('.kw-talk [role=status]').textContent()).toContain(client);

      // The sheet holds the page model the pane's own code makes for that client (same analysis, same day).
      const outcome = runAnalysis({ cells: sheets[0]!.cells as never, where: { sheet: sheets[0]!.name, address: '', kind: 'usedRange', firstRow: 1, firstColumn: 0 } as never, notation: undefined },
        { settings: demoSettings as never, mapping: {}, issues: [] }, language);
      if (!outcome.ok) throw new Error('demo not analysed');
      // The profile of the best clients (§7) beside the summary, the sentence the sheet and --json carry.
      expect(await page.locator('.kw-profile').textContent()).toBe(outcome.analysis.columnar.summary.profile!.sentence[language]);
      const index = outcome.analysis.columnar.columns.client.indexOf(client);
      const expected = conversationFor(outcome.analysis, index, 'internal', language, todayIso());
      const names = (await state('sheetNames')) as string[];
      expect(names).toContain(expected.name);
      const cells = (await state('cells', expected.name)) as unknown[][];
      expect(cells[0]![0]).toBe(expected.cells[0]![0]);
      const numbers = (rows: readonly (readonly unknown[])[]) => rows.flatMap((row) => row.slice(0, 4).filter((c) => typeof c === 'number'));
      expect(numbers(cells)).toEqual(numbers(expected.cells));

      // Another client, for the client: none of the internal words on its page.
      const other = outcome.analysis.columnar.columns.client.findIndex((n) => n !== client);
      await page.getByLabel(w.version, { exact: true }).selectOption({ label: (await page.getByRole('option', { name: w.forClient }).textContent())! });
      await page.locator('#kw-talk-client').selectOption(String(other));
      await page.locator('.kw-talk-prepare').click();
      const otherName = outcome.analysis.columnar.columns.client[other]!;
      await expect.poll(() => page.locator('.kw-talk [role=status]').textContent()).toContain(otherName);
      const forClient = conversationFor(outcome.analysis, other, 'client', language, todayIso());
      const written = ((await state('cells', forClient.name)) as unknown[][]).flat().filter((c) => typeof c === 'string').join(' | ');
      expect(written.length).toBeGreaterThan(100);
      expect(written).not.toMatch(w.forbidden);
      expect(errors).toEqual([]);
    }, 60_000);
  }

  it('keeps the chosen client across a new analysis of other rows, and goes back to the first advised one when it is gone', async () => {
    const sheets = await demoSheets();
    const { page, errors } = await pane.open({ sheets, displayLanguage: 'nl-NL', settings: { klantwaarde: { settings: demoSettings } } }, 360);
    await page.getByRole('button', { name: 'Analyseer klanten' }).click();
    const select = page.locator('#kw-talk-client');
    await expect.poll(() => select.count()).toBe(1);
    const selected = () => select.evaluate((el) => { const s = el as unknown as { selectedIndex: number; options: { text: string }[] }; return s.selectedIndex < 0 ? null : s.options[s.selectedIndex]!.text; });
    const options = await select.locator('option').allTextContents();
    const chosen = options.at(-1)!;
    await select.selectOption({ label: chosen });
    expect(await selected()).toBe(chosen);
    // The list loses its first five clients: the chosen one is still there, at another place.
    const cells = sheets[0]!.cells;
    const header = cells.findIndex((row) => row.includes('Klant'));
    const replace = (rows: unknown[][]) => page.evaluate(([name, next]) => {
      type Workbook = { sheets: { name: string }[]; active: string; selection: { sheet: string; box: unknown } };
      const { workbook } = (globalThis as unknown as { __KLANTWAARDE_FAKE_STATE__: { workbook: Workbook } }).__KLANTWAARDE_FAKE_STATE__;
      const at = workbook.sheets.findIndex((s) => s.name === name);
      const Sheet = (workbook.sheets[at]!.constructor as unknown as { from(n: string, c: unknown[][]): { name: string } });
      workbook.sheets[at] = Sheet.from(name as string, next as unknown[][]);
      // The user goes back to the list (the analysis left its own sheet active).
      workbook.active = name as string;
      workbook.selection = { sheet: name as string, box: { top: 0, left: 0, rows: 1, columns: 1 } };
    }, [sheets[0]!.name, rows] as const);
    await replace([...cells.slice(0, header + 1), ...cells.slice(header + 6)]);
    await page.getByRole('button', { name: 'Opnieuw lezen' }).click();
    await page.getByRole('button', { name: 'Analyseer klanten' }).click();
    await expect.poll(() => select.locator('option').count()).toBe(options.length - 5);
    expect(await selected()).toBe(chosen);
    // Without that client: the first advised one again, a client of the list.
    await replace(cells.filter((row) => !row.includes(chosen)));
    await page.getByRole('button', { name: 'Opnieuw lezen' }).click();
    await page.getByRole('button', { name: 'Analyseer klanten' }).click();
    await expect.poll(() => select.locator('option').count()).toBe(options.length - 1);
    const now = await selected();
    expect(now).not.toBeNull();
    expect(now).not.toBe(chosen);
    expect(await page.locator('.kw-advice li strong').first().textContent()).toBe(now);
    expect(errors).toEqual([]);
  }, 60_000);
});
