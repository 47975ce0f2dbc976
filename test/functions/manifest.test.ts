/** manifest.xml, checked offline (Microsoft's validator is an online service): structure and resource ids. */
import { existsSync, readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { NAMESPACES } from '../../src/functions/index.js';

type Node = Record<string, unknown>;
const BASE = 'https://localhost:3000/';
const xml = readFileSync('manifest.xml', 'utf8');
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['bt:Url', 'bt:String', 'bt:Override', 'Set', 'Override', 'Runtime'].includes(name),
});
const app = (parser.parse(xml) as { OfficeApp: Node }).OfficeApp;
const at = (node: unknown, ...path: string[]): Node => path.reduce((n, key) => (n as Node)[key] as Node, node as Node);
const overrides = at(app, 'VersionOverrides');
const host = at(overrides, 'Hosts', 'Host');
const resources = at(overrides, 'Resources');
const urls = at(resources, 'bt:Urls')['bt:Url'] as Node[];
const strings = at(resources, 'bt:ShortStrings')['bt:String'] as Node[];
const url = (resid: unknown) => urls.find((u) => u['@id'] === resid);
const overridesOf = (node: Node | undefined) => new Map(((node?.['bt:Override'] ?? []) as Node[]).map((o) => [o['@Locale'] as string, o['@Value'] as string]));

describe('manifest.xml', () => {
  it('is a Workbook task pane add-in, Dutch by default, asking for the shared runtime', () => {
    expect(app['@xsi:type']).toBe('TaskPaneApp');
    expect(app.DefaultLocale).toBe('nl-NL');
    expect(at(app, 'Hosts', 'Host')['@Name']).toBe('Workbook');
    expect(at(app, 'Requirements', 'Sets').Set).toContainEqual({ '@Name': 'SharedRuntime', '@MinVersion': '1.1' });
    expect(at(app, 'DefaultSettings', 'SourceLocation')['@DefaultValue']).toBe(`${BASE}taskpane.html`);
    expect(overrides['@xsi:type']).toBe('VersionOverridesV1_0');
    expect(host['@xsi:type']).toBe('Workbook');
  });

  it('runs the functions in the long-lived taskpane runtime', () => {
    expect(at(host, 'Runtimes').Runtime).toEqual([{ '@resid': 'Taskpane.Url', '@lifetime': 'long' }]);
    expect(at(host, 'DesktopFormFactor', 'FunctionFile')['@resid']).toBe('Taskpane.Url');
    const point = at(host, 'AllFormFactors', 'ExtensionPoint');
    expect(point['@xsi:type']).toBe('CustomFunctions');
    expect(at(point, 'Page', 'SourceLocation')['@resid']).toBe('Taskpane.Url');
  });

  it('resolves every resid of the CustomFunctions extension point to a resource', () => {
    const point = at(host, 'AllFormFactors', 'ExtensionPoint');
    expect(url(at(point, 'Script', 'SourceLocation')['@resid'])?.['@DefaultValue']).toBe(`${BASE}functions.js`);
    expect(url(at(point, 'Page', 'SourceLocation')['@resid'])?.['@DefaultValue']).toBe(`${BASE}taskpane.html`);
    expect(url(at(point, 'Metadata', 'SourceLocation')['@resid'])?.['@DefaultValue']).toBe(`${BASE}functions.json`);
    const namespace = strings.find((s) => s['@id'] === at(point, 'Namespace')['@resid']);
    expect(namespace?.['@DefaultValue']).toBe(NAMESPACES.nl);
  });

  it('overrides metadata and namespace per locale consistently with the generated files', () => {
    const point = at(host, 'AllFormFactors', 'ExtensionPoint');
    const metadata = overridesOf(url(at(point, 'Metadata', 'SourceLocation')['@resid']));
    const namespace = overridesOf(strings.find((s) => s['@id'] === at(point, 'Namespace')['@resid']));
    expect([...metadata.keys()].sort()).toEqual([...namespace.keys()].sort());
    expect(metadata.size).toBeGreaterThanOrEqual(3);
    for (const [locale, file] of metadata) {
      const language = locale.slice(0, 2) as 'nl' | 'en' | 'de';
      expect(file).toBe(`${BASE}functions-${language}.json`);
      expect(namespace.get(locale)).toBe(NAMESPACES[language]);
      const local = `dist/excel/${file.slice(BASE.length)}`;
      expect(existsSync(local), local).toBe(true);
      const names = (JSON.parse(readFileSync(local, 'utf8')) as { functions: { name: string }[] }).functions.map((f) => f.name);
      if (language === 'en') expect(names).toContain('HOURLYRETURN');
      if (language === 'de') expect(names).toContain('STUNDENERTRAG');
      if (language === 'nl') expect(names).toContain('UURRENDEMENT');
    }
  });

  it('points only at files the build writes to dist/excel', () => {
    for (const u of urls) {
      for (const value of [u['@DefaultValue'] as string, ...overridesOf(u).values()]) {
        expect(value.startsWith(BASE), value).toBe(true);
        expect(existsSync(`dist/excel/${value.slice(BASE.length)}`), value).toBe(true);
      }
    }
    expect(readFileSync('dist/excel/manifest.xml', 'utf8')).toBe(xml);
  });

  it('ships a taskpane page that loads Office.js from the CDN, the functions and the pane', () => {
    const page = readFileSync('dist/excel/taskpane.html', 'utf8');
    expect(page).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    expect(page).toContain('<script src="functions.js"></script>');
    expect(page).toContain('<script src="taskpane.js"></script>');
    expect(page).toContain('Klantwaarde');
    // Office.js is never bundled: the pane's bundle only refers to the global.
    expect(readFileSync('dist/excel/taskpane.js', 'utf8')).not.toContain('appsforoffice.microsoft.com');
  });

  it('ships appsscript.json with the scopes the add-on needs', () => {
    const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as unknown;
    expect(manifest).toEqual({
      timeZone: 'Europe/Amsterdam',
      runtimeVersion: 'V8',
      exceptionLogging: 'STACKDRIVER',
      oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui'],
    });
    expect(readFileSync('dist/sheets/appsscript.json', 'utf8')).toBe(readFileSync('appsscript.json', 'utf8'));
  });
});
