/**
 * The columns of raw exports: which `SourceField` a header names, and which fields each kind of table needs and
 * uses (docs/DEFINITIONS.md §1b). Headers are compared as `normaliseWords` makes them (case, accents, `e-mail`,
 * signs), the normaliser of the client-list vocabulary, so `Fälligkeit`, `Billable?` and `Duration (h)` read as
 * `falligkeit`, `billable`, `duration h`.
 *
 * A header may name several fields (`Type` is a contact's type or an invoice's document type, `Name` a Shopify
 * order's number or a client's name); the kind decides, so the vocabulary gives candidates in order.
 */
import { normaliseWords } from '../headers.js';
import type { SourceField, SourceKind } from './types.js';

type Entry = { field: SourceField; phrases: readonly string[]; unit?: 'minutes' | 'seconds' };

/**
 * Whole normalised headers (or a phrase that the header starts with, when it ends in `*`). More specific entries
 * first: `invoice date` is a date before `invoice` is a number. The packages' own names are here (Toggl, Clockify,
 * Harvest, Moneybird, Exact, DATEV, Shopify, WooCommerce) with their Dutch, German and English synonyms.
 */
const ENTRIES: readonly Entry[] = [
  { field: 'clientNumber', phrases: ['klantnummer', 'klantnr', 'klant nr', 'klantcode', 'debiteurnummer', 'debiteurnr', 'debiteur nr', 'debiteurcode', 'relatienummer', 'relatienr', 'relatiecode', 'konto', 'kontonummer', 'kundennummer', 'kundennr', 'kd nr', 'debitorennummer', 'debitor', 'customer number', 'customer no', 'customer id', 'client number', 'client id', 'client code', 'account number', 'account no', 'account code', 'contact number'] },
  { field: 'billingName', phrases: ['billing name'] },
  { field: 'client', phrases: ['client', 'client name', 'klant', 'klantnaam', 'naam klant', 'relatie', 'relatienaam', 'naam relatie', 'debiteur', 'debiteurnaam', 'kunde', 'kundenname', 'customer', 'customer name', 'billing company', 'company', 'company name', 'bedrijf', 'bedrijfsnaam', 'firma', 'firmenname', 'organisatie', 'organisation', 'organization', 'beschriftung', 'contact', 'contactpersoon', 'account', 'account name', 'opdrachtgever', 'auftraggeber'] },
  { field: 'email', phrases: ['email', 'customer email', 'billing email', 'emailadres', 'email address'] },
  { field: 'project', phrases: ['project', 'project name', 'projectnaam', 'projekt', 'projektname', 'opdracht'] },
  { field: 'paidDate', phrases: ['betaald op', 'betaaldatum', 'datum betaald', 'datum betaling', 'betaaldag', 'paid date', 'paid on', 'paid at', 'payment date', 'date paid', 'bezahlt am', 'zahlungsdatum', 'zahldatum', 'ausgeglichen am'] },
  { field: 'dueDate', phrases: ['vervaldatum', 'vervaldag', 'verval datum', 'uiterste betaaldatum', 'due date', 'due', 'due on', 'payment due', 'falligkeit', 'falligkeitsdatum', 'fallig am', 'faellig am', 'zahlungsziel datum'] },
  { field: 'startDate', phrases: ['start date', 'startdatum', 'startdate', 'begindatum', 'begin datum', 'datum van', 'von datum', 'beginn'] },
  { field: 'startTime', phrases: ['start time', 'starttijd', 'begintijd', 'startzeit', 'beginnzeit', 'von', 'start'] },
  { field: 'endDate', phrases: ['end date', 'einddatum', 'enddatum', 'enddate', 'datum tot', 'bis datum'] },
  { field: 'endTime', phrases: ['end time', 'eindtijd', 'endzeit', 'bis', 'end', 'einde', 'ende', 'stop', 'stop time'] },
  { field: 'date', phrases: ['date', 'datum', 'factuurdatum', 'factuur datum', 'invoice date', 'rechnungsdatum', 'belegdatum', 'boekdatum', 'buchungsdatum', 'documentdatum', 'document date', 'orderdatum', 'order date', 'besteldatum', 'bestelldatum', 'created at', 'created', 'aangemaakt op', 'erstellt am', 'spent date', 'day', 'dag', 'tag', 'entry date', 'activity date', 'contactdatum', 'datum contact'] },
  { field: 'duration', phrases: ['duration minutes', 'duur minuten', 'dauer minuten', 'minutes', 'minuten', 'min'], unit: 'minutes' },
  { field: 'duration', phrases: ['duration seconds', 'seconds', 'seconden', 'sekunden'], unit: 'seconds' },
  { field: 'duration', phrases: ['duration decimal', 'duration h', 'duration', 'duur', 'dauer', 'hours', 'uren', 'uur', 'stunden', 'std', 'tijd', 'time', 'zeit', 'time spent', 'bestede tijd', 'aantal uren', 'hours worked', 'arbeitszeit', 'tracked time', 'quantity hours'] },
  { field: 'billable', phrases: ['billable', 'declarabel', 'declareerbaar', 'facturabel', 'factureerbaar', 'abrechenbar', 'fakturierbar', 'verrechenbar', 'is billable'] },
  { field: 'amountInclVat', phrases: ['bedrag incl btw', 'bedrag inclusief btw', 'totaal incl btw', 'incl btw', 'totaalbedrag', 'amount incl vat', 'amount incl tax', 'total incl vat', 'total incl tax', 'gross amount', 'gross', 'brutto', 'bruttobetrag', 'betrag brutto', 'sollbetrag', 'soll', 'umsatz soll', 'total', 'totaal', 'gesamtbetrag', 'invoice total', 'factuurbedrag'] },
  { field: 'amount', phrases: ['bedrag excl btw', 'bedrag exclusief btw', 'excl btw', 'totaal excl btw', 'bedrag ex btw', 'netto bedrag', 'nettobedrag', 'amount excl vat', 'amount excl tax', 'total excl vat', 'total excl tax', 'net amount', 'net', 'netto', 'nettobetrag', 'betrag netto', 'subtotal', 'subtotaal', 'zwischensumme', 'line amount', 'regelbedrag', 'regeltotaal', 'bedrag', 'betrag', 'amount', 'omzet', 'umsatz', 'revenue'] },
  { field: 'vat', phrases: ['btw', 'btw bedrag', 'vat', 'vat amount', 'tax', 'taxes', 'tax amount', 'mwst', 'ust', 'umsatzsteuer', 'steuer', 'steuerbetrag'] },
  { field: 'openAmount', phrases: ['openstaand', 'openstaand bedrag', 'open bedrag', 'open', 'nog te betalen', 'saldo', 'balance', 'balance due', 'amount due', 'outstanding', 'open amount', 'offen', 'offener betrag', 'offener posten', 'restbetrag'] },
  { field: 'credit', phrases: ['habenbetrag', 'haben', 'betaald', 'betaald bedrag', 'paid', 'amount paid', 'bezahlt', 'gezahlt'] },
  { field: 'costAmount', phrases: ['kostprijs', 'inkoopprijs', 'inkoopwaarde', 'inkoop', 'kosten', 'cost price', 'cost', 'costs', 'cost amount', 'purchase price', 'einkaufspreis', 'einstandspreis', 'wareneinsatz'] },
  { field: 'shipping', phrases: ['shipping', 'shipping amount', 'shipping charged', 'shipping cost', 'verzendkosten', 'verzending', 'versandkosten', 'versand', 'porto'] },
  { field: 'discountAmount', phrases: ['discount amount', 'discount', 'korting', 'kortingsbedrag', 'korting bedrag', 'rabatt', 'rabattbetrag', 'nachlass'] },
  { field: 'currency', phrases: ['currency', 'valuta', 'munt', 'munteenheid', 'wahrung', 'wahrungscode', 'currency code'] },
  { field: 'invoiceNumber', phrases: ['factuurnummer', 'factuurnr', 'factuur nr', 'factuur', 'invoice number', 'invoice no', 'invoice id', 'invoice', 'rechnungsnummer', 'rechnungsnr', 'rechnung', 'belegnummer', 'belegnr', 'beleg', 'belegfeld 1', 'document number', 'documentnummer', 'boekstuk', 'boekstuknummer'] },
  { field: 'documentType', phrases: ['document type', 'documenttype', 'factuurtype', 'soort factuur', 'belegart', 'invoice type', 'type', 'soort', 'art'] },
  { field: 'reminders', phrases: ['aanmaningen', 'aanmaning', 'herinneringen', 'herinnering', 'aantal aanmaningen', 'reminders', 'reminder', 'dunning level', 'mahnstufe', 'mahnungen', 'mahnung', 'anzahl mahnungen'] },
  { field: 'orderId', phrases: ['order', 'order id', 'order number', 'order no', 'ordernummer', 'ordernr', 'bestelnummer', 'bestelling', 'bestellnummer', 'bestellung', 'auftragsnummer', 'name'] },
  { field: 'shippingMethod', phrases: ['shipping method', 'verzendmethode', 'verzendwijze', 'versandart', 'versandmethode', 'delivery method', 'leveringswijze'] },
  { field: 'quantity', phrases: ['lineitem quantity', 'quantity', 'qty', 'aantal', 'menge', 'anzahl'] },
  { field: 'contactType', phrases: ['type', 'soort', 'kanaal', 'channel', 'art', 'activity type', 'contact type', 'contacttype', 'activiteit', 'activity', 'kontaktart', 'aktivitat', 'medium'] },
];

