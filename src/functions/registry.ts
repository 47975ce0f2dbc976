/**
 * The one registry of custom functions. Each function is declared once here: names and descriptions in Dutch,
 * English and German, its parameters, its result shape, and its implementation as a call into src/core (no
 * domain arithmetic here). Excel's functions.json files, the Apps Script stubs and the README reference are
 * generated from these declarations; runner.ts runs them.
 */
import {
  abcComputed,
  abcFixed,
  CLASS_LETTERS,
  costToServeWithoutInterestOf,
  DEFAULT_SETTINGS,
  discountLeakOf,
  hourlyReturnOf,
  interestCostOf,
  lifetimeValueOf,
  opportunityCostOf,
  pyramidTiers,
  TIER_CODES,
  TIER_LABELS,
  whaleCurve,
  type DiscountTier,
} from '../core/index.js';
import type {
  ElementWiseFunction,
  ExampleArg,
  Failure,
  FunctionDefinition,
  NumberParam,
  RangeFunction,
  RangeOutput,
  RangeParam,
  Table,
  Translated,
} from './types.js';

/** Excel namespaces per language (manifest.xml carries the same, with locale overrides). */
export const NAMESPACES: Translated = { nl: 'KLANT', en: 'CLIENT', de: 'KUNDE' };
/** Apps Script names: the prefix + the Dutch id, in every language (Sheets has no localized names). */
export const SHEETS_PREFIX = 'KLANT_';

/**
 * Declares an element-wise function with its parameter keys typed, so `compute` reads `x.revenue` as a number
 * and a misspelt key fails the type check.
 */
function elementWise<const K extends string>(
  def: Omit<ElementWiseFunction, 'kind' | 'make' | 'params'> & {
    params: readonly ((NumberParam | RangeParam) & { key: K })[];
    make: (tables: Readonly<Record<string, Table>>) => (x: Readonly<Record<K, number>>) => number | Failure;
  },
): ElementWiseFunction {
  return { ...def, kind: 'elementWise' } as ElementWiseFunction;
}

function rangeFunction(def: Omit<RangeFunction, 'kind'>): RangeFunction {
  return { ...def, kind: 'range' };
}

const NON_NEGATIVE = { min: 0 } as const;
/** Money (an hourly return is money per hour): rounded to cents where it leaves for a cell (runner.ts). */
const MONEY = { unit: 'money' } as const;
const FRACTION = { min: 0, max: 1 } as const;
/** An ABC limit: a share above 0 and at most 100 %. */
const LIMIT = { min: 0, minExclusive: true, max: 1 } as const;

// Parameters used by more than one function, declared once.
const revenue = (description: Translated): NumberParam & { key: 'revenue' } => ({
  key: 'revenue',
  type: 'number',
  elementWise: true,
  expected: 'money',
  names: { nl: 'omzet', en: 'revenue', de: 'umsatz' },
  descriptions: description,
});
const hours = (description: Translated): NumberParam & { key: 'hours' } => ({
  key: 'hours',
  type: 'number',
  elementWise: true,
  expected: 'hours',
  bounds: NON_NEGATIVE,
  names: { nl: 'uren', en: 'hours', de: 'stunden' },
  descriptions: description,
});

const column = (values: readonly number[]): ExampleArg => ({
  reference: `B2:B${values.length + 1}`,
  values: values.map((value) => [value]),
});

