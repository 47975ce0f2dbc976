/**
 * Every text of the pane in Dutch, English and German. A `Record<Language, Record<Id, string>>`: a missing
 * translation fails the type check. Figures and field, tier, advice and setting names come from the core's
 * catalogues, so the pane and the analysis sheet use the same words.
 */
import type { Catalogue } from '../src/core/index.js';
import type { ColumnReason } from '../src/core/index.js';

export type TextId =
  | 'appTitle' | 'appTagline'
  | 'tableHeading' | 'tableWhere' | 'kindSelection' | 'kindTable' | 'kindUsedRange' | 'readAgain' | 'reading'
  | 'mappingHeading' | 'mappingSummary' | 'mappingHint' | 'notUsed' | 'unusedHeading' | 'noUnused' | 'ambiguous' | 'lowConfidence'
  | 'manual' | 'resetMapping' | 'requiredField'
  | 'settingsHeading' | 'settingsHint' | 'defaultValue' | 'noDefault' | 'settingIssue' | 'settingsSaved' | 'resetSettings'
  | 'resetAsk' | 'resetConfirm' | 'resetCancel' | 'resetDone' | 'resetUndo' | 'resetRows'
  | 'addTier' | 'addDriver' | 'tierRow' | 'driverRow' | 'removeRow' | 'tierRevenueFrom' | 'tierDiscount'
  | 'driverColumn' | 'driverCost' | 'driverLabel' | 'listEmpty' | 'cellRequired' | 'rangeAmount' | 'rangeShare'
  | 'analyse' | 'stepRead' | 'stepCompute' | 'stepPaint' | 'done'
  | 'summaryHeading' | 'clients' | 'revenue' | 'netProfit' | 'hours' | 'hourlyReturn' | 'margin'
  | 'pyramidHeading' | 'pyramidDescription' | 'bandClients' | 'bandShares' | 'inactive'
  | 'legendProfit' | 'legendThin' | 'legendLoss'
  | 'adviceHeading' | 'adviceEffect' | 'noAdvice'
  | 'openSheet' | 'sheetWritten'
  | 'problemsHeading' | 'problemsNone' | 'problemRowColumn' | 'problemTable' | 'problemSelectHint' | 'moreProblems'
  | 'tableUnusable' | 'noClients' | 'failed' | 'notAvailable' | 'invalidNumber' | 'invalidDate' | 'usedAsDriver' | 'analysisSheetActive'
  | 'modeLabel' | 'tabAnalyse' | 'tabList'
  | 'listHeading' | 'listIntro' | 'listSheetsHeading' | 'listReadSheets' | 'listReading' | 'listNoSheets' | 'listUseSheet'
  | 'listKind' | 'listKindNone' | 'listRows' | 'listColumns' | 'listColumnsHint' | 'listMissing' | 'listNotRecognised'
  | 'listClientListColumns' | 'listPeriod' | 'listPeriodHint' | 'listPeriodIs' | 'listPreviousPeriodIs'
  | 'listMatchesHeading' | 'listMatchesHint' | 'listMatchPair' | 'listSame' | 'listApart'
  | 'listProblemsHeading' | 'listMake' | 'listRemake' | 'listMaking' | 'listWritten' | 'listNotWritten' | 'listNoClients'
  | 'listDateOrder' | 'listNothingUsed' | 'listChanged';

