/**
 * *Gesprek voorbereiden* (docs/DEFINITIONS.md §8): a client chosen from the list (or from a piece of advice) and a
 * version — internal, or for the client — become one A4 page in a sheet of its own. The page is the core's
 * (`conversationSheets`); the host only paints it. Selects, not Fluent's RadioGroup: the pane's bundle has a size budget.
 */
import { Button, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { Audience, Language } from '../../src/core/index.js';
import { conversationFor, type Analysis } from '../analysis.js';
import type { Texts } from '../format.js';
import type { Host } from '../host.js';

export type Talk = {
  audience: Audience;
  setAudience: (audience: Audience) => void;
  /** Paints the page of client `index` (in the analysis' order) in the chosen version. */
  prepare: (index: number) => Promise<void>;
  busy: boolean;
  written: string | null;
  error: string | null;
};

/** The state both the advice buttons and the section below share. */
export function useTalk(analysis: Analysis, host: Host, language: Language, today: string, tx: Texts): Talk {
  const [audience, setAudience] = useState<Audience>('internal');
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const prepare = async (index: number): Promise<void> => {
    setBusy(true);
    setWritten(null);
    setError(null);
    try {
      const page = conversationFor(analysis, index, audience, language, today);
      const painted = await host.paintConversation(page);
      setWritten(tx.t('talkWritten', { client: page.client, sheet: painted.sheetName }));
    } catch (e) {
      setError(tx.t('failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return { audience, setAudience, prepare, busy, written, error };
}

/**
 * The client chosen from the list, as its name with its index. The pane keeps it (App) across analyses: after a new
 * one (rows added, removed or reordered) the choice stays on that client where the list still has it, else goes
 * back to the first advised one. An index alone would point at another client, or past the end of the list.
 */
export type ChosenClient = { index: number; name: string };

/** The index in `names` of the chosen client, else of `first` (the first advised client). */
export function chosenIndex(names: readonly string[], chosen: ChosenClient | null, first: number): number {
  const fallback = Math.min(first, Math.max(0, names.length - 1));
  if (chosen === null) return fallback;
  if (names[chosen.index] === chosen.name) return chosen.index;
  const found = names.indexOf(chosen.name);
  return found >= 0 ? found : fallback;
}

export function Conversation({ analysis, talk, tx, first, chosen, onChoose }: {
  analysis: Analysis; talk: Talk; tx: Texts; first: number; chosen: ChosenClient | null; onChoose: (client: ChosenClient) => void;
}) {
  const { t } = tx;
  const names = analysis.columnar.columns.client;
  const client = chosenIndex(names, chosen, first);
  return (
    <section aria-labelledby="kw-talk" className="kw-section kw-talk">
      <h2 id="kw-talk">{t('talkHeading')}</h2>
      <p className="kw-muted">{t('talkHint')}</p>
      <div className="kw-field">
        <label htmlFor="kw-talk-client" className="kw-field-label">{t('talkClient')}</label>
        <Select id="kw-talk-client" size="small" value={String(client)} onChange={(_, data) => onChoose({ index: Number(data.value), name: names[Number(data.value)] ?? '' })}>
          {names.map((name, i) => <option key={i} value={i}>{name}</option>)}
        </Select>
      </div>
      <div className="kw-field">
        <label htmlFor="kw-talk-audience" className="kw-field-label">{t('talkAudience')}</label>
        <Select id="kw-talk-audience" size="small" value={talk.audience} onChange={(_, data) => talk.setAudience(data.value === 'client' ? 'client' : 'internal')}>
          <option value="internal">{t('talkInternal')}</option>
          <option value="client">{t('talkForClient')}</option>
        </Select>
      </div>
      <Button appearance="secondary" className="kw-talk-prepare" disabled={talk.busy} onClick={() => void talk.prepare(client)}>{t('talkPrepare')}</Button>
      <div role="status" aria-live="polite">
        {talk.busy && <p className="kw-muted">{t('talkWriting')}</p>}
        {talk.written && <p className="kw-success">{talk.written}</p>}
      </div>
      {talk.error && <MessageBar intent="error"><MessageBarBody>{talk.error}</MessageBarBody></MessageBar>}
    </section>
  );
}
