import { http, HttpResponse } from 'msw';
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { ZStackClient } from '../../../src/zstack/client.ts';
import { logIn } from '../../../src/zstack/endpoints.ts';
import { recoverVm, startVm } from '../../../src/zstack/actions.ts';
import { type JobEvent, jobIdFromLocation, runAction } from '../../../src/zstack/jobs.ts';
import { type FakeClock, fakeClock } from '../../support/clock.ts';
import { failure } from '../../support/failure.ts';
import { recordRequests, type SeenRequest, server, sim, simRealTime } from '../../support/msw.ts';

let client: ZStackClient;
let clock: FakeClock;
let session: string | undefined;
let seen: SeenRequest[];

// The runner waits on a fake clock (default timings), and the simulator's jobs finish on that clock only:
// nothing here waits on the wall clock, so the timing assertions are exact on any machine.
beforeEach(async () => {
  simRealTime.hold();
  clock = fakeClock();
  session = undefined;
  client = new ZStackClient({ getSession: () => session, clock });
  session = (await logIn(client, 'admin', 'password')).uuid;
  seen = recordRequests();
});

const vm = (name: string) => sim.scenarioVm(name) ?? '';
const puts = () => seen.filter((r) => r.method === 'PUT');
const polls = () => seen.filter((r) => r.url.pathname.startsWith('/zstack/v1/api-jobs/'));

