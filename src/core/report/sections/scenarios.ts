/**
 * The Kosten-batenanalyse's two scenarios for the C clients together (docs/DEFINITIONS.md §5): letting them all go
 * and repairing them all, each line of the effect and its sum. For all C clients every figure is the sum of the
 * per-client figures, so the lines add up to what the client table's advice columns say.
 */
import type { AnalysisResult } from '../../types.js';
import { SCENARIO_LINES, type RepairLineId } from '../../messages.js';
import { a1 } from '../model.js';
import { COLORS, FORMATS } from '../theme.js';
import { clientCount } from '../text.js';
import type { ReportContext } from '../context.js';
import type { SheetWriter } from '../writer.js';

/** Both scenarios; their first row (where they start on a printed page of their own). */
export function writeScenarios(w: SheetWriter, ctx: ReportContext): number {
  const first = w.row;
  writeScenario(w, ctx, 'letGoC', ctx.result.scenarios.letGoC);
  writeScenario(w, ctx, 'repairC', ctx.result.scenarios.repairC);
  return first;
}

function writeScenario(w: SheetWriter, ctx: ReportContext, titleId: 'letGoC' | 'repairC', s: AnalysisResult['scenarios']['letGoC']): void {
  const { label, language } = ctx.text;
  w.subheading(label(titleId, { clients: clientCount(s.clients, language) }), 3);
  w.headerRow([label('scenarioLine'), null, null, label('amount')]);
  const first = w.row;
  for (const line of s.lines) {
    w.put(w.row, 0, SCENARIO_LINES[language][line.id as RepairLineId] ?? line.id);
    w.put(w.row, 3, line.amount);
    w.style(w.row, 3, w.row, 3, { numberFormat: FORMATS.money });
    w.skip();
  }
  w.put(w.row, 0, label('scenarioNet'));
  // Not offered (no replacement rate to sell the freed hours at): a sentence, not a sum of lines that mean nothing.
  if (s.net === null) w.put(w.row, 3, label('scenarioNotOffered'));
  else w.put(w.row, 3, { formula: `SUM(${a1(first, 3)}:${a1(w.row - 1, 3)})`, value: s.net });
  w.style(w.row, 0, w.row, 3, { bold: true, borderTop: COLORS.headerRule });
  w.style(w.row, 3, w.row, 3, { numberFormat: FORMATS.money, horizontal: 'right' });
  w.skip(2);
}
