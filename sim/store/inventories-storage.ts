import type { JsonObject } from './gson.ts';
import { wireDate, type InvCtx } from './inventory-context.ts';
import type { ImageRec } from './records.ts';

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
    createDate: wireDate(ctx, i.createDate),
    lastOpDate: wireDate(ctx, i.lastOpDate),
  };
}
