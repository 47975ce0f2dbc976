/**
 * The client table's columns: what each shows of a client (docs/DEFINITIONS.md §3–§5), its width before
 * measuring, its format and how the total row sums it. The cost-benefit tables use the same columns for their
 * class and tier rows, so those rows are `SUMIF`s over the client table.
 */
import type { ClientResult, GroupTotals } from '../types.js';
import { GROUP_SUMS, type GroupSum } from '../fields.js';
import { ADVICE_LABELS, adviceSentence, SIGNAL_LABELS, TIER_LABELS } from '../messages.js';
import { quotient } from '../figures.js';
import { a1, type Formula } from './model.js';
import { FORMATS } from './theme.js';
import type { Clients, Column, Summary } from './context.js';

export type { Column };
import type { ReportText } from './text.js';

export function clientColumns(text: ReportText, settings: Summary['settings'], clients: Clients): Column[] {
  const { label, language, na } = text;
  const driverLabels = settings.extraDrivers.map((d) => d.label || d.column);
  return [
    { id: 'client', label: label('client'), width: 32, format: FORMATS.text, value: (c) => c.client },
    // The firm's own number beside the name, when the list has one (a debtor number from the accounting package).
    ...(clients.count > 0 && clients.client(0).clientNumber !== undefined
      ? [{ id: 'clientNumber', label: label('clientNumber'), width: 12, format: FORMATS.text, value: (c: ClientResult) => c.clientNumber || null } as Column]
      : []),
    { id: 'abcClass', label: label('abcClass'), width: 13, value: (c) => c.abcClass },
    { id: 'tier', label: label('tier'), width: 14, value: (c) => TIER_LABELS[language][c.tier] },
    { id: 'revenue', label: label('revenue'), width: 14, format: FORMATS.money, value: (c) => c.revenue, total: 'sum' },
    { id: 'directCosts', label: label('directCosts'), width: 14, format: FORMATS.money, value: (c) => c.directCosts, total: 'sum' },
    { id: 'time', label: label('time'), width: 14, format: FORMATS.hours, value: (c) => c.time, total: 'sum' },
    { id: 'labourCost', label: label('labourCost'), width: 14, format: FORMATS.money, value: (c) => c.labourCost, total: 'sum' },
    { id: 'visitCost', label: label('visitCost'), width: 14, format: FORMATS.money, value: (c) => c.visitCost, total: 'sum' },
    { id: 'orderCost', label: label('orderCost'), width: 14, format: FORMATS.money, value: (c) => c.orderCost, total: 'sum' },
    { id: 'invoiceCost', label: label('invoiceCost'), width: 14, format: FORMATS.money, value: (c) => c.invoiceCost, total: 'sum' },
    { id: 'shippingCost', label: label('shippingCost'), width: 14, format: FORMATS.money, value: (c) => c.shippingCost, total: 'sum' },
    ...driverLabels.map((driverLabel, d): Column => ({
      id: `driver${d}`, label: driverLabel, width: 14, format: FORMATS.money, value: (c) => c.driverCosts[d] ?? 0, total: 'sum',
    })),
    { id: 'interestCost', label: label('interestCost'), width: 14, format: FORMATS.money, value: (c) => c.interestCost, total: 'sum' },
    { id: 'costToServe', label: label('costToServe'), width: 14, format: FORMATS.money, value: (c) => c.costToServe, total: 'sum' },
    { id: 'netProfit', label: label('netProfit'), width: 14, format: FORMATS.money, value: (c) => c.netProfit, total: 'sum' },
    { id: 'margin', label: label('margin'), width: 10, format: FORMATS.percent, value: (c) => c.margin ?? na, total: 'margin' },
    { id: 'contribution', label: label('contribution'), width: 14, format: FORMATS.money, value: (c) => c.contribution, total: 'sum' },
    { id: 'hourlyReturn', label: label('hourlyReturn'), width: 14, format: FORMATS.money, value: (c) => c.hourlyReturn ?? na, total: 'hourlyReturn' },
    { id: 'opportunityCost', label: label('opportunityCost'), width: 14, format: FORMATS.money, value: (c) => c.opportunityCost ?? na, total: 'sum' },
    { id: 'discountLeak', label: label('discountLeak'), width: 14, format: FORMATS.money, value: (c) => c.discountLeak, total: 'sum' },
    { id: 'trend', label: label('trend'), width: 10, format: FORMATS.percent, value: (c) => c.trend ?? na },
    { id: 'signals', label: label('signals'), width: 30, value: (c) => c.signals.map((s) => SIGNAL_LABELS[language][s]).join(', ') || null },
    { id: 'repairGain', label: label('repairGain'), width: 14, format: FORMATS.money, value: (c) => c.repairGain, total: 'sum' },
    { id: 'repairedProfit', label: label('repairedProfit'), width: 14, format: FORMATS.money, value: (c) => c.repairedProfit, total: 'sum' },
    { id: 'replacement', label: label('replacement'), width: 14, format: FORMATS.money, value: (c) => c.replacement ?? na, total: 'sum' },
    { id: 'referralLoss', label: label('referralLoss'), width: 14, format: FORMATS.money, value: (c) => c.referralLoss, total: 'sum' },
    { id: 'letGoEffect', label: label('letGoEffect'), width: 14, format: FORMATS.money, value: (c) => c.letGoEffect ?? na, total: 'sum' },
    { id: 'advice', label: label('advice'), width: 13, value: (c) => ADVICE_LABELS[language][c.advice] },
    { id: 'row', label: label('row'), width: 7, format: FORMATS.count, value: (c) => c.row },
    { id: 'adviceText', label: label('adviceText'), width: 100, value: (c) => adviceSentence(c, settings, language) },
  ];
}

