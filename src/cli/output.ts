/**
 * Where the CLI writes, decided so that no file is ever lost:
 * - the input is recognised by device and inode, not by its path string, so a symlink to it, a hard link, or
 *   `K.xlsx` for `k.xlsx` on a case-insensitive volume (one inode, two spellings) is refused;
 * - an existing file that is not a workbook this tool wrote is refused unless `--force`: it may hold someone's
 *   work, and replacing it would lose every sheet in it;
 * - the extension decides the format: only `.xlsx` is written, anything else is refused rather than given xlsx
 *   bytes under a `.csv` or `.xls` name that no program would then open;
 * - the bytes go to a temporary file beside the target and are renamed over it, so an interrupted run (a full
 *   disk, Ctrl-C, a crash) leaves the old file as it was. Beside, not in /tmp: a rename is atomic only within
 *   one file system.
 */
import { randomBytes } from 'node:crypto';
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';

export type OutputRefusal =
  | { reason: 'isInput' }
  | { reason: 'extension'; extension: string }
  | { reason: 'foreign' }
  | { reason: 'notAFile' };

export type OutputPlan = { ok: true; target: string; replaces: boolean } | ({ ok: false } & OutputRefusal);

/** The only extension the CLI writes; compared without regard to case (`.XLSX` is what some systems show). */
export const OUTPUT_EXTENSION = '.xlsx';

async function statOrNull(path: string): Promise<import('node:fs').Stats | null> {
  try {
    return await stat(path); // follows symlinks: the file a link points at is the one that would be written
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Our own output, recognised by the package's properties: `writeReportFile` sets creator and last-modified-by to
 * Klantwaarde. A workbook that someone has since saved in Excel or LibreOffice carries their name as
 * last-modified-by, may hold work of theirs, and so counts as foreign.
 */
export async function isOurWorkbook(bytes: Uint8Array): Promise<boolean> {
  try {
    // JSZip only when an existing workbook is looked into (not at start-up: `--json` never needs it).
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(bytes);
    const core = await zip.file('docProps/core.xml')?.async('string');
    if (!core) return false;
    return /<dc:creator>Klantwaarde<\/dc:creator>/.test(core) && /<cp:lastModifiedBy>Klantwaarde<\/cp:lastModifiedBy>/.test(core);
  } catch {
    return false; // not a zip at all: certainly not ours
  }
}

/** Decides whether `out` may be written for `input`, and the real path to write (a symlink's target). */
export async function planOutput(input: string, out: string, force: boolean): Promise<OutputPlan> {
  const extension = extname(out);
  if (extension.toLowerCase() !== OUTPUT_EXTENSION) return { ok: false, reason: 'extension', extension };
  const [inputStat, outStat] = await Promise.all([statOrNull(input), statOrNull(out)]);
  if (outStat && inputStat && outStat.dev === inputStat.dev && outStat.ino === inputStat.ino) return { ok: false, reason: 'isInput' };
  if (!outStat) {
    // A dangling symlink or a new name: write where the name will point. The folder's real path keeps a rename
    // inside one file system even when the folder is reached through a link.
    let folder = dirname(resolve(out));
    try {
      folder = await realpath(folder);
    } catch {
      // the folder does not exist: the write reports that in the user's language
    }
    return { ok: true, target: join(folder, basename(out)), replaces: false };
  }
  if (!outStat.isFile()) return { ok: false, reason: 'notAFile' };
  const target = await realpath(out);
  if (!force) {
    const handle = await open(target, 'r');
    let bytes: Uint8Array;
    try {
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
    if (!(await isOurWorkbook(bytes))) return { ok: false, reason: 'foreign' };
  }
  return { ok: true, target, replaces: true };
}

/**
 * Runs `write(temporaryPath)` and renames the result over `target`; on any failure the temporary file is
 * removed and `target` is untouched. `hooks.rename` lets a test interrupt the last step.
 */
export async function writeReplacing<T>(
  target: string,
  write: (temporaryPath: string) => Promise<T>,
  hooks: { rename?: (from: string, to: string) => Promise<void> } = {},
): Promise<T> {
  // A dot name so a file browser hides it; the random part keeps two runs apart.
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const value = await write(temporary);
    // Flush to disk before the rename: otherwise a power cut can leave the new name with no data.
    const handle = await open(temporary, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await (hooks.rename ?? rename)(temporary, target);
    return value;
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
