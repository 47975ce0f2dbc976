/**
 * Reading numbers that people typed as text: `€ 1.234,56`, `1.234,56 €`, `1,234.56`, `12%`, `(450,00)`, `−3`.
 *
 * Hand-written on purpose: no maintained library parses locale-formatted numbers with the ambiguity rule
 * docs/DEFINITIONS.md §1 asks for (`1.234` is 1234 in Dutch and German, 1.234 in English, and a column's other values may
 * settle it). `Intl.NumberFormat` only formats.
 */

/** How ambiguous separators read: `nl` and `de` write `1.234,56`; `en` writes `1,234.56`. */
export type Notation = 'nl' | 'de' | 'en';

export type ParsedNumber =
  | { ok: true; value: number; percent: boolean; ambiguous: boolean }
  | { ok: false };

const FAIL: ParsedNumber = { ok: false };

/** Largest magnitude accepted: beyond this a "number" is a typo or an id, and sums would lose cents. */
export const MAX_MAGNITUDE = 1e12;

// Currency signs and codes people write around amounts; removed before reading the digits.
const CURRENCY = /(€|eur(o|os)?|\$|usd|£|gbp|chf|sfr\.?|fr\.)/gi;
// Every kind of space: normal, no-break, narrow no-break, thin, and the apostrophe used as a Swiss group mark.
const SPACES = /[\s\u00a0\u202f\u2009']/g;

/**
 * Reads one text as a number. Returns `{ ok: false }` for anything that is not clearly a number; never `NaN`.
 * `ambiguous` is true when the notation decided the reading (a single separator followed by exactly 3 digits).
 */
export function parseNumberText(input: string, notation: Notation): ParsedNumber {
  return parsePlain(input) ?? parseNumberTextFully(input, notation);
}

/** The full reader, without the fast path: exported so a property test can hold the two to the same answers. */
export function parseNumberTextFully(input: string, notation: Notation): ParsedNumber {
  let text = input.trim();
  if (text === '') return FAIL;
  let negative = false;
  let percent = false;
  // Accounting negatives: (1.234,56) and trailing minus 1.234,56-.
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  text = text.replace(CURRENCY, ' ').trim();
  if (text.endsWith('%')) {
    percent = true;
    text = text.slice(0, -1).trim();
  }
  text = text.replace(/^[-\u2212\u2013]\s*/, () => {
    negative = !negative;
    return '';
  });
  if (/^\+/.test(text)) text = text.slice(1);
  text = text.replace(/\s*[-\u2212]$/, () => {
    negative = !negative;
    return '';
  });
  text = text.replace(/^[-\u2212]/, () => {
    // a currency sign before the minus: "€ -12"
    negative = !negative;
    return '';
  });
  if (text.endsWith('%') && !percent) {
    percent = true;
    text = text.slice(0, -1);
  }
  // Spaces may group thousands ("1 234,56") but only between digits.
  if (/\d[\s\u00a0\u202f\u2009']\d/.test(text)) {
    if (!/^\d{1,3}([\s\u00a0\u202f\u2009']\d{3})*([.,]\d+)?$/.test(text)) return FAIL;
  }
  text = text.replace(SPACES, '');
  if (text === '') return FAIL;

  let value: number;
  let ambiguous = false;
  if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(text)) {
    value = Number(text);
  } else if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) {
    return FAIL;
  } else {
    const dots = count(text, '.');
    const commas = count(text, ',');
    let decimal: '.' | ',' | null;
    if (dots > 0 && commas > 0) {
      decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
      const group = decimal === '.' ? ',' : '.';
      if (count(text, decimal) > 1 || !groupedCorrectly(text.slice(0, text.lastIndexOf(decimal)), group)) return FAIL;
    } else if (dots + commas === 0) {
      decimal = null;
    } else {
      const mark = dots > 0 ? '.' : ',';
      if (dots + commas > 1) {
        // "1.234.567": grouping only
        if (!groupedCorrectly(text, mark)) return FAIL;
        decimal = null;
        text = text.split(mark).join('');
      } else {
        const [intPart = '', fracPart = ''] = text.split(mark);
        const looksGrouped = fracPart.length === 3 && intPart.length >= 1 && intPart.length <= 3 && intPart !== '0';
        if (looksGrouped) {
          ambiguous = true;
          const notationDecimal = notation === 'en' ? '.' : ',';
          decimal = mark === notationDecimal ? mark : null;
          if (decimal === null) text = intPart + fracPart;
        } else {
          decimal = mark;
        }
      }
    }
    if (decimal !== null) {
      const group = decimal === '.' ? ',' : '.';
      const at = text.lastIndexOf(decimal);
      text = `${text.slice(0, at).split(group).join('')}.${text.slice(at + 1)}`;
    }
    if (!/^\d*\.?\d*$/.test(text) || text === '.') return FAIL;
    value = Number(text.startsWith('.') ? `0${text}` : text);
  }
  if (!Number.isFinite(value)) return FAIL;
  if (negative) value = -value;
  if (percent) value /= 100;
  if (Math.abs(value) > MAX_MAGNITUDE) return FAIL;
  return { ok: true, value: value === 0 ? 0 : value, percent, ambiguous };
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;

/**
 * The fast path for what most cells hold: `-1234`, `12,5`, `€ 1.234,56`, `1,234.56`, `12%`, `1.234,56 €`, read
 * without a regular expression. Returns `null` for anything else (and for `1.234`, which needs the notation), so
 * the full reader below decides; both always agree where this one answers.
 */
function parsePlain(text: string): ParsedNumber | null {
  let start = 0;
  let end = text.length;
  if (end === 0 || end > 40) return null;
  let negative = false;
  let percent = false;
  if (text.charCodeAt(start) === 45 /* - */) {
    negative = true;
    start++;
  }
  if (text.charCodeAt(start) === 0x20ac /* € */) {
    start++;
    const next = text.charCodeAt(start);
    if (next === 32 || next === 0xa0) start++;
  }
  const last = text.charCodeAt(end - 1);
  if (last === 37 /* % */) {
    percent = true;
    end--;
  } else if (last === 0x20ac) {
    end--;
    const before = text.charCodeAt(end - 1);
    if (before === 32 || before === 0xa0) end--;
  }
  if (start >= end) return null;
  let dots = 0;
  let commas = 0;
  let lastMark = -1;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= DIGIT_0 && code <= DIGIT_9) continue;
    if (code === 46) dots++;
    else if (code === 44) commas++;
    else return null;
    lastMark = i;
  }
  const first = text.charCodeAt(start);
  if (first < DIGIT_0 || first > DIGIT_9 || lastMark === end - 1) return null;
  // The digits as one integer and a count of decimals: `m / 10^d` is exactly `Number("…")` while m < 2^53 and
  // 10^d is exact (d ≤ 22) — both operands exact, and IEEE division rounds the quotient correctly, as Number()
  // rounds the decimal (Clinger's fast path). No string is built for a typical amount.
  let decimalCode = -1;
  let groupCode = -1;
  if (dots + commas > 0) {
    decimalCode = text.charCodeAt(lastMark);
    groupCode = decimalCode === 46 ? 44 : 46;
    // One decimal mark; grouping marks only before it and correctly placed; "1.234" alone stays ambiguous.
    if ((decimalCode === 46 ? dots : commas) !== 1) return null;
    const groups = decimalCode === 46 ? commas : dots;
    const wholeLength = lastMark - start;
    if (groups === 0 && end - lastMark - 1 === 3 && wholeLength <= 3 && !(wholeLength === 1 && first === DIGIT_0)) return null;
  }
  let mantissa = 0;
  let decimals = 0;
  let digitCount = 0;
  let sinceGroup = 0;
  let groupSeen = false;
  let inFraction = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === groupCode) {
      // A first group of 1–3 digits, then groups of exactly 3.
      if (groupSeen ? sinceGroup !== 3 : sinceGroup > 3 || sinceGroup === 0) return null;
      groupSeen = true;
      sinceGroup = 0;
      continue;
    }
    if (code === decimalCode) {
      if (groupSeen && sinceGroup !== 3) return null;
      inFraction = true;
      continue;
    }
    mantissa = mantissa * 10 + (code - DIGIT_0);
    digitCount++;
    if (inFraction) decimals++;
    else sinceGroup++;
  }
  if (groupSeen && !inFraction && sinceGroup !== 3) return null;
  let value: number;
  if (digitCount <= 15 && decimals <= 22) {
    value = decimals === 0 ? mantissa : mantissa / POWERS_OF_TEN[decimals]!;
  } else {
    // Too many digits for an exact integer: Number() on the digits with a `.`.
    let digits = '';
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === groupCode) continue;
      digits += code === decimalCode ? '.' : text[i];
    }
    value = Number(digits);
  }
  if (!Number.isFinite(value)) return null;
  if (negative) value = -value;
  if (percent) value /= 100;
  if (Math.abs(value) > MAX_MAGNITUDE) return FAIL;
  return { ok: true, value: value === 0 ? 0 : value, percent, ambiguous: false };
}

