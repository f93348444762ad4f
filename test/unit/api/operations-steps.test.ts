// Dependent steps in a run (a VM recovered with the data volumes deleted with it): the order holds on the first
// try, after a retry and after a reload, every step is its own job, and a job whose outcome is unknown is followed
// by its id instead of being sent again. A hand-driven executor and a fake clock: nothing waits on the wall clock.
import { describe, expect, it } from 'vitest';
import { countRun, isFinished, type Run, type RunItem } from '../../../src/api/operations/queue.ts';
import { loadRuns, saveRuns } from '../../../src/api/operations/storage.ts';
import { ZStackError } from '../../../src/zstack/errors.ts';
import { type Call, flush, recoverRun, stepHarness } from '../../support/run-queue.ts';

/** web-01 with data-a and data-b, deleted with it. */
function restoreRun(fields: Partial<Run> = {}): Run {
  const volume = (name: string): RunItem => ({
    uuid: `uuid-${name}`,
    name,
    status: 'waiting',
    stage: 'main',
    resource: 'volume',
    attachTo: 'uuid-web-01',
  });
  return recoverRun(
    [
      { uuid: 'uuid-web-01', name: 'web-01', status: 'waiting', stage: 'main' },
      volume('data-a'),
      volume('data-b'),
    ],
    fields,
  );
}

const harness = (run: Run, firstId = 0) => stepHarness(run, { firstId });

const quota = () =>
  new ZStackError('api', {
    status: 503,
    errorCode: { code: 'SYS.1006', description: 'quota exceeded', details: 'volume.data.num' },
  });

/** web-01 and data-a, both recovered: data-a's attach has been sent and waits for its answer. */
async function atAttachStep() {
  const h = harness(restoreRun({ items: restoreRun().items.slice(0, 2) }));
  await h.startAnswering([
    ['web-01', 'main', { state: 'Stopped' }],
    ['data-a', 'main', { state: 'Ready' }],
  ]);
  return h;
}

describe('dependent steps of a run', () => {
  it('attaches only after both recoveries, and starts the VM only after its attaches ended', async () => {
    const h = harness(restoreRun());
    h.queue.start();
    await flush();
    // The three recoveries may run at once; nothing else may.
    expect(h.sent()).toEqual(['web-01:main', 'data-a:main', 'data-b:main']);

    h.call('data-a', 'main').resolve({ state: 'Ready' });
    await flush();
    expect(h.item('data-a')).toMatchObject({ status: 'waiting', stage: 'attach' });
    expect(h.sent()).toHaveLength(3); // no attach while web-01 is not back

    h.call('web-01', 'main').resolve({ state: 'Stopped' });
    await flush();
    expect(h.sent()).toEqual(['web-01:main', 'data-a:main', 'data-b:main', 'data-a:attach']);
    expect(h.item('web-01')).toMatchObject({ status: 'waiting', stage: 'start' }); // data-b is not attached yet

    h.call('data-a', 'attach').resolve({ state: 'Ready' });
    h.call('data-b', 'main').resolve({ state: 'Ready' });
    await flush();
    expect(h.sent().at(-1)).toBe('data-b:attach');
    expect(h.sent()).not.toContain('web-01:start');

    h.call('data-b', 'attach').resolve({ state: 'Ready' });
    await flush();
    expect(h.sent().at(-1)).toBe('web-01:start');
    h.call('web-01', 'start').resolve({ state: 'Running' });
    await flush();

    expect(isFinished(h.queue.run)).toBe(true);
    expect(countRun(h.queue.run)).toMatchObject({ done: 3, failed: 0 });
    // One job per step, each with its own id.
    expect(h.calls).toHaveLength(6);
    expect(new Set(h.calls.map((c) => c.jobUuid)).size).toBe(6);
  });

  it('a failed VM recovery skips its attaches (never an attach to a VM that is not back); retry runs only those', async () => {
    const h = harness(restoreRun({ startAfter: false }));
    h.queue.start();
    await flush();
    h.call('data-a', 'main').resolve({ state: 'Ready' });
    h.call('data-b', 'main').resolve({ state: 'Ready' });
    h.call('web-01', 'main').reject(quota());
    await flush();
    expect(h.item('data-a')).toMatchObject({ status: 'skipped', stage: 'attach' });
    expect(h.item('data-b')).toMatchObject({ status: 'skipped', stage: 'attach' });
    expect(h.sent()).not.toContain('data-a:attach');
    expect(isFinished(h.queue.run)).toBe(true);

    h.queue.retryFailed();
    await flush();
    // The volumes' recoveries that succeeded are not sent again; the VM is, with a new job (ZStack refused it).
    expect(h.sent().slice(3)).toEqual(['web-01:main']);
    expect(h.call('web-01', 'main').jobUuid).not.toBe(h.calls[0]?.jobUuid);
    h.call('web-01', 'main').resolve({ state: 'Stopped' });
    await flush();
    expect(h.sent().slice(4)).toEqual(['data-a:attach', 'data-b:attach']);
  });

  it('a failed attach still lets the VM start, and the failure stays on that step', async () => {
    const h = await atAttachStep();
    h.call('data-a', 'attach').reject(quota());
    await flush();
    expect(h.item('data-a')).toMatchObject({ status: 'failed', stage: 'attach' });
    expect(h.sent().at(-1)).toBe('web-01:start');
  });

  it('retry follows an unknown outcome by the same job id and skips the steps that are done', async () => {
    const h = await atAttachStep();
    const attach = await h.loseAnswer('data-a', 'attach');
    // The start waits for the attach to end; an unknown outcome has ended as far as this try goes.
    h.call('web-01', 'start').resolve({ state: 'Running' });
    await flush();

    h.queue.retryFailed();
    await flush();
    expect(h.sent().slice(4)).toEqual(['data-a:attach']);
    expect(h.call('data-a', 'attach').jobUuid).toBe(attach.jobUuid);
  });

  it('after a reload follows the running steps by their saved ids and keeps the order', async () => {
    const first = harness(restoreRun());
    const tab = window.sessionStorage;
    first.queue.start();
    await flush();
    first.call('web-01', 'main').resolve({ state: 'Stopped' });
    first.call('data-a', 'main').resolve({ state: 'Ready' });
    await flush();
    // The tab reloads now: data-a's attach and data-b's recovery are in flight.
    saveRuns(tab, 'account-1', [first.queue.run]);
    first.queue.dispose();
    const saved = loadRuns(tab, 'account-1')[0];
    if (!saved) throw new Error('not saved');
    const inFlight = first.calls.filter((c) => c.stage === 'attach' || c.name === 'data-b');

    const second = harness(saved, 100);
    second.queue.start();
    await flush();
    const ids = (calls: readonly Call[]) => calls.map((c) => `${c.name}:${c.stage}:${c.jobUuid}`).sort();
    expect(ids(second.calls)).toEqual(ids(inFlight));
    second.call('data-a', 'attach').resolve({ state: 'Ready' });
    await flush();
    expect(second.sent()).not.toContain('web-01:start'); // data-b is still on its way
    second.call('data-b', 'main').resolve({ state: 'Ready' });
    await flush();
    second.call('data-b', 'attach').resolve({ state: 'Ready' });
    await flush();
    expect(second.sent().at(-1)).toBe('web-01:start');
    // Nothing that was done before the reload is sent again.
    expect(second.sent()).not.toContain('web-01:main');
    expect(second.sent()).not.toContain('data-a:main');
  });
});
