/** Problems as the reader reports them: an id from the closed set, a severity, where, and the message in the user's language. */
import { problemMessage } from '../messages.js';
import type { Language, Problem, ProblemId } from '../types.js';

export type ProblemParams = {
  row?: number | null;
  column?: string | null;
  text?: string | null;
  expected?: string;
  consequence?: string;
  other?: number | string;
};

export type Reporter = (id: ProblemId, severity: Problem['severity'], params: ProblemParams) => void;

/** A reporter that appends to `problems`, with messages in `language`. */
export function reporterInto(problems: Problem[], language: Language): Reporter {
  return (id, severity, params) => {
    problems.push({
      id,
      severity,
      row: params.row ?? null,
      column: params.column ?? null,
      text: params.text ?? null,
      message: problemMessage(language, id, {
        row: params.row ?? '',
        column: params.column ?? '',
        text: params.text ?? '',
        expected: params.expected ?? '',
        consequence: params.consequence ?? '',
        other: params.other ?? '',
      }),
    });
  };
}