const UURRENDEMENT = elementWise({
  id: 'UURRENDEMENT',
  names: { nl: 'UURRENDEMENT', en: 'HOURLYRETURN', de: 'STUNDENERTRAG' },
  descriptions: {
    nl: 'Wat één uur werk voor deze klant oplevert: (omzet − kosten) / uren.',
    en: 'What one hour of work for this client yields: (revenue − costs) / hours.',
    de: 'Was eine Stunde Arbeit für diesen Kunden einbringt: (Umsatz − Kosten) / Stunden.',
  },
  params: [
    revenue({ nl: 'Omzet van de klant in de periode.', en: "The client's revenue in the period.", de: 'Umsatz des Kunden im Zeitraum.' }),
    hours({ nl: 'Uren besteed aan de klant.', en: 'Hours spent on the client.', de: 'Für den Kunden aufgewendete Stunden.' }),
    {
      key: 'costs',
      type: 'number',
      elementWise: true,
      optional: true,
      default: 0,
      expected: 'money',
      names: { nl: 'kosten', en: 'costs', de: 'kosten' },
      descriptions: {
        nl: 'Directe kosten en kosten buiten arbeid (inkoop, bezoeken, verzending).',
        en: 'Direct costs and costs other than labour (purchases, visits, shipping).',
        de: 'Direkte Kosten und Kosten außer Arbeit (Einkauf, Besuche, Versand).',
      },
    },
  ],
  example: [1000, 8, 200],
  // "uren is 0" only when they are: 1e14 / 1e-300 has hours and overflows, which is a different answer.
  result: MONEY,
  make: () => (x) =>
    hourlyReturnOf(x.revenue - x.costs, x.hours)
    ?? (x.hours > 0 ? { kind: 'num', messageId: 'notFinite' } : { kind: 'div0', messageId: 'zeroHours', params: { param: 'hours' } }),
});

const ABC = rangeFunction({
  id: 'ABC',
  names: { nl: 'ABC', en: 'ABC', de: 'ABC' },
  descriptions: {
    nl: 'ABC-klasse per waarde (A, B of C): hoogste eerst; A zolang het cumulatieve aandeel van de klanten ervóór onder grens_a ligt, B onder grens_b, anders C. Nul of negatief is C.',
    en: 'ABC class per value (A, B or C): highest first; A while the cumulative share of the clients ranked before is below limit_a, B below limit_b, else C. Zero or negative is C.',
    de: 'ABC-Klasse je Wert (A, B oder C): höchster zuerst; A solange der kumulierte Anteil der Kunden davor unter grenze_a liegt, B unter grenze_b, sonst C. Null oder negativ ist C.',
  },
  params: [
    {
      key: 'values',
      type: 'range',
      expected: 'money',
      names: { nl: 'waarden', en: 'values', de: 'werte' },
      descriptions: {
        nl: 'De maatstaf per klant, meestal de nettowinst. Lege cellen blijven leeg.',
        en: 'The measure per client, usually net profit. Blank cells stay blank.',
        de: 'Die Kennzahl je Kunde, meist der Nettogewinn. Leere Zellen bleiben leer.',
      },
    },
    {
      key: 'limitA',
      type: 'number',
      elementWise: false,
      optional: true,
      default: DEFAULT_SETTINGS.abcLimitA,
      bounds: LIMIT,
      expected: 'fraction',
      keyword: 'computed',
      names: { nl: 'grens_a', en: 'limit_a', de: 'grenze_a' },
      descriptions: {
        nl: 'Grens van klasse A als aandeel, of "berekend" voor de berekende ABC (Ultsch & Lötsch).',
        en: 'Limit of class A as a share, or "computed" for the computed ABC (Ultsch & Lötsch).',
        de: 'Grenze der Klasse A als Anteil, oder „berechnet“ für die berechnete ABC (Ultsch & Lötsch).',
      },
    },
    {
      key: 'limitB',
      type: 'number',
      elementWise: false,
      optional: true,
      default: DEFAULT_SETTINGS.abcLimitB,
      bounds: LIMIT,
      expected: 'fraction',
      names: { nl: 'grens_b', en: 'limit_b', de: 'grenze_b' },
      descriptions: {
        nl: 'Grens van klasse B als aandeel; genegeerd bij "berekend".',
        en: 'Limit of class B as a share; ignored with "computed".',
        de: 'Grenze der Klasse B als Anteil; bei „berechnet“ ignoriert.',
      },
    },
  ],
  result: { shape: 'sameShape' },
  example: [column([500, 300, 100, 60, 40])],
  compute: (values, options) => {
    if (values.length === 0) return { perValue: [] };
    const { limitA, limitB } = options;
    if (limitA === 'computed') {
      const computed = abcComputed(values);
      if (computed.points === null) return { kind: 'na', messageId: 'noPositiveValue' };
      return { perValue: Array.from(computed.classes, (c) => CLASS_LETTERS[c]!) };
    }
    // Only limitA accepts a keyword (its declaration), so both are numbers here.
    const a = limitA as number;
    const b = limitB as number;
    if (a > b) return { kind: 'value', messageId: 'limitsOrder', params: { first: 'limitA', second: 'limitB', a, b } };
    return { perValue: Array.from(abcFixed(values, a, b), (c) => CLASS_LETTERS[c]!) };
  },
});

