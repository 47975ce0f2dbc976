/**
 * *Klantenlijst maken* on the Sheets server (src/hosts/sheets/sources.ts), through the built Code.js and the
 * recording fake: the menu item and the sidebar's step, which sheets are sources, the list built from the export
 * fixtures as Sheets holds them (date, time and duration cells as `Date`s at their clock in the spreadsheet's
 * zone) in four zones, the two sheets written and replaced, and the service calls at 1 000 and 100 000 lines.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  buildClientList, builtListCells, createListBuilder, listJson, provenanceCells, requestOptions, type CellValue, type ListRequest, type SourceInput,
} from '../../../src/core/index.js';
import { csvCells, decodeText } from '../../../src/hosts/xlsx/read.js';
import { MARKER_KEY } from '../../../src/hosts/sheets/paint.js';
import { BLOCK_CELLS, LIST_MARKER_KEY, SOURCES_MARKER_KEY, ZoneClock } from '../../../src/hosts/sheets/sources.js';
import { formatDate, zoneDate, type FakeSheet } from '../../support/sheets-fake.js';
import { loadWithFake, type Loaded } from './demo.js';

const DIR = fileURLToPath(new URL('../../fixtures/sources/', import.meta.url));
const ZONES = ['Europe/Amsterdam', 'America/New_York', 'Asia/Tokyo', 'Pacific/Auckland'];
const utilities = { formatDate };

type Made = { list: ReturnType<typeof listJson>; sheetName: string | null };
type Described = { sheet: string; rows: number; recognition: { kind: string | null } }[];

/**
 * A fixture's text as Sheets holds it once the CSV is opened or pasted: ISO dates, `dd-mm-yyyy` and `dd.mm.yyyy`
 * as date cells, `hh:mm:ss` as time or duration cells — each a `Date` at its clock in `timeZone`. Everything else
 * (slash dates, timestamps with an offset, amounts) stays text, as the core reads it.
 */
function asSheets(text: string, timeZone: string): unknown {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) return zoneDate(timeZone, +m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{2})[-.](\d{2})[-.](\d{4})$/.exec(text);
  if (m) return zoneDate(timeZone, +m[3]!, +m[2]!, +m[1]!);
  m = /^(\d{1,3}):(\d{2}):(\d{2})$/.exec(text);
  if (m) return zoneDate(timeZone, 1899, 12, 30, +m[1]!, +m[2]!, +m[3]!);
  return text;
}

function fixtureCells(file: string): string[][] {
  const cells = csvCells(decodeText(readFileSync(DIR + file)));
  const width = Math.max(...cells.map((r) => r.length));
  return cells.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
}

const sheetName = (file: string): string => file.replace(/\.csv$/, '');

function workbook(files: readonly string[], timeZone: string, extra: { name: string; values: unknown[][] }[] = []): Loaded {
  return loadWithFake({
    sheets: [...files.map((file) => ({ name: sheetName(file), values: fixtureCells(file).map((row, r) => (r === 0 ? row : row.map((v) => asSheets(v, timeZone)))) })), ...extra],
    timeZone,
    measure: false,
  });
}

const requestFor = (files: readonly string[], extra: Partial<ListRequest> = {}): ListRequest => ({ sheets: files.map((f) => ({ sheet: sheetName(f), use: true })), ...extra });

