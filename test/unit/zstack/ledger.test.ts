// Exactly-once in the wire layer: an action whose answer was lost keeps its X-Job-UUID, and any later run of the
// same action by the same account reuses it, so ZStack follows the first job instead of acting twice.
import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionStore } from '../../../src/api/session.ts';
import type { ZStackClient } from '../../../src/zstack/client.ts';
import { query } from '../../../src/zstack/endpoints.ts';
import { attachDataVolume, expungeVm, recoverVm, startVm } from '../../../src/zstack/actions.ts';
import { eq } from '../../../src/zstack/query.ts';
import { type FakeClock, fakeClock } from '../../support/clock.ts';
import { failure } from '../../support/failure.ts';
import {
  actionRequests,
  executions,
  loseNextActionAnswers,
  recordRequests,
  type SeenRequest,
  sim,
  simControl,
  simRealTime,
} from '../../support/msw.ts';
import { makeSession } from '../../support/session.ts';

const JOB_ID = /^[0-9a-f]{32}$/u;

let clock: FakeClock;
let seen: SeenRequest[];

beforeEach(() => {
  // Jobs finish on the fake clock: no waiting on the wall clock.
  simRealTime.hold();
  clock = fakeClock();
  seen = recordRequests();
});

/** A tab's session store whose runner does not resend by itself: a lost answer reaches the caller at once. */
function tab(): SessionStore {
  return makeSession({ clock, timing: { submitRetries: 0 } });
}

async function signedIn(account = 'admin'): Promise<SessionStore> {
  const store = tab();
  await store.signIn(account, account === 'admin' ? 'password' : `${account}-password`);
  return store;
}

const vm = (name: string) => sim.scenarioVm(name) ?? '';

async function volumeUuid(client: ZStackClient, name: string): Promise<string> {
  const [volume] = (await query(client, 'volumes', { conditions: [eq('name', name)] })).inventories;
  if (!volume) throw new Error(`no volume ${name}`);
  return volume.uuid;
}

interface ActionCase {
  name: string;
  /** The API's body key, as the simulator counts its jobs. */
  action: string;
  /** Brings the resource to where the action applies; returns the counted resource and how to run the action. */
  prepare: (client: ZStackClient) => Promise<{ resource: string; run: () => Promise<{ jobUuid: string }> }>;
}

const cases: ActionCase[] = [
  {
    name: 'recoverVm',
    action: 'recoverVmInstance',
    prepare: (client) =>
      Promise.resolve({ resource: vm('web-01'), run: () => recoverVm(client, vm('web-01')) }),
  },
  {
    name: 'startVm',
    action: 'startVmInstance',
    prepare: async (client) => {
      await recoverVm(client, vm('web-01'));
      return { resource: vm('web-01'), run: () => startVm(client, vm('web-01')) };
    },
  },
  {
    name: 'expungeVm',
    action: 'expungeVmInstance',
    prepare: (client) =>
      Promise.resolve({
        resource: vm('expiring-soon-01'),
        run: () => expungeVm(client, vm('expiring-soon-01')),
      }),
  },
  {
    name: 'attachDataVolume',
    action: 'attachDataVolumeToVm',
    prepare: async (client) => {
      await recoverVm(client, vm('web-01'));
      const volume = await volumeUuid(client, 'data-web-01');
      return { resource: volume, run: () => attachDataVolume(client, volume, vm('web-01')) };
    },
  },
];

