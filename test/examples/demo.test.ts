import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindDrivers, FIELDS, type Settings } from '../../src/core/index.js';
import { loadTable, sheetCells } from '../../src/hosts/xlsx/index.js';
import { analyse, recordsOf } from '../support/oracle.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const demo = join(root, 'examples/klanten.xlsx');
const settings = JSON.parse(readFileSync(join(root, 'examples/instellingen.json'), 'utf8')) as Partial<Settings>;

describe('the demo workbook (examples/klanten.xlsx)', async () => {
  const loaded = await loadTable(demo);
  const bound = bindDrivers(settings.extraDrivers ?? [], loaded.table.mapping);
  const result = analyse(recordsOf(loaded.table.columns), { ...settings, extraDrivers: bound.drivers });

  it('is what scripts/make-demo.mjs writes (regenerable, seeded)', { timeout: 30_000 }, async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'klantwaarde-demo-')), 'klanten.xlsx');
    execFileSync(process.execPath, [join(root, 'scripts/make-demo.mjs'), out]);
    const again = await loadTable(out);
    expect(sheetCells(again.workbook!.getWorksheet('Klanten')!)).toEqual(sheetCells(loaded.workbook!.getWorksheet('Klanten')!));
  });

  it('has 40–60 clients, every optional column, and reads without problems', () => {
    expect(result.clients.length).toBeGreaterThanOrEqual(40);
    expect(result.clients.length).toBeLessThanOrEqual(60);
    // Every field a tidy client list has; the client number and unbilled hours come from exports (test/fixtures/exports).
    const fromExports = new Set(['clientNumber', 'unbilledHours']);
    expect(Object.keys(loaded.table.mapping.fields).sort()).toEqual(FIELDS.filter((f) => !fromExports.has(f)).sort());
    expect(loaded.table.mapping.extra.map((e) => e.header)).toEqual(['Retouren']);
    // The list ends with a "Totaal" row, as real lists do: skipped and said, nothing else.
    expect(loaded.table.problems.map((p) => [p.id, p.text])).toEqual([['totalRowSkipped', 'Totaal']]);
    expect(bound.problems).toEqual([]);
  });

  it('shows what the product is for: losers, a stuck discount, late payers, an emergency-only client', () => {
    const byName = new Map(result.clients.map((c) => [c.client, c]));
    expect(result.clients.filter((c) => c.netProfit < 0).length).toBeGreaterThanOrEqual(3);
    expect(byName.get('Camping De Bosrand')!.netProfit).toBeLessThan(0);
    expect(byName.get('Hotel Aan Zee')!.signals).toContain('discountLeak');
    expect(byName.get('Restaurant De Gouden Leeuw')!.signals).toContain('paysLate');
    expect(byName.get('Transportbedrijf Peters')!.signals).toContain('paysLate');
    expect(byName.get('Sportschool FitLife')!.signals).toContain('emergencyOnly');
    expect(byName.get('Loodgieter Maas (onderaannemer)')!.tier).toBe('inactive');
    expect(result.clients.some((c) => c.advice === 'letGo')).toBe(true);
    expect(result.clients.some((c) => c.advice === 'repair')).toBe(true);
    expect(result.totals.netProfit).toBeGreaterThan(0);
    expect(result.notes).toEqual([]);
  });
});