// Parsed, not computed: `Number("1e22")` is exact, where a power function need not be.
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

/** "1.234.567" with `.`: a first group of 1–3 digits, then groups of exactly 3. */
function groupedCorrectly(text: string, group: string): boolean {
  if (!text.includes(group)) return /^\d+$/.test(text);
  const parts = text.split(group);
  return /^\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((part) => /^\d{3}$/.test(part));
}

/**
 * The notation a column's texts settle: an unambiguous value (`1.234,56`, `12,5`, `1,234.56`, `12.50`) votes for
 * its notation; the majority wins; no vote (or a tie) keeps `fallback`.
 */
export function settleNotation(texts: Iterable<string>, fallback: Notation): Notation {
  let continental = 0;
  let english = 0;
  for (const raw of texts) {
    const text = raw.replace(SPACES, '').replace(CURRENCY, '').replace(/[%()\-\u2212]/g, '');
    const last = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
    if (last < 0) continue;
    const mark = text[last];
    const digitsAfter = text.length - last - 1;
    const both = text.includes('.') && text.includes(',');
    if (both || digitsAfter !== 3) {
      if (mark === ',') continental++;
      else english++;
    }
  }
  if (continental > english) return fallback === 'en' ? 'nl' : fallback;
  if (english > continental) return 'en';
  return fallback;
}

/**
 * What a column's texts say of their notation: `notation` when unambiguous values settle it (the majority of
 * `settleNotation`'s votes), else `null`; `ambiguous` is the first text that needs a notation to be read (`1.500`).
 */
export function notationEvidence(texts: Iterable<string>): { notation: Notation | null; ambiguous: string | null } {
  let ambiguous: string | null = null;
  const list: string[] = [];
  for (const text of texts) {
    list.push(text);
    if (ambiguous === null) {
      const parsed = parseNumberText(text, 'nl');
      if (parsed.ok && parsed.ambiguous) ambiguous = text;
    }
  }
  const continental = settleNotation(list, 'nl');
  const english = settleNotation(list, 'en');
  return { notation: continental === english ? continental : null, ambiguous };
}
