// The old IP of a restored VM (SetVmStaticIp) is a step of its own between the recovery and the start: after the
// recovery, before the start, exactly once (a lost answer is followed by its id), and in the same place after a
// retry or a reload. A hand-driven executor and an injected clock: nothing waits on the wall clock.
import { describe, expect, it } from 'vitest';
import { isFinished, type Run } from '../../../src/api/operations/queue.ts';
import { jobOutcome } from '../../../src/api/operations/outcome.ts';
import { loadRuns, saveRuns } from '../../../src/api/operations/storage.ts';
import { en } from '../../../src/i18n/en/index.ts';
import { ZStackError } from '../../../src/zstack/errors.ts';
import { flush, recoverRun, stepHarness } from '../../support/run-queue.ts';

const IP = { l3NetworkUuid: 'l3-a', ip: '10.0.0.7' };

/** web-01 with its old IP and one data volume, and db-01 without an IP. */
function restoreRun(fields: Partial<Run> = {}): Run {
  return recoverRun(
    [
      { uuid: 'uuid-web-01', name: 'web-01', status: 'waiting', stage: 'main', ip: IP },
      { uuid: 'uuid-db-01', name: 'db-01', status: 'waiting', stage: 'main' },
      {
        uuid: 'uuid-data-a',
        name: 'data-a',
        status: 'waiting',
        stage: 'main',
        resource: 'volume',
        attachTo: 'uuid-web-01',
      },
    ],
    { id: 'run-ip', event: 'alice_10.20.5.23_1733472000', ...fields },
  );
}

const harness = (run: Run, clock: { now: number }, firstId = 0) => stepHarness(run, { clock, firstId });

const refused = () =>
  new ZStackError('api', {
    status: 503,
    errorCode: {
      code: 'SYS.1007',
      description: 'invalid argument',
      details: 'ip address [10.0.0.7] already set to vmNic',
    },
  });

/** web-01 alone, recovered: its IP step has been sent and waits for its answer. */
async function atIpStep() {
  const h = harness(restoreRun({ items: restoreRun().items.slice(0, 1) }), { now: 10_000 });
  await h.startAnswering([['web-01', 'main', { state: 'Stopped' }]]);
  return h;
}

describe('the ip step of a restored VM', () => {
  it('sets the IP after the recovery, starts only after the IP and the attaches, and only for the VM that has one', async () => {
    const h = harness(restoreRun(), { now: 10_000 });
    h.queue.start();
    await flush();
    expect(h.sent()).toEqual(['web-01:main', 'db-01:main', 'data-a:main']);
    h.call('web-01', 'main').resolve({ state: 'Stopped' });
    h.call('db-01', 'main').resolve({ state: 'Stopped' });
    await flush();
    // db-01 has no IP to set: straight to its start; web-01 sets its IP first and never starts before it.
    expect(h.sent().slice(3).sort()).toEqual(['db-01:start', 'web-01:ip']);
    h.call('web-01', 'ip').resolve({});
    await flush();
    expect(h.item('web-01')).toMatchObject({ status: 'waiting', stage: 'start' });
    expect(h.sent()).not.toContain('web-01:start'); // data-a is not attached yet
    h.call('data-a', 'main').resolve({ state: 'Ready' });
    await flush();
    h.call('data-a', 'attach').resolve({ state: 'Ready' });
    await flush();
    expect(h.sent().at(-1)).toBe('web-01:start');
    h.call('web-01', 'start').resolve({ state: 'Running' });
    h.call('db-01', 'start').resolve({ state: 'Running' });
    await flush();
    expect(isFinished(h.queue.run)).toBe(true);
    expect(h.calls.filter((c) => c.stage === 'ip')).toHaveLength(1);
    expect(new Set(h.calls.map((c) => c.jobUuid)).size).toBe(h.calls.length);
  });

  it('a refused IP keeps the VM stopped (no start), and retry sends the IP again before the start', async () => {
    const h = await atIpStep();
    const first = h.call('web-01', 'ip');
    first.reject(refused());
    await flush();
    expect(h.item('web-01')).toMatchObject({ status: 'failed', stage: 'ip' });
    const failed = h.item('web-01');
    if (!failed) throw new Error('no web-01');
    expect(jobOutcome(failed, 'vm', en.operations)).toBe('Recovered, IP address not set');
    expect(h.sent()).not.toContain('web-01:start');
    expect(isFinished(h.queue.run)).toBe(true);

    h.queue.retryFailed();
    await flush();
    // ZStack refused it, so it is a new job; the recovery that worked is not sent again.
    expect(h.sent()).toEqual(['web-01:main', 'web-01:ip', 'web-01:ip']);
    expect(h.call('web-01', 'ip').jobUuid).not.toBe(first.jobUuid);
    h.call('web-01', 'ip').resolve({});
    await flush();
    expect(h.sent().at(-1)).toBe('web-01:start');
  });

  it('a lost answer to the IP is followed by the same job id on retry, never sent as a new job', async () => {
    const h = await atIpStep();
    const first = await h.loseAnswer('web-01', 'ip');
    h.queue.retryFailed();
    await flush();
    expect(h.call('web-01', 'ip').jobUuid).toBe(first.jobUuid);
  });

  it('after a reload follows the IP job by its saved id, then starts; hours later it only asks how it went', async () => {
    const clock = { now: 10_000 };
    const first = harness(restoreRun({ items: restoreRun().items.slice(0, 1) }), clock);
    first.queue.start();
    await flush();
    first.call('web-01', 'main').resolve({ state: 'Stopped' });
    await flush();
    const inFlight = first.call('web-01', 'ip');
    saveRuns(window.sessionStorage, 'account-1', [first.queue.run]);
    first.queue.dispose();
    const saved = loadRuns(window.sessionStorage, 'account-1')[0];
    if (!saved) throw new Error('not saved');
    expect(saved.event).toBe('alice_10.20.5.23_1733472000');
    expect(saved.items[0]).toMatchObject({ stage: 'ip', status: 'running', ip: IP });

    const soon = harness(saved, { now: 20_000 }, 100);
    soon.queue.start();
    await flush();
    expect(soon.calls.map((c) => [c.stage, c.jobUuid, c.followOnly])).toEqual([
      ['ip', inFlight.jobUuid, false],
    ]);
    soon.call('web-01', 'ip').resolve({});
    await flush();
    expect(soon.sent()).toEqual(['web-01:ip', 'web-01:start']);
    soon.queue.dispose();

    // Three hours on, ZStack may have forgotten the id and would run it again: only follow it.
    const late = harness(saved, { now: 10_000 + 3 * 3600_000 }, 200);
    late.queue.start();
    await flush();
    expect(late.calls.map((c) => [c.stage, c.jobUuid, c.followOnly])).toEqual([
      ['ip', inFlight.jobUuid, true],
    ]);
  });
});
