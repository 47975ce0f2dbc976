/**
 * The pane: which table is read and how its columns are taken, the settings, the button that analyses, and
 * then the pyramid, the headline figures, the three pieces of advice and the problems of the input. Beside it,
 * *Klantenlijst maken* (ClientListMaker): the list built from the workbook's exports, then analysed here. It talks
 * only to a `Host` (taskpane/host.ts), so the Excel taskpane and the Google Sheets sidebar are this component.
 */
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, FluentProvider, MessageBar, MessageBarBody,
  ProgressBar, webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  ADVICE_LABELS, adviceSentence, FIELDS, formatMoney, NOTE_MESSAGES, todayIso, type Field, type Language, type Problem, type Settings, type TableRead,
} from '../src/core/index.js';
import { adviceValue, checkState, clientIndexOfRow, overrideFor, problemCell, readTable, runAnalysis, type Analysis, type CheckedState } from './analysis.js';
import { ClientListMaker } from './components/ClientListMaker.js';
import { Conversation, useTalk, type ChosenClient } from './components/Conversation.js';
import { FunctionHelp } from './components/FunctionHelp.js';
import { Mapping } from './components/Mapping.js';
import { ModeTabs } from './components/ModeTabs.js';
import { Pyramid } from './components/Pyramid.js';
import { SettingsForm } from './components/SettingsForm.js';
import { texts, type Texts } from './format.js';
import type { Host, HostTable, MappingOverrides } from './host.js';
import { checkSettings, settingIssueText } from '../src/core/index.js';

type Phase = 'idle' | 'reading' | 'computing' | 'painting' | 'done';
type Mode = 'analyse' | 'list';
const PROGRESS: Record<Phase, number> = { idle: 0, reading: 0.2, computing: 0.5, painting: 0.8, done: 1 };
/** Problems listed in the pane; the analysis sheet lists them all. */
const MAX_PROBLEMS = 50;

/** A sheet with nothing in it: the reader's `emptyTable`, said instead of a mapping of no columns. */
const isEmpty = (read: TableRead): boolean => read.problems.some((p) => p.id === 'emptyTable');

