/** The sheet's title and the Samenvatting: the portfolio's headline figures, live on the client table's total row. */
import { quotient } from '../../figures.js';
import type { Cell, Formula } from '../model.js';
import { COLORS, ERROR_TEXT, FORMATS } from '../theme.js';
import { displayDate } from '../text.js';
import type { ReportContext } from '../context.js';
import type { SheetWriter } from '../writer.js';
import { isCorrectSkip } from './problems.js';

/** The title, and the date the report was made under it. */
export function writeTitle(w: SheetWriter, ctx: ReportContext): void {
  const { label } = ctx.text;
  w.put(w.row, 0, label('title'));
  w.style(w.row, 0, w.row, 0, { bold: true, size: 18, fontColor: COLORS.heading });
  w.height(w.row, 26);
  w.skip();
  w.put(w.row, 0, label('generated', { date: displayDate(ctx.options.madeOn ?? ctx.settings.periodEndUsed, ctx.language) }));
  w.style(w.row, 0, w.row, 0, { italic: true, fontColor: COLORS.muted });
  w.skip(2);
}

/**
 * Rows with at least one problem (a row with two problems counts once). A totals row the reader rightly skipped is
 * no problem of the input: listed under *Problemen*, not counted here.
 */
export function problemRowCount(ctx: Pick<ReportContext, 'problems'>): number {
  return new Set(ctx.problems.filter((p) => p.row !== null && !isCorrectSkip(p)).map((p) => p.row)).size;
}

/**
 * The headline figures, each a label in A and its value in B:C merged. The totals are formulas on the client
 * table's total row (made once its place is known), so they follow the table when someone edits it.
 */
export function writeSummary(w: SheetWriter, ctx: ReportContext): void {
  const { label, na, language } = ctx.text;
  const { result, table } = ctx;
  const n = ctx.clients.count;
  const problemRows = problemRowCount(ctx);
  w.heading('summary', label('summary'));
  const value = (text: string, cell: Cell | (() => Formula), format?: string): void => {
    w.put(w.row, 0, text);
    if (typeof cell === 'function') w.later(w.row, 1, cell);
    else w.put(w.row, 1, cell);
    if (format) {
      w.merge(w.row, 1, w.row, 2);
      w.style(w.row, 1, w.row, 2, { numberFormat: format, horizontal: 'right' });
    }
    w.skip();
  };
  value(label('period'), label('periodValue', { date: displayDate(ctx.settings.periodEndUsed, language) }));
  value(label('clientCount'), () => ({ formula: n > 0 ? `COUNTA(${table.range('client')})` : '0', value: n }), FORMATS.count);
  value(label('revenue'), () => ({ formula: table.totalCell('revenue'), value: result.totals.revenue }), FORMATS.money);
  value(label('netProfit'), () => ({ formula: table.totalCell('netProfit'), value: result.totals.netProfit }), FORMATS.money);
  value(label('time'), () => ({ formula: table.totalCell('time'), value: result.totals.time }), FORMATS.hours);
  value(label('hourlyReturn'), () => ({ formula: table.totalCell('hourlyReturn'), value: result.totals.hourlyReturn ?? na }), FORMATS.money);
  value(label('portfolioMargin'), () => ({ formula: table.totalCell('margin'), value: quotient(result.totals.netProfit, result.totals.revenue) ?? na }), FORMATS.percent);
  value(label('replacementHourlyReturn'), result.replacementHourlyReturn ?? na, FORMATS.money);
  value(label('problemRows'), problemRows, FORMATS.count);
  // Problems in red, so someone who reads only the summary sees that rows were left out or doubted.
  w.style(w.row - 1, 1, w.row - 1, 2, { numberFormat: FORMATS.count, horizontal: 'right', fontColor: problemRows > 0 ? ERROR_TEXT : COLORS.muted, bold: problemRows > 0 });
  w.skip();
}
