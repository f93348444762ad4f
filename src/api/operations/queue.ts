// A bulk run: one async job per resource, at most `concurrency` at once. Pure logic (no React, no fetch), so it
// can be tested with an injected executor and clock. Every item's job id is chosen and saved before its request
// leaves, so a run resumed after a reload follows the same jobs instead of starting them again.
import { outcomeUnknown } from '../../zstack/jobs.ts';
import { isZStackError, needsSignIn } from '../../zstack/errors.ts';
import {
  fromStoredError,
  isFinished,
  isPaused,
  isSettled,
  type Run,
  type RunItem,
  toStoredError,
} from './run.ts';
import { nextReady, nextStage } from './steps.ts';

export * from './run.ts';

export interface StepResult {
  state?: string | undefined;
}

/**
 * Runs one job of an item with the given job id; resolves with what ZStack returned. `typicalMs` is how long this
 * run's jobs have taken so far (median), so the executor can poll when a job is likely done, not much earlier.
 */
export type Executor = (
  item: RunItem,
  stage: RunItem['stage'],
  jobUuid: string,
  signal: AbortSignal,
  typicalMs: number | undefined,
  /** Only follow the job (poll), never send it: its id may be old enough for ZStack to run it again. */
  followOnly: boolean,
) => Promise<StepResult>;

/** ZStack keeps a finished job's record (and refuses its id) for 3 h; resend only well within that. */
const RESEND_WITHIN_MS = 2.5 * 3600_000;

export interface QueueOptions {
  execute: Executor;
  newJobUuid: () => string;
  now: () => number;
  /** Called after every change, with a fresh copy of the run (to render and to save). */
  onChange: (run: Run) => void;
}

export class RunQueue {
  #run: Run;
  readonly #options: QueueOptions;
  readonly #abort = new AbortController();
  #active = 0;
  #started = false;
  /** How long the last jobs took, submit to result. */
  readonly #durations: number[] = [];

  constructor(run: Run, options: QueueOptions) {
    this.#run = run;
    this.#options = options;
  }

  get run(): Run {
    return this.#run;
  }

  /** Starts (or, after a reload, resumes) the run: jobs that were running are followed by their saved ids. */
  start(): void {
    // Once: a second start (React's development double effects, a resume racing a retry) must not launch a
    // running item again.
    if (this.#started) return;
    this.#started = true;
    for (const item of this.#run.items)
      if (item.status === 'running' || item.status === 'paused') this.#launch(item, true);
    this.#pump();
  }

  /** After the same account signed in again: follows each paused job by its kept id, then goes on with the rest. */
  resume(): void {
    if (!this.#started) {
      this.start();
      return;
    }
    for (const item of this.#run.items) if (item.status === 'paused') this.#launch(item, true);
    this.#pump();
  }

  /** No new jobs start; those already running finish and are reported. */
  cancel(): void {
    this.#update({ cancelled: true }, (item) =>
      item.status === 'waiting' ? { status: 'cancelled' } : undefined,
    );
    this.#finishIfDone();
  }

  /** Runs again what did not succeed; a job whose answer was lost is followed by its id, not sent anew. */
  retryFailed(): void {
    this.#update({ cancelled: false, finishedAt: undefined }, (item) => {
      if (!isSettled(item) || item.status === 'done') return undefined;
      const keepId = item.error !== undefined && outcomeUnknown(fromStoredError(item.error));
      return {
        status: 'waiting',
        error: undefined,
        jobUuid: keepId ? item.jobUuid : undefined,
      };
    });
    this.#pump();
  }

  /** Stops following the jobs (sign-out): they go on on ZStack, nothing here waits for them. */
  dispose(): void {
    this.#abort.abort();
  }

  #typicalMs(): number | undefined {
    if (this.#durations.length === 0) return undefined;
    const sorted = [...this.#durations].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  }

  /** Runs one job, timing it for the pacing of the next ones. */
  async #step(
    item: RunItem,
    stage: RunItem['stage'],
    jobUuid: string,
    followOnly = false,
  ): Promise<StepResult> {
    const started = this.#options.now();
    const result = await this.#options.execute(
      item,
      stage,
      jobUuid,
      this.#abort.signal,
      this.#typicalMs(),
      followOnly,
    );
    this.#durations.push(this.#options.now() - started);
    if (this.#durations.length > 20) this.#durations.shift();
    return result;
  }

  /**
   * A new run object with `fields` and the changed items; unchanged items keep their identity, so a results list
   * of a hundred items renders only the rows that changed.
   */
  #update(fields: Partial<Run>, changeItem?: (item: RunItem) => Partial<RunItem> | undefined): void {
    const run = this.#run;
    const items = changeItem
      ? run.items.map((item) => {
          const change = changeItem(item);
          return change ? { ...item, ...change } : item;
        })
      : run.items;
    const next = { ...run, ...fields, items };
    this.#run = next;
    this.#options.onChange(next);
  }

