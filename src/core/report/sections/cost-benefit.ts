/**
 * The Kosten-batenanalyse's tables per ABC class and per pyramid tier (docs/DEFINITIONS.md §4, §6). They use the
 * client table's money columns, so each row is a `COUNTIF` and `SUMIF`s over the client table and each total a
 * `SUM` of the rows above: the sheet stays correct for someone who edits it without the add-in.
 */
import type { GroupTotals } from '../../types.js';
import { ABC_CLASSES, TIERS } from '../../types.js';
import { TIER_LABELS } from '../../messages.js';
import { a1, type Formula } from '../model.js';
import { COLORS, FORMATS, profitColour } from '../theme.js';
import { groupValue, ratioCell, type Column } from '../columns.js';
import type { ReportContext } from '../context.js';
import type { SheetWriter } from '../writer.js';
import { tiersByCode } from './pyramid.js';

export function writeCostBenefit(w: SheetWriter, ctx: ReportContext): void {
  const { label, language } = ctx.text;
  const { col, result } = ctx;
  const table = new GroupTable(w, ctx);
  w.heading('costBenefit', label('costBenefit'));

  w.subheading(label('perClass'), col.hourlyReturn!);
  table.header(label('class'));
  const classFirst = w.row;
  for (const letter of ABC_CLASSES) table.row(letter, 'abcClass', letter, result.classes[letter], COLORS.classFill[letter]);
  table.total(classFirst, w.row - 1, result.totals);
  table.formats(classFirst, w.row - 1);
  w.skip();

  w.subheading(label('perTier'), col.hourlyReturn!);
  table.header(label('tier'));
  const tierFirst = w.row;
  const tiers = tiersByCode(ctx);
  for (const tier of TIERS) {
    const t = tiers.get(tier);
    if (!t) continue;
    table.row(TIER_LABELS[language][tier], 'tier', TIER_LABELS[language][tier], t, tier === 'inactive' ? COLORS.inactive : profitColour(t));
  }
  table.total(tierFirst, w.row - 1, result.totals);
  table.formats(tierFirst, w.row - 1);
  w.skip();
}

/** Rows of a group table: a group's name, its client count in B, and the client table's columns revenue … hourly return. */
class GroupTable {
  private readonly columns: readonly Column[];

  constructor(private readonly w: SheetWriter, private readonly ctx: ReportContext) {
    const col = ctx.col;
    this.columns = ctx.columns.slice(col.revenue!, col.hourlyReturn! + 1);
  }

  header(first: string): void {
    const { w, ctx } = this;
    const col = ctx.col;
    w.put(w.row, 0, first);
    w.put(w.row, 1, ctx.text.label('clientsCount'));
    this.columns.forEach((c, i) => w.put(w.row, col.revenue! + i, c.label));
    w.style(w.row, 0, w.row, col.hourlyReturn!, { bold: true, wrap: true, vertical: 'bottom', borderBottom: COLORS.headerRule });
    w.skip();
  }

  /** A group's row: the clients whose `criterionColumn` is `criterion`, counted and summed over the client table. */
  row(name: string, criterionColumn: string, criterion: string, totals: GroupTotals, fillColour?: string): void {
    const { w, ctx } = this;
    const { col, table } = ctx;
    w.put(w.row, 0, name);
    const countIf = (): Formula => ({ formula: `COUNTIF(${table.range(criterionColumn)},"${criterion}")`, value: totals.clients });
    w.later(w.row, 1, countIf);
    for (const c of this.columns) {
      const at = col[c.id]!;
      const r = w.row;
      if (c.total === 'sum') {
        w.later(r, at, () => ({
          formula: `SUMIF(${table.range(criterionColumn)},"${criterion}",${table.range(c.id)})`,
          value: groupValue(totals, c.id),
        }));
      } else if (c.total) {
        w.put(r, at, ratioCell(col, ctx.text.na, c.total, r, totals));
      }
    }
    if (fillColour) w.style(w.row, 0, w.row, 0, { fill: fillColour, bold: true });
    w.skip();
  }

  /** The sum of the group rows `first`..`last`; margin and hourly return as ratios of the sums. */
  total(first: number, last: number, totals: GroupTotals): void {
    const { w, ctx } = this;
    const col = ctx.col;
    w.put(w.row, 0, ctx.text.label('total'));
    w.put(w.row, 1, { formula: `SUM(${a1(first, 1)}:${a1(last, 1)})`, value: totals.clients });
    for (const c of this.columns) {
      const at = col[c.id]!;
      if (c.total === 'sum') w.put(w.row, at, { formula: `SUM(${a1(first, at)}:${a1(last, at)})`, value: groupValue(totals, c.id) });
      else if (c.total) w.put(w.row, at, ratioCell(col, ctx.text.na, c.total, w.row, totals));
    }
    w.style(w.row, 0, w.row, col.hourlyReturn!, { bold: true, borderTop: COLORS.headerRule });
    w.skip();
  }

  formats(first: number, last: number): void {
    const { w, ctx } = this;
    w.style(first, 1, last, 1, { numberFormat: FORMATS.count });
    for (const c of this.columns) if (c.format) w.style(first, ctx.col[c.id]!, last, ctx.col[c.id]!, { numberFormat: c.format });
  }
}
