/**
 * The interim sidebar's markup, as strings (no DOM here, so it is type-checked and tested in Node): three
 * settings, *Analyseer klanten*, the result's pyramid and the problems list (a problem selects its cell). The
 * taskpane's React UI replaces this once it exists (issue 9); the server side and client.ts stay.
 */
import { fill, formatMoney, formatPercent, TIER_LABELS, type Language, type Settings } from '../../core/index.js';
import { COLORS, profitability } from '../../core/report/index.js';
import type { Catalogue } from '../../core/i18n.js';
import type { AnalysisOutcome } from './analyse.js';

export type SidebarLabelId =
  | 'settings' | 'hourlyCost' | 'targetHourlyReturn' | 'costPerVisit' | 'save' | 'saved' | 'analyse' | 'working'
  | 'pyramid' | 'clients' | 'revenueShare' | 'profitShare' | 'problems' | 'noProblems' | 'moreProblems' | 'failed';

export const SIDEBAR_LABELS: Catalogue<SidebarLabelId> = {
  nl: {
    settings: 'Instellingen voor dit document', hourlyCost: 'Uurkostprijs (€)', targetHourlyReturn: 'Doeltarief per uur (€)',
    costPerVisit: 'Kosten per bezoek (€)', save: 'Opslaan', saved: 'Opgeslagen.', analyse: 'Analyseer klanten', working: 'Bezig…',
    pyramid: 'Klantenpiramide', clients: 'klanten', revenueShare: 'omzet', profitShare: 'winst', problems: 'Problemen',
    noProblems: 'Geen problemen gevonden.', moreProblems: 'en nog {n}: zie het blad.', failed: 'Mislukt: {message}',
  },
  en: {
    settings: 'Settings for this document', hourlyCost: 'Hourly cost (€)', targetHourlyReturn: 'Target rate per hour (€)',
    costPerVisit: 'Cost per visit (€)', save: 'Save', saved: 'Saved.', analyse: 'Analyse clients', working: 'Working…',
    pyramid: 'Client pyramid', clients: 'clients', revenueShare: 'revenue', profitShare: 'profit', problems: 'Problems',
    noProblems: 'No problems found.', moreProblems: 'and {n} more: see the sheet.', failed: 'Failed: {message}',
  },
  de: {
    settings: 'Einstellungen für dieses Dokument', hourlyCost: 'Stundenkosten (€)', targetHourlyReturn: 'Zielsatz pro Stunde (€)',
    costPerVisit: 'Kosten je Besuch (€)', save: 'Speichern', saved: 'Gespeichert.', analyse: 'Kunden analysieren', working: 'Läuft…',
    pyramid: 'Kundenpyramide', clients: 'Kunden', revenueShare: 'Umsatz', profitShare: 'Gewinn', problems: 'Probleme',
    noProblems: 'Keine Probleme gefunden.', moreProblems: 'und {n} weitere: siehe Blatt.', failed: 'Fehlgeschlagen: {message}',
  },
};

/** The settings the interim sidebar edits. */
export const SIDEBAR_SETTINGS = ['hourlyCost', 'targetHourlyReturn', 'costPerVisit'] as const;
export type SidebarSetting = (typeof SIDEBAR_SETTINGS)[number];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const BAND_COLOURS = { profit: COLORS.profit, thin: COLORS.thin, loss: COLORS.loss } as const;

/** The pyramid (narrowest band on top), the message, and the problems as buttons carrying their cell. */
export function renderOutcome(outcome: AnalysisOutcome, language: Language): string {
  const L = SIDEBAR_LABELS[language];
  const parts: string[] = [];
  if (!outcome.ok) {
    parts.push(`<p class="error"><strong>${escapeHtml(outcome.title)}</strong><br>${escapeHtml(outcome.message).replace(/\n/g, '<br>')}</p>`);
  } else {
    parts.push(`<p class="done">${escapeHtml(outcome.message)}</p>`, `<h2>${escapeHtml(L.pyramid)}</h2>`, '<div class="pyramid">');
    const tiers = outcome.result.pyramid;
    tiers.forEach((tier, level) => {
      const colour = tier.tier === 'inactive' ? COLORS.inactive : BAND_COLOURS[profitability(tier)];
      const width = tier.tier === 'inactive' ? 100 : 40 + (60 * level) / Math.max(tiers.length - 2, 1);
      const share = (x: number | null): string => (x === null ? '–' : formatPercent(x, language));
      parts.push(
        `<div class="band" data-tier="${tier.tier}" style="width:${Math.min(width, 100).toFixed(0)}%;background:${colour}">` +
          `<strong>${escapeHtml(TIER_LABELS[language][tier.tier])}</strong> · ${tier.clients} ${escapeHtml(L.clients)}<br>` +
          `${escapeHtml(L.revenueShare)} ${share(tier.revenueShare)} · ${escapeHtml(L.profitShare)} ${share(tier.netProfitShare)}` +
          `<br><small>${escapeHtml(formatMoney(tier.netProfit, language))}</small></div>`,
      );
    });
    parts.push('</div>');
  }
  const problems = outcome.problems;
  if (outcome.ok || problems.length > 0) {
    parts.push(`<h2>${escapeHtml(L.problems)}</h2>`);
    if (problems.length === 0) parts.push(`<p>${escapeHtml(L.noProblems)}</p>`);
    const columns = new Map((outcome.mapping?.columns ?? []).map((c) => [c.header, c.column + 1]));
    const source = outcome.ok ? outcome.sourceName : '';
    parts.push('<ul class="problems">');
    for (const p of problems) {
      const column = p.column === null ? undefined : columns.get(p.column);
      const target = p.row !== null && column !== undefined && source
        ? ` data-sheet="${escapeHtml(source)}" data-row="${p.row}" data-column="${column}"` : '';
      parts.push(`<li class="${p.severity}"><button type="button"${target}>${escapeHtml(p.message)}</button></li>`);
    }
    parts.push('</ul>');
    const more = outcome.ok ? outcome.problemCount - problems.length : 0;
    if (more > 0) parts.push(`<p>${escapeHtml(fill(L.moreProblems, { n: more }))}</p>`);
  }
  return parts.join('');
}

/** The settings form's fields with the stored value, else the default as placeholder. */
export function renderSettings(settings: Partial<Settings>, defaults: Settings, language: Language): string {
  const L = SIDEBAR_LABELS[language];
  const fields = SIDEBAR_SETTINGS.map((key) => {
    const value = settings[key];
    const initial = defaults[key];
    return `<label>${escapeHtml(L[key])}<input name="${key}" inputmode="decimal" value="${value ?? ''}" placeholder="${initial ?? ''}"></label>`;
  });
  return `<fieldset><legend>${escapeHtml(L.settings)}</legend>${fields.join('')}</fieldset>`;
}

/** A typed amount (`45,50`, `45.5`, blank) as a number or null (blank: not set). */
export function readAmount(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/\s|€/g, '');
  if (trimmed === '') return null;
  const normal = /,\d{1,2}$/.test(trimmed) ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed.replace(/,/g, '');
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}
