/**
 * *Gesprek voorbereiden* in the built Apps Script bundle (dist/sheets/Code.js) on the Sheets fake: the page the
 * sidebar computed is painted as our sheet, last in the spreadsheet, its cells the model's, its waterfall stacked
 * columns with the bases transparent; a re-run replaces only our sheet; the calls do not grow with the firm's size.
 */
import { describe, expect, it } from 'vitest';
import { analyseTable, conversationSheets, readClientTable, type ConversationSheet } from '../../../src/core/index.js';
import { demoSettings, demoValues, loadWithFake, type Loaded } from './demo.js';

function pageOf(clients: number): ConversationSheet {
  const table = readClientTable(demoValues(clients, false) as never);
  const analysis = analyseTable(table.columns, JSON.parse(demoSettings) as never, '2026-06-30');
  return conversationSheets(analysis, [0], { language: 'nl', audience: 'internal', madeOn: '2026-06-30', firm: 'Bureau Test' })[0]!;
}

function painted(page: ConversationSheet): Loaded {
  const loaded = loadWithFake({ sheets: [{ name: 'Klanten', values: [['Klant', 'Omzet']] }], active: 'Klanten' });
  loaded.recorder.calls.length = 0;
  expect(loaded.run('sidebarPaintConversation', JSON.parse(JSON.stringify(page)))).toEqual({ sheetName: page.name });
  return loaded;
}

const counts = (loaded: Loaded): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const call of loaded.recorder.calls) out[call.method] = (out[call.method] ?? 0) + 1;
  return out;
};

describe('the conversation page in Google Sheets', () => {
  it('paints the page model last in the spreadsheet, with a stacked-column waterfall', () => {
    const page = pageOf(30);
    const loaded = painted(page);
    expect(loaded.spreadsheet.sheets.map((s) => s.name)).toEqual(['Klanten', page.name]);
    const sheet = loaded.spreadsheet.sheets[1]!;
    expect(sheet.cell(0, 0)).toBe(page.cells[0]![0]);
    const [chart] = sheet.charts;
    expect(chart!.type).toBe('COLUMN');
    expect(chart!.options.isStacked).toBe(true);
    expect(chart!.ranges).toHaveLength(1 + page.charts[0]!.series.length);
    const series = chart!.options.series as Record<string, { color: string }>;
    expect([series[0]!.color, series[2]!.color]).toEqual(['transparent', 'transparent']);
    expect(() => loaded.run('sidebarPaintConversation', { name: 'x' })).toThrow(/not a conversation sheet/);
  });

  it('a re-run replaces our sheet in place; the calls are the same for 30 and for 300 clients', () => {
    const page = pageOf(30);
    const loaded = painted(page);
    loaded.run('sidebarPaintConversation', JSON.parse(JSON.stringify(page)));
    expect(loaded.spreadsheet.sheets.map((s) => s.name)).toEqual(['Klanten', page.name]);
    expect(counts(painted(pageOf(300)))).toEqual(counts(painted(pageOf(30))));
  });
});
