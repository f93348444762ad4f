// What the features can do with the runs of OperationsProvider (start, cancel, retry, dismiss, show), and the
// shapes they speak in. Apart from the provider, which owns the runs' state, their queues and their storage.
import type { QueryClient } from '@tanstack/react-query';
import { type RefObject, useCallback, useMemo } from 'react';
import { newJobUuid } from '../../zstack/crypto.ts';
import type { ResourceKind } from '../../zstack/inventories.ts';
import type { Api } from '../session.ts';
import type { RunQueue } from './queue.ts';
import { type BulkAction, isFinished, type Run, type RunItem } from './run.ts';
import { readConcurrency } from './storage.ts';

export type Latest = RefObject<{ api: Api; queryClient: QueryClient; account: string }>;
export type ShownIdUpdate = string | undefined | ((s: string | undefined) => string | undefined);

export interface StartItem {
  uuid: string;
  name: string;
  /** A job already sent (a dialog that stopped waiting for it): the run follows it by this id, never anew. */
  jobUuid?: string | undefined;
  stage?: RunItem['stage'] | undefined;
  /** `resource` and `attachTo` make dependent steps: see steps.ts. */
  resource?: RunItem['resource'];
  attachTo?: RunItem['attachTo'];
  ip?: RunItem['ip'];
}

export interface StartSpec {
  action: BulkAction;
  resource: ResourceKind;
  items: readonly StartItem[];
  startAfter?: boolean;
  /** Run without opening its results (the indicator in the app bar shows it). */
  quiet?: boolean;
  /** The deletion event the run restores. */
  event?: string | undefined;
}

export interface Operations {
  /** This account's runs, newest first. */
  runs: readonly Run[];
  /** The run whose results are open, if any. */
  shown: Run | undefined;
  start: (spec: StartSpec) => string;
  cancel: (id: string) => void;
  retryFailed: (id: string) => void;
  /** Forgets a finished run. */
  dismiss: (id: string) => void;
  show: (id: string | undefined) => void;
}

export interface RunActionsDeps {
  runs: Run[];
  shownId: string | undefined;
  setShownId: (id: ShownIdUpdate) => void;
  runsRef: RefObject<Run[]>;
  latest: Latest;
  commit: (next: Run[]) => void;
  withQueue: (run: Run, use: (queue: RunQueue) => void) => void;
  queues: RefObject<Map<string, RunQueue>>;
}

/** A job already sent starts as running: the queue follows it by its id (resending it only reaches the same job). */
function startItem(i: StartItem): RunItem {
  const base = {
    uuid: i.uuid,
    name: i.name,
    stage: i.stage ?? 'main',
    resource: i.resource,
    attachTo: i.attachTo,
    ip: i.ip,
  } as const;
  if (i.jobUuid === undefined) return { ...base, status: 'waiting' };
  return { ...base, status: 'running', jobUuid: i.jobUuid, jobSavedAt: Date.now() };
}

/** What the features can do with runs: start one, cancel, retry what failed, forget one, show one. */
export function useRunActions(d: RunActionsDeps): Operations {
  const { runs, shownId, setShownId, runsRef, latest, commit, withQueue, queues } = d;
  const start = useCallback(
    (spec: StartSpec): string => {
      const run: Run = {
        id: newJobUuid(),
        action: spec.action,
        resource: spec.resource,
        account: latest.current.account,
        startAfter: spec.action === 'recover' && spec.resource === 'vm' && (spec.startAfter ?? false),
        concurrency: readConcurrency(),
        items: spec.items.map(startItem),
        cancelled: false,
        startedAt: Date.now(),
        event: spec.event,
      };
      commit([run, ...runsRef.current]);
      if (!spec.quiet) setShownId(run.id);
      withQueue(run, (q) => q.start());
      return run.id;
    },
    [commit, withQueue, setShownId, latest, runsRef],
  );
  return useMemo<Operations>(() => {
    const find = (id: string) => runsRef.current.find((r) => r.id === id);
    return {
      runs,
      shown: runs.find((r) => r.id === shownId),
      start,
      cancel: (id) => {
        const run = find(id);
        if (run && !isFinished(run)) withQueue(run, (q) => q.cancel());
      },
      retryFailed: (id) => {
        const run = find(id);
        if (run) withQueue(run, (q) => q.retryFailed());
      },
      dismiss: (id) => {
        queues.current.get(id)?.dispose();
        queues.current.delete(id);
        commit(runsRef.current.filter((r) => r.id !== id));
        setShownId((s) => (s === id ? undefined : s));
      },
      show: setShownId,
    };
  }, [runs, shownId, start, withQueue, commit, setShownId, runsRef, queues]);
}