type Candidate = { field: SourceField; unit?: 'minutes' | 'seconds' };
const BY_PHRASE = new Map<string, Candidate[]>();
for (const entry of ENTRIES) {
  for (const phrase of entry.phrases) {
    const list = BY_PHRASE.get(phrase) ?? [];
    list.push(entry.unit ? { field: entry.field, unit: entry.unit } : { field: entry.field });
    BY_PHRASE.set(phrase, list);
  }
}

// Words in brackets or after them that do not change what a column is: `Amount (EUR)`, `Bedrag (€)`, `Hours (h)`.
const FILLER = /\b(eur|euro|usd|gbp|chf|in|h)$/;

/** The fields a header may name, most likely first; empty when none. */
export function headerCandidates(header: string): Candidate[] {
  // Brackets hold a unit or a currency (`Duration (h)`, `Amount (EUR)`): their words count, the brackets not.
  let text = normaliseWords(header.replace(/€|\$|£|[()[\]]/g, ' '));
  if (!text) return [];
  for (let i = 0; i < 3; i++) {
    const found = BY_PHRASE.get(text);
    if (found) return found;
    const shorter = text.replace(FILLER, '').trim();
    if (shorter === text) break;
    text = shorter;
  }
  return [];
}

/**
 * What each kind needs (every group: one of its fields) and may use. A field outside `uses` is not read for that
 * kind: a time tracker's `Email` is the person's, not the client's; its `Amount` is what could be billed, not what
 * was invoiced (docs/DEFINITIONS.md §1b).
 */