function sheet(loaded: Loaded, name: string): FakeSheet {
  const found = loaded.spreadsheet.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}: ${loaded.spreadsheet.sheets.map((s) => s.name).join(', ')}`);
  return found;
}

/** Calls per method; fitting a new sheet to its rows is one call either way (insert or delete), `resizeRows`. */
function signature(calls: readonly { method: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  const alias: Record<string, string> = { insertRowsAfter: 'resizeRows', deleteRows: 'resizeRows', insertColumnsAfter: 'resizeColumns', deleteColumns: 'resizeColumns' };
  for (const call of calls) {
    const method = alias[call.method] ?? call.method;
    counts[method] = (counts[method] ?? 0) + 1;
  }
  return counts;
}

const COMBINED = JSON.parse(readFileSync(`${DIR}combined.expected.json`, 'utf8')) as { files: string[]; clients: Record<string, unknown>[]; period: unknown };

describe('ZoneClock: a Sheets date cell as the clock it shows', () => {
  it.each(ZONES)('in %s: dates, dates with a time, times of day and durations', (zone) => {
    const clock = new ZoneClock(utilities, zone);
    expect(clock.text(zoneDate(zone, 2025, 1, 1))).toBe('2025-01-01');
    expect(clock.text(zoneDate(zone, 2025, 12, 31))).toBe('2025-12-31');
    // Across the switch to summer time and back (Europe: 30 March, 26 October; New York: 9 March, 2 November).
    for (const [m, d] of [[3, 9], [3, 10], [3, 30], [3, 31], [10, 26], [10, 27], [11, 2], [11, 3]] as const) {
      expect(clock.text(zoneDate(zone, 2025, m, d))).toBe(`2025-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    }
    expect(clock.text(zoneDate(zone, 2025, 3, 4, 14, 5, 9))).toBe('2025-03-04 14:05:09');
    expect(clock.text(zoneDate(zone, 1899, 12, 30, 9, 30))).toBe('09:30:00');
    expect(clock.text(zoneDate(zone, 1899, 12, 31, 2, 30))).toBe('26:30:00');
    expect(clock.text(zoneDate(zone, 1899, 12, 29, 22, 30))).toBe('-01:30:00');
    expect(clock.text(new Date(Number.NaN))).toBe('');
  });

  it('asks Utilities once per UTC hour, not per cell', () => {
    let asked = 0;
    const clock = new ZoneClock({ formatDate: (...args) => { asked++; return formatDate(...args); } }, 'Europe/Amsterdam');
    const cells = Array.from({ length: 1000 }, (_, i) => [zoneDate('Europe/Amsterdam', 2025, 1, 1 + (i % 10)), 'x', i]);
    const read = clock.cells(cells);
    expect(read[3]).toEqual(['2025-01-04', 'x', 3]);
    expect(asked).toBe(10);
  });
});

describe('the menu item and the sidebar step', () => {
  it('Klantenlijst maken opens the sidebar at that step, once; the other item opens it plainly', () => {
    const loaded = workbook(['crm-log.csv'], 'Europe/Amsterdam');
    loaded.run('onOpen', { authMode: 'LIMITED' });
    const item = loaded.menus[0]!.items.find((i) => i.caption === 'Klantenlijst maken…')!;
    expect(item.functionName).toBe('klantwaardeClientList');
    loaded.run(item.functionName);
    expect(loaded.sidebars).toHaveLength(1);
    expect(loaded.run('sidebarInit')).toEqual({ language: 'nl', step: 'list' });
    expect(loaded.run('sidebarInit')).toEqual({ language: 'nl', step: null });
    loaded.run('klantwaardeClientList');
    loaded.run('klantwaardeSidebar');
    expect(loaded.run('sidebarInit')).toEqual({ language: 'nl', step: null });
  });

  it('is named in the spreadsheet\'s language', () => {
    for (const [locale, caption] of [['en_US', 'Make client list…'], ['de_DE', 'Kundenliste erstellen…']] as const) {
      const loaded = loadWithFake({ sheets: [{ name: 'A', values: [['x']] }], locale });
      loaded.run('onOpen', { authMode: 'FULL' });
      expect(loaded.menus[0]!.items.map((i) => i.caption)).toContain(caption);
    }
  });
});

