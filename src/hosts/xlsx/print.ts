/**
 * The report's print layout in an `.xlsx` package. ExcelJS sets zoom, orientation, header and
 * footer (`sheetOptions`), but not a print area of several ranges nor print titles in every writer, so those two
 * defined names are added to the finished package's workbook.xml, as the charts are (chart.ts).
 */
import JSZip from 'jszip';
import { headerFooterPart, type PrintLayout, type Rect } from '../../core/index.js';
import { columnLetter, escapeXml } from '../../core/index.js';

/** Excel's header/footer codes: `&L…&C…&R…`, `&P` page, `&N` pages; a literal `&` is `&&`. */
export function headerFooterCodes(print: PrintLayout): { oddHeader?: string; oddFooter?: string } {
  const part = headerFooterPart;
  const codes = (three: { left: string; center: string; right: string }): string => `&L${part(three.left)}&C${part(three.center)}&R${part(three.right)}`;
  return {
    ...(print.header ? { oddHeader: codes(print.header) } : {}),
    ...(print.footer ? { oddFooter: codes(print.footer) } : {}),
  };
}

const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;
const range = (sheet: string, r: Rect): string =>
  `${sheet}!$${columnLetter(r.left)}$${r.top + 1}:$${columnLetter(r.right)}$${r.bottom + 1}`;

/** The two defined names' formulas (Excel's syntax), for tests and for the package. */
export function printNames(sheetName: string, print: PrintLayout): { area?: string; titles?: string } {
  const sheet = quoteSheet(sheetName);
  const titles: string[] = [];
  if (print.titleColumns) titles.push(`${sheet}!$${columnLetter(print.titleColumns.first)}:$${columnLetter(print.titleColumns.last)}`);
  if (print.titleRows) titles.push(`${sheet}!$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
  return {
    ...(print.areas && print.areas.length > 0 ? { area: print.areas.map((r) => range(sheet, r)).join(',') } : {}),
    ...(titles.length > 0 ? { titles: titles.join(',') } : {}),
  };
}

/** Adds `_xlnm.Print_Area` and `_xlnm.Print_Titles` for `sheetName` to the package (replacing the sheet's old ones). */
export async function addPrintLayout(xlsx: Uint8Array, sheetName: string, print: PrintLayout): Promise<Uint8Array> {
  const names = printNames(sheetName, print);
  if (!names.area && !names.titles) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const file = zip.file('xl/workbook.xml');
  if (!file) return xlsx;
  let xml = await file.async('string');
  const sheets = [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
  const index = sheets.indexOf(escapeXml(sheetName));
  if (index < 0) return xlsx;
  const own = new RegExp(`<definedName\\b[^>]*name="_xlnm\\.Print_(?:Area|Titles)"[^>]*localSheetId="${index}"[^>]*>[^<]*</definedName>`, 'g');
  xml = xml.replace(own, '');
  const defined = [
    names.area ? `<definedName name="_xlnm.Print_Area" localSheetId="${index}">${escapeXml(names.area)}</definedName>` : '',
    names.titles ? `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(names.titles)}</definedName>` : '',
  ].join('');
  if (/<definedNames\s*\/>/.test(xml)) xml = xml.replace(/<definedNames\s*\/>/, `<definedNames>${defined}</definedNames>`);
  else if (xml.includes('</definedNames>')) xml = xml.replace('</definedNames>', `${defined}</definedNames>`);
  else xml = xml.replace('</sheets>', `</sheets><definedNames>${defined}</definedNames>`);
  zip.file('xl/workbook.xml', xml);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}
