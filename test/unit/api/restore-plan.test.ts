// The restore plan's rules, on hand-made facts: the quota arithmetic (cumulative over what is left in, the
// caller's vm.totalNum, each owner's volume.data.num, none for an admin) and each mark with its numbers.
import { describe, expect, it } from 'vitest';
import {
  computePlan,
  initiallyIncluded,
  type FactVm,
  type FactVolume,
  type Mark,
  type PlanFacts,
} from '../../../src/api/restore-plan.ts';

const vm = (n: number, more: Partial<FactVm> = {}): FactVm => ({
  uuid: `vm-${n}`,
  name: `web-${n}`,
  state: 'Destroyed',
  rootStorage: 'ps-1',
  hostGone: false,
  l3Networks: ['l3-1'],
  ...more,
});

const volume = (n: number, more: Partial<FactVolume> = {}): FactVolume => ({
  uuid: `vol-${n}`,
  name: `data-${n}`,
  status: 'Deleted',
  owner: 'alice-uuid',
  storage: 'ps-1',
  lastVm: `vm-${n}`,
  withVm: true,
  ...more,
});

function facts(more: Partial<PlanFacts> = {}): PlanFacts {
  return {
    caller: { accountUuid: 'alice-uuid', isAdmin: false },
    vms: [],
    volumes: [],
    images: [],
    missing: [],
    quotas: new Map([
      [
        'alice-uuid',
        { name: 'alice', vmTotal: { total: 43, used: 20 }, dataVolumes: { total: 100, used: 0 } },
      ],
    ]),
    storages: new Map([['ps-1', { name: 'ps-1', type: 'Ceph', state: 'Enabled', status: 'Connected' }]]),
    liveNames: new Map(),
    otherVms: new Map(),
    ...more,
  };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const all = (f: PlanFacts) => new Set([...f.vms, ...f.volumes, ...f.images].map((i) => i.uuid));
const marksOf = (f: PlanFacts, uuid: string, included = all(f)): Mark[] =>
  computePlan(f, included).items.find((i) => i.uuid === uuid)?.marks ?? [];
const rules = (marks: readonly Mark[]) => marks.map((m) => m.rule);

describe('quota arithmetic', () => {
  it('"7 of 30 will fail": the caller has 23 VMs left of vm.totalNum, counted across the plan in order', () => {
    const f = facts({ vms: range(30).map((n) => vm(n)) });
    const plan = computePlan(f, all(f));
    const failing = plan.items.filter((i) => i.marks.some((m) => m.rule === 'quota-vm'));
    expect(failing.map((i) => i.uuid)).toEqual(range(7).map((n) => `vm-${n + 23}`));
    expect(failing[0]?.marks[0]).toEqual({
      rule: 'quota-vm',
      severity: 'fails',
      account: 'alice',
      total: 43,
      used: 20,
      asked: 30,
      failing: 7,
    });
    expect(plan.failing).toBe(7);
  });

  it('leaving VMs out frees the quota for the others', () => {
    const f = facts({ vms: range(30).map((n) => vm(n)) });
    const left = all(f);
    for (const n of range(7)) left.delete(`vm-${n}`);
    expect(computePlan(f, left).failing).toBe(0);
    left.add('vm-1');
    const plan = computePlan(f, left);
    expect(plan.failing).toBe(1);
    expect(plan.items.find((i) => i.uuid === 'vm-30')?.marks[0]).toMatchObject({ asked: 24, failing: 1 });
  });

  it('a VM that fails for another reason does not use the quota up', () => {
    const f = facts({
      vms: [vm(1, { hostGone: true }), ...range(23).map((n) => vm(n + 1))],
      quotas: new Map([['alice-uuid', { name: 'alice', vmTotal: { total: 43, used: 20 } }]]),
    });
    f.vms[0] = { ...vm(0), hostGone: true };
    expect(computePlan(f, all(f)).items.filter((i) => rules(i.marks).includes('quota-vm'))).toHaveLength(0);
  });

  it('an admin skips every quota, as ZStack does', () => {
    const f = facts({
      caller: { accountUuid: 'admin-uuid', isAdmin: true },
      vms: range(30).map((n) => vm(n)),
      volumes: range(5).map((n) => volume(n, { owner: 'carol-uuid' })),
      quotas: new Map(),
    });
    expect(computePlan(f, all(f)).failing).toBe(0);
  });

  it("counts data volumes against their owner's volume.data.num and VMs against the caller's vm.totalNum", () => {
    const f = facts({
      vms: [vm(1)],
      volumes: [
        volume(1),
        volume(2, { owner: 'bob-uuid', lastVm: 'vm-1' }),
        volume(3, { owner: 'bob-uuid', lastVm: 'vm-1' }),
      ],
      quotas: new Map([
        [
          'alice-uuid',
          { name: 'alice', vmTotal: { total: 21, used: 20 }, dataVolumes: { total: 9, used: 0 } },
        ],
        ['bob-uuid', { name: 'bob', dataVolumes: { total: 5, used: 4 } }],
      ]),
    });
    expect(rules(marksOf(f, 'vm-1'))).toEqual([]);
    expect(rules(marksOf(f, 'vol-1'))).toEqual([]);
    expect(rules(marksOf(f, 'vol-2'))).toEqual([]);
    expect(marksOf(f, 'vol-3')).toEqual([
      { rule: 'quota-volume', severity: 'fails', account: 'bob', total: 5, used: 4, asked: 2, failing: 1 },
    ]);
  });

  it('says it cannot know when a quota could not be read', () => {
    const f = facts({ vms: [vm(1)], quotas: new Map() });
    expect(marksOf(f, 'vm-1')).toEqual([
      { rule: 'quota-unknown', severity: 'unknown', quota: 'vm.totalNum' },
    ]);
  });
});

describe('marks', () => {
  it('a root volume on local storage whose host is gone: fails, and is left out at first', () => {
    const f = facts({ vms: [vm(1, { hostGone: true }), vm(2)] });
    expect(marksOf(f, 'vm-1')).toEqual([{ rule: 'host-gone', severity: 'fails', storage: 'ps-1' }]);
    expect([...initiallyIncluded(f)]).toEqual(['vm-2']);
  });

  it('primary storage Disconnected or in Maintenance: recovers, but start and attach will not work', () => {
    const f = facts({
      vms: [vm(1)],
      storages: new Map([
        ['ps-1', { name: 'ps-1', type: 'Ceph', state: 'Maintenance', status: 'Connected' }],
      ]),
    });
    expect(marksOf(f, 'vm-1')).toEqual([
      {
        rule: 'storage-unavailable',
        severity: 'partial',
        storage: 'ps-1',
        status: 'Connected',
        state: 'Maintenance',
      },
    ]);
    expect(initiallyIncluded(f).has('vm-1')).toBe(true);
  });

  it('a live VM with the same name (any case) is a note, not a failure', () => {
    const f = facts({ vms: [vm(1, { name: 'Web-01' })], liveNames: new Map([['web-01', 2]]) });
    expect(marksOf(f, 'vm-1')).toEqual([{ rule: 'name-taken', severity: 'note', name: 'Web-01', count: 2 }]);
  });

  it('a data volume goes back on its VM when that VM is in the plan, else stays detached and says why', () => {
    const f = facts({
      vms: [vm(1), vm(2, { hostGone: true })],
      volumes: [
        volume(1),
        volume(2),
        volume(3, { lastVm: 'vm-live', withVm: false }),
        volume(4, { lastVm: 'vm-gone', withVm: false }),
        volume(5, { lastVm: 'vm-creating', withVm: false }),
      ],
      otherVms: new Map([
        ['vm-live', { name: 'db-01', state: 'Running' }],
        ['vm-creating', { name: 'db-02', state: 'Starting' }],
      ]),
    });
    const plan = computePlan(f, all(f));
    const item = (uuid: string) => plan.items.find((i) => i.uuid === uuid);
    expect(item('vol-1')?.attachTo).toBe('vm-1');
    expect(item('vol-2')?.marks).toEqual([
      { rule: 'stays-detached', severity: 'partial', vm: 'web-2', why: 'fails' },
    ]);
    expect(item('vol-3')?.attachTo).toBe('vm-live');
    expect(item('vol-4')?.marks).toEqual([
      { rule: 'stays-detached', severity: 'partial', vm: 'vm-gone', why: 'gone' },
    ]);
    expect(item('vol-5')?.marks).toEqual([
      { rule: 'stays-detached', severity: 'partial', vm: 'db-02', why: 'state', state: 'Starting' },
    ]);
    const withoutVm1 = all(f);
    withoutVm1.delete('vm-1');
    expect(marksOf(f, 'vol-1', withoutVm1)).toEqual([
      { rule: 'stays-detached', severity: 'partial', vm: 'web-1', why: 'left-out' },
    ]);
  });

  it('an image whose backup storage is gone: fails when every copy is gone, partial when one of two is', () => {
    const f = facts({
      images: [
        { uuid: 'img-1', name: 'centos', status: 'Deleted', deletedOn: [{ uuid: 'bs-1', exists: false }] },
        {
          uuid: 'img-2',
          name: 'ubuntu',
          status: 'Deleted',
          deletedOn: [
            { uuid: 'bs-1', exists: false },
            { uuid: 'bs-2', exists: true },
          ],
        },
      ],
    });
    expect(marksOf(f, 'img-1')).toEqual([{ rule: 'backup-storage-gone', severity: 'fails', gone: 1, of: 1 }]);
    expect(marksOf(f, 'img-2')).toEqual([
      { rule: 'backup-storage-gone', severity: 'partial', gone: 1, of: 2 },
    ]);
  });

  it('what is no longer in the recycle bin, or was not found at all, fails and starts left out', () => {
    const f = facts({
      vms: [vm(1, { state: 'Running' })],
      missing: [{ kind: 'volume', uuid: 'vol-expunged' }],
    });
    const plan = computePlan(f, all(f));
    expect(plan.items.map((i) => [i.uuid, i.marks])).toEqual([
      ['vm-1', [{ rule: 'not-deleted', severity: 'fails', state: 'Running' }]],
      ['vol-expunged', [{ rule: 'not-found', severity: 'fails' }]],
    ]);
    expect(initiallyIncluded(f).size).toBe(0);
  });

  it('says which checks it could not make instead of guessing', () => {
    const f = facts({
      vms: [vm(1, { hostGone: undefined })],
      volumes: [volume(2, { lastVm: 'vm-x' })],
      storages: undefined,
      liveNames: undefined,
      otherVms: undefined,
    });
    expect(rules(marksOf(f, 'vm-1'))).toEqual(['check-failed', 'check-failed', 'check-failed']);
    expect(marksOf(f, 'vol-2')).toEqual([{ rule: 'check-failed', severity: 'unknown', check: 'vms' }]);
  });
});
