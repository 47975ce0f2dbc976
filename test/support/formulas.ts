/**
 * Evaluates the few native formula forms the report writes (SUM, SUMIF, COUNTIF, COUNTA, a cell reference,
 * IF(x>0,y/x,"text")), recomputing referenced formulas too, so tests check that the sheet adds up by itself
 * rather than trusting the cached values. Any other form throws: a new kind of formula needs a test first.
 */
export type Lookup = (row: number, column: number) => unknown;
export type FormulaOf = (row: number, column: number) => string | null;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function ref(text: string): { row: number; column: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(text.trim());
  if (!m) throw new Error(`not a cell reference: ${text}`);
  return { row: Number(m[2]) - 1, column: columnIndex(m[1]!) };
}

function range(text: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b] = text.split(':');
  const from = ref(a!);
  const to = ref(b ?? a!);
  return { top: from.row, left: from.column, bottom: to.row, right: to.column };
}

export function evaluator(value: Lookup, formulaOf: FormulaOf): (formula: string) => number | string {
  const cellValue = (row: number, column: number): unknown => {
    const formula = formulaOf(row, column);
    return formula === null ? value(row, column) : evaluate(formula);
  };
  const cells = (text: string): unknown[] => {
    const r = range(text);
    const out: unknown[] = [];
    for (let row = r.top; row <= r.bottom; row++) for (let c = r.left; c <= r.right; c++) out.push(cellValue(row, c));
    return out;
  };
  const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
  const evaluate = (formula: string): number | string => {
    const f = formula.replace(/^=/, '').trim();
    let m: RegExpExecArray | null;
    if (/^-?\d+(\.\d+)?$/.test(f)) return Number(f);
    if ((m = /^SUM\(([A-Z$0-9:]+)\)$/.exec(f))) return cells(m[1]!).reduce<number>((s, v) => s + num(v), 0);
    if ((m = /^COUNTA\(([A-Z$0-9:]+)\)$/.exec(f))) return cells(m[1]!).filter((v) => v !== null && v !== undefined && v !== '').length;
    if ((m = /^COUNTIF\(([A-Z$0-9:]+),"([^"]*)"\)$/.exec(f))) {
      const criterion = m[2]!.toLowerCase();
      return cells(m[1]!).filter((v) => String(v).toLowerCase() === criterion).length;
    }
    if ((m = /^SUMIF\(([A-Z$0-9:]+),"([^"]*)",([A-Z$0-9:]+)\)$/.exec(f))) {
      const criterion = m[2]!.toLowerCase();
      const keys = cells(m[1]!);
      const values = cells(m[3]!);
      return keys.reduce<number>((s, k, i) => (String(k).toLowerCase() === criterion ? s + num(values[i]) : s), 0);
    }
    if ((m = /^IF\(([A-Z$0-9]+)>0,([A-Z$0-9]+)\/([A-Z$0-9]+),"([^"]*)"\)$/.exec(f))) {
      const test = num(evaluateRef(m[1]!));
      return test > 0 ? num(evaluateRef(m[2]!)) / num(evaluateRef(m[3]!)) : m[4]!;
    }
    if (/^\$?[A-Z]+\$?\d+$/.test(f)) return evaluateRef(f) as number | string;
    throw new Error(`formula form not covered by the test evaluator: ${formula}`);
  };
  const evaluateRef = (text: string): unknown => {
    const r = ref(text);
    return cellValue(r.row, r.column);
  };
  return evaluate;
}
