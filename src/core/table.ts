/**
 * Reading a client table (DOMAIN.md §1) from a 2-D array of cell values as hosts deliver them.
 *
 * `readClientTable(cells, options) → { records, problems, mapping }`: finds the header row (not necessarily row
 * 1), maps columns by Dutch, German and English headers and synonyms, parses numbers typed as text, skips empty
 * and total rows, and reports every problem with row, column, the text found and what was expected. It never
 * throws and never changes the cells it was given.
 */
import { FIELD_KIND, NON_NEGATIVE_FIELDS, NUMERIC_FIELDS, type Field, type NumericField } from './fields.js';
import { translate } from './i18n.js';
import { CONSEQUENCES, EXPECTED, FIELD_LABELS, HEADER_EXAMPLES, problemMessage } from './messages.js';
import { type Notation, parseNumberText, settleNotation, MAX_MAGNITUDE } from './numbers.js';
import type {
  CellValue,
  ClientRecord,
  ColumnMapping,
  ColumnRef,
  ExtraDriver,
  Language,
  Problem,
  ProblemId,
  TableRead,
} from './types.js';

/**
 * Header synonyms per field, already normalised (lower case, no accents, letters only; see `normaliseHeader`).
 * Dutch, German, English. Order within a list does not matter; the longest matching synonym wins on prefixes.
 */
export const HEADER_SYNONYMS: Record<Field, readonly string[]> = {
  client: [
    'klant', 'klantnaam', 'klanten', 'relatie', 'relatienaam', 'debiteur', 'debiteurnaam', 'debiteuren', 'naam',
    'bedrijf', 'bedrijfsnaam', 'organisatie', 'opdrachtgever',
    'kunde', 'kunden', 'kundenname', 'firma', 'unternehmen', 'auftraggeber', 'mandant',
    'client', 'clients', 'clientname', 'customer', 'customers', 'customername', 'account', 'accountname', 'company', 'name',
  ],
  revenue: [
    'omzet', 'nettoomzet', 'omzetexbtw', 'omzetexclbtw', 'omzetexcl', 'opbrengst', 'opbrengsten', 'gefactureerd', 'jaaromzet',
    'umsatz', 'nettoumsatz', 'erlos', 'erlose', 'jahresumsatz',
    'revenue', 'revenues', 'netrevenue', 'sales', 'netsales', 'turnover', 'invoiced',
  ],
  directCosts: [
    'directekosten', 'inkoop', 'inkoopwaarde', 'inkoopkosten', 'kostprijs', 'kostprijsverkopen', 'materiaalkosten', 'materiaal',
    'direktekosten', 'wareneinsatz', 'einkauf', 'materialkosten', 'einstandskosten',
    'directcosts', 'cogs', 'costofgoodssold', 'costofsales', 'purchasecost', 'purchases',
  ],
  hours: [
    'uren', 'tijd', 'bestedeuren', 'urenbesteed', 'gewerkteuren', 'werkuren',
    'stunden', 'zeit', 'aufwand', 'arbeitsstunden', 'zeitaufwand',
    'hours', 'time', 'timespent', 'hoursspent', 'workedhours',
  ],
  calls: ['telefoontjes', 'belletjes', 'telefoongesprekken', 'gesprekken', 'anrufe', 'telefonate', 'calls', 'phonecalls'],
  emails: ['emails', 'email', 'mails', 'emailberichten', 'mailtjes'],
  correctionRounds: [
    'correctierondes', 'correcties', 'revisies', 'revisierondes', 'extrarondes', 'afstemrondes',
    'korrekturrunden', 'korrekturen', 'revisionen', 'abstimmungsrunden',
    'correctionrounds', 'corrections', 'revisions', 'revisionrounds',
  ],
  visits: ['bezoeken', 'klantbezoeken', 'verkoopbezoeken', 'besuche', 'kundenbesuche', 'visits', 'salesvisits', 'customervisits'],
  orders: ['orders', 'bestellingen', 'opdrachten', 'auftrage', 'bestellungen', 'order'],
  invoices: ['facturen', 'rekeningen', 'rechnungen', 'invoices', 'bills'],
  freeShipments: [
    'francoleveringen', 'franco', 'gratisleveringen', 'gratisverzendingen', 'frachtfrei', 'frachtfreielieferungen',
    'freeshipments', 'freedeliveries', 'freeshipping',
  ],
  discountPct: ['korting', 'kortingspercentage', 'kortingpct', 'rabatt', 'rabattsatz', 'discount', 'discountpct', 'discountpercentage', 'discountrate'],
  daysLate: [
    'dagentelaat', 'dagenlaat', 'dagenovertijd', 'betalingsachterstand', 'dagenoverschreden', 'gemdagentelaat',
    'tagezuspat', 'tageverspatet', 'verzugstage', 'zahlungsverzug',
    'dayslate', 'dayspastdue', 'daysoverdue', 'latedays', 'avgdayslate',
  ],
  reminders: ['aanmaningen', 'herinneringen', 'betalingsherinneringen', 'mahnungen', 'reminders', 'dunningletters'],
  previousRevenue: [
    'omzetvorigjaar', 'omzetvorigeperiode', 'vorigjaar', 'omzetvj', 'omzetvorigjr',
    'umsatzvorjahr', 'vorjahr', 'vorjahresumsatz',
    'previousrevenue', 'lastyearrevenue', 'revenuelastyear', 'prioryearrevenue', 'revenuepreviousyear', 'previousyear',
  ],
  referralRevenue: [
    'omzetviadoorverwijzing', 'doorverwijzingen', 'doorverwijsomzet', 'referentieomzet', 'omzetdoorverwijzingen',
    'empfehlungsumsatz', 'umsatzdurchempfehlungen', 'empfehlungen',
    'referralrevenue', 'referrals', 'referredrevenue',
  ],
  potential: ['potentie', 'potentieel', 'groeipotentie', 'groeipotentieel', 'potenzial', 'wachstumspotenzial', 'potential', 'growthpotential'],
  relationship: ['relatiescore', 'relatiekwaliteit', 'band', 'beziehung', 'beziehungsqualitat', 'relationship', 'relationshipscore'],
  contract: ['contract', 'raamovereenkomst', 'raamcontract', 'heeftcontract', 'vertrag', 'rahmenvertrag', 'contracts', 'hascontract', 'frameworkagreement'],
};

