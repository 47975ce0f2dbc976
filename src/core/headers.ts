/**
 * What a column header means (docs/DEFINITIONS.md §1): the field it names, or why it names none.
 *
 * Headers are read for meaning, not by prefix. A header is normalised (case, accents, `e-mail`), its units
 * (`(h)`, `(min)`, `€`, `%`, `(1-5)`, `dagen`), years (`2025`, `FY2025`) and VAT markers (`incl./excl. btw`,
 * `brutto/netto`) are taken out, and the rest is split into words and the parts of Dutch and German compounds
 * (`Buitendienstbezoeken` → buitendienst + bezoeken, `Rabattbetrag` → rabatt + betrag). The head noun is the last
 * part before a preposition (`Omzet uit aanbevelingen` → omzet; `Number of invoices` → invoices), or the first
 * part for the Dutch and German "noun first" forms (`Kosten materiaal`, `Dagen te laat`, `Umsatz Vorjahr`).
 * Words that make a column something else (a rate, an amount, a number that identifies, a date, an address, a
 * tax, an average or share) win over the field's word wherever they stand as the head.
 *
 * `interpretHeader` is pure and knows nothing of the table; `chooseColumns` in table.ts weighs the candidates.
 */
import type { Field } from './fields.js';
import type { ColumnReason, Confidence } from './types.js';

/** Concepts of the vocabulary. Field words first, then the words that make a column something else. */
type Concept =
  | 'client' | 'name' | 'revenue' | 'cost' | 'direct' | 'hours' | 'minutes' | 'effort' | 'calls' | 'emails'
  | 'rounds' | 'visits' | 'orders' | 'invoices' | 'shipments' | 'free' | 'discount' | 'days' | 'late' | 'reminders'
  | 'average' | 'prior' | 'referral' | 'potential' | 'relationship' | 'score' | 'contract'
  | 'rate' | 'per' | 'amount' | 'identifier' | 'date' | 'contact' | 'address' | 'tax' | 'derived' | 'text'
  | 'quantifier' | 'total' | 'time' | 'incl' | 'excl' | 'gross' | 'stop' | 'preposition';

/**
 * The vocabulary, normalised (lower case, no accents, ß → ss). Each word names one concept. Compound words are
 * split against these lists, so a compound need not be listed when its parts are (`klantbezoeken`).
 */
