// Unknown is not failed: an answer that is not ZStack's own (a gateway's 401/403/407, an HTML page, a text 5xx,
// an unexpected status) says nothing about a job. The job id is kept, and the next try by the same account,
// after signing in again, follows the same job: the node runs the action once.
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionStore } from '../../../src/api/session.ts';
import { recoverVm } from '../../../src/zstack/actions.ts';
import { type FakeClock, fakeClock } from '../../support/clock.ts';
import { failure } from '../../support/failure.ts';
import {
  actionRequests,
  executions,
  recordRequests,
  type SeenRequest,
  server,
  sim,
  simRealTime,
} from '../../support/msw.ts';
import { makeSession } from '../../support/session.ts';

let clock: FakeClock;
let seen: SeenRequest[];
let store: SessionStore;

beforeEach(async () => {
  simRealTime.hold();
  clock = fakeClock();
  seen = recordRequests();
  store = makeSession({ clock });
  await store.signIn('admin', 'password');
});

const vm = (name: string) => sim.scenarioVm(name) ?? '';
const healPolls = () => sim.armFaults({ failPollsWith: { status: 401, count: 0 } });

describe('an answer that is not ZStack’s own leaves the outcome unknown', () => {
  it.each([
    { status: 401, body: 'text' },
    { status: 403, body: 'html' },
    { status: 407, body: 'text' },
    { status: 503, body: 'text' },
  ] as const)(
    'a $status ($body) poll keeps the job id; the retry after signing in again follows it',
    async (fault) => {
      sim.armFaults({ failPollsWith: { ...fault, count: 100, after: 1 } });
      const lost = await failure(recoverVm(store.client, vm('web-01')));
      expect(['foreign', 'proxy']).toContain(lost.kind);
      expect(lost.jobUuid).toMatch(/^[0-9a-f]{32}$/u);
      // The console's own session was not touched: nothing said ID.1001.
      expect(store.get().session).toBeDefined();

      healPolls();
      await store.signInAgain('admin', 'password');
      const outcome = await recoverVm(store.client, vm('web-01'));
      expect(outcome.jobUuid).toBe(lost.jobUuid);
      expect(outcome.value.inventory.state).toBe('Stopped');
      expect(actionRequests(seen).map((r) => r.jobUuid)).toEqual([lost.jobUuid, lost.jobUuid]);
      expect(await executions('recoverVmInstance', vm('web-01'))).toBe(1);
    },
  );

  for (const { title, answer, kind, sameJob } of [
    {
      title: 'a 401 on the submit itself keeps the id too',
      answer: () =>
        http.put(/\/actions$/u, () => HttpResponse.text('Unauthorized', { status: 401 }), { once: true }),
      kind: 'foreign',
      sameJob: true,
    },
    {
      title: 'an unexpected status on a poll (a 200 page that is not JSON) is unknown, not a result',
      answer: () =>
        http.get(/\/api-jobs\//u, () => HttpResponse.text('Please sign in', { status: 200 }), { once: true }),
      kind: 'foreign',
      sameJob: true,
    },
    {
      title: 'ZStack’s own refusal (400 text on the submit) is definite: the next try is a new job',
      answer: () =>
        http.put(/\/actions$/u, () => HttpResponse.text('missing header', { status: 400 }), { once: true }),
      kind: 'http',
      sameJob: false,
    },
  ]) {
    it(title, async () => {
      server.use(answer());
      const first = await failure(recoverVm(store.client, vm('web-01')));
      expect(first.kind).toBe(kind);
      const outcome = await recoverVm(store.client, vm('web-01'));
      expect(outcome.jobUuid === first.jobUuid).toBe(sameJob);
    });
  }

  it('stops following a job after the client’s cap (maxWaitMs), shown as a timeout with the id kept', async () => {
    const capped = makeSession({ clock, timing: { maxWaitMs: 1000 } });
    await capped.signIn('admin', 'password');
    server.use(http.get(/\/api-jobs\//u, () => HttpResponse.text('{}', { status: 202 })));
    const started = clock.elapsed();
    const lost = await failure(recoverVm(capped.client, vm('web-01')));
    expect(lost.kind).toBe('timeout');
    expect(clock.elapsed() - started).toBeLessThan(1200);
    server.resetHandlers();
    const outcome = await recoverVm(capped.client, vm('web-01'));
    expect(outcome.jobUuid).toBe(lost.jobUuid);
    expect(await executions('recoverVmInstance', vm('web-01'))).toBe(1);
  });
});
