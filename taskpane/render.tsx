/**
 * Renders the pane over any Host: the Excel entry (taskpane/excel.tsx) and the Google Sheets sidebar both call
 * this, each with its own host, so both show the same components.
 */
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import type { Host } from './host.js';
import './taskpane.css';

export function renderPane(host: Host, element: HTMLElement, step: 'analyse' | 'list' = 'analyse'): void {
  document.documentElement.lang = host.language;
  createRoot(element).render(<App host={host} step={step} />);
}