export const VOCABULARY: Record<Concept, readonly string[]> = {
  client: [
    'klant', 'klanten', 'klantnaam', 'relatie', 'relaties', 'relatienaam', 'debiteur', 'debiteuren', 'debiteurnaam',
    'opdrachtgever', 'opdrachtgevers', 'afnemer', 'afnemers', 'bedrijf', 'bedrijven', 'bedrijfsnaam', 'organisatie',
    'kunde', 'kunden', 'kundenname', 'debitor', 'debitoren', 'mandant', 'mandanten', 'auftraggeber', 'firma', 'firmen',
    'firmenname', 'unternehmen', 'abnehmer', 'geschaftspartner', 'rechnungsempfanger', 'empfanger', 'ontvanger',
    'client', 'clients', 'customer', 'customers', 'account', 'accounts', 'company', 'companies', 'organisation',
    'organization', 'debtor', 'debtors', 'buyer',
  ],
  name: ['naam', 'namen', 'name', 'names', 'bezeichnung', 'benaming', 'firmierung', 'beschriftung', 'kontobezeichnung'],
  revenue: [
    'omzet', 'omzetten', 'opbrengst', 'opbrengsten', 'gefactureerd', 'jaaromzet', 'nettoomzet', 'verkopen', 'inkomsten',
    'umsatz', 'umsatze', 'erlos', 'erlose', 'jahresumsatz', 'nettoumsatz', 'fakturiert', 'berechnet', 'einnahmen',
    'revenue', 'revenues', 'sales', 'turnover', 'invoiced', 'billed', 'income',
  ],
  cost: ['kosten', 'kost', 'cost', 'costs', 'expense', 'expenses', 'uitgaven', 'ausgaben', 'aufwendungen', 'spend'],
  direct: [
    'direct', 'directe', 'direkt', 'direkte', 'direkten', 'materiaal', 'materialen', 'material', 'materials', 'inkoop',
    'inkoopwaarde', 'kostprijs', 'kostprijsverkopen', 'einkauf', 'wareneinsatz', 'einstandskosten', 'materialaufwand',
    'warenaufwand', 'cogs', 'purchase', 'purchases', 'purchasing', 'goods', 'waren', 'einsatz', 'kostpreis',
    'herstellkosten', 'inkopen', 'productkosten', 'fremdleistungen', 'subcontracting', 'uitbesteed', 'bezogene', 'einzel',
    'subcontractor', 'subcontractors', 'onderaanneming', 'onderaannemers', 'subunternehmer', 'produktkosten',
  ],
  hours: [
    'uren', 'uur', 'u', 'hours', 'hour', 'hrs', 'hr', 'h', 'stunden', 'stunde', 'std', 'tijd', 'time', 'zeit',
    'duur', 'duration', 'dauer', 'werkuren', 'manuren', 'hourly', 'stundenzahl', 'urenaantal',
  ],
  minutes: ['minuten', 'minuut', 'minutes', 'minute', 'min', 'mins'],
  effort: ['aufwand', 'inzet', 'effort', 'zeitaufwand', 'tijdsbesteding', 'bestedetijd'],
  calls: [
    'telefoontjes', 'telefoontje', 'belletjes', 'telefoongesprekken', 'gesprekken', 'calls', 'call', 'phonecalls',
    'anrufe', 'telefonate', 'telefonat', 'gesprache', 'oproepen', 'telefonkontakte', 'telefooncontacten',
  ],
  emails: ['emails', 'email', 'mails', 'mail', 'mailtjes', 'emailberichten', 'berichten', 'nachrichten', 'messages'],
  rounds: [
    'correctierondes', 'correcties', 'correctieronde', 'revisies', 'revisierondes', 'rondes', 'afstemrondes',
    'korrekturrunden', 'korrekturen', 'korrekturschleifen', 'revisionen', 'abstimmungsrunden', 'schleifen', 'runden',
    'correctionrounds', 'corrections', 'revisions', 'rounds', 'rework', 'iterations', 'iteraties', 'nacharbeiten',
    'feedbackrondes', 'feedbackrunden',
  ],
  visits: ['bezoeken', 'bezoek', 'besuche', 'besuch', 'visits', 'visit', 'kundenbesuche', 'klantbezoeken', 'afspraken', 'termine', 'vorortbesuche'],
  orders: [
    'orders', 'order', 'bestellingen', 'bestelling', 'opdrachten', 'opdracht', 'auftrage', 'auftrag', 'bestellungen',
    'bestellung', 'purchaseorders', 'verkooporders', 'salesorders',
  ],
  invoices: ['facturen', 'factuur', 'rekeningen', 'rechnungen', 'rechnung', 'invoices', 'invoice', 'bills', 'bill', 'fakturen', 'faktura'],
  shipments: [
    'leveringen', 'levering', 'zendingen', 'zending', 'verzendingen', 'verzending', 'lieferungen', 'lieferung',
    'sendungen', 'sendung', 'shipments', 'shipment', 'deliveries', 'delivery', 'shipping', 'versand', 'verzonden',
  ],
  free: ['franco', 'gratis', 'free', 'kostenlos', 'kostenlose', 'kostenfrei', 'kostenfreie', 'frachtfrei', 'frachtfreie', 'portvrij', 'portofrei', 'frei', 'freie'],
  discount: ['korting', 'kortingen', 'kortingspercentage', 'rabatt', 'rabatte', 'discount', 'discounts', 'nachlass', 'preisnachlass', 'reductie'],
  days: ['dagen', 'dag', 'tage', 'tag', 'tagen', 'days', 'day', 'd'],
  late: [
    'laat', 'late', 'telaat', 'overdue', 'verzug', 'verzugs', 'verspatet', 'verspatung', 'zuspat', 'pastdue', 'achterstand',
    'betalingsachterstand', 'overschreden', 'overtijd', 'delay', 'delayed', 'vertraging', 'zahlungsverzug', 'verzugstage',
    'uberfallig', 'overschrijding', 'dayslate', 'dagentelaat', 'late', 'lateness', 'arrears',
  ],
  reminders: [
    'aanmaningen', 'aanmaning', 'herinneringen', 'herinnering', 'betalingsherinneringen', 'mahnungen', 'mahnung',
    'zahlungserinnerungen', 'zahlungserinnerung', 'reminders', 'reminder', 'dunning', 'dunningletters', 'sommaties',
  ],
  prior: [
    'vorig', 'vorige', 'vorigjaar', 'voorgaand', 'voorgaande', 'vj', 'vorjahr', 'vorjahres', 'vorjahreszeitraum',
    'vorperiode', 'letztes', 'letzten', 'previous', 'prior', 'last', 'ly', 'py', 'lastyear', 'prioryear', 'previousyear',
    'vorheriges', 'vorigeperiode', 'vorigjr',
  ],
  referral: [
    'aanbeveling', 'aanbevelingen', 'doorverwijzing', 'doorverwijzingen', 'verwijzing', 'verwijzingen', 'doorverwezen',
    'empfehlung', 'empfehlungen', 'weiterempfehlung', 'weiterempfehlungen', 'referral', 'referrals', 'referred',
    'verwezen', 'tipgevers', 'doorverwijsomzet', 'referentieomzet', 'empfehlungsumsatz', 'aangebracht', 'aangebrachte',
    'vermittelt', 'vermittelte',
  ],
  potential: ['potentie', 'potentieel', 'groeipotentie', 'groeipotentieel', 'potenzial', 'wachstumspotenzial', 'potential', 'upside', 'groeikans'],
  relationship: ['relatiescore', 'relatiekwaliteit', 'band', 'beziehung', 'beziehungsqualitat', 'relationship', 'relationshipscore', 'kundenbeziehung', 'klantrelatie', 'verstandhouding'],
  score: ['score', 'kwaliteit', 'qualitat', 'quality', 'rating', 'beoordeling', 'bewertung', 'cijfer', 'sterkte', 'strength', 'health'],
  contract: [
    'contract', 'contracten', 'raamovereenkomst', 'raamcontract', 'overeenkomst', 'vertrag', 'vertrage', 'rahmenvertrag',
    'rahmenvereinbarung', 'contracts', 'agreement', 'frameworkagreement', 'msa', 'sla', 'onderhoudscontract',
    'wartungsvertrag', 'servicecontract',
  ],
  rate: [
    'tarief', 'tarieven', 'uurtarief', 'tarif', 'satz', 'stundensatz', 'rate', 'rates', 'prijs', 'prijzen', 'price',
    'prices', 'preis', 'preise', 'stuksprijs', 'einzelpreis', 'unitprice', 'honorarium', 'verrechnungssatz', 'kostensatz',
    'uurloon', 'stundenlohn', 'wage', 'loon', 'lohn',
  ],
  per: ['per', 'pro', 'je', 'each', 'elk'],
  amount: [
    'bedrag', 'bedragen', 'betrag', 'betrage', 'amount', 'amounts', 'waarde', 'wert', 'value', 'values', 'volume',
    'grootte', 'size', 'hohe', 'summe', 'som', 'sum', 'geld', 'money',
  ],
  identifier: [
    'nummer', 'nr', 'no', 'nummers', 'number', 'numbers', 'id', 'ids', 'code', 'codes', 'iban', 'bic', 'postcode',
    'plz', 'postleitzahl', 'zip', 'zipcode', 'postal', 'telefoon', 'telefoonnummer', 'tel', 'phone', 'telephone', 'mobiel',
    'mobile', 'handy', 'telefon', 'fax', 'kvk', 'ustidnr', 'ustid', 'idnr', 'steuernummer', 'btwnummer', 'vatnumber',
    'bsn', 'referentie', 'reference', 'ref', 'kenmerk', 'key', 'uuid', 'guid', 'kdnr', 'debnr', 'ordernr', 'nrs',
    'kontonummer', 'konto', 'rekeningnummer', 'sku', 'ean', 'hrb', 'handelsregister', 'kvknummer', 'cocnumber', 'siret',
  ],
  date: [
    'datum', 'data', 'date', 'dates', 'sinds', 'seit', 'since', 'einde', 'end', 'ende', 'begin', 'beginn', 'start',
    'vervaldatum', 'tijdstip', 'zeitpunkt', 'timestamp', 'created', 'aangemaakt', 'gewijzigd', 'modified', 'updated',
    'erstellt', 'geandert', 'opened', 'closed', 'geboortedatum', 'deadline', 'faelligkeit', 'falligkeit', 'due',
    'vervaldag', 'stichtag', 'when', 'laatste', 'letzte', 'letzter', 'letztes', 'latest', 'recent', 'eerste', 'erste',
    'first', 'most', 'maand', 'month', 'monat', 'kwartaal', 'quarter', 'quartal', 'week', 'woche', 'weekday',
  ],
  contact: [
    'contactpersoon', 'contactpersonen', 'contact', 'contacten', 'contacts', 'ansprechpartner', 'ansprechperson',
    'persoon', 'person', 'personen', 'people', 'voornaam', 'achternaam', 'vorname', 'nachname', 'firstname', 'lastname',
    'surname', 'aanhef', 'anrede', 'salutation', 'title', 'titel', 'functie', 'funktion', 'jobtitle', 'position',
  ],
  address: [
    'adres', 'adressen', 'adresse', 'address', 'addresses', 'anschrift', 'straat', 'straatnaam', 'strasse', 'street',
    'huisnummer', 'hausnummer', 'plaats', 'woonplaats', 'vestigingsplaats', 'ort', 'wohnort', 'city', 'town', 'stad',
    'stadt', 'website', 'url', 'web', 'homepage', 'domain', 'domein', 'internet', 'land', 'country', 'provincie', 'province',
    'bundesland', 'state', 'region', 'regio', 'gemeente', 'gemeinde', 'postbus', 'postfach', 'linkedin', 'twitter', 'webseiten', 'webseite', 'websites',
    'pagina', 'seite', 'ort',
  ],
  tax: ['btw', 'vat', 'ust', 'mwst', 'steuer', 'steuern', 'tax', 'taxes', 'belasting', 'omzetbelasting', 'umsatzsteuer', 'mehrwertsteuer', 'salestax', 'vorsteuer'],
  derived: [
    'aandeel', 'anteil', 'share',
    'ratio', 'verhouding', 'quote', 'marge', 'margin', 'margins', 'winst', 'profit', 'profits', 'gewinn', 'ertrag',
    'rohertrag', 'deckungsbeitrag', 'db', 'contribution', 'saldo', 'balance', 'openstaand', 'openstaande', 'outstanding',
    'offen', 'offene', 'offener', 'posten', 'budget', 'target', 'targets', 'doel', 'doelstelling', 'ziel', 'plan',
    'planned', 'gepland', 'forecast', 'prognose', 'verwacht', 'verwachting', 'expected', 'groei', 'wachstum', 'growth',
    'index', 'rang', 'rank', 'ranking', 'klasse', 'class', 'abc', 'kpi', 'percentage', 'procent', 'prozent', 'pct',
    'verschil', 'differenz', 'difference', 'delta', 'change', 'veranderung', 'verandering', 'ytdchange', 'trend',
    'cumulatief', 'kumuliert', 'cumulative', 'resultaat', 'result', 'ergebnis', 'ebit', 'ebitda', 'roi', 'rendement',
    'uurrendement', 'return', 'yield', 'limiet', 'limit', 'kredietlimiet', 'kreditlimit', 'creditlimit', 'krediet',
    'credit', 'kredit', 'debet', 'haben', 'soll', 'waarschijnlijkheid', 'probability', 'kans', 'wahrscheinlichkeit',
    'paid', 'betaald', 'bezahlt', 'verwachte', 'gepland', 'geplande', 'begroot', 'begrote', 'budgeted',
    'estimated', 'estimate', 'remaining', 'rest', 'geschat', 'geschatte', 'resterend', 'resterende', 'offerte', 'quote',
    'ltv', 'clv', 'lifetime', 'arr', 'mrr', 'acv', 'cac', 'nps', 'churn', 'retentie', 'retention', 'bijdrage',
    'ouderdom', 'aging', 'ageing', 'alter', 'leeftijd', 'age', 'max', 'min', 'maximum', 'minimum', 'hoogste', 'laagste',
  ],
  text: [
    'status', 'branche', 'sector', 'segment', 'categorie', 'category', 'kategorie', 'groep', 'group', 'gruppe', 'type',
    'typ', 'soort', 'art', 'omschrijving', 'beschrijving', 'beschreibung', 'description', 'opmerking', 'opmerkingen',
    'notes', 'notities', 'notitie', 'bemerkung', 'bemerkungen', 'kommentar', 'comment', 'comments', 'manager', 'owner',
    'eigenaar', 'verantwoordelijke', 'accountmanager', 'vertegenwoordiger', 'medewerker', 'medewerkers', 'mitarbeiter',
    'employee', 'user', 'gebruiker', 'benutzer', 'project', 'projecten', 'projekt', 'projekte', 'taak', 'taken', 'task',
    'tasks', 'aufgabe', 'product', 'producten', 'produkt', 'produkte', 'artikel', 'item', 'items', 'tags', 'tag', 'label',
    'labels', 'bron', 'source', 'quelle', 'stage', 'fase', 'phase', 'pipeline', 'lead', 'leads', 'deal', 'deals', 'rep',
    'retouren', 'retour', 'retoure', 'returns', 'rucksendungen', 'retoursendungen', 'sprache', 'taal', 'language', 'valuta', 'currency', 'wahrung', 'betaalwijze', 'zahlungsart',
    'termijn', 'betalingstermijn', 'betaaltermijn', 'zahlungsziel', 'zahlungsbedingungen', 'terms', 'conditions',
    'voorwaarden', 'kanaal', 'channel', 'kanal', 'herkunft', 'origin', 'prioriteit', 'priority', 'prioritat',
    'vestiging', 'filiale', 'branch', 'team', 'afdeling', 'department', 'abteilung', 'kostenplaats', 'kostenstelle',
    'costcenter', 'grootboek', 'grootboekrekening', 'sachkonto', 'ledger', 'rubriek', 'dagboek', 'journal', 'fiscal',
    'actief', 'active', 'aktiv', 'inactief', 'inactive', 'blocked', 'geblokkeerd', 'gesperrt', 'archief', 'archived',
    'memo', 'info', 'informatie', 'details', 'stichwort', 'suchbegriff', 'zoeknaam', 'kurzname', 'matchcode',
    'intern', 'internal', 'regels', 'zeilen', 'lines', 'positionen', 'analytics', 'marketing', 'newsletter',
    'nieuwsbrief', 'campaign', 'campagne', 'kampagne', 'opportunity', 'opportunities', 'verkaufschance',
    'rechtsvorm', 'rechtsform', 'legal', 'entity', 'kvk', 'industry', 'industrie', 'grootte', 'size', 'employees',
    'grosse', 'werknemers', 'reason', 'reden', 'grund', 'remarks', 'beschikbaarheid', 'resource', 'rol', 'role', 'rolle',
  ],
  quantifier: ['aantal', 'aant', 'anzahl', 'anz', 'number', 'count', 'nb', 'menge', 'hoeveelheid', 'stuks', 'qty', 'quantity', 'totaalaantal', 'gesamtzahl', 'zahl', 'nummerof', 'amountof'],
  total: [
    'totaal', 'totalen', 'total', 'totals', 'gesamt', 'insgesamt', 'gesamte', 'summe', 'som', 'sum', 'eindtotaal',
    'subtotaal', 'subtotal', 'grandtotal', 'zwischensumme', 'gesamtsumme', 'endsumme', 'all', 'alle', 'overall', 'totale',
    'cumulated', 'tot',
  ],
  time: ['jaar', 'year', 'jahr', 'ytd', 'mtd', 'qtd', 'fy', 'boekjaar', 'geschaftsjahr', 'periode', 'period', 'zeitraum', 'jr', 'jaren', 'years', 'jahre', 'jahres', 'kalenderjaar', 'kalenderjahr', 'huidig', 'huidige', 'current', 'aktuell', 'aktuelles', 'dit', 'this', 'lopend', 'lopende'],
  average: ['gem', 'gemiddeld', 'gemiddelde', 'gemiddelden', 'avg', 'average', 'mean', 'median', 'mediaan', 'durchschnitt', 'durchschnittlich', 'durchschnittliche', 'durchschnittlicher', 'durchschn', 'schnitt', 'ø'],
  incl: ['incl', 'inclusief', 'inkl', 'inklusive', 'including', 'inc', 'met', 'mit', 'with', 'brutto', 'bruto'],
  excl: ['excl', 'exclusief', 'exkl', 'exklusive', 'excluding', 'ex', 'exc', 'zonder', 'ohne', 'without', 'netto', 'net', 'neto', 'exbtw', 'exclbtw'],
  gross: ['gross'],
  stop: [
    'euro', 'eur', 'usd', 'chf', 'de', 'het', 'een', 'en', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'und', 'the', 'an', 'and', 'of',
    'te', 'zu', 'to', 'is', 'ist', 'heeft', 'hat', 'has', 'have', 'ja', 'nee', 'yes', 'y', 'n', 'x', 'in', 'im', 'this',
    'dit', 'deze', 'diese', 'dieses', 'jaarlijks', 'jahrlich', 'annual', 'yearly', 'annually', 'totaalbedrag', 'wel',
    'niet', 'nicht', 'not', 'sent', 'verstuurd', 'verzonden', 'versandt', 'verschickt', 'gestuurd', 'ontvangen', 'received',
    'erhalten', 'gevoerd', 'gefuhrt', 'made', 'gemaakt', 'logged', 'tracked', 'geboekt', 'gebucht', 'booked', 'gewerkt',
    'worked', 'gearbeitet', 'besteed', 'bestede', 'spent', 'aufgewendet', 'geleistet', 'geleisteten', 'gegeven',
    'gewahrt', 'gewahrter', 'given', 'granted', 'afgelegd', 'handled', 'behandeld', 'verwerkt', 'bearbeitet',
    'bearbeitete', 'verwerkte', 'geplaatst', 'placed', 'aantalmalen', 'x', 'gedaan', 'uitgevoerd', 'durchgefuhrt',
    'performed', 'done', 'geleverd', 'delivered', 'geliefert', 'gefactureerde', 'afgelopen', 'verlopen', 'vergangen',
    'past', 'gemiddeld', 'over', 'uber', 'all', 'per', 'payment', 'betaling', 'zahlung',
    'gewerkte', 'geschreven', 'geschriebene', 'erfasst', 'erfasste', 'registered', 'geregistreerde', 'geregistreerd',
    'extra', 'zusatzliche', 'additional', 'billable', 'declarabel', 'declarabele', 'abrechenbar', 'abrechenbare',
    'verrechenbar', 'verrechenbare', 'decimal', 'dezimal', 'decimaal', 'rounded', 'afgerond', 'gerundet', 'letters',
    'brieven', 'briefe', 'vorhanden', 'aanwezig', 'available', 'present', 'job', 'leistungen', 'haus', 'huis', 'aantallen', 'klein', 'groot', 'work', 'werk', 'arbeit', 'arbeits', 'geleistete',
    'actual', 'werkelijk', 'werkelijke', 'tatsachliche', 'ist', 'real', 'reele', 'effectief', 'effective', 'wirkliche',
  ],
  preposition: ['of', 'vor', 'uit', 'van', 'door', 'via', 'voor', 'aus', 'durch', 'von', 'fur', 'from', 'by', 'for', 'through', 'vanuit', 'bij', 'bei', 'at', 'na', 'nach', 'after', 'op', 'auf', 'on', 'naar'],
};

