/** The Apps Script project as clasp pushes it: manifest, clasp template, the npm script, the files sent. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createFake } from '../../support/sheets-fake.js';
import { ENTRY_POINTS } from '../../../src/hosts/sheets/entry-points.js';

const json = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8'));

describe('the Apps Script project', () => {
  it('appsscript.json: V8, Amsterdam, and only the two narrow scopes', () => {
    const manifest = json('appsscript.json');
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Europe/Amsterdam' });
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    expect(json('dist/sheets/appsscript.json')).toEqual(manifest);
  });

  it('.clasp.json is a template in git and ignored as a real file; push:sheets builds, then pushes', () => {
    expect(json('.clasp.json.example')).toEqual({ scriptId: expect.any(String), rootDir: 'dist/sheets' });
    expect(readFileSync('.gitignore', 'utf8').split('\n')).toContain('.clasp.json');
    const scripts = json('package.json').scripts as Record<string, string>;
    expect(scripts['push:sheets']).toMatch(/^node scripts\/build\.mjs 30-sheets && clasp push$/);
  });

  it('clasp would push exactly Code.js, Sidebar.html and appsscript.json (offline: `clasp status`)', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'klantwaarde-clasp-'));
    cpSync('dist/sheets', join(dir, 'dist/sheets'), { recursive: true });
    cpSync('.clasp.json.example', join(dir, '.clasp.json'));
    const out = execFileSync(resolve('node_modules/.bin/clasp'), ['show-file-status', '--json'], { cwd: dir, encoding: 'utf8', timeout: 25_000 });
    expect(JSON.parse(out).filesToPush.sort()).toEqual(['dist/sheets/Code.js', 'dist/sheets/Sidebar.html', 'dist/sheets/appsscript.json']);
  });

  it('the Editor add-on build puts the menu under Extensions (createAddonMenu) in every auth mode', { timeout: 60_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), 'klantwaarde-addon-'));
    execFileSync(process.execPath, ['scripts/build.mjs', '30-sheets'], { env: { ...process.env, KLANTWAARDE_SHEETS_DEPLOYMENT: 'addon', KLANTWAARDE_SHEETS_OUT: out }, stdio: 'pipe' });
    const source = readFileSync(join(out, 'Code.js'), 'utf8');
    for (const mode of ['LIMITED', 'FULL']) {
      const fake = createFake({ sheets: [{ name: 'Klanten', values: [['Klant', 'Omzet']] }] });
      const context = vm.createContext({ ...fake.globals });
      vm.runInContext(source, context);
      (context.onOpen as (e: unknown) => void)({ authMode: mode });
      expect(fake.menus.map((m) => m.kind)).toEqual(['addon']);
    }
    expect(readFileSync('dist/sheets/Code.js', 'utf8')).toContain('"bound"');
  });

  it('Code.js declares every entry point, Klantenlijst maken\'s too, as a top-level function clasp pushes', () => {
    const source = readFileSync('dist/sheets/Code.js', 'utf8');
    const fake = createFake({ sheets: [{ name: 'Klanten', values: [['Klant', 'Omzet']] }] });
    const context = vm.createContext({ ...fake.globals });
    vm.runInContext(source, context);
    const names = ENTRY_POINTS.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['klantwaardeClientList', 'sidebarDescribeSources', 'sidebarMakeClientList']));
    for (const entry of ENTRY_POINTS) {
      expect(source).toMatch(new RegExp(`^function ${entry.name}\\(${entry.params.join(', ')}\\) \\{$`, 'm'));
      expect(typeof context[entry.name], entry.name).toBe('function');
    }
  });

  it('Sidebar.html is one self-contained file: inline script and style, nothing loaded from elsewhere', () => {
    const html = readFileSync('dist/sheets/Sidebar.html', 'utf8');
    expect(html).toMatch(/<script>[\s\S]+<\/script>/);
    // URLs inside the script's strings (a library's error links) load nothing; attributes and CSS would.
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|<img[^>]+src=["']?https?:|@import|url\(\s*['"]?https?:/);
    expect(html).not.toContain('<!-- script -->');
  });
});
