/**
 * The Apps Script bundle's entry (scripts/build/30-sheets.mjs): the custom functions, the menu and the
 * sidebar's server side, exported on the global `Klantwaarde`. The build appends a top-level stub for each
 * (src/functions/apps-script.ts for the functions, entry-points.ts for the rest).
 */
export * from './functions.js';
export {
  onOpen, onInstall, klantwaardeAnalyse, klantwaardeSidebar, klantwaardeClientList,
  sidebarInit, sidebarReadTable, sidebarLoadState, sidebarSaveState, sidebarPaint, sidebarSelect,
  sidebarDescribeSources, sidebarMakeClientList, sidebarPaintConversation,
} from './handlers.js';