const PIRAMIDE = rangeFunction({
  id: 'PIRAMIDE',
  names: { nl: 'PIRAMIDE', en: 'PYRAMID', de: 'PYRAMIDE' },
  descriptions: {
    // The result is the Dutch tier name in every language, so a shared workbook computes the same everywhere.
    nl: 'Laag van de klantenpiramide per omzet: Top, Groot, Middel, Klein of Inactief (omzet ≤ 0).',
    en: 'Customer pyramid tier per revenue, as the Dutch names Top (top), Groot (large), Middel (medium), Klein (small), Inactief (revenue ≤ 0).',
    de: 'Stufe der Kundenpyramide je Umsatz, als niederländische Namen Top, Groot (groß), Middel (mittel), Klein, Inactief (Umsatz ≤ 0).',
  },
  params: [
    {
      key: 'revenue',
      type: 'range',
      expected: 'money',
      names: { nl: 'omzet', en: 'revenue', de: 'umsatz' },
      descriptions: {
        nl: 'Omzet per klant. Lege cellen blijven leeg.',
        en: 'Revenue per client. Blank cells stay blank.',
        de: 'Umsatz je Kunde. Leere Zellen bleiben leer.',
      },
    },
  ],
  result: { shape: 'sameShape' },
  example: [column([900, 400, 200, 100, 0])],
  compute: (values) => ({ perValue: Array.from(pyramidTiers(values), (t) => TIER_LABELS.nl[TIER_CODES[t]!]) }),
});

const RENTEVERLIES = elementWise({
  id: 'RENTEVERLIES',
  names: { nl: 'RENTEVERLIES', en: 'INTERESTLOSS', de: 'ZINSVERLUST' },
  descriptions: {
    nl: 'Rentekosten van laat betalen: bedrag × rente × dagen te laat / 365.',
    en: 'Interest cost of paying late: amount × rate × days late / 365.',
    de: 'Zinskosten verspäteter Zahlung: Betrag × Zinssatz × Tage Verzug / 365.',
  },
  params: [
    {
      key: 'amount',
      type: 'number',
      elementWise: true,
      expected: 'money',
      names: { nl: 'bedrag', en: 'amount', de: 'betrag' },
      descriptions: {
        nl: 'Het bedrag dat te laat betaald wordt (meestal de omzet); negatief telt als 0.',
        en: 'The amount paid late (usually the revenue); negative counts as 0.',
        de: 'Der verspätet gezahlte Betrag (meist der Umsatz); negativ zählt als 0.',
      },
    },
    {
      key: 'daysLate',
      type: 'number',
      elementWise: true,
      expected: 'days',
      names: { nl: 'dagen_te_laat', en: 'days_late', de: 'tage_verzug' },
      descriptions: {
        nl: 'Gemiddeld aantal dagen na de vervaldatum; vroeg betalen telt als 0.',
        en: 'Average days paid after the due date; paying early counts as 0.',
        de: 'Durchschnittliche Tage nach Fälligkeit; früh zahlen zählt als 0.',
      },
    },
    {
      key: 'rate',
      type: 'number',
      elementWise: true,
      optional: true,
      // The rate the analysis of this workbook uses (docs/DEFINITIONS.md §2): the saved own rate, else the
      // statutory rate of the saved country averaged over the 12 months up to the saved period end.
      default: (workbook) => workbook.interestRateUsed,
      defaultText: {
        nl: 'de rente van de analyse in deze werkmap: uw eigen rente uit de instellingen, anders de wettelijke handelsrente van het ingestelde land (NL of DE), gemiddeld over de 12 maanden tot het einde van de periode (standaard vandaag)',
        en: "the rate of this workbook's analysis: your own rate from the settings, else the statutory commercial rate of the chosen country (NL or DE), averaged over the 12 months up to the end of the period (default today)",
        de: 'der Zinssatz der Analyse in dieser Arbeitsmappe: Ihr eigener Zinssatz aus den Einstellungen, sonst der gesetzliche Verzugszins des eingestellten Landes (NL oder DE), gemittelt über die 12 Monate bis zum Ende des Zeitraums (Standard heute)',
      },
      bounds: FRACTION,
      expected: 'fraction',
      names: { nl: 'rente', en: 'rate', de: 'zinssatz' },
      descriptions: {
        nl: 'Rente per jaar als aandeel (12 % of 0,12).',
        en: 'Interest per year as a share (12 % or 0.12).',
        de: 'Zins pro Jahr als Anteil (12 % oder 0,12).',
      },
    },
  ],
  example: [10000, 30, 0.1],
  result: MONEY,
  make: () => (x) => interestCostOf(x.amount, x.rate, x.daysLate),
});

