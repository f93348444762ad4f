// What a bulk run is, as the app bar, the results and sessionStorage see it: types and pure helpers only. The
// machinery that runs it (queue.ts, engine.ts) loads when a run starts or resumes, not with the first paint.
import type { ErrorCode, ZStackErrorKind } from '../../zstack/errors.ts';
import { isZStackError, ZStackError } from '../../zstack/errors.ts';
import type { ResourceKind } from '../../zstack/inventories.ts';

export type BulkAction = 'recover' | 'expunge';

/**
 * `paused`: the answer did not come from ZStack (a gateway's 401/403/407, an HTML page, a text 5xx) or the session
 * ended, so whether the job ran is unknown: its id is kept and it is followed again after the same account signs
 * in. `unknown`: the console stopped following the job (no answer, its own wait cap, or a record ZStack forgot).
 */
export type ItemStatus =
  | 'waiting'
  | 'running'
  | 'paused'
  | 'done'
  | 'failed'
  | 'unknown'
  | 'cancelled'
  /** Not sent: a step it needs did not succeed (an attach whose VM was not recovered). */
  | 'skipped';

/**
 * The steps of an item, in order: `main` (the run's action), then `attach` (a recovered data volume goes back on
 * `attachTo`), or for a recovered VM `ip` (SetVmStaticIp of its old address, when one was given) and `start`
 * (once the attaches to it have ended). Each step is its own job.
 */
export type ItemStage = 'main' | 'ip' | 'attach' | 'start';

/** An address to ask back for a VM before its first start (SetVmStaticIp). */
export interface StaticIp {
  l3NetworkUuid: string;
  ip: string;
}

/** A failure as it can be kept in sessionStorage and shown again after a reload. */
export interface StoredError {
  kind: ZStackErrorKind;
  status?: number | undefined;
  errorCode: ErrorCode;
  jobUuid?: string | undefined;
}

export interface RunItem {
  uuid: string;
  name: string;
  status: ItemStatus;
  /** Which job of the item is (or was last) running: a recovery may be followed by an attach or a start. */
  stage: ItemStage;
  /** The item's kind when it differs from the run's: a VM recovered together with its data volumes. */
  resource?: ResourceKind | undefined;
  /** A data volume to attach to this VM once both are recovered (the VM is an item of the same run). */
  attachTo?: string | undefined;
  /** A VM's old address, set after its recovery and before its start. */
  ip?: StaticIp | undefined;
  /** The X-Job-UUID of that job while its outcome is not known, so a resume or retry follows it. */
  jobUuid?: string | undefined;
  /** When that id was chosen: after about 3 h ZStack forgets it and would take it as a new job. */
  jobSavedAt?: number | undefined;
  /** The state ZStack returned (e.g. Stopped, Running), for the results list. */
  state?: string | undefined;
  error?: StoredError | undefined;
  /** Recovered, but the start that followed failed (`stage` says whether an attach failed instead). */
  startFailed?: boolean | undefined;
  /** The X-Job-UUID of each step that succeeded, for the ticket's report (an event's CSV). */
  jobs?: Partial<Record<ItemStage, string>> | undefined;
}

/** The job ids of an item's steps in their order: those that succeeded, then the one still followed or failed. */
export function itemJobIds(item: RunItem): string[] {
  const done = (['main', 'ip', 'attach', 'start'] as const).flatMap((s) => item.jobs?.[s] ?? []);
  const last = item.jobUuid ?? item.error?.jobUuid;
  return last === undefined || done.includes(last) ? done : [...done, last];
}

export interface Run {
  id: string;
  action: BulkAction;
  resource: ResourceKind;
  /** Account whose run this is: another account never sees it. */
  account: string;
  startAfter: boolean;
  concurrency: number;
  items: RunItem[];
  cancelled: boolean;
  startedAt: number;
  finishedAt?: number | undefined;
  /** The deletion event this run restores (api/deletion-events.ts eventId), so the event can report it. */
  event?: string | undefined;
}

export function toStoredError(e: unknown): StoredError {
  if (isZStackError(e)) return { kind: e.kind, status: e.status, errorCode: e.errorCode, jobUuid: e.jobUuid };
  return {
    kind: 'malformed',
    errorCode: { code: 'CONSOLE', details: e instanceof Error ? e.message : String(e) },
  };
}

export function fromStoredError(s: StoredError): ZStackError {
  return new ZStackError(s.kind, {
    errorCode: s.errorCode,
    ...(s.status === undefined ? {} : { status: s.status }),
    ...(s.jobUuid === undefined ? {} : { jobUuid: s.jobUuid }),
  });
}

export interface RunCounts {
  done: number;
  /** ZStack's own answer said it failed. */
  failed: number;
  /** Its answer was lost or was not ZStack's: it may have run (never counted as failed). */
  unknown: number;
  /** Cancelled before it was sent, or skipped because a step it needs did not succeed. */
  notStarted: number;
  running: number;
  waiting: number;
  /** Waiting for the same account to sign in again (their outcome is unknown). */
  paused: number;
  total: number;
}

/** Which count an item's status falls in: cancelled and skipped items were never sent. */
const COUNTED_AS: Record<ItemStatus, Exclude<keyof RunCounts, 'total'>> = {
  done: 'done',
  failed: 'failed',
  unknown: 'unknown',
  cancelled: 'notStarted',
  skipped: 'notStarted',
  running: 'running',
  waiting: 'waiting',
  paused: 'paused',
};

export function countRun(run: Run): RunCounts {
  const c: RunCounts = {
    done: 0,
    failed: 0,
    unknown: 0,
    notStarted: 0,
    running: 0,
    waiting: 0,
    paused: 0,
    total: run.items.length,
  };
  for (const item of run.items) c[COUNTED_AS[item.status]] += 1;
  return c;
}

/** What "Retry" sends again: everything settled that did not succeed (an unknown one by its own job id). */
export function notDone(c: RunCounts): number {
  return c.failed + c.unknown + c.notStarted;
}

/** A paused item is not over: its job is followed again after signing in. */
export function isFinished(run: Run): boolean {
  return run.items.every(isSettled);
}

/** Whether an item has reached a state that no longer changes by itself (anything but waiting, running, paused). */
export function isSettled(item: RunItem): boolean {
  return item.status !== 'waiting' && item.status !== 'running' && item.status !== 'paused';
}

export function itemResource(run: Run, item: RunItem): ResourceKind {
  return item.resource ?? run.resource;
}

export function isPaused(run: Run): boolean {
  return run.items.some((i) => i.status === 'paused');
}
