/**
 * The Sheets host's own texts (menu, alerts, the toast after an analysis), in Dutch, English and German. The
 * analysis sheet's texts come from the core's report labels; problems from the core's messages.
 */
import type { Catalogue } from '../../core/index.js';
import type { Language, Notation } from '../../core/index.js';

export type SheetsMessageId =
  | 'menu' | 'analyse' | 'sidebar' | 'sidebarTitle' | 'makeList' | 'sheetGone' | 'sheetOurs' | 'badListRequest'
  | 'done' | 'doneTitle' | 'doneProblems'
  | 'cannotAnalyse' | 'tableUnusable' | 'noClients' | 'ourSheet' | 'tooManyCells' | 'settingsIgnored';

export const SHEETS_MESSAGES: Catalogue<SheetsMessageId> = {
  nl: {
    menu: 'Klantwaarde',
    analyse: 'Analyseer klanten',
    sidebar: 'Instellingen en resultaten…',
    makeList: 'Klantenlijst maken…',
    sheetGone: 'Het blad "{sheet}" staat niet (meer) in dit spreadsheet. Vernieuw de lijst met bladen.',
    sheetOurs: 'Het blad "{sheet}" heeft Klantwaarde zelf gemaakt; het is geen bron voor de klantenlijst.',
    badListRequest: 'Klantwaarde: de vraag om een klantenlijst is onleesbaar.',
    sidebarTitle: 'Klantwaarde',
    doneTitle: 'Klantanalyse klaar',
    done: '{clients} · omzet {revenue} · nettowinst {profit} · uurrendement {hourly}. Zie het blad "{sheet}".',
    doneProblems: '{count} rijen met problemen: zie het blok Problemen in het blad, onder de samenvatting.',
    cannotAnalyse: 'Klantwaarde kan dit blad niet analyseren',
    tableUnusable: 'Het blad "{sheet}" heeft geen bruikbare klantenlijst.',
    noClients: 'Het blad "{sheet}" bevat geen klanten met omzet.',
    ourSheet: 'Dit is een blad dat Klantwaarde zelf heeft gemaakt. Open het blad met uw klantenlijst en kies dan Analyseer klanten.',
    tooManyCells: 'De analyse van {clients} klanten past niet in dit spreadsheet: {cells} cellen nodig, Google Sheets houdt er {max} per spreadsheet.',
    settingsIgnored: 'Opgeslagen instellingen genegeerd: {issues}',
  },
  en: {
    menu: 'Klantwaarde',
    analyse: 'Analyse clients',
    sidebar: 'Settings and results…',
    makeList: 'Make client list…',
    sheetGone: 'The sheet "{sheet}" is not (or no longer) in this spreadsheet. Refresh the list of sheets.',
    sheetOurs: 'The sheet "{sheet}" was made by Klantwaarde itself; it is no source for the client list.',
    badListRequest: 'Klantwaarde: the request for a client list cannot be read.',
    sidebarTitle: 'Klantwaarde',
    doneTitle: 'Client analysis ready',
    done: '{clients} · revenue {revenue} · net profit {profit} · hourly return {hourly}. See the sheet "{sheet}".',
    doneProblems: '{count} rows with problems: see the block Problems in the sheet, below the summary.',
    cannotAnalyse: 'Klantwaarde cannot analyse this sheet',
    tableUnusable: 'The sheet "{sheet}" has no usable client list.',
    noClients: 'The sheet "{sheet}" holds no clients with revenue.',
    ourSheet: 'This sheet was made by Klantwaarde itself. Open the sheet with your client list, then choose Analyse clients.',
    tooManyCells: 'The analysis of {clients} clients does not fit in this spreadsheet: it needs {cells} cells, Google Sheets holds {max} per spreadsheet.',
    settingsIgnored: 'Stored settings ignored: {issues}',
  },
  de: {
    menu: 'Klantwaarde',
    analyse: 'Kunden analysieren',
    sidebar: 'Einstellungen und Ergebnisse…',
    makeList: 'Kundenliste erstellen…',
    sheetGone: 'Das Blatt „{sheet}“ ist (nicht mehr) in dieser Tabelle. Aktualisieren Sie die Liste der Blätter.',
    sheetOurs: 'Das Blatt „{sheet}“ hat Klantwaarde selbst erstellt; es ist keine Quelle für die Kundenliste.',
    badListRequest: 'Klantwaarde: die Anfrage für eine Kundenliste ist nicht lesbar.',
    sidebarTitle: 'Klantwaarde',
    doneTitle: 'Kundenanalyse fertig',
    done: '{clients} · Umsatz {revenue} · Nettogewinn {profit} · Stundenertrag {hourly}. Siehe das Blatt „{sheet}“.',
    doneProblems: '{count} Zeilen mit Problemen: siehe den Block Probleme im Blatt, unter der Zusammenfassung.',
    cannotAnalyse: 'Klantwaarde kann dieses Blatt nicht analysieren',
    tableUnusable: 'Das Blatt „{sheet}“ hat keine brauchbare Kundenliste.',
    noClients: 'Das Blatt „{sheet}“ enthält keine Kunden mit Umsatz.',
    ourSheet: 'Dieses Blatt hat Klantwaarde selbst erstellt. Öffnen Sie das Blatt mit Ihrer Kundenliste und wählen Sie dann Kunden analysieren.',
    tooManyCells: 'Die Analyse von {clients} Kunden passt nicht in diese Tabelle: {cells} Zellen nötig, Google Sheets fasst {max} je Tabelle.',
    settingsIgnored: 'Gespeicherte Einstellungen ignoriert: {issues}',
  },
};

/**
 * The UI language from the spreadsheet's locale (`nl_NL`, `de_AT`, `en_GB`): Dutch and German as such, any
 * other locale English (a French or Spanish user reads English sooner than Dutch).
 */
export function languageOfLocale(locale: string | null | undefined): Language {
  const prefix = (locale ?? '').slice(0, 2).toLowerCase();
  if (prefix === 'nl') return 'nl';
  if (prefix === 'de') return 'de';
  if (prefix === 'en') return 'en';
  return locale ? 'en' : 'nl';
}

/**
 * The number notation of the spreadsheet's locale: only the decimal mark matters to the core (`en`: a point;
 * `nl`/`de`: a comma). Locales that write a decimal point: English, Swiss German/Italian/French, Mexican and a
 * few Asian ones; most others (the Netherlands, Germany, Austria, Belgium, France, Spain …) write a comma.
 */
export function notationOfLocale(locale: string | null | undefined): Notation {
  const [language = '', country = ''] = (locale ?? '').split(/[_-]/);
  const lang = language.toLowerCase();
  const land = country.toUpperCase();
  if (land === 'CH' || land === 'LI' || land === 'MX') return 'en';
  if (['en', 'ja', 'zh', 'ko', 'th', 'he', 'iw', 'hi', 'ms', 'fil', 'ga'].includes(lang)) return 'en';
  if (lang === 'de') return 'de';
  return 'nl';
}
