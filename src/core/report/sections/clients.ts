/**
 * The Per klant table: one row per client in report order (docs/DEFINITIONS.md §3–§5), each class one coloured
 * band, and the total row. It comes last: its heading rows repeat at the top of every printed page after it, so a
 * section below it would print under the client table's header.
 *
 * The client rows are not stored: `row(k)` makes one when a writer asks, so a streaming writer holds no object per
 * client. One pass over the clients here measures the columns and sums the totals that are sums of the rows.
 */
import type { AbcClass } from '../../types.js';
import { ABC_CLASSES } from '../../types.js';
import { NOTE_MESSAGES } from '../../messages.js';
import type { Cell } from '../model.js';
import type { ReportLabelId } from '../labels.js';
import { COLORS } from '../theme.js';
import { groupValue, isGroupField, ratioCell } from '../columns.js';
import { CLASS_RANK } from '../order.js';
import { columnStats, measureCell, type ColumnStats } from '../widths.js';
import type { ReportContext } from '../context.js';
import type { SheetWriter } from '../writer.js';

export type ClientSection = {
  /** The header row (column names). */
  header: number;
  /** The client rows (one row even for no clients, which holds the note), and the total row. */
  first: number;
  last: number;
  total: number;
  /** The row of the classes' colour legend, under the total row. */
  legend: number;
  /** The columns' measure, over every client row and the header. */
  stats: ColumnStats;
  /** The k-th client row in report order, made now. */
  row: (k: number) => Cell[];
};

export function writeClients(w: SheetWriter, ctx: ReportContext): ClientSection {
  const { clients, columns, table } = ctx;
  const n = clients.count;
  const classCounts = new Map<AbcClass, number>();
  for (const letter of ABC_CLASSES) if (clients.classCounts[CLASS_RANK[letter]]! > 0) classCounts.set(letter, clients.classCounts[CLASS_RANK[letter]]!);
  w.heading('clients', ctx.text.label('clients'));
  const header = w.row;
  w.headerRow(columns.map((c) => c.label));
  w.style(header, 0, header, columns.length - 1, { fill: COLORS.subheading });
  table.first = w.row;
  table.last = w.row + Math.max(n, 1) - 1;
  const row = (k: number): Cell[] => {
    const client = clients.client(clients.order[k]!);
    const line = new Array<Cell>(columns.length);
    for (let c = 0; c < columns.length; c++) line[c] = columns[c]!.value(client);
    return line;
  };
  const stats = columnStats(columns);
  const rowSums = measureClients(ctx, stats);
  w.skip(n);
  if (n === 0) {
    w.put(w.row, 0, NOTE_MESSAGES[ctx.language].noClients);
    w.skip();
  }
  writeBandsAndFormats(w, ctx, classCounts);
  writeTotalRow(w, ctx, rowSums);
  // Under the total, not between the heading and the header: the heading rows repeat on every printed page of the
  // table, and the legend's colours sit in columns that only the first of them shows.
  const legend = w.row;
  writeClassLegend(w, ctx, classCounts);
  return { header, first: table.first, last: table.last, total: table.total, legend, stats, row };
}

/** The classes' colours with their client counts, in the first money columns. */
function writeClassLegend(w: SheetWriter, ctx: ReportContext, classCounts: ReadonlyMap<AbcClass, number>): void {
  const { label } = ctx.text;
  w.put(w.row, 0, label('legend'));
  ABC_CLASSES.forEach((letter, i) => {
    const c = ctx.col.revenue! + i;
    w.put(w.row, c, `${label(`legend${letter}` as ReportLabelId)} (${classCounts.get(letter) ?? 0})`);
    w.style(w.row, c, w.row, c, { fill: COLORS.classFill[letter], horizontal: 'center' });
  });
  w.skip();
}

/**
 * One pass over the clients in the analysis' order (as the totals were summed): measures the columns into `stats`
 * and sums the summed columns that are not group totals. Its ClientResults are dropped as it goes.
 */
function measureClients(ctx: ReportContext, stats: ColumnStats): Map<string, number> {
  const { clients, columns } = ctx;
  const rowSums = new Map<string, number>();
  for (const c of columns) if (c.total === 'sum' && !isGroupField(c.id)) rowSums.set(c.id, 0);
  const summed = [...rowSums.keys()];
  // A column whose text already fills its capped width is measured no further: it is as wide as it gets, and its
  // values (the advice sentences, the costliest cells) need not be made in this pass.
  const open = columns.map((_, c) => c).filter((c) => !stats.full[c]);
  for (let i = 0; i < clients.count; i++) {
    const client = clients.client(i);
    for (const id of summed) {
      const value = (client as unknown as Record<string, unknown>)[id];
      if (typeof value === 'number' && Number.isFinite(value)) rowSums.set(id, rowSums.get(id)! + value);
    }
    let full = false;
    for (const c of open) if (measureCell(stats, c, columns[c]!.value(client))) full = true;
    if (full) open.splice(0, open.length, ...open.filter((c) => !stats.full[c]));
  }
  return rowSums;
}

/** Class bands (the rows are ordered by class, so each class is one rectangle) and the columns' formats. */
function writeBandsAndFormats(w: SheetWriter, ctx: ReportContext, classCounts: ReadonlyMap<AbcClass, number>): void {
  const { columns, col, table } = ctx;
  let bandStart = table.first;
  for (const letter of ABC_CLASSES) {
    const count = classCounts.get(letter) ?? 0;
    if (count > 0) w.style(bandStart, 0, bandStart + count - 1, columns.length - 1, { fill: COLORS.classFill[letter] });
    bandStart += count;
  }
  for (const c of columns) if (c.format) w.style(table.first, col[c.id]!, table.last, col[c.id]!, { numberFormat: c.format });
  w.style(table.first, col.abcClass!, table.last, col.abcClass!, { horizontal: 'center', bold: true });
}

/**
 * The total row: `SUM`s of the client rows (their value the analysis' group total, or the rows' own sum for the
 * columns it does not total: docs/DEFINITIONS.md §6), margin and hourly return as ratios of the row's sums.
 */
function writeTotalRow(w: SheetWriter, ctx: ReportContext, rowSums: ReadonlyMap<string, number>): void {
  const { columns, col, table, result } = ctx;
  const n = ctx.clients.count;
  table.total = w.row;
  w.put(w.row, 0, ctx.text.label('total'));
  for (const c of columns) {
    const at = col[c.id]!;
    if (c.total === 'sum') {
      w.put(w.row, at, { formula: n > 0 ? `SUM(${table.range(c.id, false)})` : '0', value: n > 0 ? (isGroupField(c.id) ? groupValue(result.totals, c.id) : rowSums.get(c.id)!) : 0 });
    } else if (c.total) {
      w.put(w.row, at, ratioCell(col, ctx.text.na, c.total, w.row, result.totals));
    }
    if (c.format) w.style(w.row, at, w.row, at, { numberFormat: c.format });
  }
  w.style(w.row, 0, w.row, columns.length - 1, { bold: true, borderTop: COLORS.headerRule });
  w.skip(2);
}
