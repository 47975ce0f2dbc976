/**
 * The Excel manifest, offline: Microsoft's XML schema (../shared/office-xsd/validate.sh, xmllint from Debian's
 * libxml2-utils; .ci/run installs it) for the source manifest and every manifest the build writes; and, read with
 * a real XML parser, every resid resolves, every URL is https and names a file the build produced, the icons are
 * PNGs of their stated sizes, and the ribbon button has its names in nl, en and de.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a build module in plain JavaScript
import { DEV_BASE, productionManifest } from '../../../scripts/build/20-excel.mjs';

const VALIDATE = join('..', 'shared', 'office-xsd', 'validate.sh');
const hasXmllint = spawnSync('sh', ['-c', 'command -v xmllint'], { encoding: 'utf8' }).status === 0;
// A user's clone has no ../shared beside it: the schema check runs where it can, and CI (.ci/run) requires it.
const canValidate = (hasXmllint && existsSync(VALIDATE)) || process.env.CI === 'true';
const xml = readFileSync('manifest.xml', 'utf8');

type Node = Record<string, unknown>;
/** Every element of the document with its attributes, in document order. */
function elements(source: string): { name: string; attributes: Record<string, string>; node: Node }[] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: false, isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute });
  const out: { name: string; attributes: Record<string, string>; node: Node }[] = [];
  const walk = (node: unknown, name: string): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, name));
    if (typeof node !== 'object' || node === null) return;
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('@')) attributes[key.slice(1)] = String(value);
      else walk(value, key);
    }
    out.push({ name, attributes, node: node as Node });
  };
  walk(parser.parse(source), '');
  return out;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii'), file).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const local = (url: string): string => `dist/excel/${url.slice(DEV_BASE.length)}`;

describe('the Excel manifest', () => {
  it.skipIf(!canValidate)('passes Microsoft\'s XML schema, as do the manifests the build writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'klantwaarde-manifest-'));
    const production = join(dir, 'manifest-production.xml');
    writeFileSync(production, productionManifest(xml, 'https://klantwaarde.example.nl/addin/'));
    for (const file of ['manifest.xml', 'dist/excel/manifest.xml', production]) {
      expect(execFileSync('bash', [VALIDATE, file], { encoding: 'utf8' }).trim(), file).toBe('valid');
    }
    expect(readFileSync(production, 'utf8')).not.toContain('localhost');
  });

  it('resolves every resid to a resource', () => {
    const all = elements(xml);
    const ids = new Set(all.filter((e) => ['bt:Image', 'bt:Url', 'bt:String'].includes(e.name)).map((e) => e.attributes.id));
    const resids = all.map((e) => e.attributes.resid).filter((r): r is string => r !== undefined);
    expect(resids.length).toBeGreaterThan(10);
    for (const resid of resids) expect(ids.has(resid), resid).toBe(true);
  });

  it('points every URL, https, at a file the build produced; icons are PNGs of their sizes', () => {
    const all = elements(xml);
    const urls = all.flatMap((e) => [e.attributes.DefaultValue, e.name === 'bt:Override' ? e.attributes.Value : undefined, e.name === 'AppDomain' ? String((e.node as Node)['#text'] ?? '') : undefined])
      .filter((u): u is string => typeof u === 'string' && /^[a-z]+:\/\//.test(u));
    expect(urls.length).toBeGreaterThan(15);
    for (const url of urls) {
      expect(url.startsWith('https://'), url).toBe(true);
      if (url === DEV_BASE.slice(0, -1)) continue; // the AppDomain
      expect(existsSync(local(url)), url).toBe(true);
    }
    for (const image of all.filter((e) => e.name === 'bt:Image' && e.attributes.id)) {
      const size = Number(/(\d+)x\d+/.exec(image.attributes.id!)?.[1]);
      expect(pngSize(local(image.attributes.DefaultValue!)), image.attributes.id).toEqual({ width: size, height: size });
    }
    const single = (name: string) => all.find((e) => e.name === name)!.attributes.DefaultValue!;
    expect(pngSize(local(single('IconUrl')))).toEqual({ width: 32, height: 32 });
    expect(pngSize(local(single('HighResolutionIconUrl')))).toEqual({ width: 64, height: 64 });
    expect(readFileSync(local(single('SupportUrl')), 'utf8')).toContain('Analyseer klanten');
  });

  it('puts the button Analyseer klanten in a Klantwaarde group on the Home tab, named in nl, en and de', () => {
    const all = elements(xml);
    const tab = all.find((e) => e.name === 'OfficeTab')!;
    expect(tab.attributes.id).toBe('TabHome');
    const strings = new Map(all.filter((e) => e.name === 'bt:String').map((e) => [e.attributes.id, e]));
    const overrides = (id: string) => new Map(((strings.get(id)!.node['bt:Override'] ?? []) as Node[]).map((o) => [o['@Locale'], o['@Value']]));
    expect(strings.get('Group.Label')!.attributes.DefaultValue).toBe('Klantwaarde');
    const label = overrides('Analyse.Label');
    expect(strings.get('Analyse.Label')!.attributes.DefaultValue).toBe('Analyseer klanten');
    expect(label.get('nl-NL')).toBe('Analyseer klanten');
    expect(label.get('en-US')).toBe('Analyse clients');
    expect(label.get('de-DE')).toBe('Kunden analysieren');
    const action = all.find((e) => e.name === 'Action')!;
    expect(action.attributes['xsi:type']).toBe('ShowTaskpane');
    const sets = all.filter((e) => e.name === 'Set').map((e) => `${e.attributes.Name} ${e.attributes.MinVersion}`);
    expect(sets).toEqual(expect.arrayContaining(['SharedRuntime 1.1', 'ExcelApi 1.12']));
  });

  it('moves every URL to the production host, and refuses a host that is not https', () => {
    const moved = productionManifest(xml, 'https://klantwaarde.example.nl/addin');
    expect(moved).not.toContain('localhost');
    expect(moved).toContain('<AppDomain>https://klantwaarde.example.nl</AppDomain>');
    expect(moved).toContain('https://klantwaarde.example.nl/addin/taskpane.html');
    expect(() => productionManifest(xml, 'http://example.nl/')).toThrow(/https/);
  });
});
