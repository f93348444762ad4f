// The bulk runner on its own: a hand-driven executor (each job's promise is settled by the test), a fake clock
// and a counter for job ids. Nothing here waits on the wall clock or touches the network.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bulkTiming } from '../../../src/api/operations/engine.ts';
import {
  countRun,
  type Executor,
  fromStoredError,
  isFinished,
  type Run,
  type RunItem,
  RunQueue,
  type StepResult,
  toStoredError,
} from '../../../src/api/operations/queue.ts';
import {
  CONCURRENCY,
  loadRuns,
  readConcurrency,
  saveRuns,
  writeConcurrency,
} from '../../../src/api/operations/storage.ts';
import { ZStackError } from '../../../src/zstack/errors.ts';
import { flush, recoverRun } from '../../support/run-queue.ts';

/** One executor call the test settles by hand. */
interface Call {
  uuid: string;
  stage: RunItem['stage'];
  jobUuid: string;
  signal: AbortSignal;
  typicalMs: number | undefined;
  resolve: (result: StepResult) => void;
  reject: (error: unknown) => void;
}

/** Puts an item of `run` in a saved state, as a reload finds it. */
function setItem(run: Run, index: number, fields: Partial<RunItem>) {
  const item = run.items[index];
  if (!item) throw new Error(`no item ${index}`);
  Object.assign(item, fields);
}

function makeRun(names: readonly string[], fields: Partial<Run> = {}): Run {
  return recoverRun(
    names.map((name) => ({ uuid: `uuid-${name}`, name, status: 'waiting', stage: 'main' })),
    { startAfter: false, concurrency: 2, ...fields },
  );
}

function apiError(code = 'SYS.1006', cause?: string) {
  return new ZStackError('api', {
    status: 503,
    errorCode: {
      code,
      description: 'An operation failed',
      details: `${code} details`,
      ...(cause === undefined ? {} : { cause: { code: cause, description: 'cause', details: 'deeper' } }),
    },
  });
}