// A word may sit in several lists (`per` is a stop word and a rate marker); the first concept below wins.
const CONCEPT_ORDER: readonly Concept[] = [
  'quantifier', 'total', 'time', 'incl', 'excl', 'gross', 'average', 'prior', 'referral', 'late', 'minutes', 'client', 'name', 'revenue',
  'direct', 'cost', 'hours', 'effort', 'calls', 'emails', 'rounds', 'visits', 'orders', 'invoices', 'shipments', 'free',
  'discount', 'days', 'reminders', 'potential', 'relationship', 'score', 'contract', 'rate', 'amount', 'identifier',
  'date', 'contact', 'address', 'tax', 'derived', 'text', 'per', 'preposition', 'stop',
];

const WORD_CONCEPT = new Map<string, Concept>();
for (const concept of [...CONCEPT_ORDER].reverse()) for (const word of VOCABULARY[concept]) WORD_CONCEPT.set(word, concept);
// Words that look like others once accents go: "per" above is kept as a marker of "per hour" in rate context.
const WORDS_BY_LENGTH = [...WORD_CONCEPT.keys()].filter((w) => w.length >= 3 || w === 'nr').sort((a, b) => b.length - a.length);

/** A part of a header: a word, or a part of a compound, with its concept (`null`: not in the vocabulary). */
type Part = { word: string; concept: Concept | null; afterPreposition: boolean };

export type Unit = 'hours' | 'minutes' | 'money' | 'percent' | 'days' | 'score' | 'count' | null;

/** What a header means. `field: null` comes with the reason it is not a field. */
export type HeaderMeaning = {
  field: Field | null;
  /** When `field` is null: why (identifier, date, rate, amount, tax, derived, contact, text); else `header`. */
  reason: ColumnReason;
  confidence: Confidence;
  /** From the header's unit to the field's (1/60 for minutes → hours). */
  scale: number;
  /** Revenue including VAT (`incl. btw`, `brutto`), excluding it (`excl. btw`, `netto`), or not said. */
  vat: 'incl' | 'excl' | null;
  /** A year named in the header (`Omzet 2025`, `FY2024`). */
  year: number | null;
  /** The language its words come from most, as evidence for the number notation. */
  language: 'nl' | 'de' | 'en' | null;
  /** Bonus within a confidence level: "Totaal omzet" and "Netto-omzet" rank before "Omzet webshop". */
  rank: number;
  /**
   * With `field: null`, a part of days late the reader can combine: days from invoice to payment (`Gem.
   * betaaltermijn (dagen)`, `Average days to pay`) or the agreed payment term (`Zahlungsziel (Tage)`).
   * daysLate = daysToPay − paymentTerm when a table has both.
   */
  role?: 'daysToPay' | 'paymentTerm';
  /** Hours written as a clock (`Uren (u:mm)`, `Stunden (hh:mm)`): the cells read 1:30, not 1.5. */
  clock?: true;
  /** With `field: 'hours'`: only the billable hours (`Billable hours`, `Declarabele uren`), not all of them. */
  subset?: 'billable';
  /**
   * With `field: null`, a money column the header does not tie to a field: a generic amount (`Betrag`,
   * `Total`, `Netto`) that is revenue only where the report says so, or money that is not revenue (`Saldo`,
   * `Openstaand`, `Amount due`, ageing buckets `1-30 dagen`, `Older`).
   */
  amount?: 'generic' | 'notRevenue';
};

