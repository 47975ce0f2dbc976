/**
 * The README's list of recognised headers, generated from the matcher's own vocabulary (`node scripts/docs.mjs`),
 * so the documentation can never promise a word the matcher does not know. test/core/header-reference.test.ts
 * fails when README.md is out of date.
 */
import { FIELDS } from './fields.js';
import { fieldVocabulary, interpretHeader, VOCABULARY } from './headers.js';
import { COLUMN_REASONS, FIELD_LABELS } from './messages.js';
import type { ColumnReason } from './types.js';

const EXAMPLES: readonly string[] = [
  'Klantnaam', 'Debiteur', 'Firmenname', 'Customer', 'Omzet excl. btw', 'Umsatz netto', 'Omzet 2025', 'Revenue (EUR)',
  'Omzet incl. btw', 'Kosten materiaal', 'Wareneinsatz', 'Cost of goods sold', 'Aantal uren', 'Arbeitszeit (h)',
  'Tijd (min)', 'Tracked time (minutes)', 'Buitendienstbezoeken', 'Kundenbesuche', 'Webshop orders', 'Anzahl Bestellungen',
  'Number of invoices', 'Franco leveringen', 'Korting %', 'Rabattsatz', 'Gem. dagen te laat', 'Days past due',
  'Aanmaningen', 'Omzet vorig jaar', 'Umsatz Vorjahr', 'Omzet uit aanbevelingen', 'Potentie (1-5)', 'Relatie (1-5)',
  'Raamcontract', 'Stundensatz', 'Orderwaarde', 'Kortingsbedrag', 'Ordernummer', 'Orderdatum', 'E-mailadres',
  'Umsatzsteuer', 'Ø Umsatz', 'Marge %', 'Geplande uren', 'Retouren',
];

/** Fields named by two words together ("Franco leveringen", "Dagen te laat", "Omzet vorig jaar"). */
const COMPOSITE: Partial<Record<(typeof FIELDS)[number], [keyof typeof VOCABULARY, keyof typeof VOCABULARY]>> = {
  freeShipments: ['free', 'shipments'],
  daysLate: ['late', 'days'],
  previousRevenue: ['prior', 'revenue'],
  referralRevenue: ['referral', 'revenue'],
};

const NOT_A_FIELD: readonly [ColumnReason, keyof typeof VOCABULARY][] = [
  ['rate', 'rate'], ['amount', 'amount'], ['identifier', 'identifier'], ['date', 'date'], ['contact', 'address'],
  ['tax', 'tax'], ['derived', 'derived'],
];

export function headerReference(): string {
  const words = fieldVocabulary();
  const lines = [
    '<!-- Generated from src/core/headers.ts by `node scripts/docs.mjs`; do not edit by hand. -->',
    '',
    'A header is read for its meaning: case, accents, years, units and VAT markers are understood, and the words',
    'below may stand alone, be part of a compound (`Klantbezoeken`, `Kundenbesuche`) or carry a modifier',
    '(`Webshop orders`, `Kosten materiaal`). Examples, as the matcher reads them:',
    '',
    '| header | read as |',
    '|---|---|',
  ];
  for (const example of EXAMPLES) {
    const meaning = interpretHeader(example);
    const what = meaning.field
      ? `${FIELD_LABELS.nl[meaning.field]}${meaning.scale !== 1 ? ' (minuten → uren)' : ''}${meaning.vat === 'incl' ? ' (incl. btw: alleen zonder kolom excl. btw)' : ''}`
      : `niet gebruikt: ${COLUMN_REASONS.nl[meaning.reason]}`;
    lines.push(`| \`${example}\` | ${what} |`);
  }
  lines.push('', 'Words that name each field (Dutch, German, English; written here without accents):', '');
  lines.push('| field | words |', '|---|---|');
  const quote = (list: readonly string[]): string => list.filter((word) => word.length >= 3).map((w) => `\`${w}\``).join(' ');
  for (const field of FIELDS) {
    const list = [...(words[field] ?? [])].sort();
    const composite = COMPOSITE[field];
    const parts = composite ? `${list.length > 0 ? '; ' : ''}a word of ${quote(VOCABULARY[composite[0]])} with one of ${quote(VOCABULARY[composite[1]])}` : '';
    lines.push(`| ${FIELD_LABELS.nl[field]} (\`${field}\`) | ${quote(list)}${parts} |`);
  }
  lines.push('', 'Words that make a column something else, wherever they stand (a selection):', '');
  lines.push('| not used as | e.g. |', '|---|---|');
  for (const [reason, concept] of NOT_A_FIELD) {
    lines.push(`| ${COLUMN_REASONS.nl[reason]} | ${VOCABULARY[concept].filter((w) => w.length >= 3).slice(0, 14).map((w) => `\`${w}\``).join(' ')} |`);
  }
  return lines.join('\n');
}
