/** The in-memory "database": every table, ownership refs and lazily rebuilt indexes. */
import type {
  AccountRec,
  AuditRec,
  GlobalConfigRec,
  RefRec,
  SessionRec,
  SharedResourceRec,
} from './records-identity.ts';
import type { OpsScriptFacts } from './scenario-facts.ts';
import type { BackupStorageRec, ImageRec } from './records-storage.ts';
import type {
  ClusterRec,
  HostRec,
  L3Rec,
  NicRec,
  OfferingRec,
  PrimaryStorageRec,
  UsedIpRec,
  VmRec,
  VolumeRec,
  ZoneRec,
} from './records.ts';

export const ADMIN_UUID = '36c27e8ff05c4780bf6d2fa65700f22e';

type Indexes = {
  nicsByVm: Map<string, NicRec[]>;
  volumesByVm: Map<string, VolumeRec[]>;
  usedIpsByNic: Map<string, UsedIpRec[]>;
  hostUsage: Map<string, { cpu: number; memory: number }>;
};

/** Holds every table; derived indexes are rebuilt lazily after a mutation calls touch(). */
export class Store {
  zones = new Map<string, ZoneRec>();
  clusters = new Map<string, ClusterRec>();
  hosts = new Map<string, HostRec>();
  primaryStorages = new Map<string, PrimaryStorageRec>();
  l3Networks = new Map<string, L3Rec>();
  usedIps = new Map<string, UsedIpRec>();
  nics = new Map<string, NicRec>();
  volumes = new Map<string, VolumeRec>();
  vms = new Map<string, VmRec>();
  images = new Map<string, ImageRec>();
  backupStorages = new Map<string, BackupStorageRec>();
  offerings = new Map<string, OfferingRec>();
  globalConfigs: GlobalConfigRec[] = [];
  accounts = new Map<string, AccountRec>();
  refs = new Map<string, RefRec>();
  refByResource = new Map<string, RefRec>();
  shares: SharedResourceRec[] = [];
  sessions = new Map<string, SessionRec>();
  /** AuditsVO, oldest first; ids keep counting from the last row. */
  audits: AuditRec[] = [];
  /** Named scenario rows, name → uuid (for tests and the control endpoint). */
  scenarioVms = new Map<string, string>();
  scenarioVolumes = new Map<string, string>();
  scenarioImages = new Map<string, string>();
  /** What the ops-script scenario seeded (undefined in the default data set). */
  opsScript: OpsScriptFacts | undefined;
  private index: Indexes | undefined;

  touch(): void {
    this.index = undefined;
  }

  private indexes(): Indexes {
    if (this.index) return this.index;
    const nicsByVm = new Map<string, NicRec[]>();
    for (const n of this.nics.values()) push(nicsByVm, n.vmInstanceUuid, n);
    for (const list of nicsByVm.values()) list.sort((a, b) => a.deviceId - b.deviceId);
    const volumesByVm = new Map<string, VolumeRec[]>();
    for (const v of this.volumes.values())
      if (v.vmInstanceUuid !== undefined) push(volumesByVm, v.vmInstanceUuid, v);
    for (const list of volumesByVm.values()) list.sort((a, b) => (a.deviceId ?? 0) - (b.deviceId ?? 0));
    const usedIpsByNic = new Map<string, UsedIpRec[]>();
    for (const u of this.usedIps.values()) push(usedIpsByNic, u.vmNicUuid, u);
    const hostUsage = new Map<string, { cpu: number; memory: number }>();
    for (const vm of this.vms.values()) {
      if (vm.hostUuid === undefined) continue;
      const u = hostUsage.get(vm.hostUuid) ?? { cpu: 0, memory: 0 };
      u.cpu += vm.cpuNum;
      u.memory += vm.memorySize;
      hostUsage.set(vm.hostUuid, u);
    }
    this.index = { nicsByVm, volumesByVm, usedIpsByNic, hostUsage };
    return this.index;
  }

  nicsOf(vmUuid: string): NicRec[] {
    return this.indexes().nicsByVm.get(vmUuid) ?? [];
  }

  volumesOf(vmUuid: string): VolumeRec[] {
    return this.indexes().volumesByVm.get(vmUuid) ?? [];
  }

  usedIpsOf(nicUuid: string): UsedIpRec[] {
    return this.indexes().usedIpsByNic.get(nicUuid) ?? [];
  }

  hostUsage(hostUuid: string): { cpu: number; memory: number } {
    return this.indexes().hostUsage.get(hostUuid) ?? { cpu: 0, memory: 0 };
  }

  ownerOf(resourceUuid: string): string | undefined {
    return this.refByResource.get(resourceUuid)?.ownerAccountUuid;
  }

  addRef(ref: RefRec): void {
    this.refs.set(ref.uuid, ref);
    this.refByResource.set(ref.resourceUuid, ref);
  }

  removeRef(resourceUuid: string): void {
    const ref = this.refByResource.get(resourceUuid);
    if (!ref) return;
    this.refs.delete(ref.uuid);
    this.refByResource.delete(resourceUuid);
  }

  /** Shared to this account, or to everyone, with at least `permission` (1 read, 2 write). */
  isSharedWith(resourceUuid: string, accountUuid: string, permission: number): boolean {
    return this.shares.some(
      (sh) =>
        sh.resourceUuid === resourceUuid &&
        (sh.toPublic || sh.receiverAccountUuid === accountUuid) &&
        sh.permission >= permission,
    );
  }

  removeShares(resourceUuid: string): void {
    this.shares = this.shares.filter((sh) => sh.resourceUuid !== resourceUuid);
  }

  config(category: string, name: string): GlobalConfigRec | undefined {
    return this.globalConfigs.find((c) => c.category === category && c.name === name);
  }

  configValue(category: string, name: string): string {
    return this.config(category, name)?.value ?? '';
  }
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

export function ipToLong(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

export function longToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}
