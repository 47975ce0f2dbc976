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

  it('takes settings from a JSON file (docs/DEFINITIONS.md names, drivers by header), flags over the file', async () => {
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
    expect(stdout).toContain('--hourly-cost GETAL');
    expect(stdout).toContain('ABC-grens A (0,8)'); // the Dutch decimal comma, not 0.8
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
    ['a CSV with a quote that is never closed', () => ['analyse', file('quote.csv', 'Klant;Omzet\nA;100\n"B;200\nC;300\n')], 1, /quote\.csv opent rij 3 een waarde met een aanhalingsteken \("\) dat niet gesloten wordt; .*niets gelezen/],
    ['a CSV with text after a closing quote', () => ['analyse', file('quote2.csv', 'Klant;Omzet\nA;100\nB;200\n"C"x;300\nD;1\n')], 1, /opent rij 4 een waarde met een aanhalingsteken/],
    ['a file of another kind', () => ['analyse', file('klanten.ods', 'x')], 1, /leest \.xlsx- en \.csv-bestanden/],
    ['an unknown flag', () => ['analyse', 'x.csv', '--uurprijs', '4'], 2, /^Onbekende optie --uurprijs\. Zie klantwaarde --help\./],
    ['a flag value that is no number', () => ['analyse', 'x.csv', '--hourly-cost', 'vijftig'], 2, /--hourly-cost: Instelling Uurkostprijs \(hourlyCost\): "vijftig" kan niet; toegestaan is een getal van 0 of meer/],
    ['a bad choice', () => ['analyse', 'x.csv', '--country', 'BE'], 2, /"BE" kan niet; toegestaan is een van: NL, DE/],
    ['a date that does not exist', () => ['analyse', 'x.csv', '--period-end', '2025-02-30'], 2, /--period-end: .*"2025-02-30" kan niet; toegestaan is een bestaande datum/],
    ['a share over 100 %', () => ['analyse', 'x.csv', '--utilisation', '150%'], 2, /--utilisation: .*"150%" kan niet; toegestaan is een aandeel van 0 tot 1/],
    ['ABC limit A above limit B', () => ['analyse', 'x.csv', '--abc-limit-a', '0,95', '--abc-limit-b', '0,8'], 2, /ABC-grens A \(0,95\) moet kleiner zijn dan ABC-grens B \(0,8\)/],
    ['a negative cost, joined', () => ['analyse', 'x.csv', '--hourly-cost=-5'], 2, /--hourly-cost: .*"-5" kan niet; toegestaan is een getal van 0 of meer/],
    ['a negative cost, apart: no English from Node', () => ['analyse', 'x.csv', '--hourly-cost', '-5'], 2, /^--hourly-cost: Instelling Uurkostprijs .*"-5" kan niet/],
    ['a count that is not whole', () => ['analyse', 'x.csv', '--max-visits-per-year', '2,5'], 2, /"2,5" kan niet; toegestaan is een geheel getal/],
    ['a flag without its value', () => ['analyse', 'x.csv', '--hourly-cost'], 2, /^De optie --hourly-cost heeft een waarde nodig/],
    ['no command', () => [], 2, /Geef een opdracht/],
    ['an unknown command', () => ['bereken', 'x.csv'], 2, /Onbekende opdracht "bereken"/],
    ['an unknown setting in the JSON file', () => ['analyse', 'x.csv', '--settings', file('s.json', '{"uurloon": 4}')], 2, /Onbekende instelling "uurloon"/],
    ['a settings file that is not JSON', () => ['analyse', 'x.csv', '--settings', file('s2.json', '{hourlyCost: 4')], 2, /kan niet gelezen worden/],
    ['a setting of the wrong kind', () => ['analyse', 'x.csv', '--settings', file('s3.json', '{"discountTiers": 5}')], 2, /s3\.json: Instelling Kortingsstaffel \(discountTiers\): 5 kan niet; verwacht een lijst/],
    ['limits crossing between the file and a flag', () => ['analyse', 'x.csv', '--settings', file('s4.json', '{"abcLimitB": 0.9}'), '--abc-limit-a', '0,92'], 2, /--abc-limit-a: .*ABC-grens A \(0,92\) moet kleiner zijn dan ABC-grens B \(0,9\)/],
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

describe('klantwaarde analyse: the column mapping', () => {
  const DOUBT = 'Klant;Omzet webshop;Omzet winkel;Tijd (min);Ordernummer\nAlfa;100;300;90;7\nBeta;200;100;30;8\n';

  it('prints the mapping before the summary: one line per field, unused columns last', async () => {
    const input = file('mapping.csv', 'Klant;Omzet excl. btw;Omzet incl. btw;Tijd (min);Ordernummer\nAlfa;100;121;90;7\nBeta;200;242;30;8\n');
    const { code, stdout } = await cli(['analyse', input]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Kolommen (kopregel rij 1):',
      '  Klant                     ← A "Klant" (zeker)',
      '  Omzet                     ← B "Omzet excl. btw" (zeker)',
      '  Uren                      ← D "Tijd (min)" (zeker, minuten, omgerekend naar uren)',
    ]);
    expect(stdout).toContain('    C "Omzet incl. btw": inclusief btw; de kolom zonder btw is gebruikt\n    E "Ordernummer": een nummer of code\n');
    expect(stdout.indexOf('Kolommen')).toBeLessThan(stdout.indexOf('Klantenpiramide'));
  });

  it('stops with exit 1 on a doubtful column, naming both and the --column to add; --yes takes the first', async () => {
    const input = file('doubt.csv', DOUBT);
    const stopped = await cli(['analyse', input]);
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toContain('Omzet: "Omzet webshop" (B) of "Omzet winkel" (C). Kies met --column revenue=C (of B), of neem de eerste met --yes.');
    const yes = await cli(['analyse', input, '--yes', '--json']);
    expect(yes.code).toBe(0);
    expect(JSON.parse(yes.stdout).totals.revenue).toBe(300);
  });

  it('--column by letter, by header and by field label in any language; the JSON carries mapping and problems', async () => {
    const input = file('doubt2.csv', DOUBT);
    for (const flag of ['revenue=C', 'Omzet=Omzet winkel', 'Umsatz=c']) {
      const run = await cli(['analyse', input, '--column', flag, '--json']);
      expect(run.code, flag).toBe(0);
      const json = JSON.parse(run.stdout);
      expect(json.totals.revenue).toBe(400);
      expect(json.mapping.fields.revenue).toMatchObject({ header: 'Omzet winkel', letter: 'C', reason: 'manual' });
      expect(json.mapping.unused.map((u: { header: string }) => u.header)).toEqual(['Omzet webshop', 'Ordernummer']);
      expect(json.problems.map((p: { id: string }) => p.id)).toContain('fieldMissing');
    }
    const bad = await cli(['analyse', input, '--column', 'nonsense=C']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('De waarde "nonsense=C" voor --column is geen GEGEVEN=KOLOM');
  });

  it('a "columns" object in the settings JSON maps too, and flags win over it', async () => {
    const input = file('doubt3.csv', DOUBT);
    const settings = file('columns.json', JSON.stringify({ hourlyCost: 40, columns: { revenue: 'Omzet winkel', hours: null } }));
    const run = await cli(['analyse', input, '--settings', settings, '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.totals.revenue).toBe(400);
    expect(json.mapping.fields.hours).toBeUndefined();
    expect(json.totals.time).toBe(0);
    const flagWins = await cli(['analyse', input, '--settings', settings, '--column', 'revenue=B', '--json']);
    expect(JSON.parse(flagWins.stdout).totals.revenue).toBe(300);
    const badFile = file('columns-bad.json', JSON.stringify({ columns: { nope: 'B' } }));
    expect((await cli(['analyse', input, '--settings', badFile])).stderr).toContain('columns.nope');
  });

  it('names the sheet it used: the full list on sheet 2 beats a Top 3 on sheet 1', async () => {
    const workbook = new ExcelJS.Workbook();
    const top = workbook.addWorksheet('Top 3');
    top.addRows([['Klant', 'Omzet'], ['Alfa', 900], ['Beta', 800], ['Gamma', 700]]);
    const all = workbook.addWorksheet('Alle klanten');
    all.addRows([['Klant', 'Omzet'], ...Array.from({ length: 10 }, (_, i) => [`Klant ${i}`, 100 + i])]);
    const input = join(dir, 'twee-bladen.xlsx');
    await workbook.xlsx.writeFile(input);
    const run = await cli(['analyse', input, '--out', join(dir, 'twee-out.xlsx')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Kolommen (werkblad "Alle klanten", kopregel rij 1):');
    expect(run.stdout).toContain('Ook op deze werkbladen staat een klantenlijst: "Top 3". Kies er een met --sheet.');
  });

  it('formulas without a calculated value are reported, saying to open and save the file in Excel once', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Klanten');
    sheet.addRow(['Klant', 'Omzet', 'Uren']);
    sheet.addRow(['Alfa', { formula: '100*2' }, 3]);
    sheet.addRow(['Beta', 300, 4]);
    sheet.getRow(3).hidden = true;
    const input = join(dir, 'formules.xlsx');
    await workbook.xlsx.writeFile(input);
    const run = await cli(['analyse', input, '--json']);
    const json = JSON.parse(run.stdout);
    expect(json.problems.map((p: { message: string }) => p.message)).toEqual(expect.arrayContaining([
      'Kolom "Omzet": 1 cellen zijn formules zonder berekende waarde (bijvoorbeeld rij 2); ze tellen als leeg. Open het bestand één keer in Excel en sla het op.',
      'Verborgen rijen (3) zijn meegeteld; maak ze zichtbaar of haal ze weg als ze niet meetellen.',
    ]));
  });

  it('reads a UTF-16 "Unicode text" export (tab-separated, with BOM)', async () => {
    const text = 'Klant\tOmzet\tUren\r\nAlfa\t1.500\t3\r\nBeta\t2.500,50\t4\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const run = await cli(['analyse', file('unicode.txt', bytes), '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).clients.map((c: { revenue: number }) => c.revenue).sort()).toEqual([1500, 2500.5]);
  });
});
