/**
 * The conversation sheet's words (docs/DEFINITIONS.md §8), in Dutch, English and German. The client version's words
 * are neutral: none names the advice, the ABC class, the pyramid tier or letting go, so a page handed to the client
 * says what the work together costs and what could change, not how the firm ranks it.
 */
import type { Catalogue } from '../i18n.js';
import type { ProfileMeasure, RepairGains } from '../types.js';

export type PageTextId =
  | 'sheetPrefix' | 'titleInternal' | 'titleClient' | 'subtitle' | 'keyFigures' | 'revenue' | 'time' | 'hourlyReturn' | 'netProfit'
  | 'notAvailable' | 'internal' | 'advice' | 'abcClass' | 'tier' | 'letGoEffect' | 'letGoNotOffered'
  | 'costsInternal' | 'costsClient' | 'line' | 'amount' | 'directCosts' | 'labourCost' | 'visitCost' | 'orderCost' | 'invoiceCost'
  | 'shippingCost' | 'interestCost' | 'changesInternal' | 'changesClient' | 'change' | 'perYear' | 'together' | 'repairedProfit'
  | 'noChanges' | 'compareInternal' | 'compareClient' | 'measure' | 'thisClientInternal' | 'thisClientClient' | 'medianInternal'
  | 'medianClient' | 'noProfile' | 'noDifference' | 'yes' | 'no' | 'agreements' | 'agreement' | 'who' | 'when' | 'chartTitle'
  | 'chartData' | 'chartBase' | 'chartUp' | 'chartBaseBelow' | 'chartDown' | 'footer';

