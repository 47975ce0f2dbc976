/**
 * The definitions a user needs are in the repository: docs/DEFINITIONS.md names every input
 * field, setting, signal and per-client figure by the code's own names, and the README links to it, not to a
 * file outside the clone.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, FIELDS, SIGNAL_IDS } from '../../src/core/index.js';

const definitions = readFileSync('docs/DEFINITIONS.md', 'utf8');
const readme = readFileSync('README.md', 'utf8');

describe('docs/DEFINITIONS.md', () => {
  it('names every input field, setting and signal as the code does', () => {
    for (const name of [...FIELDS, ...Object.keys(DEFAULT_SETTINGS), ...SIGNAL_IDS]) expect(definitions, name).toContain(`\`${name}\``);
  });

  it('defines every per-client figure by its ClientResult name', () => {
    for (const figure of ['time', 'labourCost', 'costToServe', 'netProfit', 'margin', 'contribution', 'hourlyReturn', 'opportunityCost',
      'discountLeak', 'trend', 'repairGain', 'repairedProfit', 'replacement', 'referralLoss', 'letGoEffect']) {
      expect(definitions, figure).toMatch(new RegExp(`^${figure}\\s+=`, 'm'));
    }
  });

  it('is what the README links to; nothing points outside the clone', () => {
    expect(readme).toContain('](docs/DEFINITIONS.md)');
    expect(readme).not.toMatch(/\]\(\.\.\//);
    expect(readme).not.toContain('DOMAIN' + '.md');
  });

  it('is what the code’s comments cite, not documents outside the clone or issue numbers (those are in git and the CHANGELOG)', () => {
    // Built from parts, so this file does not match itself.
    const outside = new RegExp(['DOMAIN', 'DESIGN', 'PLATFORM'].map((name) => `${name}\\.md`).join('|') + '|\\bissue [0-9]');
    const cited: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (path !== join('test', 'taskpane')) walk(path);
        } else if (/\.(ts|tsx|mjs|js)$/.test(entry.name) && outside.test(readFileSync(path, 'utf8'))) cited.push(path);
      }
    };
    for (const dir of ['src', 'test', 'scripts']) walk(dir);
    expect(cited).toEqual([]);
  });
});
