import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readClientTable } from '../../src/core/index.js';
import { analysisEntries, jsonChunks, StreamedArray, writeJson } from '../../src/cli/json-stream.js';
import { main } from '../../src/cli/main.js';
import { syntheticPortfolio } from '../../bench/synthetic.js';
import { writeCsv } from '../../bench/cli.js';
import { analyse, analyseRecords } from '../support/oracle.js';

// The installed command's tests run the built bundle: `npm test` builds before Vitest runs.
const scratch = mkdtempSync(join(tmpdir(), 'klantwaarde-json-stream-'));
const file = (name: string, content: string): string => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

const SETTINGS = { hourlyCost: 48, costPerVisit: 120, targetHourlyReturn: 70, extraDrivers: [{ column: 'Retouren', costPerUnit: 15, label: 'Retouren' }] };

describe('--json streamed', () => {
  it.each([
    ['with every setting', SETTINGS],
    ['without hourly cost and target (labour, opportunity cost, let go: not available)', {}],
  ])('is the text JSON.stringify gives for the whole result, in chunks, for a portfolio with problems, %s', async (_name, settings) => {
    const SETTINGS = settings;
    const records = syntheticPortfolio(2_500, 11).map((r, i) => (i % 50 === 0 ? { ...r, client: `"${r.client}" \\ \u0001 ☃`, hours: 0, calls: 0, emails: 0, correctionRounds: 0, previousRevenue: 0 } : r));
    const { mapping } = readClientTable([['Klant', 'Omzet'], ['A', 1]]);
    const problems = records.slice(0, 40).map((r, i) => ({ id: 'badNumber', row: r.row, column: 'Omzet', severity: 'warning', message: `rij ${i}` })) as never[];
    const whole = JSON.stringify({ ...analyse(records, SETTINGS, '2026-11-24'), mapping, problems }) + '\n';
    const chunks: string[] = [];
    await writeJson(analysisEntries(analyseRecords(records, SETTINGS, '2026-11-24'), { mapping, problems }), (text) => { chunks.push(text); });
    expect(chunks.length).toBeGreaterThan(2); // really streamed: batches of 256 clients of a ~2 MiB text
    const streamed = chunks.join('');
    expect(streamed).toBe(whole);
    expect(JSON.parse(streamed)).toEqual(JSON.parse(whole));
  });

  it('the installed command writes the whole JSON to a file, the same as in-process', { timeout: 60_000 }, async () => {
    // The built bundle in a process of its own, as users run it, with stdout to a file (`> out.json`).
    const input = file('groot.csv', '');
    writeCsv(input, 20_001);
    const out = join(scratch, 'out.json');
    const fd = openSync(out, 'w');
    let status: number | null;
    try {
      ({ status } = spawnSync(process.execPath, [join(import.meta.dirname, '../../bin/klantwaarde.js'), 'analyse', input, '--json', '--quiet'], { stdio: ['ignore', fd, 'pipe'] }));
    } finally {
      closeSync(fd);
    }
    let inProcess = '';
    expect(await main(['analyse', input, '--json', '--quiet'], { stdout: (t) => { inProcess += t; }, stderr: () => undefined, env: {}, color: false })).toBe(0);
    expect(status).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(written.length).toBe(inProcess.length);
    expect(written === inProcess).toBe(true);
    expect(JSON.parse(written).clients).toHaveLength(20_001);
  });

  it('the installed command stops quietly when its reader closes the pipe early (`| head`)', { timeout: 60_000 }, async () => {
    const input = file('pijp.csv', '');
    writeCsv(input, 30_000);
    const child = spawn(process.execPath, [join(import.meta.dirname, '../../bin/klantwaarde.js'), 'analyse', input, '--json', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => { stderr += data.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('follows JSON.stringify for any object and array, at any chunk size (undefined keys left out, undefined elements null)', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.string().map((s) => `k${s}`), fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined))))), { maxLength: 8 }),
      fc.boolean(), fc.integer({ min: 1, max: 64 }), // keys not array indices: an object lists those first
      (entries, streamArrays, chunkSize) => {
        const unique = [...new Map(entries).entries()];
        const expected = JSON.stringify(Object.fromEntries(unique));
        const given = unique.map(([key, value]) => [key, streamArrays && Array.isArray(value) ? new StreamedArray(value.length, (i) => value[i]) : value] as const);
        expect([...jsonChunks(given, chunkSize)].join('')).toBe(expected);
      },
    ), { numRuns: 300 });
  });

  it('the CLI prints the same object as before: mapping and problems included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'klantwaarde-json-'));
    const input = join(dir, 'k.csv');
    writeFileSync(input, 'Klant;Omzet;Uren\nA;1.000;10\nB;veel;3\nC;500;0\n');
    let stdout = '';
    const code = await main(['analyse', input, '--json'], { stdout: (t) => { stdout += t; }, stderr: () => undefined, env: {}, color: false, today: '2026-11-24' });
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json).slice(0, 2)).toEqual(['settings', 'clients']);
    expect(Object.keys(json).slice(-2)).toEqual(['mapping', 'problems']);
    expect(json.clients.map((c: { client: string }) => c.client)).toEqual(['A', 'C']);
    expect(json.problems.length).toBeGreaterThan(0);
  });
});
