/**
 * Messages of the custom functions, Dutch first, with English and German. Shown with #VALUE! and #N/A in Excel
 * (Excel drops messages on other errors) and with every error in Google Sheets.
 */
import type { Catalogue } from '../core/index.js';
import type { KeywordId, MessageId } from './types.js';

export const FUNCTION_MESSAGES: Catalogue<MessageId> = {
  nl: {
    notANumber: '{argument}: "{text}" is geen getal; verwacht: {expected}.',
    notANumberOrKeyword: '{argument}: "{text}" is geen getal; verwacht: {expected} of het woord "{keyword}".',
    missing: '{argument} ontbreekt.',
    notOneValue: '{argument}: verwacht één waarde, geen bereik van {shape}.',
    tooSmall: '{argument}: {value} is te klein; verwacht: {bound} of meer.',
    notAbove: '{argument}: {value} is te klein; verwacht: meer dan {bound}.',
    tooLarge: '{argument}: {value} is te groot; verwacht: {bound} of minder.',
    notBelow: '{argument}: {value} is te groot; verwacht: minder dan {bound}.',
    shapeMismatch: 'De bereiken zijn niet even groot ({shapes}); geef bereiken van dezelfde grootte of losse waarden.',
    columnCount: '{argument}: verwacht een bereik van {expected} kolommen, niet {columns}.',
    incompleteRow: '{argument}: de rij is maar half ingevuld; vul beide kolommen in of maak de rij leeg.',
    limitsOrder: '{first} ({a}) is groter dan {second} ({b}).',
    zeroHours: '{argument} is 0: zonder uren bestaat er geen rendement per uur.',
    noPositiveValue: 'Geen enkele waarde is groter dan 0: een berekende ABC-indeling bestaat dan niet.',
    noValues: '{argument}: het bereik bevat geen getallen.',
    whaleNoProfit: 'De totale winst is {total}: aandelen daarvan betekenen niets. Bekijk de cumulatieve winst in geld.',
    lifetimeDiverges: '{argument} ({value}) is niet kleiner dan 1 + {discount}: er is geen eindige levensduurwaarde.',
    notFinite: 'De uitkomst is te groot om als getal te tonen (overloop: groter dan 10^308).',
    unknownFunction: 'Onbekende functie {id}.',
    blank: '{argument} is leeg; vul een getal in (0 als het echt 0 is).',
    dateNotNumber: '{argument}: {text} is een datum, geen getal; verwacht: {expected}.',
    hugeNumber: '{argument}: {text} is groter dan {bound}; zo groot rekent een spreadsheet niet meer tot op de cent.',
  },
  en: {
    notANumber: '{argument}: "{text}" is not a number; expected: {expected}.',
    notANumberOrKeyword: '{argument}: "{text}" is not a number; expected: {expected} or the word "{keyword}".',
    missing: '{argument} is missing.',
    notOneValue: '{argument}: expected one value, not a range of {shape}.',
    tooSmall: '{argument}: {value} is too small; expected: {bound} or more.',
    notAbove: '{argument}: {value} is too small; expected: more than {bound}.',
    tooLarge: '{argument}: {value} is too large; expected: {bound} or less.',
    notBelow: '{argument}: {value} is too large; expected: less than {bound}.',
    shapeMismatch: 'The ranges differ in size ({shapes}); give ranges of the same size or single values.',
    columnCount: '{argument}: expected a range of {expected} columns, not {columns}.',
    incompleteRow: '{argument}: the row is only half filled in; fill in both columns or clear the row.',
    limitsOrder: '{first} ({a}) is greater than {second} ({b}).',
    zeroHours: '{argument} is 0: without hours there is no return per hour.',
    noPositiveValue: 'No value is greater than 0: a computed ABC classification does not exist then.',
    noValues: '{argument}: the range holds no numbers.',
    whaleNoProfit: 'Total profit is {total}: shares of it mean nothing. Look at the cumulative profit in money.',
    lifetimeDiverges: '{argument} ({value}) is not less than 1 + {discount}: there is no finite lifetime value.',
    notFinite: 'The result is too large to show as a number (overflow: beyond 10^308).',
    unknownFunction: 'Unknown function {id}.',
    blank: '{argument} is empty; enter a number (0 if it really is 0).',
    dateNotNumber: '{argument}: {text} is a date, not a number; expected: {expected}.',
    hugeNumber: '{argument}: {text} is greater than {bound}; a spreadsheet no longer computes that large to the cent.',
  },
  de: {
    notANumber: '{argument}: „{text}“ ist keine Zahl; erwartet: {expected}.',
    notANumberOrKeyword: '{argument}: „{text}“ ist keine Zahl; erwartet: {expected} oder das Wort „{keyword}“.',
    missing: '{argument} fehlt.',
    notOneValue: '{argument}: erwartet ein Wert, kein Bereich von {shape}.',
    tooSmall: '{argument}: {value} ist zu klein; erwartet: {bound} oder mehr.',
    notAbove: '{argument}: {value} ist zu klein; erwartet: mehr als {bound}.',
    tooLarge: '{argument}: {value} ist zu groß; erwartet: {bound} oder weniger.',
    notBelow: '{argument}: {value} ist zu groß; erwartet: weniger als {bound}.',
    shapeMismatch: 'Die Bereiche sind verschieden groß ({shapes}); geben Sie gleich große Bereiche oder einzelne Werte an.',
    columnCount: '{argument}: erwartet ein Bereich mit {expected} Spalten, nicht {columns}.',
    incompleteRow: '{argument}: die Zeile ist nur halb ausgefüllt; füllen Sie beide Spalten aus oder leeren Sie die Zeile.',
    limitsOrder: '{first} ({a}) ist größer als {second} ({b}).',
    zeroHours: '{argument} ist 0: ohne Stunden gibt es keinen Ertrag pro Stunde.',
    noPositiveValue: 'Kein Wert ist größer als 0: eine berechnete ABC-Einteilung gibt es dann nicht.',
    noValues: '{argument}: der Bereich enthält keine Zahlen.',
    whaleNoProfit: 'Der Gesamtgewinn ist {total}: Anteile daran bedeuten nichts. Betrachten Sie den kumulierten Gewinn in Geld.',
    lifetimeDiverges: '{argument} ({value}) ist nicht kleiner als 1 + {discount}: es gibt keinen endlichen Kundenwert.',
    notFinite: 'Das Ergebnis ist zu groß, um es als Zahl zu zeigen (Überlauf: über 10^308).',
    unknownFunction: 'Unbekannte Funktion {id}.',
    blank: '{argument} ist leer; geben Sie eine Zahl ein (0, wenn es wirklich 0 ist).',
    dateNotNumber: '{argument}: {text} ist ein Datum, keine Zahl; erwartet: {expected}.',
    hugeNumber: '{argument}: {text} ist größer als {bound}; so groß rechnet eine Tabellenkalkulation nicht mehr auf den Cent genau.',
  },
};

