/**
 * Every function Apps Script must find at the top level besides the custom functions: the simple triggers,
 * the menu items and the sidebar's `google.script.run` targets. scripts/build/30-sheets.mjs appends one stub
 * per entry with this JSDoc (`function onOpen(e) { return Klantwaarde.onOpen(e); }`), and fails the build when
 * the bundle does not export one. Pure data: the build imports it.
 */
export type EntryPoint = { name: string; params: readonly string[]; doc: string };

export const MENU_ANALYSE = 'klantwaardeAnalyse';
export const MENU_SIDEBAR = 'klantwaardeSidebar';
export const MENU_LIST = 'klantwaardeClientList';

export const ENTRY_POINTS: readonly EntryPoint[] = [
  { name: 'onOpen', params: ['e'], doc: 'Simple trigger: adds the Klantwaarde menu (in AuthMode.NONE nothing else).\n@param {GoogleAppsScript.Events.SheetsOnOpen} e' },
  { name: 'onInstall', params: ['e'], doc: 'Editor add-on installed: adds the menu at once, as onOpen would.\n@param {GoogleAppsScript.Events.AddonOnInstall} e' },
  { name: MENU_ANALYSE, params: [], doc: 'Menu item "Analyseer klanten": analyses the active sheet into a sheet of its own.' },
  { name: MENU_LIST, params: [], doc: 'Menu item "Klantenlijst maken…": opens the sidebar at making the client list from the sheets.' },
  { name: MENU_SIDEBAR, params: [], doc: 'Menu item "Instellingen en resultaten…": opens the sidebar.' },
  { name: 'sidebarInit', params: [], doc: 'google.script.run: the sidebar\'s language.\n@return {Object}' },
  { name: 'sidebarReadTable', params: [], doc: 'google.script.run: the active sheet\'s cells, where they were read and the number notation.\n@return {Object}' },
  { name: 'sidebarLoadState', params: [], doc: 'google.script.run: the settings and column mapping stored in this document.\n@return {Object}' },
  { name: 'sidebarSaveState', params: ['state'], doc: 'google.script.run: stores the settings and column mapping in this document.\n@param {Object} state\n@return {boolean}' },
  { name: 'sidebarPaint', params: ['report'], doc: 'google.script.run: paints the analysis sheet the sidebar computed.\n@param {Object} report\n@return {Object}' },
  { name: 'sidebarPaintConversation', params: ['page'], doc: 'google.script.run: paints the conversation page the sidebar computed as a sheet of its own.\n@param {Object} page\n@return {Object}' },
  { name: 'sidebarDescribeSources', params: [], doc: 'google.script.run: every sheet but our own, what kind of table it is and its rows.\n@return {Object[]}' },
  { name: 'sidebarMakeClientList', params: ['request'], doc: 'google.script.run: builds the client list from the sheets asked for and writes Klantenlijst and Bronnen.\n@param {Object} request\n@return {Object}' },
  { name: 'sidebarSelect', params: ['target'], doc: 'google.script.run: selects a cell ({ sheet, row, column }) on its sheet.\n@param {Object} target\n@return {boolean}' },
];
