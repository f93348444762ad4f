import type { Prng } from '../prng.ts';
import type { ClusterRec, HostRec, L3Rec } from '../store/records.ts';
import { ipToLong, longToIp, type Store } from '../store/store.ts';
import { type At, seedCatalog, type Catalog } from './catalog.ts';
import { defaultGlobalConfigs } from './global-configs.ts';

const TiB = 1024 ** 4;
const DAY = 86_400_000;

/** The named infrastructure, handed to the VM seeding step. */
export type Infra = Catalog & {
  zones: { hz: string; sh: string };
  clusters: { hzGeneral: ClusterRec; hzGpu: ClusterRec; shGeneral: ClusterRec; shArm: ClusterRec };
  /** Hosts that get few VMs and almost no free capacity. */
  littleHosts: Set<string>;
  /** A host uuid whose row was deleted (legacy-db-01's local storage lived there). */
  deletedHostUuid: string;
  ps: { hzNfs: string; hzLocal: string; shCeph: string };
  l3: { hzProd: L3Rec; hzDev: L3Rec; hzStorage: L3Rec; shProd: L3Rec; shMgmt: L3Rec };
};

export function seedInfra(store: Store, rng: Prng, start: number): Infra {
  const old = (days: number): number => Math.floor((start - days * DAY) / 1000) * 1000;
  const created = old(900);
  const at = { store, rng, created };
  const zones = {
    hz: zone(at, 'zone-hangzhou', 'Hangzhou DC1', true),
    sh: zone(at, 'zone-shanghai', 'Shanghai DC2', false),
  };
  const clusters = {
    hzGeneral: cluster(at, 'cluster-hz-general', zones.hz, 'x86_64'),
    hzGpu: cluster(at, 'cluster-hz-gpu', zones.hz, 'x86_64'),
    shGeneral: cluster(at, 'cluster-sh-general', zones.sh, 'x86_64'),
    shArm: cluster(at, 'cluster-sh-arm', zones.sh, 'aarch64'),
  };
  const littleHosts = seedHosts(at, clusters);
  const deletedHostUuid = rng.uuid();
  const psIds = seedPrimaryStorages(at, zones, clusters);
  const l3s = {
    hzProd: l3(at, 'l3-hz-prod', zones.hz, '10.10.0.0/16', 'production flat network'),
    hzDev: l3(at, 'l3-hz-dev', zones.hz, '10.20.0.0/16', 'development network'),
    hzStorage: l3(at, 'l3-hz-storage', zones.hz, '192.168.64.0/18', 'storage network'),
    shProd: l3(at, 'l3-sh-prod', zones.sh, '10.30.0.0/16', 'production flat network'),
    shMgmt: l3(at, 'l3-sh-mgmt', zones.sh, '172.16.0.0/18', 'management network'),
  };
  const catalog = seedCatalog(store, rng, created);
  store.globalConfigs = defaultGlobalConfigs();
  return { zones, clusters, littleHosts, deletedHostUuid, ps: psIds, l3: l3s, ...catalog };
}

/** The hosts of each cluster; returns the little ones. */
function seedHosts(at: At, clusters: Infra['clusters']): Set<string> {
  const littleHosts = new Set<string>();
  for (let i = 1; i <= 5; i++)
    host(at, littleHosts, `kvm-hz-0${i}`, clusters.hzGeneral, `172.20.1.${10 + i}`, { little: i === 5 });
  host(at, littleHosts, 'gpu-hz-01', clusters.hzGpu, '172.20.2.11', { gpuTotal: 8, gpuFree: 0 });
  host(at, littleHosts, 'gpu-hz-02', clusters.hzGpu, '172.20.2.12', { gpuTotal: 4, gpuFree: 2 });
  for (let i = 1; i <= 4; i++)
    host(at, littleHosts, `kvm-sh-0${i}`, clusters.shGeneral, `172.30.1.${10 + i}`, { little: i === 4 });
  host(at, littleHosts, 'arm-sh-01', clusters.shArm, '172.30.3.11');
  return littleHosts;
}

function seedPrimaryStorages(at: At, zones: Infra['zones'], clusters: Infra['clusters']): Infra['ps'] {
  return {
    hzNfs: ps(
      at,
      'ps-hz-nfs',
      'NFS',
      zones.hz,
      '172.20.0.10:/export/zstack-ps',
      [clusters.hzGeneral.uuid, clusters.hzGpu.uuid],
      200 * TiB,
    ),
    hzLocal: ps(
      at,
      'ps-hz-local',
      'LocalStorage',
      zones.hz,
      '/zstack_ps',
      [clusters.hzGeneral.uuid],
      40 * TiB,
    ),
    shCeph: ps(
      at,
      'ps-sh-ceph',
      'Ceph',
      zones.sh,
      'ceph://zstack-pool',
      [clusters.shGeneral.uuid, clusters.shArm.uuid],
      500 * TiB,
    ),
  };
}

