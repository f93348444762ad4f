import type { Prng } from '../prng.ts';
import type { ImageRec } from '../store/records-storage.ts';
import type { ClusterRec, L3Rec } from '../store/records.ts';
import { ADMIN_UUID, type Store } from '../store/store.ts';
import { CAROL_QUOTA, NAME_PREFIXES } from './catalog.ts';
import type { Infra } from './infra.ts';
import { DAY, HOUR, LAST_EXPUNGE_PASS_AGO_MS, MIN } from './timeline.ts';
import { VmBuilder, type VmSpec } from './vm-builder.ts';

export const XSS_VM_NAME = '<img src=x onerror=alert(1)>-vm';

/** The VM part of the seed: named scenario VMs, generic user VMs, then virtual routers. */
export function seedVms(
  store: Store,
  rng: Prng,
  infra: Infra,
  p: { vms: number; destroyed: number; start: number },
): void {
  const b = new VmBuilder(store, rng, infra);
  const at = (msAgo: number): number => Math.floor((p.start - msAgo) / 1000) * 1000;
  const createdAgo = (): number => at(rng.int(30, 700) * DAY + rng.int(0, DAY));
  const usedNames = new Set<string>();
  const { clusters, l3, images, offerings, accounts } = infra;
  const offering = (name: string) => offerings.find((o) => o.name === name) ?? rng.pick(offerings);

  const scenario = (spec: Omit<VmSpec, 'createDate'> & { createDate?: number }): void => {
    const vm = b.build({ createDate: createdAgo(), ...spec });
    usedNames.add(spec.name);
    store.scenarioVms.set(spec.name, vm.uuid);
  };
  const hz = { cluster: clusters.hzGeneral, psUuid: infra.ps.hzNfs };
  scenario({
    name: 'web-01',
    owner: accounts.alice,
    state: 'Destroyed',
    ...hz,
    image: images.ubuntu,
    offering: offering('2C4G'),
    l3s: [l3.hzProd, l3.hzDev],
    lastOpDate: at(20 * HOUR),
    dataVolumes: [{ name: 'data-web-01', sizeGiB: 100 }],
  });
  scenario({
    name: XSS_VM_NAME,
    owner: accounts.alice,
    description: '<b>markup</b> & "quotes"',
    state: 'Destroyed',
    ...hz,
    image: images.debian,
    offering: offering('1C1G'),
    l3s: [l3.hzDev],
    lastOpDate: at(3 * HOUR),
  });
  scenario({
    name: 'legacy-db-01',
    owner: ADMIN_UUID,
    description: 'MySQL 5.6 on local disk',
    state: 'Destroyed',
    cluster: clusters.hzGeneral,
    psUuid: infra.ps.hzLocal,
    host: infra.deletedHostUuid,
    image: images.centos,
    offering: offering('8C32G'),
    l3s: [l3.hzProd],
    lastOpDate: at(3 * DAY + 5 * HOUR),
  });
  scenario({
    name: 'ci-runner-07',
    owner: ADMIN_UUID,
    state: 'Destroyed',
    ...hz,
    image: images.ubuntu,
    offering: offering('4C8G'),
    l3s: [l3.hzDev],
    lastOpDate: at(2 * DAY),
    scenario: 'raced-recover',
  });
  const gpuHost = [...store.hosts.values()].find((h) => h.name === 'gpu-hz-01')?.uuid;
  scenario({
    name: 'gpu-train-01',
    owner: ADMIN_UUID,
    state: 'Running',
    cluster: clusters.hzGpu,
    psUuid: infra.ps.hzNfs,
    ...(gpuHost ? { host: gpuHost } : {}),
    image: images.ubuntu,
    offering: offering('16C64G'),
    l3s: [l3.hzProd, l3.hzStorage],
    lastOpDate: at(9 * DAY),
  });
  scenario({
    name: 'gpu-train-02',
    owner: ADMIN_UUID,
    description: 'needs 4x A100',
    state: 'Destroyed',
    cluster: clusters.hzGpu,
    psUuid: infra.ps.hzNfs,
    image: images.ubuntu,
    offering: offering('16C64G'),
    l3s: [l3.hzProd, l3.hzStorage],
    lastOpDate: at(DAY + 2 * HOUR),
    scenario: 'needs-gpu',
    dataVolumes: [{ name: 'datasets-gpu-train-02', sizeGiB: 2000 }],
  });
  const period = Number(store.configValue('vm', 'expungePeriod')) * 1000;
  // due 45 min from now: not yet due, and gone at the next expunge pass (50 min from now)
  scenario({
    name: 'expiring-soon-01',
    owner: ADMIN_UUID,
    state: 'Destroyed',
    cluster: clusters.shGeneral,
    image: images.centos,
    offering: offering('1C1G'),
    l3s: [l3.shProd],
    lastOpDate: at(period - 45 * MIN),
  });
  // "due now": its expunge time passed 5 min ago, after the last pass, so it stays until the next one
  scenario({
    name: 'overdue-01',
    owner: ADMIN_UUID,
    description: 'load test box',
    state: 'Destroyed',
    cluster: clusters.shGeneral,
    image: images.rocky,
    offering: offering('2C4G'),
    l3s: [l3.shProd],
    lastOpDate: at(period + LAST_EXPUNGE_PASS_AGO_MS / 2),
  });
  // carol: exactly CAROL_QUOTA live VMs, so recovering any destroyed one exceeds vm.totalNum
  const carolLive = [
    'carol-app-01',
    'carol-app-02',
    'carol-app-03',
    'carol-app-04',
    'carol-db-01',
    'carol-web-01',
    'carol-build-01',
    'carol-build-02',
  ];
  carolLive.slice(0, CAROL_QUOTA).forEach((name, i) =>
    scenario({
      name,
      owner: accounts.carol,
      state: i < 6 ? 'Running' : 'Stopped',
      ...hz,
      image: images.rocky,
      offering: offering('2C4G'),
      l3s: [l3.hzDev],
      lastOpDate: at(rng.int(5, 20) * DAY),
    }),
  );
  for (const [name, ago] of [
    ['carol-build-03', DAY + 4 * HOUR],
    ['carol-build-04', 2 * DAY + 7 * HOUR],
    ['carol-test-01', 4 * DAY],
  ] as const) {
    scenario({
      name,
      owner: accounts.carol,
      state: 'Destroyed',
      ...hz,
      image: images.rocky,
      offering: offering('2C4G'),
      l3s: [l3.hzDev],
      lastOpDate: at(ago),
    });
  }

  const scenarioUserVms = store.vms.size;
  const scenarioDestroyed = [...store.vms.values()].filter((v) => v.state === 'Destroyed').length;
  seedGeneric(b, rng, infra, usedNames, at, createdAgo, {
    count: Math.max(0, p.vms - scenarioUserVms),
    destroyed: Math.max(0, p.destroyed - scenarioDestroyed),
  });
  seedRouters(b, rng, infra, createdAgo);
  b.sizeHosts();
  store.touch();
}

