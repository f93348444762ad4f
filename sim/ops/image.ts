import type { JobOutcome } from '../http/job-table.ts';
import { argerr, err, notFound, operr, type ErrorCode } from '../store/error-codes.ts';
import { imageInv } from '../store/inventories-storage.ts';
import type { ImageBackupStorageRefRec, ImageRec } from '../store/records-storage.ts';
import {
  actionInv,
  checkOwner,
  fail,
  isAdmin,
  isError,
  isZStackUuid,
  ownerOf,
  type Caller,
  type OpCtx,
} from './context.ts';
import { checkImageSize } from './quotas.ts';

// docs/zstack-protocol.md#images: every check and effect below follows ImageBase at 5.2.1

const done: JobOutcome = { ok: true, body: {} };
const label = (i: ImageRec): string => `the image[uuid:${i.uuid}, name:${i.name}]`;

/** Deletes the image row with its owner ref and shares; VMs and volumes made from it lose the link (FK SET NULL). */
function removeImage(ctx: OpCtx, image: ImageRec): void {
  const { store } = ctx;
  store.images.delete(image.uuid);
  store.removeRef(image.uuid);
  store.removeShares(image.uuid);
  for (const vm of store.vms.values()) if (vm.imageUuid === image.uuid) delete vm.imageUuid;
  for (const vol of store.volumes.values()) if (vol.rootImageUuid === image.uuid) delete vol.rootImageUuid;
  store.touch();
}

/** ExpungeImageMsg for one reference: bits gone, capacity back, reference removed; the image when none is left. */
function dropRef(ctx: OpCtx, image: ImageRec, ref: ImageBackupStorageRefRec): void {
  const bs = ctx.store.backupStorages.get(ref.backupStorageUuid);
  if (bs) bs.availableCapacity = Math.min(bs.totalCapacity, bs.availableCapacity + image.actualSize);
  image.backupStorageRefs = image.backupStorageRefs.filter((r) => r !== ref);
  if (image.backupStorageRefs.length === 0) removeImage(ctx, image);
}

/**
 * DeleteImage: an unknown image succeeds, an unknown backup storage is SYS.1003, an already Deleted image is
 * marked again. Per selected reference: Direct drops it; Delay and Never mark it Deleted, and the image turns
 * Deleted only once every reference is. There are no CD-ROMs here, so the ISO detach step has nothing to do.
 */
export function deleteImage(
  ctx: OpCtx,
  caller: Caller,
  uuid: string,
  bsUuids: string[] | undefined,
): JobOutcome {
  const { store } = ctx;
  const image = store.images.get(uuid);
  if (!image)
    return isZStackUuid(uuid) ? done : fail(err('SYS.1003', `invalid value[${uuid}] of field [uuid]`));
  const unknown = (bsUuids ?? []).filter((b) => !store.backupStorages.has(b));
  if (unknown.length > 0)
    return fail(
      err(
        'SYS.1003',
        `invalid field[backupStorageUuids], resource[uuids:[${unknown.join(', ')}], type:BackupStorageVO] not found`,
      ),
    );
  const denied = checkOwner(ctx, caller, uuid, 'ImageVO');
  if (denied) return fail(denied);
  // an image still being created or downloaded everywhere never reaches the recycle bin
  if (image.backupStorageRefs.every((r) => r.status === 'Creating' || r.status === 'Downloading')) {
    removeImage(ctx, image);
    return done;
  }
  const selected = image.backupStorageRefs.filter((r) => !bsUuids || bsUuids.includes(r.backupStorageUuid));
  const now = ctx.clock.stamp();
  if (store.configValue('image', 'deletionPolicy') === 'Direct') {
    for (const ref of selected) dropRef(ctx, image, ref);
    return done;
  }
  for (const ref of selected) {
    // re-marking a Deleted reference changes nothing in its row, so its expunge clock keeps running (unconfirmed)
    if (ref.status === 'Deleted') continue;
    ref.status = 'Deleted';
    ref.lastOpDate = now;
  }
  if (image.status !== 'Deleted' && image.backupStorageRefs.every((r) => r.status === 'Deleted')) {
    image.status = 'Deleted';
    image.lastOpDate = now;
  }
  store.touch();
  return done;
}