const KORTINGSLEK = elementWise({
  id: 'KORTINGSLEK',
  names: { nl: 'KORTINGSLEK', en: 'DISCOUNTLEAK', de: 'RABATTLECK' },
  descriptions: {
    nl: 'Korting boven de staffel: lijstomzet × (korting − staffelkorting), met lijstomzet = omzet / (1 − korting).',
    en: 'Discount above the tiers: list revenue × (discount − tier discount), with list revenue = revenue / (1 − discount).',
    de: 'Rabatt über der Staffel: Listenumsatz × (Rabatt − Staffelrabatt), mit Listenumsatz = Umsatz / (1 − Rabatt).',
  },
  params: [
    revenue({ nl: 'Netto-omzet, na korting.', en: 'Net revenue, after discount.', de: 'Nettoumsatz, nach Rabatt.' }),
    {
      key: 'discount',
      type: 'number',
      elementWise: true,
      bounds: { min: 0, max: 1, maxExclusive: true },
      expected: 'fraction',
      wholePercent: true,
      names: { nl: 'korting', en: 'discount', de: 'rabatt' },
      descriptions: {
        nl: 'Gegeven korting op de lijstprijs (12 %, 0,12 of 12: een getal boven 1 tot 100 is een percentage, zoals in de analyse).',
        en: 'Discount given on the list price (12 %, 0.12 or 12: a number above 1 up to 100 is a percentage, as in the analysis).',
        de: 'Gewährter Rabatt auf den Listenpreis (12 %, 0,12 oder 12: eine Zahl über 1 bis 100 ist ein Prozentsatz, wie in der Analyse).',
      },
    },
    {
      key: 'tiers',
      type: 'range',
      expected: 'money',
      columns: [
        { names: { nl: 'omzet vanaf', en: 'revenue from', de: 'Umsatz ab' }, expected: 'money' },
        { names: { nl: 'korting', en: 'discount', de: 'Rabatt' }, expected: 'fraction', wholePercent: true, bounds: { min: 0, max: 1, maxExclusive: true } },
      ],
      names: { nl: 'staffel', en: 'tiers', de: 'staffel' },
      descriptions: {
        nl: 'Kortingsstaffel: twee kolommen, omzet vanaf (lijstprijs) en korting.',
        en: 'Discount tiers: two columns, revenue from (list price) and discount.',
        de: 'Rabattstaffel: zwei Spalten, Umsatz ab (Listenpreis) und Rabatt.',
      },
    },
  ],
  example: [
    88000,
    0.12,
    { reference: 'E2:F4', values: [[0, 0], [50000, 0.05], [100000, 0.1]] },
  ],
  result: MONEY,
  make: (tables) => {
    const tiers: DiscountTier[] = [];
    for (const row of tables.tiers ?? []) {
      const [revenueFrom, discount] = row;
      if (typeof revenueFrom === 'number' && typeof discount === 'number') tiers.push({ revenueFrom, discount });
    }
    return (x) => discountLeakOf(x.revenue, x.discount, tiers);
  },
});

const ALTERNATIEVEKOSTEN = elementWise({
  id: 'ALTERNATIEVEKOSTEN',
  names: { nl: 'ALTERNATIEVEKOSTEN', en: 'OPPORTUNITYCOST', de: 'ALTERNATIVKOSTEN' },
  descriptions: {
    nl: 'Wat de uren elders hadden opgeleverd: max(doeltarief − uurrendement, 0) × uren.',
    en: 'What the hours would have yielded elsewhere: max(target rate − hourly return, 0) × hours.',
    de: 'Was die Stunden anderswo eingebracht hätten: max(Zielsatz − Stundenertrag, 0) × Stunden.',
  },
  params: [
    hours({ nl: 'Uren besteed aan de klant.', en: 'Hours spent on the client.', de: 'Für den Kunden aufgewendete Stunden.' }),
    {
      key: 'hourlyReturn',
      type: 'number',
      elementWise: true,
      expected: 'money',
      names: { nl: 'uurrendement', en: 'hourly_return', de: 'stundenertrag' },
      descriptions: {
        nl: 'Wat een uur voor deze klant oplevert (zie UURRENDEMENT).',
        en: 'What an hour for this client yields (see HOURLYRETURN).',
        de: 'Was eine Stunde für diesen Kunden einbringt (siehe STUNDENERTRAG).',
      },
    },
    {
      key: 'target',
      type: 'number',
      elementWise: true,
      expected: 'money',
      names: { nl: 'doeltarief', en: 'target_rate', de: 'zielsatz' },
      descriptions: {
        nl: 'Wat een uur zou moeten opleveren.',
        en: 'What an hour should yield.',
        de: 'Was eine Stunde einbringen sollte.',
      },
    },
  ],
  example: [40, 60, 95],
  result: MONEY,
  make: () => (x) => opportunityCostOf(x.hours, x.hourlyReturn, x.target) ?? { kind: 'na', messageId: 'notFinite' },
});

const count = <K extends string>(key: K, names: Translated, descriptions: Translated): NumberParam & { key: K } => ({
  key,
  type: 'number',
  elementWise: true,
  optional: true,
  default: 0,
  bounds: NON_NEGATIVE,
  expected: 'count',
  names,
  descriptions,
});
const unitCost = <K extends string>(key: K, fallback: number, names: Translated, descriptions: Translated): NumberParam & { key: K } => ({
  key,
  type: 'number',
  elementWise: true,
  optional: true,
  default: fallback,
  bounds: NON_NEGATIVE,
  expected: 'money',
  names,
  descriptions,
});

