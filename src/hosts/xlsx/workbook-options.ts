/**
 * The sheet's options and the workbook's properties, the same for both writers: write.ts (ExcelJS's workbook, a
 * report added to an input workbook) and stream-writer.ts (the report alone, for large lists).
 */
import type ExcelJS from 'exceljs';
import type { ReportSheet } from '../../core/index.js';
import { headerFooterCodes } from './print.js';

export const sheetOptions = (report: Pick<ReportSheet, 'name' | 'frozen' | 'print'>): Partial<ExcelJS.AddWorksheetOptions> => ({
  properties: { tabColor: { argb: 'FF1F4E79' } } as ExcelJS.WorksheetProperties,
  views: [{ state: 'frozen', xSplit: report.frozen.columns, ySplit: report.frozen.rows, topLeftCell: 'B1', showGridLines: false }],
  pageSetup: {
    orientation: report.print.landscape ? 'landscape' : 'portrait',
    paperSize: 9, // A4
    scale: report.print.scale,
    // Page numbers of this sheet: "pagina 1" on its first page even when the input's sheets print before it.
    firstPageNumber: 1,
    margins: report.print.margins ?? { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  } as Partial<ExcelJS.PageSetup>,
  headerFooter: (report.print.header || report.print.footer ? headerFooterCodes(report.print) : { oddFooter: `&L${report.name}&R&P / &N` }) as Partial<ExcelJS.HeaderFooter>,
});

export function setProperties(workbook: ExcelJS.Workbook | ExcelJS.stream.xlsx.WorkbookWriter): void {
  workbook.creator = 'Klantwaarde';
  workbook.lastModifiedBy = 'Klantwaarde';
  workbook.modified = new Date(0);
}
