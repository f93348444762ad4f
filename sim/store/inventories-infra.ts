import type { JsonObject } from './gson.ts';
import { wireDate, type InvCtx } from './inventory-context.ts';
import type {
  ClusterRec,
  HostRec,
  IpRangeRec,
  L3Rec,
  OfferingRec,
  PrimaryStorageRec,
  ZoneRec,
} from './records.ts';

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
    createDate: wireDate(ctx, h.createDate),
    lastOpDate: wireDate(ctx, h.lastOpDate),
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
    createDate: wireDate(ctx, z.createDate),
    lastOpDate: wireDate(ctx, z.lastOpDate),
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
    createDate: wireDate(ctx, c.createDate),
    lastOpDate: wireDate(ctx, c.lastOpDate),
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
    createDate: wireDate(ctx, p.createDate),
    lastOpDate: wireDate(ctx, p.lastOpDate),
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
    createDate: wireDate(ctx, r.createDate),
    lastOpDate: wireDate(ctx, r.lastOpDate),
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
    createDate: wireDate(ctx, l.createDate),
    lastOpDate: wireDate(ctx, l.lastOpDate),
    dns: [...l.dns],
    ipRanges: l.ipRanges.map((r) => ipRangeInv(ctx, r)),
    networkServices: [],
    hostRoute: [],
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
    createDate: wireDate(ctx, o.createDate),
    lastOpDate: wireDate(ctx, o.lastOpDate),
  };
}