/** How a cell inside a range is named in a message ("waarden, rij 3"). */
export const POSITION: Catalogue<'row' | 'cell'> = {
  nl: { row: '{argument}, rij {row}', cell: '{argument}, rij {row}, kolom {column}' },
  en: { row: '{argument}, row {row}', cell: '{argument}, row {row}, column {column}' },
  de: { row: '{argument}, Zeile {row}', cell: '{argument}, Zeile {row}, Spalte {column}' },
};

/** Words accepted instead of a number, in every language (a workbook is shared across languages). */
export const KEYWORDS: Catalogue<KeywordId> = {
  nl: { computed: 'berekend' },
  en: { computed: 'computed' },
  de: { computed: 'berechnet' },
};

/** Labels the docs and metadata use. */
export const LABELS: Catalogue<'optional' | 'default' | 'sheets' | 'example' | 'spills'> = {
  nl: { optional: 'optioneel', default: 'standaard {value}', sheets: 'Google Sheets', example: 'voorbeeld', spills: 'vult' },
  en: { optional: 'optional', default: 'default {value}', sheets: 'Google Sheets', example: 'example', spills: 'spills' },
  de: { optional: 'optional', default: 'Standard {value}', sheets: 'Google Sheets', example: 'Beispiel', spills: 'füllt' },
};
