import { d, type InvCtx } from './inv-common.ts';
import type {
  AccountRec,
  ClusterRec,
  GlobalConfigRec,
  HostRec,
  ImageRec,
  IpRangeRec,
  L3Rec,
  OfferingRec,
  PrimaryStorageRec,
  RefRec,
  ZoneRec,
} from './state.ts';
import type { JsonObject } from './types.ts';

export function hostInv(ctx: InvCtx, h: HostRec): JsonObject {
  const used = ctx.store.hostUsage(h.uuid);
  return {
    uuid: h.uuid,
    name: h.name,
    description: h.description,
    zoneUuid: h.zoneUuid,
    clusterUuid: h.clusterUuid,
    managementIp: h.managementIp,
    hypervisorType: h.hypervisorType,
    state: h.state,
    status: h.status,
    totalCpuCapacity: h.totalCpuCapacity,
    availableCpuCapacity: h.totalCpuCapacity - used.cpu,
    cpuSockets: h.cpuSockets,
    totalMemoryCapacity: h.totalMemoryCapacity,
    availableMemoryCapacity: h.totalMemoryCapacity - used.memory,
    totalPhysicalMemory: h.totalMemoryCapacity,
    availablePhysicalMemory: h.totalMemoryCapacity - used.memory,
    cpuNum: h.cpuNum,
    architecture: h.architecture,
    username: 'root',
    sshPort: 22,
    createDate: d(ctx, h.createDate),
    lastOpDate: d(ctx, h.lastOpDate),
  };
}

export function zoneInv(ctx: InvCtx, z: ZoneRec): JsonObject {
  return {
    uuid: z.uuid,
    name: z.name,
    description: z.description,
    state: z.state,
    type: z.type,
    isDefault: z.isDefault,
    createDate: d(ctx, z.createDate),
    lastOpDate: d(ctx, z.lastOpDate),
  };
}

export function clusterInv(ctx: InvCtx, c: ClusterRec): JsonObject {
  return {
    uuid: c.uuid,
    name: c.name,
    description: c.description,
    state: c.state,
    hypervisorType: c.hypervisorType,
    zoneUuid: c.zoneUuid,
    type: c.type,
    architecture: c.architecture,
    createDate: d(ctx, c.createDate),
    lastOpDate: d(ctx, c.lastOpDate),
  };
}

export function primaryStorageInv(ctx: InvCtx, p: PrimaryStorageRec): JsonObject {
  return {
    uuid: p.uuid,
    name: p.name,
    description: p.description,
    zoneUuid: p.zoneUuid,
    url: p.url,
    totalCapacity: p.totalCapacity,
    availableCapacity: p.availableCapacity,
    totalPhysicalCapacity: p.totalPhysicalCapacity,
    availablePhysicalCapacity: p.availablePhysicalCapacity,
    type: p.type,
    state: p.state,
    status: p.status,
    mountPath: p.mountPath,
    attachedClusterUuids: [...p.attachedClusterUuids],
    createDate: d(ctx, p.createDate),
    lastOpDate: d(ctx, p.lastOpDate),
  };
}

export function ipRangeInv(ctx: InvCtx, r: IpRangeRec): JsonObject {
  return {
    uuid: r.uuid,
    l3NetworkUuid: r.l3NetworkUuid,
    name: r.name,
    startIp: r.startIp,
    endIp: r.endIp,
    netmask: r.netmask,
    gateway: r.gateway,
    networkCidr: r.networkCidr,
    ipVersion: r.ipVersion,
    prefixLen: r.prefixLen,
    createDate: d(ctx, r.createDate),
    lastOpDate: d(ctx, r.lastOpDate),
  };
}

export function l3Inv(ctx: InvCtx, l: L3Rec): JsonObject {
  return {
    uuid: l.uuid,
    name: l.name,
    description: l.description,
    type: l.type,
    zoneUuid: l.zoneUuid,
    l2NetworkUuid: l.l2NetworkUuid,
    state: l.state,
    dnsDomain: l.dnsDomain,
    system: l.system,
    category: l.category,
    ipVersion: l.ipVersion,
    createDate: d(ctx, l.createDate),
    lastOpDate: d(ctx, l.lastOpDate),
    dns: [...l.dns],
    ipRanges: l.ipRanges.map((r) => ipRangeInv(ctx, r)),
    networkServices: [],
    hostRoute: [],
  };
}

export function imageInv(ctx: InvCtx, i: ImageRec): JsonObject {
  return {
    uuid: i.uuid,
    name: i.name,
    description: i.description,
    state: i.state,
    status: i.status,
    size: i.size,
    actualSize: i.actualSize,
    md5Sum: i.md5Sum,
    url: i.url,
    mediaType: i.mediaType,
    guestOsType: i.guestOsType,
    type: i.type,
    platform: i.platform,
    architecture: i.architecture,
    format: i.format,
    system: i.system,
    backupStorageRefs: [],
    createDate: d(ctx, i.createDate),
    lastOpDate: d(ctx, i.lastOpDate),
  };
}

export function offeringInv(ctx: InvCtx, o: OfferingRec): JsonObject {
  return {
    uuid: o.uuid,
    name: o.name,
    description: o.description,
    cpuNum: o.cpuNum,
    cpuSpeed: o.cpuSpeed,
    memorySize: o.memorySize,
    type: o.type,
    allocatorStrategy: o.allocatorStrategy,
    sortKey: o.sortKey,
    state: o.state,
    createDate: d(ctx, o.createDate),
    lastOpDate: d(ctx, o.lastOpDate),
  };
}

export function globalConfigInv(_ctx: InvCtx, g: GlobalConfigRec): JsonObject {
  return {
    id: g.id,
    name: g.name,
    category: g.category,
    description: g.description,
    defaultValue: g.defaultValue,
    value: g.value,
  };
}

export function accountInv(ctx: InvCtx, a: AccountRec): JsonObject {
  return {
    uuid: a.uuid,
    name: a.name,
    description: a.description,
    type: a.type,
    state: a.state,
    createDate: d(ctx, a.createDate),
    lastOpDate: d(ctx, a.lastOpDate),
  };
}

export function refInv(ctx: InvCtx, r: RefRec): JsonObject {
  return {
    uuid: r.uuid,
    accountUuid: r.accountUuid,
    ownerAccountUuid: r.ownerAccountUuid,
    resourceUuid: r.resourceUuid,
    resourceType: r.resourceType,
    permission: r.permission,
    isShared: r.isShared,
    createDate: d(ctx, r.createDate),
    lastOpDate: d(ctx, r.lastOpDate),
  };
}
