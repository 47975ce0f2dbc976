/**
 * `klantwaarde list FILE…` and `klantwaarde analyse FILE…` on the export fixtures of test/fixtures/sources/ (real
 * layouts, hand-computed lists; see the README there): the files as users give them, read from disk and streamed
 * into the builder (src/hosts/xlsx/sources.ts), so the whole command-line path is what is checked.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main.js';
import { loadTable } from '../../src/hosts/xlsx/read.js';
import { recordsOf } from '../support/oracle.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/sources/', import.meta.url));
const EXPECTED = readdirSync(FIXTURES).filter((name) => name.endsWith('.expected.json')).sort();
const scratch = mkdtempSync(join(tmpdir(), 'cli16-list-'));

/** A fixture copied into a folder of its own (the list is written next to the first file). */
function copies(names: readonly string[], folder = mkdtempSync(join(scratch, 'run-'))): string[] {
  return names.map((name) => {
    const path = join(folder, name);
    if (!existsSync(path)) copyFileSync(join(FIXTURES, name), path);
    return path;
  });
}

async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, env, color: false, today: '2026-03-01' });
  return { code, stdout, stderr };
}

type Json = Record<string, unknown>;
type Expected = {
  files: string[];
  options?: { language?: string; choices?: { dateOrder?: string }[] };
  period: Json | null;
  sources: Json[];
  fields: string[];
  clients: Json[];
  possibleMatches: { a: string; b: string }[];
  problems: { id: string; file: string; count?: number; severity?: string }[];
  blocked: boolean;
};
const expectedOf = (name: string): Expected => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Expected;

/** The precision the fixtures state: money to cents, hours and discountPct to 6 decimals, daysLate to 2; counts exact. */
const DECIMALS: Record<string, number> = { revenue: 2, previousRevenue: 2, directCosts: 2, hours: 6, unbilledHours: 6, daysLate: 2, discountPct: 6 };
const nameKey = (name: string): string => name.trim().replace(/\s+/g, ' ');

function expectClients(actual: Json[], expected: Json[]): void {
  const byName = new Map(actual.map((c) => [nameKey(c.client as string), c]));
  expect([...byName.keys()].sort()).toEqual(expected.map((c) => nameKey(c.client as string)).sort());
  for (const want of expected) {
    const got = byName.get(nameKey(want.client as string))!;
    expect(Object.keys(got).sort(), want.client as string).toEqual(Object.keys(want).sort());
    for (const [key, value] of Object.entries(want)) {
      if (key === 'client') continue;
      if (typeof value === 'number') {
        const decimals = DECIMALS[key];
        if (decimals === undefined) expect(got[key], `${String(want.client)} ${key}`).toBe(value);
        else expect(Math.abs((got[key] as number) - value), `${String(want.client)} ${key}: ${String(got[key])} for ${value}`).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
      } else expect(got[key], `${String(want.client)} ${key}`).toEqual(value);
    }
  }
}

/** `list --json` of the fixture's files, with its options as flags. */
async function listJsonOf(expected: Expected, extra: string[] = []): Promise<{ code: number; json: Json; stderr: string }> {
  const order = expected.options?.choices?.[0]?.dateOrder;
  const run = await cli(['list', ...copies(expected.files), '--json', '--lang', expected.options?.language ?? 'nl', ...(order ? ['--date-order', order] : []), ...extra]);
  return { code: run.code, json: run.stdout ? (JSON.parse(run.stdout) as Json) : {}, stderr: run.stderr };
}

