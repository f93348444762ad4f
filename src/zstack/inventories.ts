// Inventory shapes of docs/zstack-protocol.md#inventories, parsed at the boundary. Only `uuid` is required: a compatible server
// that omits a display field still renders (as "—"); unknown fields are dropped.
import * as v from 'valibot';
import { listOf, num, opt, zsDate } from './parse.ts';

const str = v.string();

export const usedIpSchema = v.object({
  uuid: str,
  ipRangeUuid: opt(str),
  l3NetworkUuid: opt(str),
  ipVersion: opt(num),
  ip: opt(str),
  netmask: opt(str),
  gateway: opt(str),
  usedFor: opt(str),
  ipInLong: opt(num),
  vmNicUuid: opt(str),
  createDate: opt(zsDate),
  lastOpDate: opt(zsDate),
});

export const volumeSchema = v.object({
  uuid: str,
  name: opt(str),
  description: opt(str),
  primaryStorageUuid: opt(str),
  vmInstanceUuid: opt(str),
  diskOfferingUuid: opt(str),
  rootImageUuid: opt(str),
  installPath: opt(str),
  type: opt(str),
  format: opt(str),
  size: opt(num),
  actualSize: opt(num),
  deviceId: opt(num),
  state: opt(str),
  status: opt(str),
  isShareable: opt(v.boolean()),
  volumeQos: opt(str),
  lastVmInstanceUuid: opt(str),
  lastDetachDate: opt(zsDate),
  lastAttachDate: opt(zsDate),
  protocol: opt(str),
  createDate: opt(zsDate),
  lastOpDate: opt(zsDate),
});

export const vmNicSchema = v.object({
  uuid: str,
  vmInstanceUuid: opt(str),
  l3NetworkUuid: opt(str),
  ip: opt(str),
  netmask: opt(str),
  gateway: opt(str),
  mac: opt(str),
  hypervisorType: opt(str),
  ipVersion: opt(num),
  driverType: opt(str),
  usedIps: listOf(usedIpSchema),
  internalName: opt(str),
  deviceId: opt(num),
  type: opt(str),
  state: opt(str),
  createDate: opt(zsDate),
  lastOpDate: opt(zsDate),
});

export const vmInstanceSchema = v.object({
  uuid: str,
  name: opt(str),
  description: opt(str),
  zoneUuid: opt(str),
  clusterUuid: opt(str),
  imageUuid: opt(str),
  hostUuid: opt(str),
  lastHostUuid: opt(str),
  instanceOfferingUuid: opt(str),
  rootVolumeUuid: opt(str),
  platform: opt(str),
  architecture: opt(str),
  defaultL3NetworkUuid: opt(str),
  type: opt(str),
  hypervisorType: opt(str),
  memorySize: opt(num),
  reservedMemorySize: opt(num),
  cpuNum: opt(num),
  cpuSpeed: opt(num),
  allocatorStrategy: opt(str),
  guestOsType: opt(str),
  state: opt(str),
  createDate: opt(zsDate),
  lastOpDate: opt(zsDate),
  vmNics: listOf(vmNicSchema),
  allVolumes: listOf(volumeSchema),
});

export const sessionSchema = v.object({
  uuid: v.pipe(str, v.minLength(1)),
  accountUuid: str,
  userUuid: opt(str),
  userType: opt(str),
  // Kept as text too: its wall-clock value teaches us the node's UTC offset.
  createDate: opt(str),
  expiredDate: opt(str),
});

export const globalConfigSchema = v.object({
  name: str,
  category: str,
  value: opt(v.union([str, num, v.boolean()])),
  defaultValue: opt(v.union([str, num, v.boolean()])),
  description: opt(str),
});

export const accountSchema = v.object({ uuid: str, name: opt(str), type: opt(str) });

export const accountResourceRefSchema = v.object({
  resourceUuid: str,
  ownerAccountUuid: opt(str),
  accountUuid: opt(str),
  resourceType: opt(str),
});

/** Anything with a uuid and a name: zones, clusters, hosts, L3 networks, images, offerings, primary storages. */
export const namedResourceSchema = v.object({
  uuid: str,
  name: opt(str),
  type: opt(str),
  managementIp: opt(str),
});

/** A primary or backup storage: `status` Connected/Disconnected/Connecting, `state` Enabled/Disabled/Maintenance. */
export const storageSchema = v.object({
  ...namedResourceSchema.entries,
  state: opt(str),
  status: opt(str),
});

