/**
 * The core's message catalogue: problems, notes, signals, tiers, advice, field names — Dutch first, with English
 * and German. Each language is a `Record<Id, string>`, so a missing translation fails the type check.
 */
import type { Field } from './fields.js';
import { type Catalogue, fill, formatMoney, formatNumber, type Params, translate } from './i18n.js';
import type { Notation } from './numbers.js';
import type { Advice, ClientResult, ColumnReason, Confidence, MatchBasis, Language, NoteId, ProblemId, Settings, SignalId, Tier } from './types.js';

export const PROBLEM_MESSAGES: Catalogue<ProblemId> = {
  nl: {
    notANumber: 'Rij {row}, kolom "{column}": "{text}" is geen getal; verwacht: {expected}. {consequence}',
    negativeNotAllowed: 'Rij {row}, kolom "{column}": {text} is negatief; verwacht: {expected} van 0 of meer. De rij is overgeslagen.',
    revenueMissing: 'Rij {row}, kolom "{column}": geen omzet ingevuld; de rij is overgeslagen.',
    clientMissing: 'Rij {row}, kolom "{column}": geen klantnaam; de rij is overgeslagen (een totaal of een klant zonder naam: vul de naam in om hem mee te tellen).',
    duplicateClient: 'Rij {row}, kolom "{column}": klant "{text}" staat ook in rij {other}; beide rijen zijn apart meegeteld.',
    fractionOutOfRange: 'Rij {row}, kolom "{column}": "{text}" ligt niet tussen 0 % en 100 %; verwacht: een percentage. Telt als 0.',
    scoreOutOfRange: 'Rij {row}, kolom "{column}": "{text}" ligt niet tussen 1 en 5; verwacht: een score van 1 tot 5. Telt als leeg.',
    notABoolean: 'Rij {row}, kolom "{column}": "{text}" is geen ja of nee; de waarde telt als onbekend.',
    noHeaderRow: 'Geen kopregel gevonden: geen rij noemt zowel een klant- als een omzetkolom (bijvoorbeeld "Klant" en "Omzet").',
    requiredColumnMissing: 'De kolom "{column}" ontbreekt; verwacht: een kolom met een kop als {expected}.',
    emptyTable: 'Het blad is leeg.',
    tableAsRead: 'Zo is het gelezen: {other} kolommen{text}, kopregel {consequence}. Kolommen die het kunnen zijn: {expected}. Wijs de kolom zelf toe als die er wel is.',
    noDataRows: 'Onder de kopregel (rij {row}) staan geen klanten.',
    columnAmbiguous: 'Zowel kolom "{column}" als kolom "{text}" kan {expected} zijn; gekozen is "{column}". Wijs de kolom zelf toe als dat niet klopt.',
    unknownMappedColumn: 'De toegewezen kolom "{column}" bestaat niet in de kopregel.',
    driverColumnMissing: 'Kostendrijver "{text}": kolom "{column}" bestaat niet; deze kosten zijn niet meegeteld.',
    totalRowSkipped: 'Rij {row}, kolom "{column}": "{text}" is een totaalregel; die telt niet als klant.',
    sumRowSkipped: 'Rij {row}: de bedragen zijn de som van de rijen erboven; de rij telt als totaalregel, niet als klant.',
    revenueInclVat: 'Kolom "{column}" is omzet inclusief btw en er is geen kolom zonder btw: de analyse rekent met bedragen inclusief btw (bij 21 % btw 21 % te hoog). Voeg een kolom "Omzet excl. btw" toe als u die heeft.',
    notationAssumed: 'Kolom "{column}": "{text}" kan op twee manieren gelezen worden en niets in het bestand beslist het; gelezen in {expected}. Kies de taal (--lang) of schrijf het getal zonder twijfel (1500 of 1.500,00).',
    formulaWithoutValue: 'Kolom "{column}": {other} cellen zijn formules zonder berekende waarde (bijvoorbeeld rij {row}); ze tellen als leeg. Open het bestand één keer in Excel en sla het op.',
    hiddenRows: 'Verborgen rijen ({text}) zijn meegeteld; maak ze zichtbaar of haal ze weg als ze niet meetellen.',
    fieldMissing: 'Geen kolom voor {expected}: {consequence}',
  },
  en: {
    notANumber: 'Row {row}, column "{column}": "{text}" is not a number; expected: {expected}. {consequence}',
    negativeNotAllowed: 'Row {row}, column "{column}": {text} is negative; expected: {expected} of 0 or more. The row was left out.',
    revenueMissing: 'Row {row}, column "{column}": no revenue filled in; the row was left out.',
    clientMissing: 'Row {row}, column "{column}": no client name; the row was left out (a total, or a client without a name: fill in the name to count it).',
    duplicateClient: 'Row {row}, column "{column}": client "{text}" also appears in row {other}; both rows were counted separately.',
    fractionOutOfRange: 'Row {row}, column "{column}": "{text}" is not between 0 % and 100 %; expected: a percentage. Counts as 0.',
    scoreOutOfRange: 'Row {row}, column "{column}": "{text}" is not between 1 and 5; expected: a score from 1 to 5. Counts as blank.',
    notABoolean: 'Row {row}, column "{column}": "{text}" is not yes or no; the value counts as unknown.',
    noHeaderRow: 'No header row found: no row names both a client and a revenue column (for example "Client" and "Revenue").',
    requiredColumnMissing: 'The column "{column}" is missing; expected: a column headed like {expected}.',
    emptyTable: 'The sheet is empty.',
    tableAsRead: 'This is how it was read: {other} columns{text}, header {consequence}. Columns that could be it: {expected}. Map the column yourself if it is there.',
    noDataRows: 'There are no clients below the header row (row {row}).',
    columnAmbiguous: 'Both column "{column}" and column "{text}" could be {expected}; "{column}" was chosen. Map the column yourself if that is wrong.',
    unknownMappedColumn: 'The mapped column "{column}" does not exist in the header row.',
    driverColumnMissing: 'Cost driver "{text}": column "{column}" does not exist; these costs were not counted.',
    totalRowSkipped: 'Row {row}, column "{column}": "{text}" is a totals row; it does not count as a client.',
    sumRowSkipped: 'Row {row}: its amounts are the sums of the rows above; the row counts as a totals row, not as a client.',
    revenueInclVat: 'Column "{column}" is revenue including VAT and there is no column without VAT: the analysis works with amounts including VAT (21 % too high at 21 % VAT). Add a column "Revenue excl. VAT" if you have one.',
    notationAssumed: 'Column "{column}": "{text}" can be read two ways and nothing in the file decides it; read in {expected}. Choose the language (--lang) or write the number unambiguously (1500 or 1,500.00).',
    formulaWithoutValue: 'Column "{column}": {other} cells are formulas without a calculated value (for example row {row}); they count as blank. Open the file once in Excel and save it.',
    hiddenRows: 'Hidden rows ({text}) were counted; unhide or remove them if they should not count.',
    fieldMissing: 'No column for {expected}: {consequence}',
  },
  de: {
    notANumber: 'Zeile {row}, Spalte „{column}“: „{text}“ ist keine Zahl; erwartet: {expected}. {consequence}',
    negativeNotAllowed: 'Zeile {row}, Spalte „{column}“: {text} ist negativ; erwartet: {expected} von 0 oder mehr. Die Zeile wurde ausgelassen.',
    revenueMissing: 'Zeile {row}, Spalte „{column}“: kein Umsatz eingetragen; die Zeile wurde ausgelassen.',
    clientMissing: 'Zeile {row}, Spalte „{column}“: kein Kundenname; die Zeile wurde ausgelassen (eine Summe oder ein Kunde ohne Namen: tragen Sie den Namen ein, damit er zählt).',
    duplicateClient: 'Zeile {row}, Spalte „{column}“: Kunde „{text}“ steht auch in Zeile {other}; beide Zeilen wurden getrennt gezählt.',
    fractionOutOfRange: 'Zeile {row}, Spalte „{column}“: „{text}“ liegt nicht zwischen 0 % und 100 %; erwartet: ein Prozentsatz. Zählt als 0.',
    scoreOutOfRange: 'Zeile {row}, Spalte „{column}“: „{text}“ liegt nicht zwischen 1 und 5; erwartet: eine Bewertung von 1 bis 5. Zählt als leer.',
    notABoolean: 'Zeile {row}, Spalte „{column}“: „{text}“ ist weder ja noch nein; der Wert gilt als unbekannt.',
    noHeaderRow: 'Keine Kopfzeile gefunden: keine Zeile nennt sowohl eine Kunden- als auch eine Umsatzspalte (zum Beispiel „Kunde“ und „Umsatz“).',
    requiredColumnMissing: 'Die Spalte „{column}“ fehlt; erwartet: eine Spalte mit einer Überschrift wie {expected}.',
    emptyTable: 'Das Blatt ist leer.',
    tableAsRead: 'So wurde gelesen: {other} Spalten{text}, Kopfzeile {consequence}. Spalten, die es sein könnten: {expected}. Ordnen Sie die Spalte selbst zu, wenn es sie gibt.',
    noDataRows: 'Unter der Kopfzeile (Zeile {row}) stehen keine Kunden.',
    columnAmbiguous: 'Sowohl Spalte „{column}“ als auch Spalte „{text}“ könnte {expected} sein; gewählt wurde „{column}“. Ordnen Sie die Spalte selbst zu, falls das nicht stimmt.',
    unknownMappedColumn: 'Die zugeordnete Spalte „{column}“ gibt es in der Kopfzeile nicht.',
    driverColumnMissing: 'Kostentreiber „{text}“: Spalte „{column}“ gibt es nicht; diese Kosten wurden nicht gezählt.',
    totalRowSkipped: 'Zeile {row}, Spalte „{column}“: „{text}“ ist eine Summenzeile; sie zählt nicht als Kunde.',
    sumRowSkipped: 'Zeile {row}: die Beträge sind die Summen der Zeilen darüber; die Zeile gilt als Summenzeile, nicht als Kunde.',
    revenueInclVat: 'Spalte „{column}“ ist Umsatz einschließlich USt. und es gibt keine Spalte ohne USt.: die Analyse rechnet mit Bruttobeträgen (bei 19 % USt. 19 % zu hoch). Fügen Sie eine Spalte „Umsatz netto“ hinzu, wenn Sie eine haben.',
    notationAssumed: 'Spalte „{column}“: „{text}“ lässt sich auf zwei Arten lesen und nichts in der Datei entscheidet es; gelesen in {expected}. Wählen Sie die Sprache (--lang) oder schreiben Sie die Zahl eindeutig (1500 oder 1.500,00).',
    formulaWithoutValue: 'Spalte „{column}“: {other} Zellen sind Formeln ohne berechneten Wert (zum Beispiel Zeile {row}); sie zählen als leer. Öffnen Sie die Datei einmal in Excel und speichern Sie sie.',
    hiddenRows: 'Ausgeblendete Zeilen ({text}) wurden mitgezählt; blenden Sie sie ein oder entfernen Sie sie, wenn sie nicht zählen sollen.',
    fieldMissing: 'Keine Spalte für {expected}: {consequence}',
  },
};

