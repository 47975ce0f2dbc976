/**
 * The interim Sheets sidebar (the taskpane's React UI replaces it once it exists): wires the markup of
 * src/hosts/sheets/sidebar-view.ts to the server through src/hosts/sheets/client.ts. DOM code only.
 */
import { createServer } from '../src/hosts/sheets/client.js';
import { readAmount, renderOutcome, renderSettings, SIDEBAR_LABELS, SIDEBAR_SETTINGS } from '../src/hosts/sheets/sidebar-view.js';
import type { Language, Settings } from '../src/core/index.js';

const server = createServer();
const $ = (id: string): HTMLElement => document.getElementById(id)!;
let language: Language = 'nl';

function status(text: string): void {
  $('status').textContent = text;
}

function failed(error: unknown): void {
  status(SIDEBAR_LABELS[language].failed.replace('{message}', error instanceof Error ? error.message : String(error)));
}

function formSettings(): Partial<Settings> {
  const form = $('settings') as HTMLFormElement;
  const out: Partial<Record<string, number | null>> = {};
  for (const key of SIDEBAR_SETTINGS) {
    const input = form.elements.namedItem(key) as HTMLInputElement | null;
    const value = input ? readAmount(input.value) : undefined;
    if (value !== undefined) out[key] = value;
  }
  return out as Partial<Settings>;
}

async function start(): Promise<void> {
  const state = await server.sidebarState();
  language = state.language;
  document.documentElement.lang = language;
  const L = SIDEBAR_LABELS[language];
  $('settings').innerHTML = renderSettings(state.settings, state.defaults, language);
  $('save').textContent = L.save;
  $('analyse').textContent = L.analyse;
  if (state.issues.length > 0) status(state.issues.join(' '));
  $('save').addEventListener('click', () => {
    server.sidebarSaveSettings({ ...state.settings, ...formSettings() })
      .then((saved) => status(saved.error ?? [L.saved, ...saved.issues].join(' ')), failed);
  });
  $('analyse').addEventListener('click', () => {
    status(L.working);
    ($('analyse') as HTMLButtonElement).disabled = true;
    server.sidebarAnalyse({ ...state.settings, ...formSettings() })
      .then((outcome) => {
        status('');
        $('result').innerHTML = renderOutcome(outcome, language);
      }, failed)
      .finally(() => {
        ($('analyse') as HTMLButtonElement).disabled = false;
      });
  });
  $('result').addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('button[data-row]') as HTMLButtonElement | null;
    if (!button) return;
    const { sheet, row, column } = button.dataset;
    server.sidebarSelect(sheet ?? '', Number(row), Number(column)).catch(failed);
  });
}

start().catch(failed);
