/** README's list of recognised headers is generated from the matcher; this fails when it is out of date. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerReference } from '../../src/core/header-reference.js';

describe('README recognised headers', () => {
  it('matches the matcher (regenerate with `node scripts/docs.mjs`)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = /<!-- headers:start -->\n([\s\S]*)\n<!-- headers:end -->/.exec(readme);
    expect(section, 'markers in README.md').not.toBeNull();
    expect(section![1]).toBe(headerReference());
  });

  it('shows the hard header cases read right', () => {
    const reference = headerReference();
    expect(reference).toContain('| `Tijd (min)` | Uren (minuten → uren) |');
    expect(reference).toContain('| `Stundensatz` | niet gebruikt: een tarief of prijs per eenheid |');
    expect(reference).toContain('| `Omzet uit aanbevelingen` | Omzet via doorverwijzing |');
  });
});