export type ConsequenceId = 'rowLeftOut' | 'countsAsZero';
export const CONSEQUENCES: Catalogue<ConsequenceId> = {
  nl: { rowLeftOut: 'De rij is overgeslagen.', countsAsZero: 'Telt als 0.' },
  en: { rowLeftOut: 'The row was left out.', countsAsZero: 'Counts as 0.' },
  de: { rowLeftOut: 'Die Zeile wurde ausgelassen.', countsAsZero: 'Zählt als 0.' },
};

/** Header examples per language for a missing required column. */
export const HEADER_EXAMPLES: Catalogue<'client' | 'revenue'> = {
  nl: { client: '"Klant", "Klantnaam" of "Debiteur"', revenue: '"Omzet" of "Omzet 2025"' },
  en: { client: '"Client", "Customer" or "Name"', revenue: '"Revenue" or "Sales"' },
  de: { client: '„Kunde“, „Kundenname“ oder „Firma“', revenue: '„Umsatz“ oder „Erlös“' },
};

export type ExpectedId = 'money' | 'hours' | 'count' | 'fraction' | 'days' | 'score';
export const EXPECTED: Catalogue<ExpectedId> = {
  nl: {
    money: 'een bedrag zoals 1.234,56',
    hours: 'een aantal uren zoals 12,5',
    count: 'een aantal zoals 3',
    fraction: 'een percentage zoals 12 %',
    days: 'een aantal dagen zoals 14',
    score: 'een score van 1 tot 5',
  },
  en: {
    money: 'an amount such as 1,234.56',
    hours: 'a number of hours such as 12.5',
    count: 'a count such as 3',
    fraction: 'a percentage such as 12 %',
    days: 'a number of days such as 14',
    score: 'a score from 1 to 5',
  },
  de: {
    money: 'ein Betrag wie 1.234,56',
    hours: 'eine Stundenzahl wie 12,5',
    count: 'eine Anzahl wie 3',
    fraction: 'ein Prozentsatz wie 12 %',
    days: 'eine Anzahl Tage wie 14',
    score: 'eine Bewertung von 1 bis 5',
  },
};

