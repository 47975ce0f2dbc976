/**
 * Installable as users get it: the package is packed, installed with production dependencies
 * only into an empty folder, and its command analyses the demo workbook. Before this test the CLI bundle
 * imported fast-xml-parser, declared for development only, and an installed `klantwaarde analyse` failed with
 * ERR_MODULE_NOT_FOUND; and dist/ was not in the package at all (it is git-ignored, and there was no `files`).
 *
 * No network: `npm ci --offline` installs from npm's local cache, which `npm ci` in the repository fills. npm's
 * offline mode cannot resolve a bare name without the registry's metadata, so the empty folder gets a lockfile
 * made from the repository's own (its production entries, with their integrity hashes, plus the tarball): npm
 * then takes every package from the cache by its hash, as an install from the registry would resolve them.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string; version: string; dependencies: Record<string, string>; devDependencies: Record<string, string>; bin: Record<string, string>; files?: string[];
};
const bundle = join(root, 'dist/cli/klantwaarde.js');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function ensureBundle(): void {
  if (!existsSync(bundle)) execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '40-cli'], { cwd: root, stdio: 'ignore' });
}

/** The packages a module imports by bare name (`exceljs`, `csv-parse/sync` → `csv-parse`), Node's own left out. */
function bareImports(code: string): string[] {
  const names = new Set<string>();
  for (const match of code.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s*['"]([^'"]+)['"]/gm)) {
    const spec = match[1] ?? match[2] ?? match[3]!;
    if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]!)) continue;
    names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
  }
  return [...names].sort();
}

describe('the package as users install it', () => {
  it('every package the CLI bundle imports is a runtime dependency', () => {
    ensureBundle();
    // The bundle and its chunks (what only writing a workbook needs is split off and loaded then).
    const files = readdirSync(join(root, 'dist/cli'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js'));
    expect(files.length).toBeGreaterThan(1);
    // Start-up (`--json`, `--help`) loads Papa Parse and nothing else from node_modules: the rest is imported when
    // needed (`import(…)`), by the bundle or by the chunk it loads to write a workbook.
    const staticCode = (file: string): string => {
      const code = readFileSync(file, 'utf8').replace(/import\(\s*['"][^'"]+['"]\s*\)/g, '');
      const local = [...code.matchAll(/from\s*['"](\.[^'"]+)['"]/g)].map((m) => join(dirname(file), m[1]!));
      return [code, ...local.map(staticCode)].join('\n');
    };
    expect(bareImports(staticCode(bundle))).toEqual(['papaparse']);
    const imports = bareImports(files.map((name) => readFileSync(join(root, 'dist/cli', name), 'utf8')).join('\n'));
    expect(imports).toContain('exceljs');
    expect(imports).toContain('fast-xml-parser');
    for (const name of imports) expect(Object.keys(pkg.dependencies), `${name} is imported at run time`).toContain(name);
  });

  it('packs, installs with production dependencies only into an empty folder, and analyses the demo', { timeout: 180_000 }, () => {
    ensureBundle();
    const dir = mkdtempSync(join(tmpdir(), 'klantwaarde-pack-'));
    // --ignore-scripts: `prepare` would rebuild every artefact; the CLI bundle is what the package needs, built above.
    execFileSync(npm, ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz'))!;
    const listed = execFileSync('tar', ['tzf', join(dir, tarball)], { encoding: 'utf8' }).split('\n');
    expect(listed).toContain('package/dist/cli/klantwaarde.js');
    expect(listed).toContain('package/bin/klantwaarde.js');
    expect(listed.some((path) => path.startsWith('package/src/') || path.startsWith('package/test/'))).toBe(false);

    const app = join(dir, 'app');
    mkdirSync(app);
    const spec = `file:../${tarball}`;
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; link?: boolean }> };
    const packages: Record<string, unknown> = {
      '': { name: 'app', dependencies: { [pkg.name]: spec } },
      [`node_modules/${pkg.name}`]: {
        version: pkg.version, resolved: spec, dependencies: pkg.dependencies, bin: pkg.bin,
        integrity: `sha512-${createHash('sha512').update(readFileSync(join(dir, tarball))).digest('base64')}`,
      },
    };
    // The production closure as npm computed it for the repository: every entry not marked dev.
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (path.startsWith('node_modules/') && !entry.dev && !entry.link) packages[path] = entry;
    }
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, dependencies: { [pkg.name]: spec } }));
    writeFileSync(join(app, 'package-lock.json'), JSON.stringify({ name: 'app', lockfileVersion: 3, requires: true, packages }));
    const install = spawnSync(npm, ['ci', '--omit=dev', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: app, encoding: 'utf8' });
    expect(install.stderr).not.toMatch(/ENOTCACHED/);
    expect(install.status, install.stderr).toBe(0);
    for (const dev of ['vitest', 'esbuild', 'typescript', 'fast-check']) expect(existsSync(join(app, 'node_modules', dev))).toBe(false);

    const installed = join(app, 'node_modules', pkg.name);
    const out = join(dir, 'demo-analyse.xlsx');
    const run = spawnSync(join(app, 'node_modules/.bin/klantwaarde'), [
      'analyse', join(installed, 'examples/klanten.xlsx'), '--settings', join(installed, 'examples/instellingen.json'), '--out', out, '--quiet',
    ], { cwd: app, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(run.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND/);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Klantanalyse');
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});