/** Lets the browser paint the progress before a long synchronous step. */
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** `step`: the step to open at (the Sheets menu item *Klantenlijst maken* opens the sidebar at `list`). */
export function App({ host, today = todayIso(), step = 'analyse' }: { host: Host; today?: string; step?: Mode }) {
  const language = host.language;
  const tx = useMemo(() => texts(language), [language]);
  const { t } = tx;
  const [state, setState] = useState<CheckedState>({ settings: {}, mapping: {}, issues: [] });
  const [table, setTable] = useState<HostTable | null>(null);
  const [read, setRead] = useState<TableRead | null>(null);
  // The client chosen under *Gesprek voorbereiden*, kept here: the results are made anew by each analysis.
  const [talkClient, setTalkClient] = useState<ChosenClient | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [sheetName, setSheetName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [unusable, setUnusable] = useState<string[] | null>(null);
  const [open, setOpen] = useState<string[]>([]);
  const [mode, setMode] = useState<Mode>(step);
  // The list step is mounted when first opened (it reads every sheet) and kept, so its choices survive a tab switch.
  const [listOpened, setListOpened] = useState(step === 'list');
  /** The settings a reset erased, until undone or another setting changes. */
  const [erased, setErased] = useState<Partial<Settings> | null>(null);
  /** What the last store saved in the document, once the host says it is saved. */
  const [saved, setSaved] = useState<'settings' | 'mapping' | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;

  const fail = useCallback((e: unknown): void => setError(t('failed', { message: e instanceof Error ? e.message : String(e) })), [t]);

  const load = useCallback(async (checked: CheckedState) => {
    const fresh = await host.readTable();
    setTable(fresh);
    const read = readTable(fresh, checked.mapping, language);
    setRead(read);
    // A mapping that needs the user (a required field missing, two columns equally likely) opens itself; an
    // empty sheet has nothing to map (the pane says it is empty instead).
    if (isEmpty(read)) return;
    if (!read.mapping.fields.client || !read.mapping.fields.revenue || read.mapping.ambiguous.length > 0) {
      setOpen((items) => (items.includes('mapping') ? items : [...items, 'mapping']));
    }
  }, [host, language]);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const checked = checkState(await host.loadSettings(), language);
      if (cancelled) return;
      setState(checked);
      // Opened at the list step (the Sheets menu item), the active sheet is read only once the analysis tab is.
      if (step !== 'list') await load(checked);
    })().catch(fail);
    return () => {
      cancelled = true;
    };
    // Once per host: every dependency is stable for it (useMemo/useCallback).
  }, [host, language, step, load, fail]);

  const store = (next: CheckedState, what: 'settings' | 'mapping' = 'settings'): void => {
    setState(next);
    // Said once stored. Not cleared first: a render in between while a list row is being added took the new row's
    // focus away (seen in the list settings' keyboard test); an unchanged "saved" does not render again.
    host.saveSettings({ settings: next.settings, mapping: next.mapping }).then(() => setSaved(what), (e: unknown) => {
      setSaved(null);
      fail(e);
    });
  };

  /** `null`: not used (stored, so detection does not pick the column again); `'auto'`: back to detection. */
  const changeMapping = (field: Field, column: number | null | 'auto'): void => {
    if (!table || !read) return;
    const mapping: MappingOverrides = { ...state.mapping };
    if (column === 'auto') delete mapping[field];
    else mapping[field] = column === null ? null : overrideFor(read.mapping, column);
    const next = { ...state, mapping };
    store(next, 'mapping');
    setRead(readTable(table, mapping, language));
  };

  /** The core decides what is valid: what it refuses is not stored, and its sentences go back to the field. */
  const changeSetting = (key: keyof Settings, value: unknown): string[] => {
    const raw: Record<string, unknown> = { ...stateRef.current.settings, [key]: value };
    if (value === undefined) delete raw[key];
    const checked = checkSettings(raw, language);
    const refused = checked.issues.filter((issue) => issue.key === key || issue.rule === 'limitOrder');
    if (refused.length > 0) return refused.map((issue) => settingIssueText(issue, language));
    const next = { ...stateRef.current, settings: checked.settings };
    stateRef.current = next;
    setErased(null);
    store(next);
    return [];
  };

  /**
   * `builtList`: the sheet just written by *Klantenlijst maken*, read with its own headers, not the stored mapping,
   * and dated by its period's end (`periodTo`: the interest of that year) unless the settings set a period end.
   */
  const analyse = async (builtList = false, periodTo: string | null = null): Promise<void> => {
    setError(null);
    setUnusable(null);
    setSheetName(null);
    try {
      setPhase('reading');
      const fresh = await host.readTable();
      setTable(fresh);
      if (fresh.where.ours) {
        // Analysing our own analysis sheet would replace the very sheet it reads.
        setPhase('idle');
        return;
      }
      setPhase('computing');
      await nextFrame();
      const current = stateRef.current;
      const dated = periodTo && current.settings.periodEnd == null ? { ...current.settings, periodEnd: periodTo } : current.settings;
      const used = builtList ? { ...current, mapping: {}, settings: dated } : current;
      const outcome = runAnalysis(fresh, used, language, today);
      setRead(readTable(fresh, used.mapping, language));
      if (!outcome.ok) {
        setAnalysis(null);
        setUnusable(outcome.messages.length > 0 ? outcome.messages : [t('noClients')]);
        setPhase('idle');
        return;
      }
      setAnalysis(outcome.analysis);
      setPhase('painting');
      await nextFrame();
      const painted = await host.paint(outcome.analysis.report);
      setSheetName(painted.sheetName);
      setPhase('done');
    } catch (e) {
      setPhase('idle');
      fail(e);
    }
  };

  const busy = phase === 'reading' || phase === 'computing' || phase === 'painting';
  const stepText = phase === 'reading' ? t('stepRead') : phase === 'computing' ? t('stepCompute') : phase === 'painting' ? t('stepPaint') : '';
  const kindText = table ? t(table.where.kind === 'selection' ? 'kindSelection' : table.where.kind === 'table' ? 'kindTable' : 'kindUsedRange') : '';
  const usedFields = read ? FIELDS.filter((f) => read.mapping.fields[f]).length : 0;
  const empty = read !== null && isEmpty(read);

  return (
    <FluentProvider theme={webLightTheme} className="kw-app" lang={language}>
      <header className="kw-header">
        <h1>{t('appTitle')}</h1>
        <p>{t('appTagline')}</p>
      </header>

      <ModeTabs id="kw-mode" label={t('modeLabel')} selected={mode}
        modes={[{ value: 'analyse', label: t('tabAnalyse') }, { value: 'list', label: t('tabList') }]}
        onSelect={(next) => {
          setMode(next);
          if (next === 'list') setListOpened(true);
          if (next === 'analyse' && !table) load(stateRef.current).catch(fail);
        }} />

      <div role="tabpanel" id="kw-mode-panel-list" aria-labelledby="kw-mode-tab-list" hidden={mode !== 'list'}>
        {listOpened && <ClientListMaker host={host} language={language} busy={busy} onMade={(_sheet, periodTo) => analyse(true, periodTo)} />}
      </div>

      <div role="tabpanel" id="kw-mode-panel-analyse" aria-labelledby="kw-mode-tab-analyse" hidden={mode !== 'analyse'}>
        <section aria-labelledby="kw-table" className="kw-section">
          <h2 id="kw-table">{t('tableHeading')}</h2>
          {table ? (
            <>
              <p className="kw-where">{t('tableWhere', { sheet: table.where.sheet, address: table.where.address, kind: kindText })}</p>
              {table.where.ours && <MessageBar intent="info"><MessageBarBody>{t('analysisSheetActive')}</MessageBarBody></MessageBar>}
              {empty && !table.where.ours && <MessageBar intent="warning" className="kw-empty"><MessageBarBody>{t('emptySheet')}</MessageBarBody></MessageBar>}
            </>
          ) : (
            <p className="kw-muted">{t('reading')}</p>
          )}
          <Button size="small" appearance="secondary" disabled={busy} onClick={() => load(stateRef.current).catch(fail)}>{t('readAgain')}</Button>
        </section>

        <Accordion collapsible multiple className="kw-accordion" openItems={open}
          onToggle={(_, data) => setOpen(data.openItems.map(String))}>
          {!empty && (
            <AccordionItem value="mapping">
              <AccordionHeader size="small">
                {t('mappingHeading')}{read ? ` · ${t('mappingSummary', { used: usedFields, fields: FIELDS.length })}` : ''}
              </AccordionHeader>
              <AccordionPanel>
                <p role="status" className="kw-saved">{saved === 'mapping' ? t('settingsSaved') : ''}</p>
                {read && <Mapping mapping={read.mapping} overrides={state.mapping} language={language} drivers={state.settings.extraDrivers ?? []} onChange={changeMapping} />}
              </AccordionPanel>
            </AccordionItem>
          )}
          <AccordionItem value="settings">
            <AccordionHeader size="small">{t('settingsHeading')}</AccordionHeader>
            <AccordionPanel>
              <SettingsForm settings={state.settings} language={language} today={today} issues={state.issues}
                columns={read ? read.mapping.extra.map((c) => c.header).filter(Boolean) : []} saved={saved === 'settings'} onChange={changeSetting}
                onReset={() => {
                  setErased(stateRef.current.settings);
                  const next = { ...stateRef.current, settings: {} };
                  stateRef.current = next;
                  store(next);
                }}
                onUndo={erased ? () => {
                  const next = { ...stateRef.current, settings: erased };
                  stateRef.current = next;
                  setErased(null);
                  store(next);
                } : undefined} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="functions">
            <AccordionHeader size="small">{t('functionsHeading')}</AccordionHeader>
            <AccordionPanel>
              <FunctionHelp language={language} platform={host.platform} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>

        <section className="kw-section kw-run">
          <Button appearance="primary" size="large" className="kw-analyse" disabled={busy || !table || table.where.ours === true || empty} onClick={() => void analyse()}>
            {t('analyse')}
          </Button>
        </section>
      </div>

      <section className="kw-section kw-run kw-status">
        {busy && (
          <div role="status" aria-live="polite">
            <ProgressBar value={PROGRESS[phase]} thickness="large" />
            <p className="kw-muted">{stepText}</p>
          </div>
        )}
        {error && <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
        {unusable && (
          <MessageBar intent="warning">
            <MessageBarBody>
              {t('tableUnusable')}
              <ul>{unusable.map((m) => <li key={m}>{m}</li>)}</ul>
            </MessageBarBody>
          </MessageBar>
        )}
      </section>

      {analysis && phase === 'done' && sheetName && (
        <Results analysis={analysis} language={language} tx={tx} sheetName={sheetName} host={host} today={today} chosen={talkClient} onChoose={setTalkClient} />
      )}
      {analysis && table && phase === 'done' && (
        <Problems problems={analysis.problems} tx={tx} onSelect={(p) => {
          const cell = problemCell(p, analysis.read.mapping, table.where);
          if (cell) host.select(cell).catch(fail);
        }} />
      )}
    </FluentProvider>
  );
}

