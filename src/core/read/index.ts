/** The reader of client tables: docs/DEFINITIONS.md §1, and the README's layout section for its parts. */
export { readClientTable, HEAD_ROWS, type ReadOptions, type TableRest } from './table.js';
export { bindDrivers, missingFieldProblems } from './bind.js';
export { isTotalLabel } from './totals.js';
export { cellText } from './cells.js';
export { detectSeparator, separatorCandidates } from './separator.js';
export { durationCellText, durationFromCell, isDurationText, parseDurationText, timeFormatShape } from './duration.js';
export { normaliseHeader } from '../headers.js';

import { interpretHeader } from '../headers.js';
import type { Field } from '../fields.js';

/** The field a header names on its own (no table around it), or `null`. */
export function fieldForHeader(header: string): Field | null {
  return interpretHeader(header).field;
}
