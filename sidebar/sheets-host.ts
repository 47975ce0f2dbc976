/**
 * The taskpane's `Host` for the Google Sheets sidebar: every call goes to the server (Code.js) through the one
 * typed wrapper around google.script.run (src/hosts/sheets/client.ts). The pane computes with the core here in
 * the browser, as in Excel; the server reads the sheet, stores the state and paints the report it is sent. Only
 * *Klantenlijst maken* runs on the server (src/hosts/sheets/sources.ts): it reads every source sheet, which the
 * browser could only get through google.script.run block by block.
 */
import type { Language } from '../src/core/index.js';
import type { Server } from '../src/hosts/sheets/client.js';
import type { Host } from '../taskpane/host.js';

export function sheetsHost(server: Server, language: Language): Host {
  return {
    language,
    platform: 'sheets',
    readTable: () => server.sidebarReadTable(),
    loadSettings: () => server.sidebarLoadState(),
    saveSettings: async (state) => {
      await server.sidebarSaveState(state);
    },
    paint: (report) => server.sidebarPaint(report),
    paintConversation: (page) => server.sidebarPaintConversation(page),
    select: async (where) => {
      await server.sidebarSelect(where);
    },
    describeSources: () => server.sidebarDescribeSources(),
    makeClientList: (request) => server.sidebarMakeClientList(request),
  };
}