/** Headers that start like a synonym but are something else: never matched by prefix. */
const NOT_A_FIELD = new Set([
  'klantnummer', 'klantnr', 'klantcode', 'debiteurnummer', 'debiteurnr', 'relatienummer', 'relatienr', 'kundennummer',
  'kundennr', 'clientnumber', 'clientid', 'customerid', 'customernumber', 'accountnumber', 'accountid', 'omzetgroep',
  'klantsinds', 'kundeseit', 'customersince', 'klantgroep', 'kundengruppe', 'customergroup', 'klanttype',
]);

const TOTAL_WORDS = new Set([
  'totaal', 'totalen', 'subtotaal', 'eindtotaal', 'som', 'summe', 'gesamt', 'zwischensumme', 'gesamtsumme', 'total',
  'totals', 'subtotal', 'grandtotal', 'sum',
]);

/** Lower case, accents removed, years and units dropped, letters only: "Omzet 2025 (€)" → "omzet". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]/g, ' ')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z]/g, '');
}

function yearIn(header: string): number | null {
  const match = /\b(19|20)\d{2}\b/.exec(header);
  return match ? Number(match[0]) : null;
}

const SYNONYM_INDEX = new Map<string, Field>();
for (const [field, synonyms] of Object.entries(HEADER_SYNONYMS) as [Field, readonly string[]][]) {
  for (const synonym of synonyms) SYNONYM_INDEX.set(synonym, field);
}

/** The field a header names: an exact synonym first, else the longest synonym (≥ 4 letters) it starts with. */
export function fieldForHeader(header: string): Field | null {
  const key = normaliseHeader(header);
  if (key === '') return null;
  const exact = SYNONYM_INDEX.get(key);
  if (exact) return exact;
  if (NOT_A_FIELD.has(key)) return null;
  let best: Field | null = null;
  let bestLength = 3;
  for (const [synonym, field] of SYNONYM_INDEX) {
    if (synonym.length > bestLength && key.startsWith(synonym)) {
      best = field;
      bestLength = synonym.length;
    }
  }
  return best;
}

export type ReadOptions = {
  /** Language of the messages. Default `nl`. */
  language?: Language;
  /**
   * The sheet's number notation, which decides ambiguous text like `1.234`. Omit (CSV) to let each column's
   * other values settle it, falling back to the language's notation.
   */
  notation?: Notation;
  /** Hand mapping: a field to a header text or a 0-based column index. Overrides detection. */
  mapping?: Partial<Record<Field, string | number>>;
  /** 1-based header row, when the user says which it is. */
  headerRow?: number;
  /** Sheet row number of `cells[0]` minus one (a host that read a range starting at row 5 passes 4). */
  rowOffset?: number;
};

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value);
}

