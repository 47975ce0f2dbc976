/**
 * A built list as hosts write it: the *Klantenlijst* sheet's cells (headers in the user's language, which the
 * client-list reader reads back as the same fields), the *Bronnen* sheet's cells (the period, the sources, where
 * each figure came from, the near matches and the problems), and the JSON of `klantwaarde list --json`.
 */
import { translate } from '../i18n.js';
import type { Language } from '../types.js';
import { FIELD_LABELS } from '../messages.js';
import type { CellValue } from '../types.js';
import { HOW_LABELS, KIND_LABELS, SOURCE_WORDS } from './messages.js';
import type { BuiltClient, ClientListBuild } from './types.js';

/** The client list: a header row and one row per client; numbers as numbers, a field no source gave left out. */
export function builtListCells(build: ClientListBuild, language: Language): CellValue[][] {
  const labels = FIELD_LABELS[language];
  const withNumber = build.clients.some((c) => c.clientNumber !== undefined);
  const header: CellValue[] = [labels.client, ...(withNumber ? [labels.clientNumber] : []), ...build.fields.map((f) => labels[f])];
  const rows = build.clients.map((client): CellValue[] => [
    client.client,
    ...(withNumber ? [client.clientNumber ?? ''] : []),
    ...build.fields.map((f) => (client as Record<string, number | string | undefined>)[f] as number | undefined ?? 0),
  ]);
  return [header, ...rows];
}

const sourceName = (build: ClientListBuild, index: number): string => {
  const source = build.sources[index];
  if (!source) return '';
  return source.sheet !== undefined ? `${source.file} (${source.sheet})` : source.file;
};

/** The *Bronnen* sheet: blocks under a bold-looking first cell each, one blank row between them. */
export function provenanceCells(build: ClientListBuild, language: Language): CellValue[][] {
  const w = SOURCE_WORDS[language];
  const labels = FIELD_LABELS[language];
  const rows: CellValue[][] = [];
  if (build.period) rows.push([w.period, build.period.from, build.period.to]);
  if (build.period?.previousFrom) rows.push([w.previousPeriod, build.period.previousFrom, build.period.previousTo ?? '']);
  rows.push([]);
  rows.push([w.sources]);
  rows.push([w.file, w.sheet, w.kind, w.rows, w.used, w.skipped]);
  for (const source of build.sources) {
    rows.push([source.file, source.sheet ?? '', source.kind ? KIND_LABELS[language][source.kind] : '—', source.rows, source.used, source.skipped]);
  }
  rows.push([]);
  rows.push([w.provenance]);
  rows.push([w.client, w.field, w.source, w.rows, w.how]);
  for (const p of build.provenance) rows.push([p.client, labels[p.field], sourceName(build, p.source), p.rows, translate(HOW_LABELS, language, p.how)]);
  if (build.possibleMatches.length > 0) {
    rows.push([]);
    rows.push([w.possibleMatches]);
    for (const m of build.possibleMatches) rows.push([m.a, m.b]);
  }
  if (build.problems.length > 0) {
    rows.push([]);
    for (const p of build.problems) rows.push([p.message]);
  }
  return rows;
}

/** The JSON of `klantwaarde list --json`: §1 field ids as keys; a field no source gives is absent. */
export function listJson(build: ClientListBuild): {
  period: ClientListBuild['period'];
  sources: { file: string; sheet?: string; kind: string | null; rows: number; used: number; skipped: number }[];
  clients: BuiltClient[];
  possibleMatches: { a: string; b: string; why: string }[];
  problems: { id: string; severity: string; file: string | null; row: number | null; column: string | null; text: string | null; count: number; message: string }[];
  blocked: boolean;
} {
  return {
    period: build.period,
    sources: build.sources.map((s) => ({ file: s.file, ...(s.sheet !== undefined ? { sheet: s.sheet } : {}), kind: s.kind, rows: s.rows, used: s.used, skipped: s.skipped })),
    clients: build.clients,
    possibleMatches: build.possibleMatches.map((m) => ({ a: m.a, b: m.b, why: m.why })),
    problems: build.problems.map((p) => ({
      id: p.id, severity: p.severity, file: p.source === null ? null : sourceName(build, p.source), row: p.row, column: p.column, text: p.text, count: p.count, message: p.message,
    })),
    blocked: build.blocked,
  };
}