describe('describeSources', () => {
  it('lists every sheet but ours, with its kind and rows, in one getValues of at most 200 rows each', () => {
    const files = ['toggl-detailed.csv', 'facturen-nl.csv', 'crm-log.csv'];
    const loaded = workbook(files, 'Europe/Amsterdam', [
      { name: 'Leeg', values: [] },
      { name: 'Notities', values: [['Boodschappen', 'Prijs'], ['Melk', 1]] },
    ]);
    const made = loaded.run('sidebarMakeClientList', requestFor(files)) as Made;
    expect(made.sheetName).toBe('Klantenlijst');
    // Our own sheets (an analysis, the list, its sources) are no sources.
    const analysis = loaded.spreadsheet.insertSheet('Klantanalyse', 0);
    analysis.addDeveloperMetadata(MARKER_KEY, 'v1');
    loaded.recorder.calls.length = 0;
    const described = loaded.run('sidebarDescribeSources') as Described;
    expect(described.map((s) => [s.sheet, s.rows, s.recognition.kind])).toEqual([
      ['toggl-detailed', 31, 'timeEntries'], ['facturen-nl', 21, 'invoices'], ['crm-log', 27, 'contacts'], ['Leeg', 0, null], ['Notities', 2, null],
    ]);
    expect(loaded.recorder.count('getValues')).toBe(4);
    const reads = loaded.recorder.calls.filter((c) => c.method === 'getRange');
    expect(reads).toHaveLength(4);
  });

  it('reads no more than 200 rows of a long sheet', () => {
    const rows = [['Datum', 'Relatie', 'Type'], ...Array.from({ length: 5000 }, (_, i) => [zoneDate('Europe/Amsterdam', 2025, 1 + (i % 12), 1), `Klant ${i % 40}`, 'Telefoon'])];
    const loaded = loadWithFake({ sheets: [{ name: 'CRM', values: rows }] });
    const described = loaded.run('sidebarDescribeSources') as Described;
    expect(described).toMatchObject([{ sheet: 'CRM', rows: 5001, recognition: { kind: 'contacts' } }]);
    const range = loaded.recorder.calls.find((c) => c.method === 'getRange')!;
    expect(range.target).toBe('Sheet(CRM)');
    expect(loaded.recorder.calls.filter((c) => c.method === 'getValues')).toHaveLength(1);
  });
});

describe.each(ZONES)('makeClientList with the export fixtures as Sheets holds them, in %s', (zone) => {
  const loaded = workbook(COMBINED.files, zone, [{ name: 'Toelichting', values: [['Vrije tekst']] }]);
  const made = loaded.run('sidebarMakeClientList', requestFor(COMBINED.files)) as Made;

  it('gives the hand-computed list of all the fixtures together: no date a day off', () => {
    expect(made.sheetName).toBe('Klantenlijst');
    expect(made.list.blocked).toBe(false);
    expect(made.list.period).toEqual(COMBINED.period);
    const byName = new Map(made.list.clients.map((c) => [c.client, c as Record<string, unknown>]));
    expect([...byName.keys()].sort()).toEqual(COMBINED.clients.map((c) => c.client as string).sort());
    for (const client of COMBINED.clients) expect(byName.get(client.client as string), client.client as string).toEqual(client);
  });

  it('names each source by the spreadsheet and its sheet', () => {
    expect(made.list.sources.map((s) => [s.file, s.sheet])).toEqual(COMBINED.files.map((f) => ['Klantwaarde demo', sheetName(f)]));
  });

  it('writes Klantenlijst and Bronnen as the core makes them, marked ours, and activates Klantenlijst', () => {
    // The core on the cells as the host turns them into text, in this realm.
    const clock = new ZoneClock(utilities, zone);
    const sources: SourceInput[] = COMBINED.files.map((f) => ({
      file: 'Klantwaarde demo', sheet: sheetName(f), notationHint: 'nl',
      cells: clock.cells(sheet(loaded, sheetName(f)).values.map((row) => [...row])),
    }));
    const build = buildClientList(sources, requestOptions(requestFor(COMBINED.files), 'nl').options);
    expect(made.list).toEqual(JSON.parse(JSON.stringify(listJson(build))));
    const pad = (cells: CellValue[][]): unknown[][] => {
      const width = Math.max(...cells.map((r) => r.length));
      return cells.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
    };
    const list = sheet(loaded, 'Klantenlijst');
    const sourcesSheet = sheet(loaded, 'Bronnen');
    expect(list.values).toEqual(pad(builtListCells(build, 'nl')));
    expect(sourcesSheet.values).toEqual(pad(provenanceCells(build, 'nl')));
    expect(list.metadata).toEqual([{ key: LIST_MARKER_KEY, value: 'v1' }]);
    expect(sourcesSheet.metadata).toEqual([{ key: SOURCES_MARKER_KEY, value: 'v1' }]);
    expect(list.frozenRows).toBe(1);
    expect(list.style('setFontWeight', 0, 0)).toBe('bold');
    expect([list.maxRows, list.maxColumns]).toEqual([list.values.length, list.values[0]!.length]);
    // Every text cell is plain text ("@"), so a name or number is kept as written; no number cell is.
    for (const written of [list, sourcesSheet]) {
      written.values.forEach((row, r) => row.forEach((v, c) => {
        expect(written.format(r, c), `${written.name} ${r},${c}`).toBe(typeof v === 'string' ? '@' : undefined);
      }));
      expect(written.coerced).toEqual([]);
    }
    expect(loaded.spreadsheet.active.name).toBe('Klantenlijst');
    expect(loaded.spreadsheet.sheets.map((s) => s.name)).toEqual([...COMBINED.files.map(sheetName), 'Toelichting', 'Klantenlijst', 'Bronnen']);
  });

  it('never writes into a source sheet', () => {
    const writes = loaded.recorder.calls.filter((c) => COMBINED.files.some((f) => c.target.includes(`(${sheetName(f)})`)) && /^(set|insert|merge|add|delete)/.test(c.method));
    expect(writes).toEqual([]);
  });
});