/** Number notations, as a message names the one assumed. */
export const NOTATION_NAMES: Catalogue<Notation> = {
  nl: { nl: 'de Nederlandse notatie (1.500 = duizendvijfhonderd)', de: 'de Duitse notatie (1.500 = duizendvijfhonderd)', en: 'de Engelse notatie (1.500 = anderhalf)' },
  en: { nl: 'Dutch notation (1.500 = one thousand five hundred)', de: 'German notation (1.500 = one thousand five hundred)', en: 'English notation (1.500 = one and a half)' },
  de: { nl: 'niederländischer Schreibweise (1.500 = eintausendfünfhundert)', de: 'deutscher Schreibweise (1.500 = eintausendfünfhundert)', en: 'englischer Schreibweise (1.500 = eineinhalb)' },
};

/** How a message names a CSV's separator, and the words of `tableAsRead`. */
export const READ_WORDS: Catalogue<'splitOn' | 'semicolon' | 'comma' | 'tab' | 'row' | 'noRow' | 'none'> = {
  nl: { splitOn: ', gesplitst op {text}', semicolon: 'puntkomma (;)', comma: 'komma (,)', tab: 'tab', row: 'rij {row} ({text})', noRow: 'niet gevonden', none: 'geen' },
  en: { splitOn: ', split on {text}', semicolon: 'semicolon (;)', comma: 'comma (,)', tab: 'tab', row: 'row {row} ({text})', noRow: 'not found', none: 'none' },
  de: { splitOn: ', getrennt durch {text}', semicolon: 'Semikolon (;)', comma: 'Komma (,)', tab: 'Tabulator', row: 'Zeile {row} ({text})', noRow: 'nicht gefunden', none: 'keine' },
};

