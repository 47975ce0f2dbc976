/**
 * The Problemen section: every problem found in the input, one row each (row, column, the text found, severity,
 * the message), so a reader can find and fix the cells; a sentence when there are none.
 */
import type { Problem, ProblemId } from '../../types.js';
import { FORMATS } from '../theme.js';
import type { ReportContext } from '../context.js';
import type { SheetWriter } from '../writer.js';

/**
 * Rows the reader left out on purpose and rightly (a totals row, a row that sums the rows above it): reported so
 * nothing is skipped in silence, but neither counted as a client nor a fault in the input (docs/DEFINITIONS.md §1).
 */
const NOT_A_CLIENT: ReadonlySet<ProblemId> = new Set(['totalRowSkipped', 'sumRowSkipped']);

/** True for a problem that is a correct skip (a totals row), not a fault in the input. */
export const isCorrectSkip = (p: Pick<Problem, 'id'>): boolean => NOT_A_CLIENT.has(p.id);

export function writeProblems(w: SheetWriter, ctx: Pick<ReportContext, 'text' | 'problems'>): void {
  const { label } = ctx.text;
  w.heading('problems', label('problems'));
  if (ctx.problems.length === 0) {
    w.put(w.row, 0, label('noProblems'));
    w.skip();
    return;
  }
  // The message one column further: what happens to the row (`niet meegeteld (geen klant)`) runs on over E.
  w.headerRow([label('row'), label('column'), label('found'), label('severity'), null, label('message')]);
  const first = w.row;
  for (const p of ctx.problems) {
    w.putRow(w.row, [p.row, p.column, p.text, isCorrectSkip(p) ? label('notAClient') : p.severity === 'error' ? label('error') : label('warning'), null, p.message]);
    w.skip();
  }
  // The found text and the column names keep the text format, so no host reads `1-2` or `=A1` in them as a value.
  w.style(first, 0, w.row - 1, 0, { numberFormat: FORMATS.count, horizontal: 'left' });
  w.style(first, 1, w.row - 1, 2, { numberFormat: FORMATS.text });
}
