// The read-only calls a restore plan makes (docs/zstack-protocol.md#checking-a-restore), batched by kind with
// `uuid?=` and `fields=`, so their number does not grow with the number of items: 4 in the first round (the VMs,
// the volumes asked for, the data volumes deleted with those VMs, the images; plus the caller's quota usage), up to
// 6 in the second (storages, local-storage refs, live VMs with the same names, the VMs volumes go back to, backup
// storages, owners), then one quota usage per other owner of a data volume (a normal account: rarely any).
// A check that cannot be read leaves its fact undefined; the plan then says it could not check.
import { queryOptions } from '@tanstack/react-query';
import type { ZStackClient } from '../zstack/client.ts';
import { quotaUsage } from '../zstack/endpoints.ts';
import type { Image, QuotaUsage, VmInstance, Volume } from '../zstack/inventories.ts';
import { eq } from '../zstack/query.ts';
import { byList, maybe } from './batched-query.ts';
import { computePlan, initiallyIncluded } from './restore-plan.ts';
import {
  type AccountQuota,
  batchableName,
  type FactVolume,
  type Plan,
  type PlanFacts,
  type PlanStorage,
  type Selection,
} from './restore-types.ts';
import { type Api, scopeKey } from './session.ts';

const VOLUME_FIELDS = ['uuid', 'name', 'status', 'type', 'primaryStorageUuid', 'lastVmInstanceUuid'];

const count = (usages: readonly QuotaUsage[] | undefined, name: string) => {
  const u = usages?.find((x) => x.name === name);
  return u?.total === undefined || u.used === undefined ? undefined : { total: u.total, used: u.used };
};

const asVolume = (
  v: Volume,
  withVm: boolean,
  owner: ReadonlyMap<string, string> | undefined,
): FactVolume => ({
  uuid: v.uuid,
  name: v.name ?? v.uuid,
  status: v.status,
  owner: owner?.get(v.uuid),
  storage: v.primaryStorageUuid,
  lastVm: v.lastVmInstanceUuid,
  withVm,
});

interface FirstRound {
  vms: VmInstance[];
  volumes: { volume: Volume; withVm: boolean }[];
  images: Image[];
  callerUsage: QuotaUsage[] | undefined;
}

async function firstRound(
  client: ZStackClient,
  sel: Selection,
  admin: boolean,
  caller: string,
  signal?: AbortSignal,
): Promise<FirstRound> {
  const none = Promise.resolve([]);
  const [vms, asked, withVms, images, callerUsage] = await Promise.all([
    sel.vm.length ? byList(client, 'vms', 'uuid', sel.vm, {}, signal) : none,
    sel.volume.length
      ? byList(client, 'volumes', 'uuid', sel.volume, { fields: VOLUME_FIELDS }, signal)
      : none,
    sel.vm.length
      ? byList(
          client,
          'volumes',
          'lastVmInstanceUuid',
          sel.vm,
          { conditions: [eq('type', 'Data'), eq('status', 'Deleted')], fields: VOLUME_FIELDS },
          signal,
        )
      : none,
    sel.image.length ? byList(client, 'images', 'uuid', sel.image, {}, signal) : none,
    admin ? Promise.resolve(undefined) : maybe(() => quotaUsage(client, caller, signal), signal),
  ]);
  const seen = new Set(asked.map((v) => v.uuid));
  const volumes = [
    ...asked.map((volume) => ({ volume, withVm: false })),
    ...withVms.filter((v) => !seen.has(v.uuid)).map((volume) => ({ volume, withVm: true })),
  ];
  return { vms, volumes, images, callerUsage };
}

export interface Caller {
  accountUuid: string;
  isAdmin: boolean;
  accountName: string;
}

const rootOf = (vm: VmInstance) =>
  vm.allVolumes.find((v) => v.uuid === vm.rootVolumeUuid) ?? vm.allVolumes.find((v) => v.type === 'Root');

const defined = <T>(values: readonly (T | undefined)[]): T[] => values.filter((x): x is T => x !== undefined);

