/**
 * Never lose a file: the CLI's --out is checked by device and inode, foreign workbooks are
 * refused without --force, only .xlsx is written, and a write that fails leaves the old file as it was.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main.js';
import { isOurWorkbook, planOutput, writeReplacing } from '../../src/cli/output.js';

const dir = mkdtempSync(join(tmpdir(), 'klantwaarde-out-'));
const CSV = 'Klant;Omzet;Uren\nBakkerij Jansen;12500;40\nGarage de Wit;3400;60\n';
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, env: {}, color: false, today: '2026-11-24' });
  return { code, stdout, stderr };
}

async function foreignWorkbook(name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Marieke';
  workbook.addWorksheet('Begroting 2027').getCell('A1').value = 'werk van een week';
  return file(name, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

describe('--out never overwrites the input', () => {
  it('a symlink to the input is refused and the input is unchanged', async () => {
    const input = file('link-in.csv', CSV);
    const link = join(dir, 'link-out.xlsx');
    symlinkSync(input, link);
    const run = await cli(['analyse', input, '--out', link]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/mag niet het invoerbestand zijn/);
    expect(readFileSync(input, 'utf8')).toBe(CSV);
  });

  it('another spelling of the same file (one inode: a case-insensitive volume, a hard link) is refused', async () => {
    // Linux volumes here are case-sensitive, so `K.xlsx` for `k.xlsx` is made the way such a volume sees it: two
    // names, one device and inode. The path strings differ, which is what the old check compared.
    const input = file('k.csv', CSV);
    const other = join(dir, 'K.xlsx');
    linkSync(input, other);
    const run = await cli(['analyse', input, '--out', other]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/mag niet het invoerbestand zijn/);
    expect(readFileSync(input, 'utf8')).toBe(CSV);
  });
});

describe('an existing --out', () => {
  it('a workbook Klantwaarde did not make is refused unless --force, its sheets kept', async () => {
    const input = file('foreign-in.csv', CSV);
    const out = await foreignWorkbook('begroting.xlsx');
    const before = readFileSync(out);
    const run = await cli(['analyse', input, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bestaat al en is niet door Klantwaarde gemaakt.*--force/);
    expect(readFileSync(out).equals(before)).toBe(true);

    const forced = await cli(['analyse', input, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(await isOurWorkbook(readFileSync(out))).toBe(true);
  });

  it('any other file under an .xlsx name is refused too (a PDF, a text)', async () => {
    const input = file('pdf-in.csv', CSV);
    const out = file('rapport.xlsx', '%PDF-1.7\n');
    expect((await cli(['analyse', input, '--out', out])).code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('%PDF-1.7\n');
  });

  it('a workbook Klantwaarde wrote is replaced by the next run, without --force', async () => {
    const input = file('again.csv', CSV);
    const out = join(dir, 'again-out.xlsx');
    expect((await cli(['analyse', input, '--out', out])).code).toBe(0);
    expect(await isOurWorkbook(readFileSync(out))).toBe(true);
    expect((await cli(['analyse', input, '--out', out])).code).toBe(0);
  });

  it('a symlink to our own workbook is followed: the target is written, the link stays a link', async () => {
    const input = file('via-link.csv', CSV);
    const real = join(dir, 'real-out.xlsx');
    expect((await cli(['analyse', input, '--out', real])).code).toBe(0);
    const link = join(dir, 'link-to-real.xlsx');
    symlinkSync(real, link);
    const plan = await planOutput(input, link, false);
    expect(plan).toMatchObject({ ok: true, target: real, replaces: true });
  });

  it('a folder with an .xlsx name is refused', async () => {
    const input = file('folder-in.csv', CSV);
    const folder = join(dir, 'map.xlsx');
    mkdirSync(folder);
    const run = await cli(['analyse', input, '--out', folder]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/geen gewoon bestand/);
  });
});

describe('the extension of --out decides the format', () => {
  for (const name of ['rapport.csv', 'rapport.xls', 'rapport.ods', 'rapport']) {
    it(`${name} is refused, nothing written`, async () => {
      const input = file(`ext-${name}.csv`, CSV);
      const out = join(dir, name);
      const run = await cli(['analyse', input, '--out', out]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/moet op \.xlsx eindigen/);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('.XLSX in capitals is an xlsx name', async () => {
    const input = file('caps.csv', CSV);
    const run = await cli(['analyse', input, '--out', join(dir, 'CAPS.XLSX'), '--quiet']);
    expect(run.code).toBe(0);
  });

  it('the message is in the chosen language', async () => {
    const input = file('ext-en.csv', CSV);
    const run = await cli(['analyse', input, '--out', join(dir, 'x.csv'), '--lang', 'en']);
    expect(run.stderr).toMatch(/must end in \.xlsx .*not "\.csv"/);
  });
});

describe('an interrupted write leaves the old file', () => {
  it('a failure while writing: the old bytes stay, no temporary file is left', async () => {
    const target = file('old.xlsx', 'old bytes');
    await expect(writeReplacing(target, async (temporary) => {
      writeFileSync(temporary, 'half of the new');
      throw new Error('disk full');
    })).rejects.toThrow('disk full');
    expect(readFileSync(target, 'utf8')).toBe('old bytes');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('interrupted just before the rename: the old bytes stay, no temporary file is left', async () => {
    const target = file('old2.xlsx', 'old bytes');
    await expect(writeReplacing(target, async (temporary) => writeFileSync(temporary, 'all of the new'), {
      rename: () => Promise.reject(new Error('killed')),
    })).rejects.toThrow('killed');
    expect(readFileSync(target, 'utf8')).toBe('old bytes');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('the temporary file is beside the target (one file system, so the rename is atomic)', async () => {
    const target = join(dir, 'beside.xlsx');
    let seen = '';
    await writeReplacing(target, async (temporary) => {
      seen = temporary;
      writeFileSync(temporary, 'new');
    });
    expect(seen.startsWith(join(dir, '.beside.xlsx.'))).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('new');
  });
});
