// The command line (`klantwaarde analyse …`), bundled for Node; npm packages (ExcelJS, Papa Parse, JSZip) stay
// external and come from node_modules.
import { build as esbuild } from 'esbuild';

export async function build() {
  await esbuild({
    entryPoints: ['src/cli/bin.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: 'dist/cli/klantwaarde.js',
    packages: 'external',
    logLevel: 'warning',
  });
}
