import type { Prng } from '../prng.ts';
import type { VmRec, VolumeRec } from '../store/records.ts';
import { ADMIN_UUID, type Store } from '../store/store.ts';
import { deleteVolumeCall, type SeededDeletion } from './audits.ts';
import type { Infra } from './infra.ts';
import { addOwnerRef } from './owner-refs.ts';
import { DAY, HOUR, MIN, stampAgo } from './timeline.ts';
import { volumeInstallPath } from '../store/install-path.ts';

const GiB = 1024 ** 3;

/** carol's volume.data.num quota: she has exactly this many live data volumes, so no recovery fits. */
export const CAROL_DATA_VOLUME_QUOTA = 3;

type VolumeSpec = {
  name: string;
  owner: string;
  sizeGiB: number;
  psUuid?: string;
  status: 'Ready' | 'Deleted';
  /** When it was deleted (or detached, for a Ready one). */
  at: number;
  /** The VM it was attached to last. */
  lastVm?: VmRec;
  /**
   * How it left that VM: `alone` through DeleteDataVolume (or a detach), which stamps lastDetachDate and
   * clears deviceId; `with-vm` through a VM destroy with vm.dataVolume.deleteOnVmDestroy=true, which does
   * neither (docs/zstack-protocol.md#data-volumes-on-vm-destroy).
   */
  how?: 'alone' | 'with-vm';
  /** No bits yet: recovering it gives NotInstantiated. */
  notInstantiated?: boolean;
  attachedHostUuid?: string;
  deletedBy?: SeededDeletion['operator'];
};

/** What the volume seeding steps share. */
type Ctx = {
  store: Store;
  rng: Prng;
  infra: Infra;
  /** A stamp that long before the data set's start. */
  at: (ms: number) => number;
  /** volume.expungePeriod in ms. */
  period: number;
  /** The DeleteDataVolume calls, for the audit. */
  deletions: SeededDeletion[];
};

/**
 * The data-volume recycle bin: volumes deleted on their own (DeleteDataVolume, with lastDetachDate), volumes
 * deleted with their VM (lastVmInstanceUuid = a Destroyed VM), and a few Ready ones that only left their VM.
 * Returns the DeleteDataVolume calls, for the audit; the ones deleted with a VM were part of its destroy.
 */
export function seedVolumes(store: Store, rng: Prng, infra: Infra, start: number): SeededDeletion[] {
  const period = Number(store.configValue('volume', 'expungePeriod')) * 1000;
  const ctx: Ctx = { store, rng, infra, at: stampAgo(start), period, deletions: [] };
  seedNamedVolumes(ctx);
  seedDeletedWithVms(ctx, start);
  seedDeletedAlone(ctx);
  store.touch();
  return ctx.deletions;
}

function scenarioVm(store: Store, name: string): VmRec | undefined {
  const uuid = store.scenarioVms.get(name);
  return uuid === undefined ? undefined : store.vms.get(uuid);
}

function addVolume({ store, rng, infra, at, deletions }: Ctx, spec: VolumeSpec): VolumeRec {
  const uuid = rng.uuid();
  const rootUuid = spec.lastVm?.rootVolumeUuid;
  const rootPs = rootUuid === undefined ? undefined : store.volumes.get(rootUuid)?.primaryStorageUuid;
  const psUuid = spec.psUuid ?? rootPs ?? infra.ps.hzNfs;
  // a disk that was attached was made with its VM; a loose one some weeks or months ago
  const createDate = spec.lastVm?.createDate ?? at(rng.int(20, 400) * DAY);
  const size = spec.sizeGiB * GiB;
  const vol: VolumeRec = {
    uuid,
    name: spec.name,
    type: 'Data',
    format: store.primaryStorages.get(psUuid)?.type === 'Ceph' ? 'raw' : 'qcow2',
    size,
    state: 'Enabled',
    status: spec.status,
    isShareable: false,
    createDate,
    lastOpDate: spec.at,
  };
  if (!spec.notInstantiated) {
    vol.primaryStorageUuid = psUuid;
    vol.installPath = volumeInstallPath(store, psUuid, spec.owner, uuid, 'dataVolumes');
    vol.actualSize = Math.floor(size * (0.05 + rng.next() * 0.6));
  }
  if (spec.lastVm) {
    vol.lastVmInstanceUuid = spec.lastVm.uuid;
    vol.lastAttachDate = createDate;
    if (spec.how === 'with-vm') vol.deviceId = 1;
    else vol.lastDetachDate = spec.at;
  }
  if (spec.attachedHostUuid !== undefined) vol.attachedHostUuid = spec.attachedHostUuid;
  store.volumes.set(uuid, vol);
  addOwnerRef(store, rng, uuid, 'VolumeVO', spec.owner, createDate);
  if (spec.status === 'Deleted' && spec.how !== 'with-vm')
    deletions.push({
      ...deleteVolumeCall(vol, spec.owner, spec.at),
      ...(spec.deletedBy ? { operator: spec.deletedBy } : {}),
    });
  return vol;
}

function scenario(ctx: Ctx, spec: VolumeSpec): void {
  ctx.store.scenarioVolumes.set(spec.name, addVolume(ctx, spec).uuid);
}

