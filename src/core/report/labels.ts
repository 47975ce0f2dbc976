/**
 * Every text of the analysis sheet, in Dutch, English and German. `Catalogue` tables: a missing translation
 * fails the type check.
 */
import type { Catalogue } from '../i18n.js';
import { SETTINGS } from '../settings-registry.js';
import type { AbcMeasure, Country, Language } from '../types.js';

export type ReportLabelId =
  | 'sheetName' | 'title' | 'generated'
  | 'clientNumber' | 'summary' | 'pyramid' | 'costBenefit' | 'inThousands' | 'thousandsShort' | 'clients' | 'whale' | 'problems'
  | 'period' | 'periodValue' | 'clientCount' | 'revenue' | 'netProfit' | 'time' | 'hourlyReturn' | 'problemRows'
  | 'settings' | 'setting' | 'value' | 'source' | 'notes' | 'notSet' | 'portfolioMargin' | 'replacementHourlyReturn'
  | 'tier' | 'clientsCount' | 'revenueShare' | 'typicalShare' | 'profitShare' | 'margin'
  | 'legendProfit' | 'legendThin' | 'legendLoss' | 'bandTitle' | 'bandFigures' | 'smallTierClaim'
  | 'perClass' | 'perTier' | 'class' | 'total'
  | 'directCosts' | 'labourCost' | 'visitCost' | 'orderCost' | 'invoiceCost' | 'shippingCost' | 'interestCost'
  | 'costToServe' | 'contribution'
  | 'letGoC' | 'repairC' | 'scenarioNet' | 'scenarioNotOffered' | 'scenarioLine' | 'amount'
  | 'client' | 'row' | 'abcClass' | 'opportunityCost' | 'discountLeak' | 'trend' | 'signals' | 'repairGain'
  | 'repairedProfit' | 'replacement' | 'referralLoss' | 'letGoEffect' | 'advice' | 'adviceText'
  | 'legendA' | 'legendB' | 'legendC' | 'legend'
  | 'clientShare' | 'profitShareCumulative' | 'cumulativeProfit' | 'whalePeak' | 'whaleTop20' | 'whaleMoney'
  | 'chartTitle' | 'column' | 'found' | 'message' | 'severity' | 'error' | 'warning' | 'notAClient' | 'noProblems'
  | 'driverFormat' | 'computedPoints' | 'driverColumn'
  | 'oneClient' | 'manyClients' | 'notAvailable'
  | 'columns' | 'field' | 'columnUsed' | 'how' | 'notUsed' | 'noColumn' | 'minutesToHours'
  | 'groupCosts' | 'groupProfit' | 'groupAdvice' | 'printPeriod' | 'printMade' | 'printPage';