function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Finds the header row: the first of the first 50 rows naming both a client and a revenue column. */
function findHeaderRow(cells: readonly (readonly CellValue[])[]): { index: number; partial: boolean } | null {
  let fallback: { index: number; score: number } | null = null;
  const limit = Math.min(cells.length, 50);
  for (let r = 0; r < limit; r++) {
    const row = cells[r];
    if (!Array.isArray(row)) continue;
    const fields = new Set<Field>();
    for (const cell of row) {
      if (typeof cell !== 'string') continue;
      const field = fieldForHeader(cell);
      if (field) fields.add(field);
    }
    if (fields.has('client') && fields.has('revenue')) return { index: r, partial: false };
    const score = fields.size + (fields.has('client') || fields.has('revenue') ? 10 : 0);
    if (score >= 11 && (!fallback || score > fallback.score)) fallback = { index: r, score };
  }
  return fallback ? { index: fallback.index, partial: true } : null;
}

type Reporter = (id: ProblemId, severity: Problem['severity'], params: {
  row?: number | null;
  column?: string | null;
  text?: string | null;
  expected?: string;
  consequence?: string;
  other?: number;
}) => void;

/** Reads the table. Never throws: anything unexpected becomes a problem. */
export function readClientTable(cells: readonly (readonly CellValue[])[], options: ReadOptions = {}): TableRead {
  const language = options.language ?? 'nl';
  const rowOffset = options.rowOffset ?? 0;
  const problems: Problem[] = [];
  const report: Reporter = (id, severity, params) => {
    problems.push({
      id,
      severity,
      row: params.row ?? null,
      column: params.column ?? null,
      text: params.text ?? null,
      message: problemMessage(language, id, {
        row: params.row ?? '',
        column: params.column ?? '',
        text: params.text ?? '',
        expected: params.expected ?? '',
        consequence: params.consequence ?? '',
        other: params.other ?? '',
      }),
    });
  };
  const mapping: ColumnMapping = { headerRow: null, headerRows: 1, fields: {}, columns: [], unused: [], extra: [], manual: [], ambiguous: [] };
  const rows = Array.isArray(cells) ? cells : [];
  const hasContent = rows.some((row) => Array.isArray(row) && row.some((cell) => !isBlank(cell)));
  if (!hasContent) {
    report('emptyTable', 'error', {});
    return { records: [], problems, mapping };
  }

  let headerIndex: number;
  if (options.headerRow !== undefined && options.headerRow - 1 - rowOffset >= 0 && options.headerRow - 1 - rowOffset < rows.length) {
    headerIndex = options.headerRow - 1 - rowOffset;
  } else {
    const found = findHeaderRow(rows);
    if (!found && !options.mapping) {
      report('noHeaderRow', 'error', {});
      return { records: [], problems, mapping };
    }
    headerIndex = found ? found.index : 0;
  }
  mapping.headerRow = headerIndex + 1 + rowOffset;
  const headerCells: readonly CellValue[] = Array.isArray(rows[headerIndex]) ? rows[headerIndex]! : [];
  const headers = headerCells.map((cell) => cellText(cell).trim());

  // Detect: every header to its field; the first column wins, later ones are reported as ambiguous.
  // Exact synonyms rank before prefix matches ("Klantnaam" beats "Klant sinds"), then sheet order.
  const candidates = new Map<Field, number[]>();
  headers.forEach((header, column) => {
    const field = fieldForHeader(header);
    if (!field) return;
    const list = candidates.get(field) ?? [];
    list.push(column);
    candidates.set(field, list);
  });
  const isExact = (column: number): number => (SYNONYM_INDEX.has(normaliseHeader(headers[column]!)) ? 0 : 1);
  for (const list of candidates.values()) list.sort((a, b) => isExact(a) - isExact(b) || a - b);
  // "Omzet 2025" beside "Omzet 2024": the latest year is this period's revenue, the one before is the previous.
  const revenueColumns = candidates.get('revenue') ?? [];
  if (revenueColumns.length === 2 && !candidates.has('previousRevenue')) {
    const [a, b] = revenueColumns as [number, number];
    const yearA = yearIn(headers[a]!);
    const yearB = yearIn(headers[b]!);
    if (yearA !== null && yearB !== null && yearA !== yearB) {
      candidates.set('revenue', [yearA > yearB ? a : b]);
      candidates.set('previousRevenue', [yearA > yearB ? b : a]);
    }
  }
  const used = new Set<number>();
  for (const [field, columns] of candidates) {
    const column = columns[0]!;
    mapping.fields[field] = { column, header: headers[column]!, letter: columnLetter(column), confidence: 'high', reason: 'header', scale: 1, candidates: [] };
    used.add(column);
    if (columns.length > 1) {
      report('columnAmbiguous', 'warning', {
        column: columns.map((c) => headers[c]).join('", "'),
        expected: translate(FIELD_LABELS, language, field),
        text: columnLetter(column),
      });
    }
  }
  // Hand mapping overrides detection.
  for (const [field, target] of Object.entries(options.mapping ?? {}) as [Field, string | number][]) {
    const column =
      typeof target === 'number'
        ? target >= 0 && target < Math.max(headers.length, 1) ? target : -1
        : headers.findIndex((header) => header === target || normaliseHeader(header) === normaliseHeader(target));
    if (column < 0) {
      report('unknownMappedColumn', 'error', { column: String(target) });
      continue;
    }
    for (const [other, ref] of Object.entries(mapping.fields) as [Field, ColumnRef][]) {
      if (ref.column === column && other !== field) delete mapping.fields[other];
    }
    mapping.fields[field] = { column, header: headers[column] || columnLetter(column), letter: columnLetter(column), confidence: 'high', reason: 'manual', scale: 1, candidates: [] };
    mapping.manual.push(field);
    used.add(column);
  }
  for (const required of ['client', 'revenue'] as const) {
    if (!mapping.fields[required]) {
      report('requiredColumnMissing', 'error', {
        column: translate(FIELD_LABELS, language, required),
        expected: translate(HEADER_EXAMPLES, language, required),
      });
    }
  }
  if (!mapping.fields.client || !mapping.fields.revenue) return { records: [], problems, mapping };
  headers.forEach((header, column) => {
    if (!used.has(column) && header !== '') mapping.extra.push({ column, header });
  });

  const dataRows = rows.slice(headerIndex + 1);
  const rowNumber = (index: number): number => headerIndex + 2 + index + rowOffset;

  // Number notation per column: the sheet's, or what the column's own texts settle.
  const fallbackNotation: Notation = language === 'en' ? 'en' : language;
  const notationOf = (column: number): Notation => {
    if (options.notation) return options.notation;
    const texts: string[] = [];
    for (const row of dataRows) {
      const cell = Array.isArray(row) ? row[column] : undefined;
      if (typeof cell === 'string' && cell.trim() !== '') texts.push(cell);
      if (texts.length >= 1000) break;
    }
    return settleNotation(texts, fallbackNotation);
  };
  const numericColumns: { field: NumericField; ref: ColumnRef; notation: Notation }[] = [];
  for (const field of NUMERIC_FIELDS) {
    const ref = mapping.fields[field];
    if (ref) numericColumns.push({ field, ref, notation: notationOf(ref.column) });
  }
  const extraColumns = mapping.extra.map((ref) => ({ ref, notation: notationOf(ref.column) }));
  const clientRef = mapping.fields.client;
  const contractRef = mapping.fields.contract;

  const records: ClientRecord[] = [];
  const seen = new Map<string, number>();
  let anyDataRow = false;
  for (let index = 0; index < dataRows.length; index++) {
    const row: readonly CellValue[] = Array.isArray(dataRows[index]) ? dataRows[index]! : [];
    if (!row.some((cell) => !isBlank(cell))) continue;
    const sheetRow = rowNumber(index);
    const clientCell = row[clientRef.column];
    const clientText = cellText(clientCell).trim();
    if (TOTAL_WORDS.has(normaliseHeader(clientText))) continue;
    anyDataRow = true;

    let leftOut = false;
    const record = { row: sheetRow, client: clientText, contract: null, extra: {} } as unknown as ClientRecord;
    for (const { field, ref, notation } of numericColumns) {
      const cell = row[ref.column];
      const kind = FIELD_KIND[field];
      const expected = (): string => translate(EXPECTED, language, kind);
      if (isBlank(cell) || (typeof cell === 'string' && /^[-\u2013\u2014]$/.test(cell.trim()))) {
        if (field === 'revenue') {
          report('revenueMissing', 'error', { row: sheetRow, column: ref.header });
          leftOut = true;
        }
        record[field] = 0;
        continue;
      }
      const value = readNumber(cell, notation);
      if (value === null) {
        const required = field === 'revenue';
        report('notANumber', required ? 'error' : 'warning', {
          row: sheetRow,
          column: ref.header,
          text: cellText(cell),
          expected: expected(),
          consequence: translate(CONSEQUENCES, language, required ? 'rowLeftOut' : 'countsAsZero'),
        });
        if (required) leftOut = true;
        record[field] = 0;
        continue;
      }
      let accepted = value.value;
      if (NON_NEGATIVE_FIELDS.has(field) && accepted < 0) {
        report('negativeNotAllowed', 'error', { row: sheetRow, column: ref.header, text: cellText(cell), expected: expected() });
        leftOut = true;
      } else if (kind === 'fraction') {
        // A bare 12 in a discount column means 12 %: a discount of 1 200 % does not exist.
        if (!value.percent && accepted > 1 && accepted <= 100) accepted /= 100;
        if (accepted < 0 || accepted > 1) {
          report('fractionOutOfRange', 'warning', { row: sheetRow, column: ref.header, text: cellText(cell) });
          accepted = 0;
        }
      } else if (kind === 'score' && (accepted < 1 || accepted > 5)) {
        report('scoreOutOfRange', 'warning', { row: sheetRow, column: ref.header, text: cellText(cell) });
        accepted = 0;
      }
      record[field] = accepted;
    }
    for (const field of NUMERIC_FIELDS) if (record[field] === undefined) record[field] = 0;
    if (contractRef) {
      const cell = row[contractRef.column];
      if (!isBlank(cell)) {
        const flag = readBoolean(cell);
        if (flag === null) report('notABoolean', 'warning', { row: sheetRow, column: contractRef.header, text: cellText(cell) });
        record.contract = flag;
      }
    }
    for (const { ref, notation } of extraColumns) {
      const cell = row[ref.column];
      if (isBlank(cell)) continue;
      const value = readNumber(cell, notation);
      if (value !== null) record.extra[ref.header] = value.value;
    }
    if (clientText === '') {
      record.client = `(${translate(ROW_WORD, language, 'row')} ${sheetRow})`;
      report('clientMissing', 'warning', { row: sheetRow, column: clientRef.header, text: record.client });
    }
    if (leftOut) continue;
    const key = record.client.toLocaleLowerCase().replace(/\s+/g, ' ');
    const first = seen.get(key);
    if (first !== undefined) {
      report('duplicateClient', 'warning', { row: sheetRow, column: clientRef.header, text: record.client, other: first });
    } else {
      seen.set(key, sheetRow);
    }
    records.push(record);
  }
  if (!anyDataRow) report('noDataRows', 'error', { row: mapping.headerRow });
  return { records, problems, mapping };
}

