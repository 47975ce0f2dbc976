/**
 * The sidebar's table as the server hands it over (src/hosts/sheets/handlers.ts `sidebarReadTable`): a date
 * cell is the date its spreadsheet shows, in any time zone. getValues gives it as midnight in the spreadsheet's
 * zone (the fake's `zoneDate`), which east of UTC is the previous day in UTC.
 */
import { describe, expect, it } from 'vitest';
import { zoneDate } from '../../support/sheets-fake.js';
import { loadWithFake } from './demo.js';

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
