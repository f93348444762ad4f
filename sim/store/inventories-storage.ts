import type { JsonObject } from './gson.ts';
import { wireDate, type InvCtx } from './inventory-context.ts';
import type { BackupStorageRec, ImageBackupStorageRefRec, ImageRec } from './records-storage.ts';

/** ImageBackupStorageRefInventory, in its field order; `id` is @APINoSee and never kept. */
export function imageRefInv(ctx: InvCtx, imageUuid: string, r: ImageBackupStorageRefRec): JsonObject {
  return {
    imageUuid,
    backupStorageUuid: r.backupStorageUuid,
    installPath: r.installPath,
    exportMd5Sum: r.exportMd5Sum,
    exportUrl: r.exportUrl,
    status: r.status,
    createDate: wireDate(ctx, r.createDate),
    lastOpDate: wireDate(ctx, r.lastOpDate),
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
    virtio: i.virtio,
    // ImageInventory declares systemTags too, but never fills it, so it stays absent
    backupStorageRefs: i.backupStorageRefs.map((r) => imageRefInv(ctx, i.uuid, r)),
    createDate: wireDate(ctx, i.createDate),
    lastOpDate: wireDate(ctx, i.lastOpDate),
  };
}

export function backupStorageInv(ctx: InvCtx, b: BackupStorageRec): JsonObject {
  return {
    uuid: b.uuid,
    name: b.name,
    url: b.url,
    description: b.description,
    totalCapacity: b.totalCapacity,
    availableCapacity: b.availableCapacity,
    type: b.type,
    state: b.state,
    status: b.status,
    createDate: wireDate(ctx, b.createDate),
    lastOpDate: wireDate(ctx, b.lastOpDate),
    attachedZoneUuids: [...b.attachedZoneUuids],
  };
}