export const REPORT_LABELS: Catalogue<ReportLabelId> = {
  nl: {
    sheetName: 'Klantanalyse', title: 'Klantanalyse', generated: 'Gemaakt met Klantwaarde op {date}. Bedragen per jaar, in euro.',
    summary: 'Samenvatting', pyramid: 'Klantenpiramide', costBenefit: 'Kosten-batenanalyse', inThousands: 'bedragen × € 1.000', thousandsShort: '× € 1.000', clients: 'Per klant',
    whale: 'Walviscurve', problems: 'Problemen',
    period: 'Periode', periodValue: '12 maanden tot en met {date}', clientCount: 'Aantal klanten', revenue: 'Omzet',
    netProfit: 'Nettowinst', time: 'Tijd (uren)', hourlyReturn: 'Uurrendement', problemRows: 'Invoerrijen met problemen',
    settings: 'Gebruikte instellingen', setting: 'Instelling', value: 'Waarde', source: 'Bron', notes: 'Let op',
    notSet: 'niet ingesteld', portfolioMargin: 'Marge van de portefeuille', replacementHourlyReturn: 'Uurrendement van vervangend werk',
    tier: 'Laag', clientsCount: 'Klanten', revenueShare: 'Aandeel omzet', typicalShare: 'Gebruikelijk (Curry)',
    profitShare: 'Aandeel winst', margin: 'Marge',
    legendProfit: 'winstgevend', legendThin: 'dunne marge (< 5 %)', legendLoss: 'verlieslatend',
    bandTitle: '{tier}: {clients}', bandFigures: 'omzet {revenue} · winst {profit}',
    smallTierClaim: 'De laag Klein brengt {revenue} van de omzet en {profit} van de winst (Curry: ± 20 % van de omzet, vaak verlieslatend).',
    perClass: 'Per ABC-klasse', perTier: 'Per piramidelaag', class: 'Klasse', total: 'Totaal',
    directCosts: 'Directe kosten', labourCost: 'Arbeid', visitCost: 'Bezoeken', orderCost: 'Orders', invoiceCost: 'Facturen',
    shippingCost: 'Verzending', interestCost: 'Rente laat betalen', costToServe: 'Kosten klantbediening', contribution: 'Bijdrage',
    letGoC: 'C-klanten laten gaan ({clients})', repairC: 'C-klanten repareren ({clients})', scenarioNet: 'Netto effect per jaar',
    scenarioNotOffered: 'niet aangeboden', scenarioLine: 'Post', amount: 'Effect per jaar',
    client: 'Klant', clientNumber: 'Klantnummer', row: 'Rij', abcClass: 'Klasse', opportunityCost: 'Alternatieve kosten', discountLeak: 'Kortingslek',
    trend: 'Trend', signals: 'Signalen', repairGain: 'Reparatiewinst', repairedProfit: 'Winst na reparatie',
    replacement: 'Vervangend werk', referralLoss: 'Gemiste doorverwijzing', letGoEffect: 'Effect laten gaan',
    advice: 'Advies', adviceText: 'Toelichting',
    legendA: 'A-klant', legendB: 'B-klant', legendC: 'C-klant', legend: 'Kleuren:',
    clientShare: 'Aandeel klanten', profitShareCumulative: 'Aandeel winst (cumulatief)', cumulativeProfit: 'Winst (cumulatief)',
    whalePeak: 'Top van de curve: de beste {clients} van de klanten leveren {profit} van de winst.',
    whaleTop20: 'De beste 20 % van de klanten leveren {share} van de winst (Kaplan & Cooper: doorgaans 150–300 %).',
    whaleMoney: 'De totale winst is niet positief: de curve staat in euro’s in plaats van procenten.',
    chartTitle: 'Walviscurve: cumulatieve winst per aandeel klanten', column: 'Kolom', found: 'Gevonden', message: 'Melding',
    severity: 'Gevolg', error: 'rij niet meegeteld', warning: 'meegeteld', notAClient: 'niet meegeteld (geen klant)', noProblems: 'Geen problemen gevonden.',
    driverFormat: '{name}: {cost} per eenheid', driverColumn: 'kostendrijver: {cost} per eenheid', computedPoints: 'Berekende grenzen: A tot {a} van de klanten, B tot {c}',
    oneClient: '1 klant', manyClients: '{n} klanten', notAvailable: 'n.v.t.',
    columns: 'Kolommen', field: 'Gegeven', columnUsed: 'Kolom', how: 'Hoe', notUsed: 'Niet gebruikt', noColumn: 'geen kolom',
    groupCosts: 'Omzet en kosten', groupProfit: 'Winst en rendement', groupAdvice: 'Repareren of laten gaan',
    printPeriod: 'periode tot en met {date}', printMade: 'gemaakt op {date}', printPage: 'pagina {page}',
    minutesToHours: 'minuten, omgerekend naar uren',
  },
  en: {
    sheetName: 'Client analysis', title: 'Client analysis', generated: 'Made with Klantwaarde on {date}. Amounts per year, in euros.',
    summary: 'Summary', pyramid: 'Client pyramid', costBenefit: 'Cost-benefit analysis', inThousands: 'amounts × €1,000', thousandsShort: '× €1,000', clients: 'Per client',
    whale: 'Whale curve', problems: 'Problems',
    period: 'Period', periodValue: '12 months up to {date}', clientCount: 'Number of clients', revenue: 'Revenue',
    netProfit: 'Net profit', time: 'Time (hours)', hourlyReturn: 'Hourly return', problemRows: 'Input rows with problems',
    settings: 'Settings used', setting: 'Setting', value: 'Value', source: 'Source', notes: 'Please note',
    notSet: 'not set', portfolioMargin: 'Portfolio margin', replacementHourlyReturn: 'Hourly return of replacement work',
    tier: 'Tier', clientsCount: 'Clients', revenueShare: 'Revenue share', typicalShare: 'Typical (Curry)',
    profitShare: 'Profit share', margin: 'Margin',
    legendProfit: 'profitable', legendThin: 'thin margin (< 5%)', legendLoss: 'loss-making',
    bandTitle: '{tier}: {clients}', bandFigures: 'revenue {revenue} · profit {profit}',
    smallTierClaim: 'The Small tier brings {revenue} of revenue and {profit} of profit (Curry: about 20% of revenue, often loss-making).',
    perClass: 'Per ABC class', perTier: 'Per pyramid tier', class: 'Class', total: 'Total',
    directCosts: 'Direct costs', labourCost: 'Labour', visitCost: 'Visits', orderCost: 'Orders', invoiceCost: 'Invoices',
    shippingCost: 'Shipping', interestCost: 'Late-payment interest', costToServe: 'Cost to serve', contribution: 'Contribution',
    letGoC: 'Let C clients go ({clients})', repairC: 'Repair C clients ({clients})', scenarioNet: 'Net effect per year',
    scenarioNotOffered: 'not offered', scenarioLine: 'Item', amount: 'Effect per year',
    client: 'Client', clientNumber: 'Client number', row: 'Row', abcClass: 'Class', opportunityCost: 'Opportunity cost', discountLeak: 'Discount leak',
    trend: 'Trend', signals: 'Signals', repairGain: 'Repair gain', repairedProfit: 'Profit after repair',
    replacement: 'Replacement work', referralLoss: 'Lost referrals', letGoEffect: 'Let-go effect',
    advice: 'Advice', adviceText: 'Explanation',
    legendA: 'A client', legendB: 'B client', legendC: 'C client', legend: 'Colours:',
    clientShare: 'Share of clients', profitShareCumulative: 'Share of profit (cumulative)', cumulativeProfit: 'Profit (cumulative)',
    whalePeak: 'Peak of the curve: the best {clients} of clients earn {profit} of the profit.',
    whaleTop20: 'The best 20% of clients earn {share} of the profit (Kaplan & Cooper: typically 150–300%).',
    whaleMoney: 'Total profit is not positive: the curve is in euros instead of percentages.',
    chartTitle: 'Whale curve: cumulative profit by share of clients', column: 'Column', found: 'Found', message: 'Message',
    severity: 'Consequence', error: 'row left out', warning: 'row kept', notAClient: 'not counted (not a client)', noProblems: 'No problems found.',
    driverFormat: '{name}: {cost} per unit', driverColumn: 'cost driver: {cost} per unit', computedPoints: 'Computed limits: A up to {a} of clients, B up to {c}',
    oneClient: '1 client', manyClients: '{n} clients', notAvailable: 'n/a',
    columns: 'Columns', field: 'Field', columnUsed: 'Column', how: 'How', notUsed: 'Not used', noColumn: 'no column',
    groupCosts: 'Revenue and costs', groupProfit: 'Profit and return', groupAdvice: 'Repair or let go',
    printPeriod: 'period up to {date}', printMade: 'made on {date}', printPage: 'page {page}',
    minutesToHours: 'minutes, converted to hours',
  },
  de: {
    sheetName: 'Kundenanalyse', title: 'Kundenanalyse', generated: 'Erstellt mit Klantwaarde am {date}. Beträge pro Jahr, in Euro.',
    summary: 'Zusammenfassung', pyramid: 'Kundenpyramide', costBenefit: 'Kosten-Nutzen-Analyse', inThousands: 'Beträge × 1.000 €', thousandsShort: '× 1.000 €', clients: 'Pro Kunde',
    whale: 'Walkurve', problems: 'Probleme',
    period: 'Zeitraum', periodValue: '12 Monate bis einschließlich {date}', clientCount: 'Anzahl Kunden', revenue: 'Umsatz',
    netProfit: 'Nettogewinn', time: 'Zeit (Stunden)', hourlyReturn: 'Stundenertrag', problemRows: 'Eingabezeilen mit Problemen',
    settings: 'Verwendete Einstellungen', setting: 'Einstellung', value: 'Wert', source: 'Quelle', notes: 'Hinweis',
    notSet: 'nicht eingestellt', portfolioMargin: 'Marge des Kundenstamms', replacementHourlyReturn: 'Stundenertrag von Ersatzarbeit',
    tier: 'Stufe', clientsCount: 'Kunden', revenueShare: 'Umsatzanteil', typicalShare: 'Üblich (Curry)',
    profitShare: 'Gewinnanteil', margin: 'Marge',
    legendProfit: 'profitabel', legendThin: 'dünne Marge (< 5 %)', legendLoss: 'verlustbringend',
    bandTitle: '{tier}: {clients}', bandFigures: 'Umsatz {revenue} · Gewinn {profit}',
    smallTierClaim: 'Die Stufe Klein bringt {revenue} des Umsatzes und {profit} des Gewinns (Curry: etwa 20 % des Umsatzes, oft verlustbringend).',
    perClass: 'Pro ABC-Klasse', perTier: 'Pro Pyramidenstufe', class: 'Klasse', total: 'Gesamt',
    directCosts: 'Direkte Kosten', labourCost: 'Arbeit', visitCost: 'Besuche', orderCost: 'Aufträge', invoiceCost: 'Rechnungen',
    shippingCost: 'Versand', interestCost: 'Zinsen für Verzug', costToServe: 'Kosten der Kundenbetreuung', contribution: 'Deckungsbeitrag',
    letGoC: 'C-Kunden gehen lassen ({clients})', repairC: 'C-Kunden nachbessern ({clients})', scenarioNet: 'Nettoeffekt pro Jahr',
    scenarioNotOffered: 'nicht angeboten', scenarioLine: 'Posten', amount: 'Effekt pro Jahr',
    client: 'Kunde', clientNumber: 'Kundennummer', row: 'Zeile', abcClass: 'Klasse', opportunityCost: 'Opportunitätskosten', discountLeak: 'Rabattleck',
    trend: 'Trend', signals: 'Signale', repairGain: 'Nachbesserungsgewinn', repairedProfit: 'Gewinn nach Nachbesserung',
    replacement: 'Ersatzarbeit', referralLoss: 'Entgangene Empfehlungen', letGoEffect: 'Effekt Gehenlassen',
    advice: 'Empfehlung', adviceText: 'Erläuterung',
    legendA: 'A-Kunde', legendB: 'B-Kunde', legendC: 'C-Kunde', legend: 'Farben:',
    clientShare: 'Anteil Kunden', profitShareCumulative: 'Gewinnanteil (kumuliert)', cumulativeProfit: 'Gewinn (kumuliert)',
    whalePeak: 'Gipfel der Kurve: die besten {clients} der Kunden bringen {profit} des Gewinns.',
    whaleTop20: 'Die besten 20 % der Kunden bringen {share} des Gewinns (Kaplan & Cooper: üblich 150–300 %).',
    whaleMoney: 'Der Gesamtgewinn ist nicht positiv: die Kurve steht in Euro statt in Prozent.',
    chartTitle: 'Walkurve: kumulierter Gewinn nach Kundenanteil', column: 'Spalte', found: 'Gefunden', message: 'Meldung',
    severity: 'Folge', error: 'Zeile nicht gezählt', warning: 'gezählt', notAClient: 'nicht gezählt (kein Kunde)', noProblems: 'Keine Probleme gefunden.',
    driverFormat: '{name}: {cost} pro Einheit', driverColumn: 'Kostentreiber: {cost} pro Einheit', computedPoints: 'Berechnete Grenzen: A bis {a} der Kunden, B bis {c}',
    oneClient: '1 Kunde', manyClients: '{n} Kunden', notAvailable: 'k. A.',
    columns: 'Spalten', field: 'Feld', columnUsed: 'Spalte', how: 'Wie', notUsed: 'Nicht verwendet', noColumn: 'keine Spalte',
    groupCosts: 'Umsatz und Kosten', groupProfit: 'Gewinn und Ertrag', groupAdvice: 'Nachbessern oder gehen lassen',
    printPeriod: 'Zeitraum bis {date}', printMade: 'erstellt am {date}', printPage: 'Seite {page}',
    minutesToHours: 'Minuten, in Stunden umgerechnet',
  },
};

