/**
 * The Google Sheets sidebar's entry (bundled and inlined into dist/sheets/Sidebar.html): asks the server for the
 * language, then renders the taskpane's pane over the Sheets host.
 */
import { createServer } from '../src/hosts/sheets/client.js';
import { renderPane } from '../taskpane/render.js';
import { sheetsHost } from './sheets-host.js';

const server = createServer();
const root = document.getElementById('root');

server.sidebarInit()
  .then(({ language, step }) => {
    // The menu item *Klantenlijst maken* opens the sidebar at that step.
    if (root) renderPane(sheetsHost(server, language), root, step === 'list' ? 'list' : 'analyse');
  })
  .catch((error: unknown) => {
    if (root) root.textContent = `Klantwaarde: ${error instanceof Error ? error.message : String(error)}`;
  });
