/**
 * office.js for the browser test: installs `Office`, `Excel` and a stub `CustomFunctions` over the recording fake
 * (test/support/excel-fake.ts), holding the workbook the test puts in `globalThis.__KLANTWAARDE_FAKE__` before
 * the page loads. The test serves this bundle in place of Microsoft's CDN script, so nothing leaves loopback.
 * The fake's state stays reachable as `globalThis.__KLANTWAARDE_FAKE_STATE__` for the test's checks.
 */
import { FakeSheet, FakeWorkbook, fakeExcelRun, type FakeContext } from './excel-fake.js';

export type FakeOfficeSetup = {
  sheets: { name: string; cells: unknown[][] }[];
  displayLanguage?: string;
  /** `Office.context.document.settings`, as stored in the workbook. */
  settings?: Record<string, unknown>;
  decimalSeparator?: string;
};

// Untyped on purpose: this file installs the globals that @types/office-js describes.
const g = globalThis as unknown as { __KLANTWAARDE_FAKE__?: FakeOfficeSetup } & Record<string, unknown>;
const setup: FakeOfficeSetup = g.__KLANTWAARDE_FAKE__ ?? { sheets: [{ name: 'Blad1', cells: [] }] };
const workbook = new FakeWorkbook(setup.sheets.map((s) => FakeSheet.from(s.name, s.cells)));
if (setup.decimalSeparator) workbook.decimalSeparator = setup.decimalSeparator;
const contexts: FakeContext[] = [];
const stored: Record<string, unknown> = { ...(setup.settings ?? {}) };
let saved = 0;

/** What the test reads back: sheet names, a sheet's cells and log, the selection, the saved settings. */
const state = {
  workbook,
  contexts,
  sheetNames: () => workbook.sheets.filter((s) => !s.deleted).map((s) => s.name),
  selection: () => (workbook.selection ? { sheet: workbook.selection.sheet, ...workbook.selection.box } : null),
  value: (sheet: string, row: number, column: number) => workbook.sheet(sheet)?.value(row, column),
  /** A sheet's used range as values (`null` when there is no such sheet). */
  cells: (sheet: string) => {
    const found = workbook.sheet(sheet);
    const used = found?.used();
    if (!found) return null;
    return used ? Array.from({ length: used.rows }, (_, r) => Array.from({ length: used.columns }, (_, c) => found.value(r, c))) : [];
  },
  properties: (sheet: string) => Object.fromEntries(workbook.sheet(sheet)?.properties ?? []),
  writes: (sheet: string) => workbook.sheet(sheet)?.log.length ?? -1,
  syncs: () => contexts.map((c) => c.syncs),
  settings: () => ({ stored: JSON.parse(JSON.stringify(stored)) as unknown, saved }),
};
g.__KLANTWAARDE_FAKE_STATE__ = state;

const AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' };
g.Office = {
  AsyncResultStatus,
  context: {
    displayLanguage: setup.displayLanguage ?? 'nl-NL',
    document: {
      settings: {
        get: (key: string) => (key in stored ? structuredClone(stored[key]) : null),
        set: (key: string, value: unknown) => {
          stored[key] = JSON.parse(JSON.stringify(value));
        },
        remove: (key: string) => {
          delete stored[key];
        },
        saveAsync: (callback?: (result: { status: string }) => void) => {
          saved++;
          setTimeout(() => callback?.({ status: AsyncResultStatus.Succeeded }), 0);
        },
      },
    },
  },
  onReady: (callback?: (info: { host: string; platform: string }) => void) => {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    return new Promise((resolve) => setTimeout(() => {
      callback?.(info);
      resolve(info);
    }, 0));
  },
};
g.Excel = { run: fakeExcelRun(workbook, contexts) };
class StubError {
  constructor(public code: string, public message?: string) {}
}
g.CustomFunctions = { associate: () => undefined, Error: StubError, ErrorCode: {} };
