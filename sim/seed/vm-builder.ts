import type { Prng } from '../prng.ts';
import type {
  ClusterRec,
  HostRec,
  L3Rec,
  NicRec,
  OfferingRec,
  VmRec,
  VmScenario,
  VolumeRec,
} from '../store/records.ts';
import type { ImageRec } from '../store/records-storage.ts';
import { volumeInstallPath } from '../store/install-path.ts';
import { ipToLong, longToIp, type Store } from '../store/store.ts';
import type { Infra } from './infra.ts';
import { addOwnerRef } from './owner-refs.ts';

const GiB = 1024 ** 3;

export type VmSpec = {
  name: string;
  owner: string;
  description?: string;
  state: 'Running' | 'Stopped' | 'Destroyed';
  type?: 'UserVm' | 'ApplianceVm';
  cluster: ClusterRec;
  image: ImageRec;
  offering: OfferingRec;
  l3s: L3Rec[];
  createDate: number;
  lastOpDate: number;
  dataVolumes?: { name: string; sizeGiB: number }[];
  psUuid?: string;
  /** Host the VM runs on, or last ran on. */
  host?: string;
  scenario?: VmScenario;
};

/** Builds VM rows with their NICs, IPs, volumes and ownership refs, the way a live node would hold them. */
export class VmBuilder {
  private internalId = 1;
  private readonly macs = new Set<string>();
  private readonly ipCursor = new Map<string, number>();
  private readonly hostsByCluster = new Map<string, HostRec[]>();

  constructor(
    private readonly store: Store,
    private readonly rng: Prng,
    private readonly infra: Infra,
  ) {
    for (const h of store.hosts.values()) {
      const list = this.hostsByCluster.get(h.clusterUuid) ?? [];
      list.push(h);
      this.hostsByCluster.set(h.clusterUuid, list);
    }
    // a builder started on a seeded store (a scenario adding rows) continues its ids and addresses
    for (const vm of store.vms.values()) this.internalId = Math.max(this.internalId, vm.internalId + 1);
    for (const nic of store.nics.values()) this.macs.add(nic.mac);
    for (const ip of store.usedIps.values())
      this.ipCursor.set(
        ip.l3NetworkUuid,
        Math.max(this.ipCursor.get(ip.l3NetworkUuid) ?? 0, ip.ipInLong + 1),
      );
  }

  /** A host of the cluster; the little-capacity ones are rarely chosen. */
  pickHost(cluster: ClusterRec): string {
    const hosts = this.hostsByCluster.get(cluster.uuid) ?? [];
    const big = hosts.filter((h) => !this.infra.littleHosts.has(h.uuid));
    const pool = big.length > 0 && !this.rng.chance(0.03) ? big : hosts;
    return this.rng.pick(pool).uuid;
  }

  private mac(): string {
    for (;;) {
      const mac = `fa:${Array.from({ length: 5 }, () => this.rng.hexByte()).join(':')}`;
      if (!this.macs.has(mac)) {
        this.macs.add(mac);
        return mac;
      }
    }
  }

  private pickPs(cluster: ClusterRec): string {
    const { ps, clusters } = this.infra;
    if (cluster.uuid === clusters.hzGeneral.uuid) return this.rng.chance(0.25) ? ps.hzLocal : ps.hzNfs;
    if (cluster.uuid === clusters.hzGpu.uuid) return ps.hzNfs;
    return ps.shCeph;
  }

  private allocateIp(nic: NicRec, l3: L3Rec, stamp: number): void {
    const range = l3.ipRanges[0];
    if (!range) return;
    const next = this.ipCursor.get(l3.uuid) ?? ipToLong(range.startIp);
    if (next > ipToLong(range.endIp)) return;
    this.ipCursor.set(l3.uuid, next + 1);
    const ip = longToIp(next);
    const uuid = this.rng.uuid();
    this.store.usedIps.set(uuid, {
      uuid,
      ipRangeUuid: range.uuid,
      l3NetworkUuid: l3.uuid,
      ipVersion: 4,
      ip,
      netmask: range.netmask,
      gateway: range.gateway,
      usedFor: 'Vm',
      ipInLong: next,
      vmNicUuid: nic.uuid,
      createDate: stamp,
      lastOpDate: stamp,
    });
    Object.assign(nic, { ip, netmask: range.netmask, gateway: range.gateway, usedIpUuid: uuid });
  }

  private ref(resourceUuid: string, resourceType: string, owner: string, date: number): void {
    addOwnerRef(this.store, this.rng, resourceUuid, resourceType, owner, date);
  }

  build(spec: VmSpec): VmRec {
    const { store, rng } = this;
    const uuid = rng.uuid();
    const host = spec.host ?? this.pickHost(spec.cluster);
    const id = this.internalId++;
    const vm: VmRec = {
      uuid,
      name: spec.name,
      zoneUuid: spec.cluster.zoneUuid,
      clusterUuid: spec.cluster.uuid,
      imageUuid: spec.image.uuid,
      instanceOfferingUuid: spec.offering.uuid,
      platform: spec.image.platform,
      architecture: spec.cluster.architecture,
      type: spec.type ?? 'UserVm',
      hypervisorType: 'KVM',
      memorySize: spec.offering.memorySize,
      cpuNum: spec.offering.cpuNum,
      allocatorStrategy: 'LastHostPreferredAllocatorStrategy',
      createDate: spec.createDate,
      lastOpDate: spec.lastOpDate,
      state: spec.state,
      guestOsType: spec.image.guestOsType,
      internalId: id,
    };
    if (spec.description !== undefined) vm.description = spec.description;
    if (spec.scenario !== undefined) vm.scenario = spec.scenario;
    if (spec.state === 'Running') vm.hostUuid = host;
    else vm.lastHostUuid = host;
    store.vms.set(uuid, vm);
    this.ref(uuid, 'VmInstanceVO', spec.owner, spec.createDate);
    this.addNics(spec, vm, id);
    this.addVolumes(spec, vm, host);
    return vm;
  }

