/**
 * The settings block of the Samenvatting: every setting the analysis used, its value, and where that value came
 * from (docs/DEFINITIONS.md §2: the user, an assumption, the statutory rate, …), so a reader can check them.
 */
import { fill, formatMoney, formatPercent } from '../../i18n.js';
import type { Language, Settings } from '../../types.js';
import { DEFAULT_SETTINGS, SETTING_SOURCES } from '../../settings.js';
import { MEASURE_LABELS, REPORT_LABELS, SETTING_LABELS, SOURCE_LABELS, type SourceId } from '../labels.js';
import type { Cell } from '../model.js';
import { COLORS, FORMATS } from '../theme.js';
import { displayDate } from '../text.js';
import type { ReportContext, Summary } from '../context.js';
import type { SheetWriter } from '../writer.js';

/** The block: a subheading, a header, one row per setting (value in B:C merged, source in D), a blank row. */
export function writeSettings(w: SheetWriter, ctx: ReportContext): void {
  const { label } = ctx.text;
  w.subheading(label('settings'));
  w.headerRow([label('setting'), label('value'), null, label('source')]);
  for (const entry of settingRows(ctx.result, ctx.language)) {
    w.put(w.row, 0, entry.label);
    w.put(w.row, 1, entry.value);
    w.merge(w.row, 1, w.row, 2);
    w.style(w.row, 1, w.row, 2, { horizontal: 'right', ...(entry.format ? { numberFormat: entry.format } : {}) });
    w.put(w.row, 3, entry.source);
    w.style(w.row, 3, w.row, 3, { fontColor: COLORS.muted, italic: true });
    w.skip();
  }
  w.skip();
}

export type SettingRow = { label: string; value: Cell; format?: string; source: string };

/** The settings used, each with its value and where it came from (docs/DEFINITIONS.md §2). */
export function settingRows(result: Summary, language: Language): SettingRow[] {
  const s = result.settings;
  const L = REPORT_LABELS[language];
  const labels = SETTING_LABELS[language];
  const sources = SOURCE_LABELS[language];
  const sourceOf = (key: keyof Settings): string => {
    const initial = DEFAULT_SETTINGS[key];
    if (JSON.stringify(initial) !== JSON.stringify(s[key])) return sources.user;
    const known = SETTING_SOURCES[key];
    if (known === 'assumption' || known === 'seed' || known === 'practice') return sources[known as SourceId];
    if (known) return known;
    if (key === 'costPerOrder' || key === 'costPerInvoice' || key === 'costPerFreeShipment' || key === 'hourlyCost' || key === 'targetHourlyReturn') {
      return sources.userFigures;
    }
    return '';
  };
  const money = (key: keyof Settings): SettingRow => {
    const value = s[key];
    return { label: labels[key], value: typeof value === 'number' ? value : L.notSet, format: FORMATS.money, source: sourceOf(key) };
  };
  const number = (key: keyof Settings, format: string): SettingRow => {
    const value = s[key];
    return { label: labels[key], value: typeof value === 'number' ? value : L.notSet, format, source: sourceOf(key) };
  };
  const interest = s.interestSource;
  const interestSource = interest.kind === 'user'
    ? sources.user
    : fill(sources.statutory, { country: interest.country, halfYears: interest.halfYears.join(', '), source: interest.source });
  const tiers = s.discountTiers.map((t) => `${formatMoney(t.revenueFrom, language)}: ${formatPercent(t.discount, language)}`).join('; ');
  const drivers = s.extraDrivers.map((d) => fill(L.driverFormat, { name: !d.label || d.label === d.column ? d.column : `${d.label} (${d.column})`, cost: formatMoney(d.costPerUnit, language) })).join('; ');
  const abc = result.abc;
  const abcSource = abc.method === 'computed' && abc.computed
    ? fill(L.computedPoints, { a: formatPercent(abc.computed.a.x, language), c: formatPercent(abc.computed.c.x, language) })
    : sourceOf('abcLimitA');
  return [
    money('hourlyCost'),
    money('targetHourlyReturn'),
    number('minutesPerCall', FORMATS.count),
    number('minutesPerEmail', FORMATS.count),
    number('minutesPerCorrectionRound', FORMATS.count),
    money('costPerVisit'),
    money('costPerOrder'),
    money('costPerInvoice'),
    money('costPerFreeShipment'),
    { label: labels.interestRate, value: s.interestRateUsed, format: '0.00%', source: interestSource },
    { label: labels.periodEnd, value: displayDate(s.periodEndUsed, language), source: s.periodEnd ? sources.user : '' },
    money('repairThreshold'),
    { label: labels.discountTiers, value: s.discountTiers.length, format: FORMATS.count, source: tiers },
    { label: labels.extraDrivers, value: s.extraDrivers.length, format: FORMATS.count, source: drivers },
    { label: labels.abcMethod, value: s.abcMethod === 'computed' ? L.abcMethodComputed : L.abcMethodFixed, source: abc.method === 'computed' ? abcSource : SOURCE_LABELS[language].practice },
    { label: labels.abcMeasure, value: MEASURE_LABELS[language][s.abcMeasure], source: sourceOf('abcMeasure') },
    ...(s.abcMethod === 'fixed' ? [number('abcLimitA', FORMATS.percent), number('abcLimitB', FORMATS.percent)] : []),
    number('maxVisitsPerYear', FORMATS.count),
    money('minOrderSize'),
    number('utilisation', FORMATS.percent),
  ];
}