function seedGeneric(
  b: VmBuilder,
  rng: Prng,
  infra: Infra,
  usedNames: Set<string>,
  at: (ms: number) => number,
  createdAgo: () => number,
  n: { count: number; destroyed: number },
): void {
  const { accounts, clusters, l3, images, offerings } = infra;
  const alice = Math.min(38, Math.round(n.count * 0.3));
  const bob = Math.min(30, Math.round(n.count * 0.25));
  const destroyedSet = new Set(
    rng.shuffle(Array.from({ length: n.count }, (_, i) => i)).slice(0, Math.min(n.destroyed, n.count)),
  );
  const counters = new Map<string, number>();
  const nextName = (prefix: string): string => {
    for (;;) {
      const k = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, k);
      const name = `${prefix}-${String(k).padStart(2, '0')}`;
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };
  const placements: { cluster: ClusterRec; l3s: L3Rec[]; images: ImageRec[] }[] = [
    {
      cluster: clusters.hzGeneral,
      l3s: [l3.hzProd, l3.hzDev, l3.hzStorage],
      images: [images.centos, images.ubuntu, images.rocky, images.debian, images.windows],
    },
    {
      cluster: clusters.shGeneral,
      l3s: [l3.shProd, l3.shMgmt],
      images: [images.centos, images.ubuntu, images.rocky, images.windows],
    },
    { cluster: clusters.shArm, l3s: [l3.shProd, l3.shMgmt], images: [images.ubuntuArm] },
  ];
  for (let i = 0; i < n.count; i++) {
    const owner = i < alice ? accounts.alice : i < alice + bob ? accounts.bob : ADMIN_UUID;
    const r = rng.next();
    const place = r < 0.55 ? placements[0] : r < 0.92 ? placements[1] : placements[2];
    if (!place) continue;
    const destroyed = destroyedSet.has(i);
    const createDate = createdAgo();
    const first = rng.pick(place.l3s.slice(0, 2));
    const nicL3s = rng.chance(0.3) ? [first, rng.pick(place.l3s.filter((x) => x !== first))] : [first];
    const name = nextName(rng.pick(NAME_PREFIXES));
    // about 5% of destroyed VMs are older than 6d12h, so some expunge within the day
    const lastOpDate = destroyed
      ? at(5 * MIN + Math.floor(rng.next() * (6 * DAY + 20 * HOUR - 5 * MIN)))
      : Math.max(createDate, at(rng.int(1, 30 * 24) * HOUR));
    const extra = rng.chance(0.25) ? (rng.chance(0.2) ? 2 : 1) : 0;
    b.build({
      name,
      owner,
      state: destroyed ? 'Destroyed' : rng.chance(0.75) ? 'Running' : 'Stopped',
      cluster: place.cluster,
      image: rng.pick(place.images),
      offering: rng.pick(offerings),
      l3s: nicL3s,
      createDate,
      lastOpDate,
      ...(rng.chance(0.3)
        ? { description: `owned by team ${rng.pick(['infra', 'payments', 'search', 'data', 'qa'])}` }
        : {}),
      dataVolumes: Array.from({ length: extra }, (_, k) => ({
        name: `data-${name}${k > 0 ? `-${k + 1}` : ''}`,
        sizeGiB: rng.pick([50, 100, 200, 500, 1000]),
      })),
    });
  }
}

/** Virtual routers: ApplianceVm rows that admin queries return unless filtered by type=UserVm. */
function seedRouters(b: VmBuilder, rng: Prng, infra: Infra, createdAgo: () => number): void {
  const { l3, clusters, images, vrouterOffering } = infra;
  for (const net of [l3.hzProd, l3.hzDev, l3.hzStorage, l3.shProd, l3.shMgmt]) {
    const hz = net.zoneUuid === infra.zones.hz;
    const mgmt = hz ? l3.hzProd : l3.shMgmt;
    for (let i = 0; i < 4; i++) {
      const createDate = createdAgo();
      b.build({
        name: `vrouter.l3.${net.name}.${rng.uuid().slice(0, 6)}`,
        owner: ADMIN_UUID,
        state: 'Running',
        type: 'ApplianceVm',
        cluster: hz ? clusters.hzGeneral : clusters.shGeneral,
        psUuid: hz ? infra.ps.hzNfs : infra.ps.shCeph,
        image: images.vrouter,
        offering: vrouterOffering,
        l3s: mgmt === net ? [net] : [mgmt, net],
        createDate,
        lastOpDate: createDate,
      });
    }
  }
}