/** LocalStorageResourceRefInventory: the host of a local storage that holds a volume (no row: the host is gone). */
export const localStorageRefSchema = v.object({
  resourceUuid: str,
  primaryStorageUuid: opt(str),
  hostUuid: opt(str),
  resourceType: opt(str),
});

/** Quota.QuotaUsage of GetAccountQuotaUsage (docs/zstack-protocol.md#checking-a-restore). */
export const quotaUsageSchema = v.object({ name: str, total: opt(num), used: opt(num) });

export const imageBackupStorageRefSchema = v.object({
  imageUuid: opt(str),
  backupStorageUuid: str,
  installPath: opt(str),
  status: opt(str),
  createDate: opt(zsDate),
  /** The per-backup-storage expunge clock (docs/zstack-protocol.md#images). */
  lastOpDate: opt(zsDate),
});

export const imageSchema = v.object({
  uuid: str,
  name: opt(str),
  description: opt(str),
  state: opt(str),
  status: opt(str),
  size: opt(num),
  actualSize: opt(num),
  mediaType: opt(str),
  guestOsType: opt(str),
  platform: opt(str),
  architecture: opt(str),
  format: opt(str),
  type: opt(str),
  system: opt(v.boolean()),
  createDate: opt(zsDate),
  lastOpDate: opt(zsDate),
  backupStorageRefs: listOf(imageBackupStorageRefSchema),
});

/**
 * A row of ZStack Cloud's audit log (the SDK's AuditsInventory). The server side is closed source, so every field
 * is optional and the numbers may arrive as text (unconfirmed: docs/zstack-protocol.md#who-deleted-it).
 */
export const auditRecordSchema = v.object({
  id: opt(v.union([num, str])),
  createTime: opt(v.union([num, str])),
  startTime: opt(v.union([num, str])),
  apiName: opt(str),
  resourceUuid: opt(str),
  resourceType: opt(str),
  resourceName: opt(str),
  operator: opt(str),
  operatorAccountUuid: opt(str),
  clientIp: opt(str),
  clientBrowser: opt(str),
  success: opt(v.union([v.boolean(), str])),
  error: opt(str),
});

/** The three kinds of resource a recycle bin holds: VM instances, data volumes and images. */
export type ResourceKind = 'vm' | 'volume' | 'image';

export type UsedIp = v.InferOutput<typeof usedIpSchema>;
export type Volume = v.InferOutput<typeof volumeSchema>;
export type VmNic = v.InferOutput<typeof vmNicSchema>;
export type VmInstance = v.InferOutput<typeof vmInstanceSchema>;
export type Session = v.InferOutput<typeof sessionSchema>;
export type GlobalConfig = v.InferOutput<typeof globalConfigSchema>;
export type Account = v.InferOutput<typeof accountSchema>;
export type AccountResourceRef = v.InferOutput<typeof accountResourceRefSchema>;
export type NamedResource = v.InferOutput<typeof namedResourceSchema>;
export type Image = v.InferOutput<typeof imageSchema>;
export type ImageBackupStorageRef = v.InferOutput<typeof imageBackupStorageRefSchema>;
export type AuditRecord = v.InferOutput<typeof auditRecordSchema>;
export type Storage = v.InferOutput<typeof storageSchema>;
export type LocalStorageRef = v.InferOutput<typeof localStorageRefSchema>;
export type QuotaUsage = v.InferOutput<typeof quotaUsageSchema>;

/**
 * A page of inventories. With the `limit` that was asked for, a longer answer (a node or proxy that ignores it) is
 * cut to that length before its rows are even parsed, so it cannot make the tab parse and draw thousands of rows.
 */
export const inventoriesReply = <TSchema extends v.GenericSchema>(item: TSchema, limit?: number) =>
  v.object({
    inventories:
      limit === undefined
        ? listOf(item)
        : v.optional(
            v.pipe(
              v.array(v.unknown()),
              v.transform((rows) => rows.slice(0, Math.max(0, Math.trunc(limit)))),
              v.array(item),
            ),
            [],
          ),
    total: opt(num),
  });

export const inventoryReply = <TSchema extends v.GenericSchema>(item: TSchema) =>
  v.object({ inventory: item });

export const emptyReply = v.unknown();