const ROW_WORD = { nl: { row: 'rij' }, en: { row: 'row' }, de: { row: 'Zeile' } } as const;

/** A cell as a number: numbers as they are (finite, within range), text parsed; booleans and dates are not numbers. */
function readNumber(cell: CellValue, notation: Notation): { value: number; percent: boolean } | null {
  if (typeof cell === 'number') {
    return Number.isFinite(cell) && Math.abs(cell) <= MAX_MAGNITUDE ? { value: cell === 0 ? 0 : cell, percent: false } : null;
  }
  if (typeof cell === 'string') {
    const parsed = parseNumberText(cell, notation);
    return parsed.ok ? { value: parsed.value, percent: parsed.percent } : null;
  }
  return null;
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', 'wahr', '1', 'x', '✓', '✔', 'v']);
const NO = new Set(['nee', 'n', 'no', 'false', 'onwaar', 'nein', 'falsch', '0', '-', '✗']);

function readBoolean(cell: CellValue): boolean | null {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : null;
  const text = cellText(cell).trim().toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return null;
}

/** Spreadsheet column letters for a 0-based index: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let letters = '';
  let n = index + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Binds extra cost drivers to the table: a driver on a recognised column (by its header) is pointed at the
 * field, so `analyse` finds it; a driver whose column does not exist is reported and dropped.
 */
export function bindDrivers(
  drivers: readonly ExtraDriver[],
  mapping: ColumnMapping,
  language: Language = 'nl',
): { drivers: ExtraDriver[]; problems: Problem[] } {
  const bound: ExtraDriver[] = [];
  const problems: Problem[] = [];
  for (const driver of drivers) {
    const key = normaliseHeader(driver.column);
    const field = (Object.entries(mapping.fields) as [Field, ColumnRef][]).find(
      ([name, ref]) => name === driver.column || normaliseHeader(ref.header) === key,
    );
    if (field && field[0] !== 'client' && field[0] !== 'contract') {
      bound.push({ ...driver, column: field[0] });
      continue;
    }
    const extra = mapping.extra.find((ref) => ref.header === driver.column || normaliseHeader(ref.header) === key);
    if (extra) {
      bound.push({ ...driver, column: extra.header });
      continue;
    }
    problems.push({
      id: 'driverColumnMissing',
      severity: 'warning',
      row: null,
      column: driver.column,
      text: driver.label,
      message: problemMessage(language, 'driverColumnMissing', { column: driver.column, text: driver.label }),
    });
  }
  return { drivers: bound, problems };
}
