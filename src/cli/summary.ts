/**
 * The terminal summary: the headline figures, the pyramid as text (coloured by profitability, like the sheet)
 * and the three pieces of advice worth the most.
 */
import { styleText } from 'node:util';
import {
  ADVICE_LABELS, adviceSentence, adviceValue, clientCount, fill, formatMoney, formatNumber, formatPercent, profitability, TIER_LABELS, topAdviceOfColumns,
  type ColumnarAnalysis, type Language, type PyramidTier, type Tier,
} from '../core/index.js';
import { CLI_MESSAGES } from './messages.js';

type Colour = 'green' | 'yellow' | 'red' | 'gray' | 'bold' | 'dim';

const PROFITABILITY_COLOUR: Record<ReturnType<typeof profitability>, Colour> = { loss: 'red', thin: 'yellow', profit: 'green' };

/** The sheet's colours in the terminal: the same rule (`profitability`) decides both. */
function tierColour(tier: PyramidTier): Colour {
  return tier.tier === 'inactive' ? 'gray' : PROFITABILITY_COLOUR[profitability(tier)];
}

/** The summary of the columnar analysis (the CLI's): no object per client, only the three shown are made. */
export function summaryLines(columnar: ColumnarAnalysis, language: Language, color: boolean): string[] {
  const { settings } = columnar;
  const { totals, pyramid } = columnar.summary;
  const t = CLI_MESSAGES[language];
  const paint = (colour: Colour, text: string): string => (color ? styleText(colour, text) : text);
  const money = (x: number): string => formatMoney(x, language);
  const pct = (x: number | null): string => (x === null ? '—' : formatPercent(x, language));
  const clients = (n: number): string => clientCount(n, language);
  const lines: string[] = [];
  lines.push(paint('bold', fill(t.headline, {
    clients: columnar.columns.count,
    revenue: money(totals.revenue),
    profit: money(totals.netProfit),
    hours: formatNumber(totals.time, language, 1),
    hourly: totals.hourlyReturn === null ? '—' : money(totals.hourlyReturn),
  })));
  lines.push('', paint('bold', t.pyramidHeading));
  const active: Tier[] = ['top', 'large', 'medium', 'small'];
  const widest = 2 * active.length - 1;
  active.forEach((code, level) => {
    const tier = pyramid.find((p) => p.tier === code);
    if (!tier) return;
    const width = 2 * level + 1;
    const pad = ' '.repeat(widest - width);
    const band = paint(tierColour(tier), '█'.repeat(width * 2));
    const name = TIER_LABELS[language][code].padEnd(9);
    lines.push(`  ${pad}${band}${pad}  ${name}${fill(t.bandLine, { clients: clients(tier.clients), revenue: pct(tier.revenueShare), profit: pct(tier.netProfitShare) })}`);
  });
  const inactive = pyramid.find((p) => p.tier === 'inactive');
  if (inactive && inactive.clients > 0) lines.push(paint('gray', `  ${fill(t.inactiveLine, { clients: clients(inactive.clients) })}`));
  lines.push('', paint('bold', t.adviceHeading));
  const top = topAdviceOfColumns(columnar);
  if (top.length === 0) lines.push(`  ${t.noAdvice}`);
  top.forEach((client, i) => {
    const colour: Colour = client.advice === 'letGo' ? 'red' : 'yellow';
    const head = fill(t.adviceLine, {
      client: client.client,
      advice: ADVICE_LABELS[language][client.advice],
      effect: money(adviceValue(client, settings.repairThreshold)),
    });
    lines.push(`  ${i + 1}. ${paint(colour, head)}`);
    lines.push(`     ${paint('dim', adviceSentence(client, settings, language))}`);
  });
  lines.push('');
  return lines;
}