/** A queue over `run` with a hand-driven executor; `log` records saves and executor calls in order. */
function harness(run: Run) {
  const calls: Call[] = [];
  const log: string[] = [];
  const saved: Run[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let ids = 0;
  const clock = { now: 10_000 };
  const execute: Executor = (item, stage, jobUuid, signal, typicalMs) => {
    log.push(`execute ${item.name} ${stage} ${jobUuid}`);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    return new Promise<StepResult>((resolve, reject) => {
      calls.push({
        uuid: item.uuid,
        stage,
        jobUuid,
        signal,
        typicalMs,
        resolve: (r) => {
          inFlight -= 1;
          resolve(r);
        },
        reject: (e) => {
          inFlight -= 1;
          reject(e instanceof Error ? e : new Error(String(e)));
        },
      });
    });
  };
  const queue = new RunQueue(run, {
    execute,
    newJobUuid: () => {
      ids += 1;
      return `job-${ids}`;
    },
    now: () => clock.now,
    onChange: (next) => {
      saved.push(next);
      for (const item of next.items)
        if (item.status === 'running')
          log.push(`saved ${item.name} running ${item.stage} ${item.jobUuid ?? '-'}`);
    },
  });
  const item = (name: string): RunItem => {
    const found = queue.run.items.find((i) => i.name === name);
    if (!found) throw new Error(`no item ${name}`);
    return found;
  };
  const call = (name: string, index = 0): Call => {
    const found = calls.filter((c) => c.uuid === `uuid-${name}`)[index];
    if (!found) throw new Error(`no call ${index} for ${name}`);
    return found;
  };
  return {
    queue,
    calls,
    log,
    saved,
    clock,
    item,
    call,
    inFlight: () => inFlight,
    maxInFlight: () => maxInFlight,
    idsIssued: () => ids,
  };
}

/** A run of one item whose job the executor answers with `error`: where the queue files that kind of answer. */
async function oneItemRejected(error: unknown, fields: Partial<Run> = {}) {
  const h = harness(makeRun(['a'], { concurrency: 1, ...fields }));
  h.queue.start();
  await flush();
  h.call('a').reject(error);
  await flush();
  return h;
}

/** A run of one VM to recover and start: recovered, its start step is sent and waits for its answer. */
async function oneItemStarting() {
  const h = harness(makeRun(['a'], { concurrency: 1, startAfter: true }));
  h.queue.start();
  await flush();
  h.call('a').resolve({ state: 'Stopped' });
  await flush();
  return h;
}

describe('RunQueue', () => {
  it('runs at most `concurrency` jobs at once, and starts the next as one finishes', async () => {
    const h = harness(makeRun(['a', 'b', 'c', 'd', 'e'], { concurrency: 2 }));
    h.queue.start();
    await flush();
    expect(h.calls.map((c) => c.uuid)).toEqual(['uuid-a', 'uuid-b']);
    expect(h.item('c').status).toBe('waiting');
    expect(countRun(h.queue.run)).toEqual({
      done: 0,
      failed: 0,
      unknown: 0,
      notStarted: 0,
      running: 2,
      waiting: 3,
      paused: 0,
      total: 5,
    });

    // Nothing else starts while both slots are taken.
    await flush();
    expect(h.calls).toHaveLength(2);

    h.call('b').resolve({ state: 'Stopped' });
    await flush();
    expect(h.item('b')).toMatchObject({ status: 'done', state: 'Stopped', jobUuid: undefined });
    expect(h.calls.map((c) => c.uuid)).toEqual(['uuid-a', 'uuid-b', 'uuid-c']);
    expect(h.inFlight()).toBe(2);

    for (const name of ['a', 'c', 'd', 'e']) {
      h.call(name).resolve({ state: 'Stopped' });
      await flush();
      expect(h.inFlight()).toBeLessThanOrEqual(2);
    }
    expect(h.calls.map((c) => c.uuid)).toEqual(['uuid-a', 'uuid-b', 'uuid-c', 'uuid-d', 'uuid-e']);
    expect(h.maxInFlight()).toBe(2);
    expect(isFinished(h.queue.run)).toBe(true);
    expect(h.queue.run.finishedAt).toBe(10_000);
    expect(h.queue.run.items.map((i) => i.status)).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(countRun(h.queue.run)).toMatchObject({ done: 5, total: 5 });
    // Each item ran exactly once, each with its own job id.
    expect(new Set(h.calls.map((c) => c.jobUuid)).size).toBe(5);
  });

  it('a second start (a resume racing another, development double effects) launches nothing again', async () => {
    const h = harness(makeRun(['a', 'b', 'c'], { concurrency: 2 }));
    h.queue.start();
    await flush();
    h.queue.start();
    await flush();
    expect(h.calls.map((c) => c.uuid)).toEqual(['uuid-a', 'uuid-b']);
    expect(h.inFlight()).toBe(2);
  });

  it('with concurrency 1, runs the items one after another, in order', async () => {
    const h = harness(makeRun(['a', 'b', 'c'], { concurrency: 1 }));
    h.queue.start();
    await flush();
    for (const name of ['a', 'b', 'c']) {
      expect(h.calls.at(-1)?.uuid).toBe(`uuid-${name}`);
      expect(h.inFlight()).toBe(1);
      h.call(name).resolve({});
      await flush();
    }
    expect(h.maxInFlight()).toBe(1);
    expect(h.queue.run.finishedAt).toBeDefined();
  });

  it('saves each job id (status running) through onChange before the executor is called', async () => {
    const h = harness(makeRun(['a', 'b', 'c'], { concurrency: 2 }));
    h.queue.start();
    await flush();
    h.call('a').resolve({});
    await flush();
    expect(h.calls.map((c) => c.jobUuid)).toEqual(['job-1', 'job-2', 'job-3']);
    for (const c of h.calls) {
      const name = c.uuid.replace('uuid-', '');
      const executed = h.log.indexOf(`execute ${name} main ${c.jobUuid}`);
      const savedAt = h.log.indexOf(`saved ${name} running main ${c.jobUuid}`);
      expect(executed, `executor call of ${name}`).toBeGreaterThan(-1);
      expect(savedAt, `save of ${name}'s job id`).toBeGreaterThan(-1);
      expect(savedAt, `${name}: saved before sent`).toBeLessThan(executed);
    }
    // What onChange received is a copy: the saved run does not change under the caller afterwards.
    const first = h.saved[0];
    expect(first?.items[0]).toMatchObject({ status: 'running', jobUuid: 'job-1' });
    expect(first).not.toBe(h.queue.run);
  });

  it('cancel: waiting items become cancelled, running ones finish and are reported, nothing new starts', async () => {
    const h = harness(makeRun(['a', 'b', 'c', 'd', 'e'], { concurrency: 2 }));
    h.queue.start();
    await flush();
    h.queue.cancel();
    expect(h.queue.run.cancelled).toBe(true);
    expect(h.queue.run.items.map((i) => i.status)).toEqual([
      'running',
      'running',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
    // The running jobs are not aborted.
    expect(h.call('a').signal.aborted).toBe(false);
    expect(h.queue.run.finishedAt).toBeUndefined();

    h.call('a').resolve({ state: 'Stopped' });
    await flush();
    expect(h.calls).toHaveLength(2);
    expect(h.queue.run.finishedAt).toBeUndefined();
    h.call('b').reject(apiError());
    await flush();
    expect(h.calls).toHaveLength(2);
    expect(h.queue.run.items.map((i) => i.status)).toEqual([
      'done',
      'failed',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
    expect(isFinished(h.queue.run)).toBe(true);
    expect(h.queue.run.finishedAt).toBe(10_000);
    expect(countRun(h.queue.run)).toEqual({
      done: 1,
      // One answer said failed; the three cancelled were never sent.
      failed: 1,
      unknown: 0,
      notStarted: 3,
      running: 0,
      waiting: 0,
      paused: 0,
      total: 5,
    });
  });

  it('cancel when nothing is running finishes the run at once', async () => {
    const h = harness(makeRun(['a', 'b'], { concurrency: 1 }));
    h.queue.start();
    await flush();
    h.call('a').resolve({});
    await flush();
    h.call('b').resolve({});
    await flush();
    const finishedAt = h.queue.run.finishedAt;
    h.clock.now = 20_000;
    h.queue.cancel();
    // Already finished: finishing again would move finishedAt.
    expect(h.queue.run.finishedAt).toBe(finishedAt);
  });

  it('retryFailed follows the same job after an outcome-unknown failure, and sends a new job after an API error', async () => {
    const h = harness(makeRun(['lost', 'refused', 'fine'], { concurrency: 3 }));
    h.queue.start();
    await flush();
    expect(h.calls.map((c) => c.jobUuid)).toEqual(['job-1', 'job-2', 'job-3']);
    h.call('lost').reject(new ZStackError('network', { details: 'connection reset' }));
    h.call('refused').reject(apiError('ID.1003'));
    h.call('fine').resolve({ state: 'Stopped' });
    await flush();
    // Not "failed": nobody knows whether it ran.
    expect(h.item('lost')).toMatchObject({ status: 'unknown', jobUuid: 'job-1' });
    expect(h.item('lost').error?.kind).toBe('network');
    expect(h.item('refused')).toMatchObject({ status: 'failed', jobUuid: undefined });
    expect(h.item('refused').error).toMatchObject({
      kind: 'api',
      status: 503,
      errorCode: { code: 'ID.1003' },
    });
    expect(h.queue.run.finishedAt).toBeDefined();

    h.queue.retryFailed();
    expect(h.queue.run.finishedAt).toBeUndefined();
    await flush();
    expect(h.calls).toHaveLength(5);
    expect(h.call('lost', 1).jobUuid).toBe('job-1');
    expect(h.call('refused', 1).jobUuid).toBe('job-4');
    // Only the failed ones went again.
    expect(h.calls.filter((c) => c.uuid === 'uuid-fine')).toHaveLength(1);
    expect(h.item('lost').error).toBeUndefined();

    h.call('lost', 1).resolve({ state: 'Stopped' });
    h.call('refused', 1).resolve({ state: 'Stopped' });
    await flush();
    expect(countRun(h.queue.run)).toMatchObject({ done: 3, failed: 0 });
    expect(h.queue.run.finishedAt).toBeDefined();
  });

  it('a timeout (the console stopped waiting) is unknown and keeps its job id for the retry', async () => {
    const h = await oneItemRejected(new ZStackError('timeout'));
    expect(h.item('a')).toMatchObject({ status: 'unknown', jobUuid: 'job-1' });
    h.queue.retryFailed();
    await flush();
    expect(h.call('a', 1).jobUuid).toBe('job-1');
  });

  it('retryFailed runs cancelled items too, each with a new job id, within the concurrency bound', async () => {
    const h = harness(makeRun(['a', 'b', 'c', 'd'], { concurrency: 1 }));
    h.queue.start();
    await flush();
    h.queue.cancel();
    h.call('a').resolve({});
    await flush();
    expect(h.queue.run.items.map((i) => i.status)).toEqual(['done', 'cancelled', 'cancelled', 'cancelled']);
    h.queue.retryFailed();
    expect(h.queue.run.cancelled).toBe(false);
    await flush();
    expect(h.calls.map((c) => c.uuid)).toEqual(['uuid-a', 'uuid-b']);
    h.call('b').resolve({});
    await flush();
    h.call('c').resolve({});
    await flush();
    h.call('d').resolve({});
    await flush();
    expect(h.maxInFlight()).toBe(1);
    expect(h.calls.map((c) => c.jobUuid)).toEqual(['job-1', 'job-2', 'job-3', 'job-4']);
    expect(countRun(h.queue.run).done).toBe(4);
  });

  it('resume: an item saved as running is followed by its saved job id, with no new id', async () => {
    const run = makeRun(['a', 'b', 'c'], { concurrency: 1 });
    setItem(run, 0, { status: 'running', jobUuid: 'saved-job-a' });
    const h = harness(run);
    h.queue.start();
    await flush();
    expect(h.calls).toHaveLength(1);
    expect(h.call('a')).toMatchObject({ stage: 'main', jobUuid: 'saved-job-a' });
    expect(h.idsIssued()).toBe(0);
    h.call('a').resolve({ state: 'Stopped' });
    await flush();
    expect(h.item('a')).toMatchObject({ status: 'done', state: 'Stopped' });
    expect(h.call('b').jobUuid).toBe('job-1');
  });

  it('resume: every saved running item is followed, even beyond the concurrency, before new ones start', async () => {
    const run = makeRun(['a', 'b', 'c'], { concurrency: 1 });
    setItem(run, 0, { status: 'running', jobUuid: 'saved-a' });
    setItem(run, 1, { status: 'running', jobUuid: 'saved-b' });
    const h = harness(run);
    h.queue.start();
    await flush();
    expect(h.calls.map((c) => c.jobUuid)).toEqual(['saved-a', 'saved-b']);
    h.call('a').resolve({});
    await flush();
    // One slot is still taken by b: c waits.
    expect(h.calls).toHaveLength(2);
    h.call('b').resolve({});
    await flush();
    expect(h.call('c').jobUuid).toBe('job-1');
  });

  it('resume: a job ZStack reports as expired gives status unknown, with its error kept', async () => {
    const run = makeRun(['a'], { concurrency: 1 });
    setItem(run, 0, { status: 'running', jobUuid: 'saved-job-a' });
    const h = harness(run);
    h.queue.start();
    await flush();
    h.call('a').reject(new ZStackError('job-expired', { status: 404, jobUuid: 'saved-job-a' }));
    await flush();
    expect(h.item('a').status).toBe('unknown');
    expect(h.item('a').error).toMatchObject({ kind: 'job-expired', status: 404, jobUuid: 'saved-job-a' });
    // Its outcome is unknown, never counted as failed.
    expect(countRun(h.queue.run)).toMatchObject({ failed: 0, unknown: 1, done: 0 });
    expect(h.queue.run.finishedAt).toBeDefined();
  });

  it('a job-expired error of a job started in this run (not resumed) is a plain failure', async () => {
    const h = await oneItemRejected(new ZStackError('job-expired', { status: 404 }));
    expect(h.item('a').status).toBe('failed');
  });

  it('startAfter: a recovered item then runs stage start with its own job id, saved before it is sent', async () => {
    const h = harness(makeRun(['a'], { concurrency: 1, startAfter: true }));
    h.queue.start();
    await flush();
    expect(h.call('a')).toMatchObject({ stage: 'main', jobUuid: 'job-1' });
    h.call('a').resolve({ state: 'Stopped' });
    await flush();
    expect(h.calls).toHaveLength(2);
    expect(h.call('a', 1)).toMatchObject({ stage: 'start', jobUuid: 'job-2' });
    expect(h.item('a')).toMatchObject({
      status: 'running',
      stage: 'start',
      jobUuid: 'job-2',
      state: 'Stopped',
    });
    expect(h.log.indexOf('saved a running start job-2')).toBeGreaterThan(-1);
    expect(h.log.indexOf('saved a running start job-2')).toBeLessThan(h.log.indexOf('execute a start job-2'));
    h.call('a', 1).resolve({ state: 'Running' });
    await flush();
    expect(h.item('a')).toMatchObject({
      status: 'done',
      state: 'Running',
      startFailed: false,
      jobUuid: undefined,
    });
  });

  it('startAfter: a failed start marks startFailed; the retry starts again (not recover) with a new job id', async () => {
    const h = await oneItemStarting();
    h.call('a', 1).reject(apiError('SYS.1006', 'HOST.1001'));
    await flush();
    expect(h.item('a')).toMatchObject({
      status: 'failed',
      startFailed: true,
      stage: 'start',
      state: 'Stopped',
      jobUuid: undefined,
    });
    expect(h.item('a').error?.errorCode.cause?.code).toBe('HOST.1001');

    h.queue.retryFailed();
    await flush();
    expect(h.calls).toHaveLength(3);
    expect(h.call('a', 2)).toMatchObject({ stage: 'start', jobUuid: 'job-3' });
    h.call('a', 2).resolve({ state: 'Running' });
    await flush();
    expect(h.item('a')).toMatchObject({ status: 'done', state: 'Running', startFailed: false });
    // Recovered once, started twice: never a second recovery.
    expect(h.calls.map((c) => c.stage)).toEqual(['main', 'start', 'start']);
  });

  it('startAfter: a start whose answer was lost keeps its job id, and the retry follows it', async () => {
    const h = await oneItemStarting();
    h.call('a', 1).reject(new ZStackError('network'));
    await flush();
    expect(h.item('a')).toMatchObject({ status: 'unknown', startFailed: true, jobUuid: 'job-2' });
    h.queue.retryFailed();
    await flush();
    expect(h.call('a', 2)).toMatchObject({ stage: 'start', jobUuid: 'job-2' });
  });

  it('startAfter: a failed recovery is not followed by a start', async () => {
    const h = await oneItemRejected(apiError(), { startAfter: true });
    expect(h.calls).toHaveLength(1);
    expect(h.item('a')).toMatchObject({ status: 'failed', stage: 'main' });
    expect(h.item('a').startFailed).toBeFalsy();
  });

  it('resume of a start: an item saved running at stage start follows that start job only', async () => {
    const run = makeRun(['a'], { concurrency: 1, startAfter: true });
    setItem(run, 0, { status: 'running', stage: 'start', jobUuid: 'saved-start', state: 'Stopped' });
    const h = harness(run);
    h.queue.start();
    await flush();
    expect(h.calls.map((c) => [c.stage, c.jobUuid])).toEqual([['start', 'saved-start']]);
    h.call('a').resolve({ state: 'Running' });
    await flush();
    expect(h.calls).toHaveLength(1);
    expect(h.item('a')).toMatchObject({ status: 'done', state: 'Running' });
  });

  it('resume of a recovery with startAfter: the saved recovery job is followed, then a new start job', async () => {
    const run = makeRun(['a'], { concurrency: 1, startAfter: true });
    setItem(run, 0, { status: 'running', jobUuid: 'saved-recover' });
    const h = harness(run);
    h.queue.start();
    await flush();
    h.call('a').resolve({ state: 'Stopped' });
    await flush();
    expect(h.calls.map((c) => [c.stage, c.jobUuid])).toEqual([
      ['main', 'saved-recover'],
      ['start', 'job-1'],
    ]);
  });

  it('a start that fails after a reload is still reported as "recovered, start failed"', async () => {
    // The VM was recovered before the reload (stage start is only reached after a successful recovery): calling
    // it a plain failure would tell the user it is still in the recycle bin.
    const run = makeRun(['a'], { concurrency: 1, startAfter: true });
    setItem(run, 0, { status: 'running', stage: 'start', jobUuid: 'saved-start', state: 'Stopped' });
    const h = harness(run);
    h.queue.start();
    await flush();
    h.call('a').reject(apiError('SYS.1006', 'HOST.1001'));
    await flush();
    expect(h.item('a')).toMatchObject({ status: 'failed', stage: 'start', startFailed: true });
  });

  it('an expunge run never starts anything, whatever startAfter says', async () => {
    const h = harness(makeRun(['a'], { concurrency: 1, action: 'expunge', startAfter: true }));
    h.queue.start();
    await flush();
    h.call('a').resolve({});
    await flush();
    expect(h.calls.map((c) => c.stage)).toEqual(['main']);
    expect(h.item('a').status).toBe('done');
  });

  it('passes the median job duration (by the injected clock) to the next jobs', async () => {
    const h = harness(makeRun(['a', 'b', 'c', 'd'], { concurrency: 1 }));
    h.queue.start();
    await flush();
    expect(h.call('a').typicalMs).toBeUndefined();
    h.clock.now += 1000;
    h.call('a').resolve({});
    await flush();
    expect(h.call('b').typicalMs).toBe(1000);
    h.clock.now += 3000;
    h.call('b').resolve({});
    await flush();
    h.clock.now += 2000;
    h.call('c').resolve({});
    await flush();
    expect(h.call('d').typicalMs).toBe(2000);
  });

  it('dispose: the jobs are no longer followed, nothing new starts, their items stay running for a resume', async () => {
    const h = harness(makeRun(['a', 'b', 'c'], { concurrency: 1 }));
    h.queue.start();
    await flush();
    h.queue.dispose();
    expect(h.call('a').signal.aborted).toBe(true);
    h.call('a').reject(new ZStackError('aborted'));
    await flush();
    expect(h.calls).toHaveLength(1);
    expect(h.item('a')).toMatchObject({ status: 'running', jobUuid: 'job-1' });
  });

  it('keeps errors with their cause chain through toStoredError / fromStoredError', () => {
    const stored = toStoredError(
      new ZStackError('api', {
        status: 503,
        jobUuid: 'job-9',
        errorCode: { code: 'SYS.1006', details: 'outer', cause: { code: 'VM.1010', details: 'inner' } },
      }),
    );
    const back = fromStoredError(JSON.parse(JSON.stringify(stored)) as typeof stored);
    expect(back).toBeInstanceOf(ZStackError);
    expect(back).toMatchObject({ kind: 'api', status: 503, jobUuid: 'job-9' });
    expect(back.errorCode.cause?.code).toBe('VM.1010');
    expect(toStoredError(new Error('boom'))).toMatchObject({
      kind: 'malformed',
      errorCode: { code: 'CONSOLE', details: 'boom' },
    });
  });
});

/** A Storage kept in a Map, whose setItem can be made to throw as a full quota does. */
class FakeStorage implements Storage {
  readonly map = new Map<string, string>();
  full = false;
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.map.set(key, value);
  }
}

describe('run storage', () => {
  const RUNS_KEY = 'zstack-console.operations';

  function richRun(): Run {
    return {
      ...makeRun(['a', 'b', 'c', 'd', 'e', 'f'], { startAfter: true, concurrency: 3, finishedAt: 5000 }),
      items: [
        { uuid: 'u-a', name: 'a', status: 'done', stage: 'start', state: 'Running', startFailed: false },
        { uuid: 'u-b', name: 'b', status: 'running', stage: 'main', jobUuid: 'job-b' },
        { uuid: 'u-c', name: 'c', status: 'waiting', stage: 'main' },
        {
          uuid: 'u-d',
          name: 'd',
          status: 'failed',
          stage: 'start',
          startFailed: true,
          state: 'Stopped',
          error: toStoredError(
            new ZStackError('api', {
              status: 503,
              jobUuid: 'job-d',
              errorCode: {
                code: 'SYS.1006',
                description: 'An operation failed',
                details: 'no host',
                cause: { code: 'HOST.1001', details: 'deeper', cause: { code: 'X.1', details: 'deepest' } },
              },
            }),
          ),
        },
        {
          uuid: 'u-e',
          name: 'e',
          status: 'unknown',
          stage: 'main',
          error: toStoredError(new ZStackError('job-expired', { status: 404 })),
        },
        { uuid: 'u-f', name: 'f', status: 'cancelled', stage: 'main' },
      ],
    };
  }

  it('round-trips the runs of each account separately', () => {
    const storage = new FakeStorage();
    const mine = richRun();
    const theirs = { ...makeRun(['z']), id: 'run-2', account: 'account-2' };
    saveRuns(storage, 'account-1', [mine]);
    saveRuns(storage, 'account-2', [theirs]);
    expect(loadRuns(storage, 'account-1')).toEqual([mine]);
    expect(loadRuns(storage, 'account-2')).toEqual([theirs]);
    expect(loadRuns(storage, 'account-3')).toEqual([]);
    // Saving again replaces only that account's list.
    saveRuns(storage, 'account-1', []);
    expect(loadRuns(storage, 'account-1')).toEqual([]);
    expect(loadRuns(storage, 'account-2')).toEqual([theirs]);
  });

  it('reads a run saved before runs had a resource as a VM run', () => {
    const storage = new FakeStorage();
    const { resource: _dropped, ...old } = makeRun(['a']);
    storage.setItem(RUNS_KEY, JSON.stringify({ 'account-1': [old] }));
    expect(_dropped).toBe('vm');
    expect(loadRuns(storage, 'account-1')).toEqual([{ ...old, resource: 'vm' }]);
  });

  it('reads a run saved when the account was called its scope', () => {
    const storage = new FakeStorage();
    const { account, ...rest } = makeRun(['a']);
    storage.setItem(RUNS_KEY, JSON.stringify({ [account]: [{ ...rest, scope: account }] }));
    expect(loadRuns(storage, account)).toEqual([{ ...rest, account }]);
  });

  it('with no account forgets every account’s runs', () => {
    const storage = new FakeStorage();
    saveRuns(storage, 'account-1', [makeRun(['a'])]);
    saveRuns(storage, undefined, []);
    expect(storage.getItem(RUNS_KEY)).toBeNull();
    expect(loadRuns(storage, 'account-1')).toEqual([]);
  });

  it('reads damaged or foreign data as no runs', () => {
    const storage = new FakeStorage();
    storage.setItem(RUNS_KEY, '{not json');
    expect(loadRuns(storage, 'account-1')).toEqual([]);
    storage.setItem(RUNS_KEY, JSON.stringify({ 'account-1': [{ id: 'x', action: 'reboot' }] }));
    expect(loadRuns(storage, 'account-1')).toEqual([]);
    const bad = makeRun(['a']);
    storage.setItem(
      RUNS_KEY,
      JSON.stringify({ 'account-1': [{ ...bad, items: [{ ...bad.items[0], status: 'exploded' }] }] }),
    );
    expect(loadRuns(storage, 'account-1')).toEqual([]);
    storage.setItem(RUNS_KEY, 'null');
    expect(loadRuns(storage, 'account-1')).toEqual([]);
    // Damaged data does not stop the next save.
    storage.setItem(RUNS_KEY, '{not json');
    saveRuns(storage, 'account-1', [makeRun(['a'])]);
    expect(loadRuns(storage, 'account-1')).toHaveLength(1);
  });

  it('does not throw when storage is full or missing', () => {
    const storage = new FakeStorage();
    storage.full = true;
    expect(() => saveRuns(storage, 'account-1', [makeRun(['a'])])).not.toThrow();
    expect(loadRuns(storage, 'account-1')).toEqual([]);
    expect(() => saveRuns(undefined, 'account-1', [makeRun(['a'])])).not.toThrow();
    expect(loadRuns(undefined, 'account-1')).toEqual([]);
  });

  it('a run saved through onChange resumes from storage with its job ids', async () => {
    const storage = new FakeStorage();
    const h = harness(makeRun(['a', 'b'], { concurrency: 1 }));
    const save = () => saveRuns(storage, 'account-1', [h.queue.run]);
    h.queue.start();
    await flush();
    save();
    h.queue.dispose();
    const [loaded] = loadRuns(storage, 'account-1');
    expect(loaded?.items.map((i) => [i.status, i.jobUuid])).toEqual([
      ['running', 'job-1'],
      ['waiting', undefined],
    ]);
    if (!loaded) throw new Error('no run saved');
    const resumed = harness(loaded);
    resumed.queue.start();
    await flush();
    expect(resumed.call('a').jobUuid).toBe('job-1');
  });
});

describe('concurrency setting', () => {
  const KEY = 'zstack-console.bulk-concurrency';
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    localStorage.clear();
    vi.restoreAllMocks();
  });

  it('is 4 by default and keeps whole numbers from 1 to 16', () => {
    expect(CONCURRENCY).toEqual({ min: 1, max: 16, default: 4 });
    expect(readConcurrency()).toBe(4);
    writeConcurrency(2);
    expect(localStorage.getItem(KEY)).toBe('2');
    expect(readConcurrency()).toBe(2);
    writeConcurrency(40);
    expect(readConcurrency()).toBe(16);
    writeConcurrency(0);
    expect(readConcurrency()).toBe(1);
    writeConcurrency(2.6);
    expect(readConcurrency()).toBe(3);
  });

  it.each(['abc', '2.5', '0', '17', '-3', ''])('reads %j as the default', (stored) => {
    localStorage.setItem(KEY, stored);
    expect(readConcurrency()).toBe(4);
  });

  it('falls back to the default when localStorage is blocked', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(readConcurrency()).toBe(4);
    expect(() => writeConcurrency(8)).not.toThrow();
  });
});

describe('bulkTiming', () => {
  it('leaves the pacing to the client (its pace for the action) while the run has no timing yet', () => {
    expect(bulkTiming(undefined)).toBeUndefined();
  });

  it('polls just before a typical job ends, then soon after', () => {
    expect(bulkTiming(1200)).toEqual({ firstPollMs: 1020, secondPollMs: 180, pollGrowth: 1.5 });
    expect(bulkTiming(2000)).toEqual({ firstPollMs: 1700, secondPollMs: 300, pollGrowth: 1.5 });
  });

  it('keeps the waits between 100 ms and 10 s (first) / 1 s (second)', () => {
    expect(bulkTiming(0)).toEqual({ firstPollMs: 100, secondPollMs: 100, pollGrowth: 1.5 });
    expect(bulkTiming(40)).toEqual({ firstPollMs: 100, secondPollMs: 100, pollGrowth: 1.5 });
    expect(bulkTiming(60_000)).toEqual({ firstPollMs: 10_000, secondPollMs: 1000, pollGrowth: 1.5 });
  });
});

describe('RunQueue when the session ends mid-run', () => {
  const foreign = () => new ZStackError('foreign', { status: 401, details: 'HTTP 401: 401 Unauthorized' });

  it('an answer that is not ZStack’s own pauses the item (not failed) with its job id, and nothing new is sent', async () => {
    const h = harness(makeRun(['a', 'b', 'c', 'd'], { concurrency: 2 }));
    h.queue.start();
    await flush();
    h.call('a').reject(foreign());
    await flush();
    expect(h.item('a')).toMatchObject({ status: 'paused', jobUuid: 'job-1' });
    expect(h.item('a').error?.kind).toBe('foreign');
    // b finishes, but its slot is not refilled: the session that would carry c has ended.
    h.call('b').resolve({ state: 'Stopped' });
    await flush();
    expect(h.calls).toHaveLength(2);
    expect(isFinished(h.queue.run)).toBe(false);
    expect(h.queue.run.finishedAt).toBeUndefined();
    expect(countRun(h.queue.run)).toMatchObject({ done: 1, failed: 0, paused: 1, waiting: 2 });

    // The same account signed in again: a is followed by its kept id, then the rest goes on.
    h.queue.resume();
    await flush();
    expect(h.call('a', 1).jobUuid).toBe('job-1');
    expect(h.call('c').jobUuid).toBe('job-3');
    h.call('a', 1).resolve({ state: 'Stopped' });
    h.call('c').resolve({ state: 'Stopped' });
    await flush();
    h.call('d').resolve({ state: 'Stopped' });
    await flush();
    expect(countRun(h.queue.run)).toMatchObject({ done: 4, failed: 0, paused: 0 });
    expect(h.calls.filter((c) => c.uuid === 'uuid-a').map((c) => c.jobUuid)).toEqual(['job-1', 'job-1']);
  });

  it('an HTML page from a proxy pauses the item the same way', async () => {
    const h = await oneItemRejected(new ZStackError('proxy', { status: 403 }));
    expect(h.item('a')).toMatchObject({ status: 'paused', jobUuid: 'job-1' });
  });

  it('ID.1001 from ZStack pauses the item without its id: that job never ran, so the resume sends a new one', async () => {
    const h = await oneItemRejected(apiError('ID.1001'));
    expect(h.item('a')).toMatchObject({ status: 'paused', jobUuid: undefined });
    h.queue.resume();
    await flush();
    expect(h.call('a', 1).jobUuid).toBe('job-2');
  });

  it('a paused start keeps its stage and id: the resume follows that start, not a new recovery', async () => {
    const h = await oneItemStarting();
    h.call('a', 1).reject(foreign());
    await flush();
    expect(h.item('a')).toMatchObject({ status: 'paused', stage: 'start', jobUuid: 'job-2' });
    expect(h.item('a').startFailed).toBeUndefined();
    h.queue.resume();
    await flush();
    expect(h.call('a', 2)).toMatchObject({ stage: 'start', jobUuid: 'job-2' });
  });

  it('after a reload, start() follows the paused items by their kept ids', async () => {
    const run = makeRun(['a', 'b'], { concurrency: 1 });
    setItem(run, 0, { status: 'paused', jobUuid: 'saved-1', jobSavedAt: 10_000 });
    const h = harness(run);
    h.queue.start();
    await flush();
    expect(h.calls.map((c) => c.jobUuid)).toEqual(['saved-1']);
    h.call('a').resolve({});
    await flush();
    expect(h.call('b').jobUuid).toBe('job-1');
  });

  it('stored runs keep the paused state and the new error kind', () => {
    const run = makeRun(['a']);
    setItem(run, 0, {
      status: 'paused',
      jobUuid: 'j',
      error: toStoredError(foreign()),
    });
    saveRuns(sessionStorage, 'account-1', [run]);
    expect(loadRuns(sessionStorage, 'account-1')[0]?.items[0]).toMatchObject({
      status: 'paused',
      jobUuid: 'j',
      error: { kind: 'foreign', status: 401 },
    });
    sessionStorage.clear();
  });
});
