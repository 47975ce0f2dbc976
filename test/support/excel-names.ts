/**
 * Excel's naming rules for custom functions: start with a letter, at least 3 characters, only
 * letters, digits, `_` and `.`; and no part may read as a cell reference (A1 up to XFD1048576, or R1C1 forms).
 */
const MAX_COLUMN = 16_384; // XFD
const MAX_ROW = 1_048_576;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "Letters then digits" within Excel's grid (ABC1, XFD1048576), or an R1C1 form (R1C1, R2, C3, RC). */
export function looksLikeCellReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1) {
    const row = Number(a1[2]);
    if (columnNumber(a1[1]!) <= MAX_COLUMN && row >= 1 && row <= MAX_ROW) return true;
  }
  return /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]\d+$/.test(name);
}

export function isValidExcelFunctionName(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_.]{2,}$/.test(name)) return false;
  return !looksLikeCellReference(name) && !name.split('.').some(looksLikeCellReference);
}