describe('async jobs', () => {
  it('takes only the job id from location: 202 -> poll our own origin -> 200 with the inventory', async () => {
    const outcome = await recoverVm(client, vm('web-01'));
    expect(outcome.value.inventory.state).toBe('Stopped');
    expect(outcome.value.inventory.vmNics.every((n) => n.usedIps.length === 0)).toBe(true);
    expect(puts()).toHaveLength(1);
    expect(puts()[0]?.jobUuid).toMatch(/^[0-9a-f]{32}$/u);
    // The location names the node's internal host; every poll still went to the console's origin.
    expect(polls().length).toBeGreaterThan(0);
    expect(polls().every((p) => p.url.origin === location.origin)).toBe(true);
    expect(polls()[0]?.url.pathname).toBe(`/zstack/v1/api-jobs/${outcome.jobUuid}`);
  });

  it('reads the job id from any location form', () => {
    expect(jobIdFromLocation('http://10.0.0.5:8080/zstack/v1/api-jobs/abc123')).toBe('abc123');
    expect(jobIdFromLocation('/zstack/v1/api-jobs/abc123?x=1')).toBe('abc123');
    expect(jobIdFromLocation(undefined)).toBeUndefined();
  });

  it('turns a failed job (503 on poll) into the ErrorCode with its cause', async () => {
    sim.armFaults({});
    const running = vm('web-01');
    await recoverVm(client, running);
    await startVm(client, running);
    const error = await failure(recoverVm(client, running));
    expect(error.kind).toBe('api');
    expect(error.errorCode.code).toBe('SYS.1006');
    expect(error.errorCode.cause?.code).toBe('VM.1010');
    expect(error.jobUuid).toMatch(/^[0-9a-f]{32}$/u);
  });

  it('retries a lost submit with the same X-Job-UUID and follows the job after "Duplicate job uuid"', async () => {
    sim.armFaults({ dropActionResponses: 1 });
    const events: JobEvent[] = [];
    const outcome = await recoverVm(client, vm('web-01'), { onEvent: (e) => events.push(e) });
    expect(outcome.value.inventory.state).toBe('Stopped');
    expect(puts()).toHaveLength(2);
    expect(puts()[1]?.jobUuid).toBe(puts()[0]?.jobUuid);
    expect(outcome.transientFailures).toBe(1);
    // The resend got an answer (recovered: "Duplicate job uuid"), then the runner follows the job (accepted).
    expect(events.map((e) => e.type)).toEqual(['retrying', 'recovered', 'accepted']);
    // One backoff before the resend: submitBackoffMs.
    expect(clock.sleeps[0]).toBe(250);
    const log = sim.requests().filter((r) => r.method === 'PUT' && r.path.endsWith('/actions'));
    expect(log.map((r) => r.status)).toEqual([0, 400]);
  });

  it('keeps polling through dropped polls and gateway errors', async () => {
    sim.armFaults({ dropPolls: 1, failPollsWith: { status: 502, count: 2 } });
    const outcome = await recoverVm(client, vm('web-01'));
    expect(outcome.value.inventory.state).toBe('Stopped');
    expect(outcome.transientFailures).toBe(3);
    expect(puts()).toHaveLength(1);
  });

  it('reports an expired job record (404 text) as such', async () => {
    server.use(
      http.get(/\/api-jobs\//u, () => HttpResponse.text('the job has been expired', { status: 404 })),
    );
    const error = await failure(recoverVm(client, vm('web-01')));
    expect(error.kind).toBe('job-expired');
    expect(error.errorCode.details).toMatch(/the job has been expired/u);
  });

  it('reports an async ID.1001 from the poll, after the 202', async () => {
    session = 'e'.repeat(32);
    const error = await failure(recoverVm(client, vm('web-01')));
    expect(error.errorCode.code).toBe('ID.1001');
    expect(puts()).toHaveLength(1);
    expect(polls().length).toBeGreaterThan(0);
  });

  it('gives up after apiTimeout with a timeout error', async () => {
    server.use(
      http.put(/\/actions$/u, () =>
        HttpResponse.text('{"location":"http://x/zstack/v1/api-jobs/j1","apiTimeout":300}', { status: 202 }),
      ),
      http.get(/\/api-jobs\/j1$/u, () => HttpResponse.text('{}', { status: 202 })),
    );
    const error = await failure(recoverVm(client, vm('web-01')));
    expect(error.kind).toBe('timeout');
    expect(polls().length).toBeLessThanOrEqual(3);
  });

  it('backs off: polls get further apart, never more often than every 100 ms', async () => {
    sim.setJobLatency(1500);
    await recoverVm(client, vm('web-01'));
    // 100, 150, 225, 338, 506, 759 ms: a 1.5 s job is found in 6 polls instead of 15 at a fixed 100 ms.
    expect(clock.sleeps).toEqual([100, 150, 225, 337.5, 506.25, 759.375]);
    expect(polls()).toHaveLength(6);
    expect(clock.elapsed()).toBeGreaterThanOrEqual(1500);
  });

  it('a kind of job that usually takes 1.2 s is polled about when it should end, not every few hundred ms', async () => {
    sim.setJobLatency(1200);
    await recoverVm(client, vm('web-01'));
    // Nothing known yet: the backoff (100, 150, 225, 338, 506 ms) finds it in 5 polls, the last sent at 1319 ms.
    expect(polls()).toHaveLength(5);
    expect(client.pace.typical('Recover VM')).toBe(1319);

    clock.sleeps.length = 0;
    const before = polls().length;
    const started = clock.elapsed();
    await recoverVm(client, vm('gpu-train-02'));
    // Just before 1.2 s (85% of the usual 1319 ms), then 15% later: 2 polls, and the result is no later than before.
    expect(clock.sleeps).toEqual([1121, 198]);
    expect(polls().length - before).toBe(2);
    expect(clock.elapsed() - started).toBeLessThanOrEqual(1319);
    // Another kind of job has its own pace: it starts from the backoff.
    clock.sleeps.length = 0;
    await startVm(client, vm('web-01'));
    expect(clock.sleeps[0]).toBe(100);
  });

  it('learns its pace across reloads from the tab storage, and survives a damaged record', async () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, value: string) => void store.set(k, value),
      removeItem: (k: string) => void store.delete(k),
    };
    sim.setJobLatency(1200);
    const first = new ZStackClient({ getSession: () => session, clock, ledgerStorage: storage });
    await recoverVm(first, vm('web-01'));
    const reloaded = new ZStackClient({ getSession: () => session, clock, ledgerStorage: storage });
    expect(reloaded.pace.typical('Recover VM')).toBe(1319);
    store.set('zstack-console.job-pace', '{"Recover VM":["soon"]}');
    const damaged = new ZStackClient({ getSession: () => session, clock, ledgerStorage: storage });
    expect(damaged.pace.typical('Recover VM')).toBeUndefined();
  });

  it('never waits longer than maxPollMs between polls', async () => {
    sim.setJobLatency(20_000);
    const outcome = await recoverVm(client, vm('web-01'));
    expect(outcome.value.inventory.state).toBe('Stopped');
    expect(Math.max(...clock.sleeps)).toBe(2000);
    expect(clock.sleeps.slice(-3)).toEqual([2000, 2000, 2000]);
  });

  it('backs off between resends of a submit whose answer was lost: 250, 500, 1000 ms…', async () => {
    server.use(http.put(/\/actions$/u, () => HttpResponse.error()));
    const error = await failure(recoverVm(client, vm('web-01')));
    expect(error.kind).toBe('network');
    // submitRetries (4) resends after the first send, each with the same job id, each wait twice the last.
    expect(clock.sleeps).toEqual([250, 500, 1000, 2000]);
    expect(puts()).toHaveLength(5);
    expect(new Set(puts().map((p) => p.jobUuid)).size).toBe(1);
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const running = recoverVm(client, vm('web-01'), { signal: controller.signal });
    controller.abort();
    expect((await failure(running)).kind).toBe('aborted');
  });

  it('does not retry a submit that the server answered with an error', async () => {
    server.use(
      http.put(/\/actions$/u, () =>
        HttpResponse.text("the body doesn't contain action mapping to the URL[x]", { status: 400 }),
      ),
    );
    const error = await failure(
      runAction(client, {
        method: 'PUT',
        path: `/v1/vm-instances/${vm('web-01')}/actions`,
        body: {},
        schema: v.unknown(),
        what: 'Test',
      }),
    );
    expect(error.kind).toBe('http');
    expect(error.status).toBe(400);
    expect(puts()).toHaveLength(1);
  });
});