/** A column's index by its id. */
export function columnIndex(columns: readonly Column[]): Record<string, number> {
  return Object.fromEntries(columns.map((c, i) => [c.id, i])) as Record<string, number>;
}

/**
 * Margin or hourly return of a group as a live formula: net profit over revenue, contribution over time, each cell
 * where `cellOf` finds that figure (`E12`), "n.v.t." where the denominator is not above 0.
 */
export function ratioFormula(kind: 'margin' | 'hourlyReturn', cellOf: (id: string) => string, na: string, totals: GroupTotals): Formula {
  const [numerator, denominator] = kind === 'margin' ? ['netProfit', 'revenue'] : ['contribution', 'time'];
  const under = cellOf(denominator);
  return {
    formula: `IF(${under}>0,${cellOf(numerator)}/${under},"${na}")`,
    value: (kind === 'margin' ? quotient(totals.netProfit, totals.revenue) : totals.hourlyReturn) ?? na,
  };
}

/** Margin or hourly return of a totals row: a ratio of cells in the same row, so it stays live. */
export function ratioCell(col: Readonly<Record<string, number>>, na: string, kind: 'margin' | 'hourlyReturn', r: number, totals: GroupTotals): Formula {
  return ratioFormula(kind, (id) => a1(r, col[id]!), na, totals);
}

const GROUP_FIELDS: ReadonlySet<string> = new Set(GROUP_SUMS);

/** A client-table column's figure in a group's totals (0 for a column the totals do not hold). */
export function groupValue(totals: GroupTotals, id: string): number {
  const driver = /^driver(\d+)$/.exec(id);
  if (driver) return totals.driverCosts[Number(driver[1])] ?? 0;
  // A column's id is its figure's name; a column that is no group sum (the ratios, the class) has 0 here.
  return GROUP_FIELDS.has(id) ? totals[id as GroupSum] : 0;
}

/**
 * Whether a client-table column's total is the analysis' group total; the other summed columns (repair gain,
 * replacement, …) are summed from the rows as they are made (docs/DEFINITIONS.md §6: totals are sums of the rows).
 */
export function isGroupField(id: string): boolean {
  return GROUP_FIELDS.has(id) || /^driver\d+$/.test(id);
}