describe('klantwaarde list --json: each fixture, alone and all together, gives its hand-computed list', () => {
  describe.each(EXPECTED.filter((name) => !expectedOf(name).blocked))('%s', (name) => {
    const expected = expectedOf(name);
    it('the period, the sources, every client\'s figures, the near matches and the problems', async () => {
      const { code, json } = await listJsonOf(expected);
      expect(code).toBe(0);
      expect(json.blocked).toBe(false);
      expect(json.period).toEqual(expected.period);
      const sources = (json.sources as Json[]).map((s) => ({ ...s, file: basename(s.file as string) }));
      expect(sources).toEqual(expected.sources);
      expectClients(json.clients as Json[], expected.clients);
      const pairs = (list: { a: string; b: string }[]): string[] => list.map((m) => [m.a, m.b].sort().join(' | ')).sort();
      expect(pairs(json.possibleMatches as { a: string; b: string }[])).toEqual(pairs(expected.possibleMatches));
      // Every problem the fixture names, per file, with its count where it gives one; ids it does not name are not its expectation.
      const problems = (json.problems as { id: string; file: string | null; count: number; severity: string }[]).map((p) => ({ ...p, file: p.file === null ? null : basename(p.file) }));
      const named = new Set(EXPECTED.flatMap((other) => expectedOf(other).problems.map((p) => p.id)));
      const said = problems.filter((p) => named.has(p.id)).map((p) => `${p.id} ${p.file}`).sort();
      expect(said).toEqual(expected.problems.map((p) => `${p.id} ${p.file}`).sort());
      for (const want of expected.problems) {
        const got = problems.find((p) => p.id === want.id && p.file === want.file)!;
        if (want.count !== undefined) expect(got.count, `${want.id} ${want.file}`).toBe(want.count);
        if (want.severity !== undefined) expect(got.severity).toBe(want.severity);
      }
    });
  });

  it('the Clockify file whose slash dates stay undecidable stops with exit 1, naming both readings and --date-order', async () => {
    const expected = expectedOf('clockify-undecidable.expected.json');
    const { code, json, stderr } = await listJsonOf(expected);
    expect(code).toBe(1);
    expect(json).toEqual({}); // nothing on stdout
    expect(stderr).toContain('De klantenlijst kan nog niet gemaakt worden');
    expect(stderr).toMatch(/"01\/02\/2025" kunnen 1 februari 2025 \(dag-maand\) of 2 januari 2025 \(maand-dag\) zijn/);
    expect(stderr).toContain('--date-order dmy (dag-maand) of --date-order mdy (maand-dag)');
    const english = await cli(['list', ...copies(expected.files), '--lang', 'en']);
    expect(english.code).toBe(1);
    expect(english.stderr).toMatch(/1 February 2025 \(day-month\) or 2 January 2025 \(month-day\)/);
    expect(english.stderr).toContain('--date-order mdy (month-day)');
    expect(existsSync(join(scratch, 'client-list.xlsx'))).toBe(false);
  });

  it.each(['mdy', 'dmy'])('--date-order %s then decides it: the list of that reading', async (order) => {
    const expected = expectedOf(`clockify-undecidable.${order}.expected.json`);
    expect(expected.options?.choices?.[0]?.dateOrder).toBe(order);
    const { code, json } = await listJsonOf(expected);
    expect(code).toBe(0);
    expect(json.period).toEqual(expected.period);
    expectClients(json.clients as Json[], expected.clients);
  });

  it('--same merges a near match the user confirms, --apart keeps it apart and no longer lists it', async () => {
    const expected = expectedOf('toggl-detailed.expected.json');
    const same = await listJsonOf(expected, ['--same', 'Hotel Aan Zee=Hotel aan de Zee']);
    expect(same.code).toBe(0);
    const hotels = (same.json.clients as Json[]).filter((c) => /^Hotel/.test(c.client as string));
    expect(hotels).toHaveLength(1);
    expect(hotels[0]!.hours as number).toBeCloseTo(3.416667 + 3.75, 5);
    expect(same.json.possibleMatches).toEqual([]);
    const apart = await listJsonOf(expected, ['--apart', 'Hotel aan de Zee|Hotel Aan Zee']);
    expect((apart.json.clients as Json[]).filter((c) => /^Hotel/.test(c.client as string))).toHaveLength(2);
    expect(apart.json.possibleMatches).toEqual([]);
  });
});

