/**
 * What the pane computes, without React and without a host: reading the table with the user's mapping, checking
 * the stored state, running the analysis and building the report, and the small shapes the components show.
 * Everything here is a call into the core; the pane adds no arithmetic on client data.
 */
import {
  analyseTable, bindDrivers, buildReportFromColumns, COLORS, conversationSheets, type Audience, type ColumnarAnalysis, type ConversationSheet, FIELDS, materialiseReport, missingFieldProblems, profitability,
  readClientTable, todayIso, withLanguageCountry, type AnalysisResult, type ClientResult, type ColumnMapping, type Field, type Language, type Problem,
  type PyramidTier, type ReportSheet, type Settings, type TableRead, type Tier,
} from '../src/core/index.js';
import { checkSettings, settingIssueText } from '../src/core/index.js';
import { topAdviceOfColumns, adviceValue } from '../src/core/index.js';
import type { CellTarget, HostTable, MappingOverrides, StoredState } from './host.js';

export { adviceValue };

/** The stored state, checked by the core: the valid settings and mapping, and a sentence per ignored value. */
export type CheckedState = { settings: Partial<Settings>; mapping: MappingOverrides; issues: string[] };

const FIELD_SET: ReadonlySet<string> = new Set(FIELDS);

export function checkState(stored: StoredState, language: Language): CheckedState {
  const checked = checkSettings(stored.settings ?? {}, language);
  const issues = checked.issues.map((issue) => settingIssueText(issue, language, { ignored: true }));
  const mapping: MappingOverrides = {};
  if (typeof stored.mapping === 'object' && stored.mapping !== null && !Array.isArray(stored.mapping)) {
    for (const [field, value] of Object.entries(stored.mapping)) {
      const ok = FIELD_SET.has(field) && (value === null || (typeof value === 'string' && value !== '') || (Number.isInteger(value) && (value as number) >= 0));
      if (ok) mapping[field as Field] = value as string | number | null;
    }
  }
  return { settings: checked.settings, mapping, issues };
}

/** Reads the host's cells with the hand mapping; rows are numbered as the sheet numbers them. */
export function readTable(table: HostTable, mapping: MappingOverrides, language: Language): TableRead {
  return readClientTable(table.cells, {
    language,
    ...(table.notation ? { notation: table.notation } : {}),
    rowOffset: table.where.firstRow,
    ...(Object.keys(mapping).length > 0 ? { mapping } : {}),
  });
}

/**
 * The override to store when the user picks column `column` (0-based in the table) for a field: its header
 * text, which survives a column inserted before it; the index only when the header is blank.
 */
export function overrideFor(mapping: ColumnMapping, column: number): string | number {
  const header = mapping.columns.find((c) => c.column === column)?.header.trim() ?? '';
  const sameHeader = mapping.columns.filter((c) => c.header.trim() === header).length;
  return header !== '' && sameHeader === 1 ? header : column;
}

/**
 * What the pane shows of the analysis: the headline figures, the pyramid and the three pieces of advice worth the
 * most, from the columnar analysis (no result object per client; the report's grid is the one thing the
 * painter needs whole).
 */
export type PaneResult = Pick<AnalysisResult, 'settings' | 'totals' | 'pyramid' | 'portfolioMargin' | 'notes'> & {
  clientCount: number;
  /** `topAdvice` of the whole analysis. */
  top: ClientResult[];
};

export type Analysis = {
  read: TableRead;
  result: PaneResult;
  report: ReportSheet;
  /** The table's, the extra drivers' and the missing fields' problems, as the report lists them. */
  problems: Problem[];
  /** The columnar analysis, kept for the conversation pages (docs/DEFINITIONS.md §8). */
  columnar: ColumnarAnalysis;
};

export type Outcome = { ok: true; analysis: Analysis } | { ok: false; messages: string[]; problems: Problem[] };

