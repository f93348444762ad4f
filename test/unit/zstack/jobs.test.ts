import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { ZStackClient } from '../../../src/zstack/client.ts';
import { logIn, recoverVm, startVm } from '../../../src/zstack/endpoints.ts';
import { defaultJobTiming, type JobEvent, jobIdFromLocation, runAction } from '../../../src/zstack/jobs.ts';
import { failure } from '../../support/failure.ts';
import { recordRequests, type SeenRequest, server, sim } from '../../support/msw.ts';
import * as v from 'valibot';

let client: ZStackClient;
let session: string | undefined;
let seen: SeenRequest[];

beforeEach(async () => {
  session = undefined;
  client = new ZStackClient({ getSession: () => session });
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
    expect(outcome.polls).toBe(polls().length);
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
    expect(events.map((e) => e.type)).toEqual(['retrying', 'accepted', 'recovered']);
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
    const start = Date.now();
    const outcome = await recoverVm(client, vm('web-01'));
    expect(Date.now() - start).toBeGreaterThanOrEqual(1500);
    // 100, 150, 225, 338, 506 ms... reaches 1.5 s in about 6 polls instead of 15 at a fixed 100 ms.
    expect(outcome.polls).toBeLessThanOrEqual(6);
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
      runAction(
        client,
        {
          method: 'PUT',
          path: `/v1/vm-instances/${vm('web-01')}/actions`,
          body: {},
          schema: v.unknown(),
          what: 'Test',
        },
        defaultJobTiming,
      ),
    );
    expect(error.kind).toBe('http');
    expect(error.status).toBe(400);
    expect(puts()).toHaveLength(1);
  });
});