/** Every setting's label (declared in the settings registry, settings-registry.ts). */
export { SETTING_LABELS } from '../settings-registry.js';

// Where a default comes from: the settings' own words, shown in the report's settings block.
export { SOURCE_LABELS, type SourceId } from '../settings-registry.js';

/** The ABC measures' names: the registry's choices of `abcMeasure`. */
export const MEASURE_LABELS: Catalogue<AbcMeasure> = Object.fromEntries(
  (['nl', 'en', 'de'] as const).map((language) => [language, Object.fromEntries((SETTINGS.abcMeasure.choices ?? []).map((c) => [c.value, c.label[language]]))]),
) as Catalogue<AbcMeasure>;

/**
 * The law that sets the statutory commercial rate, named in the reader's language (docs/DEFINITIONS.md §2): the
 * settings' own source text is Dutch or German only, which an English or German sheet must not show.
 */
export const STATUTORY_LAW: Record<Language, Record<Country, string>> = {
  nl: { NL: 'art. 6:119a BW', DE: '§ 288 lid 2 BGB (Duitse basisrente + 9 procentpunt)' },
  en: { NL: 'Dutch Civil Code art. 6:119a', DE: 'German Civil Code § 288(2) (base rate + 9 points)' },
  de: { NL: 'Art. 6:119a BW (Niederlande)', DE: '§ 288 Abs. 2 BGB (Basiszinssatz + 9 Prozentpunkte)' },
};
