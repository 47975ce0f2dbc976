/**
 * The sidebar is typechecked with its own tsconfig (DOM and JSX there only, as taskpane/), which `npm run
 * typecheck` does not cover; esbuild strips types without checking them. So here.
 */
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('typechecks sidebar/ (strict, DOM, JSX; with the taskpane it renders)', () => {
  const run = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'sidebar/tsconfig.json'], { encoding: 'utf8' });
  expect(run.stdout + run.stderr).toBe('');
  expect(run.status).toBe(0);
}, 60_000);
