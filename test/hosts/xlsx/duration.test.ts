import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { cellValueOf, readSheet } from '../../../src/hosts/xlsx/read.js';
import { parseDurationText } from '../../../src/core/read/duration.js';

/** A workbook written to bytes and read back, as `loadTable` reads a file. */
async function roundTrip(cells: { value: ExcelJS.CellValue; numFmt?: string }[], date1904 = false): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  if (date1904) workbook.properties.date1904 = true;
  const sheet = workbook.addWorksheet('Uren');
  cells.forEach(({ value, numFmt }, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
  });
  const bytes = await workbook.xlsx.writeBuffer();
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(bytes);
  return again.getWorksheet('Uren')!;
}

describe('xlsx: duration and time cells reach the core as the h:mm text Excel shows', () => {
  it('reads [h]:mm, [h]:mm:ss, h:mm, [mm]:ss and formula results as h:mm(:ss); other formats unchanged', async () => {
    const sheet = await roundTrip([
      { value: 5.2291666, numFmt: '[h]:mm' },
      { value: 0.5213, numFmt: '[h]:mm:ss' },
      { value: 5.2291666, numFmt: 'h:mm' },
      { value: 0.0104166667, numFmt: '[mm]:ss' },
      { value: { formula: 'A1*2', result: 0.75 }, numFmt: '[h]:mm' },
      { value: 0.5625, numFmt: 'h:mm AM/PM' },
      { value: 5.2291666, numFmt: '0.00' },
      { value: 12.5 },
      { value: new Date(Date.UTC(2025, 2, 1)), numFmt: 'dd-mm-yyyy' },
    ]);
    const cells = readSheet(sheet).cells.map((row) => row[0]);
    expect(cells.slice(0, 8)).toEqual(['125:30', '12:30:40', '5:30', '0:15:00', '18:00', '13:30', 5.2291666, 12.5]);
    expect(cells[8]).toEqual(new Date(Date.UTC(2025, 2, 1)));
    expect(parseDurationText(cells[0] as string, 'nl')).toBe(125.5);
  });

  it('counts a 1904 workbook\'s durations from its own day 0', async () => {
    const sheet = await roundTrip([{ value: 5.2291666, numFmt: '[h]:mm' }], true);
    expect(readSheet(sheet).cells[0]![0]).toBe('125:30');
  });

  it('converts a number or a Date by the format given, and leaves everything without one as it was', () => {
    expect(cellValueOf(1.5, { numFmt: '[h]:mm' })).toBe('36:00');
    expect(cellValueOf(-0.0625, { numFmt: '[h]:mm' })).toBe('-1:30');
    expect(cellValueOf(new Date(Date.UTC(1899, 11, 30, 7, 45)), { numFmt: 'h:mm' })).toBe('7:45');
    expect(cellValueOf(1.5)).toBe(1.5);
    expect(cellValueOf(1.5, { numFmt: 'mm' })).toBe(1.5); // a month, not minutes
    expect(cellValueOf(1.5, { numFmt: 'General' })).toBe(1.5);
    expect(cellValueOf('12:30', { numFmt: '[h]:mm' })).toBe('12:30');
  });
});
