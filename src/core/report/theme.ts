/**
 * How the analysis sheet looks: its number formats, its colours, and the one layout constant every section shares
 * (the pyramid's columns D..L, which fix the width of headings, legends and the first printed page).
 */
import type { AbcClass, GroupTotals } from '../types.js';
import { quotient } from '../figures.js';

/** Locale-independent number formats (Excel codes; every host shows them in the user's locale). */
export const FORMATS = {
  money: '"€" #,##0.00;[Red]"€" -#,##0.00',
  /** Whole euros: the tables' amounts when cents would print the sheet under 8 points (the cells keep their cents). */
  moneyWhole: '"€" #,##0;[Red]"€" -#,##0',
  /** Thousands of euros (the trailing comma divides by 1 000): the cost-benefit table's sums when whole euros are too wide. */
  moneyThousands: '"€" #,##0,;[Red]"€" -#,##0,',
  percent: '0.0%',
  hours: '#,##0.0',
  count: '#,##0',
  text: '@',
} as const;

/** Colours: fills light enough to print, fonts dark enough to read on them. */
export const COLORS = {
  heading: '#1F4E79',
  headingText: '#FFFFFF',
  subheading: '#DDEBF7',
  headerRule: '#8EA9C1',
  muted: '#595959',
  classFill: { A: '#E2F0D9', B: '#FFF2CC', C: '#FBE2D5' } as Record<AbcClass, string>,
  profit: '#A9D18E',
  thin: '#FFD966',
  loss: '#F4A582',
  inactive: '#D9D9D9',
  line: '#1F4E79',
} as const;

/** Font colours of text that warns (a note, a money-valued whale curve) and of a count of problem rows. */
export const WARNING_TEXT = '#833C0B';
export const ERROR_TEXT = '#C00000';

/** A tier or band is "thin" below this margin (our choice; docs/DEFINITIONS.md §4 names no threshold). */
export const THIN_MARGIN = 0.05;

/** The pyramid is drawn in D..L: nine equal money columns. Headings and subheadings span A..L with it. */
export const LAST_PYRAMID_COLUMN = 11;

/** How a group of clients fares: a loss, a thin margin (below THIN_MARGIN, or no revenue), or a profit. */
export function profitability(t: Pick<GroupTotals, 'netProfit' | 'revenue'>): 'loss' | 'thin' | 'profit' {
  if (t.netProfit < 0) return 'loss';
  if ((quotient(t.netProfit, t.revenue) ?? 0) < THIN_MARGIN) return 'thin';
  return 'profit';
}

/** Green for profit, amber for a thin margin, red for a loss (the pyramid's bands and the tier rows). */
export function profitColour(t: GroupTotals): string {
  return COLORS[profitability(t)];
}
