/** `klantwaarde analyse --json` carries the profile of the best clients (docs/DEFINITIONS.md §7), its sentence in the run's language. */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const demo = join(root, 'examples/klanten.xlsx');
const settings = join(root, 'examples/instellingen.json');

async function json(args: string[]): Promise<Record<string, unknown>> {
  let stdout = '';
  const code = await main(['analyse', demo, '--settings', settings, '--json', ...args], { stdout: (t) => { stdout += t; }, stderr: () => {}, env: {}, color: false, today: '2026-11-24' });
  expect(code).toBe(0);
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe('--json and the profile', () => {
  it('has the A, B and C medians, three measures and the sentence as a string of the run\'s language', async () => {
    const nl = (await json([])).profile as { a: Record<string, number>; measures: string[]; sentence: string; clients: { a: number } };
    const en = (await json(['--lang', 'en'])).profile as typeof nl;
    expect(nl.clients.a).toBeGreaterThanOrEqual(3);
    expect(nl.measures).toHaveLength(3);
    expect(Object.keys(nl.a)).toEqual(expect.arrayContaining(['revenue', 'revenuePerOrder', 'timePer1000']));
    // The demo has no column of unbilled hours: the key is absent, not 0.
    expect('unbilledShare' in nl.a).toBe(false);
    expect(nl.sentence.replace(/\u00a0/g, ' ')).toMatch(/^Uw beste klanten .+; uw C-klanten .+\.$/);
    expect(en.sentence).toMatch(/^Your best clients .+; your C clients .+\.$/);
    expect(en.measures).toEqual(nl.measures);
  });
});