/** Lower case, no accents, ß → ss, `e-mail` → `email`; camelCase split; every other sign a space. */
export function normaliseWords(header: string): string {
  return header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/\be[\s-]?mail/g, 'email')
    .replace(/\bpast due\b/g, 'pastdue')
    .replace(/[-–—_./\\|:;,+*'"`´’‘“”„!?=<>{}]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letters only: "Omzet 2025 (€)" → "omzet" (kept for hand mapping and drivers, which compare header keys). */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]/g, ' ')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z]/g, '');
}

const LINKS = ['s', 'en', 'n', 'e', 'es'];

/**
 * Splits a word into known parts, last part first in importance: `buitendienstbezoeken` → [buitendienst?,
 * bezoeken]. Unknown leading rests are kept as one unknown part. Returns null when the word ends in no known part.
 */
function splitCompound(word: string, depth = 0): string[] | null {
  if (WORD_CONCEPT.has(word)) return [word];
  if (depth > 3) return null;
  let fallback: string[] | null = null;
  for (const tail of WORDS_BY_LENGTH) {
    if (tail.length >= word.length || !word.endsWith(tail)) continue;
    if (tail.length < 4 && !['uur', 'tag', 'tage', 'dag', 'nr', 'id', 'min'].includes(tail)) continue;
    let rest = word.slice(0, word.length - tail.length);
    // Linking sounds: korting-s-bedrag, kunde-n-besuche, arbeit-s-zeit.
    if (!WORD_CONCEPT.has(rest)) {
      for (const link of LINKS) {
        if (rest.length > link.length + 2 && rest.endsWith(link) && WORD_CONCEPT.has(rest.slice(0, -link.length))) {
          rest = rest.slice(0, -link.length);
          break;
        }
      }
    }
    // A known first part wins ("vorjahres|umsatz" over "vor|jahresumsatz"); an unknown one must be a real word.
    const head = splitCompound(rest, depth + 1);
    const restConcept = WORD_CONCEPT.get(rest);
    if (head && !(head.length === 1 && rest.length < 4 && (restConcept === 'preposition' || restConcept === 'stop'))) return [...head, tail];
    if (!fallback && rest.length >= 4) fallback = [rest, tail];
  }
  return fallback;
}

const YEAR = /(?:^|[^0-9])(?:fy|gj|bj)?\s?((?:19|20)\d{2})(?![0-9])/gi;

function unitOf(bracketed: string[], words: string[]): Unit {
  const all = [...bracketed, ...words];
  for (const text of all) {
    if (/^(min|mins|minuten|minutes|minuut|minute)$/.test(text)) return 'minutes';
  }
  for (const text of bracketed) {
    if (/^(h|u|uur|uren|hours|hour|hrs|hr|std|stunden|stunde|stunde n)$/.test(text) || CLOCK_UNIT.test(text)) return 'hours';
    if (/^(eur|euro|€|\$|usd|chf|gbp|£|bedrag|betrag|amount)$/.test(text) || /€/.test(text)) return 'money';
    if (/^(%|pct|procent|prozent|percent|percentage)$/.test(text)) return 'percent';
    if (/^(dagen|tage|days|d)$/.test(text)) return 'days';
    if (/^[0-9]\s*(-|–|tot|bis|to)?\s*(5|10)$/.test(text)) return 'score';
    if (/^(aantal|anzahl|count|number|#|st|stuks|stk)$/.test(text)) return 'count';
  }
  return null;
}

/** Reads the words of one header for the field they name. */
function readHeader(header: string): HeaderMeaning {
  const result: HeaderMeaning = { field: null, reason: 'unrecognised', confidence: 'low', scale: 1, vat: null, year: null, language: null, rank: 0 };
  const raw = header.trim();
  if (raw === '') return { ...result, reason: 'empty' };
  let yearMatch: RegExpExecArray | null;
  YEAR.lastIndex = 0;
  while ((yearMatch = YEAR.exec(raw)) !== null) result.year = Math.max(result.year ?? 0, Number(yearMatch[1]));
  const hasMoneySign = /[€$£]/.test(raw);
  const hasPercentSign = /%/.test(raw);
  const hasHash = /^\s*#/.test(raw) || /\(#\)/.test(raw);
  const hashAfter = !hasHash && /#/.test(raw);
  const bracketed = [...raw.matchAll(/\(([^)]*)\)|\[([^\]]*)\]/g)].map((m) => normaliseWords(m[1] ?? m[2] ?? ''));
  // A bracket that holds only a unit is the unit, not a word of the name: "Arbeitszeit (h)", "Omzet (€)".
  const withoutUnits = raw.replace(/\(([^)]*)\)|\[([^\]]*)\]/g, (whole, a: string | undefined, b: string | undefined) =>
    unitOf([normaliseWords(a ?? b ?? '')], []) !== null || /^[\s€$£%#]*$/.test(a ?? b ?? '') ? ' ' : whole);
  const text = normaliseWords(withoutUnits.replace(/[€$£%#]/g, ' ').replace(/\(|\)|\[|\]/g, ' '));
  const tokens = text.split(' ').filter((t) => t !== '' && !/^\d+$/.test(t) && !/^(fy|q[1-4]|h[12])\d*$/.test(t) && !/^\d/.test(t));
  const unit = hasMoneySign ? 'money' : unitOf(bracketed, tokens) ?? (hasPercentSign ? 'percent' : null);

  // Words and compound parts.
  const parts: Part[] = [];
  let afterPreposition = false;
  for (const token of tokens) {
    const split = splitCompound(token) ?? [token];
    for (const word of split) {
      const concept = WORD_CONCEPT.get(word) ?? null;
      parts.push({ word, concept, afterPreposition });
      if (concept === 'preposition') afterPreposition = true;
    }
  }
  // "Number of orders" counts; "Order number" identifies: a number word is a quantifier only before its noun.
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!['number', 'no', 'nr', 'zahl', 'nb'].includes(part.word)) continue;
    const rest = parts.slice(i + 1).filter((p) => p.concept !== 'stop' && p.concept !== 'time');
    part.concept = rest.length > 0 && (parts[i + 1]?.word === 'of' || i === 0) ? 'quantifier' : 'identifier';
  }
  if (hashAfter) parts.push({ word: 'nr', concept: 'identifier', afterPreposition: false });
  byWhom(parts);
  result.language = languageOf(parts);
  const has = (...concepts: Concept[]): boolean => parts.some((p) => p.concept !== null && concepts.includes(p.concept));
  // "Number of orders", "Aantal orders", "Orders (aantal)", "# Orders": a count of the noun.
  const counted = has('quantifier') || hasHash || unit === 'count';
  // "excl. btw", "netto": VAT markers; the tax word after them is part of the marker, not a tax column.
  let vat: 'incl' | 'excl' | null = null;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.concept === 'incl' || part.concept === 'excl') {
      const next = parts[i + 1];
      const marksTax = next?.concept === 'tax';
      if (marksTax || ['brutto', 'bruto', 'netto', 'neto', 'net', 'exbtw', 'exclbtw', 'incl', 'inkl', 'excl', 'exkl', 'inclusief', 'exclusief', 'inklusive', 'exklusive'].includes(part.word)) {
        vat = part.concept;
        if (marksTax) next.concept = 'stop';
      }
      part.concept = 'stop';
    }
  }
  result.vat = vat;
  const content = parts.filter((p) => !['stop', 'preposition', 'quantifier', 'total', 'time'].includes(p.concept ?? ''));
  // "Totaal", "Summe" alone: a total; nothing but stop words: not a field.
  if (content.length === 0) return { ...result, reason: has('total') ? 'derived' : 'unrecognised' };

  // The head: the last content part before a preposition, or the first for "noun first" forms.
  const main = content.filter((p) => !p.afterPreposition);
  const phrase = main.length > 0 ? main : content;
  let head = phrase[phrase.length - 1]!;
  const first = phrase[0]!;
  if (phrase.length > 1 && NOUN_FIRST.has(first.word) && !BLOCKING_HEADS.has(head.concept ?? 'stop')) head = first;
  // "Aantal van Ordernummer", "Count of Order ID": a count of the noun before the number.
  if (head.concept === 'identifier' && counted && phrase.length > 1) head = phrase[phrase.length - 2]!;
  const headConcept = head.concept;
  const modifiers = content.filter((p) => p !== head);
  const mod = (...concepts: Concept[]): boolean => modifiers.some((p) => p.concept !== null && concepts.includes(p.concept));
  const unknownModifiers = modifiers.filter((p) => p.concept === null).length;
  const take = (field: Field, confidence: Confidence, rank = 0): HeaderMeaning => ({
    ...result,
    field,
    reason: 'header',
    confidence,
    rank: rank - unknownModifiers * 0.25,
    scale: field === 'hours' && (unit === 'minutes' || headConcept === 'minutes') ? 1 / 60 : 1,
  });
  const not = (reason: ColumnReason): HeaderMeaning => ({ ...result, reason });
  const plain = modifiers.length === 0;

  const reading: Reading = { raw, head, headConcept, modifiers, content, parts, unit, vat, counted, plain, unknownModifiers, has, mod, take, not };
  return otherThanField(reading) ?? byNameOrMoney(reading) ?? byCount(reading);
}