/** Field names as users see them (used when a column is missing, and as report headings). */
export const FIELD_LABELS: Catalogue<Field> = {
  nl: {
    client: 'Klant', revenue: 'Omzet', directCosts: 'Directe kosten', hours: 'Uren', calls: 'Telefoontjes',
    emails: 'E-mails', correctionRounds: 'Correctierondes', visits: 'Bezoeken', orders: 'Orders', invoices: 'Facturen',
    freeShipments: 'Franco leveringen', discountPct: 'Korting', daysLate: 'Dagen te laat', reminders: 'Aanmaningen',
    previousRevenue: 'Omzet vorig jaar', referralRevenue: 'Omzet via doorverwijzing', potential: 'Potentie',
    relationship: 'Relatie', contract: 'Contract', clientNumber: 'Klantnummer', unbilledHours: 'Niet-declarabele uren',
  },
  en: {
    client: 'Client', revenue: 'Revenue', directCosts: 'Direct costs', hours: 'Hours', calls: 'Calls', emails: 'E-mails',
    correctionRounds: 'Correction rounds', visits: 'Visits', orders: 'Orders', invoices: 'Invoices',
    freeShipments: 'Free shipments', discountPct: 'Discount', daysLate: 'Days late', reminders: 'Reminders',
    previousRevenue: 'Previous revenue', referralRevenue: 'Referral revenue', potential: 'Potential',
    relationship: 'Relationship', contract: 'Contract', clientNumber: 'Client number', unbilledHours: 'Non-billable hours',
  },
  de: {
    client: 'Kunde', revenue: 'Umsatz', directCosts: 'Direkte Kosten', hours: 'Stunden', calls: 'Anrufe', emails: 'E-Mails',
    correctionRounds: 'Korrekturrunden', visits: 'Besuche', orders: 'Aufträge', invoices: 'Rechnungen',
    freeShipments: 'Frachtfreie Lieferungen', discountPct: 'Rabatt', daysLate: 'Tage verspätet', reminders: 'Mahnungen',
    previousRevenue: 'Umsatz Vorjahr', referralRevenue: 'Umsatz durch Empfehlungen', potential: 'Potenzial',
    relationship: 'Beziehung', contract: 'Vertrag', clientNumber: 'Kundennummer', unbilledHours: 'Nicht abrechenbare Stunden',
  },
};

export const TIER_LABELS: Catalogue<Tier> = {
  nl: { top: 'Top', large: 'Groot', medium: 'Middel', small: 'Klein', inactive: 'Inactief' },
  en: { top: 'Top', large: 'Large', medium: 'Medium', small: 'Small', inactive: 'Inactive' },
  de: { top: 'Top', large: 'Groß', medium: 'Mittel', small: 'Klein', inactive: 'Inaktiv' },
};

export const SIGNAL_LABELS: Catalogue<SignalId> = {
  nl: {
    paysLate: 'betaalt laat', manyCorrections: 'veel correcties', emergencyOnly: 'alleen spoed', noContract: 'geen contract',
    shrinking: 'krimpt', discountLeak: 'kortingslek', highPotential: 'hoge potentie', referrer: 'verwijst door',
    muchUnbilled: 'veel niet-gefactureerd werk',
  },
  en: {
    paysLate: 'pays late', manyCorrections: 'many corrections', emergencyOnly: 'emergency-only', noContract: 'no contract',
    shrinking: 'shrinking', discountLeak: 'discount leak', highPotential: 'high potential', referrer: 'referrer',
    muchUnbilled: 'much unbilled work',
  },
  de: {
    paysLate: 'zahlt spät', manyCorrections: 'viele Korrekturen', emergencyOnly: 'nur Notfälle', noContract: 'kein Vertrag',
    shrinking: 'schrumpft', discountLeak: 'Rabattleck', highPotential: 'hohes Potenzial', referrer: 'empfiehlt weiter',
    muchUnbilled: 'viel nicht abgerechnete Arbeit',
  },
};

