import { d, type InvCtx } from './inv-common.ts';
import type { NicRec, SessionRec, UsedIpRec, VmRec, VolumeRec } from './state.ts';
import type { Json, JsonObject } from './types.ts';

export type { InvCtx } from './inv-common.ts';
export * from './inventories-infra.ts';

/** Gson writes byte[] as signed bytes. */
const ipBytes = (ip: string): number[] =>
  ip.split('.').map((p) => {
    const n = Number(p);
    return n > 127 ? n - 256 : n;
  });

export function usedIpInv(ctx: InvCtx, u: UsedIpRec): JsonObject {
  return {
    uuid: u.uuid,
    ipRangeUuid: u.ipRangeUuid,
    l3NetworkUuid: u.l3NetworkUuid,
    ipVersion: u.ipVersion,
    ip: u.ip,
    netmask: u.netmask,
    gateway: u.gateway,
    usedFor: u.usedFor,
    ipInLong: u.ipInLong,
    ipInBinary: ipBytes(u.ip),
    vmNicUuid: u.vmNicUuid,
    createDate: d(ctx, u.createDate),
    lastOpDate: d(ctx, u.lastOpDate),
  };
}

export function nicInv(ctx: InvCtx, n: NicRec): JsonObject {
  return {
    uuid: n.uuid,
    vmInstanceUuid: n.vmInstanceUuid,
    l3NetworkUuid: n.l3NetworkUuid,
    ip: n.ip,
    mac: n.mac,
    hypervisorType: n.hypervisorType,
    netmask: n.netmask,
    gateway: n.gateway,
    driverType: n.driverType,
    usedIps: ctx.store.usedIpsOf(n.uuid).map((u) => usedIpInv(ctx, u)),
    internalName: n.internalName,
    deviceId: n.deviceId,
    type: n.type,
    state: n.state,
    createDate: d(ctx, n.createDate),
    lastOpDate: d(ctx, n.lastOpDate),
    usedIpUuid: ctx.noSee ? n.usedIpUuid : undefined,
  };
}

export function volumeInv(ctx: InvCtx, v: VolumeRec): JsonObject {
  return {
    uuid: v.uuid,
    name: v.name,
    description: v.description,
    primaryStorageUuid: v.primaryStorageUuid,
    vmInstanceUuid: v.vmInstanceUuid,
    diskOfferingUuid: v.diskOfferingUuid,
    rootImageUuid: v.rootImageUuid,
    installPath: v.installPath,
    type: v.type,
    format: v.format,
    size: v.size,
    actualSize: v.actualSize,
    deviceId: v.deviceId,
    state: v.state,
    status: v.status,
    createDate: d(ctx, v.createDate),
    lastOpDate: d(ctx, v.lastOpDate),
    isShareable: v.isShareable,
    lastDetachDate: d(ctx, v.lastDetachDate),
    lastVmInstanceUuid: v.lastVmInstanceUuid,
    lastAttachDate: d(ctx, v.lastAttachDate),
  };
}

export function vmInv(ctx: InvCtx, vm: VmRec): JsonObject {
  return {
    uuid: vm.uuid,
    name: vm.name,
    description: vm.description,
    zoneUuid: vm.zoneUuid,
    clusterUuid: vm.clusterUuid,
    imageUuid: vm.imageUuid,
    hostUuid: vm.hostUuid,
    lastHostUuid: vm.lastHostUuid,
    instanceOfferingUuid: vm.instanceOfferingUuid,
    rootVolumeUuid: vm.rootVolumeUuid,
    platform: vm.platform,
    architecture: vm.architecture,
    defaultL3NetworkUuid: vm.defaultL3NetworkUuid,
    type: vm.type,
    hypervisorType: vm.hypervisorType,
    memorySize: vm.memorySize,
    cpuNum: vm.cpuNum,
    allocatorStrategy: vm.allocatorStrategy,
    createDate: d(ctx, vm.createDate),
    lastOpDate: d(ctx, vm.lastOpDate),
    state: vm.state,
    guestOsType: vm.guestOsType,
    vmNics: ctx.store.nicsOf(vm.uuid).map((n) => nicInv(ctx, n)),
    allVolumes: ctx.store.volumesOf(vm.uuid).map((v) => volumeInv(ctx, v)),
    vmCdRoms: [],
    // @APINoSee: dropped from query results, present in action results (unconfirmed at runtime,
    // docs/zstack-protocol.md#escaping-and-hidden-fields)
    internalId: ctx.noSee ? vm.internalId : undefined,
  };
}

export function sessionInv(ctx: InvCtx, s: SessionRec): JsonObject {
  return {
    uuid: s.uuid,
    accountUuid: s.accountUuid,
    userUuid: s.userUuid,
    userType: s.userType,
    expiredDate: d(ctx, s.expiredDate),
    createDate: d(ctx, s.createDate),
  };
}

/**
 * Java class of each nested org.zstack object, for the `schema` map (docs/zstack-protocol.md#query-response).
 */
export type SchemaNode = {
  cls: string;
  /** In the Java class's field declaration order, which decides the key order of `schema`. */
  children?: Record<string, SchemaNode>;
};

const USED_IP: SchemaNode = { cls: 'org.zstack.header.network.l3.UsedIpInventory' };
export const VOLUME_SCHEMA: SchemaNode = { cls: 'org.zstack.header.volume.VolumeInventory' };
export const VM_SCHEMA: SchemaNode = {
  cls: 'org.zstack.header.vm.VmInstanceInventory',
  children: {
    vmNics: { cls: 'org.zstack.header.vm.VmNicInventory', children: { usedIps: USED_IP } },
    allVolumes: VOLUME_SCHEMA,
    vmCdRoms: { cls: 'org.zstack.header.vm.cdrom.VmCdRomInventory' },
  },
};
export const SESSION_SCHEMA: SchemaNode = { cls: 'org.zstack.header.identity.SessionInventory' };
export const GLOBAL_CONFIG_SCHEMA: SchemaNode = { cls: 'org.zstack.core.config.GlobalConfigInventory' };

/**
 * JsonSchemaBuilder.build() for one reply entry: a key per nested org.zstack object path, one per array index.
 * ZStack walks fields in declaration order and items in index order, recording each object after its children.
 */
export function buildSchema(key: string, value: Json | undefined, node: SchemaNode): Record<string, string> {
  const keys: [string, string][] = [];
  const walk = (path: string, v: Json | undefined, n: SchemaNode): void => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(`${path}[${i}]`, item, n));
      return;
    }
    if (v === null || typeof v !== 'object') return;
    for (const [field, child] of Object.entries(n.children ?? {})) walk(`${path}.${field}`, v[field], child);
    keys.push([path, n.cls]);
  };
  walk(key, value, node);
  // then Collections.reverse(keys): every parent precedes its children, and siblings run last index/field first
  return Object.fromEntries(keys.reverse());
}