/** What readHeader knows when it reaches the head noun: the parts, the head, and how to answer. */
type Reading = {
  raw: string; head: Part; headConcept: Concept | null; modifiers: readonly Part[]; content: readonly Part[]; parts: readonly Part[];
  unit: Unit; vat: 'incl' | 'excl' | null; counted: boolean; plain: boolean; unknownModifiers: number;
  has: (...concepts: Concept[]) => boolean; mod: (...concepts: Concept[]) => boolean;
  take: (field: Field, confidence: Confidence, rank?: number) => HeaderMeaning; not: (reason: ColumnReason) => HeaderMeaning;
};

/** Words that make the column something else, wherever they stand as the head, and derived figures anywhere. */
function otherThanField(r: Reading): HeaderMeaning | null {
  const { raw, head, headConcept, modifiers, parts, unit, counted, plain, has, mod, take, not } = r;
  if (headConcept === 'identifier' && !(counted && head.word === 'number')) return namesClient(raw, head, modifiers) ? take('clientNumber', plain ? 'medium' : 'high') : not('identifier');
  // "Overschrijding betaaltermijn (dagen)", "Days past due": lateness in days, whatever else the header says.
  if (has('late') && (unit === 'days' || has('days')) && !has('amount', 'average') && unit !== 'money') return take('daysLate', 'high');
  if (has('days') && parts.some((p) => DUE_WORDS.has(p.word)) && unit !== 'money') return take('daysLate', 'high');
  if (headConcept === 'date' || (mod('date') && headConcept !== 'days' && !mod('late'))) return not('date');
  if (headConcept === 'address' || modifiers.some((p) => p.concept === 'address' && !p.afterPreposition)) return not('contact');
  if (contactAsName(head, modifiers)) return take('client', 'medium', -0.5);
  if (headConcept === 'contact' || (headConcept === 'name' && mod('contact'))) return not('contact');
  // An average is a field only where the field is itself per client and period: days late, a discount, a score.
  if (has('average') && !['days', 'late', 'discount', 'potential', 'relationship', 'score'].includes(headConcept ?? '')) return not('derived');
  if (has('derived') && headConcept !== 'potential' && !(headConcept === 'discount' || (mod('discount') && (headConcept === 'rate' || headConcept === 'derived')))) return not('derived');
  if (unit === 'percent' && headConcept !== 'discount' && !mod('discount')) return not('derived');
  if (headConcept === 'text' || (headConcept === null && mod('text') && !counted)) return not(has('client', 'name') ? 'text' : 'unrecognised');
  // A field word with a status, product or marketing word is something else ("Marketing emails delivered").
  if (headConcept !== 'client' && headConcept !== 'name' && headConcept !== 'cost' && mod('text')) return not('unrecognised');
  // Only revenue has a previous period: "Uren vorig jaar" and "Last visit" are not this period's figures.
  if (mod('prior') && headConcept !== 'revenue' && headConcept !== 'amount' && headConcept !== 'prior') return not(['visits', 'orders', 'invoices', 'reminders'].includes(headConcept ?? '') ? 'date' : 'unrecognised');
  // "Ordertotaal": the total of an order is an amount, not a count.
  if (parts.length > 1 && parts[0]?.concept !== 'total' && parts[parts.length - 1]?.concept === 'total' && ['orders', 'invoices', 'visits'].includes(headConcept ?? '')) return not('amount');
  return null;
}

/** The head is a name or money: client, revenue and its kinds, tax, costs. Null for the other heads. */
function byNameOrMoney(r: Reading): HeaderMeaning | null {
  const { head, headConcept, modifiers, content, unit, vat, counted, plain, unknownModifiers, has, mod, take, not } = r;
  switch (headConcept) {
    case 'client':
    case 'name': {
      if (counted || has('total')) return not('derived');
      if (mod('relationship', 'score') || unit === 'score') return take('relationship', 'medium');
      if (mod('contact')) return not('contact');
      if (mod('text')) return not('text');
      if (headConcept === 'client' && head.word === 'relatie' && modifiers.some((p) => p.concept === 'client')) return take('relationship', 'low');
      if (modifiers.some((p) => p.concept !== null && p.concept !== 'client' && p.concept !== 'name' && p.concept !== 'time')) return not('unrecognised');
      return take('client', plain || mod('client', 'name') ? 'high' : 'medium', headConcept === 'name' && plain ? -0.5 : 0);
    }
    case 'revenue':
    case 'amount': {
      if (mod('tax')) return not('tax');
      if (mod('rate') || has('per')) return not('rate');
      const invoiced = headConcept === 'revenue' || mod('invoices', 'revenue');
      if (!invoiced) {
        if (mod('direct')) return take('directCosts', 'medium');
        return not('amount');
      }
      if (mod('direct')) return take('directCosts', 'medium');
      // "Net income" is profit; "Income" alone is what came in.
      if (head.word === 'income' && vat === 'excl') return not('derived');
      // "Omzet vorig jaar", "Omzet via doorverwijzing": sure when nothing else qualifies the revenue.
      const only = (concept: Concept): boolean => modifiers.every((p) => p.concept === concept);
      if (mod('referral')) return take('referralRevenue', only('referral') ? 'high' : 'medium');
      if (mod('prior')) return take('previousRevenue', only('prior') ? 'high' : 'medium');
      if (mod('orders', 'contract', 'discount', 'visits', 'calls', 'shipments', 'cost', 'hours', 'potential', 'late', 'reminders')) return not('amount');
      const after = content.filter((p) => p.afterPreposition && p !== head && p.concept !== 'time');
      if (after.length > 0) return not('unrecognised');
      const bonus = (vat === 'excl' ? 1 : vat === 'incl' ? -1 : 0) + (has('total') ? 0.5 : 0) + (has('gross') ? -0.5 : 0);
      return take('revenue', headConcept === 'revenue' && unknownModifiers === 0 ? 'high' : 'medium', bonus);
    }
    case 'prior':
      return has('revenue') ? take('previousRevenue', 'high') : not('unrecognised');
    case 'referral':
      // "Aanbevelingen", "Referrals": a count of referrals, not their revenue, unless the header says revenue.
      return has('revenue') || /umsatz|omzet|revenue/.test(head.word) ? take('referralRevenue', 'high') : not('unrecognised');
    case 'tax':
      return not('tax');
    case 'cost': {
      if (mod('rate') || has('per')) return not('rate');
      if (mod('direct') || mod('revenue')) return take('directCosts', 'high');
      if (modifiers.some((p) => ['product', 'produkt', 'producten', 'produkte', 'products'].includes(p.word))) return take('directCosts', 'medium');
      if (plain) return take('directCosts', 'low');
      return not('unrecognised');
    }
    case 'direct':
      if (has('per')) return not('rate');
      return take('directCosts', plain || mod('cost', 'direct') ? 'high' : 'medium');
    default:
      return null;
  }
}