export const ADVICE_LABELS: Catalogue<Advice> = {
  nl: { keep: 'Behouden', repair: 'Repareren', letGo: 'Laten gaan' },
  en: { keep: 'Keep', repair: 'Repair', letGo: 'Let go' },
  de: { keep: 'Behalten', repair: 'Sanieren', letGo: 'Gehen lassen' },
};

export const NOTE_MESSAGES: Catalogue<NoteId> = {
  nl: {
    noHourlyCost: 'Geen uurkostprijs ingesteld: de nettowinst is exclusief arbeid. Het uurrendement is dan het cijfer dat telt.',
    noTargetHourlyReturn: 'Geen doeltarief ingesteld: de alternatieve kosten zijn niet berekend.',
    interestExtrapolated: 'De wettelijke handelsrente na de laatst bekende periode is aangenomen gelijk te blijven; vul zo nodig zelf een rente in.',
    noDiscountTiers: 'Er zijn kortingen gegeven maar er is geen kortingsstaffel ingesteld: kortingslekken zijn niet berekend.',
    noReplacement: 'Geen doeltarief en geen A-klanten met uren: "laten gaan" wordt niet geadviseerd.',
    noClients: 'Er zijn geen klanten om te analyseren.',
    fewAClients: 'Minder dan 3 A-klanten met omzet: het profiel van uw beste klanten wordt niet getoond.',
  },
  en: {
    noHourlyCost: 'No hourly cost set: net profit excludes labour. The hourly return is then the figure that matters.',
    noTargetHourlyReturn: 'No target hourly return set: opportunity cost was not computed.',
    interestExtrapolated: 'The statutory commercial rate after the last known period is assumed unchanged; type your own rate if needed.',
    noDiscountTiers: 'Discounts were given but no discount tiers are set: discount leaks were not computed.',
    noReplacement: 'No target hourly return and no A clients with hours: "let go" is not offered.',
    noClients: 'There are no clients to analyse.',
    fewAClients: 'Fewer than 3 A clients with revenue: the profile of your best clients is not shown.',
  },
  de: {
    noHourlyCost: 'Kein Stundensatz für Kosten eingestellt: der Nettogewinn enthält keine Arbeitskosten. Dann zählt der Stundenertrag.',
    noTargetHourlyReturn: 'Kein Ziel-Stundenertrag eingestellt: die Opportunitätskosten wurden nicht berechnet.',
    interestExtrapolated: 'Der gesetzliche Verzugszins nach dem letzten bekannten Zeitraum wird als unverändert angenommen; geben Sie bei Bedarf einen eigenen Zins ein.',
    noDiscountTiers: 'Es wurden Rabatte gewährt, aber keine Rabattstaffel eingestellt: Rabattlecks wurden nicht berechnet.',
    noReplacement: 'Kein Ziel-Stundenertrag und keine A-Kunden mit Stunden: „gehen lassen“ wird nicht angeboten.',
    noClients: 'Es gibt keine Kunden zu analysieren.',
    fewAClients: 'Weniger als 3 A-Kunden mit Umsatz: das Profil Ihrer besten Kunden wird nicht gezeigt.',
  },
};

