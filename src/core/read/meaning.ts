/** Header meanings as the reader weighs them: `interpretHeader` (headers.ts), remembered, and how much each confidence counts. */
import { type HeaderMeaning, interpretHeader } from '../headers.js';
import type { Confidence } from '../types.js';

const meaningCache = new Map<string, HeaderMeaning>();

/** `interpretHeader`, remembered: header rows are scanned cell by cell over the first 50 rows. */
export function meaningOf(header: string): HeaderMeaning {
  let meaning = meaningCache.get(header);
  if (!meaning) {
    meaning = interpretHeader(header);
    if (meaningCache.size > 5000) meaningCache.clear();
    meaningCache.set(header, meaning);
  }
  return meaning;
}

export const CONFIDENCE_SCORE: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };
