/**
 * Every setting, declared once (docs/DEFINITIONS.md §2 and §5): its key, kind, default, rule, where the default
 * comes from, its label and help in Dutch, English and German, how the analysis sheet shows it and whether the
 * panes edit it. Everything else is derived from this table: the defaults (`DEFAULT_SETTINGS`), the check
 * (`checkSettings`), the report's settings block, the panes' form, the CLI's flags and `--help`, and the README's
 * settings table. A leaf module: it imports types only, so every settings module can import it without a cycle.
 *
 * Adding a setting: add its field to `Settings` (types.ts), one entry here, and use it in the core. The type
 * check fails until the entry exists (the registry is keyed by `keyof Settings`) and until every language has
 * its label and help (`Record<Language, string>`).
 */
import type { Catalogue } from './i18n.js';
import type { Language, ResolvedSettings, Settings } from './types.js';

/** How a setting is typed and shown: a plain number, a share (typed as `50%`), an amount in euros, … */
export type SettingKind = 'number' | 'percent' | 'money' | 'date' | 'choice' | 'list';

/** What a setting allows (the check's rule; `limitOrder` and `object` are the check's own). */
export type SettingRule =
  | 'share' | 'decline' | 'amount' | 'count' | 'positive' | 'score' | 'date' | 'choice' | 'number'
  | 'limitOrder' | 'tiers' | 'drivers' | 'object';

/** Where a default comes from, as the report's "source" column says it; a text is a citation. */
export type DefaultSource = 'assumption' | 'seed' | 'practice' | 'userFigures' | { literature: string };

/**
 * How the analysis sheet's settings block shows a setting. `value`: by its kind (an amount in euros, a count, a
 * percentage, a choice's label) with its source; the others are rows of their own (the interest rate used and its
 * statutory source, the period's end used, a list's length and items, the ABC method and its computed limits).
 * `when`: shown only then; `after`: placed after that setting's row instead of in registry order.
 */
export type ReportShow = {
  show: 'value' | 'interest' | 'periodEnd' | 'tiers' | 'drivers' | 'abcMethod';
  when?: (settings: ResolvedSettings) => boolean;
  after?: string;
};

export type Texts = Record<Language, string>;
export type SettingChoice = { value: string; label: Texts; /** The panes' longer option text, where it differs. */ long?: Texts };

export type SettingDefinition<K extends string = string, V = unknown> = {
  key: K;
  kind: SettingKind;
  default: V;
  rule: SettingRule;
  choices?: readonly SettingChoice[];
  source?: DefaultSource;
  label: Texts;
  help: Texts;
  /** `null`: not in the report's settings block. */
  report: ReportShow | null;
  /** Whether the Excel taskpane and the Sheets sidebar show a field for it. */
  pane: boolean;
  /** Whether the CLI has a flag for it (`--` + the key in kebab case); lists are set in a settings file. */
  flag: boolean;
};

export type SettingsRegistry = { readonly [K in keyof Settings]: SettingDefinition<K, Settings[K]> };

const t = (nl: string, en: string, de: string): Texts => ({ nl, en, de });
const VALUE: ReportShow = { show: 'value' };
const ABC_FIXED: ReportShow['when'] = (s) => s.abcMethod === 'fixed';

/** The settings, in the order of `DEFAULT_SETTINGS` (and so of `--json`'s settings, the flags and the form). */
export const SETTINGS: SettingsRegistry = {
  hourlyCost: {
    key: 'hourlyCost', kind: 'money', default: null, rule: 'amount', source: 'userFigures', report: VALUE, pane: true, flag: true,
    label: t('Uurkostprijs', 'Hourly cost', 'Stundenkostensatz'),
    help: t(
      'Wat een uur van uw mensen kost; zolang die ontbreekt, telt arbeid als 0.',
      'What an hour of your people costs; until given, labour counts as 0 and the notes say net profit excludes it.',
      'Was eine Stunde Ihrer Leute kostet; solange sie fehlt, zählt Arbeit als 0.',
    ),
  },
  targetHourlyReturn: {
    key: 'targetHourlyReturn', kind: 'money', default: null, rule: 'amount', source: 'userFigures', report: VALUE, pane: true, flag: true,
    label: t('Doeltarief per uur', 'Target hourly return', 'Ziel-Stundenertrag'),
    help: t(
      'Wat een uur elders zou opbrengen: de alternatieve kosten en het tarief van vervangend werk.',
      'What an hour would earn elsewhere: the opportunity cost and the rate of replacement work when letting go.',
      'Was eine Stunde anderswo einbrächte: die Opportunitätskosten und der Satz der Ersatzarbeit.',
    ),
  },
  minutesPerCall: {
    key: 'minutesPerCall', kind: 'number', default: 10, rule: 'amount', source: 'assumption', report: VALUE, pane: true, flag: true,
    label: t('Minuten per telefoontje', 'Minutes per call', 'Minuten pro Anruf'),
    help: t('Tijd per telefoontje, als uren meegeteld.', 'Time per call, counted as hours.', 'Zeit pro Anruf, als Stunden gezählt.'),
  },
  minutesPerEmail: {
    key: 'minutesPerEmail', kind: 'number', default: 5, rule: 'amount', source: 'assumption', report: VALUE, pane: true, flag: true,
    label: t('Minuten per e-mail', 'Minutes per e-mail', 'Minuten pro E-Mail'),
    help: t('Tijd per e-mail, als uren meegeteld.', 'Time per e-mail, counted as hours.', 'Zeit pro E-Mail, als Stunden gezählt.'),
  },
  minutesPerCorrectionRound: {
    key: 'minutesPerCorrectionRound', kind: 'number', default: 60, rule: 'amount', source: 'assumption', report: VALUE, pane: true, flag: true,
    label: t('Minuten per correctieronde', 'Minutes per correction round', 'Minuten pro Korrekturrunde'),
    help: t('Tijd per correctieronde, als uren meegeteld.', 'Time per correction round, counted as hours.', 'Zeit pro Korrekturrunde, als Stunden gezählt.'),
  },
  costPerVisit: {
    key: 'costPerVisit', kind: 'money', default: 400, rule: 'amount', source: 'seed', report: VALUE, pane: true, flag: true,
    label: t('Kosten per bezoek', 'Cost per visit', 'Kosten pro Besuch'),
    help: t('Kosten van één bezoek bij de klant.', 'Cost of one visit to the client.', 'Kosten eines Besuchs beim Kunden.'),
  },
  costPerOrder: {
    key: 'costPerOrder', kind: 'money', default: 0, rule: 'amount', source: 'userFigures', report: VALUE, pane: true, flag: true,
    label: t('Kosten per order', 'Cost per order', 'Kosten pro Auftrag'),
    help: t('Verwerkingskosten van één order.', 'Handling cost of one order.', 'Bearbeitungskosten eines Auftrags.'),
  },
  costPerInvoice: {
    key: 'costPerInvoice', kind: 'money', default: 0, rule: 'amount', source: 'userFigures', report: VALUE, pane: true, flag: true,
    label: t('Kosten per factuur', 'Cost per invoice', 'Kosten pro Rechnung'),
    help: t('Kosten van één factuur.', 'Cost of one invoice.', 'Kosten einer Rechnung.'),
  },
  costPerFreeShipment: {
    key: 'costPerFreeShipment', kind: 'money', default: 0, rule: 'amount', source: 'userFigures', report: VALUE, pane: true, flag: true,
    label: t('Kosten per franco levering', 'Cost per free shipment', 'Kosten pro frachtfreier Lieferung'),
    help: t('Wat een levering kost die de klant niet betaalt.', 'What a shipment costs that the client does not pay for.', 'Was eine Lieferung kostet, die der Kunde nicht bezahlt.'),
  },
  interestRate: {
    key: 'interestRate', kind: 'percent', default: null, rule: 'share', report: { show: 'interest' }, pane: true, flag: true,
    label: t('Rente bij laat betalen', 'Late-payment interest rate', 'Zinssatz bei Zahlungsverzug'),
    help: t(
      'Uw eigen financieringsrente; anders de wettelijke handelsrente van het land over de 12 maanden tot het einde van de periode.',
      'Your own financing rate; else the statutory commercial rate of the country over the 12 months up to the end of the period.',
      'Ihr eigener Finanzierungszins; sonst der gesetzliche Verzugszins des Landes über die 12 Monate bis zum Ende des Zeitraums.',
    ),
  },
  country: {
    key: 'country', kind: 'choice', default: 'NL', rule: 'choice', report: null, pane: true, flag: true,
    choices: [
      { value: 'NL', label: t('Nederland', 'Netherlands', 'Niederlande') },
      { value: 'DE', label: t('Duitsland', 'Germany', 'Deutschland') },
    ],
    label: t('Land (wettelijke rente)', 'Country (statutory rate)', 'Land (gesetzlicher Zins)'),
    help: t('Welke wettelijke handelsrente geldt.', 'Whose statutory commercial rate applies.', 'Welcher gesetzliche Verzugszins gilt.'),
  },
  periodEnd: {
    key: 'periodEnd', kind: 'date', default: null, rule: 'date', report: { show: 'periodEnd' }, pane: true, flag: true,
    label: t('Einde periode', 'End of period', 'Ende des Zeitraums'),
    help: t(
      'Laatste dag van de 12 geanalyseerde maanden (JJJJ-MM-DD); anders vandaag.',
      'Last day of the 12 months analysed (YYYY-MM-DD); else today.',
      'Letzter Tag der 12 analysierten Monate (JJJJ-MM-TT); sonst heute.',
    ),
  },
  repairThreshold: {
    key: 'repairThreshold', kind: 'money', default: 250, rule: 'amount', source: 'assumption', report: VALUE, pane: true, flag: true,
    label: t('Drempel voor reparatie', 'Repair threshold', 'Schwelle für Sanierung'),
    help: t(
      'Een reparatie die minder oplevert, is het gesprek niet waard.',
      'A repair worth less is not worth the conversation.',
      'Eine Sanierung, die weniger bringt, ist das Gespräch nicht wert.',
    ),
  },
  discountTiers: {
    key: 'discountTiers', kind: 'list', default: [], rule: 'tiers', report: { show: 'tiers' }, pane: true, flag: false,
    label: t('Kortingsstaffel', 'Discount tiers', 'Rabattstaffel'),
    help: t(
      'De kortingsstaffel die u hanteert: vanaf welke omzet welke korting hoort. Een klant met meer korting dan zijn staffel geeft, is een kortingslek.',
      'The discount tiers you apply: from which revenue which discount is due. A client given more discount than their tier is a discount leak.',
      'Ihre Rabattstaffel: ab welchem Umsatz welcher Rabatt gilt. Ein Kunde mit mehr Rabatt als seine Staffel ist ein Rabattleck.',
    ),
  },
  extraDrivers: {
    key: 'extraDrivers', kind: 'list', default: [], rule: 'drivers', source: { literature: 'Kaplan & Anderson, HBR 2004' },
    report: { show: 'drivers' }, pane: true, flag: false,
    label: t('Extra kostendrijvers', 'Extra cost drivers', 'Weitere Kostentreiber'),
    help: t(
      'Uw eigen kostendrijvers: een kolom van de klantenlijst (retouren, kilometers, …) en wat één eenheid u kost.',
      'Your own cost drivers: a column of the client list (returns, kilometres, …) and what one unit costs you.',
      'Ihre eigenen Kostentreiber: eine Spalte der Kundenliste (Retouren, Kilometer, …) und was eine Einheit Sie kostet.',
    ),
  },
  abcMethod: {
    key: 'abcMethod', kind: 'choice', default: 'fixed', rule: 'choice', source: { literature: 'Ultsch & Lötsch 2015' },
    report: { show: 'abcMethod' }, pane: true, flag: true,
    choices: [
      { value: 'fixed', label: t('vaste grenzen', 'fixed limits', 'feste Grenzen') },
      {
        value: 'computed', label: t('berekend', 'computed', 'berechnet'),
        long: t('berekend (Ultsch & Lötsch)', 'computed (Ultsch & Lötsch)', 'berechnet (Ultsch & Lötsch)'),
      },
    ],
    label: t('ABC-methode', 'ABC method', 'ABC-Methode'),
    help: t(
      'Vaste grenzen A en B, of uit de verdeling berekend (Ultsch & Lötsch).',
      'Fixed limits A and B, or computed from the distribution (Ultsch & Lötsch).',
      'Feste Grenzen A und B oder aus der Verteilung berechnet (Ultsch & Lötsch).',
    ),
  },
  abcLimitA: {
    key: 'abcLimitA', kind: 'percent', default: 0.8, rule: 'share', source: 'practice', report: { show: 'value', when: ABC_FIXED, after: 'abcMeasure' },
    pane: true, flag: true,
    label: t('ABC-grens A', 'ABC limit A', 'ABC-Grenze A'),
    help: t('Cumulatief aandeel tot waar klanten A zijn.', 'Cumulative share up to which clients are A.', 'Kumulierter Anteil, bis zu dem Kunden A sind.'),
  },
  abcLimitB: {
    key: 'abcLimitB', kind: 'percent', default: 0.95, rule: 'share', source: 'practice', report: { show: 'value', when: ABC_FIXED, after: 'abcLimitA' },
    pane: true, flag: true,
    label: t('ABC-grens B', 'ABC limit B', 'ABC-Grenze B'),
    help: t('Cumulatief aandeel tot waar klanten B zijn; boven A.', 'Cumulative share up to which clients are B; above A.', 'Kumulierter Anteil, bis zu dem Kunden B sind; über A.'),
  },
  abcMeasure: {
    key: 'abcMeasure', kind: 'choice', default: 'netProfit', rule: 'choice', report: VALUE, pane: true, flag: true,
    choices: [
      { value: 'netProfit', label: t('nettowinst', 'net profit', 'Nettogewinn') },
      { value: 'revenue', label: t('omzet', 'revenue', 'Umsatz') },
      { value: 'hourlyReturn', label: t('uurrendement', 'hourly return', 'Stundenertrag') },
    ],
    label: t('ABC-maatstaf', 'ABC measure', 'ABC-Maßstab'),
    help: t('Waarop de klanten gerangschikt worden.', 'What the clients are ranked by.', 'Wonach die Kunden gereiht werden.'),
  },
  maxVisitsPerYear: {
    key: 'maxVisitsPerYear', kind: 'number', default: 2, rule: 'count', source: 'assumption', report: VALUE, pane: true, flag: true,
    label: t('Maximaal bezoeken per jaar', 'Maximum visits per year', 'Höchstens Besuche pro Jahr'),
    help: t('Reparatie: bezoeken boven dit aantal vervallen.', 'Repair: visits above this number are dropped.', 'Sanierung: Besuche über dieser Zahl entfallen.'),
  },
  minOrderSize: {
    key: 'minOrderSize', kind: 'money', default: null, rule: 'amount', report: VALUE, pane: true, flag: true,
    label: t('Minimale ordergrootte', 'Minimum order size', 'Mindestauftragsgröße'),
    help: t('Reparatie: kleinere orders worden samengevoegd.', 'Repair: smaller orders are combined.', 'Sanierung: kleinere Aufträge werden zusammengelegt.'),
  },
  utilisation: {
    key: 'utilisation', kind: 'percent', default: 0.5, rule: 'share', source: 'assumption', report: VALUE, pane: true, flag: true,
    label: t('Bezettingsgraad vrijgekomen uren', 'Utilisation of freed hours', 'Auslastung freier Stunden'),
    help: t(
      'Laten gaan: welk deel van de vrijgekomen uren ander werk vult.',
      'Letting go: the share of the freed hours that other work fills.',
      'Gehenlassen: welcher Anteil der frei gewordenen Stunden andere Arbeit füllt.',
    ),
  },
  lateDaysThreshold: {
    key: 'lateDaysThreshold', kind: 'number', default: 14, rule: 'count', report: null, pane: true, flag: true,
    label: t('Laat betalen vanaf (dagen)', 'Pays late from (days)', 'Zahlt spät ab (Tage)'),
    help: t('Signaal laat betalen vanaf zoveel dagen te laat.', 'Signal "pays late" from this many days late.', 'Signal „zahlt spät“ ab so vielen Tagen Verzug.'),
  },
  lateRemindersThreshold: {
    key: 'lateRemindersThreshold', kind: 'number', default: 2, rule: 'count', report: null, pane: true, flag: true,
    label: t('Laat betalen vanaf (aanmaningen)', 'Pays late from (reminders)', 'Zahlt spät ab (Mahnungen)'),
    help: t('Signaal laat betalen vanaf zoveel aanmaningen.', 'Signal "pays late" from this many reminders.', 'Signal „zahlt spät“ ab so vielen Mahnungen.'),
  },
  manyCorrectionsThreshold: {
    key: 'manyCorrectionsThreshold', kind: 'number', default: 3, rule: 'count', report: null, pane: true, flag: true,
    label: t('Veel correcties vanaf', 'Many corrections from', 'Viele Korrekturen ab'),
    help: t('Signaal veel correcties vanaf zoveel rondes.', 'Signal "many corrections" from this many rounds.', 'Signal „viele Korrekturen“ ab so vielen Runden.'),
  },
  emergencyMaxOrders: {
    key: 'emergencyMaxOrders', kind: 'number', default: 2, rule: 'count', report: null, pane: true, flag: true,
    label: t('Spoedklant: hoogstens orders', 'Emergency-only: at most orders', 'Nur Notfälle: höchstens Aufträge'),
    help: t('Signaal spoedklant: hoogstens zoveel orders per jaar.', 'Signal "emergency-only": at most this many orders a year.', 'Signal „nur Notfälle“: höchstens so viele Aufträge im Jahr.'),
  },
  emergencyTimeFactor: {
    key: 'emergencyTimeFactor', kind: 'number', default: 2, rule: 'positive', report: null, pane: true, flag: true,
    label: t('Spoedklant: tijd per order × mediaan', 'Emergency-only: time per order × median', 'Nur Notfälle: Zeit pro Auftrag × Median'),
    help: t(
      'Signaal spoedklant: tijd per order minstens zoveel keer de mediaan.',
      'Signal "emergency-only": time per order at least this many times the median.',
      'Signal „nur Notfälle“: Zeit pro Auftrag mindestens so oft der Median.',
    ),
  },
  shrinkingTrend: {
    key: 'shrinkingTrend', kind: 'percent', default: -0.2, rule: 'decline', report: null, pane: true, flag: true,
    label: t('Krimp vanaf', 'Shrinking from', 'Schrumpft ab'),
    help: t('Signaal krimp vanaf deze daling van de omzet.', 'Signal "shrinking" from this fall in revenue.', 'Signal „schrumpft“ ab diesem Umsatzrückgang.'),
  },
  highPotentialScore: {
    key: 'highPotentialScore', kind: 'number', default: 4, rule: 'score', report: null, pane: true, flag: true,
    label: t('Hoge potentie vanaf', 'High potential from', 'Hohes Potenzial ab'),
    help: t('Signaal hoge potentie vanaf deze score (1–5).', 'Signal "high potential" from this score (1–5).', 'Signal „hohes Potenzial“ ab dieser Bewertung (1–5).'),
  },
  audience: {
    key: 'audience', kind: 'choice', default: 'internal', rule: 'choice', report: null, pane: false, flag: true,
    choices: [
      { value: 'internal', label: t('intern', 'internal', 'intern') },
      { value: 'client', label: t('voor de klant', 'for the client', 'für den Kunden') },
    ],
    label: t('Gespreksblad voor', 'Conversation sheet for', 'Gesprächsblatt für'),
    help: t(
      'Intern (met advies, ABC-klasse, piramidelaag en het effect van laten gaan) of voor de klant (zonder die, met neutrale koppen).',
      'Internal (with the advice, ABC class, pyramid tier and the let-go effect) or for the client (without them, neutral headings).',
      'Intern (mit Empfehlung, ABC-Klasse, Pyramidenstufe und dem Effekt des Gehenlassens) oder für den Kunden (ohne diese, mit neutralen Überschriften).',
    ),
  },
};

/** The registry as a list, in its order. Consumers take a list, so a test can hand them one with an extra entry. */
export const SETTING_LIST: readonly SettingDefinition[] = Object.values(SETTINGS) as readonly SettingDefinition[];

/** Every setting's default (derived: `settings.ts` exports it as `DEFAULT_SETTINGS`). */
export function defaultsOf(list: readonly SettingDefinition[]): Record<string, unknown> {
  return Object.fromEntries(list.map((entry) => [entry.key, entry.default]));
}

/** The entry of `key` in `list`, if any. */
export function settingDefinition(key: string, list: readonly SettingDefinition[] = SETTING_LIST): SettingDefinition | undefined {
  return list.find((entry) => entry.key === key);
}

/** The kinds typed as a number. */
export function isNumberKind(kind: SettingKind): boolean {
  return kind === 'number' || kind === 'percent' || kind === 'money';
}

/** The CLI flag of a setting: its key in kebab case (`hourlyCost` → `hourly-cost`). */
export const flagName = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Every setting's label per language (the report's, the panes' and the CLI help's). */
export const SETTING_LABELS = Object.fromEntries(
  (['nl', 'en', 'de'] as const).map((language) => [language, Object.fromEntries(SETTING_LIST.map((entry) => [entry.key, entry.label[language]]))]),
) as Record<Language, Record<keyof Settings, string>>;