/** The references a recover or expunge works on: the listed ones, or every Deleted one when none is listed. */
function chooseDeleted(
  image: ImageRec,
  bsUuids: string[] | undefined,
  notDeleted: (ref: ImageBackupStorageRefRec) => string,
): ImageBackupStorageRefRec[] | ErrorCode {
  if (!bsUuids || bsUuids.length === 0) {
    const deleted = image.backupStorageRefs.filter((r) => r.status === 'Deleted');
    return deleted.length > 0 ? deleted : operr(`${label(image)} is not deleted on any backup storage`);
  }
  const chosen: ImageBackupStorageRefRec[] = [];
  for (const bs of bsUuids) {
    const ref = image.backupStorageRefs.find((r) => r.backupStorageUuid === bs);
    if (!ref) return argerr(`${label(image)} is not on the backup storage[uuid:${bs}]`);
    if (ref.status !== 'Deleted') return argerr(notDeleted(ref));
    if (!chosen.includes(ref)) chosen.push(ref);
  }
  return chosen;
}

/**
 * RecoverImage: existence, ownership, the image.size quota for normal accounts, then the references. The
 * chosen references become Ready and the image Ready even after a partial recovery; no storage call.
 */
export function recoverImage(
  ctx: OpCtx,
  caller: Caller,
  uuid: string,
  bsUuids: string[] | undefined,
): JobOutcome {
  const image = ctx.store.images.get(uuid);
  // APIRecoverImageMsg and APIExpungeImageMsg carry the uuid in `imageUuid`
  if (!image) return fail(notFound(uuid, 'ImageVO', 'imageUuid'));
  const denied = checkOwner(ctx, caller, uuid, 'ImageVO');
  if (denied) return fail(denied);
  if (!isAdmin(caller)) {
    const quota = checkImageSize(ctx, ownerOf(ctx, uuid), image.size);
    if (quota) return fail(quota);
  }
  const refs = chooseDeleted(
    image,
    bsUuids,
    (r) =>
      `${label(image)}'s status[${r.status}] is not Deleted on the backup storage[uuid:${r.backupStorageUuid}]`,
  );
  if (isError(refs)) return fail(refs);
  const now = ctx.clock.stamp();
  for (const ref of refs) {
    ref.status = 'Ready';
    ref.lastOpDate = now;
  }
  image.status = 'Ready';
  image.lastOpDate = now;
  ctx.store.touch();
  return { ok: true, body: { inventory: imageInv(actionInv(ctx), image) } };
}

/**
 * ExpungeImage: unlike ExpungeDataVolume an unknown image is SYS.1003; a given list must not be empty. Bits
 * that fail to delete are retried by a GC job and never fail the API, so every chosen reference goes.
 */
export function expungeImage(
  ctx: OpCtx,
  caller: Caller,
  uuid: string,
  bsUuids: string[] | undefined,
): JobOutcome {
  const image = ctx.store.images.get(uuid);
  // APIRecoverImageMsg and APIExpungeImageMsg carry the uuid in `imageUuid`
  if (!image) return fail(notFound(uuid, 'ImageVO', 'imageUuid'));
  // @APIParam(nonempty = true) on the list (message text unconfirmed)
  if (bsUuids?.length === 0) return fail(argerr('field[backupStorageUuids] cannot be an empty list'));
  const denied = checkOwner(ctx, caller, uuid, 'ImageVO');
  if (denied) return fail(denied);
  const refs = chooseDeleted(
    image,
    bsUuids,
    (r) => `${label(image)} is not deleted on the backup storage[uuid:${r.backupStorageUuid}]`,
  );
  if (isError(refs)) return fail(refs);
  for (const ref of refs) dropRef(ctx, image, ref);
  return done;
}

/** One pass of `expunge-image`: each Deleted reference whose own period ran out at `runAt`. */
export function expungeDueImageRefs(ctx: OpCtx, runAt: number, periodMs: number): number {
  let n = 0;
  for (const image of [...ctx.store.images.values()]) {
    for (const ref of [...image.backupStorageRefs]) {
      if (ref.status !== 'Deleted' || runAt < ref.lastOpDate + periodMs) continue;
      dropRef(ctx, image, ref);
      n++;
    }
  }
  return n;
}
