// Proves src/core is host-neutral: bundled for a neutral platform with no externals, any import of a Node
// built-in, Office, Apps Script or an npm package fails the build.
import { build as esbuild } from 'esbuild';

export async function build() {
  await esbuild({
    entryPoints: ['src/core/index.ts'],
    bundle: true,
    platform: 'neutral',
    format: 'esm',
    target: 'es2019',
    outfile: 'dist/core/core.js',
    logLevel: 'warning',
    // Neutral platform resolves no "main" fields: only our own relative imports can be found.
    mainFields: [],
  });
}
