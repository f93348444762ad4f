import type { JsonObject } from './gson.ts';
import { wireDate, type InvCtx } from './inventory-context.ts';
import type { SessionRec } from './records-identity.ts';
import type { NicRec, UsedIpRec, VmRec, VolumeRec } from './records.ts';

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
    createDate: wireDate(ctx, u.createDate),
    lastOpDate: wireDate(ctx, u.lastOpDate),
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
    createDate: wireDate(ctx, n.createDate),
    lastOpDate: wireDate(ctx, n.lastOpDate),
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
    createDate: wireDate(ctx, v.createDate),
    lastOpDate: wireDate(ctx, v.lastOpDate),
    isShareable: v.isShareable,
    lastDetachDate: wireDate(ctx, v.lastDetachDate),
    lastVmInstanceUuid: v.lastVmInstanceUuid,
    lastAttachDate: wireDate(ctx, v.lastAttachDate),
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
    createDate: wireDate(ctx, vm.createDate),
    lastOpDate: wireDate(ctx, vm.lastOpDate),
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
    expiredDate: wireDate(ctx, s.expiredDate),
    createDate: wireDate(ctx, s.createDate),
  };
}