export const KIND_FIELDS: Record<Exclude<SourceKind, 'clientList'>, { needs: readonly (readonly SourceField[])[]; uses: readonly SourceField[]; evidence: readonly SourceField[] }> = {
  timeEntries: {
    needs: [['client', 'project'], ['duration', 'endTime']],
    uses: ['client', 'clientNumber', 'project', 'date', 'startDate', 'startTime', 'endDate', 'endTime', 'duration', 'billable'],
    evidence: ['duration', 'startTime', 'endTime', 'billable', 'project', 'startDate'],
  },
  invoices: {
    needs: [['client', 'clientNumber'], ['amount', 'amountInclVat'], ['date']],
    uses: ['client', 'clientNumber', 'date', 'dueDate', 'paidDate', 'amount', 'amountInclVat', 'vat', 'openAmount', 'credit', 'costAmount', 'discountAmount', 'currency', 'invoiceNumber', 'documentType', 'reminders'],
    evidence: ['invoiceNumber', 'dueDate', 'paidDate', 'openAmount', 'vat', 'reminders', 'credit', 'documentType'],
  },
  orders: {
    needs: [['client', 'email', 'billingName'], ['orderId', 'date'], ['amount', 'amountInclVat']],
    uses: ['client', 'clientNumber', 'email', 'billingName', 'orderId', 'date', 'amount', 'amountInclVat', 'vat', 'shipping', 'shippingMethod', 'discountAmount', 'currency', 'quantity'],
    evidence: ['orderId', 'shipping', 'shippingMethod', 'quantity'],
  },
  contacts: {
    needs: [['client'], ['contactType']],
    uses: ['client', 'clientNumber', 'date', 'contactType', 'duration'],
    evidence: ['contactType'],
  },
};