const KOSTEN = elementWise({
  id: 'KOSTEN',
  names: { nl: 'KOSTEN', en: 'COSTTOSERVE', de: 'KOSTEN' },
  descriptions: {
    nl: 'Kosten om de klant te bedienen, zonder rente: uren × uurkostprijs + bezoeken, orders en facturen × hun kosten.',
    en: 'Cost to serve the client, without interest: hours × hourly cost + visits, orders and invoices × their cost.',
    de: 'Kosten der Kundenbetreuung, ohne Zinsen: Stunden × Stundenkosten + Besuche, Aufträge und Rechnungen × ihre Kosten.',
  },
  params: [
    hours({ nl: 'Uren besteed aan de klant.', en: 'Hours spent on the client.', de: 'Für den Kunden aufgewendete Stunden.' }),
    {
      key: 'hourlyCost',
      type: 'number',
      elementWise: true,
      bounds: NON_NEGATIVE,
      expected: 'money',
      names: { nl: 'uurkostprijs', en: 'hourly_cost', de: 'stundenkosten' },
      descriptions: {
        nl: 'Wat een uur werk het bedrijf kost.',
        en: 'What an hour of work costs the firm.',
        de: 'Was eine Arbeitsstunde das Unternehmen kostet.',
      },
    },
    count('visits', { nl: 'bezoeken', en: 'visits', de: 'besuche' }, { nl: 'Aantal bezoeken.', en: 'Number of visits.', de: 'Anzahl Besuche.' }),
    count('orders', { nl: 'orders', en: 'orders', de: 'auftraege' }, { nl: 'Aantal orders.', en: 'Number of orders.', de: 'Anzahl Aufträge.' }),
    count('invoices', { nl: 'facturen', en: 'invoices', de: 'rechnungen' }, { nl: 'Aantal facturen.', en: 'Number of invoices.', de: 'Anzahl Rechnungen.' }),
    unitCost('costPerVisit', DEFAULT_SETTINGS.costPerVisit, { nl: 'kosten_per_bezoek', en: 'cost_per_visit', de: 'kosten_je_besuch' }, {
      nl: 'Kosten van één bezoek.',
      en: 'Cost of one visit.',
      de: 'Kosten eines Besuchs.',
    }),
    unitCost('costPerOrder', DEFAULT_SETTINGS.costPerOrder, { nl: 'kosten_per_order', en: 'cost_per_order', de: 'kosten_je_auftrag' }, {
      nl: 'Kosten van één order.',
      en: 'Cost of one order.',
      de: 'Kosten eines Auftrags.',
    }),
    unitCost('costPerInvoice', DEFAULT_SETTINGS.costPerInvoice, { nl: 'kosten_per_factuur', en: 'cost_per_invoice', de: 'kosten_je_rechnung' }, {
      nl: 'Kosten van één factuur.',
      en: 'Cost of one invoice.',
      de: 'Kosten einer Rechnung.',
    }),
  ],
  example: [20, 45, 3, 12, 12, 400, 25, 10],
  result: MONEY,
  make: () => (x) =>
    costToServeWithoutInterestOf({
      time: x.hours,
      hourlyCost: x.hourlyCost,
      visits: x.visits,
      costPerVisit: x.costPerVisit,
      orders: x.orders,
      costPerOrder: x.costPerOrder,
      invoices: x.invoices,
      costPerInvoice: x.costPerInvoice,
    }),
});

const WALVISCURVE = rangeFunction({
  id: 'WALVISCURVE',
  names: { nl: 'WALVISCURVE', en: 'WHALECURVE', de: 'WALKURVE' },
  descriptions: {
    nl: 'Walviscurve: klanten op winst, hoogste eerst; twee kolommen vanaf (0, 0): cumulatief aandeel klanten, cumulatief aandeel winst.',
    en: 'Whale curve: clients by profit, highest first; two columns from (0, 0): cumulative share of clients, cumulative share of profit.',
    de: 'Walkurve: Kunden nach Gewinn, höchster zuerst; zwei Spalten ab (0, 0): kumulierter Anteil Kunden, kumulierter Anteil Gewinn.',
  },
  params: [
    {
      key: 'profit',
      type: 'range',
      expected: 'money',
      names: { nl: 'winst', en: 'profit', de: 'gewinn' },
      descriptions: {
        nl: 'Nettowinst per klant; lege cellen tellen niet mee. Totale winst ≤ 0 geeft #N/B.',
        en: 'Net profit per client; blank cells are left out. Total profit ≤ 0 gives #N/A.',
        de: 'Nettogewinn je Kunde; leere Zellen zählen nicht. Gesamtgewinn ≤ 0 ergibt #NV.',
      },
    },
  ],
  result: {
    shape: 'columns',
    columns: [
      { nl: 'aandeel klanten', en: 'share of clients', de: 'Anteil Kunden' },
      { nl: 'aandeel winst', en: 'share of profit', de: 'Anteil Gewinn' },
    ],
  },
  example: [column([300, 100, -50, -150])],
  compute: (values): RangeOutput => {
    if (values.length === 0) return { kind: 'na', messageId: 'noValues', params: { param: 'profit' } };
    // One point per client (no sampling): the function's rows are the clients.
    const curve = whaleCurve(values, undefined, Infinity);
    // docs/DEFINITIONS.md §4 shows the curve in money when total profit ≤ 0. A function's second column must keep one
    // meaning (a user formats it as %), so it gives #N/A with a message instead of silently switching unit.
    if (curve.unit === 'money') {
      const total = curve.points[curve.points.length - 1]?.cumulativeProfit ?? 0;
      // A number: the runner formats it in the user's language.
      return { kind: 'na', messageId: 'whaleNoProfit', params: { total } };
    }
    return { rows: curve.points.map((p) => [p.clientShare, p.profitShare ?? 0]) };
  },
});

