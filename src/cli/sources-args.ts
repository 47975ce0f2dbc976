/**
 * The flags of a client list built from exports (`klantwaarde list`, and `analyse` with several files or an
 * export): `--period`, `--same`, `--apart`, `--payment-term`, `--date-order`, checked here into the core's
 * `BuildOptions`, each refusal a sentence in the user's language (exit code 2 in `main`).
 */
import { fill, parsePeriod, type BuildOptions, type DateOrder, type Language } from '../core/index.js';
import { CLI_MESSAGES, type CliMessageId } from './messages.js';

/** The `parseArgs` options of these flags (merged into `main`'s). */
export const SOURCE_OPTIONS = {
  period: { type: 'string' },
  same: { type: 'string', multiple: true },
  apart: { type: 'string', multiple: true },
  'payment-term': { type: 'string' },
  'date-order': { type: 'string' },
} as const;

export const DATE_ORDERS: readonly DateOrder[] = ['dmy', 'mdy'];

/** A flag's value that cannot be used: the message says what is expected. */
export class SourceArgsError extends Error {}

/** `A=B` (for `--same`) or `A|B` (for `--apart`): two non-empty names, split at the first separator. */
function pairOf(text: string, separator: string): [string, string] | null {
  const at = text.indexOf(separator);
  if (at < 0) return null;
  const a = text.slice(0, at).trim();
  const b = text.slice(at + 1).trim();
  return a && b && a !== b ? [a, b] : null;
}

/**
 * The build options the flags give (those not given are left out: the core's defaults apply). Throws
 * `SourceArgsError` naming the first value that cannot be used.
 */
export function sourceBuildOptions(values: Record<string, unknown>, language: Language): BuildOptions {
  const t = (id: CliMessageId, params: Record<string, string>): string => fill(CLI_MESSAGES[language][id], params);
  const options: BuildOptions = { language };
  const period = values.period;
  if (typeof period === 'string') {
    if (parsePeriod(period) === null) throw new SourceArgsError(t('badPeriod', { value: period }));
    options.period = period.trim();
  }
  const term = values['payment-term'];
  if (typeof term === 'string') {
    const days = /^\s*\d{1,3}\s*$/.test(term) ? Number(term) : Number.NaN;
    if (!(days >= 0 && days <= 365)) throw new SourceArgsError(t('badPaymentTerm', { value: term }));
    options.paymentTermDays = days;
  }
  const same = (values.same as string[] | undefined) ?? [];
  if (same.length > 0) {
    options.same = same.map((text) => {
      const pair = pairOf(text, '=');
      if (!pair) throw new SourceArgsError(t('badSame', { value: text }));
      return pair;
    });
  }
  const apart = (values.apart as string[] | undefined) ?? [];
  if (apart.length > 0) {
    options.apart = apart.map((text) => {
      const pair = pairOf(text, '|');
      if (!pair) throw new SourceArgsError(t('badApart', { value: text }));
      return pair;
    });
  }
  return options;
}

/** `--date-order`, checked: `dmy`, `mdy` or not given. */
export function dateOrderOf(values: Record<string, unknown>, language: Language): DateOrder | undefined {
  const text = values['date-order'];
  if (typeof text !== 'string') return undefined;
  const order = text.trim().toLowerCase();
  if (!(DATE_ORDERS as readonly string[]).includes(order)) {
    throw new SourceArgsError(fill(CLI_MESSAGES[language].badChoice, { value: text, option: 'date-order', choices: DATE_ORDERS.join(', ') }));
  }
  return order as DateOrder;
}