function zone({ store, rng, created }: At, name: string, description: string, isDefault: boolean): string {
  const uuid = rng.uuid();
  store.zones.set(uuid, {
    uuid,
    name,
    description,
    state: 'Enabled',
    type: 'zstack',
    isDefault,
    createDate: created,
    lastOpDate: created,
  });
  return uuid;
}

function cluster(
  { store, rng, created }: At,
  name: string,
  zoneUuid: string,
  architecture: string,
): ClusterRec {
  const c: ClusterRec = {
    uuid: rng.uuid(),
    name,
    zoneUuid,
    state: 'Enabled',
    hypervisorType: 'KVM',
    type: 'zstack',
    architecture,
    createDate: created,
    lastOpDate: created,
  };
  store.clusters.set(c.uuid, c);
  return c;
}

function host(
  { store, rng, created }: At,
  littleHosts: Set<string>,
  name: string,
  c: ClusterRec,
  ip: string,
  opts: { little?: boolean; gpuTotal?: number; gpuFree?: number } = {},
): HostRec {
  const h: HostRec = {
    uuid: rng.uuid(),
    name,
    zoneUuid: c.zoneUuid,
    clusterUuid: c.uuid,
    managementIp: ip,
    hypervisorType: 'KVM',
    state: 'Enabled',
    status: 'Connected',
    architecture: c.architecture,
    cpuNum: opts.little ? 16 : 96,
    cpuSockets: 2,
    // capacities are sized after VM placement (VmBuilder.sizeHosts), so they always exceed what runs there
    totalCpuCapacity: 0,
    totalMemoryCapacity: 0,
    gpuTotal: opts.gpuTotal ?? 0,
    gpuFree: opts.gpuFree ?? 0,
    createDate: created,
    lastOpDate: created,
  };
  if (h.gpuTotal > 0) h.gpuModel = 'NVIDIA A100-SXM4-80GB';
  if (opts.little) littleHosts.add(h.uuid);
  store.hosts.set(h.uuid, h);
  return h;
}

function ps(
  { store, rng, created }: At,
  name: string,
  type: string,
  zoneUuid: string,
  url: string,
  clusterUuids: string[],
  total: number,
): string {
  const uuid = rng.uuid();
  const used = Math.floor(total * (0.35 + rng.next() * 0.3));
  store.primaryStorages.set(uuid, {
    uuid,
    name,
    zoneUuid,
    type,
    url,
    state: 'Enabled',
    status: 'Connected',
    totalCapacity: total,
    availableCapacity: total - used,
    totalPhysicalCapacity: total,
    availablePhysicalCapacity: total - used,
    attachedClusterUuids: clusterUuids,
    ...(type === 'NFS' ? { mountPath: `/opt/zstack/nfsprimarystorage/prim-${uuid}` } : {}),
    createDate: created,
    lastOpDate: created,
  });
  return uuid;
}

function l3(
  { store, rng, created }: At,
  name: string,
  zoneUuid: string,
  cidr: string,
  description: string,
): L3Rec {
  const [base = '0.0.0.0', prefix = '24'] = cidr.split('/');
  const prefixLen = Number(prefix);
  const net = ipToLong(base);
  const size = 2 ** (32 - prefixLen);
  const uuid = rng.uuid();
  const netmask = longToIp((2 ** 32 - size) >>> 0);
  const rec: L3Rec = {
    uuid,
    name,
    description,
    zoneUuid,
    l2NetworkUuid: rng.uuid(),
    type: 'L3BasicNetwork',
    state: 'Enabled',
    system: false,
    category: 'Private',
    ipVersion: 4,
    dnsDomain: 'zstack.internal',
    dns: ['223.5.5.5'],
    createDate: created,
    lastOpDate: created,
    ipRanges: [],
  };
  rec.ipRanges.push({
    uuid: rng.uuid(),
    l3NetworkUuid: uuid,
    name: `${name}-range`,
    startIp: longToIp(net + 10),
    endIp: longToIp(net + size - 6),
    netmask,
    gateway: longToIp(net + 1),
    networkCidr: cidr,
    prefixLen,
    ipVersion: 4,
    createDate: created,
    lastOpDate: created,
  });
  store.l3Networks.set(uuid, rec);
  return rec;
}