describe('re-runs, names and what is not written', () => {
  const files = ['toggl-detailed.csv', 'facturen-nl.csv'];

  it('a re-run replaces only our two sheets, in place; the analysis of the list reads it back', () => {
    const loaded = workbook(files, 'Europe/Amsterdam');
    loaded.run('sidebarMakeClientList', requestFor(files));
    // The user moves on: the analysis of the list is painted after it (the pane's flow), a sheet of theirs follows.
    const table = loaded.run('sidebarReadTable') as { cells: unknown[][]; where: { sheet: string; ours: boolean } };
    expect(table.where).toMatchObject({ sheet: 'Klantenlijst', ours: false });
    expect(table.cells).toEqual(sheet(loaded, 'Klantenlijst').values);
    loaded.spreadsheet.insertSheet('Mijn blad', loaded.spreadsheet.sheets.length);
    const again = loaded.run('sidebarMakeClientList', requestFor(files, { period: '2024' })) as Made;
    expect(again.sheetName).toBe('Klantenlijst');
    expect(again.list.period?.from).toBe('2024-01-01');
    expect(loaded.spreadsheet.sheets.map((s) => s.name)).toEqual([...files.map(sheetName), 'Klantenlijst', 'Bronnen', 'Mijn blad']);
    expect(sheet(loaded, 'Klantenlijst').metadata).toEqual([{ key: LIST_MARKER_KEY, value: 'v1' }]);
  });

  it('never replaces a sheet of the user that has the name: the list goes to "Klantenlijst (2)"', () => {
    const mine = [['Mijn eigen aantekeningen']];
    const loaded = workbook(files, 'Europe/Amsterdam', [{ name: 'Klantenlijst', values: mine }, { name: 'Bronnen', values: mine }]);
    const made = loaded.run('sidebarMakeClientList', requestFor(files)) as Made;
    expect(made.sheetName).toBe('Klantenlijst (2)');
    expect(sheet(loaded, 'Klantenlijst').values).toEqual(mine);
    expect(sheet(loaded, 'Bronnen').values).toEqual(mine);
    expect(loaded.spreadsheet.sheets.map((s) => s.name)).toContain('Bronnen (2)');
  });

  it('an English spreadsheet gets "Client list" and "Sources"', () => {
    const loaded = loadWithFake({ sheets: [{ name: 'Harvest', values: fixtureCells('harvest-detailed.csv') }], locale: 'en_US' });
    const made = loaded.run('sidebarMakeClientList', { sheets: [{ sheet: 'Harvest', use: true }] }) as Made;
    expect(made.sheetName).toBe('Client list');
    expect(loaded.spreadsheet.sheets.map((s) => s.name)).toEqual(['Harvest', 'Client list', 'Sources']);
  });

  it('a blocked build (an undecidable date order) writes nothing; deciding it writes the list', () => {
    const loaded = loadWithFake({ sheets: [{ name: 'Clockify', values: fixtureCells('clockify-undecidable.csv') }], locale: 'en_US' });
    const blocked = loaded.run('sidebarMakeClientList', { sheets: [{ sheet: 'Clockify', use: true }] }) as Made;
    expect(blocked.sheetName).toBeNull();
    expect(blocked.list.blocked).toBe(true);
    expect(blocked.list.problems.map((p) => p.id)).toContain('dateOrderUndecided');
    expect(loaded.spreadsheet.sheets.map((s) => s.name)).toEqual(['Clockify']);
    const decided = loaded.run('sidebarMakeClientList', { sheets: [{ sheet: 'Clockify', use: true, choice: { dateOrder: 'dmy' } }] }) as Made;
    expect(decided.sheetName).toBe('Client list');
  });

  it('sheets left unused are not read; a list without clients writes nothing', () => {
    const loaded = workbook(files, 'Europe/Amsterdam', [{ name: 'Notities', values: [['Boodschappen', 'Prijs'], ['Melk', 1]] }]);
    const made = loaded.run('sidebarMakeClientList', { sheets: [{ sheet: 'toggl-detailed', use: false }, { sheet: 'Notities', use: true }] }) as Made;
    expect(made.sheetName).toBeNull();
    expect(made.list.clients).toEqual([]);
    expect(loaded.recorder.calls.filter((c) => c.target === 'Sheet(toggl-detailed)' && c.method === 'getRange')).toEqual([]);
    expect(loaded.spreadsheet.sheets).toHaveLength(3);
  });

  it('refuses a sheet that is gone, a sheet of ours, and a request of another shape, in the user\'s language', () => {
    const loaded = workbook(files, 'Europe/Amsterdam');
    expect(() => loaded.run('sidebarMakeClientList', { sheets: [{ sheet: 'Weg', use: true }] })).toThrow(/Het blad "Weg" staat niet/);
    loaded.run('sidebarMakeClientList', requestFor(files));
    expect(() => loaded.run('sidebarMakeClientList', { sheets: [{ sheet: 'Bronnen', use: true }] })).toThrow(/zelf gemaakt/);
    expect(() => loaded.run('sidebarMakeClientList', { sheets: 'alles' })).toThrow(/onleesbaar/);
    expect(() => loaded.run('sidebarMakeClientList', { sheets: [], same: [['a']] })).toThrow(/onleesbaar/);
  });
});