export const TEXT: Catalogue<TextId> = {
  nl: {
    appTitle: 'Klantwaarde', appTagline: 'Welke klanten verdienen geld per uur werk, en welke kosten geld?',
    tableHeading: 'Klantentabel', tableWhere: 'Blad {sheet}, {address} ({kind})',
    kindSelection: 'de selectie', kindTable: 'de Excel-tabel', kindUsedRange: 'het gebruikte bereik',
    readAgain: 'Opnieuw lezen', reading: 'Tabel lezen…',
    mappingHeading: 'Kolommen', mappingSummary: '{used} van {fields} herkend',
    mappingHint: 'Kies per gegeven de kolom waar het staat. Klantwaarde raadt ze aan de kopjes.',
    notUsed: '— niet gebruikt —', unusedHeading: 'Kolommen die niet meetellen', noUnused: 'Alle kolommen met getallen tellen mee.',
    ambiguous: 'twijfel: kies zelf', lowConfidence: 'gok', manual: 'door u gekozen', resetMapping: 'Automatisch herkennen',
    requiredField: 'verplicht',
    settingsHeading: 'Instellingen', settingsHint: 'Bewaard in deze werkmap: wie hem opent, krijgt dezelfde analyse. Leeg = standaard.',
    defaultValue: 'standaard {value}', noDefault: 'geen standaard', settingIssue: 'Opgeslagen instelling genegeerd: {message}',
    settingsSaved: 'Opgeslagen in de werkmap', resetSettings: 'Standaardwaarden',
    resetAsk: 'Terug naar de standaardwaarden? Dit wist voor iedereen die deze werkmap opent:', resetConfirm: 'Ja, wissen', resetCancel: 'Annuleren',
    resetDone: 'Alle instellingen staan weer op hun standaardwaarde.', resetUndo: 'Ongedaan maken', resetRows: '{count} regel(s)',
    addTier: 'Trede toevoegen', addDriver: 'Kostendrijver toevoegen', tierRow: 'Trede {n}', driverRow: 'Kostendrijver {n}',
    removeRow: '{row} verwijderen', tierRevenueFrom: 'Omzet vanaf', tierDiscount: 'Korting', driverColumn: 'Kolom',
    driverCost: 'Kosten per eenheid', driverLabel: 'Naam (mag leeg)', listEmpty: 'Geen ingesteld.',
    cellRequired: 'Vul dit in.', rangeAmount: 'Toegestaan is 0 of meer.', rangeShare: 'Toegestaan is 0 % tot 100 %.',
    analyse: 'Analyseer klanten', stepRead: 'Tabel lezen…', stepCompute: 'Rekenen…', stepPaint: 'Analyseblad maken…', done: 'Klaar',
    summaryHeading: 'Samenvatting', clients: 'Klanten', revenue: 'Omzet', netProfit: 'Nettowinst', hours: 'Uren',
    hourlyReturn: 'Uurrendement', margin: 'Marge',
    pyramidHeading: 'Klantenpiramide', pyramidDescription: 'Klantenpiramide: {bands}',
    bandClients: '{clients}', bandShares: 'omzet {revenue} · winst {profit}', inactive: 'Inactief: {clients} zonder omzet',
    legendProfit: 'winstgevend', legendThin: 'dunne marge', legendLoss: 'verlieslatend',
    adviceHeading: 'De drie belangrijkste adviezen', adviceEffect: '{advice}, effect {effect} per jaar', noAdvice: 'Geen advies: alle klanten behouden.',
    openSheet: 'Naar het analyseblad', sheetWritten: 'Analyse geschreven in blad {sheet}.',
    problemsHeading: 'Problemen ({count})', problemsNone: 'Geen problemen in de invoer.',
    problemRowColumn: 'Rij {row}, {column}', problemTable: 'Tabel', problemSelectHint: 'Klik om de cel te selecteren.',
    moreProblems: 'en nog {count}: zie het blad Klantanalyse.',
    tableUnusable: 'Deze tabel kan niet geanalyseerd worden:', noClients: 'Geen enkele klantrij kon gelezen worden.',
    failed: 'Er ging iets mis: {message}', notAvailable: 'n.v.t.',
    analysisSheetActive: 'Dit is een analyseblad van Klantwaarde. Ga naar het blad met uw klantenlijst en kies Opnieuw lezen.',
    usedAsDriver: 'extra kostendrijver, {cost} per eenheid (instellingen)',
    invalidNumber: 'Geen getal; typ bijvoorbeeld 45 of 12,5 %.', invalidDate: 'Geen datum; kies een datum als 2025-12-31.',
    modeLabel: 'Waarmee begint u?', tabAnalyse: 'Analyseren', tabList: 'Klantenlijst maken',
    listHeading: 'Klantenlijst maken uit exports',
    listIntro: 'Open of plak elke export (uren, facturen, orders, contactmomenten) in een eigen blad van deze werkmap. Klantwaarde telt ze per klant op in het blad Klantenlijst en analyseert dat blad.',
    listSheetsHeading: 'Bladen', listReadSheets: 'Bladen opnieuw lezen', listReading: 'Bladen lezen…',
    listNoSheets: 'Geen bladen met gegevens. Plak eerst een export in een leeg blad en kies Bladen opnieuw lezen.',
    listUseSheet: 'Blad {sheet} gebruiken', listKind: 'Soort', listKindNone: 'niet gebruiken', listRows: '{rows} rijen',
    listColumns: 'Kolommen · {used} gekozen', listColumnsHint: 'Kies per gegeven de kolom; "— niet gebruikt —" laat het gegeven weg.',
    listMissing: 'Ontbreekt: {fields}. Kies de kolom, of gebruik dit blad niet.',
    listNotRecognised: 'Niet herkend. Kies de soort als het er een is, anders blijft het blad buiten de lijst.',
    listClientListColumns: 'De kolommen worden gelezen zoals bij Analyseren.',
    listPeriod: 'Periode', listPeriodHint: 'Leeg: de 12 maanden tot en met de maand van de laatste factuur. Of een jaar (2025), of 2025-01-01..2025-12-31.',
    listPeriodIs: 'Periode: {from} – {to}', listPreviousPeriodIs: 'vorige periode: {from} – {to}',
    listMatchesHeading: 'Mogelijk dezelfde klant', listMatchesHint: 'Niet samengevoegd tot u het zegt. Kies, en maak de lijst opnieuw.',
    listMatchPair: '{a} en {b}', listSame: 'Zelfde klant', listApart: 'Apart houden',
    listProblemsHeading: 'Meldingen ({count})', listMake: 'Klantenlijst maken', listRemake: 'Klantenlijst opnieuw maken',
    listMaking: 'Bladen lezen en optellen…', listWritten: 'Klantenlijst met {clients} geschreven in blad {sheet}; de herkomst staat in blad {sources}.',
    listNotWritten: 'Er is geen klantenlijst geschreven.', listNoClients: 'In de gekozen bladen is geen enkele klant gevonden.',
    listDateOrder: 'Datumvolgorde in blad {sheet}', listNothingUsed: 'Kies ten minste één blad.',
    listChanged: 'U hebt iets veranderd: maak de lijst opnieuw om het mee te nemen.',
  },
  en: {
    appTitle: 'Klantwaarde', appTagline: 'Which clients earn money per hour of work, and which cost money?',
    tableHeading: 'Client table', tableWhere: 'Sheet {sheet}, {address} ({kind})',
    kindSelection: 'the selection', kindTable: 'the Excel table', kindUsedRange: 'the used range',
    readAgain: 'Read again', reading: 'Reading the table…',
    mappingHeading: 'Columns', mappingSummary: '{used} of {fields} recognised',
    mappingHint: 'Choose the column of each field. Klantwaarde guesses them from the headers.',
    notUsed: '— not used —', unusedHeading: 'Columns left out', noUnused: 'Every column with numbers is used.',
    ambiguous: 'unsure: please choose', lowConfidence: 'guess', manual: 'chosen by you', resetMapping: 'Detect automatically',
    requiredField: 'required',
    settingsHeading: 'Settings', settingsHint: 'Kept in this workbook: whoever opens it gets the same analysis. Blank = default.',
    defaultValue: 'default {value}', noDefault: 'no default', settingIssue: 'Stored setting ignored: {message}',
    settingsSaved: 'Saved in the workbook', resetSettings: 'Defaults',
    resetAsk: 'Back to the defaults? This erases, for everyone who opens this workbook:', resetConfirm: 'Yes, erase', resetCancel: 'Cancel',
    resetDone: 'Every setting is back at its default.', resetUndo: 'Undo', resetRows: '{count} row(s)',
    addTier: 'Add tier', addDriver: 'Add cost driver', tierRow: 'Tier {n}', driverRow: 'Cost driver {n}',
    removeRow: 'Remove {row}', tierRevenueFrom: 'Revenue from', tierDiscount: 'Discount', driverColumn: 'Column',
    driverCost: 'Cost per unit', driverLabel: 'Name (optional)', listEmpty: 'None set.',
    cellRequired: 'Fill this in.', rangeAmount: 'Allowed is 0 or more.', rangeShare: 'Allowed is 0% to 100%.',
    analyse: 'Analyse clients', stepRead: 'Reading the table…', stepCompute: 'Computing…', stepPaint: 'Writing the analysis sheet…', done: 'Done',
    summaryHeading: 'Summary', clients: 'Clients', revenue: 'Revenue', netProfit: 'Net profit', hours: 'Hours',
    hourlyReturn: 'Hourly return', margin: 'Margin',
    pyramidHeading: 'Client pyramid', pyramidDescription: 'Client pyramid: {bands}',
    bandClients: '{clients}', bandShares: 'revenue {revenue} · profit {profit}', inactive: 'Inactive: {clients} without revenue',
    legendProfit: 'profitable', legendThin: 'thin margin', legendLoss: 'loss-making',
    adviceHeading: 'The three most important pieces of advice', adviceEffect: '{advice}, effect {effect} a year', noAdvice: 'No advice: keep every client.',
    openSheet: 'Go to the analysis sheet', sheetWritten: 'Analysis written to sheet {sheet}.',
    problemsHeading: 'Problems ({count})', problemsNone: 'No problems in the input.',
    problemRowColumn: 'Row {row}, {column}', problemTable: 'Table', problemSelectHint: 'Click to select the cell.',
    moreProblems: 'and {count} more: see the analysis sheet.',
    tableUnusable: 'This table cannot be analysed:', noClients: 'Not a single client row could be read.',
    failed: 'Something went wrong: {message}', notAvailable: 'n/a',
    analysisSheetActive: 'This is an analysis sheet of Klantwaarde. Go to the sheet with your client list and choose Read again.',
    usedAsDriver: 'extra cost driver, {cost} per unit (settings)',
    invalidNumber: 'Not a number; type e.g. 45 or 12.5 %.', invalidDate: 'Not a date; choose one like 2025-12-31.',
    modeLabel: 'Where do you start?', tabAnalyse: 'Analyse', tabList: 'Make client list',
    listHeading: 'Make the client list from exports',
    listIntro: 'Open or paste each export (time entries, invoices, orders, contacts) into a sheet of its own in this workbook. Klantwaarde adds them up per client in the sheet Client list and analyses that sheet.',
    listSheetsHeading: 'Sheets', listReadSheets: 'Read the sheets again', listReading: 'Reading the sheets…',
    listNoSheets: 'No sheets with data. Paste an export into an empty sheet first and choose Read the sheets again.',
    listUseSheet: 'Use sheet {sheet}', listKind: 'Kind', listKindNone: 'do not use', listRows: '{rows} rows',
    listColumns: 'Columns · {used} chosen', listColumnsHint: 'Choose the column of each figure; "— not used —" leaves the figure out.',
    listMissing: 'Missing: {fields}. Choose the column, or do not use this sheet.',
    listNotRecognised: 'Not recognised. Choose its kind if it is one; otherwise the sheet stays out of the list.',
    listClientListColumns: 'The columns are read as in Analyse.',
    listPeriod: 'Period', listPeriodHint: 'Blank: the 12 months up to the month of the latest invoice. Or a year (2025), or 2025-01-01..2025-12-31.',
    listPeriodIs: 'Period: {from} – {to}', listPreviousPeriodIs: 'previous period: {from} – {to}',
    listMatchesHeading: 'Possibly the same client', listMatchesHint: 'Not merged until you say so. Choose, then make the list again.',
    listMatchPair: '{a} and {b}', listSame: 'Same client', listApart: 'Keep apart',
    listProblemsHeading: 'Notes ({count})', listMake: 'Make client list', listRemake: 'Make the client list again',
    listMaking: 'Reading and adding up the sheets…', listWritten: 'Client list of {clients} written to sheet {sheet}; where each figure came from is in sheet {sources}.',
    listNotWritten: 'No client list was written.', listNoClients: 'Not a single client was found in the sheets chosen.',
    listDateOrder: 'Date order in sheet {sheet}', listNothingUsed: 'Choose at least one sheet.',
    listChanged: 'You changed something: make the list again to include it.',
  },
  de: {
    appTitle: 'Klantwaarde', appTagline: 'Welche Kunden bringen pro Arbeitsstunde Geld ein, und welche kosten Geld?',
    tableHeading: 'Kundentabelle', tableWhere: 'Blatt {sheet}, {address} ({kind})',
    kindSelection: 'die Auswahl', kindTable: 'die Excel-Tabelle', kindUsedRange: 'der benutzte Bereich',
    readAgain: 'Neu lesen', reading: 'Tabelle lesen…',
    mappingHeading: 'Spalten', mappingSummary: '{used} von {fields} erkannt',
    mappingHint: 'Wählen Sie je Angabe ihre Spalte. Klantwaarde errät sie aus den Überschriften.',
    notUsed: '— nicht verwendet —', unusedHeading: 'Nicht verwendete Spalten', noUnused: 'Jede Spalte mit Zahlen wird verwendet.',
    ambiguous: 'unsicher: bitte wählen', lowConfidence: 'geraten', manual: 'von Ihnen gewählt', resetMapping: 'Automatisch erkennen',
    requiredField: 'erforderlich',
    settingsHeading: 'Einstellungen', settingsHint: 'In dieser Arbeitsmappe gespeichert: Wer sie öffnet, erhält dieselbe Analyse. Leer = Standard.',
    defaultValue: 'Standard {value}', noDefault: 'kein Standard', settingIssue: 'Gespeicherte Einstellung ignoriert: {message}',
    settingsSaved: 'In der Arbeitsmappe gespeichert', resetSettings: 'Standardwerte',
    resetAsk: 'Zurück zu den Standardwerten? Das löscht für alle, die diese Arbeitsmappe öffnen:', resetConfirm: 'Ja, löschen', resetCancel: 'Abbrechen',
    resetDone: 'Alle Einstellungen stehen wieder auf ihrem Standardwert.', resetUndo: 'Rückgängig', resetRows: '{count} Zeile(n)',
    addTier: 'Stufe hinzufügen', addDriver: 'Kostentreiber hinzufügen', tierRow: 'Stufe {n}', driverRow: 'Kostentreiber {n}',
    removeRow: '{row} entfernen', tierRevenueFrom: 'Umsatz ab', tierDiscount: 'Rabatt', driverColumn: 'Spalte',
    driverCost: 'Kosten je Einheit', driverLabel: 'Name (optional)', listEmpty: 'Keine eingestellt.',
    cellRequired: 'Bitte ausfüllen.', rangeAmount: 'Erlaubt ist 0 oder mehr.', rangeShare: 'Erlaubt ist 0 % bis 100 %.',
    analyse: 'Kunden analysieren', stepRead: 'Tabelle lesen…', stepCompute: 'Rechnen…', stepPaint: 'Analyseblatt schreiben…', done: 'Fertig',
    summaryHeading: 'Zusammenfassung', clients: 'Kunden', revenue: 'Umsatz', netProfit: 'Nettogewinn', hours: 'Stunden',
    hourlyReturn: 'Stundenertrag', margin: 'Marge',
    pyramidHeading: 'Kundenpyramide', pyramidDescription: 'Kundenpyramide: {bands}',
    bandClients: '{clients}', bandShares: 'Umsatz {revenue} · Gewinn {profit}', inactive: 'Inaktiv: {clients} ohne Umsatz',
    legendProfit: 'profitabel', legendThin: 'dünne Marge', legendLoss: 'verlustbringend',
    adviceHeading: 'Die drei wichtigsten Empfehlungen', adviceEffect: '{advice}, Effekt {effect} pro Jahr', noAdvice: 'Keine Empfehlung: alle Kunden behalten.',
    openSheet: 'Zum Analyseblatt', sheetWritten: 'Analyse in Blatt {sheet} geschrieben.',
    problemsHeading: 'Probleme ({count})', problemsNone: 'Keine Probleme in der Eingabe.',
    problemRowColumn: 'Zeile {row}, {column}', problemTable: 'Tabelle', problemSelectHint: 'Klicken, um die Zelle auszuwählen.',
    moreProblems: 'und {count} weitere: siehe Analyseblatt.',
    tableUnusable: 'Diese Tabelle kann nicht analysiert werden:', noClients: 'Keine einzige Kundenzeile konnte gelesen werden.',
    failed: 'Etwas ist schiefgegangen: {message}', notAvailable: 'k. A.',
    analysisSheetActive: 'Dies ist ein Analyseblatt von Klantwaarde. Gehen Sie zum Blatt mit Ihrer Kundenliste und wählen Sie Neu lesen.',
    usedAsDriver: 'zusätzlicher Kostentreiber, {cost} je Einheit (Einstellungen)',
    invalidNumber: 'Keine Zahl; z. B. 45 oder 12,5 % eingeben.', invalidDate: 'Kein Datum; z. B. 2025-12-31 wählen.',
    modeLabel: 'Womit beginnen Sie?', tabAnalyse: 'Analysieren', tabList: 'Kundenliste erstellen',
    listHeading: 'Kundenliste aus Exporten erstellen',
    listIntro: 'Öffnen oder fügen Sie jeden Export (Zeiteinträge, Rechnungen, Bestellungen, Kontakte) in ein eigenes Blatt dieser Arbeitsmappe ein. Klantwaarde summiert sie je Kunde im Blatt Kundenliste und analysiert dieses Blatt.',
    listSheetsHeading: 'Blätter', listReadSheets: 'Blätter neu lesen', listReading: 'Blätter lesen…',
    listNoSheets: 'Keine Blätter mit Daten. Fügen Sie zuerst einen Export in ein leeres Blatt ein und wählen Sie Blätter neu lesen.',
    listUseSheet: 'Blatt {sheet} verwenden', listKind: 'Art', listKindNone: 'nicht verwenden', listRows: '{rows} Zeilen',
    listColumns: 'Spalten · {used} gewählt', listColumnsHint: 'Wählen Sie je Angabe die Spalte; „— nicht verwendet —“ lässt die Angabe weg.',
    listMissing: 'Es fehlt: {fields}. Wählen Sie die Spalte oder verwenden Sie dieses Blatt nicht.',
    listNotRecognised: 'Nicht erkannt. Wählen Sie die Art, wenn es eine ist; sonst bleibt das Blatt außerhalb der Liste.',
    listClientListColumns: 'Die Spalten werden wie bei Analysieren gelesen.',
    listPeriod: 'Zeitraum', listPeriodHint: 'Leer: die 12 Monate bis einschließlich des Monats der letzten Rechnung. Oder ein Jahr (2025) oder 2025-01-01..2025-12-31.',
    listPeriodIs: 'Zeitraum: {from} – {to}', listPreviousPeriodIs: 'Vorzeitraum: {from} – {to}',
    listMatchesHeading: 'Möglicherweise derselbe Kunde', listMatchesHint: 'Nicht zusammengeführt, bis Sie es sagen. Wählen Sie und erstellen Sie die Liste neu.',
    listMatchPair: '{a} und {b}', listSame: 'Derselbe Kunde', listApart: 'Getrennt halten',
    listProblemsHeading: 'Hinweise ({count})', listMake: 'Kundenliste erstellen', listRemake: 'Kundenliste neu erstellen',
    listMaking: 'Blätter lesen und summieren…', listWritten: 'Kundenliste mit {clients} in Blatt {sheet} geschrieben; die Herkunft steht in Blatt {sources}.',
    listNotWritten: 'Es wurde keine Kundenliste geschrieben.', listNoClients: 'In den gewählten Blättern wurde kein einziger Kunde gefunden.',
    listDateOrder: 'Datumsreihenfolge in Blatt {sheet}', listNothingUsed: 'Wählen Sie mindestens ein Blatt.',
    listChanged: 'Sie haben etwas geändert: Erstellen Sie die Liste neu, um es zu übernehmen.',
  },
};

