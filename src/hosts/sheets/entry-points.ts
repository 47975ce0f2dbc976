/**
 * Every function Apps Script must find at the top level besides the custom functions: the simple triggers,
 * the menu items and the sidebar's `google.script.run` targets. scripts/build/30-sheets.mjs appends one stub
 * per entry with this JSDoc (`function onOpen(e) { return Klantwaarde.onOpen(e); }`), and fails the build when
 * the bundle does not export one. Pure data: the build imports it.
 */
export type EntryPoint = { name: string; params: readonly string[]; doc: string };

export const MENU_ANALYSE = 'klantwaardeAnalyse';
export const MENU_SIDEBAR = 'klantwaardeSidebar';

export const ENTRY_POINTS: readonly EntryPoint[] = [
  { name: 'onOpen', params: ['e'], doc: 'Simple trigger: adds the Klantwaarde menu (in AuthMode.NONE nothing else).\n@param {GoogleAppsScript.Events.SheetsOnOpen} e' },
  { name: 'onInstall', params: ['e'], doc: 'Editor add-on installed: adds the menu at once, as onOpen would.\n@param {GoogleAppsScript.Events.AddonOnInstall} e' },
  { name: MENU_ANALYSE, params: [], doc: 'Menu item "Analyseer klanten": analyses the active sheet into a sheet of its own.' },
  { name: MENU_SIDEBAR, params: [], doc: 'Menu item "Instellingen en resultaten…": opens the sidebar.' },
  { name: 'sidebarState', params: [], doc: 'google.script.run: the language, the stored settings and the defaults.\n@return {Object}' },
  { name: 'sidebarSaveSettings', params: ['settings'], doc: 'google.script.run: checks and stores the settings of this document.\n@param {Object} settings\n@return {Object}' },
  { name: 'sidebarAnalyse', params: ['settings'], doc: 'google.script.run: saves the settings (when given) and analyses the active sheet.\n@param {Object} settings\n@return {Object}' },
  { name: 'sidebarSelect', params: ['sheetName', 'row', 'column'], doc: 'google.script.run: selects a cell (a problem\'s row and column) in the named sheet.\n@param {string} sheetName\n@param {number} row\n@param {number} column' },
];
