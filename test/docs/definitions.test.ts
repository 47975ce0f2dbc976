/**
 * The definitions a user needs are in the repository (issue 10, item 7): docs/DEFINITIONS.md names every input
 * field, setting, signal and per-client figure by the code's own names, and the README links to it, not to a
 * file outside the clone.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
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
    expect(readme).not.toContain('DOMAIN.md');
  });
});
