/**
 * The sidebar's table as the server hands it over (src/hosts/sheets/handlers.ts `sidebarReadTable`): a date
 * cell is the date its spreadsheet shows, in any time zone. getValues gives it as midnight in the spreadsheet's
 * zone (the fake's `zoneDate`), which east of UTC is the previous day in UTC. And the toast after the menu's
 * analysis (messages.ts), which says where on the sheet the problems are.
 */
import { describe, expect, it } from 'vitest';
import { REPORT_LABELS, type Language } from '../../../src/core/index.js';
import { SHEETS_MESSAGES } from '../../../src/hosts/sheets/messages.js';
import { STATE_KEY } from '../../../src/hosts/sheets/settings.js';
import { zoneDate } from '../../support/sheets-fake.js';
import { demoState, demoValues, loadWithFake } from './demo.js';

describe('sidebarReadTable', () => {
  for (const timeZone of ['Pacific/Kiritimati', 'Europe/Amsterdam', 'America/Los_Angeles']) {
    it(`gives a date cell as the date shown in ${timeZone}`, () => {
      const values = [
        ['Klant', 'Omzet', 'Klant sinds', 'Laatste bezoek'],
        ['Bakkerij Jansen', 1200, zoneDate(timeZone, 2025, 3, 4), zoneDate(timeZone, 2025, 12, 31, 23, 30)],
        ['Hotel Aan Zee', 800, zoneDate(timeZone, 2026, 6, 30), ''],
      ];
      const loaded = loadWithFake({ sheets: [{ name: 'Klanten', values }], timeZone });
      const table = loaded.run('sidebarReadTable') as { cells: unknown[][] };
      expect(table.cells).toEqual([
        ['Klant', 'Omzet', 'Klant sinds', 'Laatste bezoek'],
        ['Bakkerij Jansen', 1200, '2025-03-04', '2025-12-31 23:30:00'],
        ['Hotel Aan Zee', 800, '2026-06-30', ''],
      ]);
    });
  }
});

describe('the toast after the menu analysis', () => {
  const LOCALES = { nl: 'nl_NL', en: 'en_GB', de: 'de_DE' } as const;
  for (const [language, locale] of Object.entries(LOCALES) as [Language, string][]) {
    it(`says where the problems are, in the words of the sheet (${language})`, () => {
      const values = demoValues(30, false);
      values[5]![4] = 'veel'; // an unreadable number of hours: one row with a problem
      const loaded = loadWithFake({ sheets: [{ name: 'Klanten', values }], locale, properties: { [STATE_KEY]: demoState } });
      loaded.run('klantwaardeAnalyse');
      const message = loaded.spreadsheet.toasts[0]!.message;
      const labels = REPORT_LABELS[language];
      expect(message).toContain(SHEETS_MESSAGES[language].doneProblems.replace('{count}', '1'));
      expect(message).toContain(labels.problems);
      expect(message.toLowerCase()).toContain(labels.summary.toLowerCase());
      // Where the toast says: the block Problems follows the summary, before the pyramid and the client table.
      const painted = loaded.spreadsheet.sheets.find((s) => s.name !== 'Klanten')!;
      const rowOf = (text: string): number => painted.values.findIndex((row) => row[0] === text);
      expect(rowOf(labels.problems)).toBeGreaterThan(rowOf(labels.summary));
      expect(rowOf(labels.problems)).toBeLessThan(rowOf(labels.pyramid));
      expect(rowOf(labels.problems)).toBeLessThan(rowOf(labels.clients));
    });
  }

  it.each([['de_DE', 'DE'], ['nl_NL', 'NL'], ['en_GB', 'NL']] as const)('in a %s spreadsheet with no country saved, charges the statutory interest of %s, as the sidebar does', (locale, country) => {
    const loaded = loadWithFake({ sheets: [{ name: 'Klanten', values: demoValues(30, false) }], locale, properties: { [STATE_KEY]: demoState } });
    loaded.run('klantwaardeAnalyse');
    const painted = loaded.spreadsheet.sheets.find((s) => s.name !== 'Klanten')!;
    // The interest row of the settings block: the rate's source names the country whose statutory rate it is.
    const source = painted.values.map((row) => String(row[3] ?? '')).find((text) => /handelsrente|commercial rate|Verzugszins/.test(text));
    expect(source).toMatch(new RegExp(`(handelsrente|commercial rate|Verzugszins) ${country}\\b`));
  });

  it('addresses the user as u in Dutch', () => {
    expect(Object.values(SHEETS_MESSAGES.nl).filter((text) => /\b(je|jij|jouw)\b/i.test(text))).toEqual([]);
  });
});