/** The second round: what the first one's answers point at, each at most one request (per 100 uuids). */
async function secondRound(client: ZStackClient, first: FirstRound, admin: boolean, signal?: AbortSignal) {
  const planned = new Set(first.vms.map((v) => v.uuid));
  const storageUuids = defined([
    ...first.vms.map((vm) => rootOf(vm)?.primaryStorageUuid),
    ...first.volumes.map((v) => v.volume.primaryStorageUuid),
  ]);
  const rootUuids = defined(first.vms.map((vm) => rootOf(vm)?.uuid));
  const names = first.vms.map((vm) => vm.name ?? '').filter(batchableName);
  const otherVms = defined(first.volumes.map((v) => v.volume.lastVmInstanceUuid)).filter(
    (u) => !planned.has(u),
  );
  const bsUuids = first.images.flatMap((i) => i.backupStorageRefs.map((r) => r.backupStorageUuid));
  const volumeUuids = first.volumes.map((v) => v.volume.uuid);
  const read = <T>(values: readonly unknown[], f: () => Promise<T>) =>
    values.length > 0 ? maybe(f, signal) : Promise.resolve(undefined);
  const [storages, localRefs, live, others, backups, refs] = await Promise.all([
    read(storageUuids, () =>
      byList(
        client,
        'primaryStorages',
        'uuid',
        storageUuids,
        { fields: ['uuid', 'name', 'type', 'state', 'status'] },
        signal,
      ),
    ),
    read(rootUuids, () =>
      byList(
        client,
        'localStorageRefs',
        'resourceUuid',
        rootUuids,
        { fields: ['resourceUuid', 'hostUuid'] },
        signal,
      ),
    ),
    read(names, () =>
      byList(
        client,
        'vms',
        'name',
        names,
        { conditions: [{ field: 'state', op: '!=', value: 'Destroyed' }], fields: ['uuid', 'name'] },
        signal,
      ),
    ),
    read(otherVms, () =>
      byList(client, 'vms', 'uuid', otherVms, { fields: ['uuid', 'name', 'state'] }, signal),
    ),
    read(bsUuids, () =>
      byList(client, 'backupStorages', 'uuid', bsUuids, { fields: ['uuid', 'name'] }, signal),
    ),
    read(admin ? [] : volumeUuids, () =>
      byList(client, 'accountRefs', 'resourceUuid', volumeUuids, {}, signal),
    ),
  ]);
  return { planned, storages, localRefs, live, others, backups, refs };
}

/** The caller's quotas, and those of every other owner of a data volume (an admin skips quotas: none). */
async function readQuotas(
  client: ZStackClient,
  caller: Caller,
  usage: QuotaUsage[] | undefined,
  owner: ReadonlyMap<string, string> | undefined,
  signal?: AbortSignal,
): Promise<Map<string, AccountQuota>> {
  const quotas = new Map<string, AccountQuota>();
  if (caller.isAdmin) return quotas;
  quotas.set(caller.accountUuid, {
    name: caller.accountName,
    vmTotal: count(usage, 'vm.totalNum'),
    dataVolumes: count(usage, 'volume.data.num'),
  });
  const others = [...new Set(owner?.values() ?? [])].filter((o) => o !== '' && o !== caller.accountUuid);
  const usages = await Promise.all(others.map((o) => maybe(() => quotaUsage(client, o, signal), signal)));
  others.forEach((o, i) => quotas.set(o, { name: o, dataVolumes: count(usages[i], 'volume.data.num') }));
  return quotas;
}

type Second = Awaited<ReturnType<typeof secondRound>>;

/**
 * Whether the VM's root volume is on local storage with no host left holding it (LocalStorageFactory.preRecoverVm
 * fails exactly then); undefined when that could not be read.
 */