/** Why a column is not used, in a word or two (the mapping's `ColumnReason`). */
export const REASON_TEXT: Catalogue<ColumnReason> = {
  nl: {
    header: 'kopje', manual: 'door u gekozen', otherChosen: 'andere kolom gekozen', inclVat: 'inclusief btw', tax: 'belasting',
    rate: 'tarief per eenheid', amount: 'bedrag, geen aantal', identifier: 'nummer of code', date: 'datum', contact: 'contactgegeven',
    derived: 'afgeleid (gemiddelde, totaal)', olderYear: 'ouder jaar', unrecognised: 'niet herkend (extra kostendrijver?)',
    text: 'alleen tekst', empty: 'leeg',
  },
  en: {
    header: 'header', manual: 'chosen by you', otherChosen: 'another column chosen', inclVat: 'including VAT', tax: 'tax',
    rate: 'rate per unit', amount: 'an amount, not a count', identifier: 'number or code', date: 'date', contact: 'contact detail',
    derived: 'derived (average, total)', olderYear: 'older year', unrecognised: 'not recognised (extra cost driver?)',
    text: 'text only', empty: 'empty',
  },
  de: {
    header: 'Überschrift', manual: 'von Ihnen gewählt', otherChosen: 'andere Spalte gewählt', inclVat: 'inklusive USt', tax: 'Steuer',
    rate: 'Satz je Einheit', amount: 'Betrag, keine Anzahl', identifier: 'Nummer oder Code', date: 'Datum', contact: 'Kontaktangabe',
    derived: 'abgeleitet (Durchschnitt, Summe)', olderYear: 'älteres Jahr', unrecognised: 'nicht erkannt (zusätzlicher Kostentreiber?)',
    text: 'nur Text', empty: 'leer',
  },
};
