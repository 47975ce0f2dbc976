/**
 * The Excel taskpane's entry: waits for Office.js (loaded from Microsoft's CDN by taskpane.html, never bundled),
 * then renders the pane with the Excel host.
 */
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { excelHost } from './excel-host.js';
import './taskpane.css';

void Office.onReady(() => {
  const host = excelHost();
  document.documentElement.lang = host.language;
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App host={host} />);
});
