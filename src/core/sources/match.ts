/**
 * One client across sources (docs/DEFINITIONS.md §1b): matched on the client number where both sides have one,
 * else on the name compared case-, accent-, punctuation- and space-insensitive with legal forms left out. Names
 * that match only nearly are listed, never merged unless the user says they are one (`same`).
 */
import type { PossibleMatch } from './types.js';

/** Legal forms as token sequences, after punctuation became spaces (`B.V.` is `b v`); longest first. */
const LEGAL_FORMS: readonly string[][] = [
  'gmbh co kg', 'gmbh und co kg', 'gmbh en co kg', 'co kg', 'b v', 'bv', 'v o f', 'vof', 'n v', 'nv', 'gmbh', 'ag', 'e k', 'ek', 'e kfm', 'ug',
  'ug haftungsbeschrankt', 'kg', 'ohg', 'gbr', 'ltd', 'limited', 'llc', 'inc', 'plc', 'bvba', 'sarl', 'sa', 'cv', 'c v', 'bv i o', 'i o', 'corp',
].map((f) => f.split(' ')).sort((a, b) => b.length - a.length);

/** The words of a name, normalised: no case, accents, punctuation or legal form. */
export function nameTokens(name: string): string[] {
  let tokens = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/&/g, ' & ')
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim()
    .split(' ')
    .filter((t) => t !== '');
  // A legal form at the end (or the start), with a joining `&` before it (`GmbH & Co. KG`).
  for (let changed = true; changed && tokens.length > 1;) {
    changed = false;
    for (const form of LEGAL_FORMS) {
      if (tokens.length > form.length && form.every((t, i) => tokens[tokens.length - form.length + i] === t)) {
        tokens = tokens.slice(0, tokens.length - form.length);
        changed = true;
        break;
      }
      if (tokens.length > form.length && form.every((t, i) => tokens[i] === t)) {
        tokens = tokens.slice(form.length);
        changed = true;
        break;
      }
    }
    while (tokens.length > 1 && tokens[tokens.length - 1] === '&') {
      tokens = tokens.slice(0, -1);
      changed = true;
    }
  }
  return tokens.map((t) => (t === '&' ? 'en' : t));
}

/** The key two names are one client by: their tokens without spaces. */
export const nameKey = (name: string): string => nameTokens(name).join('');

export type MatchEntry = { name: string; number: string; /** Lower is preferred for the name shown. */ rank: number; source: number };
export type Cluster = { name: string; number: string; entries: number[] };

