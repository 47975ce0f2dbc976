/// <reference types="office-js" />
/**
 * Paints a conversation page (docs/DEFINITIONS.md §8; the core's `ConversationSheet`) into a worksheet of its
 * own, as the analysis sheet is painted (paint.ts): the same batches, our own mark, a re-run replacing only our
 * sheet of that name. What a page adds: it prints on one A4 portrait page (fit to one page wide and tall), and its
 * waterfall is a native chart.
 *
 * The waterfall is stacked columns, as in the xlsx file: Excel's own waterfall type (`Waterfall`) can be created
 * through Office.js but no API marks a point as a total, so *net profit* would be drawn as one more step down from
 * it. The stacked columns carry an invisible base under each visible bar, which reads as a waterfall.
 */
import { a1, a1Range, conversationAsReport, type ConversationSheet, type WaterfallChart } from '../../core/index.js';
import { paintReport, type PaintResult } from './paint.js';

/** The worksheet custom property marking a conversation sheet as ours (apart from the analysis sheet's). */
export const CONVERSATION_MARK_KEY = 'Klantwaarde.conversation';

/** Queues the stacked-column waterfall: one series per model series, the invisible ones without fill. */
export function queueWaterfall(sheet: Excel.Worksheet, spec: WaterfallChart): void {
  const [first, ...more] = spec.series;
  if (!first) return;
  const chart = sheet.charts.add('ColumnStacked', sheet.getRange(a1Range(first.values)), 'Columns');
  chart.title.text = spec.title;
  chart.setPosition(a1(spec.anchor.top, spec.anchor.left), a1(spec.anchor.bottom, spec.anchor.right));
  chart.legend.visible = false;
  chart.axes.valueAxis.numberFormat = spec.yFormat;
  const style = (series: Excel.ChartSeries, s: WaterfallChart['series'][number]): void => {
    series.name = s.name;
    series.setXAxisValues(sheet.getRange(a1Range(spec.categories)));
    series.gapWidth = 60;
    if (!s.visible) {
      series.format.fill.clear();
      series.format.line.lineStyle = 'None';
      return;
    }
    // A colour per step: revenue and net profit apart from the costs.
    s.pointColors.forEach((color, k) => series.points.getItemAt(k).format.fill.setSolidColor(color));
  };
  style(chart.series.getItemAt(0), first);
  for (const s of more) {
    const series = chart.series.add(s.name);
    series.setValues(sheet.getRange(a1Range(s.values)));
    style(series, s);
  }
}

/**
 * Paints `page` into a sheet of ours named `page.name` (or `… (2)` when a user's sheet has that name) and
 * activates it. The syncs are those of the analysis painter: constant in the number of clients.
 */
export function paintConversation(context: Excel.RequestContext, page: ConversationSheet): Promise<PaintResult> {
  const pointCalls = page.charts.reduce((n, c) => n + c.series.reduce((m, s) => m + s.pointColors.length + 6, 0), 0);
  return paintReport(context, conversationAsReport(page), {
    mark: CONVERSATION_MARK_KEY,
    markValue: { client: page.client },
    after: {
      bytes: 120 * (8 + pointCalls),
      queue: (sheet) => {
        // After the layout's zoom: the page is fitted, not scaled (ExcelApi 1.9 PageLayoutZoomOptions).
        sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
        sheet.pageLayout.paperSize = 'A4';
        for (const chart of page.charts) queueWaterfall(sheet, chart);
      },
    },
  });
}