/** Where a setting's default comes from, as the report's settings block and the README's table say it. */
export type SourceId = 'user' | 'assumption' | 'seed' | 'practice' | 'userFigures' | 'statutory' | 'literature';
export const SOURCE_LABELS: Catalogue<SourceId> = {
  nl: {
    user: 'door u ingesteld', assumption: 'aanname, aanpasbaar', seed: 'gemiddelde kosten van een verkoopbezoek in Nederland',
    practice: 'gangbare praktijk', userFigures: 'uw eigen cijfers (nog niet ingesteld)', statutory: 'wettelijke handelsrente {country}, gemiddelde {halfYears}; {source}',
    literature: '{source}',
  },
  en: {
    user: 'set by you', assumption: 'assumption, editable', seed: 'average cost of a sales visit in the Netherlands',
    practice: 'common practice', userFigures: 'your own figures (not set yet)', statutory: 'statutory commercial rate {country}, average of {halfYears}; {source}',
    literature: '{source}',
  },
  de: {
    user: 'von Ihnen eingestellt', assumption: 'Annahme, anpassbar', seed: 'durchschnittliche Kosten eines Vertriebsbesuchs in den Niederlanden',
    practice: 'übliche Praxis', userFigures: 'Ihre eigenen Zahlen (noch nicht eingestellt)', statutory: 'gesetzlicher Verzugszins {country}, Durchschnitt {halfYears}; {source}',
    literature: '{source}',
  },
};
