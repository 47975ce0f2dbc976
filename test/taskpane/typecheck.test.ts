/**
 * The pane is typechecked with its own tsconfig (DOM and JSX there only, so they never leak into the core's
 * check), which `npm run typecheck` does not cover; esbuild strips types without checking them. So here.
 */
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('typechecks taskpane/ (strict, DOM, JSX)', () => {
  const run = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'taskpane/tsconfig.json'], { encoding: 'utf8' });
  expect(run.stdout + run.stderr).toBe('');
  expect(run.status).toBe(0);
}, 60_000);