function hostGone(vm: VmInstance, second: Second): boolean | undefined {
  const root = rootOf(vm);
  const { storages, localRefs } = second;
  if (root?.primaryStorageUuid === undefined) return false;
  if (storages === undefined) return undefined;
  if (storages.find((s) => s.uuid === root.primaryStorageUuid)?.type !== 'LocalStorage') return false;
  if (localRefs === undefined) return undefined;
  return !localRefs.some((ref) => ref.resourceUuid === root.uuid);
}

function liveNameCounts(second: Second): Map<string, number> | undefined {
  if (second.live === undefined) return undefined;
  const counts = new Map<string, number>();
  for (const vm of second.live) {
    if (second.planned.has(vm.uuid)) continue;
    const key = (vm.name ?? '').toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function imageFact(i: Image, backups: Second['backups']) {
  return {
    uuid: i.uuid,
    name: i.name ?? i.uuid,
    status: i.status,
    deletedOn: i.backupStorageRefs
      .filter((r) => r.status === 'Deleted')
      .map((r) => ({
        uuid: r.backupStorageUuid,
        exists: backups === undefined ? undefined : backups.some((b) => b.uuid === r.backupStorageUuid),
      })),
  };
}

/** Reads everything a plan needs for `sel`, as the signed-in account sees it. */
export async function readPlanFacts(
  client: ZStackClient,
  sel: Selection,
  caller: Caller,
  signal?: AbortSignal,
): Promise<PlanFacts> {
  const first = await firstRound(client, sel, caller.isAdmin, caller.accountUuid, signal);
  const second = await secondRound(client, first, caller.isAdmin, signal);
  const owner =
    second.refs &&
    new Map(second.refs.map((r) => [r.resourceUuid, r.ownerAccountUuid ?? r.accountUuid ?? '']));
  const quotas = await readQuotas(client, caller, first.callerUsage, owner, signal);
  const found = new Set(
    [...first.vms, ...first.volumes.map((v) => v.volume), ...first.images].map((r) => r.uuid),
  );
  const { storages, others } = second;
  return {
    caller: { accountUuid: caller.accountUuid, isAdmin: caller.isAdmin },
    vms: first.vms.map((vm) => ({
      uuid: vm.uuid,
      name: vm.name ?? vm.uuid,
      state: vm.state,
      rootStorage: rootOf(vm)?.primaryStorageUuid,
      hostGone: hostGone(vm, second),
      l3Networks: [...new Set(defined(vm.vmNics.map((n) => n.l3NetworkUuid)))],
    })),
    volumes: first.volumes.map((v) => asVolume(v.volume, v.withVm, owner)),
    images: first.images.map((i) => imageFact(i, second.backups)),
    missing: (['vm', 'volume', 'image'] as const).flatMap((kind) =>
      sel[kind].filter((u) => !found.has(u)).map((uuid) => ({ kind, uuid })),
    ),
    quotas,
    storages:
      storages &&
      new Map(
        storages.map((s): [string, PlanStorage] => [
          s.uuid,
          { name: s.name ?? s.uuid, type: s.type, state: s.state, status: s.status },
        ]),
      ),
    liveNames: liveNameCounts(second),
    otherVms: others && new Map(others.map((vm) => [vm.uuid, { name: vm.name ?? vm.uuid, state: vm.state }])),
  };
}

/** The plan as its page opens (what is certain to fail left out), for a report made away from that page. */
export async function readOpeningPlan(
  client: ZStackClient,
  sel: Selection,
  caller: Caller,
  signal?: AbortSignal,
): Promise<Plan> {
  const facts = await readPlanFacts(client, sel, caller, signal);
  return computePlan(facts, initiallyIncluded(facts));
}

export const restorePlanQueries = {
  facts: (api: Api, sel: Selection, caller: Caller) =>
    queryOptions({
      queryKey: [...scopeKey(api), 'restore-plan', sel, caller] as const,
      queryFn: ({ signal }) => readPlanFacts(api.client, sel, caller, signal),
      // A plan is read once when it opens; "Check again" reads it anew.
      staleTime: Infinity,
      gcTime: 60_000,
    }),
};
