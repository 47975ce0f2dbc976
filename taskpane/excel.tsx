/**
 * The Excel taskpane's entry: waits for Office.js (loaded from Microsoft's CDN by taskpane.html, never bundled),
 * then renders the pane with the Excel host.
 */
import { excelHost } from './excel-host.js';
import { renderPane } from './render.js';

void Office.onReady(() => {
  const root = document.getElementById('root');
  if (root) renderPane(excelHost(), root);
});