type AdviceSentenceId = 'keepA' | 'keepB' | 'keepC' | 'repair' | 'letGo' | 'letGoNoHours' | 'referrals';
const ADVICE_SENTENCES: Catalogue<AdviceSentenceId> = {
  nl: {
    keepA: 'Behouden en koesteren: {profit} nettowinst. Houd contact in verhouding tot die winst (bijvoorbeeld {visits} bezoeken per jaar).',
    keepB: 'Behouden en laten groeien: {profit} nettowinst bij {hourly} per uur{potential}.',
    keepC: 'Behouden: repareren levert {gain} op (minder dan de drempel van {threshold}) en laten gaan {letGo}.',
    repair: 'Repareren: {items}, samen {gain} per jaar, min {threshold} voor het gesprek: effect {effect} per jaar; de winst wordt {repaired}.',
    letGo: 'Laten gaan: deze klant levert {contribution} bijdrage in {hours} uur; die uren elders verkocht leveren {replacement}{referrals}. Effect {effect} per jaar.',
    letGoNoHours: 'Laten gaan: deze klant kost {contribution} per jaar{referrals}. Effect {effect} per jaar.',
    referrals: '; min gemiste doorverwijzingen {loss}',
  },
  en: {
    keepA: 'Keep and cherish: {profit} net profit. Keep contact in line with that profit (for example {visits} visits a year).',
    keepB: 'Keep and grow: {profit} net profit at {hourly} per hour{potential}.',
    keepC: 'Keep: repairing yields {gain} (less than the threshold of {threshold}) and letting go {letGo}.',
    repair: 'Repair: {items}, together {gain} a year, less {threshold} for the conversation: effect {effect} a year; profit becomes {repaired}.',
    letGo: 'Let go: this client leaves {contribution} contribution in {hours} hours; those hours sold elsewhere yield {replacement}{referrals}. Effect {effect} a year.',
    letGoNoHours: 'Let go: this client costs {contribution} a year{referrals}. Effect {effect} a year.',
    referrals: '; less lost referrals {loss}',
  },
  de: {
    keepA: 'Behalten und pflegen: {profit} Nettogewinn. Kontakt im Verhältnis zu diesem Gewinn halten (zum Beispiel {visits} Besuche pro Jahr).',
    keepB: 'Behalten und ausbauen: {profit} Nettogewinn bei {hourly} pro Stunde{potential}.',
    keepC: 'Behalten: Sanieren bringt {gain} (weniger als die Schwelle von {threshold}) und Gehenlassen {letGo}.',
    repair: 'Sanieren: {items}, zusammen {gain} pro Jahr, abzüglich {threshold} für das Gespräch: Effekt {effect} pro Jahr; der Gewinn wird {repaired}.',
    letGo: 'Gehen lassen: dieser Kunde bringt {contribution} Deckungsbeitrag in {hours} Stunden; diese Stunden anderweitig verkauft bringen {replacement}{referrals}. Effekt {effect} pro Jahr.',
    letGoNoHours: 'Gehen lassen: dieser Kunde kostet {contribution} pro Jahr{referrals}. Effekt {effect} pro Jahr.',
    referrals: '; abzüglich entgangener Empfehlungen {loss}',
  },
};

export type RepairLineId = keyof ClientResult['repair'] | 'conversations' | 'lostContribution' | 'replacement' | 'referralLoss';
export const SCENARIO_LINES: Catalogue<RepairLineId> = {
  nl: {
    discount: 'korting terug naar de staffel', visits: 'minder bezoeken', orders: 'orders bundelen',
    invoicing: 'factuurkosten doorberekenen', shipping: 'verzendkosten doorberekenen', interest: 'op tijd laten betalen',
    conversations: 'gesprekken (drempel per klant)', lostContribution: 'weggevallen bijdrage',
    replacement: 'vrijgekomen uren elders verkocht', referralLoss: 'gemiste doorverwijzingen',
  },
  en: {
    discount: 'discount back to tier', visits: 'fewer visits', orders: 'bundled orders', invoicing: 'invoicing charged on',
    shipping: 'shipping charged on', interest: 'paid on time', conversations: 'conversations (threshold per client)',
    lostContribution: 'lost contribution', replacement: 'freed hours sold elsewhere', referralLoss: 'lost referrals',
  },
  de: {
    discount: 'Rabatt zurück auf die Staffel', visits: 'weniger Besuche', orders: 'Aufträge bündeln',
    invoicing: 'Rechnungskosten weiterberechnen', shipping: 'Versandkosten weiterberechnen', interest: 'pünktlich zahlen lassen',
    conversations: 'Gespräche (Schwelle pro Kunde)', lostContribution: 'entgangener Deckungsbeitrag',
    replacement: 'freie Stunden anderweitig verkauft', referralLoss: 'entgangene Empfehlungen',
  },
};

export function problemMessage(language: Language, id: ProblemId, params: Params): string {
  return translate(PROBLEM_MESSAGES, language, id, params);
}

/**
 * A contact plan in line with the profit (docs/DEFINITIONS.md §5, "keep" for an A client): as many visits a year as cost
 * at most a tenth of the client's net profit, at least 1 and at most 12 (monthly). Our choice; docs/DEFINITIONS.md names
 * no rule.
 */
export function plannedVisits(netProfit: number, costPerVisit: number): number {
  if (!(costPerVisit > 0)) return 12;
  return Math.min(12, Math.max(1, Math.floor((0.1 * netProfit) / costPerVisit)));
}

