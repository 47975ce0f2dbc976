/**
 * The pieces of advice worth the most, for every host's summary (the CLI, the Excel taskpane, the Sheets
 * sidebar). The same rule as the CLI summary's: a repair is worth its gain above the repair threshold, letting
 * go its let-go effect; `keep` is not advice to act on.
 */
import type { AnalysisResult, ClientResult } from '../types.js';

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
