/**
 * What the user reads about sources, in nl/en/de: the problems, the kinds, the source fields and how a figure was
 * made. `Catalogue` tables, so a missing translation fails the type check.
 */
import type { Catalogue } from '../i18n.js';
import type { Provenance, SourceField, SourceKind, SourceProblemId } from './types.js';

/**
 * Placeholders: {where} the file (and sheet), {row}, {column}, {text}, {count}, {first} and {second} readings,
 * {name}, {other}, {field}, {period}, {currency}.
 */
export const SOURCE_PROBLEMS: Catalogue<SourceProblemId> = {
  nl: {
    sourceNotRecognised: '{where}: niet herkend als klantenlijst, urenregistratie, facturen, orders of contactlog; niet gebruikt. Kolommen: {text}.',
    sourceFieldMissing: '{where}: lijkt op {kind}, maar een kolom voor {field} ontbreekt; niet gebruikt.',
    outsidePeriod: '{where}: rijen buiten de periode {period} en het jaar ervoor: {count}; niet meegeteld.',
    withoutClient: '{where}: rijen zonder klant: {count} (eerste: rij {row}, kolom {column}); aan niemand toegewezen.',
    nearMatch: '"{name}" en "{other}" lijken op elkaar maar zijn niet samengevoegd. Zijn ze één klant? Bevestig of houd ze apart.',
    dateOrderUndecided: '{where}, kolom {column}: datums als "{text}" kunnen {first} of {second} zijn, en geen datum in de kolom beslist het. Kies dag-maand of maand-dag.',
    unreadableDate: '{where}, rij {row}, kolom {column}: "{text}" is geen datum; de rij is niet meegeteld (zulke rijen: {count}).',
    unreadableNumber: '{where}, rij {row}, kolom {column}: "{text}" is geen bedrag; de rij is niet meegeteld (zulke rijen: {count}).',
    unreadableDuration: '{where}, rij {row}, kolom {column}: "{text}" is geen duur; de rij is niet meegeteld (zulke rijen: {count}).',
    mixedCurrencies: '{where}, kolom {column}: rijen in een andere valuta dan {currency}: {count} (eerste: rij {row}, "{text}"); niet opgeteld.',
    invoiceInTwoFiles: '{where}: facturen die ook in een eerder bestand staan: {count} (eerste: {text}); één keer meegeteld.',
    zeroDuration: '{where}: tijdregels met duur 0: {count} (eerste: rij {row}); meegeteld als 0 uur.',
    negativeDuration: '{where}, rij {row}, kolom {column}: negatieve duur "{text}"; de rij is niet meegeteld (zulke rijen: {count}).',
    endBeforeStart: '{where}, rij {row}: de eindtijd ligt vóór de begintijd; de rij is niet meegeteld (zulke rijen: {count}).',
    inclVatOnly: '{where}: alleen bedragen inclusief btw ({column}); de omzet is daarom inclusief btw.',
    noLateness: '{where}: geen betaaldatum en geen openstaand bedrag; dagen te laat zijn niet te bepalen.',
    fieldFromTwoSources: '{field} staat in de klantenlijst én volgt uit een export; de waarde uit de klantenlijst is gebruikt.',
    periodInvalid: 'Periode "{text}" is niet te lezen; schrijf een jaar (2025) of van..tot (2025-01-01..2025-12-31).',
  },
  en: {
    sourceNotRecognised: '{where}: not recognised as a client list, time entries, invoices, orders or a contact log; not used. Columns: {text}.',
    sourceFieldMissing: '{where}: looks like {kind}, but a column for {field} is missing; not used.',
    outsidePeriod: '{where}: rows outside the period {period} and the year before it: {count}; not counted.',
    withoutClient: '{where}: rows without a client: {count} (first: row {row}, column {column}); assigned to no one.',
    nearMatch: '"{name}" and "{other}" look alike but were not merged. Are they one client? Confirm or keep them apart.',
    dateOrderUndecided: '{where}, column {column}: dates like "{text}" can be {first} or {second}, and no date in the column decides. Choose day-month or month-day.',
    unreadableDate: '{where}, row {row}, column {column}: "{text}" is not a date; the row is not counted (such rows: {count}).',
    unreadableNumber: '{where}, row {row}, column {column}: "{text}" is not an amount; the row is not counted (such rows: {count}).',
    unreadableDuration: '{where}, row {row}, column {column}: "{text}" is not a duration; the row is not counted (such rows: {count}).',
    mixedCurrencies: '{where}, column {column}: rows in a currency other than {currency}: {count} (first: row {row}, "{text}"); not added up.',
    invoiceInTwoFiles: '{where}: invoices also in an earlier file: {count} (first: {text}); counted once.',
    zeroDuration: '{where}: time entries of duration 0: {count} (first: row {row}); counted as 0 hours.',
    negativeDuration: '{where}, row {row}, column {column}: negative duration "{text}"; the row is not counted (such rows: {count}).',
    endBeforeStart: '{where}, row {row}: the end time is before the start time; the row is not counted (such rows: {count}).',
    inclVatOnly: '{where}: only amounts including VAT ({column}); revenue therefore includes VAT.',
    noLateness: '{where}: no paid date and no open amount; days late cannot be told.',
    fieldFromTwoSources: '{field} is in the client list and also follows from an export; the client list\'s value is used.',
    periodInvalid: 'Period "{text}" cannot be read; write a year (2025) or from..to (2025-01-01..2025-12-31).',
  },
  de: {
    sourceNotRecognised: '{where}: weder Kundenliste noch Zeiteinträge, Rechnungen, Bestellungen oder Kontaktprotokoll; nicht verwendet. Spalten: {text}.',
    sourceFieldMissing: '{where}: sieht aus wie {kind}, aber eine Spalte für {field} fehlt; nicht verwendet.',
    outsidePeriod: '{where}: Zeilen außerhalb des Zeitraums {period} und des Jahres davor: {count}; nicht gezählt.',
    withoutClient: '{where}: Zeilen ohne Kunde: {count} (erste: Zeile {row}, Spalte {column}); niemandem zugeordnet.',
    nearMatch: '„{name}“ und „{other}“ ähneln sich, wurden aber nicht zusammengeführt. Ist es ein Kunde? Bestätigen oder getrennt halten.',
    dateOrderUndecided: '{where}, Spalte {column}: Daten wie „{text}“ können {first} oder {second} sein, und kein Datum der Spalte entscheidet es. Wählen Sie Tag-Monat oder Monat-Tag.',
    unreadableDate: '{where}, Zeile {row}, Spalte {column}: „{text}“ ist kein Datum; die Zeile ist nicht gezählt (solche Zeilen: {count}).',
    unreadableNumber: '{where}, Zeile {row}, Spalte {column}: „{text}“ ist kein Betrag; die Zeile ist nicht gezählt (solche Zeilen: {count}).',
    unreadableDuration: '{where}, Zeile {row}, Spalte {column}: „{text}“ ist keine Dauer; die Zeile ist nicht gezählt (solche Zeilen: {count}).',
    mixedCurrencies: '{where}, Spalte {column}: Zeilen in einer anderen Währung als {currency}: {count} (erste: Zeile {row}, „{text}“); nicht addiert.',
    invoiceInTwoFiles: '{where}: Rechnungen, die auch in einer früheren Datei stehen: {count} (erste: {text}); einmal gezählt.',
    zeroDuration: '{where}: Zeiteinträge mit Dauer 0: {count} (erste: Zeile {row}); als 0 Stunden gezählt.',
    negativeDuration: '{where}, Zeile {row}, Spalte {column}: negative Dauer „{text}“; die Zeile ist nicht gezählt (solche Zeilen: {count}).',
    endBeforeStart: '{where}, Zeile {row}: die Endzeit liegt vor der Startzeit; die Zeile ist nicht gezählt (solche Zeilen: {count}).',
    inclVatOnly: '{where}: nur Beträge inklusive USt. ({column}); der Umsatz ist daher brutto.',
    noLateness: '{where}: kein Zahlungsdatum und kein offener Betrag; Tage verspätet sind nicht zu bestimmen.',
    fieldFromTwoSources: '{field} steht in der Kundenliste und folgt auch aus einem Export; der Wert der Kundenliste wird verwendet.',
    periodInvalid: 'Zeitraum „{text}“ ist nicht lesbar; schreiben Sie ein Jahr (2025) oder von..bis (2025-01-01..2025-12-31).',
  },
};

