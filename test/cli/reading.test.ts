/** Issue 7's notation and structure cases end to end through `klantwaarde analyse` (JSON out). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'klantwaarde-reading-'));

async function json(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: { clients: { client: string; revenue: number; time: number }[]; mapping: { headerRows: number } }; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, env, color: false, today: '2026-11-24' });
  return { code, out: code === 0 ? JSON.parse(stdout) : null, stderr };
}

describe('notation by the data, not the locale', () => {
  it('1.500 and 12.000 in a ";" CSV with Dutch headers are thousands, also with LANG=en_US', async () => {
    const path = join(dir, 'nl.csv');
    writeFileSync(path, 'Klant;Omzet;Uren\nAlfa;1.500;12\nBeta;12.000;3\n');
    const run = await json(['analyse', path, '--json'], { LANG: 'en_US.UTF-8' });
    expect(run.code).toBe(0);
    expect(run.out.clients.map((c) => c.revenue).sort((a, b) => a - b)).toEqual([1500, 12000]);
    expect(run.stderr).not.toContain('notation');
  });

  it('"1,500" in an English "," CSV is one thousand five hundred without --lang en', async () => {
    const path = join(dir, 'en.csv');
    writeFileSync(path, 'Client,Revenue,Hours\nAlpha,"1,500",12\nBeta,900,3\n');
    const run = await json(['analyse', path, '--json'], {});
    expect(run.out.clients.map((c) => c.revenue).sort((a, b) => a - b)).toEqual([900, 1500]);
  });
});

describe('structure', () => {
  it('a merged two-row header in a workbook is one header: the sub-header is no client', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Klanten');
    sheet.addRow(['Klant', 'Omzet', null, 'Tijd', null]);
    sheet.addRow([null, 2024, 2025, 'uren', 'minuten']);
    sheet.mergeCells('B1:C1');
    sheet.mergeCells('D1:E1');
    sheet.addRow(['Alfa', 900, 1000, null, 90]);
    sheet.addRow(['Beta', 400, 500, 2, null]);
    const path = join(dir, 'twee-koppen.xlsx');
    await workbook.xlsx.writeFile(path);
    const run = await json(['analyse', path, '--json', '--yes']);
    expect(run.code).toBe(0);
    expect(run.out.mapping.headerRows).toBe(2);
    expect(run.out.clients.map((c) => c.client).sort()).toEqual(['Alfa', 'Beta']);
    expect(run.out.clients.find((c) => c.client === 'Alfa')!.revenue).toBe(1000);
  });
});
