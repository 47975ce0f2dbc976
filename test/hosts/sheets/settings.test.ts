/** Document state (settings + mapping, checked by the core's settings check) and the locale rules of the Sheets host. */
import { describe, expect, it } from 'vitest';
import { languageOfLocale, notationOfLocale } from '../../../src/hosts/sheets/messages.js';
import { checkMapping, loadState, saveState, STATE_KEY, StateTooLarge } from '../../../src/hosts/sheets/settings.js';

function properties(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  const props = {
    getProperty: (key: string) => map.get(key) ?? null,
    setProperty: (key: string, value: string) => (map.set(key, value), props),
    deleteProperty: (key: string) => (map.delete(key), props),
  };
  return { props, map };
}

describe('the document state', () => {
  it('round-trips { settings, mapping }; what is stored wrong is reported and left out', () => {
    const { props, map } = properties();
    saveState(props, { settings: { hourlyCost: 50 }, mapping: { revenue: 'Omzet 2025', client: 0 } }, 'nl');
    expect(JSON.parse(map.get(STATE_KEY)!)).toEqual({ settings: { hourlyCost: 50 }, mapping: { revenue: 'Omzet 2025', client: 0 } });
    expect(loadState(props)).toEqual({ settings: { hourlyCost: 50 }, mapping: { revenue: 'Omzet 2025', client: 0 }, issues: [] });
    map.set(STATE_KEY, JSON.stringify({ settings: { hourlyCost: 'veel' }, mapping: { revenue: '', nonsense: 'A', hours: -1, time: 2 } }));
    const loaded = loadState(props);
    expect(loaded.settings).toEqual({});
    expect(loaded.issues.map((i) => i.key)).toEqual(['hourlyCost']);
    expect(loaded.mapping).toEqual(checkMapping({ time: 2 }));
    // "— niet gebruikt —" is kept as null (no column), so the menu's analysis leaves the column out too.
    expect(checkMapping({ visits: null, hours: 'Uren', revenue: 3, nonsense: 'x', orders: '' })).toEqual({ visits: null, hours: 'Uren', revenue: 3 });
    map.set(STATE_KEY, '{not json');
    expect(loadState(props)).toEqual({ settings: {}, mapping: {}, issues: [] });
  });

  it('refuses a state larger than a document property holds (9 KB), in the user\'s language', () => {
    const { props, map } = properties();
    expect(() => saveState(props, { settings: { x: 'y'.repeat(9_100) } }, 'en')).toThrow(StateTooLarge);
    expect(() => saveState(props, { settings: { x: 'y'.repeat(9_100) } }, 'nl')).toThrow(/te groot/);
    expect(map.size).toBe(0);
  });
});

describe('locale rules', () => {
  it.each([
    ['nl_NL', 'nl', 'nl'], ['nl_BE', 'nl', 'nl'], ['de_DE', 'de', 'de'], ['de_AT', 'de', 'de'], ['de_CH', 'de', 'en'],
    ['en_US', 'en', 'en'], ['en_GB', 'en', 'en'], ['fr_FR', 'en', 'nl'], ['es_MX', 'en', 'en'], ['ja_JP', 'en', 'en'], ['', 'nl', 'nl'],
  ])('%s: language %s, notation %s', (locale, language, notation) => {
    expect(languageOfLocale(locale)).toBe(language);
    expect(notationOfLocale(locale)).toBe(notation);
  });
});
