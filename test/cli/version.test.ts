/** `klantwaarde --version` prints package.json's version: the build puts it in (scripts/build/40-cli.mjs). */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('klantwaarde --version', () => {
  it('is the version of package.json', { timeout: 60_000 }, () => {
    // Built by `npm test` before the tests run (not here: other tests run the bundle meanwhile).
    if (!existsSync(join(root, 'dist/cli/klantwaarde.js'))) execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '40-cli'], { cwd: root, stdio: 'ignore' });
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(execFileSync(process.execPath, [join(root, 'bin/klantwaarde.js'), '--version'], { encoding: 'utf8' })).toBe(`klantwaarde ${version}\n`);
  });
});
