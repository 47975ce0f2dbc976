/**
 * Writes a conversation page (docs/DEFINITIONS.md §8; the core's `ConversationSheet`) as a sheet of its own, painted
 * as the analysis sheet is (paint.ts: the same calls, constant in the number of clients) under a mark of its own,
 * so a re-run replaces only our sheet of that name. Printing is the user's (File → Print): Apps Script has no API
 * for a sheet's paper, orientation or fit, so the page's print layout is not set here — the sheet is laid out to
 * fit A4 portrait as it is (columns A..D).
 *
 * The waterfall is stacked columns, as in the xlsx file and Excel: Apps Script's chart builder has a waterfall type
 * but no way to mark *net profit* as a total, nor a colour per bar, so each visible series has one colour.
 */
import { COLORS, conversationAsReport, type ConversationSheet, type Rect } from '../../core/index.js';
import type { Range, Services, Sheet, Spreadsheet } from './api.js';
import { paintSheet, replaceOwnSheet } from './paint.js';
import { widthInPixels } from './plan.js';

/** The developer-metadata key on every conversation sheet we wrote. */
export const CONVERSATION_MARKER_KEY = 'klantwaarde.conversation';

/** Paints the page and its waterfall into `sheet` (new and empty). */
export function paintConversationSheet(sheet: Sheet, page: ConversationSheet, services: Services): void {
  paintSheet(sheet, conversationAsReport(page), services);
  const range = (r: Rect): Range => sheet.getRange(r.top + 1, r.left + 1, r.bottom - r.top + 1, r.right - r.left + 1);
  for (const chart of page.charts) {
    const width = page.columnWidths.slice(chart.anchor.left, chart.anchor.right + 1).reduce((sum, w) => sum + widthInPixels(w), 0);
    const height = (chart.anchor.bottom - chart.anchor.top + 1) * 21;
    let builder = sheet.newChart().setChartType(services.Charts.ChartType.COLUMN).addRange(range(chart.categories));
    for (const s of chart.series) builder = builder.addRange(range(s.values));
    const series = Object.fromEntries(chart.series.map((s, k) => [k, s.visible
      ? { color: k === 1 ? COLORS.heading : COLORS.loss, visibleInLegend: false }
      : { color: 'transparent', visibleInLegend: false, enableInteractivity: false }]));
    sheet.insertChart(builder
      .setPosition(chart.anchor.top + 1, chart.anchor.left + 1, 0, 0)
      .setOption('title', chart.title)
      .setOption('isStacked', true)
      .setOption('legend', { position: 'none' })
      .setOption('vAxis', { format: chart.yFormat.replace(/"/g, '') })
      .setOption('series', series)
      .setOption('width', width)
      .setOption('height', height)
      .build());
  }
}

/** Writes `page` as our sheet `page.name` (or `… (2)` beside a user's sheet of that name), last in the spreadsheet. */
export function writeConversation(spreadsheet: Spreadsheet, page: ConversationSheet, services: Services): Sheet {
  return replaceOwnSheet(spreadsheet, page.name, CONVERSATION_MARKER_KEY, 'v1', spreadsheet.getSheets().length, (sheet) => paintConversationSheet(sheet, page, services));
}