function Results({ analysis, language, tx, sheetName, host, today, chosen, onChoose }: {
  analysis: Analysis; language: Language; tx: Texts; sheetName: string; host: Host; today: string;
  chosen: ChosenClient | null; onChoose: (client: ChosenClient) => void;
}) {
  const { t, money, pct, num } = tx;
  const talk = useTalk(analysis, host, language, today, tx);
  const { result } = analysis;
  const totals = result.totals;
  const tiles: [string, string][] = [
    [t('clients'), num(result.clientCount)],
    [t('revenue'), money(totals.revenue)],
    [t('netProfit'), money(totals.netProfit)],
    [t('hours'), num(totals.time)],
    // The hourly return with its cents, as the sheet's summary shows it: € 75,49 beside a target of € 75 matters.
    [t('hourlyReturn'), totals.hourlyReturn === null ? t('notAvailable') : formatMoney(totals.hourlyReturn, language)],
    [t('margin'), pct(result.portfolioMargin)],
  ];
  const advice = result.top;
  return (
    <>
      <section aria-labelledby="kw-summary" className="kw-section">
        <p className="kw-success" role="status">{t('sheetWritten', { sheet: sheetName })}</p>
        <h2 id="kw-summary">{t('summaryHeading')}</h2>
        {result.notes.length > 0 && (
          <MessageBar intent="info" className="kw-notes">
            <MessageBarBody>
              <ul>{result.notes.map((note) => <li key={note}>{NOTE_MESSAGES[language][note]}</li>)}</ul>
            </MessageBarBody>
          </MessageBar>
        )}
        <dl className="kw-tiles">
          {tiles.map(([label, value]) => (
            <div key={label} className="kw-tile">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {analysis.columnar.summary.profile && (
        <section aria-labelledby="kw-profile" className="kw-section">
          <h2 id="kw-profile">{t('profileHeading')}</h2>
          <p className="kw-profile">{analysis.columnar.summary.profile.sentence[language]}</p>
        </section>
      )}
      <section aria-labelledby="kw-pyramid" className="kw-section">
        <h2 id="kw-pyramid">{t('pyramidHeading')}</h2>
        <Pyramid result={result} language={language} />
      </section>
      <section aria-labelledby="kw-advice" className="kw-section">
        <h2 id="kw-advice">{t('adviceHeading')}</h2>
        {advice.length === 0 ? (
          <p className="kw-muted">{t('noAdvice')}</p>
        ) : (
          <ol className="kw-advice">
            {advice.map((client) => (
              <li key={client.row} className={`kw-advice-${client.advice}`}>
                <strong>{client.client}</strong>
                <span className="kw-advice-effect">
                  {t('adviceEffect', { advice: ADVICE_LABELS[language][client.advice], effect: money(adviceValue(client, result.settings.repairThreshold)) })}
                </span>
                <span className="kw-muted">{adviceSentence(client, result.settings, language)}</span>
                <Button size="small" appearance="subtle" className="kw-advice-talk" disabled={talk.busy}
                  aria-label={t('talkPrepareFor', { client: client.client })}
                  onClick={() => void talk.prepare(clientIndexOfRow(analysis, client.row))}>{t('talkPrepare')}</Button>
              </li>
            ))}
          </ol>
        )}
        <Button appearance="primary" onClick={() => void host.select({ sheet: sheetName, row: 1, column: 0 })}>{t('openSheet')}</Button>
      </section>
      <Conversation analysis={analysis} talk={talk} tx={tx} first={Math.max(0, advice[0] ? clientIndexOfRow(analysis, advice[0].row) : 0)} chosen={chosen} onChoose={onChoose} />
    </>
  );
}

function Problems({ problems, tx, onSelect }: { problems: Problem[]; tx: Texts; onSelect: (p: Problem) => void }) {
  const { t } = tx;
  const shown = problems.slice(0, MAX_PROBLEMS);
  return (
    <section aria-labelledby="kw-problems" className="kw-section">
      <h2 id="kw-problems">{t('problemsHeading', { count: problems.length })}</h2>
      {problems.length === 0 ? (
        <p className="kw-muted">{t('problemsNone')}</p>
      ) : (
        <>
          <p className="kw-muted">{t('problemSelectHint')}</p>
          <ul className="kw-problems">
            {shown.map((p, i) => (
              <li key={`${i}-${p.id}`}>
                {p.row === null ? (
                  <div className={`kw-problem kw-problem-${p.severity}`}>
                    <span className="kw-problem-where">{t('problemTable')}</span>
                    <span>{p.message}</span>
                  </div>
                ) : (
                  <button type="button" className={`kw-problem kw-problem-${p.severity}`} onClick={() => onSelect(p)}>
                    <span className="kw-problem-where">{t('problemRowColumn', { row: p.row, column: p.column ?? '' })}</span>
                    <span>{p.message}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
          {problems.length > shown.length && <p className="kw-muted">{t('moreProblems', { count: problems.length - shown.length })}</p>}
        </>
      )}
    </section>
  );
}
