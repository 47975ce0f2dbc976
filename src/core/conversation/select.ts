/**
 * Which clients get a conversation sheet, and the sheets' names. By default every client whose advice is *repair*
 * (docs/DEFINITIONS.md §8); else the clients the user names, whatever their advice. More than MAX_CONVERSATIONS is
 * refused, so a workbook never fills with pages nobody asked for one by one.
 */
import type { ColumnarAnalysis } from '../analyse.js';
import { ADVICE_CODES } from '../analyse.js';
import type { Language } from '../types.js';
import { PAGE_TEXTS } from './texts.js';

/** At most this many conversation sheets in one run. */
export const MAX_CONVERSATIONS = 25;

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;

export type ConversationChoice =
  | { ok: true; clients: number[] }
  | { ok: false; reason: 'tooMany'; count: number }
  | { ok: false; reason: 'unknown'; names: string[] };

/**
 * The clients (indices in the analysis' order) to write a sheet for: those named (matched on the name as written,
 * then case- and space-insensitively; each once), or with no names every client advised *repair*.
 */
export function chooseConversations(a: ColumnarAnalysis, names: readonly string[] = []): ConversationChoice {
  const clients: number[] = [];
  if (names.length === 0) {
    const repair = ADVICE_CODES.indexOf('repair');
    for (let i = 0; i < a.columns.count; i++) if (a.advice[i] === repair) clients.push(i);
  } else {
    const key = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
    const exact = new Map<string, number>();
    const loose = new Map<string, number>();
    a.columns.client.forEach((name, i) => {
      if (!exact.has(name)) exact.set(name, i);
      if (!loose.has(key(name))) loose.set(key(name), i);
    });
    const unknown: string[] = [];
    for (const name of names) {
      const i = exact.get(name) ?? loose.get(key(name));
      if (i === undefined) unknown.push(name);
      else if (!clients.includes(i)) clients.push(i);
    }
    if (unknown.length > 0) return { ok: false, reason: 'unknown', names: unknown };
  }
  if (clients.length > MAX_CONVERSATIONS) return { ok: false, reason: 'tooMany', count: clients.length };
  return { ok: true, clients };
}

/**
 * `Gesprek <client>` / `Conversation <client>` / `Gespräch <client>` for each client, cut to Excel's 31 characters,
 * the characters Excel refuses in a sheet name (`[]:*?/\`) turned into spaces, and made unique against each other
 * and against `taken` (case-insensitively, as Excel compares names) with ` (2)`, ` (3)`, … .
 */
export function conversationSheetNames(clients: readonly string[], language: Language, taken: readonly string[] = []): string[] {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const prefix = PAGE_TEXTS[language].sheetPrefix;
  return clients.map((client) => {
    const clean = `${prefix} ${client}`.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '');
    let name = clean.slice(0, MAX_SHEET_NAME).trimEnd();
    for (let k = 2; used.has(name.toLowerCase()); k++) {
      const suffix = ` (${k})`;
      name = clean.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}
