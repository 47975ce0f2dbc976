/**
 * The Kosten-batenanalyse's table per ABC class and per pyramid tier (docs/DEFINITIONS.md §4, §6), one figure a
 * row and one group a column: A, B, C and their total, then the tiers (whose total is the same). Transposed, it
 * is A..L, as wide as the pyramid, and prints on one page with the scenarios below it (as two tables in the client table's seventeen columns
 * it printed on three pages, one of them two columns wide). Each group's cell is a `COUNTIF` or `SUMIF` over the
 * client table and each total a `SUM` of its row's groups, so the sheet stays correct for someone who edits it
 * without the add-in. Its sums are whole euros: an overview by group, whose cents the client table shows.
 */
import type { GroupTotals } from '../../types.js';
import { ABC_CLASSES, TIERS } from '../../types.js';
import { TIER_LABELS } from '../../messages.js';
import { a1, type Formula } from '../model.js';
import { COLORS, FORMATS, profitColour } from '../theme.js';
import { groupValue, ratioFormula, type Column } from '../columns.js';
import type { ReportContext } from '../context.js';
import type { SheetWriter } from '../writer.js';
import { tiersByCode } from './pyramid.js';

/** The table's first value column (D): B and C are the client table's narrow class and tier columns. */
export const COST_BENEFIT_FIRST_COLUMN = 3;

/** A group of the table: its name, the client-table column and value that select its clients, its totals. */
type Group = { name: string; criterionColumn: string; criterion: string; totals: GroupTotals; fill: string };

/** Where the table is, for the column widths: its header row `first` to its last figure's row, columns up to `lastColumn`. */
export type CostBenefitPlace = {
  first: number; last: number; lastColumn: number;
  /** What the header's first cell says when the sums are shown in thousands (widths.ts). */
  unitLabel: string;
  /** The same, short, after a tier table's column name. */
  unitShort: string;
};

export function writeCostBenefit(w: SheetWriter, ctx: ReportContext): CostBenefitPlace {
  const { label, language } = ctx.text;
  const { result } = ctx;
  w.heading('costBenefit', label('costBenefit'));
  const classes: Group[] = ABC_CLASSES.map((letter) => ({
    name: letter, criterionColumn: 'abcClass', criterion: letter, totals: result.classes[letter], fill: COLORS.classFill[letter],
  }));
  const tiers: Group[] = [];
  const byCode = tiersByCode(ctx);
  for (const tier of TIERS) {
    const t = byCode.get(tier);
    const name = TIER_LABELS[language][tier];
    if (t) tiers.push({ name, criterionColumn: 'tier', criterion: name, totals: t, fill: tier === 'inactive' ? COLORS.inactive : profitColour(t) });
  }
  const first = COST_BENEFIT_FIRST_COLUMN;
  const classTotal = first + classes.length;
  const tierFirst = classTotal + 1;
  // The tiers have no total of their own: they hold every client, so it is the classes' total beside them.
  const lastColumn = tierFirst + tiers.length - 1;

  // The blocks' names over their columns, then the groups' names coloured as the pyramid and the client table.
  w.put(w.row, first, label('perClass'));
  w.put(w.row, tierFirst, label('perTier'));
  w.style(w.row, 0, w.row, lastColumn, { fill: COLORS.subheading, bold: true });
  w.skip();
  const header = w.row;
  classes.forEach((g, i) => w.put(header, first + i, g.name));
  w.put(header, classTotal, label('total'));
  tiers.forEach((g, i) => w.put(header, tierFirst + i, g.name));
  w.style(header, 0, header, lastColumn, { bold: true, horizontal: 'right', borderBottom: COLORS.headerRule });
  classes.forEach((g, i) => w.style(header, first + i, header, first + i, { fill: g.fill }));
  tiers.forEach((g, i) => w.style(header, tierFirst + i, header, tierFirst + i, { fill: g.fill }));
  w.skip();

  const figures = figureRows(ctx);
  const rowOf = new Map<string, number>(figures.map((f, k) => [f.id, w.row + k]));
  for (const figure of figures) {
    const r = w.row;
    w.put(r, 0, figure.label);
    classes.forEach((g, i) => writeGroupCell(w, ctx, figure, g, r, first + i, rowOf));
    const totals = result.totals;
    w.put(r, classTotal, figure.total === 'sum' || figure.total === 'count'
      ? { formula: `SUM(${a1(r, first)}:${a1(r, classTotal - 1)})`, value: figure.total === 'count' ? totals.clients : groupValue(totals, figure.id) }
      : ratio(ctx, figure.total, classTotal, rowOf, totals));
    tiers.forEach((g, i) => writeGroupCell(w, ctx, figure, g, r, tierFirst + i, rowOf));
    // Sums in whole euros; the hourly return (tens of euros) keeps its cents.
    const format = figure.format === FORMATS.money && figure.total === 'sum' ? FORMATS.moneyWhole : figure.format;
    w.style(r, first, r, lastColumn, { numberFormat: format, horizontal: 'right' });
    w.skip();
  }
  const last = w.row - 1;
  w.style(header + 1, classTotal, last, classTotal, { bold: true });
  // The figures the other rows add up to: net profit, and what the clients cost to serve.
  for (const id of ['costToServe', 'netProfit']) {
    const r = rowOf.get(id);
    if (r !== undefined) w.style(r, 0, r, lastColumn, { bold: true, borderTop: COLORS.headerRule });
  }
  w.skip();
  return { first: header, last, lastColumn, unitLabel: label('inThousands'), unitShort: label('thousandsShort') };
}

/** A row of the table: the client count, then the client table's columns revenue … hourly return. */
type Figure = { id: string; label: string; format: string; total: 'count' | 'sum' | 'margin' | 'hourlyReturn' };

function figureRows(ctx: ReportContext): Figure[] {
  const { col } = ctx;
  const columns: readonly Column[] = ctx.columns.slice(col.revenue!, col.hourlyReturn! + 1);
  return [
    { id: 'clients', label: ctx.text.label('clientsCount'), format: FORMATS.count, total: 'count' },
    ...columns.filter((c) => c.total).map((c): Figure => ({ id: c.id, label: c.label, format: c.format ?? FORMATS.money, total: c.total! })),
  ];
}

function writeGroupCell(w: SheetWriter, ctx: ReportContext, figure: Figure, g: Group, r: number, c: number, rowOf: ReadonlyMap<string, number>): void {
  const { table } = ctx;
  // Made once the client table has its place (`later`).
  const where = (): string => `${table.range(g.criterionColumn)},"${g.criterion}"`;
  if (figure.total === 'count') w.later(r, c, (): Formula => ({ formula: `COUNTIF(${where()})`, value: g.totals.clients }));
  else if (figure.total === 'sum') w.later(r, c, (): Formula => ({ formula: `SUMIF(${where()},${table.range(figure.id)})`, value: groupValue(g.totals, figure.id) }));
  else w.put(r, c, ratio(ctx, figure.total, c, rowOf, g.totals));
}

/** Margin or hourly return of a group: a ratio of the cells above it in its own column, so it stays live. */
function ratio(ctx: ReportContext, kind: 'margin' | 'hourlyReturn', c: number, rowOf: ReadonlyMap<string, number>, totals: GroupTotals): Formula {
  return ratioFormula(kind, (id) => a1(rowOf.get(id)!, c), ctx.text.na, totals);
}
