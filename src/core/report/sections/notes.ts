/** The notes block of the Samenvatting: what the analysis could not do as asked (no hours, no labour cost, …). */
import { NOTE_MESSAGES } from '../../messages.js';
import { WARNING_TEXT } from '../theme.js';
import type { ReportContext } from '../context.js';
import type { SheetWriter } from '../writer.js';

/** A subheading, one row per note and a blank row; nothing when there are none. */
export function writeNotes(w: SheetWriter, ctx: ReportContext): void {
  if (ctx.result.notes.length === 0) return;
  w.subheading(ctx.text.label('notes'));
  for (const note of ctx.result.notes) {
    w.put(w.row, 0, NOTE_MESSAGES[ctx.language][note]);
    w.style(w.row, 0, w.row, 0, { fontColor: WARNING_TEXT });
    w.skip();
  }
  w.skip();
}
