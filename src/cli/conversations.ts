/**
 * `--conversations` of `klantwaarde analyse`: a conversation sheet (docs/DEFINITIONS.md §8) per client advised
 * *repair*, or per client named (`--conversations "Hotel Aan Zee"`, repeatable), in the version `--audience` asks for.
 * A bare `--conversations` is given as an empty name (args.ts), which means "the clients advised repair".
 */
import {
  chooseConversations, conversationSheets, fill, MAX_CONVERSATIONS, type Catalogue, type ColumnarAnalysis, type ConversationSheet, type Language,
} from '../core/index.js';
import type { FlagValues } from './args.js';

export type ConversationMessageId = 'optConversations' | 'tooMany' | 'unknown' | 'none' | 'written';
export const CONVERSATION_MESSAGES: Catalogue<ConversationMessageId> = {
  nl: {
    optConversations: 'een gespreksblad per klant met advies repareren, of voor de klant die u noemt (herhaalbaar); --audience client maakt de versie voor de klant',
    tooMany: '{count} klanten hebben het advies repareren; gespreksbladen worden voor hoogstens {max} tegelijk gemaakt. Noem de klanten die u wilt: --conversations "naam" (herhaalbaar).',
    unknown: 'Geen klant met de naam {names} in de lijst; een gespreksblad is alleen te maken voor een klant die erin staat.',
    none: 'Geen klant heeft het advies repareren: er is geen gespreksblad gemaakt. Noem een klant met --conversations "naam".',
    written: 'Gespreksbladen ({audience}): {sheets}.',
  },
  en: {
    optConversations: 'a conversation sheet per client advised repair, or for the client you name (repeatable); --audience client makes the version for the client',
    tooMany: '{count} clients are advised repair; conversation sheets are made for at most {max} at a time. Name the clients you want: --conversations "name" (repeatable).',
    unknown: 'No client named {names} in the list; a conversation sheet can only be made for a client in it.',
    none: 'No client is advised repair: no conversation sheet was made. Name a client with --conversations "name".',
    written: 'Conversation sheets ({audience}): {sheets}.',
  },
  de: {
    optConversations: 'ein Gesprächsblatt pro Kunde mit der Empfehlung Sanieren, oder für den Kunden, den Sie nennen (wiederholbar); --audience client macht die Fassung für den Kunden',
    tooMany: '{count} Kunden haben die Empfehlung Sanieren; Gesprächsblätter werden für höchstens {max} auf einmal gemacht. Nennen Sie die Kunden, die Sie wollen: --conversations "Name" (wiederholbar).',
    unknown: 'Kein Kunde mit dem Namen {names} in der Liste; ein Gesprächsblatt ist nur für einen Kunden darin möglich.',
    none: 'Kein Kunde hat die Empfehlung Sanieren: es wurde kein Gesprächsblatt gemacht. Nennen Sie einen Kunden mit --conversations "Name".',
    written: 'Gesprächsblätter ({audience}): {sheets}.',
  },
};

const AUDIENCE_WORDS: Catalogue<'internal' | 'client'> = {
  nl: { internal: 'intern', client: 'voor de klant' },
  en: { internal: 'internal', client: 'for the client' },
  de: { internal: 'intern', client: 'für den Kunden' },
};

/** The names `--conversations` gave (none: the clients advised repair), or `null` when it was not given. */
export function conversationNames(values: FlagValues): string[] | null {
  const given = values.conversations;
  if (given === undefined || given === false) return null;
  const list = Array.isArray(given) ? given : [String(given)];
  return list.map((name) => name.trim()).filter((name) => name !== '');
}

export type ConversationPlan = { sheets: ConversationSheet[]; stop?: undefined; said?: string } | { stop: string };

/**
 * The conversation sheets to write, or the sentence that stops the run (too many, a name not in the list). `taken`:
 * the names of the input workbook's sheets that are not ours, which a conversation sheet must not take.
 */
export function planConversations(
  a: ColumnarAnalysis,
  names: readonly string[],
  options: { language: Language; firm: string; madeOn: string; taken: readonly string[] },
): ConversationPlan {
  const t = CONVERSATION_MESSAGES[options.language];
  const choice = chooseConversations(a, names);
  if (!choice.ok) {
    if (choice.reason === 'tooMany') return { stop: fill(t.tooMany, { count: choice.count, max: MAX_CONVERSATIONS }) };
    return { stop: fill(t.unknown, { names: choice.names.map((n) => `"${n}"`).join(', ') }) };
  }
  if (choice.clients.length === 0) return { sheets: [], said: t.none };
  const sheets = conversationSheets(a, choice.clients, { language: options.language, firm: options.firm, madeOn: options.madeOn, taken: options.taken });
  const audience = AUDIENCE_WORDS[options.language][a.settings.audience];
  return { sheets, said: fill(t.written, { audience, sheets: sheets.map((s) => s.name).join(', ') }) };
}
