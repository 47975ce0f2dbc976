/// <reference types="office-js" />
/**
 * The Host of the Excel taskpane: Office.js through src/hosts/excel, settings in the workbook
 * (`Office.context.document.settings`, saved with the document, so a colleague who opens the shared workbook
 * gets the same analysis), the language from Office's display language.
 */
import type { Language } from '../src/core/index.js';
import { describeSources, makeClientList, paintConversation, paintReport, readTable, selectCell } from '../src/hosts/excel/index.js';
import type { Host, StoredState } from './host.js';

/** The one key under which the pane stores its state in the workbook. */
export const SETTINGS_KEY = 'klantwaarde';

/** `nl-NL`, `de-AT`, `en-GB` … → the pane's language; Dutch by default. */
export function languageOf(tag: string | undefined): Language {
  const lower = (tag ?? '').toLowerCase();
  if (lower.startsWith('en')) return 'en';
  if (lower.startsWith('de')) return 'de';
  return 'nl';
}

export function excelHost(): Host {
  const settings = Office.context.document.settings;
  const language = languageOf(Office.context.displayLanguage);
  return {
    language,
    platform: 'excel',
    readTable: () => Excel.run(async (context) => {
      const table = await readTable(context);
      return { cells: table.cells, where: table.where, notation: table.notation };
    }),
    loadSettings: async () => (settings.get(SETTINGS_KEY) as StoredState | null) ?? {},
    saveSettings: (state) =>
      new Promise<void>((resolve, reject) => {
        settings.set(SETTINGS_KEY, state);
        settings.saveAsync((result) => (result.status === Office.AsyncResultStatus.Failed ? reject(new Error(result.error.message)) : resolve()));
      }),
    paint: (report) => Excel.run(async (context) => ({ sheetName: (await paintReport(context, report)).sheetName })),
    paintConversation: (page) => Excel.run(async (context) => ({ sheetName: (await paintConversation(context, page)).sheetName })),
    select: (where) => Excel.run((context) => selectCell(context, where)),
    describeSources: () => Excel.run(async (context) => (await describeSources(context)).sources),
    makeClientList: (request) => Excel.run(async (context) => {
      const made = await makeClientList(context, request, language);
      return { list: made.list, sheetName: made.sheetName };
    }),
  };
}