/** Contact types as CRMs write them (docs/DEFINITIONS.md §1b: calls, e-mails, visits). */
export function contactTypeOf(text: string): 'calls' | 'emails' | 'visits' | null {
  const t = normaliseWords(text);
  if (/^(telefoon|telefonisch|telefoongesprek|gebeld|bellen|belletje|telefon|telefonat|anruf|call|phone|phone call|telephone|inbound call|outbound call|uitgaand gesprek|inkomend gesprek)\b/.test(t)) return 'calls';
  if (/^(email|mail|e mail|mails|nachricht)\b/.test(t)) return 'emails';
  if (/^(bezoek|klantbezoek|besuch|kundenbesuch|visit|site visit|meeting|afspraak|vergadering|termin|besprechung|treffen)\b/.test(t)) return 'visits';
  return null;
}

/** A document type that is a credit note (its amount counts negative, docs/DEFINITIONS.md §1b). */
export function isCreditNote(text: string): boolean {
  return /^(credit|creditnota|creditfactuur|credit note|creditnote|gutschrift|storno|rechnungskorrektur|refund)\b/.test(normaliseWords(text));
}

/** Shipping methods that are no delivery (free shipping is only a cost when something is shipped). */
export function isPickup(text: string): boolean {
  return /\b(pickup|pick up|afhalen|ophalen|afhaal|abholung|abholen|selbstabholung|collect|collection|in store|winkel)\b/.test(normaliseWords(text));
}

/** `(Without client)`, `(No client)`, `(Geen klant)`, `Ohne Kunde`: a time tracker's word for no client. */
export function isNoClient(text: string): boolean {
  return /^(without client|no client|geen klant|zonder klant|ohne kunde|kein kunde|none|n a|na|)$/.test(normaliseWords(text));
}

/** Headers in Dutch or German say their dates are day first (`03/04/2025` is 3 April). */
const NL_DE_HEADER = /^(datum|factuur|klant|relatie|bedrag|btw|betaald|vervaldatum|onderwerp|omschrijving|uren|tijd|konto|rechnung|falligkeit|betrag|kunde|soll|haben|saldo|beschriftung|stunden|dauer|beleg|aanmaning|mahn|besteld|bestell|kosten|inkoop|einkauf|leistung|taak|aufgabe|notitie|notiz)/;
const EN_HEADER = /^(date|client|customer|invoice|amount|due|paid|hours|duration|project|task|billable|start|end|subject|description|notes|total|subtotal|email|name)/;

/** The language the headers are in, when they say it: `nl` stands for Dutch and German (both day first). */
export function headerLanguageOf(headers: readonly string[]): 'nl' | 'en' | null {
  let continental = 0;
  let english = 0;
  for (const header of headers) {
    const text = normaliseWords(header);
    if (NL_DE_HEADER.test(text)) continental++;
    else if (EN_HEADER.test(text)) english++;
  }
  if (continental > english) return 'nl';
  if (english > continental) return 'en';
  return null;
}
