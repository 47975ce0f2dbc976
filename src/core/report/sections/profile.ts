/**
 * *Uw beste klanten*: the profile of docs/DEFINITIONS.md §7 — its sentence, then the A, B and C clients' medians side
 * by side, the three measures the sentence names in bold. Under 3 A clients the section says why there is none
 * (the note `fewAClients`). Written below the pyramid, inside its printed area: both say what the portfolio is made of.
 */
import type { Catalogue } from '../../i18n.js';
import { NOTE_MESSAGES } from '../../messages.js';
import { PROFILE_FORMATS } from '../../conversation/sheet.js';
import { PROFILE_MEASURE_LABELS } from '../../conversation/texts.js';
import { PROFILE_MEASURES } from '../../types.js';
import { COLORS, FORMATS, LAST_PYRAMID_COLUMN } from '../theme.js';
import type { ReportContext } from '../context.js';
import type { SheetWriter } from '../writer.js';

type ProfileLabelId = 'heading' | 'measure' | 'a' | 'b' | 'c' | 'clients';
const PROFILE_LABELS: Catalogue<ProfileLabelId> = {
  nl: { heading: 'Uw beste klanten', measure: 'Mediaan', a: 'A-klanten', b: 'B-klanten', c: 'C-klanten', clients: 'Klanten met omzet' },
  en: { heading: 'Your best clients', measure: 'Median', a: 'A clients', b: 'B clients', c: 'C clients', clients: 'Clients with revenue' },
  de: { heading: 'Ihre besten Kunden', measure: 'Median', a: 'A-Kunden', b: 'B-Kunden', c: 'C-Kunden', clients: 'Kunden mit Umsatz' },
};

/**
 * The heading, the sentence (wrapped over A..L) and the medians in D..F (as the cost-benefit table's figures: a
 * measure's name runs on over B and C); measures no group has are left out.
 */
const FIRST = 3;
export function writeProfile(w: SheetWriter, ctx: ReportContext): void {
  const labels = PROFILE_LABELS[ctx.language];
  const profile = ctx.result.profile;
  w.heading('profile', labels.heading);
  if (!profile) {
    w.put(w.row, 0, NOTE_MESSAGES[ctx.language].fewAClients);
    w.style(w.row, 0, w.row, 0, { italic: true, fontColor: COLORS.muted });
    w.skip(2);
    return;
  }
  w.put(w.row, 0, profile.sentence[ctx.language]);
  w.merge(w.row, 0, w.row, LAST_PYRAMID_COLUMN);
  w.style(w.row, 0, w.row, LAST_PYRAMID_COLUMN, { wrap: true, vertical: 'top' });
  w.height(w.row, 32);
  w.skip(2);
  w.headerRow([labels.measure, null, null, labels.a, labels.b, labels.c]);
  w.style(w.row - 1, FIRST, w.row - 1, FIRST + 2, { horizontal: 'right' });
  w.put(w.row, 0, labels.clients);
  [profile.clients.a, profile.clients.b, profile.clients.c].forEach((n, k) => w.put(w.row, FIRST + k, n));
  w.style(w.row, FIRST, w.row, FIRST + 2, { numberFormat: FORMATS.count });
  w.skip();
  for (const measure of PROFILE_MEASURES) {
    const values = [profile.a[measure], profile.b[measure], profile.c[measure]];
    if (values.every((v) => v === undefined)) continue;
    w.put(w.row, 0, PROFILE_MEASURE_LABELS[ctx.language][measure]);
    values.forEach((v, k) => w.put(w.row, FIRST + k, v ?? ctx.text.na));
    w.style(w.row, FIRST, w.row, FIRST + 2, { numberFormat: PROFILE_FORMATS[measure], horizontal: 'right' });
    if (profile.measures.includes(measure)) w.style(w.row, 0, w.row, FIRST + 2, { bold: true });
    w.skip();
  }
  w.skip();
}
