/** The conversation sheet of docs/DEFINITIONS.md §8: the page model, its sheet, which clients get one and their names. */
import type { ColumnarAnalysis } from '../analyse.js';
import { conversationPage, type PageOptions } from './page.js';
import { conversationSheet, type ConversationSheet } from './sheet.js';
import { conversationSheetNames } from './select.js';

export { conversationPage, comparisonOf } from './page.js';
export type { ConversationPage, CostLine, CostLineId, Lever, Comparison, PageOptions } from './page.js';
export { conversationSheet, conversationAsReport } from './sheet.js';
export type { ConversationSheet, WaterfallChart } from './sheet.js';
export { chooseConversations, conversationSheetNames, MAX_CONVERSATIONS, MAX_SHEET_NAME } from './select.js';
export type { ConversationChoice } from './select.js';
export { PAGE_TEXTS, LEVER_TEXTS, PROFILE_MEASURE_LABELS } from './texts.js';

/** The sheets of `clients` (indices in the analysis' order), named uniquely beside the sheets already `taken`. */
export function conversationSheets(
  a: ColumnarAnalysis,
  clients: readonly number[],
  options: PageOptions & { firm?: string; taken?: readonly string[] } = {},
): ConversationSheet[] {
  const language = options.language ?? 'nl';
  const names = conversationSheetNames(clients.map((i) => a.columns.client[i]!), language, options.taken ?? []);
  return clients.map((i, k) => conversationSheet(conversationPage(a, i, options), names[k]!, options.firm ?? ''));
}
