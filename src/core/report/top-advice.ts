/**
 * The pieces of advice worth the most, for every host's summary (the CLI, the Excel taskpane, the Sheets
 * sidebar). The same rule as the CLI summary's: a repair is worth its gain above the repair threshold, letting
 * go its let-go effect; `keep` is not advice to act on.
 */
import type { AnalysisResult, ClientResult } from '../types.js';
import { ADVICE_CODES, materialiseOne, type ColumnarAnalysis } from '../analyse.js';

/** What one piece of advice is worth a year: the repair gain net of the threshold, or the let-go effect. */
export function adviceValue(client: ClientResult, repairThreshold: number): number {
  if (client.advice === 'repair') return client.repairGain - repairThreshold;
  if (client.advice === 'letGo') return client.letGoEffect ?? 0;
  return 0;
}

/** The `count` clients whose advice (repair or let go) is worth the most, best first; ties in sheet order. */
export function topAdvice(result: AnalysisResult, count = 3): ClientResult[] {
  return result.clients
    .filter((c) => c.advice !== 'keep')
    .map((client, index) => ({ client, index, value: adviceValue(client, result.settings.repairThreshold) }))
    .sort((a, b) => b.value - a.value || a.index - b.index)
    .slice(0, count)
    .map((entry) => entry.client);
}

/**
 * `topAdvice` of the columnar analysis (the CLI's summary, without a ClientResult per client for a list of any size): the same
 * clients in the same order, found in one pass that keeps the best `count`; only they are materialised.
 */
export function topAdviceOfColumns(columnar: ColumnarAnalysis, count = 3): ClientResult[] {
  const threshold = columnar.settings.repairThreshold;
  const best: { index: number; value: number }[] = [];
  // topAdvice's order: value highest first, ties (or a difference that is not a number) by sheet order.
  const before = (x: { index: number; value: number }, y: { index: number; value: number }): boolean => (y.value - x.value || x.index - y.index) < 0;
  for (let i = 0; i < columnar.columns.count; i++) {
    const advice = ADVICE_CODES[columnar.advice[i]!];
    if (advice === 'keep') continue;
    const letGo = advice === 'letGo' ? columnar.figures.letGoEffect(i) : 0;
    // adviceValue of the materialised client: letGoEffect is null (so 0) where the figure is not available.
    const entry = { index: i, value: advice === 'repair' ? columnar.figures.repairGain(i) - threshold : letGo === letGo ? letGo : 0 };
    if (best.length === count && (count === 0 || !before(entry, best[count - 1]!))) continue;
    let at = best.length;
    while (at > 0 && before(entry, best[at - 1]!)) at--;
    best.splice(at, 0, entry);
    if (best.length > count) best.pop();
  }
  return best.map((entry) => materialiseOne(columnar, entry.index));
}