class UnionFind {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** A name that is only the number (DATEV's `Konto` without a name): matched by number alone. */
const isNumberOnly = (e: MatchEntry): boolean => e.number !== '' && e.name === e.number;

/**
 * Clusters the entries (one per client per source). `same`: pairs of names the user confirmed as one client;
 * `apart`: pairs kept apart (not listed again as possible matches).
 */
export function matchClients(
  entries: readonly MatchEntry[],
  same: readonly (readonly [string, string])[] = [],
  apart: readonly (readonly [string, string])[] = [],
): { clusterOf: Int32Array; clusters: Cluster[]; possibleMatches: PossibleMatch[] } {
  const uf = new UnionFind(entries.length);
  // Each distinct name's words once: a time tracker and an invoice list write most names alike.
  const words = new Map<string, string[]>();
  const tokens = entries.map((e) => (isNumberOnly(e) ? null : words.get(e.name) ?? words.set(e.name, nameTokens(e.name)).get(e.name)!));
  const keys = tokens.map((words) => (words ? words.join('') : ''));
  const byNumber = new Map<string, number>();
  entries.forEach((e, i) => {
    if (!e.number) return;
    const first = byNumber.get(e.number);
    if (first === undefined) byNumber.set(e.number, i);
    else uf.union(first, i);
  });
  // By name: all entries of one key, unless two of them carry different numbers (then only the number-less join).
  const byKey = new Map<string, number[]>();
  keys.forEach((key, i) => {
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  for (const group of byKey.values()) {
    const numbers = new Set(group.map((i) => entries[i]!.number).filter((n) => n !== ''));
    const anchor = group.find((i) => entries[i]!.number !== '') ?? group[0]!;
    for (const i of group) if (numbers.size <= 1 || entries[i]!.number === '') uf.union(anchor, i);
  }
  for (const [a, b] of same) {
    const ga = byKey.get(nameKey(a));
    const gb = byKey.get(nameKey(b));
    if (ga && gb) uf.union(ga[0]!, gb[0]!);
  }
  const rootCluster = new Map<number, number>();
  const clusters: Cluster[] = [];
  const clusterOf = new Int32Array(entries.length);
  entries.forEach((_, i) => {
    const root = uf.find(i);
    let c = rootCluster.get(root);
    if (c === undefined) {
      c = clusters.length;
      rootCluster.set(root, c);
      clusters.push({ name: '', number: '', entries: [] });
    }
    clusterOf[i] = c;
    clusters[c]!.entries.push(i);
  });
  for (const cluster of clusters) {
    const order = [...cluster.entries].sort((a, b) => shownRank(entries[a]!) - shownRank(entries[b]!) || entries[a]!.source - entries[b]!.source || a - b);
    cluster.name = entries[order[0]!]!.name;
    cluster.number = order.map((i) => entries[i]!.number).find((n) => n !== '') ?? '';
  }
  const apartKeys = new Set(apart.map(([a, b]) => pairKey(nameKey(a), nameKey(b))));
  const possibleMatches = nearMatches(entries, keys, tokens, clusterOf, clusters).filter((m) => !apartKeys.has(pairKey(nameKey(m.a), nameKey(m.b))));
  return { clusterOf, clusters, possibleMatches };
}

/** Clusters by a name's variant: one number for the common single cluster, an array past it (no Set per variant). */
type Index = Map<string, number | number[]>;

function addAll(index: Index, key: string, values: Set<number>): void {
  for (const v of values) {
    const found = index.get(key);
    if (found === undefined) index.set(key, v);
    else if (typeof found === 'number') {
      if (found !== v) index.set(key, [found, v]);
    } else if (!found.includes(v)) found.push(v);
  }
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const shownRank = (e: MatchEntry): number => e.rank + (isNumberOnly(e) ? 100 : 0);
const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Pairs of clusters whose names match only nearly: one letter off (a deletion neighbourhood, so it stays linear
 * in the number of names), one name's words a prefix of the other's, the same words in another order, or one word
 * more (`Hotel Aan Zee`, `Hotel aan de Zee`). Names under 4 letters are left out (too many chance matches).
 */
function nearMatches(entries: readonly MatchEntry[], keys: readonly string[], tokens: readonly (string[] | null)[], clusterOf: Int32Array, clusters: readonly Cluster[]): PossibleMatch[] {
  const found = new Map<string, PossibleMatch>();
  const tokensOf = new Map<string, string[]>();
  const clustersOfKey = new Map<string, Set<number>>();
  keys.forEach((key, i) => {
    if (key.length < 4) return;
    if (!tokensOf.has(key)) tokensOf.set(key, tokens[i]!);
    const set = clustersOfKey.get(key) ?? new Set<number>();
    set.add(clusterOf[i]!);
    clustersOfKey.set(key, set);
  });
  const add = (a: number, b: number, why: PossibleMatch['why']): void => {
    if (a === b) return;
    const [x, y] = a < b ? [a, b] : [b, a];
    const id = `${x}|${y}`;
    if (found.has(id)) return;
    const sourcesOf = (c: number): number[] => [...new Set(clusters[c]!.entries.map((i) => entries[i]!.source))].sort((p, q) => p - q);
    found.set(id, { a: clusters[x]!.name, b: clusters[y]!.name, why, sourcesA: sourcesOf(x), sourcesB: sourcesOf(y) });
  };
  const link = (index: Index, variant: string, clustersOfThis: Set<number>, why: PossibleMatch['why']): void => {
    const others = index.get(variant);
    if (others === undefined) return;
    for (const a of clustersOfThis) {
      if (typeof others === 'number') add(a, others, why);
      else for (const b of others) add(a, b, why);
    }
  };
  const deletions: Index = new Map();
  const spaced: Index = new Map();
  const sorted: Index = new Map();
  for (const [key, set] of clustersOfKey) {
    const tokens = tokensOf.get(key)!;
    const variants = new Set<string>([key]);
    // Letters only: `Filiaal 12` and `Filiaal 13` are two branches, not a typo.
    for (let i = 0; i < key.length; i++) if (!isDigit(key.charCodeAt(i))) variants.add(key.slice(0, i) + key.slice(i + 1));
    for (const v of variants) {
      link(deletions, v, set, 'oneLetter');
      addAll(deletions, v, set);
    }
    addAll(spaced, tokens.join(' '), set);
    const order = [...tokens].sort().join(' ');
    link(sorted, order, set, 'wordOrder');
    addAll(sorted, order, set);
  }
  for (const [key, set] of clustersOfKey) {
    const tokens = tokensOf.get(key)!;
    for (let j = 1; j < tokens.length; j++) {
      const prefix = tokens.slice(0, j).join(' ');
      if (prefix.replace(/ /g, '').length >= 4) link(spaced, prefix, set, 'prefix');
    }
    if (tokens.length >= 3) for (let j = 0; j < tokens.length; j++) link(spaced, [...tokens.slice(0, j), ...tokens.slice(j + 1)].join(' '), set, 'oneWord');
  }
  return [...found.values()].sort((p, q) => p.a.localeCompare(q.a) || p.b.localeCompare(q.b));
}
