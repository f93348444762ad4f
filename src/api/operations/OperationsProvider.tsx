// Bulk runs belong to the tab, not to a dialog: they go on when the dialog closes or the page changes, they are
// kept in sessionStorage (with every pending job id) and resume after a reload. Runs are per account: another
// account signing in at the same desk never sees them, and signing out forgets them.
import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  type ReactNode,
  type RefObject,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { importWithRetry } from '../../lib/import-retry.ts';
import { tabStorage } from '../../lib/tab-storage.ts';
import { useSession } from '../session.ts';
import type { RunQueue } from './queue.ts';
import { type Latest, type Operations, type ShownIdUpdate, useRunActions } from './run-actions.ts';
import { isFinished, isPaused, itemResource, type Run } from './run.ts';
import { loadRuns, saveRuns } from './storage.ts';
import { kindKey } from '../keys.ts';

/** During a run the list refreshes at most this often; once more when the run ends. */
const REFRESH_EVERY_MS = 5000;

type Engine = typeof import('./engine.ts');

/**
 * The run machinery, fetched when a run starts or resumes, a few times if the network drops it. A failure is not
 * kept: the next start, retry or reload fetches again (meanwhile the run waits as it was saved).
 */
let engine: Promise<Engine> | undefined;
export function loadRunEngine(): Promise<Engine> {
  engine ??= importWithRetry(() => import('./engine.ts')).catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}

const OperationsContext = createContext<Operations | undefined>(undefined);

export function useOperations(): Operations {
  const ops = useContext(OperationsContext);
  if (!ops) throw new Error('useOperations needs an <OperationsProvider>');
  return ops;
}

/** This account's runs as shown, and which one is open; reloaded from storage when the account changes. */
function useRunsView(account: string) {
  const [view, setView] = useState(() => ({
    account,
    runs: account ? loadRuns(tabStorage(), account) : [],
    shownId: undefined as string | undefined,
  }));
  if (view.account !== account)
    setView({ account, runs: account ? loadRuns(tabStorage(), account) : [], shownId: undefined });
  const setShownId = useCallback(
    (id: ShownIdUpdate) => setView((v) => ({ ...v, shownId: typeof id === 'function' ? id(v.shownId) : id })),
    [],
  );
  const setRuns = useCallback((runs: Run[]) => setView((v) => ({ ...v, runs })), []);
  return { runs: view.runs, shownId: view.shownId, setShownId, setRuns };
}

/** During a run the lists of its kind refresh at most every REFRESH_EVERY_MS, and once when it ends. */
function useListRefresh(latest: Latest) {
  const lastRefresh = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const refresh = useCallback(
    (final: boolean, of: Run) => {
      const kinds = new Set(of.items.map((i) => itemResource(of, i)));
      const run = () => {
        lastRefresh.current = Date.now();
        const { queryClient: qc, api: a } = latest.current;
        for (const kind of kinds) void qc.invalidateQueries({ queryKey: kindKey(a, kind) });
      };
      clearTimeout(timer.current);
      const wait = lastRefresh.current + REFRESH_EVERY_MS - Date.now();
      if (final || wait <= 0) run();
      else timer.current = setTimeout(run, wait);
    },
    [latest],
  );
  // One object for the life of the provider: effects that stop the refresh must not re-run on every render.
  return useMemo(() => ({ refresh, stop: () => clearTimeout(timer.current) }), [refresh]);
}

/**
 * The queue of a run, made once its code is here. A queue of a run that was dismissed, or of an account that
 * left the desk, while the code loaded is not made. If the code cannot be fetched the run waits as it was
 * saved: the next reload (or retry) resumes it.
 */
function useQueues(latest: Latest, runsRef: RefObject<Run[]>, onChange: (run: Run) => void) {
  const queues = useRef(new Map<string, RunQueue>());
  const withQueue = useCallback(
    (run: Run, use: (queue: RunQueue) => void) => {
      const accountAtStart = latest.current.account;
      const existing = queues.current.get(run.id);
      if (existing) {
        use(existing);
        return;
      }
      loadRunEngine().then(
        ({ createQueue }) => {
          if (latest.current.account !== accountAtStart) return;
          const current = runsRef.current.find((r) => r.id === run.id);
          if (!current) return;
          let queue = queues.current.get(run.id);
          if (!queue) {
            queue = createQueue(current, () => latest.current.api.client, onChange);
            queues.current.set(run.id, queue);
          }
          use(queue);
        },
        () => undefined,
      );
    },
    [latest, runsRef, onChange],
  );
  return { queues, withQueue };
}

export function OperationsProvider({ children }: { children: ReactNode }) {
  const { session, api, store } = useSession();
  const queryClient = useQueryClient();
  const account = session?.accountUuid ?? '';
  const { runs, shownId, setShownId, setRuns } = useRunsView(account);
  // The runs and their queues live outside React's render cycle: jobs report into them at any time.
  const runsRef = useRef<Run[]>([]);
  const latest = useRef({ api, queryClient, account });
  useEffect(() => {
    latest.current = { api, queryClient, account };
  }, [api, queryClient, account]);
  const commit = useCallback(
    (next: Run[]) => {
      runsRef.current = next;
      saveRuns(tabStorage(), latest.current.account, next);
      setRuns(next);
    },
    [setRuns],
  );
  const lists = useListRefresh(latest);
  const onChange = useCallback(
    (next: Run) => {
      const before = runsRef.current.find((r) => r.id === next.id);
      if (!before) return; // dismissed meanwhile
      commit(runsRef.current.map((r) => (r.id === next.id ? next : r)));
      // A step that ends (a recovery before its attach, too) is something the lists may show.
      const settled = (r: Run) =>
        r.items.filter((i) => i.status !== 'running' && i.status !== 'waiting').length +
        r.items.filter((i) => i.stage !== 'main').length;
      if (next.finishedAt !== undefined && before.finishedAt === undefined) lists.refresh(true, next);
      else if (settled(next) > settled(before)) lists.refresh(false, next);
    },
    [commit, lists],
  );
  const { queues, withQueue } = useQueues(latest, runsRef, onChange);

  // A new account (or none) at the desk: stop following the last one's jobs, load and resume this one's runs.
  useEffect(() => {
    const current = queues.current;
    const saved = account ? loadRuns(tabStorage(), account) : [];
    runsRef.current = saved;
    for (const run of saved) if (!isFinished(run)) withQueue(run, (q) => q.start());
    return () => {
      for (const q of current.values()) q.dispose();
      current.clear();
      lists.stop();
    };
  }, [account, withQueue, queues, lists]);

  useEffect(
    () =>
      store.onReset((reason) => {
        // Signing out ends the runs of this tab for good (the jobs themselves go on on ZStack).
        if (reason === 'sign-out') saveRuns(tabStorage(), undefined, []);
        // The same account signed in again in place: its paused jobs are followed again, once the new session
        // is in place (the hooks run just before it is).
        if (reason === 'renewed')
          queueMicrotask(() => {
            for (const run of runsRef.current) if (isPaused(run)) withQueue(run, (q) => q.resume());
          });
      }),
    [store, withQueue],
  );

  const value = useRunActions({ runs, shownId, setShownId, runsRef, latest, commit, withQueue, queues });
  return <OperationsContext.Provider value={value}>{children}</OperationsContext.Provider>;
}
