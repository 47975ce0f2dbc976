/**
 * Settings validated in the core: one rule per setting, one sentence per problem in nl/en/de
 * naming the setting, the value and what is allowed; resolveSettings holds to the same rules.
 */
import { describe, expect, it } from 'vitest';
import { checkSettings, isRealDate, NUMBER_RULES, settingIssueText, SETTING_ISSUE_MESSAGES } from '../../src/core/settings-check.js';
import { DEFAULT_SETTINGS, fill, resolveSettings, LANGUAGES } from '../../src/core/index.js';

const text = (input: Record<string, unknown>, language: 'nl' | 'en' | 'de' = 'nl'): string[] =>
  checkSettings(input, language).issues.map((issue) => settingIssueText(issue, language));

describe('checkSettings: each case of the issue', () => {
  const cases: [string, Record<string, unknown>, Record<'nl' | 'en' | 'de', RegExp>][] = [
    ['a date that does not exist', { periodEnd: '2025-02-30' }, {
      nl: /^Instelling Einde periode \(periodEnd\): "2025-02-30" kan niet; toegestaan is een bestaande datum als 2026-12-31\.$/,
      en: /^Setting .* \(periodEnd\): "2025-02-30" is not possible; allowed is a date that exists/,
      de: /^Einstellung .* \(periodEnd\): "2025-02-30" geht nicht; erlaubt ist ein existierendes Datum/,
    }],
    ['a share over 100 % typed with %', { utilisation: '150%' }, {
      nl: /\(utilisation\): "150%" kan niet; toegestaan is een aandeel van 0 tot 1, of 0 % tot 100 %/,
      en: /\(utilisation\): "150%" is not possible; allowed is a share from 0 to 1/,
      de: /\(utilisation\): "150%" geht nicht; erlaubt ist ein Anteil von 0 bis 1/,
    }],
    ['a share over 1 as a number', { interestRate: 1.5 }, {
      nl: /\(interestRate\): 1,5 \(150 %\) kan niet/, en: /\(interestRate\): 1\.5 \(150%\) is not possible/, de: /\(interestRate\): 1,5 \(150 %\) geht nicht/,
    }],
    ['limit A not below limit B', { abcLimitA: 0.95, abcLimitB: 0.8 }, {
      nl: /ABC-grens A \(0,95\) moet kleiner zijn dan ABC-grens B \(0,8\)/,
      en: /ABC limit A \(0\.95\) must be less than ABC limit B \(0\.8\)/,
      de: /ABC-Grenze A \(0,95\) muss kleiner sein als ABC-Grenze B \(0,8\)/,
    }],
    ['a negative cost', { hourlyCost: -5 }, {
      nl: /Uurkostprijs \(hourlyCost\): -5 kan niet; toegestaan is een getal van 0 of meer/,
      en: /\(hourlyCost\): -5 is not possible; allowed is a number, 0 or more/,
      de: /\(hourlyCost\): -5 geht nicht; erlaubt ist eine Zahl ab 0/,
    }],
    ['a count that is not whole', { maxVisitsPerYear: 2.5 }, {
      nl: /\(maxVisitsPerYear\): 2,5 kan niet; toegestaan is een geheel getal/, en: /2\.5 is not possible; allowed is a whole number/, de: /2,5 geht nicht; erlaubt ist eine ganze Zahl/,
    }],
    ['a rising "shrinking" trend', { shrinkingTrend: 0.2 }, {
      nl: /toegestaan is een daling van 0 tot -1/, en: /allowed is a fall from 0 to -1/, de: /erlaubt ist ein Rückgang/,
    }],
    ['a score outside 1–5', { highPotentialScore: 7 }, { nl: /score van 1 tot 5/, en: /score from 1 to 5/, de: /Bewertung von 1 bis 5/ }],
    ['a negative discount tier', { discountTiers: [{ revenueFrom: 0, discount: -0.1 }] }, { nl: /Kortingsstaffel/, en: /discount from 0 to 1/, de: /Rabatt von 0 bis 1/ }],
    ['a negative cost per unit', { extraDrivers: [{ column: 'Retouren', costPerUnit: -80 }] }, { nl: /kosten per eenheid van 0 of meer/, en: /cost per unit 0 or more/, de: /Kosten je Einheit ab 0/ }],
    ['a choice that does not exist', { country: 'BE' }, { nl: /een van: NL, DE/, en: /one of: NL, DE/, de: /eines von: NL, DE/ }],
    ['an unknown setting', { uurloon: 4 }, { nl: /^Onbekende instelling "uurloon"\. Bekende/, en: /^Unknown setting "uurloon"/, de: /^Unbekannte Einstellung „uurloon“/ }],
  ];
  for (const [name, input, expected] of cases) {
    for (const language of LANGUAGES) {
      it(`${name} (${language})`, () => {
        const sentences = text(input, language);
        expect(sentences).toHaveLength(1);
        expect(sentences[0]).toMatch(expected[language]);
        expect(Object.keys(checkSettings(input, language).settings)).toEqual([]); // left out, not clamped
      });
    }
  }

  it('good values pass, text read in the language (0,5 and 50% and 0.5)', () => {
    expect(checkSettings({ utilisation: '50%', abcLimitA: '0,7', hourlyCost: '45,50', periodEnd: '2024-02-29', country: 'de' }, 'nl')).toEqual({
      settings: { utilisation: 0.5, abcLimitA: 0.7, hourlyCost: 45.5, periodEnd: '2024-02-29', country: 'DE' }, issues: [],
    });
    expect(checkSettings({ utilisation: '0.5' }, 'en').settings).toEqual({ utilisation: 0.5 });
    expect(checkSettings({ hourlyCost: null, hourlyCostX: undefined }).issues).toHaveLength(0);
  });

  it('the other values are kept when one is wrong', () => {
    expect(checkSettings({ utilisation: 2, hourlyCost: 50 }).settings).toEqual({ hourlyCost: 50 });
  });

  it('every default obeys its own rule', () => {
    expect(checkSettings({ ...DEFAULT_SETTINGS }).issues).toEqual([]);
    expect(Object.keys(NUMBER_RULES).length).toBeGreaterThan(15);
  });

  it('real dates only', () => {
    expect(['2024-02-29', '2026-12-31'].every(isRealDate)).toBe(true);
    expect(['2025-02-29', '2025-02-30', '2025-13-01', '2025-1-1', '31-12-2025', 20251231].some(isRealDate)).toBe(false);
  });

  it('the short form the panes fill still reads (key and expected)', () => {
    const [issue] = checkSettings({ utilisation: 1.5 }).issues;
    expect(fill(SETTING_ISSUE_MESSAGES.nl[issue!.kind], { key: issue!.key, expected: issue!.expected })).toBe('Instelling "utilisation": toegestaan is 0–1; genegeerd.');
    expect(settingIssueText(issue!, 'nl', { ignored: true })).toMatch(/De waarde is genegeerd\.$/);
  });
});

