import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, copyFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { main, defaultOutput, SETTING_FLAGS, languageOf } from '../../src/cli/main.js';
import { DEFAULT_SETTINGS } from '../../src/core/index.js';

const dir = mkdtempSync(join(tmpdir(), 'klantwaarde-cli-'));
const root = fileURLToPath(new URL('../../', import.meta.url));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function cli(args: string[], env: Record<string, string> = {}, maxSheetRows?: number): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    env,
    color: false,
    today: '2026-11-24',
    ...(maxSheetRows ? { maxSheetRows } : {}),
  });
  return { code, stdout, stderr };
}

const CSV = 'Klant;Omzet;Uren;Bezoeken;Dagen te laat\nBakkerij Jansen;€ 12.500,00;40;2;0\nGarage de Wit;3.400;60;8;45\nCafé Hoek;900;2;0;0\nKapper;veel;3;0;0\n';

describe('klantwaarde analyse: the happy path', () => {
  it('writes <input>-analyse.xlsx next to the input, prints the summary, warns about bad rows on stderr', async () => {
    const input = file('klanten.csv', CSV);
    const { code, stdout, stderr } = await cli(['analyse', input, '--hourly-cost', '45', '--target-hourly-return', '80']);
    expect(code).toBe(0);
    const out = join(dir, 'klanten-analyse.xlsx');
    expect(defaultOutput(input)).toBe(out);
    expect(existsSync(out)).toBe(true);
    expect(stdout).toContain('3 klanten');
    expect(stdout).toContain('Klantenpiramide');
    expect(stdout).toContain(`Geschreven: ${out} (blad Klantanalyse)`);
    expect(stderr).toContain('Rij 5, kolom "Omzet": "veel"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Klantanalyse')!;
    expect(sheet.getCell('A1').value).toBe('Klantanalyse');
    const settingsRow = sheet.getColumn(1).values.findIndex((v) => v === 'Uurkostprijs');
    expect(sheet.getCell(settingsRow, 2).value).toBe(45);
  });

  it('--json prints the AnalysisResult and writes nothing', async () => {
    const input = file('json.csv', CSV);
    const { code, stdout } = await cli(['analyse', input, '--json', '--cost-per-visit', '250']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.clients.map((c: { client: string }) => c.client)).toEqual(['Bakkerij Jansen', 'Garage de Wit', 'Café Hoek']);
    expect(result.settings.costPerVisit).toBe(250);
    expect(result.clients[1].visitCost).toBe(2000);
    expect(existsSync(join(dir, 'json-analyse.xlsx'))).toBe(false);
  });

  it('takes settings from a JSON file (DOMAIN.md names, drivers by header), flags over the file', async () => {
    const input = file('drivers.csv', 'Klant;Omzet;Uren;Retouren\nA;1000;10;3\nB;2000;5;0\n');
    const settings = file('settings.json', JSON.stringify({
      hourlyCost: 40, costPerVisit: 100,
      discountTiers: [{ revenueFrom: 0, discount: 0 }, { revenueFrom: 1500, discount: 0.05 }],
      extraDrivers: [{ column: 'retouren', costPerUnit: 80 }],
    }));
    const { code, stdout } = await cli(['analyse', input, '--settings', settings, '--hourly-cost', '50', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.settings.hourlyCost).toBe(50);
    expect(result.settings.extraDrivers).toEqual([{ column: 'Retouren', costPerUnit: 80, label: 'retouren' }]);
    expect(result.clients[0].driverCosts).toEqual([240]);
    expect(result.settings.discountTiers).toHaveLength(2);
  });

  it('answers in English and German when asked, or when the locale says so', async () => {
    expect(languageOf(undefined, { LANG: 'de_DE.UTF-8' })).toBe('de');
    expect(languageOf('en', { LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(languageOf(undefined, { LANG: 'C.UTF-8' })).toBe('nl');
    const { stderr } = await cli(['analyse', join(dir, 'nope.csv'), '--lang', 'en']);
    expect(stderr).toContain('does not exist');
    const german = await cli(['analyse', join(dir, 'nope.csv')], { LANG: 'de_DE.UTF-8' });
    expect(german.stderr).toContain('existiert nicht');
  });

  it('--help documents one flag per setting', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    for (const flag of SETTING_FLAGS) expect(stdout).toContain(`--${flag.flag} `);
    expect(SETTING_FLAGS.map((f) => f.key).sort()).toEqual(
      Object.keys(DEFAULT_SETTINGS).filter((k) => k !== 'discountTiers' && k !== 'extraDrivers').sort(),
    );
    expect(stdout).toContain('--hourly-cost N');
    expect(stdout).toContain('Afsluitcodes');
  });
});

describe('klantwaarde analyse: bad input gets a clear message and the right exit code', () => {
  const cases: [string, () => string[], number, RegExp][] = [
    ['a missing file', () => ['analyse', join(dir, 'weg.xlsx')], 1, /Het bestand .*weg\.xlsx bestaat niet/],
    ['an empty file', () => ['analyse', file('leeg.csv', '')], 1, /is leeg/],
    ['a PDF renamed to .xlsx', () => ['analyse', file('rapport.xlsx', '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF')], 1, /geen Excel-werkmap/],
    ['a CSV with only a name column', () => ['analyse', file('namen.csv', 'Klant\nA\nB\n')], 1, /geen klantentabel[\s\S]*Omzet/],
    ['a header-only CSV', () => ['analyse', file('kop.csv', 'Klant;Omzet\n')], 1, /geen klantentabel|geen klanten/],
    ['a file of another kind', () => ['analyse', file('klanten.ods', 'x')], 1, /leest \.xlsx- en \.csv-bestanden/],
    ['an unknown flag', () => ['analyse', 'x.csv', '--uurprijs', '4'], 2, /Unknown option '--uurprijs'/],
    ['a flag value that is no number', () => ['analyse', 'x.csv', '--hourly-cost', 'vijftig'], 2, /"vijftig" voor --hourly-cost is geen getal/],
    ['a bad choice', () => ['analyse', 'x.csv', '--country', 'BE'], 2, /moet een van deze zijn: NL, DE/],
    ['no command', () => [], 2, /Geef een opdracht/],
    ['an unknown command', () => ['bereken', 'x.csv'], 2, /Onbekende opdracht "bereken"/],
    ['an unknown setting in the JSON file', () => ['analyse', 'x.csv', '--settings', file('s.json', '{"uurloon": 4}')], 2, /Onbekende instelling "uurloon"/],
    ['a settings file that is not JSON', () => ['analyse', 'x.csv', '--settings', file('s2.json', '{hourlyCost: 4')], 2, /kan niet gelezen worden/],
    ['a setting of the wrong kind', () => ['analyse', 'x.csv', '--settings', file('s3.json', '{"discountTiers": 5}')], 2, /"discountTiers" .* ongeldige waarde/],
    ['writing over the input', () => ['analyse', file('zelf.xlsx', 'x'), '--out', join(dir, 'zelf.xlsx')], 2, /mag niet het invoerbestand zijn/],
  ];
  for (const [name, args, code, message] of cases) {
    it(name, async () => {
      const result = await cli(args());
      expect(result.stderr).toMatch(message);
      expect(result.code).toBe(code);
    });
  }

  it('an analysis too long for one worksheet is refused, pointing at --json, and nothing is written', async () => {
    const input = file('te-lang.csv', CSV);
    const { code, stderr } = await cli(['analyse', input], {}, 40);
    expect(code).toBe(1);
    expect(stderr).toMatch(/De analyse van 3 klanten heeft \d+ rijen nodig; een werkblad heeft er hoogstens 40\. Gebruik --json/);
    expect(existsSync(join(dir, 'te-lang-analyse.xlsx'))).toBe(false);
  });

  it('numbers in flags may be written the Dutch way', async () => {
    const input = file('nl-flags.csv', CSV);
    const { stdout } = await cli(['analyse', input, '--json', '--hourly-cost', '45,50', '--utilisation', '60%']);
    const result = JSON.parse(stdout);
    expect(result.settings.hourlyCost).toBe(45.5);
    expect(result.settings.utilisation).toBeCloseTo(0.6, 12);
  });
});

describe('the built command', () => {
  const bin = join(root, 'bin/klantwaarde.js');

  // Child processes: generous timeouts, so a busy CI machine does not fail them.
  it('runs as `klantwaarde` with exit codes 0, 1 and 2', { timeout: 30_000 }, () => {
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' })).toMatch(/^klantwaarde \d+\.\d+\.\d+/);
    const missing = spawnSync(process.execPath, [bin, 'analyse', join(dir, 'weg.csv')], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('bestaat niet');
    const usage = spawnSync(process.execPath, [bin], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(usage.status).toBe(2);
  });

  it('analyses the demo workbook and keeps its sheets', { timeout: 30_000 }, async () => {
    const input = join(dir, 'demo.xlsx');
    copyFileSync(join(root, 'examples/klanten.xlsx'), input);
    const out = join(dir, 'demo-out.xlsx');
    const run = spawnSync(process.execPath, [bin, 'analyse', input, '--settings', join(root, 'examples/instellingen.json'), '--out', out], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    // The only warning: the list's own "Totaal" row is skipped, and said.
    expect(run.stderr.trim().split('\n')).toEqual(['Waarschuwingen bij het lezen (1):', expect.stringContaining('"Totaal" is een totaalregel')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('De drie belangrijkste adviezen');
    expect(run.stdout).not.toContain('\u001b['); // no colours when stdout is not a terminal
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Klanten', 'Toelichting', 'Klantanalyse']);
  });
});