/** Time entries and invoices of `clients` clients, `lines` lines in all, dates as Sheets holds them. */
function bigWorkbook(lines: number, clients = 200): { name: string; values: unknown[][] }[] {
  const zone = 'Europe/Amsterdam';
  const days = Array.from({ length: 365 }, (_, d) => zoneDate(zone, 2025, 1, 1 + d));
  const durations = Array.from({ length: 16 }, (_, q) => zoneDate(zone, 1899, 12, 30, Math.floor((q + 1) / 4), ((q + 1) % 4) * 15));
  const timeLines = Math.round(lines * 0.9);
  const time: unknown[][] = [['Client', 'Project', 'Description', 'Billable', 'Start date', 'Duration']];
  for (let i = 0; i < timeLines; i++) time.push([`Klant ${i % clients} B.V.`, `Project ${i % 7}`, 'Werk', i % 5 === 0 ? 'No' : 'Yes', days[i % 365], durations[i % 16]]);
  const invoices: unknown[][] = [['Factuurnummer', 'Relatie', 'Factuurdatum', 'Vervaldatum', 'Bedrag excl. btw', 'Btw', 'Betaald op']];
  for (let i = 0; i < lines - timeLines; i++) {
    invoices.push([`F-${i}`, `Klant ${i % clients} B.V.`, days[i % 300], days[(i % 300) + 30], 100 + (i % 50), 21, days[(i % 300) + 30 + (i % 20)]]);
  }
  return [{ name: 'Uren', values: time }, { name: 'Facturen', values: invoices }];
}

