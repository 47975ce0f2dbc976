/**
 * *Klantenlijst maken* (docs/DEFINITIONS.md §1b): the workbook's sheets as sources, what each is (a kind, its columns, its rows),
 * the period, the near matches to confirm or keep apart and the problems; then the host builds and writes the
 * list (`makeClientList`) and the pane analyses the written sheet. The Excel taskpane and the Google Sheets
 * sidebar are this component over their own `Host`.
 *
 * What the user sees is what the builder uses: a sheet left as recognised is sent without a mapping (the core
 * recognises it again, as `describeSources` did); once the user changes its kind or a column, the whole mapping
 * shown is sent, every field of the kind to its column or to nothing.
 *
 * The checkbox, the radio buttons and the two-way toggles are the browser's own controls (and Fluent's `Button`
 * with `aria-pressed`), not Fluent's Checkbox, RadioGroup and ToggleButton: the pane's bundle has a size budget.
 */
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Field, Input, MessageBar, MessageBarBody, ProgressBar, Select,
} from '@fluentui/react-components';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  columnLetter, fill, localeOf, SOURCE_KINDS, type DateOrder, type Language, type SheetSource, type SourceField, type SourceKind,
} from '../../src/core/index.js';
import { headerCandidates, KIND_FIELDS, KIND_LABELS, SOURCE_FIELD_LABELS, SOURCE_WORDS } from '../../src/core/index.js';
import { texts } from '../format.js';
import type { Host, ListRequest, MadeClientList } from '../host.js';

/** Problems listed in the pane; the *Bronnen* sheet lists them all. */
const MAX_PROBLEMS = 50;

type ColumnMap = Partial<Record<SourceField, number | null>>;

/** The user's choice for one sheet. `mapping` null: the columns as recognised. */
type SheetChoice = { use: boolean; kind: SourceKind | null; mapping: ColumnMap | null; dateOrder?: DateOrder };

type Pair = { a: string; b: string };
const pairKey = (p: Pair): string => [p.a, p.b].sort().join('\u0000');

/** The fields a kind of export may give, in the core's order; a client list has its own mapping. */
const fieldsOf = (kind: SourceKind | null): readonly SourceField[] => (kind && kind !== 'clientList' ? KIND_FIELDS[kind].uses : []);

/** The recognised columns of a sheet as a field → column map. */
function recognisedColumns(source: SheetSource): ColumnMap {
  const map: ColumnMap = {};
  for (const c of source.recognition.columns) map[c.field] = c.column;
  return map;
}

/**
 * The columns a kind other than the recognised one would take, by the core's header vocabulary (the first
 * candidate of each header that the kind uses and no earlier column took), as the recogniser takes them.
 */
function columnsForKind(headers: readonly string[], kind: SourceKind): ColumnMap {
  const uses = new Set(fieldsOf(kind));
  const map: ColumnMap = {};
  headers.forEach((header, column) => {
    const field = headerCandidates(header).find((c) => uses.has(c.field) && map[c.field] === undefined)?.field;
    if (field) map[field] = column;
  });
  return map;
}

function columnsOf(source: SheetSource, choice: SheetChoice): ColumnMap {
  return choice.mapping ?? recognisedColumns(source);
}

/** The needs of the kind (each a group of alternatives) that no chosen column meets: the first field of each. */
function missingOf(kind: SourceKind | null, columns: ColumnMap): SourceField[] {
  if (!kind || kind === 'clientList') return [];
  return KIND_FIELDS[kind].needs.filter((group) => !group.some((f) => typeof columns[f] === 'number')).map((group) => group[0]!);
}

function initialChoice(source: SheetSource): SheetChoice {
  const kind = source.recognition.kind;
  return { use: kind !== null, kind, mapping: null };
}