describe('job ledger: a lost answer is followed, not repeated', () => {
  for (const { name, action, prepare } of cases) {
    it(`a second ${name} after a lost answer reuses the X-Job-UUID, and the node runs it once`, async () => {
      const { client } = await signedIn();
      const { resource, run } = await prepare(client);
      const from = seen.length;
      await loseNextActionAnswers(1);

      const lost = await failure(run());
      expect(lost.kind).toBe('network');
      expect(lost.jobUuid).toMatch(JOB_ID);
      // The node ran it; only its answer was lost.
      expect(await executions(action, resource)).toBe(1);

      const again = await run();
      expect(again.jobUuid).toBe(lost.jobUuid);
      const sent = actionRequests(seen.slice(from));
      expect(sent.map((r) => r.jobUuid)).toEqual([lost.jobUuid, lost.jobUuid]);
      expect(await executions(action, resource)).toBe(1);

      // Settled by that answer: the next run is a new job with a new id.
      await run().catch(() => undefined);
      const third = actionRequests(seen.slice(from))[2];
      expect(third?.jobUuid).toMatch(JOB_ID);
      expect(third?.jobUuid).not.toBe(lost.jobUuid);
    });
  }

  it('sends one request for two identical calls in flight, and both get its outcome', async () => {
    const { client } = await signedIn();
    const [a, b] = await Promise.all([recoverVm(client, vm('web-01')), recoverVm(client, vm('web-01'))]);
    expect(actionRequests(seen)).toHaveLength(1);
    expect(a.jobUuid).toBe(b.jobUuid);
    expect(b.value.inventory.state).toBe('Stopped');
    expect(await executions('recoverVmInstance', vm('web-01'))).toBe(1);
  });

  it('does not merge different actions in flight', async () => {
    const { client } = await signedIn();
    const outcomes = await Promise.all([
      recoverVm(client, vm('web-01')),
      recoverVm(client, vm('gpu-train-02')),
    ]);
    expect(outcomes.map((o) => o.value.inventory.uuid)).toEqual([vm('web-01'), vm('gpu-train-02')]);
    const sent = actionRequests(seen);
    expect(sent).toHaveLength(2);
    expect(new Set(sent.map((r) => r.jobUuid)).size).toBe(2);
  });

  it('uses a new id after a definite failure (an ErrorCode): that job is over', async () => {
    const { client } = await signedIn();
    const first = await failure(recoverVm(client, vm('legacy-db-01')));
    const second = await failure(recoverVm(client, vm('legacy-db-01')));
    expect(first.kind).toBe('api');
    expect(second.errorCode.code).toBe(first.errorCode.code);
    expect(second.jobUuid).toMatch(JOB_ID);
    expect(second.jobUuid).not.toBe(first.jobUuid);
    expect(await executions('recoverVmInstance', vm('legacy-db-01'))).toBe(2);
  });

  it('never lends one account’s unsettled id to another account, and keeps it for its owner', async () => {
    const store = await signedIn('admin');
    await loseNextActionAnswers(1);
    const adminLost = await failure(recoverVm(store.client, vm('web-01')));
    expect(adminLost.kind).toBe('network');

    // The session expires; alice signs in at the same desk and recovers her own VM.
    await simControl('POST', 'expire-sessions');
    expect((await failure(query(store.client, 'vms', { limit: 1 }))).errorCode.code).toBe('ID.1001');
    expect(store.get().expired).toBe(true);
    await store.signIn('alice', 'alice-password');
    const aliceTry = await recoverVm(store.client, vm('web-01')).catch((e: unknown) => e);
    const aliceSent = actionRequests(seen).at(-1);
    expect(aliceSent?.jobUuid).toMatch(JOB_ID);
    expect(aliceSent?.jobUuid).not.toBe(adminLost.jobUuid);
    // She does not get the admin's job result as hers: the VM was already recovered by that job.
    expect(aliceTry).toBeInstanceOf(Error);

    // The admin signs in again and retries: the admin's own unsettled id is still there, and is followed.
    await store.signIn('admin', 'password');
    const adminAgain = await recoverVm(store.client, vm('web-01'));
    expect(adminAgain.jobUuid).toBe(adminLost.jobUuid);
    expect(adminAgain.value.inventory.state).toBe('Stopped');
  });

  it('keeps unsettled ids across a reload of the tab (sessionStorage)', async () => {
    const before = await signedIn();
    await loseNextActionAnswers(1);
    const lost = await failure(recoverVm(before.client, vm('web-01')));

    // A reload: a new store (and client, and ledger) from what the tab's sessionStorage kept.
    const after = tab();
    expect(after.get().session?.accountName).toBe('admin');
    const outcome = await recoverVm(after.client, vm('web-01'));
    expect(outcome.jobUuid).toBe(lost.jobUuid);
    expect(outcome.value.inventory.state).toBe('Stopped');
    expect(await executions('recoverVmInstance', vm('web-01'))).toBe(1);
  });

  it('forgets unsettled ids when the user signs out', async () => {
    const store = await signedIn();
    await loseNextActionAnswers(1);
    const lost = await failure(recoverVm(store.client, vm('web-01')));
    await store.signOut();
    expect(sessionStorage.getItem('zstack-console.unsettled-jobs')).toBeNull();
    await store.signIn('admin', 'password');
    await recoverVm(store.client, vm('web-01')).catch(() => undefined);
    expect(actionRequests(seen).at(-1)?.jobUuid).not.toBe(lost.jobUuid);
  });
});
