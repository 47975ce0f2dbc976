/**
 * Every problem of a build (docs/DEFINITIONS.md §1b) is said, in Dutch, English and German, naming the file, the
 * row, the column and the text found; and none of the rows it is about lands with a client in silence.
 */
import { describe, expect, it } from 'vitest';
import { buildClientList, type SourceInput, type SourceProblemId } from '../../../src/core/sources/index.js';
import type { Language } from '../../../src/core/types.js';

const rows = (text: string, sep: string): string[][] => text.trim().split('\n').map((l) => l.split(sep));

const TIME: SourceInput = {
  file: 'uren.csv', notationHint: 'en',
  cells: rows(`Client,Project,Billable,Start date,Start time,End date,End time,Duration
Jansen,Web,Yes,2025-03-04,09:00,2025-03-04,10:00,01:00:00
,Intern,No,2025-03-04,09:00,2025-03-04,10:00,01:00:00
Jansen,Web,Yes,2025-03-05,09:00,2025-03-05,09:00,00:00:00
Jansen,Web,Yes,2025-03-06,09:00,2025-03-06,10:00,-01:00:00
Jansen,Web,Yes,2025-03-07,09:00,2025-03-07,10:00,veel
Jansen,Web,Yes,gisteren,09:00,2025-03-07,10:00,01:00:00
Jansen,Web,Yes,2019-03-07,09:00,2019-03-07,10:00,01:00:00
Hotel Aan Zee,Folder,Yes,2025-03-08,09:00,2025-03-08,10:00,01:00:00`, ','),
};
const SPAN: SourceInput = {
  file: 'spans.csv', notationHint: 'en',
  cells: rows(`Client,Project,Start date,Start time,End date,End time
Jansen,Web,2025-03-04,11:00,2025-03-04,10:00
Jansen,Web,2025-03-04,09:00,2025-03-04,10:30`, ','),
};
const INVOICES: SourceInput = {
  file: 'facturen.csv', notationHint: 'nl',
  cells: rows(`Factuurnummer;Relatie;Factuurdatum;Bedrag incl. btw;Valuta
F1;Jansen;01-03-2025;121,00;EUR
F2;Jansen;02-03-2025;veel;EUR
F3;Hotel aan de Zee;03-03-2025;100,00;USD`, ';'),
};
const AGAIN: SourceInput = {
  file: 'facturen-2.csv', notationHint: 'nl',
  cells: rows(`Factuurnummer;Relatie;Factuurdatum;Bedrag excl. btw;Betaald op
F1;Jansen;01-03-2025;100,00;01-04-2025
F4;Hotel aan de Zee;05-03-2025;50,00;`, ';'),
};
const LIST: SourceInput = { file: 'klanten.csv', notationHint: 'nl', cells: rows(`Klant;Omzet;Uren\nJansen;5000;10`, ';') };
const NOTHING: SourceInput = { file: 'notities.csv', cells: rows(`Wat;Waarom\nkoffie;lekker`, ';') };
const HALF: SourceInput = { file: 'half.csv', cells: rows(`Factuurnummer;Factuurdatum;Bedrag excl. btw\nF9;01-03-2025;10`, ';') };
const US: SourceInput = {
  file: 'clockify.csv', notationHint: 'en',
  cells: rows(`Project,Client,Billable,Start Date,Start Time,End Date,End Time,Duration (h)
Web,Jansen,Yes,03/04/2025,09:00 AM,03/04/2025,10:00 AM,01:00:00`, ','),
};

const ALL_IDS: SourceProblemId[] = [
  'sourceNotRecognised', 'sourceFieldMissing', 'outsidePeriod', 'withoutClient', 'nearMatch', 'unreadableDate', 'unreadableNumber',
  'unreadableDuration', 'mixedCurrencies', 'invoiceInTwoFiles', 'zeroDuration', 'negativeDuration', 'endBeforeStart', 'inclVatOnly', 'noLateness',
  'fieldFromTwoSources',
];

function problemsIn(language: Language) {
  return buildClientList([TIME, SPAN, INVOICES, AGAIN, LIST, NOTHING, HALF], { language }).problems;
}