export const KIND_LABELS: Catalogue<SourceKind> = {
  nl: { clientList: 'klantenlijst', timeEntries: 'urenregistratie', invoices: 'facturen', orders: 'orders', contacts: 'contactlog' },
  en: { clientList: 'client list', timeEntries: 'time entries', invoices: 'invoices', orders: 'orders', contacts: 'contact log' },
  de: { clientList: 'Kundenliste', timeEntries: 'Zeiteinträge', invoices: 'Rechnungen', orders: 'Bestellungen', contacts: 'Kontaktprotokoll' },
};

export const SOURCE_FIELD_LABELS: Catalogue<SourceField> = {
  nl: {
    client: 'klant', clientNumber: 'klantnummer', email: 'e-mail', billingName: 'factuurnaam', project: 'project', date: 'datum',
    startDate: 'begindatum', startTime: 'begintijd', endDate: 'einddatum', endTime: 'eindtijd', dueDate: 'vervaldatum',
    paidDate: 'betaaldatum', duration: 'duur', billable: 'declarabel', amount: 'bedrag excl. btw', amountInclVat: 'bedrag incl. btw',
    vat: 'btw', openAmount: 'openstaand', debit: 'debet', credit: 'betaald', costAmount: 'kostprijs', shipping: 'verzendkosten',
    discountAmount: 'korting', currency: 'valuta', invoiceNumber: 'factuurnummer', documentType: 'soort', reminders: 'aanmaningen',
    orderId: 'ordernummer', shippingMethod: 'verzendmethode', quantity: 'aantal', contactType: 'soort contact',
  },
  en: {
    client: 'client', clientNumber: 'client number', email: 'e-mail', billingName: 'billing name', project: 'project', date: 'date',
    startDate: 'start date', startTime: 'start time', endDate: 'end date', endTime: 'end time', dueDate: 'due date',
    paidDate: 'paid date', duration: 'duration', billable: 'billable', amount: 'amount excl. VAT', amountInclVat: 'amount incl. VAT',
    vat: 'VAT', openAmount: 'open amount', debit: 'debit', credit: 'paid', costAmount: 'cost price', shipping: 'shipping',
    discountAmount: 'discount', currency: 'currency', invoiceNumber: 'invoice number', documentType: 'type', reminders: 'reminders',
    orderId: 'order number', shippingMethod: 'shipping method', quantity: 'quantity', contactType: 'contact type',
  },
  de: {
    client: 'Kunde', clientNumber: 'Kundennummer', email: 'E-Mail', billingName: 'Rechnungsname', project: 'Projekt', date: 'Datum',
    startDate: 'Startdatum', startTime: 'Startzeit', endDate: 'Enddatum', endTime: 'Endzeit', dueDate: 'Fälligkeit',
    paidDate: 'Zahlungsdatum', duration: 'Dauer', billable: 'abrechenbar', amount: 'Betrag netto', amountInclVat: 'Betrag brutto',
    vat: 'USt.', openAmount: 'offener Betrag', debit: 'Soll', credit: 'Haben', costAmount: 'Einkaufspreis', shipping: 'Versandkosten',
    discountAmount: 'Rabatt', currency: 'Währung', invoiceNumber: 'Rechnungsnummer', documentType: 'Belegart', reminders: 'Mahnungen',
    orderId: 'Bestellnummer', shippingMethod: 'Versandart', quantity: 'Menge', contactType: 'Kontaktart',
  },
};

