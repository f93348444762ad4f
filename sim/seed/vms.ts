import type { Prng } from '../prng.ts';
import type { ClusterRec, OfferingRec } from '../store/records.ts';
import { ADMIN_UUID, type Store } from '../store/store.ts';
import { CAROL_QUOTA } from './catalog.ts';
import type { Infra } from './infra.ts';
import { DAY, HOUR, LAST_EXPUNGE_PASS_AGO_MS, MIN } from './timeline.ts';
import { VmBuilder, type VmSpec } from './vm-builder.ts';
import { seedGeneric, seedRouters } from './vms-generic.ts';

export const XSS_VM_NAME = '<img src=x onerror=alert(1)>-vm';

/** What the VM seeding steps share. */
type Ctx = {
  store: Store;
  rng: Prng;
  infra: Infra;
  /** A stamp that long before the data set's start. */
  at: (msAgo: number) => number;
  /** An instance offering by name. */
  offering: (name: string) => OfferingRec;
  /** A named VM: built, and found by its name (store.scenarioVms). */
  scenario: (spec: Omit<VmSpec, 'createDate'> & { createDate?: number }) => void;
  hz: { cluster: ClusterRec; psUuid: string };
};

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
  const { offerings } = infra;
  const ctx: Ctx = {
    store,
    rng,
    infra,
    at,
    offering: (name) => offerings.find((o) => o.name === name) ?? rng.pick(offerings),
    // the spec (and what it draws) comes first, then its creation date
    scenario: (spec) => {
      const vm = b.build({ createDate: createdAgo(), ...spec });
      usedNames.add(spec.name);
      store.scenarioVms.set(spec.name, vm.uuid);
    },
    hz: { cluster: infra.clusters.hzGeneral, psUuid: infra.ps.hzNfs },
  };
  seedRecoverScenarios(ctx);
  seedHostAndExpiryScenarios(ctx);
  seedCarolVms(ctx);
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

/** VMs whose recovery the tests follow: plain, hostile text, a deleted host, a raced recovery. */
function seedRecoverScenarios(ctx: Ctx): void {
  const { infra, at, offering, hz } = ctx;
  const { clusters, l3, images, accounts } = infra;
  ctx.scenario({
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
  ctx.scenario({
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
  ctx.scenario({
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
  ctx.scenario({
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
}

/** VMs that need a host the node lacks, and VMs due for the expunge task. */
function seedHostAndExpiryScenarios(ctx: Ctx): void {
  const { store, infra, at, offering } = ctx;
  const { clusters, l3, images } = infra;
  const gpuHost = [...store.hosts.values()].find((h) => h.name === 'gpu-hz-01')?.uuid;
  ctx.scenario({
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
  ctx.scenario({
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
  ctx.scenario({
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
  ctx.scenario({
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
}

function seedCarolVms(ctx: Ctx): void {
  const { rng, infra, at, offering, hz } = ctx;
  const { l3, images, accounts } = infra;
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
    ctx.scenario({
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
    ctx.scenario({
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
}
