/**
 * `todayIso` (src/core/settings.ts) is the date where the code runs, not the UTC date: each zone runs in a child
 * `node` with its own `TZ` (a process's zone is fixed when it starts) and a clock stopped at 31 December 2025,
 * 20:00 UTC — 1 January 10:00 in Kiritimati (UTC+14), 21:00 in Amsterdam, 12:00 in Los Angeles.
 */
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

let bundle = '';

beforeAll(async () => {
  const built = await build({ entryPoints: ['src/core/settings.ts'], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning' });
  bundle = built.outputFiles[0]!.text;
});

function todayIn(zone: string): string {
  const script = `const Real = Date;
    globalThis.Date = class extends Real { constructor(...args) { super(...(args.length > 0 ? args : [Real.UTC(2025, 11, 31, 20, 0)])); } };
    ${bundle.replace(/export\s*\{[^}]*\};?\s*$/, '')}
    console.log(todayIso());`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: zone }, encoding: 'utf8' }).trim();
}

describe('today', () => {
  it.each([['Pacific/Kiritimati', '2026-01-01'], ['Europe/Amsterdam', '2025-12-31'], ['America/Los_Angeles', '2025-12-31'], ['UTC', '2025-12-31']])(
    'is the local date in %s', (zone, expected) => {
      expect(todayIn(zone)).toBe(expected);
    });
});
