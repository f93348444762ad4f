// The read-only calls of a restore plan against the simulator: a 30-VM / 24-volume / 2-image plan takes at most 12
// requests (batched `uuid?=` with `fields=`), whatever the item count, and the facts give the marks ZStack's
// rules predict for the seed's named scenarios.
import { beforeEach, describe, expect, it } from 'vitest';
import { readPlanFacts } from '../../../src/api/restore-facts.ts';
import { computePlan, initiallyIncluded } from '../../../src/api/restore-plan.ts';
import { query } from '../../../src/zstack/endpoints.ts';
import { eq, inList } from '../../../src/zstack/query.ts';
import { recordRequests, type SeenRequest, sim, simControl } from '../../support/msw.ts';
import { signInAs } from '../../support/render.tsx';
import { testSession } from '../../support/session.ts';

let seen: SeenRequest[] = [];
beforeEach(() => {
  seen = [];
});

async function destroyedVmsWithVolumes(count: number) {
  const client = testSession().client;
  const vms = await query(client, 'vms', {
    conditions: [eq('state', 'Destroyed')],
    fields: ['uuid'],
    limit: 300,
  });
  const vols = await query(client, 'volumes', {
    conditions: [
      inList(
        'lastVmInstanceUuid',
        vms.inventories.map((v) => v.uuid),
      ),
      eq('status', 'Deleted'),
      eq('type', 'Data'),
    ],
    fields: ['uuid', 'lastVmInstanceUuid'],
  });
  const withVolumes = [...new Set(vols.inventories.map((v) => v.lastVmInstanceUuid ?? ''))].filter(
    (u) => u !== '',
  );
  const rest = vms.inventories.map((v) => v.uuid).filter((u) => !withVolumes.includes(u));
  return [...withVolumes, ...rest].slice(0, count);
}

describe('reading the facts of a plan', () => {
  it('plans 30 VMs, their data volumes and 2 images in at most 12 requests, and the count does not grow with the items', async () => {
    const session = await signInAs('admin');
    const caller = { accountUuid: session.accountUuid, isAdmin: true, accountName: 'admin' };
    const client = testSession().client;
    const vms = await destroyedVmsWithVolumes(30);
    const images = await query(client, 'images', {
      conditions: [eq('status', 'Deleted')],
      fields: ['uuid'],
      limit: 2,
    });
    const sel = { vm: vms, volume: [], image: images.inventories.map((i) => i.uuid) };

    seen = recordRequests();
    const facts = await readPlanFacts(client, sel, caller);
    expect(facts.vms).toHaveLength(30);
    expect(facts.volumes.length).toBeGreaterThanOrEqual(1);
    expect(facts.images).toHaveLength(2);
    const big = seen.length;
    expect(big).toBeLessThanOrEqual(12);
    // Every query is batched and narrow: no request names one item.
    expect(seen.every((r) => r.method === 'GET')).toBe(true);

    seen.length = 0;
    await readPlanFacts(client, { vm: vms.slice(0, 2), volume: [], image: sel.image.slice(0, 1) }, caller);
    expect(seen.length).toBe(big);
  });

  it('as carol: her vm.totalNum is full, so carol-build-03 will fail on quota', async () => {
    const carolVm = sim.scenarioVm('carol-build-03') ?? '';
    const carol = await signInAs('carol');
    const sel = { vm: [carolVm], volume: [], image: [] };
    const facts = await readPlanFacts(testSession().client, sel, {
      accountUuid: carol.accountUuid,
      isAdmin: false,
      accountName: 'carol',
    });
    const plan = computePlan(facts, initiallyIncluded(facts));
    const marks = plan.items.find((i) => i.uuid === carolVm)?.marks;
    expect(marks).toContainEqual({
      rule: 'quota-vm',
      severity: 'fails',
      account: 'carol',
      total: 8,
      used: 8,
      asked: 1,
      failing: 1,
    });
  });

  it('legacy-db-01: its root volume is on local storage whose host is gone', async () => {
    const legacy = sim.scenarioVm('legacy-db-01') ?? '';
    const web = sim.scenarioVm('web-01') ?? '';
    const admin = await signInAs('admin');
    const facts = await readPlanFacts(
      testSession().client,
      { vm: [legacy, web], volume: ['0'.repeat(32)], image: [] },
      { accountUuid: admin.accountUuid, isAdmin: true, accountName: 'admin' },
    );
    const plan = computePlan(facts, initiallyIncluded(facts));
    const item = (uuid: string) => plan.items.find((i) => i.uuid === uuid);
    expect(item(legacy)?.marks.map((m) => m.rule)).toContain('host-gone');
    expect(item(web)?.marks.map((m) => m.rule)).not.toContain('host-gone');
    expect(item('0'.repeat(32))?.marks).toEqual([{ rule: 'not-found', severity: 'fails' }]);
    // web-01's data volume deleted with it joins the plan and goes back on it.
    expect(plan.items.some((i) => i.kind === 'volume' && i.attachTo === web)).toBe(true);
  });

  it('ops-script: the 30-VM incident in at most 12 requests, with its host-gone, name-taken and expunged-volume marks', async () => {
    await simControl('POST', 'reset', { scenario: 'ops-script' });
    const facts0 = sim.opsScript();
    if (!facts0) throw new Error('no ops-script scenario');
    const admin = await signInAs('admin');
    const sel = {
      vm: facts0.vms,
      volume: [...facts0.volumes, facts0.expungedVolume.uuid],
      image: facts0.images,
    };
    seen = recordRequests();
    const facts = await readPlanFacts(testSession().client, sel, {
      accountUuid: admin.accountUuid,
      isAdmin: true,
      accountName: 'admin',
    });
    expect(seen.length).toBeLessThanOrEqual(12);
    const plan = computePlan(facts, initiallyIncluded(facts));
    const rules = (uuid: string) => plan.items.find((i) => i.uuid === uuid)?.marks.map((m) => m.rule) ?? [];
    expect(rules(facts0.localStorageVm)).toContain('host-gone');
    expect(rules(facts0.nameTakenVm)).toContain('name-taken');
    expect(rules(facts0.expungedVolume.uuid)).toEqual(['not-found']);
    // The admin skips quotas: carol's VM is not marked; the 23 volumes in the bin go back on their VMs but the one
    // whose VM cannot be recovered.
    expect(rules(facts0.quotaVm)).not.toContain('quota-vm');
    expect(
      plan.items.filter((i) => i.kind === 'volume' && i.attachTo !== undefined).length,
    ).toBeGreaterThanOrEqual(21);
  });
});
