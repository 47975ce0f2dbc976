// The benchmark script (`npm run bench`), bundled for Node so it runs without a TypeScript loader.
import { build as esbuild } from 'esbuild';

export async function build() {
  await esbuild({
    entryPoints: ['bench/bench.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: 'dist/bench/bench.js',
    packages: 'external',
    logLevel: 'warning',
  });
}
