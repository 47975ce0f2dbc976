/**
 * The analysis sheet does not contradict itself, in Dutch, English and German: a totals row that is rightly skipped
 * is neither "counted" nor a problem of the input; a column a cost driver uses is not "not used"; the settings name
 * the law in the reader's language; an advice sentence's amounts add up to its total; English writes `15%`.
 * Built as the CLI builds the demo (examples/klanten.xlsx with examples/instellingen.json).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  adviceSentence, analyseTable, bindDrivers, buildReportFromColumns, centParts, materialiseReport, resolveSettings,
  type Language, type ReportSheet, type Settings,
} from '../../../src/core/index.js';
import { loadTable } from '../../../src/hosts/xlsx/read.js';
import { mappingLines } from '../../../src/cli/mapping.js';
import { analyse, recordsOf } from '../../support/oracle.js';

const input = JSON.parse(readFileSync('examples/instellingen.json', 'utf8')) as Partial<Settings>;
const LANGUAGES: Language[] = ['nl', 'en', 'de'];

async function demo(language: Language): Promise<{ report: ReportSheet; lines: string[] }> {
  const loaded = await loadTable('examples/klanten.xlsx', { language });
  const { table } = loaded;
  const lines = mappingLines(table.mapping, language, { sheet: loaded.sheetName }, input.extraDrivers ?? []);
  const bound = bindDrivers(input.extraDrivers ?? [], table.mapping, language);
  const settings = { ...input, extraDrivers: bound.drivers };
  const columnar = analyseTable(table.columns, settings, '2026-11-27');
  const report = materialiseReport(buildReportFromColumns(columnar, {
    language, problems: [...table.problems, ...bound.problems], madeOn: '2026-11-27', mapping: table.mapping,
  }));
  return { report, lines };
}
const demos = Object.fromEntries(await Promise.all(LANGUAGES.map(async (l) => [l, await demo(l)] as const))) as Record<Language, Awaited<ReturnType<typeof demo>>>;

/** Texts with the no-break spaces of number formatting as plain spaces, as a reader sees them. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');
const texts = (report: ReportSheet): string[] => report.cells.flatMap((row) => (row ?? []).filter((c): c is string => typeof c === 'string').map(plain));
const rowWith = (report: ReportSheet, first: string): (string | unknown)[] | undefined =>
  report.cells.find((row) => row?.[0] === first) as unknown[] | undefined;

const WORDS = {
  nl: { problemRows: 'Invoerrijen met problemen', skip: 'niet meegeteld (geen klant)', counted: 'meegeteld', unused: 'Niet gebruikt', driver: 'kostendrijver: € 80,00 per eenheid', cliUnused: 'Niet gebruikt:' },
  en: { problemRows: 'Input rows with problems', skip: 'not counted (not a client)', counted: 'row kept', unused: 'Not used', driver: 'cost driver: €80.00 per unit', cliUnused: 'Not used:' },
  de: { problemRows: 'Eingabezeilen mit Problemen', skip: 'nicht gezählt (kein Kunde)', counted: 'gezählt', unused: 'Nicht genutzt', driver: 'Kostentreiber: 80,00 € pro Einheit', cliUnused: 'Nicht genutzt:' },
} as const;

describe.each(LANGUAGES)('the demo sheet in %s', (language) => {
  const { report, lines } = demos[language];
  const words = WORDS[language];

  it('the skipped totals row is "not counted", and the summary counts no input row with problems (not in red)', () => {
    const problemsAt = report.sections.find((s) => s.id === 'problems')!.row;
    const totalsRow = report.cells[problemsAt + 2]!;
    expect(totalsRow[0]).toBe(52);
    expect(totalsRow[3]).toBe(words.skip);
    expect(texts(report)).not.toContain(words.counted);
    const count = rowWith(report, words.problemRows)!;
    expect(count[1]).toBe(0);
    const row = report.cells.indexOf(count as never);
    const red = report.styles.find((s) => s.rect.top === row && s.rect.left === 1 && s.style.fontColor);
    expect(red?.style.fontColor).not.toBe('#C00000');
  });

  it('the Kolommen block lists the Retouren column as the cost driver it is, not as not used', () => {
    const driver = report.cells.find((row) => row?.[1] === 'T · Retouren')!;
    expect(driver[0]).toBe('Retouren');
    expect(plain(String(driver[4]))).toBe(words.driver);
    expect(report.cells.some((row) => row?.[0] === words.unused)).toBe(false);
  });

  it('the CLI mapping listing lists it with the fields, and no "not used" block', () => {
    expect(lines.some((l) => /Retouren\s+← T "Retouren"/.test(l) && plain(l).includes(words.driver))).toBe(true);
    expect(lines.some((l) => l.trim() === words.cliUnused)).toBe(false);
  });

  it('says the law in the reader\'s language, and writes % as the language does', () => {
    const all = texts(report).join('\n');
    if (language !== 'nl') expect(all).not.toContain('wettelijke handelsrente');
    if (language === 'en') expect(all).not.toMatch(/\d %/);
    else expect(all).toMatch(/\d %/);
    if (language === 'de') expect(all).not.toMatch(/Sanier/);
  });
});

describe('an advice sentence adds up', () => {
  it('Camping De Bosrand: what it leaves and what its hours yield elsewhere add up to the effect, to the cent', () => {
    const row = demos.nl.report.cells.find((r) => r?.[0] === 'Camping De Bosrand')!;
    const sentence = plain(String(row.at(-1)));
    const money = [...sentence.matchAll(/€\s(-?[\d.]+,\d\d)/g)].map((m) => Number(m[1]!.replace(/\./g, '').replace(',', '.')));
    expect(money).toHaveLength(3);
    expect(sentence).toContain('Effect € 7.893,12 per jaar');
    expect(Math.round((-money[0]! + money[1]!) * 100)).toBe(789312);
  });

  it('for every client of the demo, the amounts before the total add up to it to the cent', async () => {
    const loaded = await loadTable('examples/klanten.xlsx', { language: 'nl' });
    const settings = resolveSettings({ ...input, extraDrivers: [] }, '2026-11-27');
    const { clients } = analyse(recordsOf(loaded.table.columns), settings, '2026-11-27');
    const amount = (s: string) => Number(s.replace(/[€\s.]/g, '').replace(',', '.'));
    for (const client of clients) {
      const sentence = adviceSentence(client, settings, 'nl');
      const money = [...sentence.matchAll(/€\s(-?[\d.]+,\d\d)/g)].map((m) => amount(m[1]!));
      if (client.advice === 'repair') {
        const [gainAt] = [money.length - 4];
        const items = money.slice(0, gainAt);
        expect(Math.round(items.reduce((a, b) => a + b, 0) * 100), sentence).toBe(Math.round(money[gainAt]! * 100));
      }
      if (client.advice === 'letGo' && client.time > 0) {
        const [contribution, replacement, ...rest] = money;
        const effect = rest.at(-1)!;
        const loss = rest.length > 1 ? rest[0]! : 0;
        expect(Math.round((-contribution! + replacement! - loss) * 100), sentence).toBe(Math.round(effect * 100));
      }
    }
  });
});

describe('centParts', () => {
  it('rounds each part by less than a cent, and the parts add up to their sum rounded to cents', () => {
    expect(centParts([-(-1631.464), 6261.666])).toEqual([1631.46, 6261.67]);
    expect(centParts([1.005, 1.005, 1.005])).toEqual([1.01, 1, 1]);
    fc.assert(fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 8 }), (parts) => {
      const cents = centParts(parts);
      const sum = Math.round(parts.reduce((a, b) => a + b, 0) * 100);
      expect(Math.round(cents.reduce((a, b) => a + b, 0) * 100) === sum).toBe(true);
      cents.forEach((c, i) => expect(Math.abs(c - parts[i]!)).toBeLessThan(0.01 + 1e-9));
    }));
  });
});