/** The head is hours, a count, days, a score or the contract. */
function byCount(r: Reading): HeaderMeaning {
  const { head, headConcept, modifiers, parts, unit, counted, plain, has, mod, take, not } = r;
  switch (headConcept) {
    case 'hours':
    case 'minutes':
    case 'effort': {
      if (unit === 'money') return not('amount');
      if (mod('rate') || (has('per') && !plain)) return not('rate');
      if (mod('revenue', 'cost', 'amount')) return not('amount');
      if (mod('visits', 'calls', 'emails', 'orders', 'shipments')) return not('unrecognised');
      if (headConcept === 'hours' && head.word === 'hourly') return not('rate');
      if (mod('days', 'late', 'contract')) return not('unrecognised');
      // "Levertijd", "Response time", "Lead time": a generic time word with a qualifier is a duration, not work.
      if (GENERIC_TIME.has(head.word) && modifiers.some((p) => p.concept === null)) return not('unrecognised');
      return take('hours', plain ? 'high' : 'medium', headConcept === 'effort' ? -0.5 : 0);
    }
    case 'calls':
      if (plain && !counted && head.word === 'call') return not('unrecognised');
      return mod('cost', 'amount', 'rate', 'minutes', 'hours') ? not('unrecognised') : take('calls', plain ? 'high' : 'medium');
    case 'emails':
      if (mod('contact', 'address')) return not('contact');
      // "Email" or "E-mail" on its own is an address column in every CRM export; the count is plural.
      if (plain && !counted && (head.word === 'email' || head.word === 'mail')) return not('contact');
      return mod('cost', 'amount', 'rate') ? not('unrecognised') : take('emails', plain ? 'high' : 'medium');
    case 'rounds':
      return mod('cost', 'amount', 'rate') ? not('unrecognised') : take('correctionRounds', plain || mod('rounds') ? 'high' : 'medium');
    case 'visits':
      return mod('cost', 'amount', 'rate', 'hours', 'minutes') ? not('unrecognised') : take('visits', plain ? 'high' : 'medium');
    case 'orders':
      if (mod('free')) return take('freeShipments', 'medium');
      return mod('cost', 'rate', 'hours', 'minutes', 'days') ? not('unrecognised') : take('orders', plain ? 'high' : 'medium');
    case 'invoices':
      if (mod('cost', 'rate', 'days', 'late')) return not('unrecognised');
      return take('invoices', plain ? 'high' : 'medium');
    case 'shipments':
      if (mod('cost', 'amount', 'rate')) return not('unrecognised');
      return mod('free') ? take('freeShipments', 'high') : not('unrecognised');
    case 'free':
      return plain ? take('freeShipments', 'medium') : not('unrecognised');
    case 'discount':
      if (unit === 'money' || mod('amount', 'revenue', 'cost')) return not('amount');
      if (mod('days', 'late', 'text')) return not('unrecognised');
      // "Betalingskorting", "Early payment discount", "Skonto": a payment term, not a discount on list price.
      if (parts.some((p) => ['betaling', 'payment', 'zahlung', 'early', 'vroeg', 'skonto', 'cash'].includes(p.word))) return not('unrecognised');
      return take('discountPct', plain || unit === 'percent' || mod('rate', 'derived') ? 'high' : 'medium');
    case 'rate':
    case 'derived':
      if (mod('discount')) return take('discountPct', 'high');
      // "Cost price", "Kostpreis": what was sold cost; "Cost rate" is a rate per hour.
      if (headConcept === 'rate' && mod('cost') && ['price', 'prijs', 'preis'].includes(head.word) && !has('per', 'hours')) return take('directCosts', 'medium');
      return not(headConcept === 'rate' ? 'rate' : 'derived');
    case 'days':
      if (mod('late') || has('late') || (mod('date') && modifiers.some((p) => ['vervaldatum', 'due', 'falligkeit', 'faelligkeit', 'vervaldag'].includes(p.word)))) return take('daysLate', 'high');
      return not('unrecognised');
    case 'late':
      if (unit === 'money' || mod('amount')) return not('amount');
      if (mod('reminders')) return take('reminders', 'medium');
      // "Overdue" alone heads an ageing column of money (A/R Aging): days only with a days unit or word.
      if (plain && unit !== 'days' && ['overdue', 'uberfallig', 'pastdue'].includes(head.word)) return not('amount');
      return take('daysLate', unit === 'days' || mod('days') ? 'high' : 'low');
    case 'reminders':
      return mod('cost', 'amount', 'rate', 'days', 'text') ? not('unrecognised') : take('reminders', plain ? 'high' : 'medium');
    case 'potential':
      return unit === 'money' || mod('revenue', 'amount') ? not('amount') : take('potential', plain || unit === 'score' ? 'high' : 'medium');
    case 'relationship':
      return take('relationship', 'high');
    case 'score':
      if (mod('client', 'relationship')) return take('relationship', 'medium');
      if (mod('potential')) return take('potential', 'medium');
      return not('unrecognised');
    case 'contract':
      if (mod('amount', 'revenue', 'cost', 'rate', 'text')) return not('amount');
      if (mod('hours', 'date', 'minutes', 'days')) return not('date');
      return take('contract', plain ? 'high' : 'medium');
    default:
      return not('unrecognised');
  }
}

/**
 * Reads one header. Pure; the same header always means the same. `readHeader` reads the words; the rules after
 * it add what a header says beyond one field: a role in days late, a billable subset, a kind of amount.
 */
export function interpretHeader(header: string): HeaderMeaning {
  const text = normaliseWords(header);
  const meaning = readHeader(header);
  const role = paymentRole(text);
  if (role === 'daysToPay' && (meaning.field === null || meaning.field === 'hours')) return { ...meaning, field: null, reason: 'derived', confidence: 'low', scale: 1, rank: 0, role };
  if (meaning.field === null) return withoutField(header, text, meaning, role);
  const clocked = CLOCK.test(header) ? { ...meaning, clock: true as const } : meaning;
  return clocked.field === 'hours' ? billing(text, clocked) : clocked;
}

/** A header that names no field: days late said in other words, an average of days late, a role, an amount. */
function withoutField(header: string, text: string, meaning: HeaderMeaning, role: HeaderMeaning['role']): HeaderMeaning {
  const field: HeaderMeaning = { ...meaning, reason: 'header', confidence: 'high', scale: 1, rank: 0 };
  if (LATE_PHRASE.test(text) && !/[€$£]/.test(header)) return { ...field, field: 'daysLate' };
  // "Days overdue (avg)", "Ø Tage Verzug": an average of days late is the field itself.
  const plain = header.replace(AVERAGE_WORDS, ' ');
  if (plain !== header && plain.trim() !== '' && readHeader(plain).field === 'daysLate') return { ...field, field: 'daysLate' };
  if (role) return { ...meaning, role };
  // A clock unit makes a lone billable word hours: `Abrechenbar (hh:mm)` is time, `Abrechenbar` a yes/no flag.
  const clock = CLOCK.test(header);
  const words = clock ? text.replace(/\(?\b(h|u|hh|uu) mm( ss)?\b\)?/g, ' ').replace(/\s+/g, ' ').trim() : text;
  const clocked = clock ? { clock: true as const } : {};
  if (DECLARABLE_ALONE.test(words) || (clock && BILLABLE.test(words) && !NOT_BILLABLE.test(words) && billableWordsOnly(words))) {
    return { ...field, ...clocked, field: 'hours', confidence: 'medium', subset: 'billable' };
  }
  if (NOT_BILLABLE.test(words) && billableWordsOnly(words)) return { ...field, ...clocked, field: 'unbilledHours', confidence: 'medium' };
  const amount = amountOf(header, text);
  return amount ? { ...meaning, amount } : meaning;
}

/** Hours that are only the billable ones (`subset: 'billable'`), or the ones not billed (`unbilledHours`). */
function billing(text: string, meaning: HeaderMeaning): HeaderMeaning {
  if (NOT_BILLABLE.test(text)) return { ...meaning, field: 'unbilledHours' };
  // Harvest's "Uninvoiced hours": billable hours not invoiced yet, neither all hours nor the unbilled ones.
  if (/\b(uninvoiced|niet gefactureerde?|nicht fakturierte?|unfakturierte?)\b/.test(text)) return { ...meaning, field: null, reason: 'derived', confidence: 'low', rank: 0 };
  if (BILLABLE.test(text)) return { ...meaning, subset: 'billable' };
  return meaning;
}

/** `h:mm`, `u:mm`, `hh:mm(:ss)`: hours written as a clock. */
const CLOCK = /\b(h|u|hh|uu)\s*:\s*mm\b/i;
const CLOCK_UNIT = /^(h|u|hh|uu) mm( ss)?$/;
const BILLABLE_WORD = '(billable|declarabele?|facturabele?|abrechenbare?n?|verrechenbare?n?|fakturierbare?n?|fakturierfahige?n?)';
const BILLABLE = new RegExp(`\\b${BILLABLE_WORD}\\b`);
/** "Non-billable", "Niet declarabel", "Nicht abrechenbare", "Unbilled", "Unbillable". */
const NOT_BILLABLE = new RegExp(`\\b((non|niet|nicht|not|kein[e]?|geen|un) ?${BILLABLE_WORD}|unbilled|unbillable|nonbillable|onbetaalde)\\b`);
/** `Declarabel` alone is the billable hours in Dutch hour overviews; `Billable` alone is Toggl's yes/no flag. */
const DECLARABLE_ALONE = /^(declarabel|declarabele|facturabel|facturabele)$/;
function billableWordsOnly(text: string): boolean {
  return text.split(' ').every((w) => /^(non|niet|nicht|not|geen|kein|keine|un|unbilled|unbillable|nonbillable)$/.test(w) || BILLABLE.test(w));
}

