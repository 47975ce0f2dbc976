/**
 * Advice that adds up: the effect every host shows beside a piece of advice (`adviceValue`:
 * the CLI summary, the taskpane, the sidebar) is the effect its sentence names, and the sentence's own parts add
 * up to it — the repair threshold and a let-go's lost referrals are named, not silently subtracted.
 */
import { describe, expect, it } from 'vitest';
import { adviceSentence } from '../../src/core/messages.js';
import { adviceValue } from '../../src/core/report/top-advice.js';
import { formatMoney } from '../../src/core/i18n.js';
import { LANGUAGES } from '../../src/core/types.js';
import { readClientTable } from '../../src/core/read/index.js';
import { portfolio } from '../support/portfolio.js';
import { analyse, recordsOf } from '../support/oracle.js';

const cents = (amount: number): number => Math.round(amount * 100);
/** Every euro amount in a sentence, in the order it names them, read back from the language's notation. */
function amounts(sentence: string, language: 'nl' | 'en' | 'de'): number[] {
  const pattern = language === 'en' ? /-?€-?[\d,]+\.\d{2}/g : /-?€\s?-?[\d.]+,\d{2}|-?[\d.]+,\d{2}\s?€/g;
  return [...sentence.replace(/\u00a0/g, ' ').matchAll(pattern)].map(([text]) => {
    const negative = text.includes('-');
    const digits = language === 'en' ? text.replace(/[^\d.]/g, '') : text.replace(/[^\d,]/g, '').replace(',', '.');
    return (negative ? -1 : 1) * Number(digits);
  });
}

describe('advice that adds up', () => {
  const table = readClientTable(portfolio.cells);
  const result = analyse(recordsOf(table.columns), portfolio.settings);
  const advised = result.clients.filter((c) => c.advice !== 'keep');

  it('the portfolio has repair and let-go advice, one with lost referrals', () => {
    expect(advised.some((c) => c.advice === 'repair')).toBe(true);
    expect(advised.some((c) => c.advice === 'letGo')).toBe(true);
  });

  for (const language of LANGUAGES) {
    it(`every effect shown is the effect the sentence names, and its parts add up (${language})`, () => {
      for (const client of advised) {
        const sentence = adviceSentence(client, result.settings, language);
        const shown = adviceValue(client, result.settings.repairThreshold);
        expect(sentence.replace(/\u00a0/g, ' '), client.client).toContain(formatMoney(shown, language).replace(/\u00a0/g, ' '));
        const found = amounts(sentence, language);
        if (client.advice === 'repair') {
          // items…, gain, threshold, effect, repaired profit
          const items = found.slice(0, -4);
          const [gain, threshold, effect] = found.slice(-4, -1) as [number, number, number];
          expect(Math.abs(cents(items.reduce((a, b) => a + b, 0)) - cents(gain)), client.client).toBeLessThanOrEqual(items.length);
          expect(cents(gain) - cents(threshold), client.client).toBe(cents(effect));
          expect(cents(effect)).toBe(cents(shown));
        } else {
          // contribution (or its cost), [hours are no money], replacement, [lost referrals], effect
          const effect = found.at(-1)!;
          expect(cents(effect)).toBe(cents(shown));
          const parts = client.time > 0
            ? -found[0]! + found[1]! - (client.referralLoss > 0 ? found[2]! : 0)
            : -found[0]! - (client.referralLoss > 0 ? found[1]! : 0);
          expect(Math.abs(cents(parts) - cents(effect)), `${client.client}: ${sentence}`).toBeLessThanOrEqual(2);
        }
      }
    });
  }

  it('a let-go with lost referrals names them, and the parts still add up', () => {
    const base = advised.find((c) => c.advice === 'letGo' && c.time > 0)!;
    const client = { ...base, referralLoss: 300, letGoEffect: (base.letGoEffect ?? 0) - 300 };
    const sentence = adviceSentence(client, result.settings, 'nl').replace(/\u00a0/g, ' ');
    expect(sentence).toMatch(/; min gemiste doorverwijzingen € 300,00\. Effect /);
    const [contribution, replacement, loss, effect] = amounts(sentence, 'nl') as [number, number, number, number];
    expect(cents(-contribution + replacement - loss)).toBe(cents(effect));
  });
});