const BIG = Number(process.env.SHEETS_SOURCES_LINES ?? 100_000);

describe(`calls and time at 1 000 and ${BIG.toLocaleString('en')} lines`, () => {
  const request: ListRequest = { sheets: [{ sheet: 'Uren', use: true }, { sheet: 'Facturen', use: true }], period: '2025' };
  const run = (lines: number): { loaded: Loaded; made: Made; ms: number } => {
    const loaded = loadWithFake({ sheets: bigWorkbook(lines), measure: false });
    const started = performance.now();
    const made = loaded.run('sidebarMakeClientList', request) as Made;
    return { loaded, made, ms: performance.now() - started };
  };

  it('the calls grow only with the blocks read; the core takes a small part of Apps Script\'s 6 minutes', { timeout: 300_000 }, () => {
    const small = run(1000);
    const large = run(BIG);
    expect(small.made.list.clients).toHaveLength(200);
    expect(large.made.list.clients).toHaveLength(200);
    const blocks = (loaded: Loaded): number => ['Uren', 'Facturen'].reduce((sum, name) => {
      const s = sheet(loaded, name);
      const columns = s.values[0]!.length;
      return sum + Math.ceil(s.values.length / Math.floor(BLOCK_CELLS / columns));
    }, 0);
    const { getValues: smallReads, getRange: smallRanges, formatDate: smallDates, ...smallRest } = signature(small.loaded.recorder.calls);
    const { getValues: largeReads, getRange: largeRanges, formatDate: largeDates, ...largeRest } = signature(large.loaded.recorder.calls);
    expect(largeRest).toEqual(smallRest);
    expect([smallReads, largeReads]).toEqual([blocks(small.loaded), blocks(large.loaded)]);
    // Besides the reads, a range per written slice, per text-format and bold RangeList's sheet: the same at both sizes.
    expect(largeRanges! - largeReads!).toBe(smallRanges! - smallReads!);
    expect(smallRest.setValues).toBe(2);
    // The zone's offset is asked once per distinct UTC hour of the date cells: the year's days and the 16 durations.
    for (const dates of [smallDates!, largeDates!]) expect(dates).toBeLessThanOrEqual(365 + 31 + 16 + 2);

    // The core alone on the same cells (as the host feeds it: the head, then block by block), in this realm.
    const cells = bigWorkbook(BIG).map((s) => new ZoneClock(utilities, 'Europe/Amsterdam').cells(s.values));
    const started = performance.now();
    const builder = createListBuilder(requestOptions(request, 'nl').options);
    for (const [i, values] of cells.entries()) {
      const feed = builder.add({ file: 'Klantwaarde demo', sheet: ['Uren', 'Facturen'][i]!, cells: values.slice(0, 1000), notationHint: 'nl' });
      for (let r = 1000; r < values.length; r++) feed.push(values[r]!);
      feed.end();
    }
    const build = builder.finish();
    const core = performance.now() - started;
    expect(build.clients).toHaveLength(200);
    const reads = large.loaded.recorder.calls.filter((c) => c.method === 'getValues').length;
    console.log(`\nKlantenlijst maken, ${BIG.toLocaleString('en')} lines (${Math.round(BIG * 0.9).toLocaleString('en')} time entries, ` +
      `${Math.round(BIG * 0.1).toLocaleString('en')} invoice lines, 200 clients): core ${(core / 1000).toFixed(2)} s; whole server call through the fake ` +
      `${(large.ms / 1000).toFixed(2)} s (1 000 lines: ${(small.ms / 1000).toFixed(2)} s); calls ${large.loaded.recorder.calls.length} ` +
      `(1 000 lines: ${small.loaded.recorder.calls.length}), getValues ${reads}, formatDate ${largeDates}\n`);
    // Apps Script's V8 is slower than Node's and each block is a round trip (~0.1–1 s measured by others): a
    // budget of a tenth of the 6 minutes for the core leaves the rest for the reads and writes.
    expect(core).toBeLessThan(36_000);
    expect(large.ms).toBeLessThan(36_000);
  });
});
