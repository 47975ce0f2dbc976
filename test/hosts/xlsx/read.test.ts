import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { csvCells, decodeText, detectDelimiter, FileReadError, loadTable, cellValueOf } from '../../../src/hosts/xlsx/index.js';
import { recordsOf } from '../../support/oracle.js';

const dir = mkdtempSync(join(tmpdir(), 'klantwaarde-read-'));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('CSV: separators, BOM, notations, quotes, encodings', () => {
  it('detects ; , and tab, and prefers ; on a tie', () => {
    expect(detectDelimiter('Klant;Omzet;Uren\nA;1.234,56;3')).toBe(';');
    expect(detectDelimiter('Client,Revenue\n"Smith, J.",1234.56')).toBe(',');
    expect(detectDelimiter('Kunde\tUmsatz\nX\t5')).toBe('\t');
    expect(detectDelimiter('\uFEFF"Klant; met puntkomma",Omzet;Uren')).toBe(';');
    expect(detectDelimiter('Klant')).toBe(';');
  });

  it('reads a Dutch CSV with BOM, ; and decimal commas into the right numbers', async () => {
    const path = file('nl.csv', '\uFEFFKlant;Omzet;Uren;Korting\r\n"Bakkerij ""De Zon""";€ 1.234,56;12,5;12%\r\nGarage Jansen;800;4;\r\n;;;\r\nTotaal;2.034,56;16,5;\r\n');
    const { table, kind, workbook } = await loadTable(path);
    expect(kind).toBe('csv');
    expect(workbook).toBeNull();
    expect(recordsOf(table.columns).map((r) => [r.row, r.client, r.revenue, r.hours, r.discountPct])).toEqual([
      [2, 'Bakkerij "De Zon"', 1234.56, 12.5, 0.12],
      [3, 'Garage Jansen', 800, 4, 0],
    ]);
    expect(table.problems.map((p) => [p.id, p.row])).toEqual([['totalRowSkipped', 5]]);
  });

  it('keeps quotes inside a value, quoted line breaks, ragged rows and empty lines; a final line break is no row', () => {
    expect(csvCells('Klant;Omzet\r\nScherm 12" breed;1\r\n"Twee\nregels";2\r\n\r\n"A ""B""";3;extra\r\n')).toEqual([
      ['Klant', 'Omzet'], ['Scherm 12" breed', '1'], ['Twee\nregels', '2'], [''], ['A "B"', '3', 'extra'],
    ]);
    expect(csvCells('Klant;Omzet\nA;1')).toEqual([['Klant', 'Omzet'], ['A', '1']]);
    expect(csvCells('Klant;Omzet\nA;1\n;\n')).toEqual([['Klant', 'Omzet'], ['A', '1'], ['', '']]);
  });

  it('refuses a file whose quote is never closed, naming its row, rather than reading the rest as one value', () => {
    expect(() => csvCells('Klant;Omzet\nA;1\n"B;2\nC;3\n')).toThrow(expect.objectContaining({ reason: 'csvQuote', detail: '3' }));
  });

  it('reads a long CSV as it streams: rows after the first 5 000 are read too, and a bad quote there is still refused by row', async () => {
    const lines = ['Klant;Omzet;Uren', ...Array.from({ length: 6_000 }, (_, i) => `"Klant ${i + 1}";${i + 1},50;2`)];
    const { table } = await loadTable(file('lang.csv', lines.join('\r\n') + '\r\n'));
    expect(table.columns.count).toBe(6_000);
    expect([table.columns.client[5_999], table.columns.row[5_999], table.columns.values.revenue[5_999]]).toEqual(['Klant 6000', 6_001, 6_000.5]);
    lines[5_500] = '"Klant 5500;5500;2';
    await expect(loadTable(file('kapot.csv', lines.join('\r\n')))).rejects.toMatchObject({ reason: 'csvQuote', detail: '5501' });
  });

  it('reads an English CSV with , and thousands commas', async () => {
    const path = file('en.csv', 'Client,Revenue,Hours\n"Smith, J.","1,234.56",2\nAcme Ltd,99.5,1\n');
    const { table } = await loadTable(path, { language: 'en' });
    expect(recordsOf(table.columns).map((r) => [r.client, r.revenue, r.hours])).toEqual([['Smith, J.', 1234.56, 2], ['Acme Ltd', 99.5, 1]]);
  });

  it('reads a Windows-1252 file (Excel\'s "CSV" on Windows) without mangling accents', () => {
    const bytes = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x3b, 0x80, 0x20, 0x35, 0x3b, 0x93, 0x78, 0x94]); // Café;€ 5;“x”
    expect(decodeText(bytes)).toBe('Café;€ 5;“x”');
    expect(csvCells(decodeText(bytes))).toEqual([['Café', '€ 5', '“x”']]);
    expect(decodeText(new TextEncoder().encode('Müller;€ 5'))).toBe('Müller;€ 5');
  });

  it('names row and column when a number cannot be read, and keeps the text as written', async () => {
    const path = file('bad.csv', 'Klant;Omzet;Uren\nA;veel;2\nB;100;twee\n');
    const { table } = await loadTable(path);
    const bad = table.problems.map((p) => [p.row, p.column, p.text]);
    expect(bad).toEqual([[2, 'Omzet', 'veel'], [3, 'Uren', 'twee']]);
    expect(table.problems[0]!.message).toContain('Rij 2');
  });
});

