// The command line (`klantwaarde analyse …`), bundled for Node; npm packages (ExcelJS, Papa Parse, JSZip) stay
// external and come from node_modules. Split: what only writing a workbook needs (src/hosts/xlsx/write.ts and the
// packages it imports) is a chunk beside the bundle, loaded when a workbook is written, so `--json` and `--help`
// start without it.
// The version `--version` prints is package.json's, put in at build time.
import { readFileSync, rmSync } from 'node:fs';
import { build as esbuild } from 'esbuild';

export async function build() {
  rmSync('dist/cli', { recursive: true, force: true });
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  await esbuild({
    entryPoints: { klantwaarde: 'src/cli/bin.ts' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: 'dist/cli',
    chunkNames: 'chunks/[name]-[hash]',
    packages: 'external',
    logLevel: 'warning',
    define: { KLANTWAARDE_VERSION: JSON.stringify(version) },
  });
}
