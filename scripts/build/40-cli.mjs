// The command line (`klantwaarde analyse …`), bundled for Node; npm packages (ExcelJS, Papa Parse, JSZip) stay
// external and come from node_modules. Two entry points: the CLI, and the second thread of `--json` on large
// lists (src/cli/json-worker.ts), which the CLI starts from beside itself.
import { build as esbuild } from 'esbuild';

export async function build() {
  await esbuild({
    entryPoints: { klantwaarde: 'src/cli/bin.ts', 'json-worker': 'src/cli/json-worker.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: 'dist/cli',
    packages: 'external',
    logLevel: 'warning',
  });
}
