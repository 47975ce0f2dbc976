/**
 * The sidebar's one way to the server: a typed wrapper around `google.script.run` (runs in the sidebar's
 * browser frame, bundled into Sidebar.html). Each server function becomes a Promise; the argument and result
 * types are the server's own, so a renamed or changed target fails the type check on both sides.
 *
 * Only JSON crosses `google.script.run`: a `Date`, a function or a DOM node fails the call and `undefined` in an
 * array becomes `null`, so arguments go through a JSON round trip first — what arrives is what was checked.
 */
import type { ConversationSheet, ReportSheet } from '../../core/index.js';
import type {
  sidebarDescribeSources, sidebarInit, sidebarLoadState, sidebarMakeClientList, sidebarPaint, sidebarPaintConversation, sidebarReadTable, sidebarSaveState, sidebarSelect,
} from './handlers.js';

/** The server functions the sidebar calls (top-level stubs in Code.js; see entry-points.ts), typed by their code. */
export type ServerApi = {
  sidebarInit: typeof sidebarInit;
  sidebarReadTable: typeof sidebarReadTable;
  sidebarLoadState: typeof sidebarLoadState;
  sidebarSaveState: typeof sidebarSaveState;
  sidebarPaint: (report: ReportSheet) => ReturnType<typeof sidebarPaint>;
  sidebarPaintConversation: (page: ConversationSheet) => ReturnType<typeof sidebarPaintConversation>;
  sidebarSelect: typeof sidebarSelect;
  sidebarDescribeSources: typeof sidebarDescribeSources;
  sidebarMakeClientList: typeof sidebarMakeClientList;
};

export type Server = { [K in keyof ServerApi]: (...args: Parameters<ServerApi[K]>) => Promise<ReturnType<ServerApi[K]>> };

/** The shape of `google.script.run` used here. */
export type ScriptRun = {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
} & Record<string, unknown>;

const NAMES: readonly (keyof ServerApi)[] = [
  'sidebarInit', 'sidebarReadTable', 'sidebarLoadState', 'sidebarSaveState', 'sidebarPaint', 'sidebarSelect',
  'sidebarDescribeSources', 'sidebarMakeClientList', 'sidebarPaintConversation',
];

function plain<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function createServer(run?: ScriptRun): Server {
  const resolveRun = (): ScriptRun => {
    const found = run ?? (globalThis as unknown as { google?: { script?: { run?: ScriptRun } } }).google?.script?.run;
    if (!found) throw new Error('google.script.run is not available: the sidebar runs inside Google Sheets only.');
    return found;
  };
  const server = {} as Record<keyof ServerApi, (...args: unknown[]) => Promise<unknown>>;
  for (const name of NAMES) {
    server[name] = (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const runner = resolveRun()
          .withSuccessHandler(resolve)
          .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String((error as { message?: unknown })?.message ?? error))));
        const target = runner[name] as ((...a: unknown[]) => void) | undefined;
        if (typeof target !== 'function') {
          reject(new Error(`google.script.run has no ${name}`));
          return;
        }
        target.apply(runner, args.map(plain));
      });
  }
  return server as unknown as Server;
}