/** Days late in words the vocabulary does not take apart: "Dagen over termijn", "Abweichung in Tagen". */
const LATE_PHRASE = /\b(dagen|tage|tagen|days)\b.*\b(over|uber|past|beyond|nach) (de |het |dem |the )?(termijn|term|terms|frist|zahlungsziel|betalingstermijn|betaaltermijn)\b|\babweichung (in )?(tagen|tage)\b|\b(tage|days|dagen) (abweichung|deviation|afwijking)\b/;
const AVERAGE_WORDS = /(^|[\s(])(gem|gemiddelde?|avg|average|mean|durchschn|durchschnittliche?[rn]?|ø)\.?(?=$|[\s)])/gi;

/** Days from invoice to payment (`daysToPay`) or the agreed term (`paymentTerm`): the parts of days late. */
function paymentRole(text: string): HeaderMeaning['role'] {
  if (/\b(zahlungsdauer|betaalduur|betalingsduur|days to pay(?! late)|dagen tot betaling|tage bis zahlung)\b/.test(text)) return 'daysToPay';
  const term = /\b(betalingstermijn|betaaltermijn|zahlungsziel|zahlungsfrist|payment terms?|krediettermijn|credit terms)\b/.test(text);
  if (term && /\b(gem|gemiddelde?|avg|average|mean|durchschnittliche?[rn]?|ø|werkelijke?|actual|tatsachliche?)\b/.test(text)) return 'daysToPay';
  return term ? 'paymentTerm' : undefined;
}

/** Generic amount words (no field of their own) and words of money that is not revenue. */
const GENERIC_AMOUNT = new Set(['bedrag', 'bedragen', 'betrag', 'amount', 'summe', 'som', 'sum', 'total', 'totaal', 'totals', 'gesamt', 'insgesamt', 'gesamtsumme', 'endsumme', 'subtotal', 'subtotaal', 'zwischensumme', 'eindtotaal', 'grand', 'netto', 'net', 'nettobetrag', 'nettobedrag']);
const NOT_REVENUE = new Set(['open', 'openstaand', 'openstaande', 'saldo', 'balance', 'opos', 'op', 'offen', 'offene', 'offener', 'posten', 'outstanding', 'due', 'overdue', 'current', 'older', 'achterstallig', 'vervallen', 'uberfallig', 'fallig', 'restbedrag', 'restbetrag', 'remaining']);
/** Billable or billed, as a time tracker heads the amount its time is billed at. */
const BILLED = /^(billable|billed|invoiced|abrechenbar\w*|fakturiert\w*|declarabel\w*|gefactureerd\w*)$/;
const AMOUNT_FILLER = new Set(['eur', 'euro', 'usd', 'chf', 'gbp', 'in', 'de', 'het', 'der', 'die', 'das', 'the', 'van', 'von', 'of']);
/** Ageing buckets: `1-30 dagen`, `31 - 60`, `> 90 Tage`, `91 and over`, `< 1 Month`, `3 Months`, `Ouder dan 90 dagen`. */
const AGEING = /^(([<>]|over|ouder dan|alter als|older than|meer dan|mehr als|uber)\s*\d+|\d+\s*(-|–|to|tot|bis)\s*\d+|\d+\s*(\+|and over|en meer|und mehr|or more|plus))?\s*(dagen|days|tage|d|months?|maanden|maand|monate|monat)?$/;

const AGEING_SPAN = /^\d+\s*(dagen|days|tage|months?|maanden|monate)$/;
function amountOf(header: string, text: string): HeaderMeaning['amount'] {
  const bucket = header.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[()[\]]/g, ' ').replace(/\s+/g, ' ').trim();
  if (/\d/.test(bucket) && !/^(fy|gj|bj)?\s?(19|20)\d\d\b/.test(bucket) && (AGEING.test(bucket) || AGEING_SPAN.test(bucket))) return 'notRevenue';
  const raw = text.replace(/[()[\]]/g, ' ').replace(/\b(excl|incl|inkl|exkl|ex|exclusief|inclusief|zonder|ohne|mit|met|including|excluding)\s+(btw|vat|mwst|ust|tax|steuer)\b/g, ' ').trim();
  const words = raw.split(' ').flatMap((w) => splitCompound(w) ?? [w]).filter((w) => w !== '' && !AMOUNT_FILLER.has(w) && !/^\d{4}$/.test(w));
  if (words.length === 0) return undefined;
  // "Billable Amount" (Harvest), "Abrechenbarer Betrag": the amount the time is billed at is an amount like any other.
  if (words.length > 1 && words.some((w) => BILLED.test(w)) && words.every((w) => BILLED.test(w) || GENERIC_AMOUNT.has(w))) return 'generic';
  if (words.some((w) => NOT_REVENUE.has(w)) && words.every((w) => NOT_REVENUE.has(w) || GENERIC_AMOUNT.has(w))) return 'notRevenue';
  return words.every((w) => GENERIC_AMOUNT.has(w)) ? 'generic' : undefined;
}

/** Who made the visits is not what they are: "Sales rep visits", "Vertegenwoordigersbezoeken", "Bezoeken vertegenwoordiger". */
const VISITORS = new Set(['rep', 'reps', 'sales', 'vertegenwoordiger', 'vertegenwoordigers', 'accountmanager', 'buitendienst', 'aussendienst', 'field', 'medewerker', 'mitarbeiter', 'verkoper', 'verkaufer', 'vertreter', 'adviseur', 'berater']);
function byWhom(parts: Part[]): void {
  if (!parts.some((p) => p.concept === 'visits')) return;
  for (const part of parts) if (VISITORS.has(part.word)) part.concept = 'stop';
}

/** Identifier words that number a client when the header names the client or nothing else ("Klantnummer", "Code"). */
const CLIENT_NUMBER_WORDS = new Set(['nummer', 'nr', 'no', 'number', 'id', 'code', 'kdnr', 'debnr', 'konto', 'kontonummer']);
/**
 * A header that only says it numbers something (`Nummer`, `Kd.-Nr.`, `Code`, `Konto`): beside a name and over
 * codes, the table reader takes it as the client's number.
 */
export function isBareNumberHeader(header: string): boolean {
  return /^\W*(nummer|nr|no|number|code|id|kd|kunden?|klant|debiteur|debitor|konto)\W*(nummer|nr|no|number|code|id)?\W*$/i.test(header);
}

/** Alone, these name the client's number; `Nummer`, `Nr` and `ID` alone may number rows or anything. */
const CLIENT_NUMBER_ALONE = new Set(['code', 'konto', 'kontonummer', 'kdnr', 'debnr']);
function namesClient(raw: string, head: Part, modifiers: readonly Part[]): boolean {
  if (!CLIENT_NUMBER_WORDS.has(head.word)) return false;
  // Xero's invoice import `AccountCode` is the sales ledger account of the line, not the contact's code.
  if (/^\*?AccountCode$/.test(raw)) return false;
  if (modifiers.length === 0) return CLIENT_NUMBER_ALONE.has(head.word);
  return modifiers.every((p) => p.concept === 'client' || p.word === 'contact');
}

/** `Contact`, `Contact name`, `ContactName` (Moneybird, Xero): the organisation billed; not `Contactpersoon`. */
function contactAsName(head: Part, modifiers: readonly Part[]): boolean {
  if (head.word === 'contact') return modifiers.length === 0;
  return head.concept === 'name' && modifiers.length === 1 && modifiers[0]!.word === 'contact';
}

/** Dutch and German heads that come first: "Kosten materiaal", "Dagen te laat", "Umsatz Vorjahr". */
const NOUN_FIRST = new Set(['bezoeken', 'besuche', 'lieferungen', 'leveringen', 'omzet', 'umsatz', 'erlos', 'erlose', 'opbrengst', 'kosten', 'bedrag', 'betrag', 'dagen', 'tage', 'uren', 'stunden', 'tijd', 'zeit', 'revenue', 'turnover']);
/** Words for the due date, after which days count as late ("Dagen over vervaldatum", "Days past due"). */
const DUE_WORDS = new Set(['vervaldatum', 'vervaldag', 'due', 'pastdue', 'falligkeit', 'faelligkeit']);
/** Words for time in general: only on their own, or with a word for work, do they mean hours worked. */
const GENERIC_TIME = new Set(['tijd', 'time', 'zeit', 'duur', 'dauer', 'duration']);
/** Heads that stay heads even after a noun-first word: "Omzet groep", "Umsatz Anteil", "Uren tarief". */
const BLOCKING_HEADS = new Set<Concept>(['identifier', 'date', 'rate', 'derived', 'text', 'address', 'contact', 'tax', 'amount', 'potential']);

const NL_HINTS = /^(klant|omzet|uren|uur|tijd|bezoek|bestelling|factu|korting|dagen|aanmaning|herinnering|kosten|inkoop|materiaal|aantal|gemiddeld|relatie|debiteur|opdracht|telefoon|gesprek|btw|franco|levering|vorig|potentie|bedrijf|naam|correctie|revisie|rondes)/;
const DE_HINTS = /^(kunde|umsatz|stunden|zeit|besuch|bestellung|auftr|rechnung|rabatt|tage|mahnung|kosten|einkauf|material|anzahl|durchschnitt|beziehung|debitor|anruf|telefonat|ust|mwst|vorjahr|potenzial|firma|firmen|unternehmen|korrektur|erlos|aufwand|ware)/;
const EN_HINTS = /^(client|customer|revenue|sales|hours|time|visit|order|invoice|discount|days|reminder|cost|purchase|material|number|average|relationship|account|call|email|tax|vat|previous|prior|potential|company|name|correction|revision|rounds|turnover|shipment)/;

