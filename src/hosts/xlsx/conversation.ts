/**
 * Conversation sheets (docs/DEFINITIONS.md §8) in an ExcelJS workbook: each ConversationSheet painted as the report
 * is (paint.ts), set to print on one A4 portrait page (fit to page, its print area, header with the firm and the
 * client, footer with the date), and its waterfall written as stacked columns — an invisible base under a coloured
 * bar, above and below zero — which Excel, LibreOffice and Google Sheets' import all draw as a waterfall. No
 * arithmetic on client data: the chart's values are the sheet's helper cells.
 */
import type ExcelJS from 'exceljs';
import { a1Range, escapeXml, type Cell, type ConversationSheet, type Rect, type ReportSheet, type WaterfallChart } from '../../core/index.js';
import { addChartParts } from './chart.js';
import { addPrintLayout, headerFooterCodes } from './print.js';
import { paintSheet } from './paint.js';

const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};

/** The worksheet options of a conversation sheet: A4 portrait, fitted to one page, no gridlines. */
export function conversationSheetOptions(sheet: ConversationSheet): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    properties: { tabColor: { argb: 'FF70AD47' } } as ExcelJS.WorksheetProperties,
    views: [{ showGridLines: false }],
    pageSetup: {
      orientation: 'portrait',
      paperSize: 9, // A4
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      horizontalCentered: true,
      firstPageNumber: 1,
      margins: { left: 0.5, right: 0.5, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
    } as Partial<ExcelJS.PageSetup>,
    headerFooter: headerFooterCodes(sheet.print) as Partial<ExcelJS.HeaderFooter>,
  };
}

/** The sheet as the report painter takes it: no frozen panes, sections or client table. */
function asReport(sheet: ConversationSheet): ReportSheet {
  return {
    ...sheet, charts: [], frozen: { rows: 0, columns: 0 }, sections: [], clientRows: { first: -1, last: -1, header: -1 },
    print: { landscape: false, scale: 100 },
  };
}

/**
 * Paints the conversation sheets into `workbook`, after its other sheets. A sheet of the same name that this product
 * wrote (an earlier run's: `isOurs`) is replaced; the names were made unique against the others (conversationSheetNames).
 */
export function paintConversationSheets(
  workbook: ExcelJS.Workbook,
  sheets: readonly ConversationSheet[],
  isOurs: (sheet: ExcelJS.Worksheet) => boolean,
): void {
  for (const sheet of sheets) {
    const existing = workbook.getWorksheet(sheet.name);
    if (existing && isOurs(existing)) workbook.removeWorksheet(existing.id);
    const target = workbook.addWorksheet(sheet.name, conversationSheetOptions(sheet));
    paintSheet(target, asReport(sheet));
  }
}

/** The charts and print areas of the painted conversation sheets, added to the finished package. */
export async function addConversationParts(xlsx: Uint8Array, sheets: readonly ConversationSheet[]): Promise<Uint8Array> {
  let bytes = xlsx;
  for (const sheet of sheets) {
    bytes = await addChartParts(bytes, sheet.name, sheet.charts.map((chart) => ({ anchor: chart.anchor, xml: waterfallXml(chart, sheet.name, sheet.cells) })));
    bytes = await addPrintLayout(bytes, sheet.name, sheet.print);
  }
  return bytes;
}

const reference = (sheetName: string, rect: Rect): string => escapeXml(`'${sheetName.replace(/'/g, "''")}'!${a1Range(rect, true)}`);

function column(cells: readonly Cell[][], rect: Rect): Cell[] {
  const out: Cell[] = [];
  for (let r = rect.top; r <= rect.bottom; r++) out.push(cells[r]?.[rect.left] ?? null);
  return out;
}

function strRef(sheetName: string, cells: readonly Cell[][], rect: Rect): string {
  const values = column(cells, rect);
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(String(v ?? ''))}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${reference(sheetName, rect)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache></c:strRef>`;
}

function numRef(sheetName: string, cells: readonly Cell[][], rect: Rect, format: string): string {
  const values = column(cells, rect);
  const points = values.map((v, i) => (typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '')).join('');
  return `<c:numRef><c:f>${reference(sheetName, rect)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode>` +
    `<c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef>`;
}

const fill = (hex: string): string => `<c:spPr><a:solidFill><a:srgbClr val="${hex.replace('#', '')}"/></a:solidFill></c:spPr>`;
const NO_FILL = '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>';
const text = (size: number, bold: boolean): string =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:endParaRPr lang="nl-NL"/></a:p></c:txPr>`;

/** The chart part of a waterfall: a stacked column chart, no legend (its base series are not for reading). */
export function waterfallXml(chart: WaterfallChart, sheetName: string, cells: readonly Cell[][]): string {
  const series = chart.series.map((s, i) => {
    const points = s.visible
      ? s.pointColors.map((colour, k) => `<c:dPt><c:idx val="${k}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${fill(colour)}</c:dPt>`).join('')
      : '';
    return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>${s.visible ? fill(s.pointColors[0] ?? '#1F4E79') : NO_FILL}` +
      `<c:invertIfNegative val="0"/>${points}<c:cat>${strRef(sheetName, cells, chart.categories)}</c:cat>` +
      `<c:val>${numRef(sheetName, cells, s.values, chart.yFormat)}</c:val></c:ser>`;
  }).join('');
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1100" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="nl-NL" sz="1100" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="50"/><c:overlap val="100"/><c:axId val="600100"/><c:axId val="600200"/></c:barChart>` +
    `<c:catAx><c:axId val="600100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `${text(800, false)}<c:crossAx val="600200"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    `<c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="600200"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${escapeXml(chart.yFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${text(800, false)}<c:crossAx val="600100"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr></c:chartSpace>`;
}
