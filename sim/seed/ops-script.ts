import type { Prng } from '../prng.ts';
import type { VmRec, VolumeRec } from '../store/records.ts';
import { ADMIN_UUID, type Store } from '../store/store.ts';
import type { OpsScriptFacts } from '../store/scenario-facts.ts';
import {
  auditRow,
  deleteImageCall,
  destroyCall,
  expungeCall,
  mergeAudits,
  type SeededDeletion,
} from './audits.ts';
import { sha512 } from './catalog.ts';
import type { Infra } from './infra.ts';
import { deletedVolume, seedOtherEvents, seedProjectImages } from './ops-script-others.ts';
import { DAY, MIN, stampAgo } from './timeline.ts';
import { VmBuilder } from './vm-builder.ts';

const GiB = 1024 ** 3;
const SEC = 1000;

/** The `ops-script` scenario's account: IAM2 gives each project an account of its own, named after it. */
export const PROJECT_ACCOUNT = { name: 'proj-x', password: 'proj-x-password' } as const;

/** Incident window: the script's first deletion 40 min before the snapshot, the last 4 min later. */
const INCIDENT_AGO = 40 * MIN;
const INCIDENT_LENGTH = 4 * MIN;

/**
 * SIM_SCENARIO=ops-script: a cleanup script (operator `ops-script`, from one address) deletes project proj-x in
 * four minutes: 30 VMs (one of them carol's), the 24 data volumes attached to them (deleted with their VMs, as
 * under vm.dataVolume.deleteOnVmDestroy=true: no audit row of their own), and 2 images. Added on top of the
 * default data set, from its own generator, so the default rows keep their values.
 */
export function seedOpsScript(store: Store, rng: Prng, infra: Infra, start: number): OpsScriptFacts {
  const at = stampAgo(start);
  const project = addProjectAccount(store, rng, at(400 * DAY));
  const t0 = at(INCIDENT_AGO);
  const vms = seedProjectVms(store, rng, infra, project, t0);
  const { inBin, expunged } = seedDataVolumes(store, rng, vms.all, vms.dataCounts);
  const images = seedProjectImages(store, rng, project, t0 + INCIDENT_LENGTH - 4 * SEC);
  const deletions: SeededDeletion[] = [
    ...vms.all.map((vm) => destroyCall(store, vm)),
    ...images.map((image) => deleteImageCall(image, project)),
  ];
  const rows = deletions.map((d) => auditRow(rng, d, 'ops-script', ADMIN_UUID));
  // the admin expunged one of the deleted disks by hand ten minutes ago
  rows.push(auditRow(rng, expungeCall(expunged, project, at(10 * MIN)), 'admin', ADMIN_UUID));
  const others = seedOtherEvents(store, rng, infra, t0);
  rows.push(...others.rows);
  mergeAudits(store, rows);
  store.touch();
  const first = vms.all[0];
  return {
    projectAccountUuid: project,
    operator: 'ops-script',
    clientIp: rows[0]?.clientIp ?? '',
    firstDeletion: first?.lastOpDate ?? t0,
    lastDeletion: Math.max(...images.map((i) => i.lastOpDate)),
    vms: vms.all.map((v) => v.uuid),
    volumes: inBin.map((v) => v.uuid),
    images: images.map((i) => i.uuid),
    expungedVolume: { uuid: expunged.uuid, name: expunged.name, lastVmInstanceUuid: expunged.vm },
    quotaVm: vms.quota.uuid,
    localStorageVm: vms.local.uuid,
    nameTakenVm: vms.nameTaken.uuid,
    liveNamesake: vms.namesake.uuid,
    otherEvents: others.events,
  };
}

function addProjectAccount(store: Store, rng: Prng, created: number): string {
  const uuid = rng.uuid();
  store.accounts.set(uuid, {
    uuid,
    name: PROJECT_ACCOUNT.name,
    type: 'Normal',
    state: 'Enabled',
    passwordHash: sha512(PROJECT_ACCOUNT.password),
    quotas: { 'vm.totalNum': 200, 'volume.data.num': 100 },
    createDate: created,
    lastOpDate: created,
  });
  return uuid;
}

// name, and how many data disks it had (24 in all)
const PROJECT_VMS: readonly [string, number][] = [
  ...Array.from({ length: 8 }, (_, i): [string, number] => [`proj-x-web-0${i + 1}`, i < 6 ? 1 : 0]),
  ...Array.from({ length: 10 }, (_, i): [string, number] => [
    `proj-x-app-${String(i + 1).padStart(2, '0')}`,
    i < 3 ? 2 : i < 9 ? 1 : 0,
  ]),
  ['proj-x-db-01', 1],
  ['proj-x-db-02', 1],
  ['proj-x-db-03', 1],
  ['proj-x-db-04', 0],
  ...Array.from({ length: 7 }, (_, i): [string, number] => [`proj-x-worker-0${i + 1}`, i < 3 ? 1 : 0]),
  ['proj-x-ci-01', 0],
];

