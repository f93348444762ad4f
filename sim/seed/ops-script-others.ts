import type { Prng } from '../prng.ts';
import type { AuditRec } from '../store/records-identity.ts';
import type { VmRec, VolumeRec } from '../store/records.ts';
import { volumeInstallPath } from '../store/install-path.ts';
import type { ImageRec } from '../store/records-storage.ts';
import type { Store } from '../store/store.ts';
import type { Operator, OtherEvent } from '../store/scenario-facts.ts';
import { auditRow, deleteVolumeCall, destroyCall, type SeededDeletion } from './audits.ts';
import type { Infra } from './infra.ts';
import { addOwnerRef } from './owner-refs.ts';
import { DAY, MIN } from './timeline.ts';
import { VmBuilder } from './vm-builder.ts';

const GiB = 1024 ** 3;
const SEC = 1000;

/**
 * Two other operators in the same hour as the incident (t0 = its first deletion): alice cleans up her own
 * scratch VMs and a loose disk 9 minutes before it, bob destroys a sandbox VM 20 minutes after it started.
 */
export function seedOtherEvents(
  store: Store,
  rng: Prng,
  infra: Infra,
  t0: number,
): { events: OtherEvent[]; rows: Omit<AuditRec, 'id'>[] } {
  const b = new VmBuilder(store, rng, infra);
  const { alice, bob } = infra.accounts;
  const vm = (name: string, owner: string, at: number): VmRec =>
    b.build({
      name,
      owner,
      state: 'Destroyed',
      cluster: infra.clusters.hzGeneral,
      psUuid: infra.ps.hzNfs,
      image: infra.images.ubuntu,
      offering: infra.offerings[0] ?? rng.pick(infra.offerings),
      l3s: [infra.l3.hzDev],
      createDate: at - rng.int(2, 30) * DAY,
      lastOpDate: at,
    });
  const aliceAt = t0 - 9 * MIN;
  const aliceVms = [vm('alice-scratch-01', alice, aliceAt), vm('alice-scratch-02', alice, aliceAt + MIN)];
  const disk = looseVolume(store, rng, { name: 'alice-scratch-disk', owner: alice, at: aliceAt + 2 * MIN });
  const bobAt = t0 + 20 * MIN;
  const bobVm = vm('bob-sandbox-01', bob, bobAt);
  b.sizeHosts();
  const calls = (list: SeededDeletion[], operator: Operator, account: string) =>
    list.map((d) => auditRow(rng, d, operator, account));
  const aliceRows = calls(
    [...aliceVms.map((v) => destroyCall(store, v)), deleteVolumeCall(disk, alice, disk.lastOpDate)],
    'alice',
    alice,
  );
  const bobRows = calls([destroyCall(store, bobVm)], 'bob', bob);
  const event = (operator: Operator, account: string, rows: Omit<AuditRec, 'id'>[], at: number[]) => ({
    operator,
    clientIp: rows[0]?.clientIp ?? '',
    accountUuid: account,
    resources: rows.map((r) => r.resourceUuid),
    firstDeletion: Math.min(...at),
    lastDeletion: Math.max(...at),
  });
  return {
    events: [
      event('alice', alice, aliceRows, [...aliceVms.map((v) => v.lastOpDate), disk.lastOpDate]),
      event('bob', bob, bobRows, [bobVm.lastOpDate]),
    ],
    rows: [...aliceRows, ...bobRows],
  };
}

export interface DeletedVolumeSpec {
  /** Drawn by the caller, in its own order of draws (the seeded store must not change). */
  uuid: string;
  name: string;
  owner: string;
  psUuid: string;
  size: number;
  actualSize: number;
  createDate: number;
  lastOpDate: number;
  /** The VM it was deleted with (on it as `deviceId`), and the host of that VM's local root volume. */
  withVm?: { vm: VmRec; deviceId: number; localHostUuid: string | undefined };
}

/** A deleted data volume of the incident, with its install path and owner; key order is the store's row order. */
export function deletedVolume(store: Store, rng: Prng, o: DeletedVolumeSpec): VolumeRec {
  const w = o.withVm;
  const vol: VolumeRec = {
    uuid: o.uuid,
    name: o.name,
    primaryStorageUuid: o.psUuid,
    type: 'Data',
    format: 'qcow2',
    size: o.size,
    actualSize: o.actualSize,
    ...(w ? { deviceId: w.deviceId } : {}),
    state: 'Enabled',
    status: 'Deleted',
    isShareable: false,
    createDate: o.createDate,
    lastOpDate: o.lastOpDate,
    ...(w ? { lastAttachDate: w.vm.createDate, lastVmInstanceUuid: w.vm.uuid } : {}),
  };
  vol.installPath = volumeInstallPath(store, o.psUuid, o.owner, vol.uuid, 'dataVolumes');
  if (w?.localHostUuid !== undefined) vol.localHostUuid = w.localHostUuid;
  store.volumes.set(vol.uuid, vol);
  addOwnerRef(store, rng, vol.uuid, 'VolumeVO', o.owner, o.createDate);
  return vol;
}

/** A data volume that was never attached, deleted on its own (DeleteDataVolume). */
function looseVolume(store: Store, rng: Prng, o: { name: string; owner: string; at: number }): VolumeRec {
  const size = 50 * GiB;
  const createDate = o.at - rng.int(5, 60) * DAY;
  return deletedVolume(store, rng, {
    uuid: rng.uuid(),
    name: o.name,
    owner: o.owner,
    psUuid: [...store.primaryStorages.values()].find((p) => p.type === 'NFS')?.uuid ?? '',
    size,
    actualSize: Math.floor(size * 0.1),
    createDate,
    lastOpDate: o.at,
  });
}

export function seedProjectImages(store: Store, rng: Prng, project: string, deletedAt: number): ImageRec[] {
  const bs = [...store.backupStorages.values()].find((b) => b.name === 'bs-hz-imagestore');
  return (['proj-x-base-ubuntu', 'proj-x-app-template'] as const).map((name, i) => {
    const uuid = rng.uuid();
    const createDate = deletedAt - rng.int(30, 200) * DAY;
    const size = (i === 0 ? 20 : 40) * GiB;
    const md5Sum = Array.from({ length: 16 }, () => rng.hexByte()).join('');
    const at = deletedAt + i * 4 * SEC;
    const image: ImageRec = {
      uuid,
      name,
      state: 'Enabled',
      status: 'Deleted',
      size,
      actualSize: Math.floor(size * 0.2),
      md5Sum,
      url: `http://repo.internal/images/${name}.qcow2`,
      mediaType: 'RootVolumeTemplate',
      guestOsType: 'Ubuntu 22.04',
      type: 'zstack',
      platform: 'Linux',
      architecture: 'x86_64',
      format: 'qcow2',
      system: false,
      virtio: true,
      createDate,
      lastOpDate: at,
      backupStorageRefs: bs
        ? [
            {
              backupStorageUuid: bs.uuid,
              installPath: `zstore://${uuid}/${md5Sum}`,
              status: 'Deleted',
              createDate,
              lastOpDate: at,
            },
          ]
        : [],
    };
    store.images.set(uuid, image);
    store.scenarioImages.set(name, uuid);
    addOwnerRef(store, rng, uuid, 'ImageVO', project, createDate);
    return image;
  });
}
