import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createListBuilder, type BuiltClient, type ClientListBuild } from '../../../src/core/sources/index.js';
import { ChunkDecoder, encodingOf, feedSourceFiles, type FeedOptions, type FedTable } from '../../../src/hosts/xlsx/sources.js';
import { FileReadError } from '../../../src/hosts/xlsx/read.js';

const dir = mkdtempSync(join(tmpdir(), 'cli16-sources-'));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** Windows-1252 bytes of a text (the characters used here: Latin-1 plus €, ‘ ’ “ ”). */
const cp1252 = (text: string): Uint8Array => Uint8Array.from([...text].map((ch) => ({ '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94 } as Record<string, number>)[ch] ?? ch.charCodeAt(0)));

async function build(paths: string[], options: Partial<FeedOptions> = {}): Promise<{ build: ClientListBuild; tables: FedTable[] }> {
  const builder = createListBuilder({ language: 'nl' });
  const tables = await feedSourceFiles(paths, builder, { language: 'nl', ...options });
  return { build: builder.finish(), tables };
}

const byName = (clients: readonly BuiltClient[]): Record<string, BuiltClient> => Object.fromEntries(clients.map((c) => [c.client, c]));

const INVOICES = [
  'Factuurnummer;Relatie;Factuurdatum;Vervaldatum;Bedrag excl. btw;Btw;Betaald op',
  '2025-001;Café ’t Hoekje;01-04-2025;01-05-2025;1.200,00;252,00;11-05-2025',
  '2025-002;Garage de Wit;15-06-2025;15-07-2025;450,00;94,50;15-07-2025',
  '2025-003;Café ’t Hoekje;01-07-2025;31-07-2025;€ 300,00;63,00;31-07-2025',
];

describe('feedSourceFiles: a CSV streamed from disk into the list builder', () => {
  it('reads a Windows-1252 file (Dutch Excel\'s CSV): é, ’ and € as written, a `;` file in Dutch notation', async () => {
    const path = file('facturen-1252.csv', cp1252(INVOICES.join('\r\n') + '\r\n'));
    const { build: built, tables } = await build([path]);
    expect(tables).toEqual([{ file: path, source: 0, kind: 'invoices' }]);
    const clients = byName(built.clients);
    expect(Object.keys(clients).sort()).toEqual(['Café ’t Hoekje', 'Garage de Wit']);
    expect(clients['Café ’t Hoekje']!.revenue).toBe(1500); // 1.200,00 + € 300,00: the `;` file's notation is Dutch
    expect(clients['Garage de Wit']!.revenue).toBe(450);
    expect(built.sources[0]).toMatchObject({ rows: 3, used: 3, skipped: 0 });
  });

  it('a Windows-1252 file whose first chunk is plain ASCII is still Windows-1252 (decided at its first byte above 0x7F)', async () => {
    const lines = [INVOICES[0]!, ...Array.from({ length: 40 }, (_, i) => `A-${i};Garage de Wit;01-0${1 + (i % 9)}-2025;;10,00;2,10;`), INVOICES[1]!];
    const path = file('laat-1252.csv', cp1252(lines.join('\r\n') + '\r\n'));
    const { build: built } = await build([path], { chunkBytes: 256, headRows: 5 });
    expect(byName(built.clients)['Café ’t Hoekje']?.revenue).toBe(1200);
    expect(byName(built.clients)['Garage de Wit']?.revenue).toBe(400);
  });

  it('reads a UTF-8 file with a BOM (Toggl Track\'s detailed export): the first header is "User", not "\\uFEFFUser"', async () => {
    const toggl = [
      'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)',
      'Anna,anna@firma.nl,Bäckerei Müller,Website,,Ontwerp,Yes,2025-03-04,09:00:00,2025-03-04,11:30:00,02:30:00,,200.00',
      'Anna,anna@firma.nl,Garage de Wit,Onderhoud,,Storing,No,2025-05-10,13:00:00,2025-05-10,14:00:00,01:00:00,,0.00',
      'Bob,bob@firma.nl,Bäckerei Müller,Website,,Bouw,Yes,2025-06-01,09:00:00,2025-06-01,17:15:00,08:15:00,,660.00',
    ];
    const path = file('toggl.csv', '\uFEFF' + toggl.join('\n') + '\n');
    // Tiny chunks: the BOM, the ä and the ü are cut across chunk borders somewhere.
    for (const chunkBytes of [65_536, 3, 7]) {
      const { build: built } = await build([path], { chunkBytes, headRows: 2 });
      expect(built.sources[0]!.kind).toBe('timeEntries');
      expect(built.sources[0]!.recognition.headers[0]).toBe('User');
      const clients = byName(built.clients);
      expect(clients['Bäckerei Müller']).toMatchObject({ hours: 10.75, unbilledHours: 0 });
      expect(clients['Garage de Wit']).toMatchObject({ hours: 1, unbilledHours: 1 });
    }
  });

  it('the head and the streamed rest give the same list as a head holding every row; the line break at the end makes no row', async () => {
    const lines = [INVOICES[0]!, ...Array.from({ length: 120 }, (_, i) => `F${i};Klant ${i % 7};${String(1 + (i % 28)).padStart(2, '0')}-03-2025;;${i},50;0;`)];
    const path = file('lang.csv', lines.join('\n') + '\n');
    const whole = await build([path]);
    const streamed = await build([path], { headRows: 10, chunkBytes: 500 });
    expect(streamed.build.clients).toEqual(whole.build.clients);
    expect(streamed.build.sources[0]!.rows).toBe(120);
    expect(whole.build.sources[0]!.rows).toBe(120);
  });

  it('a `,` file is read in English notation (1,200.00), a `;` file in Dutch (1.200,00)', async () => {
    const en = file('en.csv', 'Invoice number,Customer,Invoice date,Due date,Amount excl. VAT\nI-1,Acme Ltd,2025-02-01,2025-03-01,"1,200.00"\n');
    const nl = file('nl.csv', 'Factuurnummer;Relatie;Factuurdatum;Vervaldatum;Bedrag excl. btw\nF-1;Jansen;01-02-2025;01-03-2025;1.200,00\n');
    const { build: built } = await build([en, nl]);
    expect(byName(built.clients)['Acme Ltd']?.revenue).toBe(1200);
    expect(byName(built.clients)['Jansen']?.revenue).toBe(1200);
  });

  it('a quote that opens a field and never closes is refused, naming the row, as loadTable does', async () => {
    const path = file('quote.csv', `${INVOICES[0]}\n${INVOICES[2]}\n"2025-009;Open;01-04-2025;;1,00;0;\n${INVOICES[3]}\n`);
    const error = await build([path]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileReadError);
    expect(error).toMatchObject({ reason: 'csvQuote', detail: '3' });
  });

  it('a missing file, an empty one and one of another kind are FileReadErrors', async () => {
    await expect(build([join(dir, 'weg.csv')])).rejects.toMatchObject({ reason: 'missing' });
    await expect(build([file('leeg.csv', '')])).rejects.toMatchObject({ reason: 'empty' });
    await expect(build([file('x.ods', 'x')])).rejects.toMatchObject({ reason: 'unsupported' });
  });
});

describe('feedSourceFiles: a workbook, every sheet that is a source', () => {
  it('a 2-sheet workbook (time entries, invoices) beside a notes sheet: the two are sources, the notes are not', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notities').addRows([['Export van 2025-08-01'], ['Gemaakt door Anna, niet wijzigen']]);
    const hours = workbook.addWorksheet('Uren');
    hours.addRows([
      ['Datum', 'Klant', 'Project', 'Uren', 'Declarabel'],
      [new Date(Date.UTC(2025, 2, 4)), 'Bakkerij Jansen', 'Website', 2.5, 'Ja'],
      [new Date(Date.UTC(2025, 4, 10)), 'Garage de Wit', 'Onderhoud', 1, 'Nee'],
    ]);
    const invoices = workbook.addWorksheet('Facturen');
    invoices.addRows([
      ['Factuurnummer', 'Relatie', 'Factuurdatum', 'Vervaldatum', 'Bedrag excl. btw', 'Betaald op'],
      ['2025-001', 'Bakkerij Jansen', new Date(Date.UTC(2025, 3, 1)), new Date(Date.UTC(2025, 4, 1)), 1200, new Date(Date.UTC(2025, 4, 11))],
      ['2025-002', 'Garage de Wit', new Date(Date.UTC(2025, 5, 15)), new Date(Date.UTC(2025, 6, 15)), 450, new Date(Date.UTC(2025, 6, 15))],
    ]);
    const path = join(dir, 'export.xlsx');
    await workbook.xlsx.writeFile(path);
    const { build: built, tables } = await build([path]);
    expect(tables).toEqual([
      { file: path, sheet: 'Notities', source: null, kind: null },
      { file: path, sheet: 'Uren', source: 0, kind: 'timeEntries' },
      { file: path, sheet: 'Facturen', source: 1, kind: 'invoices' },
    ]);
    expect(built.sources.map((s) => s.sheet)).toEqual(['Uren', 'Facturen']);
    const clients = byName(built.clients);
    expect(clients['Bakkerij Jansen']).toMatchObject({ revenue: 1200, hours: 2.5, invoices: 1, daysLate: 10 });
    expect(clients['Garage de Wit']).toMatchObject({ revenue: 450, hours: 1, unbilledHours: 1, daysLate: 0 });
  });

  it('a date-and-time cell is the date Excel shows, also after noon (no day later), and a time cell its clock', async () => {
    const workbook = new ExcelJS.Workbook();
    const hours = workbook.addWorksheet('Uren');
    hours.addRows([
      ['Start date', 'Start time', 'End time', 'Client', 'Project'],
      // 31 March 23:30 and 30 June 14:00 as Excel shows them (ExcelJS: the shown clock as UTC).
      [new Date(Date.UTC(2025, 2, 31, 23, 30)), new Date(Date.UTC(1899, 11, 30, 22, 0)), new Date(Date.UTC(1899, 11, 30, 23, 30)), 'Bakkerij Jansen', 'Web'],
      [new Date(Date.UTC(2025, 5, 30, 14, 0)), new Date(Date.UTC(1899, 11, 30, 14, 0)), new Date(Date.UTC(1899, 11, 30, 15, 0)), 'Bakkerij Jansen', 'Web'],
    ]);
    const path = join(dir, 'tijden.xlsx');
    await workbook.xlsx.writeFile(path);
    const { build: built } = await build([path], {});
    // Latest date 30 June 2025 (not 1 July): the period is July 2024 – June 2025, and both entries are in it.
    expect(built.period).toMatchObject({ from: '2024-07-01', to: '2025-06-30' });
    expect(byName(built.clients)['Bakkerij Jansen']!.hours).toBe(2.5);
  });

  it('a workbook no sheet of which is a source adds its sheets, so the builder says why', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Blad1').addRows([['Notitie'], ['niets']]);
    const path = join(dir, 'niets.xlsx');
    await workbook.xlsx.writeFile(path);
    const { build: built, tables } = await build([path]);
    expect(tables).toEqual([{ file: path, sheet: 'Blad1', source: 0, kind: null }]);
    expect(built.problems.map((p) => p.id)).toContain('sourceNotRecognised');
  });
});

describe('the encoding of a streamed CSV, as decodeText decides it', () => {
  const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
  it.each([
    ['plain ASCII', enc('Klant;Omzet\nA;1\n'), 'ascii'],
    ['UTF-8', enc('Klant;Omzet\nCafé;1\n'), 'utf-8'],
    ['UTF-8 with a BOM, ASCII after it', enc('\uFEFFKlant;Omzet\n'), 'utf-8'],
    ['UTF-8 cut inside its last character (a chunk border): undecided yet', enc('Klant;Omzet\nCafé').subarray(0, -1), 'ascii'],
    ['UTF-8 cut inside a character, with whole ones before it', enc('Klant;Omzet\nCafé Müller').subarray(0, -6), 'utf-8'],
    ['Windows-1252', cp1252('Klant;Omzet\nCafé;€ 1\n'), 'windows-1252'],
    ['UTF-16 LE with a BOM', Uint8Array.from([0xff, 0xfe, ...[...'Klant;Omzet\n'].flatMap((c) => [c.charCodeAt(0), 0])]), 'utf-16le'],
  ] as const)('%s', (_name, bytes, expected) => {
    expect(encodingOf(bytes)).toBe(expected);
  });

  it('a character cut at a chunk border is carried to the next chunk, in every encoding and at every cut', () => {
    const text = 'Cafe Café ’t Hoekje €';
    for (const [bytes, expected] of [[new TextEncoder().encode(text), text], [cp1252(text), text]] as const) {
      for (let a = 1; a < bytes.length; a++) {
        for (let b = a; b < bytes.length; b++) {
          const decoder = new ChunkDecoder(encodingOf(bytes.subarray(0, a)));
          const decoded = [decoder.decode(bytes.subarray(0, a)), decoder.decode(bytes.subarray(a, b)), decoder.decode(bytes.subarray(b)), decoder.end()].join('');
          expect(decoded, `${a}, ${b}`).toBe(expected);
        }
      }
    }
  });

  it('a file ending in a byte above 0x7F that is no whole UTF-8 sequence is Windows-1252', () => {
    const decoder = new ChunkDecoder('ascii');
    expect(decoder.decode(cp1252('Klant;Omzet\nCaf')) + decoder.decode(cp1252('é')) + decoder.end()).toBe('Klant;Omzet\nCafé');
  });
});