/**
 * The advice as a sentence in the user's language, carrying the deciding numbers (docs/DEFINITIONS.md §5). Built at the
 * edge (report, sidebar) rather than in `analyse`, so a million-client analysis formats no million sentences.
 */
export function adviceSentence(
  client: ClientResult,
  context: Pick<Settings, 'repairThreshold' | 'costPerVisit'>,
  language: Language,
): string {
  const money = (amount: number): string => formatMoney(amount, language);
  const templates = ADVICE_SENTENCES[language];
  if (client.advice === 'repair') {
    const items = (Object.keys(client.repair) as (keyof ClientResult['repair'])[])
      .filter((key) => client.repair[key] > 0)
      .map((key) => `${SCENARIO_LINES[language][key]} ${money(client.repair[key])}`)
      .join(', ');
    // The effect is the gain less the threshold (what the summary ranks and shows), so the sentence names both:
    // "samen € 2.300,17, min € 250 voor het gesprek: effect € 2.050,17" adds up where "effect € 2.050,17" alone did not.
    return fill(templates.repair, {
      items, gain: money(client.repairGain), threshold: money(context.repairThreshold),
      effect: money(client.repairGain - context.repairThreshold), repaired: money(client.repairedProfit),
    });
  }
  if (client.advice === 'letGo') {
    const effect = money(client.letGoEffect ?? 0);
    // letGoEffect = −contribution + replacement − referralLoss: a referral loss is named, so the sentence adds up.
    const referrals = client.referralLoss > 0 ? fill(templates.referrals, { loss: money(client.referralLoss) }) : '';
    if (!(client.time > 0)) return fill(templates.letGoNoHours, { contribution: money(-client.contribution), referrals, effect });
    return fill(templates.letGo, {
      contribution: money(client.contribution),
      hours: formatNumber(client.time, language, 1),
      replacement: money(client.replacement ?? 0),
      referrals,
      effect,
    });
  }
  if (client.abcClass === 'A') {
    return fill(templates.keepA, { profit: money(client.netProfit), visits: plannedVisits(client.netProfit, context.costPerVisit) });
  }
  if (client.abcClass === 'B') {
    const potential = client.signals.includes('highPotential') ? ` (${SIGNAL_LABELS[language].highPotential})` : '';
    const hourly = client.hourlyReturn === null ? '—' : money(client.hourlyReturn);
    return fill(templates.keepB, { profit: money(client.netProfit), hourly, potential });
  }
  return fill(templates.keepC, {
    gain: money(client.repairGain),
    threshold: money(context.repairThreshold),
    letGo: client.letGoEffect === null ? '—' : money(client.letGoEffect),
  });
}

/** Why a column was used or not, for the mapping a host shows (CLI, taskpane, sidebar, the sheet's *Kolommen*). */
export const COLUMN_REASONS: Catalogue<ColumnReason> = {
  nl: {
    header: 'herkend aan de kop', manual: 'door u toegewezen', otherChosen: 'een andere kolom is gekozen',
    inclVat: 'inclusief btw; de kolom zonder btw is gebruikt', tax: 'btw-bedrag, geen omzet', rate: 'een tarief of prijs per eenheid',
    amount: 'een bedrag, geen aantal', identifier: 'een nummer of code', date: 'een datum', contact: 'contactgegevens',
    derived: 'een gemiddelde, aandeel, totaal of resultaat', olderYear: 'een ouder jaar', unrecognised: 'niet herkend (te gebruiken als kostendrijver)',
    text: 'tekst', empty: 'leeg',
  },
  en: {
    header: 'recognised by its header', manual: 'mapped by you', otherChosen: 'another column was chosen',
    inclVat: 'including VAT; the column without VAT was used', tax: 'a VAT amount, not revenue', rate: 'a rate or price per unit',
    amount: 'an amount, not a count', identifier: 'a number or code', date: 'a date', contact: 'contact details',
    derived: 'an average, share, total or result', olderYear: 'an older year', unrecognised: 'not recognised (usable as a cost driver)',
    text: 'text', empty: 'empty',
  },
  de: {
    header: 'an der Überschrift erkannt', manual: 'von Ihnen zugeordnet', otherChosen: 'eine andere Spalte wurde gewählt',
    inclVat: 'einschließlich USt.; die Spalte ohne USt. wurde verwendet', tax: 'ein Steuerbetrag, kein Umsatz', rate: 'ein Satz oder Preis pro Einheit',
    amount: 'ein Betrag, keine Anzahl', identifier: 'eine Nummer oder ein Code', date: 'ein Datum', contact: 'Kontaktdaten',
    derived: 'ein Durchschnitt, Anteil, eine Summe oder ein Ergebnis', olderYear: 'ein älteres Jahr', unrecognised: 'nicht erkannt (als Kostentreiber nutzbar)',
    text: 'Text', empty: 'leer',
  },
};