export const HOW_LABELS: Catalogue<Provenance['how']> = {
  nl: { summed: 'opgeteld', counted: 'geteld', distinct: 'verschillende geteld', weighted: 'gewogen gemiddelde', fromList: 'uit de klantenlijst' },
  en: { summed: 'summed', counted: 'counted', distinct: 'distinct counted', weighted: 'weighted average', fromList: 'from the client list' },
  de: { summed: 'summiert', counted: 'gezählt', distinct: 'verschiedene gezählt', weighted: 'gewichteter Durchschnitt', fromList: 'aus der Kundenliste' },
};

/** The words of the *Bronnen* sheet and the period line. */
export const SOURCE_WORDS: Catalogue<'sources' | 'file' | 'sheet' | 'kind' | 'rows' | 'used' | 'skipped' | 'client' | 'field' | 'how' | 'source' | 'period' | 'previousPeriod' | 'provenance' | 'possibleMatches' | 'dayMonth' | 'monthDay' | 'sheetName' | 'sourcesSheet'> = {
  nl: {
    sources: 'Bronnen', file: 'Bestand', sheet: 'Blad', kind: 'Soort', rows: 'Rijen', used: 'Gebruikt', skipped: 'Overgeslagen', client: 'Klant',
    field: 'Gegeven', how: 'Hoe', source: 'Bron', period: 'Periode', previousPeriod: 'Vorige periode', provenance: 'Herkomst per klant',
    possibleMatches: 'Mogelijk dezelfde klant', dayMonth: '{date} (dag-maand)', monthDay: '{date} (maand-dag)',
    sheetName: 'Klantenlijst', sourcesSheet: 'Bronnen',
  },
  en: {
    sources: 'Sources', file: 'File', sheet: 'Sheet', kind: 'Kind', rows: 'Rows', used: 'Used', skipped: 'Skipped', client: 'Client',
    field: 'Figure', how: 'How', source: 'Source', period: 'Period', previousPeriod: 'Previous period', provenance: 'Where each figure came from',
    possibleMatches: 'Possibly the same client', dayMonth: '{date} (day-month)', monthDay: '{date} (month-day)',
    sheetName: 'Client list', sourcesSheet: 'Sources',
  },
  de: {
    sources: 'Quellen', file: 'Datei', sheet: 'Blatt', kind: 'Art', rows: 'Zeilen', used: 'Verwendet', skipped: 'Übersprungen', client: 'Kunde',
    field: 'Kennzahl', how: 'Wie', source: 'Quelle', period: 'Zeitraum', previousPeriod: 'Vorzeitraum', provenance: 'Herkunft je Kunde',
    possibleMatches: 'Möglicherweise derselbe Kunde', dayMonth: '{date} (Tag-Monat)', monthDay: '{date} (Monat-Tag)',
    sheetName: 'Kundenliste', sourcesSheet: 'Quellen',
  },
};