describe('xlsx: which sheet, which values', () => {
  it('finds the client table on the second sheet and reads formulas by their results', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Voorblad').getCell('A1').value = 'Jaarrapport';
    const sheet = workbook.addWorksheet('Klanten');
    sheet.addRow(['Klant', 'Omzet', 'Uren']);
    sheet.addRow([{ richText: [{ text: 'Rijk ' }, { text: 'BV' }] }, { formula: '1000+234', result: 1234 }, 10]);
    sheet.addRow(['Arm BV', '€ 50', { formula: '1/0', result: { error: '#DIV/0!' } }]);
    const path = join(dir, 'two.xlsx');
    await workbook.xlsx.writeFile(path);
    const loaded = await loadTable(path);
    expect(loaded.sheetName).toBe('Klanten');
    // An unreadable optional cell is reported and counts as 0; the row stays (docs/DEFINITIONS.md §1).
    expect(recordsOf(loaded.table.columns).map((r) => [r.client, r.revenue, r.hours])).toEqual([['Rijk BV', 1234, 10], ['Arm BV', 50, 0]]);
    expect(loaded.table.problems.map((p) => [p.row, p.column, p.text])).toEqual([[3, 'Uren', '#DIV/0!']]);
    expect(loaded.workbook?.worksheets.map((s) => s.name)).toEqual(['Voorblad', 'Klanten']);
  });

  it('converts ExcelJS cell values', () => {
    const date = new Date(Date.UTC(2026, 0, 31));
    expect(cellValueOf(null)).toBeNull();
    expect(cellValueOf(date)).toBe(date);
    expect(cellValueOf({ text: 'link', hyperlink: 'http://x' })).toBe('link');
    expect(cellValueOf({ formula: 'A1', result: undefined } as unknown as ExcelJS.CellValue)).toBeNull();
  });

  it('fails with a reason for a missing file, an empty file, a PDF renamed to .xlsx and an unknown sheet', async () => {
    const reason = async (path: string, options = {}): Promise<string> => {
      try {
        await loadTable(path, options);
        return 'none';
      } catch (error) {
        return error instanceof FileReadError ? error.reason : `other: ${String(error)}`;
      }
    };
    expect(await reason(join(dir, 'nope.xlsx'))).toBe('missing');
    expect(await reason(file('empty.csv', ''))).toBe('empty');
    expect(await reason(file('fake.xlsx', '%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF\n'))).toBe('notXlsx');
    expect(await reason(file('report.pdf', '%PDF-1.7'))).toBe('unsupported');
    expect(await reason(dir + '/two.xlsx', { sheet: 'Bestaat niet' })).toBe('sheetMissing');
    expect(await reason(dir + '.csv')).toBe('missing');
  });
});
