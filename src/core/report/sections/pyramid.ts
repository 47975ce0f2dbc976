/**
 * The Klantenpiramide (docs/DEFINITIONS.md §4): the tiers drawn as bands narrowing to the top, each coloured by how
 * it fares, then the tiers' table beside Curry's typical revenue shares.
 */
import type { PyramidTier, Tier } from '../../types.js';
import { TIERS } from '../../types.js';
import { TIER_LABELS } from '../../messages.js';
import { CURRY_REVENUE_SHARE } from '../../classify.js';
import { quotient } from '../../figures.js';
import { COLORS, FORMATS, LAST_PYRAMID_COLUMN, profitColour } from '../theme.js';
import { clientCount } from '../text.js';
import type { ReportContext } from '../context.js';
import type { SheetWriter } from '../writer.js';

/** The analysis' tiers by code (a tier without clients may be missing). */
export function tiersByCode(ctx: ReportContext): Map<Tier, PyramidTier> {
  return new Map(ctx.result.pyramid.map((t) => [t.tier, t]));
}

/** The tier table's money cells, for widths.ts (which may show them in thousands): its header row and rows. */
export type TierTablePlace = { header: number; first: number; last: number; money: number[] };

export function writePyramid(w: SheetWriter, ctx: ReportContext): TierTablePlace {
  const { label } = ctx.text;
  w.heading('pyramid', label('pyramid'));
  writeLegend(w, [[COLORS.profit, label('legendProfit')], [COLORS.thin, label('legendThin')], [COLORS.loss, label('legendLoss')]]);
  w.skip();
  writeBands(w, ctx);
  w.skip();
  const place = writeTierTable(w, ctx);
  w.skip();
  return place;
}

/** The colours' meanings, two merged cells each, from D on. */
function writeLegend(w: SheetWriter, entries: [string, string][]): void {
  entries.forEach(([colour, text], i) => {
    const c = 3 + i * 3;
    w.put(w.row, c, text);
    w.merge(w.row, c, w.row, c + 1);
    w.style(w.row, c, w.row, c + 1, { fill: colour, horizontal: 'center' });
  });
  w.skip();
}

/** One band per active tier, top first, and a grey line for the inactive clients when there are any. */
function writeBands(w: SheetWriter, ctx: ReportContext): void {
  const { label, language, pct } = ctx.text;
  const tiers = tiersByCode(ctx);
  const activeTiers: Tier[] = ['top', 'large', 'medium', 'small'];
  activeTiers.forEach((tier, level) => {
    const t = tiers.get(tier);
    const halfWidth = level + 1; // 3, 5, 7, 9 columns: bands narrowing to the top, centred on column H
    const left = 7 - halfWidth;
    const right = 7 + halfWidth;
    w.put(w.row, 0, TIER_LABELS[language][tier]);
    w.style(w.row, 0, w.row, 0, { bold: true, vertical: 'middle' });
    const text =
      `${label('bandTitle', { tier: TIER_LABELS[language][tier], clients: clientCount(t?.clients ?? 0, language) })}\n` +
      label('bandFigures', { revenue: pct(t?.revenueShare ?? null), profit: pct(t?.netProfitShare ?? null) });
    w.put(w.row, left, text);
    w.merge(w.row, left, w.row, right);
    w.style(w.row, left, w.row, right, {
      fill: t ? profitColour(t) : COLORS.inactive, horizontal: 'center', vertical: 'middle', wrap: true, bold: level === 0,
    });
    w.height(w.row, 34);
    w.skip();
  });
  const inactive = tiers.get('inactive');
  if (inactive && inactive.clients > 0) {
    w.put(w.row, 0, TIER_LABELS[language].inactive);
    w.put(w.row, 3, `${TIER_LABELS[language].inactive}: ${clientCount(inactive.clients, language)}`);
    w.merge(w.row, 3, w.row, LAST_PYRAMID_COLUMN);
    w.style(w.row, 3, w.row, LAST_PYRAMID_COLUMN, { fill: COLORS.inactive, horizontal: 'center', italic: true });
    w.skip();
  }
}

/** The tiers' figures, and the claim about the small clients when there are any. */
function writeTierTable(w: SheetWriter, ctx: ReportContext): TierTablePlace {
  const { label, language, na, pct } = ctx.text;
  const tiers = tiersByCode(ctx);
  w.headerRow([label('tier'), label('clientsCount'), label('revenueShare'), label('revenue'), label('typicalShare'), label('netProfit'), label('profitShare'), label('margin')]);
  const first = w.row;
  for (const tier of TIERS) {
    const t = tiers.get(tier);
    if (!t) continue;
    const r = w.row;
    w.put(r, 0, TIER_LABELS[language][tier]);
    w.put(r, 1, t.clients);
    w.put(r, 2, t.revenueShare ?? na);
    w.put(r, 3, t.revenue);
    w.put(r, 4, t.typicalRevenueShare ?? (tier === 'inactive' ? null : CURRY_REVENUE_SHARE[tier]));
    w.put(r, 5, t.netProfit);
    w.put(r, 6, t.netProfitShare ?? na);
    w.put(r, 7, quotient(t.netProfit, t.revenue) ?? na);
    w.style(r, 0, r, 0, { fill: tier === 'inactive' ? COLORS.inactive : profitColour(t) });
    w.skip();
  }
  const last = w.row - 1;
  w.style(first, 1, last, 1, { numberFormat: FORMATS.count });
  w.style(first, 2, last, 2, { numberFormat: FORMATS.percent });
  // Whole euros, as in the cost-benefit table: an overview by tier, in the client table's narrower columns.
  w.style(first, 3, last, 3, { numberFormat: FORMATS.moneyWhole });
  w.style(first, 4, last, 4, { numberFormat: FORMATS.percent, fontColor: COLORS.muted });
  w.style(first, 5, last, 5, { numberFormat: FORMATS.moneyWhole });
  w.style(first, 6, last, 7, { numberFormat: FORMATS.percent });
  w.style(first, 1, last, 7, { horizontal: 'right' });
  const small = tiers.get('small');
  if (small && small.clients > 0) {
    w.put(w.row, 0, label('smallTierClaim', { revenue: pct(small.revenueShare), profit: pct(small.netProfitShare) }));
    w.style(w.row, 0, w.row, 0, { italic: true });
    w.skip();
  }
  return { header: first - 1, first, last, money: [3, 5] };
}
