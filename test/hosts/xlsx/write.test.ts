import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';
import { COLORS, FORMATS, isFormula, type ReportSheet } from '../../../src/core/report/index.js';
import { reportWorkbook } from '../../../src/hosts/xlsx/index.js';
import { cellValueOf } from '../../../src/hosts/xlsx/read.js';
import { analysePortfolio, portfolio } from '../../support/portfolio.js';
import { evaluator } from '../../support/formulas.js';
import type { CellValue } from '../../../src/core/index.js';
import { buildReport } from '../../support/oracle.js';

/** The input workbook a user would have: the fixture's cells in a sheet "Klanten", plus a notes sheet. */
function inputWorkbook(cells: CellValue[][] = portfolio.cells): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Klanten');
  cells.forEach((line, r) => line.forEach((value, c) => {
    if (value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
  }));
  workbook.addWorksheet('Notities').getCell('A1').value = 'Niet aankomen';
  return workbook;
}

async function reread(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

function recompute(sheet: ExcelJS.Worksheet): (formula: string) => number | string {
  return evaluator(
    (r, c) => cellValueOf(sheet.getCell(r + 1, c + 1).value),
    (r, c) => {
      const value = sheet.getCell(r + 1, c + 1).value;
      return value && typeof value === 'object' && 'formula' in value ? (value.formula ?? null) : null;
    },
  );
}

describe('the xlsx host writes the report into a real workbook', async () => {
  const { result, problems } = await analysePortfolio();
  const report: ReportSheet = buildReport(result, { language: 'nl', problems, madeOn: '2026-01-15' });
  const { bytes, sheetName } = await reportWorkbook(report, inputWorkbook());
  const workbook = await reread(bytes);
  const sheet = workbook.getWorksheet(sheetName)!;

  it('keeps every sheet of the input, unchanged, and adds the analysis', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Klanten', 'Notities', 'Klantanalyse']);
    const klanten = workbook.getWorksheet('Klanten')!;
    portfolio.cells.forEach((line, r) => line.forEach((value, c) => {
      const read = cellValueOf(klanten.getCell(r + 1, c + 1).value);
      expect(read ?? null, `Klanten!${r + 1},${c + 1}`).toEqual(value ?? null);
    }));
    expect(workbook.getWorksheet('Notities')!.getCell('A1').value).toBe('Niet aankomen');
  });

  it('has the model\'s values and formulas, with their cached results', () => {
    let formulas = 0;
    report.cells.forEach((line, r) => line.forEach((cell, c) => {
      const written = sheet.getCell(r + 1, c + 1).value;
      if (cell === null || cell === undefined) return;
      if (isFormula(cell)) {
        formulas += 1;
        expect(written, `${r},${c}`).toMatchObject({ formula: cell.formula });
        // ExcelJS leaves out a cached result of 0 (`<v>` only when truthy); Excel recalculates on opening
        // (fullCalcOnLoad), so the cell still shows 0.
        expect((written as ExcelJS.CellFormulaValue).result ?? 0, `${r},${c}`).toEqual(cell.value);
      } else {
        expect(written, `${r},${c}`).toEqual(cell);
      }
    }));
    expect(formulas).toBeGreaterThan(60);
  });

  it('its formula totals, recomputed from the written cells, equal the analysis totals to the cent', () => {
    const evaluate = recompute(sheet);
    const totalRow = sheet.getRow(report.clientRows.last + 2);
    const header = report.cells[report.clientRows.header]!;
    const total = (label: string): number => evaluate((totalRow.getCell(header.indexOf(label) + 1).value as ExcelJS.CellFormulaValue).formula) as number;
    expect(total('Omzet')).toBeCloseTo(result.totals.revenue, 2);
    expect(total('Nettowinst')).toBeCloseTo(result.totals.netProfit, 2);
    expect(total('Kosten klantbediening')).toBeCloseTo(result.totals.costToServe, 2);
    expect(total('Rente laat betalen')).toBeCloseTo(result.totals.interestCost, 2);
    expect(total('Retouren')).toBeCloseTo(result.totals.driverCosts[0]!, 2);
    expect(Math.abs(total('Nettowinst') - (portfolio.expected.totals.netProfit as number))).toBeLessThan(0.005);
    // Every formula of the sheet, not only the totals.
    sheet.eachRow((row) => row.eachCell((cell) => {
      const value = cell.value;
      if (value && typeof value === 'object' && 'formula' in value) {
        const computed = evaluate(value.formula ?? '');
        const cached = value.result ?? 0;
        if (typeof cached === 'number') expect(Math.abs((computed as number) - cached), `${cell.address} ${value.formula}`).toBeLessThan(0.005);
        else expect(computed, cell.address).toBe(cached);
      }
    }));
  });

  it('formats money, percentages and hours, and colours the rows by class', () => {
    const header = report.cells[report.clientRows.header]!;
    const first = report.clientRows.first + 1;
    // Euros with cents, or whole euros where cents would print the client table's first group on two pages.
    const revenue = header.indexOf('Omzet');
    const moneyFormat = report.styles.filter((s) => s.style.numberFormat && s.rect.top <= first - 1 && first - 1 <= s.rect.bottom && s.rect.left <= revenue && revenue <= s.rect.right).at(-1)!.style.numberFormat;
    expect([FORMATS.money, FORMATS.moneyWhole]).toContain(moneyFormat);
    expect(sheet.getCell(first, revenue + 1).numFmt).toBe(moneyFormat);
    expect(sheet.getCell(first, header.indexOf('Marge') + 1).numFmt).toBe(FORMATS.percent);
    expect(sheet.getCell(first, header.indexOf('Tijd (uren)') + 1).numFmt).toBe(FORMATS.hours);
    expect(sheet.getCell(first, 1).numFmt).toBe('@');
    for (let r = report.clientRows.first; r <= report.clientRows.last; r++) {
      const letter = report.cells[r]![1] as 'A' | 'B' | 'C';
      const fill = sheet.getCell(r + 1, 5).fill as ExcelJS.FillPattern;
      expect(fill.fgColor?.argb, `row ${r + 1}`).toBe(`FF${COLORS.classFill[letter].slice(1)}`);
    }
    const heading = sheet.getCell(report.sections[0]!.row + 1, 1);
    expect(heading.font.bold).toBe(true);
    expect((heading.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${COLORS.heading.slice(1)}`);
  });

  it('merges the pyramid bands and freezes the label column', () => {
    const model = sheet.model as unknown as { merges: string[] };
    expect(model.merges.length).toBe(report.merges.length);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1 });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', scale: report.print.scale });
  });

  it('carries the whale curve as a native chart on the analysis sheet', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    const chartFiles = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(chartFiles).toHaveLength(1);
    const chart = parser.parse(await zip.file(chartFiles[0]!)!.async('string'));
    const series = chart['c:chartSpace']['c:chart']['c:plotArea']['c:scatterChart']['c:ser'];
    const spec = report.charts[0]!;
    expect(series['c:xVal']['c:numRef']['c:f']).toBe(`'Klantanalyse'!$A$${spec.series[0]!.x.top + 1}:$A$${spec.series[0]!.x.bottom + 1}`);
    expect(series['c:yVal']['c:numRef']['c:numCache']['c:ptCount'].val).toBe(String(result.whale.points.length));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain(`/${chartFiles[0]}`);
    // The drawing hangs off the analysis sheet (the third), not off the user's sheets.
    const rels = Object.keys(zip.files).filter((f) => f.startsWith('xl/worksheets/_rels/') && f.endsWith('.rels'));
    const withDrawing = [];
    for (const f of rels) if ((await zip.file(f)!.async('string')).includes('/drawing"')) withDrawing.push(f);
    expect(withDrawing).toEqual(['xl/worksheets/_rels/sheet3.xml.rels']);
    expect(await zip.file('xl/worksheets/sheet3.xml')!.async('string')).toMatch(/<drawing r:id="rIdKlantwaardeDrawing"\/>/);
  });
});

describe('user text stays text in the file', () => {
  it('clients named =1+1, =HYPERLINK(…), +31 6 1234 and @foo are string cells, never formulas', async () => {
    const names = ['=1+1', '=HYPERLINK("http://x","y")', '+31 6 1234', '@foo'];
    const cells = portfolio.cells.map((line) => [...line]);
    names.forEach((name, i) => {
      cells[3 + i]![0] = name;
    });
    const { result, problems } = await analysePortfolio(cells);
    const report = buildReport(result, { problems });
    const { bytes, sheetName } = await reportWorkbook(report, null);
    const sheet = (await reread(bytes)).getWorksheet(sheetName)!;
    const found = new Map<string, ExcelJS.Cell>();
    for (let r = report.clientRows.first; r <= report.clientRows.last; r++) {
      const cell = sheet.getCell(r + 1, 1);
      if (typeof cell.value === 'string' && names.includes(cell.value)) found.set(cell.value, cell);
    }
    expect([...found.keys()].sort()).toEqual([...names].sort());
    for (const cell of found.values()) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt).toBe('@');
    }
    const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).not.toMatch(/<f>[^<]*HYPERLINK/);
    expect(xml).not.toMatch(/<f>1\+1<\/f>/);
  });
});

describe('sheet names: replace only our own sheet', () => {
  it('writes "Klantanalyse (2)" next to a sheet of that name that is not ours, and replaces ours', async () => {
    const { result } = await analysePortfolio();
    const report = buildReport(result);
    const theirs = inputWorkbook();
    theirs.addWorksheet('Klantanalyse').getCell('A1').value = 'Mijn eigen analyse';
    const first = await reportWorkbook(report, theirs);
    expect(first.sheetName).toBe('Klantanalyse (2)');
    const again = await reread(first.bytes);
    expect(again.getWorksheet('Klantanalyse')!.getCell('A1').value).toBe('Mijn eigen analyse');
    const second = await reportWorkbook(report, again);
    expect(second.sheetName).toBe('Klantanalyse (2)');
    const names = (await reread(second.bytes)).worksheets.map((s) => s.name);
    expect(names).toEqual(['Klanten', 'Notities', 'Klantanalyse', 'Klantanalyse (2)']);
  });
});

describe('streaming and in-memory writing give the same sheet', () => {
  it('values and formulas agree cell by cell', async () => {
    const { result, problems } = await analysePortfolio();
    const report = buildReport(result, { problems });
    const streamed = (await reread((await reportWorkbook(report, null)).bytes)).getWorksheet('Klantanalyse')!;
    const inMemory = (await reread((await reportWorkbook(report, inputWorkbook())).bytes)).getWorksheet('Klantanalyse')!;
    for (let r = 1; r <= report.cells.length; r++) {
      for (let c = 1; c <= report.columnCount; c++) {
        const blank = (v: ExcelJS.CellValue): ExcelJS.CellValue => (v === '' ? null : v);
        expect(blank(streamed.getCell(r, c).value), `${r},${c}`).toEqual(blank(inMemory.getCell(r, c).value));
        expect(streamed.getCell(r, c).numFmt, `${r},${c}`).toEqual(inMemory.getCell(r, c).numFmt);
      }
    }
  });
});

describe('the streamed workbook links its chart while writing', () => {
  it('has one drawing relationship, the <drawing> element after the row breaks, and the chart part', async () => {
    const { result, problems } = await analysePortfolio();
    const report = buildReport(result, { problems });
    const zip = await JSZip.loadAsync((await reportWorkbook(report, null)).bytes);
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const rels = await zip.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string');
    const relId = /Id="([^"]+)"[^>]*Target="\.\.\/drawings\/drawing1\.xml"|Target="\.\.\/drawings\/drawing1\.xml"[^>]*Id="([^"]+)"/.exec(rels);
    expect(relId).not.toBeNull();
    const id = relId![1] ?? relId![2];
    expect(sheetXml.match(/<drawing /g)).toHaveLength(1);
    expect(sheetXml).toContain(`<drawing r:id="${id}"/>`);
    // ECMA-376 order: … pageMargins, pageSetup, headerFooter, rowBreaks, …, drawing, legacyDrawing …
    expect(sheetXml.indexOf('<drawing ')).toBeGreaterThan(sheetXml.indexOf('<pageSetup'));
    expect(sheetXml.indexOf('<drawing ')).toBeGreaterThan(sheetXml.indexOf('<headerFooter'));
    const drawingRels = await zip.file('xl/drawings/_rels/drawing1.xml.rels')!.async('string');
    expect(drawingRels).toContain('Target="../charts/chart1.xml"');
    expect(zip.file('xl/charts/chart1.xml')).not.toBeNull();
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('/xl/drawings/drawing1.xml');
  });
});