export const PAGE_TEXTS: Catalogue<PageTextId> = {
  nl: {
    sheetPrefix: 'Gesprek', titleInternal: 'Gesprek met {client}', titleClient: '{client}: onze samenwerking in cijfers',
    subtitle: 'Gespreksblad, gemaakt met Klantwaarde op {date}. Periode: 12 maanden tot en met {period}. Bedragen per jaar, in euro.',
    keyFigures: 'In het kort', revenue: 'Omzet', time: 'Tijd (uren)', hourlyReturn: 'Opbrengst per uur (vóór arbeid)', netProfit: 'Nettowinst',
    notAvailable: 'n.v.t.', internal: 'Intern', advice: 'Advies', abcClass: 'ABC-klasse', tier: 'Klantenpiramide',
    letGoEffect: 'Effect van laten gaan', letGoNotOffered: 'niet aangeboden',
    costsInternal: 'Waar het geld heen gaat', costsClient: 'Wat de samenwerking kost', line: 'Post', amount: 'Bedrag',
    directCosts: 'Directe kosten', labourCost: 'Arbeid', visitCost: 'Bezoeken', orderCost: 'Orderverwerking', invoiceCost: 'Facturen',
    shippingCost: 'Franco leveringen', interestCost: 'Rente over laat betalen',
    changesInternal: 'Wat er kan veranderen', changesClient: 'Wat we samen kunnen veranderen', change: 'Verandering', perYear: 'Per jaar',
    together: 'Samen', repairedProfit: 'Nettowinst na deze veranderingen', noChanges: 'Geen van de veranderingen levert hier iets op.',
    compareInternal: 'Naast de mediane A-klant', compareClient: 'Ter vergelijking: onze kernklanten',
    measure: 'Maatstaf', thisClientInternal: 'Deze klant', thisClientClient: 'U', medianInternal: 'Mediane A-klant', medianClient: 'Kernklanten (mediaan)',
    noProfile: 'Geen vergelijking: er zijn minder dan 3 klanten om mee te vergelijken.', noDifference: 'Op de gemeten punten is er geen verschil te tonen.',
    yes: 'ja', no: 'nee', agreements: 'Wat we afspreken', agreement: 'Afspraak', who: 'Wie', when: 'Wanneer',
    chartTitle: 'Van omzet naar nettowinst', chartData: 'Gegevens van de grafiek (niet afgedrukt)', chartBase: 'basis', chartUp: 'bedrag',
    chartBaseBelow: 'basis onder nul', chartDown: 'bedrag onder nul', footer: 'Gemaakt op {date}',
  },
  en: {
    sheetPrefix: 'Conversation', titleInternal: 'Conversation with {client}', titleClient: '{client}: our work together in figures',
    subtitle: 'Conversation sheet, made with Klantwaarde on {date}. Period: 12 months up to {period}. Amounts per year, in euros.',
    keyFigures: 'At a glance', revenue: 'Revenue', time: 'Time (hours)', hourlyReturn: 'Return per hour (before labour)', netProfit: 'Net profit',
    notAvailable: 'n/a', internal: 'Internal', advice: 'Advice', abcClass: 'ABC class', tier: 'Client pyramid',
    letGoEffect: 'Effect of letting go', letGoNotOffered: 'not offered',
    costsInternal: 'Where the money goes', costsClient: 'What our work together costs', line: 'Item', amount: 'Amount',
    directCosts: 'Direct costs', labourCost: 'Labour', visitCost: 'Visits', orderCost: 'Order handling', invoiceCost: 'Invoices',
    shippingCost: 'Free shipments', interestCost: 'Interest on late payment',
    changesInternal: 'What could change', changesClient: 'What we can change together', change: 'Change', perYear: 'Per year',
    together: 'Together', repairedProfit: 'Net profit after these changes', noChanges: 'None of the changes gains anything here.',
    compareInternal: 'Beside the median A client', compareClient: 'For comparison: our core clients',
    measure: 'Measure', thisClientInternal: 'This client', thisClientClient: 'You', medianInternal: 'Median A client', medianClient: 'Core clients (median)',
    noProfile: 'No comparison: there are fewer than 3 clients to compare with.', noDifference: 'There is no difference to show on the measured points.',
    yes: 'yes', no: 'no', agreements: 'What we agree', agreement: 'Agreement', who: 'Who', when: 'By when',
    chartTitle: 'From revenue to net profit', chartData: 'Data of the chart (not printed)', chartBase: 'base', chartUp: 'amount',
    chartBaseBelow: 'base below zero', chartDown: 'amount below zero', footer: 'Made on {date}',
  },
  de: {
    sheetPrefix: 'Gespräch', titleInternal: 'Gespräch mit {client}', titleClient: '{client}: unsere Zusammenarbeit in Zahlen',
    subtitle: 'Gesprächsblatt, erstellt mit Klantwaarde am {date}. Zeitraum: 12 Monate bis {period}. Beträge pro Jahr, in Euro.',
    keyFigures: 'Auf einen Blick', revenue: 'Umsatz', time: 'Zeit (Stunden)', hourlyReturn: 'Ertrag pro Stunde (vor Arbeit)', netProfit: 'Nettogewinn',
    notAvailable: 'k. A.', internal: 'Intern', advice: 'Empfehlung', abcClass: 'ABC-Klasse', tier: 'Kundenpyramide',
    letGoEffect: 'Effekt des Gehenlassens', letGoNotOffered: 'nicht angeboten',
    costsInternal: 'Wohin das Geld geht', costsClient: 'Was die Zusammenarbeit kostet', line: 'Posten', amount: 'Betrag',
    directCosts: 'Direkte Kosten', labourCost: 'Arbeit', visitCost: 'Besuche', orderCost: 'Auftragsbearbeitung', invoiceCost: 'Rechnungen',
    shippingCost: 'Frachtfreie Lieferungen', interestCost: 'Zinsen für spätes Zahlen',
    changesInternal: 'Was sich ändern kann', changesClient: 'Was wir gemeinsam ändern können', change: 'Änderung', perYear: 'Pro Jahr',
    together: 'Zusammen', repairedProfit: 'Nettogewinn nach diesen Änderungen', noChanges: 'Keine der Änderungen bringt hier etwas.',
    compareInternal: 'Neben dem mittleren A-Kunden', compareClient: 'Zum Vergleich: unsere Stammkunden',
    measure: 'Maßstab', thisClientInternal: 'Dieser Kunde', thisClientClient: 'Sie', medianInternal: 'Mittlerer A-Kunde', medianClient: 'Stammkunden (Median)',
    noProfile: 'Kein Vergleich: es gibt weniger als 3 Kunden zum Vergleichen.', noDifference: 'In den gemessenen Punkten ist kein Unterschied zu zeigen.',
    yes: 'ja', no: 'nein', agreements: 'Was wir vereinbaren', agreement: 'Vereinbarung', who: 'Wer', when: 'Bis wann',
    chartTitle: 'Vom Umsatz zum Nettogewinn', chartData: 'Daten der Grafik (nicht gedruckt)', chartBase: 'Basis', chartUp: 'Betrag',
    chartBaseBelow: 'Basis unter null', chartDown: 'Betrag unter null', footer: 'Erstellt am {date}',
  },
};

