/**
 * The Walviscurve (docs/DEFINITIONS.md §4): its peak in a sentence, the chart, and the points it draws. In shares
 * when the total net profit is positive, else in money (a share of a loss means nothing).
 */
import { COLORS, FORMATS, WARNING_TEXT } from '../theme.js';
import type { ReportContext } from '../context.js';
import type { SheetWriter } from '../writer.js';

/** Rows the whale chart covers. */
export const CHART_ROWS = 30;
/** The chart's last column (J): wide enough to read 48 points, half a printed page high. */
const CHART_RIGHT = 9;

/** The section; the last row that prints (the sentences and the chart: the points stay in the sheet). */
export function writeWhale(w: SheetWriter, ctx: ReportContext): number {
  const { label, pct, na } = ctx.text;
  const whale = ctx.result.whale;
  w.heading('whale', label('whale'));
  if (whale.unit === 'share') {
    w.put(w.row, 0, label('whalePeak', { clients: pct(whale.peak.clientShare), profit: pct(whale.peak.profitShare) }));
    w.skip();
    if (whale.top20ProfitShare !== null) {
      w.put(w.row, 0, label('whaleTop20', { share: pct(whale.top20ProfitShare) }));
      w.skip();
    }
  } else {
    w.put(w.row, 0, label('whaleMoney'));
    w.style(w.row, 0, w.row, 0, { fontColor: WARNING_TEXT });
    w.skip();
  }
  // The chart first, the points it draws below it: the print shows the chart on the section's page and leaves
  // the points (up to ~500 rows) to the sheet, so no page holds only the tail of the table.
  const chartTop = w.row;
  if (whale.points.length > 1) w.skip(CHART_ROWS + 1);
  const chartEnd = w.row - 1;
  w.headerRow([label('clientShare'), label('profitShareCumulative'), label('cumulativeProfit')], 0, 3);
  const first = w.row;
  for (const point of whale.points) {
    w.putRow(w.row, [point.clientShare, point.profitShare ?? na, point.cumulativeProfit]);
    w.skip();
  }
  const last = w.row - 1;
  w.style(first, 0, last, 0, { numberFormat: FORMATS.percent, horizontal: 'right' });
  w.style(first, 1, last, 1, { numberFormat: FORMATS.percent });
  w.style(first, 2, last, 2, { numberFormat: FORMATS.money });
  if (whale.points.length > 1) {
    const yColumn = whale.unit === 'share' ? 1 : 2;
    w.charts.push({
      kind: 'scatterLine',
      title: label('chartTitle'),
      anchor: { top: chartTop, left: 0, bottom: chartTop + CHART_ROWS - 1, right: CHART_RIGHT },
      xAxisTitle: label('clientShare'),
      yAxisTitle: whale.unit === 'share' ? label('profitShareCumulative') : label('cumulativeProfit'),
      xFormat: '0%',
      yFormat: whale.unit === 'share' ? '0%' : '"€" #,##0',
      series: [{
        name: label('whale'),
        x: { top: first, left: 0, bottom: last, right: 0 },
        y: { top: first, left: yColumn, bottom: last, right: yColumn },
        color: COLORS.line,
      }],
    });
  }
  w.skip();
  return chartEnd;
}