describe('source problems', () => {
  it('says each one, with file, row, column and text, in nl, en and de', () => {
    const said = { nl: problemsIn('nl'), en: problemsIn('en'), de: problemsIn('de') };
    for (const id of ALL_IDS) expect(said.nl.map((p) => p.id), id).toContain(id);
    const message = (language: Language, id: SourceProblemId): string => said[language].find((p) => p.id === id)!.message;
    // Row numbers as the user sees them: the header is row 1.
    expect(message('nl', 'withoutClient')).toBe('uren.csv: rijen zonder klant: 1 (eerste: rij 3, kolom Client); aan niemand toegewezen.');
    expect(message('nl', 'negativeDuration')).toMatch(/uren\.csv, rij 5, kolom Duration: negatieve duur "-01:00:00"/);
    expect(message('en', 'negativeDuration')).toMatch(/uren\.csv, row 5, column Duration: negative duration "-01:00:00"/);
    expect(message('de', 'negativeDuration')).toMatch(/uren\.csv, Zeile 5, Spalte Duration: negative Dauer „-01:00:00“/);
    expect(message('nl', 'unreadableDuration')).toMatch(/rij 6, kolom Duration: "veel" is geen duur/);
    expect(message('de', 'unreadableDate')).toMatch(/Zeile 7, Spalte Start date: „gisteren“ ist kein Datum/);
    expect(message('en', 'unreadableNumber')).toMatch(/facturen\.csv, row 3, column Bedrag incl\. btw: "veel" is not an amount/);
    expect(message('nl', 'mixedCurrencies')).toMatch(/kolom Valuta: rijen in een andere valuta dan EUR: 1 \(eerste: rij 4, "USD"\)/);
    expect(message('en', 'endBeforeStart')).toMatch(/spans\.csv, row 2: the end time is before the start time/);
    expect(message('de', 'invoiceInTwoFiles')).toMatch(/facturen-2\.csv: Rechnungen, die auch in einer früheren Datei stehen: 1 \(erste: F1\)/);
    expect(message('en', 'nearMatch')).toContain('"Hotel Aan Zee" and "Hotel aan de Zee" look alike but were not merged');
    expect(message('nl', 'sourceNotRecognised')).toContain('notities.csv');
    expect(message('en', 'sourceFieldMissing')).toMatch(/half\.csv: looks like invoices, but a column for client is missing/);
    expect(message('de', 'fieldFromTwoSources')).toMatch(/^Umsatz steht in der Kundenliste/);
    for (const id of ALL_IDS) {
      expect(new Set([message('nl', id), message('en', id), message('de', id)]).size, id).toBe(3);
      for (const language of ['nl', 'en', 'de'] as const) expect(message(language, id), `${language} ${id}`).not.toMatch(/\{\w+\}/);
    }
  });

  it('assigns no row it is about to a client', () => {
    const build = buildClientList([TIME, SPAN, INVOICES, AGAIN]);
    const jansen = build.clients.find((c) => c.client === 'Jansen')!;
    // Only the readable entries: 1 h + 0 h (row 4) from uren.csv and 1,5 h from spans.csv; F1 once (121 − nothing excl.: incl. only).
    expect(jansen.hours).toBe(2.5);
    expect(jansen.revenue).toBe(121);
    expect(jansen.invoices).toBe(1);
    // The USD invoice F3 is not added; F4 (EUR, in the second file) is.
    expect(build.clients.find((c) => c.client === 'Hotel aan de Zee')!.revenue).toBe(50);
  });

  it('stops at an English slash date the column does not decide, naming both readings, until the order is chosen', () => {
    for (const [language, first, second] of [['nl', '3 april 2025 (dag-maand)', '4 maart 2025 (maand-dag)'], ['en', '3 April 2025 (day-month)', '4 March 2025 (month-day)'], ['de', '3. April 2025 (Tag-Monat)', '4. März 2025 (Monat-Tag)']] as const) {
      const build = buildClientList([US], { language });
      expect(build.blocked).toBe(true);
      expect(build.clients).toEqual([]);
      const problem = build.problems.find((p) => p.id === 'dateOrderUndecided')!;
      expect(problem.severity).toBe('blocking');
      expect(problem.message).toContain(first);
      expect(problem.message).toContain(second);
    }
    const chosen = buildClientList([US], { choices: [{ dateOrder: 'mdy' }] });
    expect(chosen.blocked).toBe(false);
    expect(chosen.period).toMatchObject({ from: '2024-04-01', to: '2025-03-31' });
  });

  it('says a period it cannot read, and blocks', () => {
    const build = buildClientList([TIME], { period: '2025-13-01..2025-12-31', language: 'en' });
    expect(build.blocked).toBe(true);
    expect(build.problems[0]!.message).toBe('Period "2025-13-01..2025-12-31" cannot be read; write a year (2025) or from..to (2025-01-01..2025-12-31).');
    expect(buildClientList([TIME], { period: '2025' }).period).toEqual({ from: '2025-01-01', to: '2025-12-31', previousFrom: '2024-01-01', previousTo: '2024-12-31' });
  });
});
