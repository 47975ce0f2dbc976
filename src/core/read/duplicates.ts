/**
 * Duplicate clients: the same name twice (compared case-insensitively, white space runs as one space). By a hash
 * first: hashing every name is cheap, and only names whose hash was seen before are compared as text (a Map of
 * 200 000 new strings cost a third of reading them).
 */

/** Finds repeated names as clients are added; `add` returns the sheet row of the first client of that name, if any. */
export class DuplicateFinder {
  private readonly byHash = new Map<number, { name: string; row: number }>();
  private readonly byKey = new Map<string, number>();

  add(name: string, row: number): number | undefined {
    const hash = nameHash(name);
    const firstWithHash = this.byHash.get(hash);
    if (firstWithHash === undefined) {
      this.byHash.set(hash, { name, row });
      return undefined;
    }
    const firstKey = nameKey(firstWithHash.name);
    if (!this.byKey.has(firstKey)) this.byKey.set(firstKey, firstWithHash.row);
    const key = nameKey(name);
    const first = this.byKey.get(key);
    if (first === undefined) this.byKey.set(key, row);
    return first;
  }
}

/** A client name as the duplicate check compares it: lower case (without a locale's rules), white space runs as one space. */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ');
}

/**
 * A 32-bit hash (FNV-1a) of `nameKey(name)`: equal keys, equal hashes. An all-ASCII name is hashed as it is read,
 * folding A–Z to a–z and a run of ASCII white space to one space, which is what `nameKey` makes of it.
 */
function nameHash(name: string): number {
  let hash = 0x811c9dc5;
  let space = false;
  for (let i = 0; i < name.length; i++) {
    let code = name.charCodeAt(i);
    if (code > 127) return keyHash(nameKey(name));
    if (code === 32 || (code >= 9 && code <= 13)) {
      if (space) continue;
      space = true;
      code = 32;
    } else {
      space = false;
      if (code >= 65 && code <= 90) code += 32;
    }
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash;
}

function keyHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash;
}