/** Each repair gain's concrete change, in the client's terms (docs/DEFINITIONS.md §8); `{…}` from the analysis. */
export type LeverTextId = keyof RepairGains | 'discountNone';
export const LEVER_TEXTS: Catalogue<LeverTextId> = {
  nl: {
    visits: '{max} bezoeken per jaar in plaats van {visits}',
    orders: 'bestellen vanaf {minimum} per order (nu {orders} orders)',
    discount: 'korting terug naar {tier} (staffel vanaf {from}; nu {current})',
    discountNone: 'geen korting meer (onder de eerste staffel; nu {current})',
    invoicing: 'factuurkosten doorberekenen ({invoices} facturen)',
    shipping: 'verzendkosten doorberekenen ({shipments} franco leveringen)',
    interest: 'betalen binnen de termijn (nu {days} dagen na de vervaldatum)',
  },
  en: {
    visits: '{max} visits a year instead of {visits}',
    orders: 'ordering from {minimum} per order (now {orders} orders)',
    discount: 'discount back to {tier} (the rate from {from}; now {current})',
    discountNone: 'no more discount (below the first rate; now {current})',
    invoicing: 'charging invoicing on ({invoices} invoices)',
    shipping: 'charging shipping on ({shipments} free shipments)',
    interest: 'paying within the term (now {days} days after the due date)',
  },
  de: {
    visits: '{max} Besuche pro Jahr statt {visits}',
    orders: 'Bestellungen ab {minimum} pro Auftrag (jetzt {orders} Aufträge)',
    discount: 'Rabatt zurück auf {tier} (Staffel ab {from}; jetzt {current})',
    discountNone: 'kein Rabatt mehr (unter der ersten Staffel; jetzt {current})',
    invoicing: 'Rechnungskosten weiterberechnen ({invoices} Rechnungen)',
    shipping: 'Versandkosten weiterberechnen ({shipments} frachtfreie Lieferungen)',
    interest: 'innerhalb der Frist zahlen (jetzt {days} Tage nach Fälligkeit)',
  },
};

/** The profile's measures as the comparison and the report's profile section name them. */
export const PROFILE_MEASURE_LABELS: Catalogue<ProfileMeasure> = {
  nl: {
    revenue: 'Omzet', revenuePerOrder: 'Omzet per order', timePer1000: 'Uren per € 1.000 omzet', visitsPer10000: 'Bezoeken per € 10.000 omzet',
    contactsPer1000: 'Telefoontjes en e-mails per € 1.000 omzet', daysLate: 'Dagen na de vervaldatum', discountPct: 'Korting',
    unbilledShare: 'Deel niet-gefactureerde uren', contractShare: 'Met contract',
  },
  en: {
    revenue: 'Revenue', revenuePerOrder: 'Revenue per order', timePer1000: 'Hours per €1,000 of revenue', visitsPer10000: 'Visits per €10,000 of revenue',
    contactsPer1000: 'Calls and e-mails per €1,000 of revenue', daysLate: 'Days after the due date', discountPct: 'Discount',
    unbilledShare: 'Share of unbilled hours', contractShare: 'With a contract',
  },
  de: {
    revenue: 'Umsatz', revenuePerOrder: 'Umsatz pro Auftrag', timePer1000: 'Stunden pro 1.000 € Umsatz', visitsPer10000: 'Besuche pro 10.000 € Umsatz',
    contactsPer1000: 'Anrufe und E-Mails pro 1.000 € Umsatz', daysLate: 'Tage nach Fälligkeit', discountPct: 'Rabatt',
    unbilledShare: 'Anteil nicht abgerechneter Stunden', contractShare: 'Mit Vertrag',
  },
};