describe('resolveSettings holds to the same rules', () => {
  it('values no check saw fall back to their defaults, never reach a figure', () => {
    const resolved = resolveSettings({ utilisation: 1.5, hourlyCost: -5, maxVisitsPerYear: 2.5, periodEnd: '2025-02-30', abcLimitA: 0.95, abcLimitB: 0.8 }, '2026-06-30');
    expect(resolved.utilisation).toBe(DEFAULT_SETTINGS.utilisation);
    expect(resolved.hourlyCost).toBeNull();
    expect(resolved.maxVisitsPerYear).toBe(DEFAULT_SETTINGS.maxVisitsPerYear);
    expect(resolved.periodEndUsed).toBe('2026-06-30');
    expect([resolved.abcLimitA, resolved.abcLimitB]).toEqual([DEFAULT_SETTINGS.abcLimitA, DEFAULT_SETTINGS.abcLimitB]);
  });

  it('valid values are kept as given', () => {
    const resolved = resolveSettings({ utilisation: 0.6, hourlyCost: 0, abcLimitA: 0.7, abcLimitB: 0.9, periodEnd: '2024-02-29' });
    expect([resolved.utilisation, resolved.hourlyCost, resolved.abcLimitA, resolved.abcLimitB, resolved.periodEndUsed]).toEqual([0.6, 0, 0.7, 0.9, '2024-02-29']);
  });
});