/** Why a column was taken where its header alone does not say it (the mapping shows it beside the column). */
export const MATCH_BASIS: Catalogue<MatchBasis> = {
  nl: {
    periodTotal: 'het totaal van de periodekolommen', periodYears: 'jaarkolommen: het laatste jaar is omzet, het jaar ervoor vorig jaar',
    reportName: 'de naam van het rapport noemt omzet', amountBesideHours: 'bedrag naast uren: wat de tijd is gefactureerd', nameBesideNumber: 'de naam; het nummer ernaast is het klantnummer',
    numbersAsNames: 'alleen nummers, die als namen dienen', values: 'gekozen op de inhoud (namen, tijdsduren)', difference: 'het verschil van twee kolommen',
  },
  en: {
    periodTotal: 'the total of the period columns', periodYears: 'year columns: the latest year is revenue, the year before the previous period',
    reportName: "the report's name says revenue", amountBesideHours: 'an amount beside hours: what the time was billed at', nameBesideNumber: 'the name; the number beside it is the client number',
    numbersAsNames: 'numbers only, used as names', values: 'chosen by what it holds (names, durations)', difference: 'the difference of two columns',
  },
  de: {
    periodTotal: 'die Summe der Periodenspalten', periodYears: 'Jahresspalten: das letzte Jahr ist Umsatz, das Jahr davor das Vorjahr',
    reportName: 'der Name des Berichts nennt Umsatz', amountBesideHours: 'Betrag neben Stunden: der für die Zeit abgerechnete Betrag', nameBesideNumber: 'der Name; die Nummer daneben ist die Kundennummer',
    numbersAsNames: 'nur Nummern, die als Namen dienen', values: 'nach dem Inhalt gewählt (Namen, Zeitdauern)', difference: 'die Differenz zweier Spalten',
  },
};

export const CONFIDENCE_LABELS: Catalogue<Confidence> = {
  nl: { high: 'zeker', medium: 'waarschijnlijk', low: 'gok' },
  en: { high: 'certain', medium: 'likely', low: 'guess' },
  de: { high: 'sicher', medium: 'wahrscheinlich', low: 'geraten' },
};

/** What is missing when a field that a setting needs has no column (docs/DEFINITIONS.md §1: said, never a silent 0). */
export type MissingFieldId = 'hours' | 'visits' | 'orders' | 'invoices' | 'freeShipments' | 'daysLate' | 'discountPct' | 'previousRevenue';
export const MISSING_FIELD_CONSEQUENCES: Catalogue<MissingFieldId> = {
  nl: {
    hours: 'het uurrendement en de arbeidskosten ontbreken.',
    visits: 'bezoekkosten ({money} per bezoek) zijn niet meegeteld.',
    orders: 'orderkosten ({money} per order) zijn niet meegeteld.',
    invoices: 'factuurkosten ({money} per factuur) zijn niet meegeteld.',
    freeShipments: 'kosten van franco leveringen ({money} per levering) zijn niet meegeteld.',
    daysLate: 'renteverlies door te laat betalen is niet meegeteld.',
    discountPct: 'het kortingslek (de kortingsstaffel) is niet berekend.',
    previousRevenue: 'de omzettrend ontbreekt.',
  },
  en: {
    hours: 'the hourly return and labour cost are missing.',
    visits: 'visit costs ({money} per visit) were not counted.',
    orders: 'order costs ({money} per order) were not counted.',
    invoices: 'invoicing costs ({money} per invoice) were not counted.',
    freeShipments: 'free-shipment costs ({money} per shipment) were not counted.',
    daysLate: 'interest lost to late payment was not counted.',
    discountPct: 'the discount leak (discount tiers) was not computed.',
    previousRevenue: 'the revenue trend is missing.',
  },
  de: {
    hours: 'Stundenertrag und Arbeitskosten fehlen.',
    visits: 'Besuchskosten ({money} je Besuch) wurden nicht gezählt.',
    orders: 'Auftragskosten ({money} je Auftrag) wurden nicht gezählt.',
    invoices: 'Rechnungskosten ({money} je Rechnung) wurden nicht gezählt.',
    freeShipments: 'Kosten frachtfreier Lieferungen ({money} je Lieferung) wurden nicht gezählt.',
    daysLate: 'Zinsverlust durch späte Zahlung wurde nicht gezählt.',
    discountPct: 'das Rabattleck (Rabattstaffel) wurde nicht berechnet.',
    previousRevenue: 'der Umsatztrend fehlt.',
  },
};