/** The request the host gets: every sheet in order, used or not, with the user's choices. */
function requestOf(sources: readonly SheetSource[], choices: Record<string, SheetChoice>, period: string, decisions: ReadonlyMap<string, { pair: Pair; same: boolean }>): ListRequest {
  const same: [string, string][] = [];
  const apart: [string, string][] = [];
  for (const { pair, same: isSame } of decisions.values()) (isSame ? same : apart).push([pair.a, pair.b]);
  return {
    sheets: sources.map((source) => {
      const choice = choices[source.sheet] ?? initialChoice(source);
      const use = choice.use && choice.kind !== null;
      if (!use) return { sheet: source.sheet, use: false };
      const mapping = choice.mapping
        ? Object.fromEntries(fieldsOf(choice.kind).map((f) => [f, typeof choice.mapping![f] === 'number' ? choice.mapping![f]! : null]))
        : undefined;
      return {
        sheet: source.sheet,
        use: true,
        choice: { kind: choice.kind!, ...(mapping ? { mapping } : {}), ...(choice.dateOrder ? { dateOrder: choice.dateOrder } : {}) },
      };
    }),
    ...(period.trim() ? { period: period.trim() } : {}),
    same,
    apart,
  };
}

/** A field's label (lower case, for sentences) as a label of its own: `bedrag excl. btw` → `Bedrag excl. btw`. */
const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** `2024-07-01` → `1 jul 2024` (nl), `1 Jul 2024` (en), `1. Juli 2024` (de): a calendar day, no time zone. */
export function dayText(iso: string, language: Language): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function ClientListMaker({ host, language, busy, onMade }: {
  host: Host;
  language: Language;
  /** The analysis is running (after a list was made): the controls wait. */
  busy: boolean;
  /** The list was written to `sheetName`: the pane analyses it. */
  /** The list was written: analyse it, dated by the built period's end (`periodTo`) unless the user set one. */
  onMade: (sheetName: string, periodTo: string | null) => Promise<void>;
}) {
  const tx = useMemo(() => texts(language), [language]);
  const { t } = tx;
  const id = useId();
  const [sources, setSources] = useState<SheetSource[] | null>(null);
  const sourcesRef = useRef<SheetSource[] | null>(null);
  const [choices, setChoices] = useState<Record<string, SheetChoice>>({});
  const [period, setPeriod] = useState('');
  const [decisions, setDecisions] = useState<Map<string, { pair: Pair; same: boolean }>>(new Map());
  const [pairs, setPairs] = useState<Pair[]>([]);
  const [made, setMade] = useState<MadeClientList | null>(null);
  const [making, setMaking] = useState(false);
  const [changed, setChanged] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const fail = useCallback((e: unknown): void => setError(t('failed', { message: e instanceof Error ? e.message : String(e) })), [t]);

  const describe = useCallback(async () => {
    setError(null);
    setSources(null);
    const found = await host.describeSources();
    // A sheet read again keeps the user's choices while its headers stay; new headers (another export pasted) start afresh.
    const before = new Map((sourcesRef.current ?? []).map((s) => [s.sheet, s.recognition.headers.join('\u0000')]));
    setSources(found);
    sourcesRef.current = found;
    setChoices((old) => Object.fromEntries(found.map((s) => {
      const kept = old[s.sheet] && before.get(s.sheet) === s.recognition.headers.join('\u0000') ? old[s.sheet]! : initialChoice(s);
      return [s.sheet, kept];
    })));
  }, [host]);

  useEffect(() => {
    describe().catch(fail);
  }, [describe, fail]);

  const choose = (sheet: string, change: (choice: SheetChoice) => SheetChoice): void => {
    const source = sources?.find((s) => s.sheet === sheet);
    if (!source) return;
    setChoices((old) => ({ ...old, [sheet]: change(old[sheet] ?? initialChoice(source)) }));
    if (made) setChanged(true);
  };

  const make = async (override?: Record<string, SheetChoice>): Promise<void> => {
    if (!sources) return;
    setError(null);
    setMaking(true);
    try {
      const result = await host.makeClientList(requestOf(sources, override ?? choices, period, decisions));
      setMade(result);
      setChanged(false);
      // The pairs the user decided stay listed (so a merge can be undone), beside the ones the build still finds.
      setPairs((old) => {
        const decided = old.filter((p) => decisions.has(pairKey(p)));
        const found = result.list.possibleMatches.map((m) => ({ a: m.a, b: m.b }));
        const keys = new Set(decided.map(pairKey));
        return [...decided, ...found.filter((p) => !keys.has(pairKey(p)))];
      });
      setMaking(false);
      if (result.sheetName) await onMade(result.sheetName, result.list.period?.to ?? null);
    } catch (e) {
      setMaking(false);
      fail(e);
    }
  };

  const decide = (pair: Pair, same: boolean): void => {
    setDecisions((old) => {
      const next = new Map(old);
      const key = pairKey(pair);
      if (next.get(key)?.same === same) next.delete(key);
      else next.set(key, { pair, same });
      return next;
    });
    setChanged(true);
  };

  const used = sources ? sources.filter((s) => { const c = choices[s.sheet]; return c?.use && c.kind !== null; }) : [];
  const list = made?.list;
  const words = SOURCE_WORDS[language];
  // A blocking date order names its source as "file (sheet)": back to the sheet, to put the choice beside it.
  const sheetOfFile = new Map((list?.sources ?? []).map((s) => [s.sheet !== undefined ? `${s.file} (${s.sheet})` : s.file, s.sheet ?? s.file]));
  const dateOrders = (list?.problems ?? []).filter((p) => p.id === 'dateOrderUndecided');
  const shownProblems = (list?.problems ?? []).filter((p) => p.id !== 'nearMatch' && p.id !== 'dateOrderUndecided');
  const working = making || busy;

  return (
    <section aria-labelledby={`${id}-heading`} className="kw-section kw-list">
      <h2 id={`${id}-heading`}>{t('listHeading')}</h2>
      <p className="kw-muted">{t('listIntro')}</p>

      <h3 className="kw-subheading">{t('listSheetsHeading')}</h3>
      {sources === null && !error && <p className="kw-muted" role="status">{t('listReading')}</p>}
      {sources !== null && sources.length === 0 && <p className="kw-muted">{t('listNoSheets')}</p>}
      {sources !== null && sources.length > 0 && (
        <ul className="kw-sources">
          {sources.map((source) => (
            <SourceCard key={source.sheet} source={source} choice={choices[source.sheet] ?? initialChoice(source)} language={language}
              disabled={working} onChange={(change) => choose(source.sheet, change)} />
          ))}
        </ul>
      )}
      <Button size="small" appearance="secondary" disabled={working} onClick={() => describe().catch(fail)}>{t('listReadSheets')}</Button>

      <Field className="kw-list-period" label={t('listPeriod')} hint={t('listPeriodHint')} size="small">
        <Input size="small" value={period} disabled={working}
          onChange={(_, data) => {
            setPeriod(data.value);
            if (made) setChanged(true);
          }} />
      </Field>

      {pairs.length > 0 && (
        <div className="kw-matches">
          <h3 className="kw-subheading">{t('listMatchesHeading')}</h3>
          <p className="kw-muted">{t('listMatchesHint')}</p>
          <ul>
            {pairs.map((pair) => {
              const decision = decisions.get(pairKey(pair));
              const name = t('listMatchPair', { a: pair.a, b: pair.b });
              return (
                <li key={pairKey(pair)} className="kw-match">
                  <span className="kw-match-names">{name}</span>
                  <span role="group" aria-label={name} className="kw-match-buttons">
                    <Button size="small" appearance={decision?.same === true ? 'primary' : 'secondary'} aria-pressed={decision?.same === true}
                      disabled={working} onClick={() => decide(pair, true)}>{t('listSame')}</Button>
                    <Button size="small" appearance={decision?.same === false ? 'primary' : 'secondary'} aria-pressed={decision?.same === false}
                      disabled={working} onClick={() => decide(pair, false)}>{t('listApart')}</Button>
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      )}

      {dateOrders.map((p) => {
        const sheet = (p.file && sheetOfFile.get(p.file)) ?? p.file ?? '';
        const choice = choices[sheet];
        return (
          <MessageBar key={`${p.file}-${p.column}`} intent="warning" className="kw-dateorder">
            <MessageBarBody>
              <p>{p.message}</p>
              <fieldset className="kw-radios" disabled={working}>
                <legend>{t('listDateOrder', { sheet })}</legend>
                {(['dmy', 'mdy'] as const).map((order) => (
                  <label key={order} className="kw-radio">
                    <input type="radio" name={`${id}-order-${sheet}`} value={order} checked={choice?.dateOrder === order}
                      onChange={() => {
                        const next = { ...choices, [sheet]: { ...(choice ?? { use: true, kind: null, mapping: null }), dateOrder: order } };
                        setChoices(next);
                        void make(next);
                      }} />
                    {fill(order === 'dmy' ? words.dayMonth : words.monthDay, { date: p.text ?? '' })}
                  </label>
                ))}
              </fieldset>
            </MessageBarBody>
          </MessageBar>
        );
      })}

      <div className="kw-run">
        <Button appearance="primary" size="large" className="kw-analyse kw-make" disabled={working || !sources || used.length === 0} onClick={() => void make()}>
          {made ? t('listRemake') : t('listMake')}
        </Button>
        {sources && sources.length > 0 && used.length === 0 && <p className="kw-muted">{t('listNothingUsed')}</p>}
        {making && (
          <div role="status" aria-live="polite">
            <ProgressBar thickness="large" />
            <p className="kw-muted">{t('listMaking')}</p>
          </div>
        )}
        {changed && !working && <p className="kw-warning" role="status">{t('listChanged')}</p>}
        {error && <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
      </div>

      {list && !making && (
        <div className="kw-list-result" aria-live="polite">
          {made?.sheetName ? (
            <p className="kw-success" role="status">
              {t('listWritten', { clients: tx.clients(list.clients.length), sheet: made.sheetName, sources: words.sourcesSheet })}
            </p>
          ) : (
            <MessageBar intent="warning">
              <MessageBarBody>{t('listNotWritten')} {list.blocked ? '' : t('listNoClients')}</MessageBarBody>
            </MessageBar>
          )}
          {list.period && (
            <p className="kw-list-periodis">
              {t('listPeriodIs', { from: dayText(list.period.from, language), to: dayText(list.period.to, language) })}
              {list.period.previousFrom && list.period.previousTo && (
                <span className="kw-muted"> ({t('listPreviousPeriodIs', { from: dayText(list.period.previousFrom, language), to: dayText(list.period.previousTo, language) })})</span>
              )}
            </p>
          )}
          {shownProblems.length > 0 && (
            <>
              <h3 className="kw-subheading">{t('listProblemsHeading', { count: shownProblems.length })}</h3>
              <ul className="kw-problems">
                {shownProblems.slice(0, MAX_PROBLEMS).map((p, i) => (
                  <li key={`${i}-${p.id}`}>
                    <div className={`kw-problem kw-problem-${p.severity === 'warning' ? 'warning' : 'error'}`}>{p.message}</div>
                  </li>
                ))}
              </ul>
              {shownProblems.length > MAX_PROBLEMS && <p className="kw-muted">{t('moreProblems', { count: shownProblems.length - MAX_PROBLEMS })}</p>}
            </>
          )}
        </div>
      )}
    </section>
  );
}

function SourceCard({ source, choice, language, disabled, onChange }: {
  source: SheetSource;
  choice: SheetChoice;
  language: Language;
  disabled: boolean;
  onChange: (change: (choice: SheetChoice) => SheetChoice) => void;
}) {
  const { t, num } = texts(language);
  const id = useId();
  const { recognition } = source;
  const columns = columnsOf(source, choice);
  const fields = fieldsOf(choice.kind);
  const chosen = fields.filter((f) => typeof columns[f] === 'number').length;
  const missing = missingOf(choice.kind, columns);
  const labels = SOURCE_FIELD_LABELS[language];
  const headers = recognition.headers;
  const use = choice.use && choice.kind !== null;

  const setKind = (value: string): void => {
    if (value === '') {
      onChange((c) => ({ ...c, use: false }));
      return;
    }
    const kind = value as SourceKind;
    onChange((c) => ({
      ...c,
      use: true,
      kind,
      // Back to the recognised kind: its recognised columns; another kind: the columns its headers name, all sent.
      mapping: kind === recognition.kind ? null : kind === 'clientList' ? null : columnsForKind(headers, kind),
    }));
  };
  const setColumn = (field: SourceField, value: string): void => {
    onChange((c) => {
      const map: ColumnMap = { ...columnsOf(source, c) };
      const column = value === '' ? null : Number(value);
      // One column gives one figure: the field that had it lets go.
      if (column !== null) for (const f of fields) if (map[f] === column) map[f] = null;
      map[field] = column;
      return { ...c, mapping: map };
    });
  };

  return (
    <li className={`kw-source${use ? '' : ' kw-source-off'}`}>
      <div className="kw-source-head">
        <label className="kw-check">
          <input type="checkbox" checked={use} disabled={disabled} aria-label={t('listUseSheet', { sheet: source.sheet })}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              // A sheet not recognised, checked: the kind it comes closest to, with the columns its headers name.
              if (on && choice.kind === null) setKind(recognition.scores[0]?.kind ?? 'timeEntries');
              else onChange((c) => ({ ...c, use: on }));
            }} />
          <span className="kw-source-name">{source.sheet}</span>
        </label>
        <span className="kw-muted kw-source-rows">{t('listRows', { rows: num(source.rows) })}</span>
      </div>
      <div className="kw-field">
        <label htmlFor={`${id}-kind`} className="kw-field-label">{t('listKind')}</label>
        <Select id={`${id}-kind`} size="small" value={use ? choice.kind ?? '' : ''} disabled={disabled} onChange={(_, data) => setKind(data.value)}>
          <option value="">{t('listKindNone')}</option>
          {SOURCE_KINDS.map((kind) => <option key={kind} value={kind}>{KIND_LABELS[language][kind]}</option>)}
        </Select>
      </div>
      {choice.kind === null && <p className="kw-warning">{t('listNotRecognised')}</p>}
      {use && missing.length > 0 && <p className="kw-warning">{t('listMissing', { fields: missing.map((f) => labels[f]).join(', ') })}</p>}
      {use && choice.kind === 'clientList' && <p className="kw-muted">{t('listClientListColumns')}</p>}
      {use && fields.length > 0 && (
        <Accordion collapsible className="kw-accordion" defaultOpenItems={missing.length > 0 ? ['columns'] : []}>
          <AccordionItem value="columns">
            <AccordionHeader size="small">{t('listColumns', { used: chosen })}</AccordionHeader>
            <AccordionPanel>
              <p className="kw-muted">{t('listColumnsHint')}</p>
              <ul className="kw-fields">
                {fields.map((field) => {
                  const selectId = `${id}-${field}`;
                  const column = columns[field];
                  return (
                    <li key={field} className="kw-field">
                      <label htmlFor={selectId} className="kw-field-label">{capitalised(labels[field])}</label>
                      <Select id={selectId} size="small" disabled={disabled} value={typeof column === 'number' ? String(column) : ''}
                        onChange={(_, data) => setColumn(field, data.value)}>
                        <option value="">{t('notUsed')}</option>
                        {headers.map((header, c) => (header ? <option key={c} value={String(c)}>{columnLetter(c)} · {header}</option> : null))}
                      </Select>
                    </li>
                  );
                })}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </li>
  );
}