describe('klantwaarde list: the workbook', () => {
  const combined = expectedOf('combined.expected.json');

  it('writes klantenlijst.xlsx next to the first file; its Klantenlijst sheet reads back as a client list with the same figures', async () => {
    const files = copies(combined.files);
    const run = await cli(['list', ...files]);
    expect(run.code).toBe(0);
    const out = join(files[0]!, '..', 'klantenlijst.xlsx');
    expect(run.stdout).toContain(`Geschreven: ${out} (bladen Klantenlijst en Bronnen)`);
    expect(run.stdout).toMatch(/Bronnen:\n {2}.*invoice-lines\.csv: facturen, 22 rijen, 20 gebruikt, 2 overgeslagen/);
    expect(run.stdout).toContain('Periode: 2025-01-01 t/m 2025-12-31 (vorige periode 2024-01-01 t/m 2024-12-31)');
    // Near matches, each with the flags that decide it; the problems as analyse prints its warnings.
    expect(run.stderr).toContain('--same "Garage Van Dijk V.O.F.=Garage Van Dijck" of --apart "Garage Van Dijk V.O.F.|Garage Van Dijck"');
    expect(run.stderr).toMatch(/Waarschuwingen bij het lezen \(\d+\):/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Klantenlijst', 'Bronnen']);
    const loaded = await loadTable(out, { sheet: 'Klantenlijst', language: 'nl' });
    const { table } = loaded;
    expect(table.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(Object.keys(table.mapping.fields).sort()).toEqual(['client', 'clientNumber', ...combined.fields].sort());
    const records = recordsOf(table.columns).map((r) => {
      const client: Json = { client: r.client, ...(r.clientNumber ? { clientNumber: r.clientNumber } : {}) };
      for (const field of combined.fields) client[field] = (r as unknown as Json)[field];
      return client;
    });
    expectClients(records, combined.clients);
    // The Bronnen sheet: the period, each source and where each figure came from.
    const sources = workbook.getWorksheet('Bronnen')!;
    expect(sources.getCell('A1').value).toBe('Periode');
    expect(sources.getColumn(1).values).toContain('Herkomst per klant');
  });

  it('in English and German: client-list.xlsx with English headers, kundenliste.xlsx with German ones', async () => {
    for (const [lang, name, sheet, header] of [['en', 'client-list.xlsx', 'Client list', 'Revenue'], ['de', 'kundenliste.xlsx', 'Kundenliste', 'Umsatz']] as const) {
      const files = copies(['facturen-nl.csv', 'toggl-detailed.csv']);
      const run = await cli(['list', ...files, '--lang', lang]);
      expect(run.code, run.stderr).toBe(0);
      const out = join(files[0]!, '..', name);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(out);
      const values = workbook.getWorksheet(sheet)!.getRow(1).values as unknown[];
      expect(values.map((v) => String(v).toLowerCase())).toContain(header.toLowerCase());
      const read = await loadTable(out, { language: lang });
      expect(read.table.mapping.fields.revenue?.header.toLowerCase()).toBe(header.toLowerCase());
    }
  });

  it('lijst is the Dutch name; --out names the file; an existing file not made by Klantwaarde is kept without --force; ours is replaced', async () => {
    const files = copies(['facturen-nl.csv']);
    const out = join(files[0]!, '..', 'mijn-lijst.xlsx');
    writeFileSync(out, 'not a workbook of ours');
    const refused = await cli(['lijst', ...files, '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/bestaat al en is niet door Klantwaarde gemaakt/);
    expect(readFileSync(out, 'utf8')).toBe('not a workbook of ours');
    expect((await cli(['lijst', ...files, '--out', out, '--force'])).code).toBe(0);
    expect((await cli(['lijst', ...files, '--out', out])).code).toBe(0); // ours now: replaced without --force
    const wrong = await cli(['list', ...files, '--out', join(files[0]!, '..', 'lijst.csv')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/moet op \.xlsx eindigen/);
    const self = await cli(['list', ...files, '--out', files[0]!]);
    expect(self.code).toBe(2);
  });

  it('a file that cannot be read is named, with exit 1', async () => {
    const files = copies(['facturen-nl.csv']);
    const run = await cli(['list', files[0]!, join(scratch, 'weg.csv'), '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Het bestand .*weg\.csv bestaat niet/);
  });

  it('files none of which is a source: exit 1, said', async () => {
    const notes = join(scratch, 'notities.csv');
    writeFileSync(notes, 'Notitie;Door\nBellen;Anna\n');
    const run = await cli(['list', notes, '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/niet herkend als klantenlijst/);
    expect(run.stderr).toMatch(/geen tabel die als bron gebruikt kan worden/);
  });
});

describe('klantwaarde analyse FILE…: a list built from exports, analysed by the same path', () => {
  it('analyse a.csv b.csv --json equals analyse klantenlijst.xlsx --json of the list `list` wrote', async () => {
    const files = copies(['invoice-lines.csv', 'toggl-detailed.csv', 'crm-log.csv']);
    const settings = ['--hourly-cost', '55', '--target-hourly-return', '90', '--cost-per-invoice', '12'];
    const direct = await cli(['analyse', ...files, '--json', ...settings]);
    expect(direct.code, direct.stderr).toBe(0);
    expect((await cli(['list', ...files])).code).toBe(0);
    // The built list's analysis is dated by its period's end; the typed list is given that date.
    const periodEnd = (JSON.parse((await cli(['list', ...files, '--json'])).stdout) as { period: { to: string } }).period.to;
    const typed = await cli(['analyse', join(files[0]!, '..', 'klantenlijst.xlsx'), '--json', ...settings, '--period-end', periodEnd]);
    expect(typed.code, typed.stderr).toBe(0);
    const a = JSON.parse(direct.stdout) as Json;
    const b = JSON.parse(typed.stdout) as Json;
    expect(a.clients).toEqual(b.clients);
    for (const key of Object.keys(a).filter((k) => !['clients', 'mapping', 'problems'].includes(k))) expect(a[key], key).toEqual(b[key]);
    // Every client carries the list's figures under `input`: those of `list --json`.
    const list = JSON.parse((await cli(['list', ...files, '--json'])).stdout) as { clients: Json[] };
    for (const client of a.clients as Json[]) {
      const built = list.clients.find((c) => c.client === client.client)!;
      const { client: _name, clientNumber: _number, ...figures } = built;
      expect(client.input).toEqual(figures);
    }
  });

  it('one export alone is built into a list too; one client list works as before (with its figures under input)', async () => {
    const [toggl] = copies(['toggl-detailed.csv']);
    const run = await cli(['analyse', toggl!, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { clients: Json[] };
    expect(json.clients.map((c) => nameKey(c.client as string)).sort()).toEqual(expectedOf('toggl-detailed.expected.json').clients.map((c) => nameKey(c.client as string)).sort());
    const list = join(scratch, 'klanten.csv');
    writeFileSync(list, 'Klant;Omzet;Uren\nA;1.000;10\nB;500;2\n');
    const typed = JSON.parse((await cli(['analyse', list, '--json'])).stdout) as { clients: Json[] };
    expect(typed.clients.map((c) => c.input)).toEqual([{ revenue: 1000, hours: 10 }, { revenue: 500, hours: 2 }]);
  });

  it('writes the analysis workbook of several files next to the first, with the sources said first', async () => {
    const files = copies(['facturen-nl.csv', 'harvest-detailed.csv']);
    const run = await cli(['analyse', ...files, '--hourly-cost', '50']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Bronnen:\n {2}.*facturen-nl\.csv: facturen/);
    expect(run.stdout).toContain('facturen-nl-analyse.xlsx (blad Klantanalyse)');
  });

  it('the undecidable Clockify file stops analyse too (exit 1), and --date-order mdy lets it run', async () => {
    const files = copies(['clockify-undecidable.csv']);
    const stopped = await cli(['analyse', ...files, '--json']);
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toBe('');
    expect(stopped.stderr).toMatch(/1 februari 2025 \(dag-maand\) of 2 januari 2025 \(maand-dag\)[\s\S]*--date-order/);
    const decided = await cli(['analyse', ...files, '--json', '--date-order', 'mdy']);
    expect(decided.code, decided.stderr).toBe(0);
  });
});

describe('the flags of a built list are checked, with a message in the user\'s language (exit 2)', () => {
  const cases: [string, string[], RegExp][] = [
    ['a period that is no year or range', ['--period', '2025-13'], /De waarde "2025-13" voor --period is geen periode; schrijf een jaar \(2025\) of van\.\.tot/],
    ['a range that ends before it starts', ['--period', '2025-12-31..2025-01-01'], /voor --period is geen periode/],
    ['a date that does not exist', ['--period', '2025-02-30..2025-12-31'], /voor --period is geen periode/],
    ['--same without =', ['--same', 'Jansen'], /De waarde "Jansen" voor --same is geen paar NAAM=NAAM/],
    ['--apart without |', ['--apart', 'Jansen=Janssen'], /voor --apart is geen paar NAAM\|NAAM/],
    ['a payment term that is no number of days', ['--payment-term', 'veertien'], /De waarde "veertien" voor --payment-term is geen aantal dagen/],
    ['a negative payment term', ['--payment-term=-3'], /voor --payment-term is geen aantal dagen/],
    ['a date order that is neither', ['--date-order', 'ymd'], /De waarde "ymd" voor --date-order moet een van deze zijn: dmy, mdy/],
  ];
  for (const command of ['list', 'analyse']) {
    it.each(cases)(`${command}: %s`, async (_name, flags, message) => {
      const run = await cli([command, join(FIXTURES, 'facturen-nl.csv'), '--json', ...flags]);
      expect(run.stderr).toMatch(message);
      expect(run.code).toBe(2);
    });
  }

  it('in English and German too', async () => {
    const en = await cli(['list', 'x.csv', '--period', 'last year', '--lang', 'en']);
    expect(en.stderr).toMatch(/The value "last year" for --period is not a period; write a year \(2025\)/);
    const de = await cli(['list', 'x.csv', '--same', 'A'], { LANG: 'de_DE.UTF-8' });
    expect(de.stderr).toMatch(/Der Wert „A“ für --same ist kein Paar NAME=NAME/);
    expect(de.code).toBe(2);
  });

  it('--period 2025 and a range are taken: the list says the period it used', async () => {
    const year = await cli(['list', join(FIXTURES, 'facturen-nl.csv'), '--json', '--period', '2024']);
    expect(JSON.parse(year.stdout).period).toMatchObject({ from: '2024-01-01', to: '2024-12-31' });
    const range = await cli(['list', join(FIXTURES, 'facturen-nl.csv'), '--json', '--period', '2025-04-01..2025-09-30']);
    expect(JSON.parse(range.stdout).period).toMatchObject({ from: '2025-04-01', to: '2025-09-30' });
  });

  it('--payment-term sets the due date of invoices without one', async () => {
    const path = join(scratch, 'termijn.csv');
    writeFileSync(path, 'Factuurnummer;Relatie;Factuurdatum;Bedrag excl. btw;Betaald op\nF1;Jansen;01-03-2025;100,00;31-03-2025\n');
    const thirty = JSON.parse((await cli(['list', path, '--json'])).stdout) as { clients: Json[] };
    const fourteen = JSON.parse((await cli(['list', path, '--json', '--payment-term', '14'])).stdout) as { clients: Json[] };
    expect(thirty.clients[0]!.daysLate).toBe(0);
    expect(fourteen.clients[0]!.daysLate).toBe(16);
  });

  it('--help shows the list command and its flags in nl, en and de', async () => {
    for (const [lang, words] of [['nl', ['klantwaarde lijst', 'Klantenlijst uit exports']], ['en', ['klantwaarde list', 'Client list from exports']], ['de', ['klantwaarde list', 'Kundenliste aus Exporten']]] as const) {
      const run = await cli(['--help', '--lang', lang]);
      for (const word of [...words, '--period', '--same "A=B"', '--apart "A|B"', '--payment-term', '--date-order dmy|mdy']) expect(run.stdout, `${lang}: ${word}`).toContain(word);
    }
  });
});