  private addNics(spec: VmSpec, vm: VmRec, id: number): void {
    const destroyed = spec.state === 'Destroyed';
    spec.l3s.forEach((l3, deviceId) => {
      const nic: NicRec = {
        uuid: this.rng.uuid(),
        vmInstanceUuid: vm.uuid,
        l3NetworkUuid: l3.uuid,
        mac: this.mac(),
        hypervisorType: 'KVM',
        driverType: spec.image.platform === 'Windows' ? 'e1000' : 'virtio',
        internalName: `vnic${id}.${deviceId}`,
        deviceId,
        type: 'VNIC',
        state: 'enable',
        createDate: spec.createDate,
        lastOpDate: destroyed ? spec.lastOpDate : spec.createDate,
      };
      if (!destroyed) this.allocateIp(nic, l3, spec.createDate);
      this.store.nics.set(nic.uuid, nic);
      if (deviceId === 0) vm.defaultL3NetworkUuid = l3.uuid;
    });
  }

  /** The root volume, then the data volumes, on one primary storage (and its host, when local). */
  private addVolumes(spec: VmSpec, vm: VmRec, host: string): void {
    const { store, rng } = this;
    const psUuid = spec.psUuid ?? this.pickPs(spec.cluster);
    const disk = {
      psUuid,
      format: store.primaryStorages.get(psUuid)?.type === 'Ceph' ? 'raw' : 'qcow2',
      localHost: store.primaryStorages.get(psUuid)?.type === 'LocalStorage' ? host : undefined,
    };
    const rootSize = Math.max(spec.image.size, rng.pick([40, 60, 100]) * GiB);
    const root: VolumeRec = {
      uuid: rng.uuid(),
      name: `ROOT-for-${spec.name}`,
      primaryStorageUuid: psUuid,
      vmInstanceUuid: vm.uuid,
      rootImageUuid: spec.image.uuid,
      type: 'Root',
      format: disk.format,
      size: rootSize,
      actualSize: Math.floor(rootSize * (0.1 + rng.next() * 0.5)),
      deviceId: 0,
      state: 'Enabled',
      status: spec.state === 'Destroyed' ? 'Deleted' : 'Ready',
      isShareable: false,
      createDate: spec.createDate,
      lastOpDate: spec.lastOpDate,
      lastAttachDate: spec.createDate,
    };
    root.installPath = volumeInstallPath(store, psUuid, spec.owner, root.uuid, 'rootVolumes');
    if (disk.localHost !== undefined) root.localHostUuid = disk.localHost;
    store.volumes.set(root.uuid, root);
    vm.rootVolumeUuid = root.uuid;
    this.ref(root.uuid, 'VolumeVO', spec.owner, spec.createDate);
    (spec.dataVolumes ?? []).forEach((dv, i) => this.addDataVolume(spec, vm, disk, dv, i + 1));
  }

  private addDataVolume(
    spec: VmSpec,
    vm: VmRec,
    disk: { psUuid: string; format: string; localHost: string | undefined },
    dv: { name: string; sizeGiB: number },
    deviceId: number,
  ): void {
    const size = dv.sizeGiB * GiB;
    const vol: VolumeRec = {
      uuid: this.rng.uuid(),
      name: dv.name,
      primaryStorageUuid: disk.psUuid,
      type: 'Data',
      format: disk.format,
      size,
      actualSize: Math.floor(size * (0.05 + this.rng.next() * 0.6)),
      state: 'Enabled',
      status: 'Ready',
      isShareable: false,
      createDate: spec.createDate,
      lastOpDate: spec.lastOpDate,
      lastAttachDate: spec.createDate,
    };
    vol.installPath = volumeInstallPath(this.store, disk.psUuid, spec.owner, vol.uuid, 'dataVolumes');
    if (disk.localHost !== undefined) vol.localHostUuid = disk.localHost;
    if (spec.state === 'Destroyed') {
      // destroy detaches data volumes (vm.dataVolume.deleteOnVmDestroy=false)
      vol.lastVmInstanceUuid = vm.uuid;
      vol.lastDetachDate = spec.lastOpDate;
    } else {
      vol.vmInstanceUuid = vm.uuid;
      vol.deviceId = deviceId;
    }
    this.store.volumes.set(vol.uuid, vol);
    this.ref(vol.uuid, 'VolumeVO', spec.owner, spec.createDate);
  }

  /** Sizes host capacity after placement: big hosts keep plenty of room, little ones almost none. */
  sizeHosts(): void {
    const used = new Map<string, { cpu: number; mem: number }>();
    for (const vm of this.store.vms.values()) {
      if (vm.hostUuid === undefined) continue;
      const u = used.get(vm.hostUuid) ?? { cpu: 0, mem: 0 };
      u.cpu += vm.cpuNum;
      u.mem += vm.memorySize;
      used.set(vm.hostUuid, u);
    }
    const roundUp = (n: number, step: number): number => Math.ceil(n / step) * step;
    for (const h of this.store.hosts.values()) {
      const u = used.get(h.uuid) ?? { cpu: 0, mem: 0 };
      if (this.infra.littleHosts.has(h.uuid)) {
        h.totalCpuCapacity = u.cpu + 1;
        h.totalMemoryCapacity = u.mem + GiB;
      } else {
        h.totalCpuCapacity = roundUp(u.cpu + 256, 64);
        h.totalMemoryCapacity = roundUp(u.mem + 512 * GiB, 128 * GiB);
      }
    }
  }
}
