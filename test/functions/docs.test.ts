/** README's function reference is generated from the registry; this fails when it is out of date. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { functionReference, FUNCTIONS, NAMESPACES } from '../../src/functions/index.js';

describe('README function reference', () => {
  it('matches the registry (regenerate with `node scripts/docs.mjs`)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = /<!-- functions:start -->\n([\s\S]*)\n<!-- functions:end -->/.exec(readme);
    expect(section, 'markers in README.md').not.toBeNull();
    expect(section![1]).toBe(functionReference());
  });

  it('names every function in all three languages, with an example', () => {
    const reference = functionReference();
    for (const def of FUNCTIONS) {
      expect(reference).toContain(`${NAMESPACES.nl}.${def.names.nl}(`);
      expect(reference).toContain(`${NAMESPACES.en}.${def.names.en}(`);
      expect(reference).toContain(`${NAMESPACES.de}.${def.names.de}(`);
      expect(reference).toContain(`KLANT_${def.id}`);
    }
    expect(reference).toContain('`=KLANT.LEVENSDUURWAARDE(1000; 0,8; 0,1)` → 2.666,67');
    expect(reference).toContain('`=CLIENT.LIFETIMEVALUE(1000, 0.8, 0.1)` → 2,666.67');
  });
});
