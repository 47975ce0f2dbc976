/**
 * The settings block of the Samenvatting: every setting the analysis used, its value, and where that value came
 * from (docs/DEFINITIONS.md §2: the user, an assumption, the statutory rate, …), so a reader can check them.
 */
import { fill, formatMoney, formatPercent } from '../../i18n.js';
import { STATUTORY_LAW } from '../labels.js';
import type { Language, ResolvedSettings } from '../../types.js';
import { SETTING_LIST, SETTINGS, type ReportShow, type SettingDefinition, type SettingKind } from '../../settings-registry.js';
import { REPORT_LABELS, SOURCE_LABELS } from '../labels.js';
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

/** The entries the block shows, in registry order but for those placed `after` another. */
function reportEntries(list: readonly SettingDefinition[], settings: ResolvedSettings): SettingDefinition[] {
  const shown = list.filter((entry) => entry.report && (entry.report.when?.(settings) ?? true));
  const out = shown.filter((entry) => !entry.report!.after);
  for (const entry of shown) {
    if (!entry.report!.after) continue;
    const at = out.findIndex((other) => other.key === entry.report!.after);
    out.splice(at < 0 ? out.length : at + 1, 0, entry);
  }
  return out;
}

const KIND_FORMATS: Partial<Record<SettingKind, string>> = { money: FORMATS.money, number: FORMATS.count, percent: FORMATS.percent, list: FORMATS.count };

/**
 * The settings used, each with its value and where it came from (docs/DEFINITIONS.md §2), as the registry says
 * (`list`: the registry, the real one unless a test passes another).
 */
export function settingRows(result: Summary, language: Language, list: readonly SettingDefinition[] = SETTING_LIST): SettingRow[] {
  const s = result.settings;
  const values = s as unknown as Record<string, unknown>;
  const L = REPORT_LABELS[language];
  const sources = SOURCE_LABELS[language];
  const sourceOf = (entry: SettingDefinition): string => {
    if (JSON.stringify(entry.default) !== JSON.stringify(values[entry.key])) return sources.user;
    const known = entry.source;
    if (known === undefined) return '';
    return typeof known === 'object' ? known.literature : sources[known];
  };
  const plain = (entry: SettingDefinition): SettingRow => {
    const value = values[entry.key];
    const format = KIND_FORMATS[entry.kind];
    const row = (cell: Cell): SettingRow => ({ label: entry.label[language], value: cell, ...(format ? { format } : {}), source: sourceOf(entry) });
    if (entry.kind === 'choice') return row(entry.choices?.find((c) => c.value === value)?.label[language] ?? String(value));
    if (entry.kind === 'date') return row(typeof value === 'string' ? displayDate(value, language) : L.notSet);
    if (entry.kind === 'list') return row(Array.isArray(value) ? value.length : 0);
    return row(typeof value === 'number' ? value : L.notSet);
  };
  const special: Record<Exclude<ReportShow['show'], 'value'>, (entry: SettingDefinition) => SettingRow> = {
    interest: (entry) => {
      const interest = s.interestSource;
      const source = interest.kind === 'user'
        ? sources.user
        : fill(sources.statutory, { country: interest.country, halfYears: interest.halfYears.join(', '), source: STATUTORY_LAW[language][interest.country] });
      return { label: entry.label[language], value: s.interestRateUsed, format: '0.00%', source };
    },
    periodEnd: (entry) => ({ label: entry.label[language], value: displayDate(s.periodEndUsed, language), source: s.periodEnd ? sources.user : '' }),
    tiers: (entry) => ({
      label: entry.label[language], value: s.discountTiers.length, format: FORMATS.count,
      source: s.discountTiers.map((t) => `${formatMoney(t.revenueFrom, language)}: ${formatPercent(t.discount, language)}`).join('; '),
    }),
    drivers: (entry) => ({
      label: entry.label[language], value: s.extraDrivers.length, format: FORMATS.count,
      source: s.extraDrivers.map((d) => fill(L.driverFormat, { name: !d.label || d.label === d.column ? d.column : `${d.label} (${d.column})`, cost: formatMoney(d.costPerUnit, language) })).join('; '),
    }),
    abcMethod: (entry) => {
      const abc = result.abc;
      const computed = abc.method === 'computed';
      const abcSource = computed && abc.computed
        ? fill(L.computedPoints, { a: formatPercent(abc.computed.a.x, language), c: formatPercent(abc.computed.c.x, language) })
        : sourceOf(SETTINGS.abcLimitA as SettingDefinition);
      const method = entry.choices?.find((c) => c.value === s.abcMethod)?.label[language] ?? s.abcMethod;
      return { label: entry.label[language], value: method, source: computed ? abcSource : sources.practice };
    },
  };
  return reportEntries(list, s).map((entry) => (entry.report!.show === 'value' ? plain(entry) : special[entry.report!.show](entry)));
}