function languageOf(parts: readonly Part[]): 'nl' | 'de' | 'en' | null {
  let nl = 0;
  let de = 0;
  let en = 0;
  for (const { word } of parts) {
    if (word === 'kosten' || word === 'material') continue; // Dutch and German alike
    if (NL_HINTS.test(word)) nl++;
    if (DE_HINTS.test(word)) de++;
    if (EN_HINTS.test(word)) en++;
  }
  const best = Math.max(nl, de, en);
  if (best === 0) return null;
  return nl === best && de < best && en < best ? 'nl' : de === best && nl < best && en < best ? 'de' : en === best && nl < best && de < best ? 'en' : null;
}

/** The vocabulary words that name each field on their own, for the README's list of recognised headers. */
export function fieldVocabulary(): Record<Field, string[]> {
  const out = {} as Record<Field, string[]>;
  for (const word of WORD_CONCEPT.keys()) {
    const meaning = interpretHeader(word);
    if (meaning.field && meaning.confidence === 'high') (out[meaning.field] ??= []).push(word);
  }
  return out;
}

/** A period column label: a part of a year (month, quarter, half), a whole year, or the total of the periods. */
export type Period = { kind: 'part' | 'year' | 'total'; year: number | null; order: number };

const MONTHS: readonly (readonly string[])[] = [
  ['jan', 'januari', 'januar', 'january', 'janv'], ['feb', 'februari', 'februar', 'february', 'febr'],
  ['mrt', 'mar', 'maart', 'marz', 'maerz', 'march', 'mrz'], ['apr', 'april'], ['mei', 'mai', 'may'],
  ['jun', 'juni', 'june'], ['jul', 'juli', 'july'], ['aug', 'augustus', 'august'],
  ['sep', 'sept', 'september'], ['okt', 'oct', 'oktober', 'october'], ['nov', 'november'], ['dec', 'dez', 'december', 'dezember'],
];
const MONTH_OF = new Map<string, number>(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as [string, number])));
const MONTH_WORD = `(${[...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|')})`;
const Y = '((?:19|20)\\d{2})';
const PERIOD_TOTALS = /^(totaal|total|totals|gesamt|insgesamt|summe|som|sum|eindtotaal|grand total|gesamtergebnis|gesamtsumme|endsumme|totaal generaal)$/;

/**
 * The period a column label names, or null: quarters (`Q1 2025`, `K1 2025`, `Kw1 2025`, `1e kwartaal 2025`,
 * `Q1`), months (`Jan 2025`, `januari 2025`, `Jan.`, `März 2025`, `2025-01`, `01/2025`), halves (`H1 2025`),
 * ranges (`Jan - Dec 2025` is the year; `01-01-2025 - 30-06-2025` a part), years (`2025`, `FY2025`,
 * `Geschäftsjahr 2025`, `2024/25`: a split fiscal year is its start year) and totals (`Totaal`, `Totaal 2025`).
 * `order` sorts them in time: year × 100 + the first month of a part (1–12), a year at year × 100 + 50, a
 * total after everything (its year × 100 + 99, or 999 999 without one). Parts without a year sort by month alone.
 */
export function periodOfHeader(header: string): Period | null {
  const text = header.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ß/g, 'ss').replace(/[()[\]]/g, ' ').replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  const total = /^(.*?)\s*((?:19|20)\d{2})?$/.exec(text)!;
  if (PERIOD_TOTALS.test(total[1]!.replace(/[.:]$/, ''))) {
    const year = total[2] ? Number(total[2]) : null;
    return { kind: 'total', year, order: year === null ? 999_999 : year * 100 + 99 };
  }
  return rangeOf(text) ?? yearOf(text) ?? partOf(text);
}

function part(year: number | null, month: number): Period {
  return { kind: 'part', year, order: (year ?? 0) * 100 + month };
}

function yearOf(text: string): Period | null {
  const match = new RegExp(`^(?:(?:fy|gj|bj|boekjaar|geschaftsjahr|wirtschaftsjahr|fiscal year|financial year|jaar|jahr|year|kalenderjaar|kalenderjahr)\\s?)?${Y}(?:\\s?[/-]\\s?(\\d{2}|\\d{4}))?$`).exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  // "2025-01", "2025/1": a month; "2024/25", "2024-2025": a fiscal year, named by its start year.
  const next = match[2];
  if (next !== undefined) {
    const later = next.length === 2 ? Math.floor(year / 100) * 100 + Number(next) : Number(next);
    if (later !== year + 1) return next.length === 2 && Number(next) >= 1 && Number(next) <= 12 ? part(year, Number(next)) : null;
  }
  return { kind: 'year', year, order: year * 100 + 50 };
}

function partOf(text: string): Period | null {
  const yearAt = new RegExp(`(?:^|\\s|')${Y}$|'(\\d{2})$`).exec(text);
  const year = yearAt ? (yearAt[1] ? Number(yearAt[1]) : 2000 + Number(yearAt[2])) : null;
  const rest = (yearAt ? text.slice(0, yearAt.index) : text).replace(/[.,]/g, ' ').trim();
  let m: RegExpExecArray | null;
  if ((m = /^(?:q|k|kw|qtr|quarter|kwartaal|quartal)\s?([1-4])$|^([1-4])\s?(?:e|de|ste|st|nd|rd|th)?\s?(?:kwartaal|quartal|quarter|qtr|kw)$/.exec(rest))) return part(year, (Number(m[1] ?? m[2]) - 1) * 3 + 1);
  if ((m = /^(?:h|hj)\s?([12])$|^([12])\s?(?:e|ste|st|nd)?\s?(?:halfjaar|halbjahr|half|half year)$/.exec(rest))) return part(year, Number(m[1] ?? m[2]) === 1 ? 1 : 7);
  if ((m = new RegExp(`^${MONTH_WORD}$`).exec(rest))) return part(year, MONTH_OF.get(m[1]!)!);
  // "01/2025", "1-2025", "2025-01", "2025/01".
  if ((m = new RegExp(`^(\\d{1,2})\\s?[/.-]\\s?${Y}$|^${Y}\\s?[/.-]\\s?(\\d{1,2})$`).exec(text))) {
    const month = Number(m[1] ?? m[4]);
    if (month >= 1 && month <= 12) return part(Number(m[2] ?? m[3]), month);
  }
  return null;
}

/** "Jan - Dec 2025" (the whole year), "Jan - Jun 2025", "01-01-2025 - 31-12-2025": from their first month. */
function rangeOf(text: string): Period | null {
  let m = new RegExp(`^${MONTH_WORD}\\.?(?:\\s${Y})?\\s?(?:-|–|t/m|tm|tot|bis|to|through)\\s?${MONTH_WORD}\\.?\\s${Y}$`).exec(text);
  let from: number; let to: number; let year: number;
  if (m) {
    [from, to, year] = [MONTH_OF.get(m[1]!)!, MONTH_OF.get(m[3]!)!, Number(m[4])];
    if (m[2] && Number(m[2]) !== year) return null;
  } else {
    m = new RegExp(`^(\\d{1,2})[-./](\\d{1,2})[-./]${Y}\\s?(?:-|–|t/m|tot|bis|to)\\s?(\\d{1,2})[-./](\\d{1,2})[-./]${Y}$`).exec(text);
    if (!m || m[3] !== m[6]) return null;
    [from, to, year] = [Number(m[2]), Number(m[5]), Number(m[3])];
    if (Number(m[1]) !== 1) return null;
  }
  if (from < 1 || to > 12 || from > to) return null;
  return from === 1 && to === 12 ? { kind: 'year', year, order: year * 100 + 50 } : part(year, from);
}

/**
 * Whether a line above the header (a report's title) says the figures are revenue per client: "Omzet per
 * relatie 2025", "Sales by Customer Summary", "Umsatz nach Kunden", "Omzetoverzicht debiteuren". A report of open
 * items, balances, ageing or time says no, as does a company name or a date.
 */
export function contextSaysRevenue(line: string): boolean {
  const text = normaliseWords(line);
  const revenue = /(omzet|umsatz|erlos|revenue|sales|income|verkopen|verkoop|turnover|opbrengst|fakturiert|gefactureerd|facturatie)/.test(text);
  const perClient = /(klant|contact|relatie|debiteur|kunde|customer|client|debitor|afnemer|mandant|account)/.test(text);
  const other = /(belasting|steuer|tax|btw|saldi|saldo|balance|openstaand|offene|aged|ageing|aging|outstanding|kosten|costs|expense)/.test(text);
  return revenue && perClient && !other;
}