type ProjectVms = {
  all: VmRec[];
  dataCounts: Map<string, number>;
  quota: VmRec;
  local: VmRec;
  nameTaken: VmRec;
  namesake: VmRec;
};

function seedProjectVms(store: Store, rng: Prng, infra: Infra, project: string, t0: number): ProjectVms {
  const b = new VmBuilder(store, rng, infra);
  const { clusters, l3, images, offerings } = infra;
  const offering = (name: string) => offerings.find((o) => o.name === name) ?? rng.pick(offerings);
  const created = t0 - rng.int(60, 200) * DAY;
  const spacing = Math.floor((INCIDENT_LENGTH - 8 * SEC) / PROJECT_VMS.length / SEC) * SEC;
  const all: VmRec[] = [];
  const dataCounts = new Map<string, number>();
  PROJECT_VMS.forEach(([name, disks], i) => {
    const db = name.startsWith('proj-x-db');
    const local = name === 'proj-x-db-01';
    const vm = b.build({
      name,
      owner: name === 'proj-x-ci-01' ? infra.accounts.carol : project,
      state: 'Destroyed',
      cluster: clusters.hzGeneral,
      psUuid: local ? infra.ps.hzLocal : infra.ps.hzNfs,
      ...(local ? { host: infra.deletedHostUuid } : {}),
      image: db ? images.centos : images.ubuntu,
      offering: offering(db ? '8C32G' : '2C4G'),
      l3s: db ? [l3.hzProd, l3.hzStorage] : [l3.hzProd],
      createDate: created,
      lastOpDate: t0 + i * spacing,
      description: 'project proj-x',
    });
    all.push(vm);
    dataCounts.set(vm.uuid, disks);
    store.scenarioVms.set(name, vm.uuid);
  });
  const pick = (name: string): VmRec => all.find((v) => v.name === name) ?? fail(name);
  const nameTaken = pick('proj-x-web-01');
  // the project rebuilt its front end after the incident: a new VM under the old name
  const namesake = b.build({
    name: nameTaken.name,
    owner: project,
    state: 'Running',
    cluster: clusters.hzGeneral,
    psUuid: infra.ps.hzNfs,
    image: images.ubuntu,
    offering: offering('2C4G'),
    l3s: [l3.hzProd],
    createDate: t0 + INCIDENT_LENGTH + 15 * MIN,
    lastOpDate: t0 + INCIDENT_LENGTH + 15 * MIN,
  });
  b.sizeHosts();
  return {
    all,
    dataCounts,
    quota: pick('proj-x-ci-01'),
    local: pick('proj-x-db-01'),
    nameTaken,
    namesake,
  };
}

function fail(name: string): never {
  throw new Error(`ops-script scenario: no VM ${name}`);
}

type Expunged = { uuid: string; name: string; vm: string };

/**
 * The VMs' data disks, deleted with them: lastVmInstanceUuid set, deviceId kept, no lastDetachDate
 * (docs/zstack-protocol.md#data-volumes-on-vm-destroy). One of them is already expunged, so only its uuid is made.
 */
function seedDataVolumes(
  store: Store,
  rng: Prng,
  vms: readonly VmRec[],
  counts: ReadonlyMap<string, number>,
): { inBin: VolumeRec[]; expunged: Expunged } {
  const inBin: VolumeRec[] = [];
  let expunged: Expunged | undefined;
  for (const vm of vms) {
    const n = counts.get(vm.uuid) ?? 0;
    const root = vm.rootVolumeUuid === undefined ? undefined : store.volumes.get(vm.rootVolumeUuid);
    const owner = store.ownerOf(vm.uuid) ?? ADMIN_UUID;
    for (let k = 1; k <= n; k++) {
      const name = `${vm.name}-data${n > 1 ? `-${k}` : ''}`;
      if (vm.name === 'proj-x-app-05') {
        expunged = { uuid: rng.uuid(), name, vm: vm.uuid };
        continue;
      }
      const vol = dataVolume(store, rng, { vm, root, owner, name, deviceId: k });
      inBin.push(vol);
      store.scenarioVolumes.set(name, vol.uuid);
    }
  }
  if (!expunged) throw new Error('ops-script scenario: no expunged volume');
  return { inBin, expunged };
}

function dataVolume(
  store: Store,
  rng: Prng,
  o: { vm: VmRec; root: VolumeRec | undefined; owner: string; name: string; deviceId: number },
): VolumeRec {
  const size = rng.pick([50, 100, 200, 500]) * GiB;
  const uuid = rng.uuid();
  return deletedVolume(store, rng, {
    uuid,
    name: o.name,
    owner: o.owner,
    psUuid: o.root?.primaryStorageUuid ?? '',
    size,
    actualSize: Math.floor(size * (0.05 + rng.next() * 0.6)),
    createDate: o.vm.createDate,
    lastOpDate: o.vm.lastOpDate,
    withVm: { vm: o.vm, deviceId: o.deviceId, localHostUuid: o.root?.localHostUuid },
  });
}
