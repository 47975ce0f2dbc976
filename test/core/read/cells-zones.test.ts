/**
 * A date cell's calendar date does not depend on the time zone the code runs in (src/core/read/cells.ts
 * `cellText`): a browser or Apps Script gives a date as local midnight, ExcelJS as UTC midnight. The zone of a
 * running process is fixed when it starts, so each zone runs in a child `node` with its own `TZ`, over the
 * bundled module: Kiritimati (UTC+14, where local midnight is 10:00 the previous day in UTC) and Los Angeles
 * (UTC−8/−7, where UTC midnight is the previous evening locally).
 */
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

let bundle = '';

beforeAll(async () => {
  const built = await build({ entryPoints: ['src/core/read/cells.ts'], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning' });
  bundle = built.outputFiles[0]!.text;
});

/** `cellText` of each date in a child process in `zone`: local midnights (y, m, d) and UTC midnights. */
function inZone(zone: string): { zone: string; local: string[]; utc: string[]; evening: string } {
  const script = `${bundle.replace(/export\s*\{[^}]*\};?\s*$/, '')}
    const dates = [[2025, 2, 4], [2024, 11, 31], [2026, 5, 30], [2025, 9, 26]];
    console.log(JSON.stringify({
      zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      local: dates.map(([y, m, d]) => cellText(new Date(y, m, d))),
      utc: dates.map(([y, m, d]) => cellText(new Date(Date.UTC(y, m, d)))),
      evening: cellText(new Date(2025, 2, 4, 23, 30)),
    }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: zone }, encoding: 'utf8' });
  return JSON.parse(out) as ReturnType<typeof inZone>;
}

const EXPECTED = ['2025-03-04', '2024-12-31', '2026-06-30', '2025-10-26'];

describe('a date cell read in any time zone', () => {
  for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/Amsterdam', 'UTC']) {
    it(`is its calendar date in ${zone}`, () => {
      const read = inZone(zone);
      expect(read.zone).toBe(zone);
      // Local midnight (a browser, Apps Script) and UTC midnight (ExcelJS) both give the date shown in the cell.
      expect(read.local).toEqual(EXPECTED);
      expect(read.utc).toEqual(EXPECTED);
      // A local date-and-time is the local date, not the UTC one (23:30 in Amsterdam is 22:30Z, the same day).
      expect(read.evening).toBe('2025-03-04');
    });
  }
});
