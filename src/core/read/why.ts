/**
 * When no client table is found, what was read: how many columns, split on which separator, which row was taken
 * as the header, and the columns nearest to what is missing, so the message names the cause rather than only
 * the missing column.
 */
import { columnLetter } from '../a1.js';
import { fill, translate } from '../i18n.js';
import { READ_WORDS } from '../messages.js';
import type { CellValue, Language } from '../types.js';
import { hasContent } from './cells.js';
import type { HeaderRegion } from './header-region.js';
import { meaningOf } from './meaning.js';
import type { Reporter } from './report.js';

type ReadWord = keyof (typeof READ_WORDS)['nl'];

const SEPARATOR_WORD = { ';': 'semicolon', ',': 'comma', '\t': 'tab' } as const;

export function describeFailure(
  head: readonly (readonly CellValue[])[],
  region: HeaderRegion | null,
  headers: readonly string[],
  options: { language?: Language; separator?: string; rowOffset?: number },
  report: Reporter,
): void {
  const language = options.language ?? 'nl';
  const words = (id: ReadWord): string => translate(READ_WORDS, language, id);
  const width = Math.max(0, ...head.slice(0, 200).map((row) => (Array.isArray(row) && hasContent(row) ? row.length : 0)));
  const separator = options.separator && options.separator in SEPARATOR_WORD ? SEPARATOR_WORD[options.separator as keyof typeof SEPARATOR_WORD] : null;
  const split = separator ? fill(words('splitOn'), { text: words(separator) }) : '';
  const shown = headers.slice(0, 8).map((h, c) => `${columnLetter(c)} "${h}"`).join(', ');
  const row = region ? fill(words('row'), { row: region.index + 1 + (options.rowOffset ?? 0), text: shown }) : words('noRow');
  // The nearest candidates: headers the vocabulary reads as something else (an amount, an identifier, a name).
  const near = headers
    .map((h, c) => ({ h, c, m: meaningOf(h) }))
    .filter(({ h, m }) => h !== '' && m.field === null && (m.amount !== undefined || (m.reason !== 'unrecognised' && m.reason !== 'empty')))
    .slice(0, 4)
    .map(({ h, c }) => `${columnLetter(c)} "${h}"`)
    .join(', ');
  report('tableAsRead', 'error', { other: width, text: split, row: null, expected: near || words('none'), consequence: row });
}
