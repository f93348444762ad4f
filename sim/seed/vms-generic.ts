// The VMs no test names: generic user VMs spread over the clusters, and the virtual routers of each network.
import type { Prng } from '../prng.ts';
import type { ImageRec } from '../store/records-storage.ts';
import type { ClusterRec, L3Rec } from '../store/records.ts';
import { ADMIN_UUID } from '../store/store.ts';
import { NAME_PREFIXES } from './catalog.ts';
import type { Infra } from './infra.ts';
import { DAY, HOUR, MIN } from './timeline.ts';
import type { VmBuilder } from './vm-builder.ts';

/** Generic user VMs: alice's, bob's and the admin's, `n.destroyed` of them Destroyed. */
export function seedGeneric(
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
export function seedRouters(b: VmBuilder, rng: Prng, infra: Infra, createdAgo: () => number): void {
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