/** The named volumes the tests and the README speak of. */
function seedNamedVolumes(ctx: Ctx): void {
  const { store, infra, at, period } = ctx;
  const { alice, bob } = infra.accounts;
  // web-01's second disk: alice deleted it a few hours before she destroyed web-01
  const web01 = scenarioVm(store, 'web-01');
  scenario(ctx, {
    name: 'data-web-02',
    owner: alice,
    sizeGiB: 200,
    status: 'Deleted',
    at: at(DAY + 2 * HOUR),
    how: 'alone',
    deletedBy: 'alice',
    ...(web01 ? { lastVm: web01 } : {}),
  });
  seedCarolVolumes(ctx);
  // due 30 min from now: gone at the next expunge pass, 50 min from now
  scenario(ctx, {
    name: 'data-expiring-soon',
    owner: ADMIN_UUID,
    sizeGiB: 100,
    status: 'Deleted',
    at: at(period - 30 * MIN),
    how: 'alone',
  });
  scenario(ctx, {
    name: 'data-ceph-archive',
    owner: ADMIN_UUID,
    sizeGiB: 500,
    psUuid: infra.ps.shCeph,
    status: 'Deleted',
    at: at(9 * HOUR),
    how: 'alone',
    deletedBy: 'ops-script',
  });
  scenario(ctx, {
    name: 'data-not-instantiated',
    owner: bob,
    sizeGiB: 20,
    status: 'Deleted',
    at: at(5 * HOUR),
    notInstantiated: true,
    deletedBy: 'bob',
  });
  const host = [...store.hosts.values()].find((h) => h.name === 'kvm-hz-01');
  scenario(ctx, {
    name: 'data-on-host-01',
    owner: ADMIN_UUID,
    sizeGiB: 100,
    status: 'Ready',
    at: at(30 * DAY),
    ...(host ? { attachedHostUuid: host.uuid } : {}),
  });
}

/** carol holds exactly her volume.data.num quota in Ready volumes she detached from her VMs; one more is Deleted. */
function seedCarolVolumes(ctx: Ctx): void {
  const { store, at } = ctx;
  const { carol } = ctx.infra.accounts;
  const carolAccount = store.accounts.get(carol);
  if (carolAccount) carolAccount.quotas['volume.data.num'] = CAROL_DATA_VOLUME_QUOTA;
  ['carol-app-02', 'carol-app-03', 'carol-app-04'].slice(0, CAROL_DATA_VOLUME_QUOTA).forEach((name, i) => {
    const last = scenarioVm(store, name);
    addVolume(ctx, {
      name: `carol-data-0${i + 1}`,
      owner: carol,
      sizeGiB: 50,
      status: 'Ready',
      at: at((5 + 4 * i) * DAY),
      how: 'alone',
      ...(last ? { lastVm: last } : {}),
    });
  });
  const carolApp = scenarioVm(store, 'carol-app-01');
  scenario(ctx, {
    name: 'data-quota-carol',
    owner: carol,
    sizeGiB: 100,
    status: 'Deleted',
    at: at(10 * HOUR),
    how: 'alone',
    deletedBy: 'carol',
    ...(carolApp ? { lastVm: carolApp } : {}),
  });
}

/** Deleted together with their VM, while vm.dataVolume.deleteOnVmDestroy was on. */
function seedDeletedWithVms(ctx: Ctx, start: number): void {
  const { store, rng, period } = ctx;
  const withVm = (v: VmRec, name: string): VolumeSpec => ({
    name,
    owner: store.ownerOf(v.uuid) ?? ADMIN_UUID,
    sizeGiB: rng.pick([50, 100, 200, 500]),
    status: 'Deleted',
    at: v.lastOpDate,
    lastVm: v,
    how: 'with-vm',
  });
  const carolBuild = scenarioVm(store, 'carol-build-03');
  if (carolBuild) addVolume(ctx, withVm(carolBuild, 'data-carol-build-03'));
  const fresh = start - (period - HOUR);
  const hasData = new Set(
    [...store.volumes.values()].flatMap((x) =>
      x.type === 'Data' && x.lastVmInstanceUuid ? [x.lastVmInstanceUuid] : [],
    ),
  );
  const named = new Set(store.scenarioVms.values());
  const candidates = [...store.vms.values()].filter(
    (v) =>
      v.state === 'Destroyed' &&
      v.type === 'UserVm' &&
      v.lastOpDate > fresh &&
      !hasData.has(v.uuid) &&
      !named.has(v.uuid),
  );
  for (const v of rng.shuffle(candidates).slice(0, 10)) addVolume(ctx, withVm(v, `${v.name}-data`));
}

/** Deleted on their own, mostly after being detached from a running VM. */
function seedDeletedAlone(ctx: Ctx): void {
  const { store, rng, at, period } = ctx;
  const { alice, bob } = ctx.infra.accounts;
  const live = (owner: string): VmRec[] =>
    [...store.vms.values()].filter(
      (v) => v.type === 'UserVm' && v.state !== 'Destroyed' && store.ownerOf(v.uuid) === owner,
    );
  const owners = [alice, bob, ADMIN_UUID, ADMIN_UUID, alice, bob, ADMIN_UUID];
  const stems = ['scratch', 'logs', 'backup', 'cache', 'export', 'tmp'];
  for (let i = 0; i < 14; i++) {
    const owner = owners[i % owners.length] ?? ADMIN_UUID;
    const pool = live(owner);
    const last = pool.length > 0 && rng.chance(0.75) ? rng.pick(pool) : undefined;
    addVolume(ctx, {
      name: `${rng.pick(stems)}-${last?.name ?? String(i + 1).padStart(2, '0')}`,
      owner,
      sizeGiB: rng.pick([20, 50, 100, 200]),
      status: 'Deleted',
      // between 30 min and 3 days less an hour ago: none is due before the next expunge pass
      at: at(rng.int(30, Math.floor((period - HOUR) / MIN)) * MIN),
      how: 'alone',
      ...(last ? { lastVm: last } : {}),
    });
  }
}
