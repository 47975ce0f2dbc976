import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/core/types.js';
import { ADVICE_LABELS, adviceSentence, NOTE_MESSAGES, plannedVisits, PROBLEM_MESSAGES, SIGNAL_LABELS, TIER_LABELS } from '../../src/core/messages.js';
import { readClientTable } from '../../src/core/read/index.js';
import { portfolio } from '../support/portfolio.js';
import { analyse, recordsOf } from '../support/oracle.js';

describe('catalogues', () => {
  it('every message exists in every language with the same placeholders', () => {
    for (const catalogue of [PROBLEM_MESSAGES, NOTE_MESSAGES, SIGNAL_LABELS, TIER_LABELS, ADVICE_LABELS]) {
      const ids = Object.keys(catalogue.nl);
      for (const language of LANGUAGES) {
        const table = catalogue[language] as Record<string, string>;
        expect(Object.keys(table).sort()).toEqual([...ids].sort());
        for (const id of ids) {
          const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
          expect(placeholders(table[id]!), `${language}.${id}`).toEqual(placeholders((catalogue.nl as Record<string, string>)[id]!));
        }
      }
    }
  });
});

describe('advice sentences carry the deciding numbers', () => {
  const table = readClientTable(portfolio.cells);
  const result = analyse(recordsOf(table.columns), portfolio.settings);
  const byName = (name: string) => result.clients.find((c) => c.client === name)!;

  it('repair names each gain and the total; the gains add up to it (164,38 rounds up to 164,39 by largest remainder)', () => {
    expect(adviceSentence(byName('Bakkerij De Vries'), result.settings, 'nl').replace(/\u00a0/g, ' ')).toBe(
      'Repareren: korting terug naar de staffel € 2.727,27, minder bezoeken € 1.600,00, factuurkosten doorberekenen € 120,00, ' +
        'verzendkosten doorberekenen € 150,00, op tijd laten betalen € 164,39, samen € 4.761,66 per jaar, min € 250,00 voor het gesprek: ' +
        'effect € 4.511,66 per jaar; de winst wordt € 44.633,94.',
    );
  });
  it('let go names the contribution, the hours and what they earn elsewhere', () => {
    const sentence = adviceSentence(byName('Kapsalon Knip'), result.settings, 'en');
    // time 80 + (30·10 + 40·5 + 5·60)/60 = 93,33 h; replacement 93,33 · 80 · 0,5 = 3 733,33
    expect(sentence).toBe('Let go: this client leaves €380.68 contribution in 93.3 hours; those hours sold elsewhere yield €3,733.33. Effect €3,352.65 a year.');
  });
  it('keep for an A client is a contact plan in line with its profit', () => {
    expect(adviceSentence(byName('Notaris Brouwer'), result.settings, 'de')).toContain('5 Besuche pro Jahr');
    expect(plannedVisits(22543.33, 400)).toBe(5);
    expect(plannedVisits(100, 400)).toBe(1);
    expect(plannedVisits(1e6, 400)).toBe(12);
  });
});