  #pump(): void {
    if (this.#abort.signal.aborted) return;
    const skip = (item: RunItem) =>
      this.#update({}, (target) => (target.uuid === item.uuid ? { status: 'skipped' } : undefined));
    // A paused run sends nothing new: the session that would carry it has ended.
    while (!this.#run.cancelled && !isPaused(this.#run) && this.#active < this.#run.concurrency) {
      const next = nextReady(this.#run, skip);
      if (!next) break;
      this.#launch(next, false);
    }
    // A step blocked by a failure is skipped even when no slot is free, so the run can end.
    if (!this.#run.cancelled) nextReady(this.#run, skip);
    this.#finishIfDone();
  }

  #finishIfDone(): void {
    if (this.#active === 0 && isFinished(this.#run) && this.#run.finishedAt === undefined) {
      this.#update({ finishedAt: this.#options.now() });
    }
  }

  #launch(target: RunItem, resuming: boolean): void {
    const uuid = target.uuid;
    const jobUuid = target.jobUuid ?? this.#options.newJobUuid();
    const jobSavedAt = target.jobUuid ? target.jobSavedAt : this.#options.now();
    // Saved before the request leaves: a reload from here on resumes this very job.
    this.#update({}, (item) => (item.uuid === uuid ? { status: 'running', jobUuid, jobSavedAt } : undefined));
    this.#active += 1;
    const item = this.#run.items.find((i) => i.uuid === uuid);
    if (!item) return;
    // Resumed long after it was sent: only ask how it went (a 404 then says "unknown: check it").
    // A run saved without that time: its start is the earliest the id can date from, so judge by that.
    const savedAt = jobSavedAt ?? this.#run.startedAt;
    const followOnly = resuming && this.#options.now() - savedAt >= RESEND_WITHIN_MS;
    void this.#runItem(item, jobUuid, resuming, followOnly).finally(() => {
      this.#active -= 1;
      this.#pump();
    });
  }

  /** Runs one step of the item; a following step goes back to the queue, to be sent when its needs are met. */
  async #runItem(item: RunItem, jobUuid: string, resuming: boolean, followOnly: boolean): Promise<void> {
    const set = (fields: Partial<RunItem>) =>
      this.#update({}, (target) => (target.uuid === item.uuid ? fields : undefined));
    try {
      const result = await this.#step(item, item.stage, jobUuid, followOnly);
      const next = nextStage(this.#run, item);
      // A new step gets a new job id when it is sent; the done step's id stays only in the report's list.
      const jobs = { ...item.jobs, [item.stage]: jobUuid };
      if (next)
        set({
          status: 'waiting',
          stage: next,
          state: result.state,
          jobUuid: undefined,
          error: undefined,
          jobs,
        });
      else
        set({
          status: 'done',
          state: result.state,
          jobUuid: undefined,
          error: undefined,
          startFailed: false,
          jobs,
        });
    } catch (e) {
      if (!this.#abort.signal.aborted) set(failedItem(e, jobUuid, item.stage, resuming));
    }
  }
}

/**
 * How an item stands after its job `jobUuid` ended without a result. Never "failed" while the outcome is unknown:
 * an answer that was not ZStack's own pauses it for a sign-in, a job no longer followed is "unknown"; both keep
 * the id, so a resume or a retry follows the same job instead of sending a new one.
 */
function failedItem(
  e: unknown,
  jobUuid: string,
  stage: RunItem['stage'],
  resuming: boolean,
): Partial<RunItem> {
  const error = toStoredError(e);
  const kept = outcomeUnknown(e) ? jobUuid : undefined;
  if (needsSignIn(e)) return { status: 'paused', error, jobUuid: kept, stage };
  // A job resumed after a reload that ZStack no longer knows: it ran long ago, with an outcome we cannot tell.
  const expired = isZStackError(e) && e.kind === 'job-expired' && resuming;
  return {
    status: expired || kept !== undefined ? 'unknown' : 'failed',
    error,
    jobUuid: kept,
    // The recovery itself had worked if it was the start that failed (also when resumed after a reload).
    ...(stage === 'start' ? { startFailed: true } : {}),
  };
}