const LEVENSDUURWAARDE = elementWise({
  id: 'LEVENSDUURWAARDE',
  names: { nl: 'LEVENSDUURWAARDE', en: 'LIFETIMEVALUE', de: 'LEBENSZEITWERT' },
  descriptions: {
    nl: 'Levensduurwaarde van een klant (Gupta & Lehmann): marge × retentie / (1 + disconto − retentie).',
    en: 'Customer lifetime value (Gupta & Lehmann): margin × retention / (1 + discount rate − retention).',
    de: 'Kundenlebenszeitwert (Gupta & Lehmann): Marge × Bindungsrate / (1 + Diskontsatz − Bindungsrate).',
  },
  params: [
    {
      key: 'margin',
      type: 'number',
      elementWise: true,
      expected: 'money',
      names: { nl: 'marge', en: 'margin', de: 'marge' },
      descriptions: { nl: 'Marge per jaar in geld.', en: 'Margin per year in money.', de: 'Marge pro Jahr in Geld.' },
    },
    {
      key: 'retention',
      type: 'number',
      elementWise: true,
      bounds: FRACTION,
      expected: 'fraction',
      names: { nl: 'retentie', en: 'retention', de: 'bindungsrate' },
      descriptions: {
        nl: 'Kans dat de klant een jaar blijft (80 % of 0,8).',
        en: 'Chance that the client stays a year (80 % or 0.8).',
        de: 'Wahrscheinlichkeit, dass der Kunde ein Jahr bleibt (80 % oder 0,8).',
      },
    },
    {
      key: 'discountRate',
      type: 'number',
      elementWise: true,
      bounds: NON_NEGATIVE,
      expected: 'fraction',
      names: { nl: 'disconto', en: 'discount_rate', de: 'diskontsatz' },
      descriptions: {
        nl: 'Disconteringsvoet per jaar (10 % of 0,1).',
        en: 'Discount rate per year (10 % or 0.1).',
        de: 'Diskontsatz pro Jahr (10 % oder 0,1).',
      },
    },
  ],
  example: [1000, 0.8, 0.1],
  result: MONEY,
  make: () => (x) =>
    lifetimeValueOf(x.margin, x.retention, x.discountRate) ?? {
      kind: 'na',
      messageId: 'lifetimeDiverges',
      params: { param: 'retention', value: x.retention, discount: 'discountRate' },
    },
});

/** Every function, in the order the docs and metadata list them. */
export const FUNCTIONS: readonly FunctionDefinition[] = [
  UURRENDEMENT,
  ABC,
  PIRAMIDE,
  RENTEVERLIES,
  KORTINGSLEK,
  ALTERNATIEVEKOSTEN,
  KOSTEN,
  WALVISCURVE,
  LEVENSDUURWAARDE,
];

const BY_ID = new Map(FUNCTIONS.map((f) => [f.id, f]));

export function functionById(id: string): FunctionDefinition | undefined {
  return BY_ID.get(id);
}