/** Reads, analyses and builds the report, as the CLI does. A table that cannot be analysed says why. */
export function runAnalysis(table: HostTable, state: CheckedState, language: Language, today: string = todayIso()): Outcome {
  const read = readTable(table, state.mapping, language);
  const fatal = read.problems.filter((p) => p.row === null && p.severity === 'error');
  if (fatal.length > 0) return { ok: false, messages: fatal.map((p) => p.message), problems: read.problems };
  // An unset country is the pane's language's (the core's withLanguageCountry), as the settings form says.
  const settings = withLanguageCountry(state.settings, language);
  const bound = bindDrivers(settings.extraDrivers ?? [], read.mapping, language);
  // As the CLI: a field the settings need but no column feeds is said, not a silent 0.
  const problems = [...read.problems, ...bound.problems, ...missingFieldProblems(read.mapping, settings, language)];
  if (read.columns.count === 0) return { ok: false, messages: [], problems };
  const columnar = analyseTable(read.columns, { ...settings, extraDrivers: bound.drivers }, today);
  const report = materialiseReport(buildReportFromColumns(columnar, { language, problems, madeOn: today, mapping: read.mapping }));
  const { totals, pyramid, portfolioMargin, notes } = columnar.summary;
  const result: PaneResult = { settings: columnar.settings, totals, pyramid, portfolioMargin, notes, clientCount: columnar.columns.count, top: topAdviceOfColumns(columnar) };
  return { ok: true, analysis: { read, result, report, problems, columnar } };
}

/**
 * The conversation page of client `index` (the analysis' order) as a sheet, named as the core names it; the firm
 * in its page header is the one the analysis sheet's header names.
 */
export function conversationFor(analysis: Analysis, index: number, audience: Audience, language: Language, today: string): ConversationSheet {
  const firm = analysis.report.print.header?.left ?? '';
  return conversationSheets(analysis.columnar, [index], { language, audience, madeOn: today, firm })[0]!;
}

/** The index (in the analysis' order) of the client on sheet row `row`; -1 when none. */
export const clientIndexOfRow = (analysis: Analysis, row: number): number => analysis.columnar.columns.row.indexOf(row);

/** The cell a problem is about, on the source sheet; `null` for a problem of the whole table. */
export function problemCell(problem: Problem, mapping: ColumnMapping, where: HostTable['where']): CellTarget | null {
  if (problem.row === null) return null;
  const column = problem.column === null ? undefined : mapping.columns.find((c) => c.header === problem.column);
  return { sheet: where.sheet, row: problem.row, column: where.firstColumn + (column?.column ?? 0) };
}

export type Band = {
  tier: Tier;
  clients: number;
  revenueShare: number | null;
  netProfitShare: number | null;
  /** The sheet's fill for this band: its profitability (COLORS.profit, thin, loss). */
  color: string;
  profitability: 'profit' | 'thin' | 'loss' | 'empty';
};

const BAND_TIERS: readonly Tier[] = ['top', 'large', 'medium', 'small'];
const PROFITABILITY_COLOR = { profit: COLORS.profit, thin: COLORS.thin, loss: COLORS.loss } as const;

/** The pyramid's four bands, top first, coloured as on the sheet; and the inactive clients. */
export function pyramidBands(result: Pick<AnalysisResult, 'pyramid'>): { bands: Band[]; inactive: number } {
  const byTier = new Map<Tier, PyramidTier>(result.pyramid.map((p) => [p.tier, p]));
  const bands = BAND_TIERS.map((tier): Band => {
    const t = byTier.get(tier);
    if (!t || t.clients === 0) return { tier, clients: 0, revenueShare: null, netProfitShare: null, color: COLORS.inactive, profitability: 'empty' };
    const p = profitability(t);
    return { tier, clients: t.clients, revenueShare: t.revenueShare, netProfitShare: t.netProfitShare, color: PROFITABILITY_COLOR[p], profitability: p };
  });
  return { bands, inactive: byTier.get('inactive')?.clients ?? 0 };
}
