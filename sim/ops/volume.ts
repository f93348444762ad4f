import type { JobOutcome } from '../http/job-table.ts';
import { argerr, deleteFailed, err, notFound, operr } from '../store/error-codes.ts';
import { volumeInv } from '../store/inventories-vm.ts';
import type { VolumeRec } from '../store/records.ts';
import {
  actionInv,
  checkOwner,
  fail,
  isAdmin,
  isZStackUuid,
  ownerOf,
  type Caller,
  type OpCtx,
} from './context.ts';
import { checkDataVolumeNum } from './quotas.ts';

// VM states in which the detach that precedes a delete may run (AbstractVmInstance; unconfirmed beyond these)
const DETACHABLE = ['Running', 'Stopped', 'Paused'];

const done: JobOutcome = { ok: true, body: {} };

/** successIfResourceNotExisting: a well-formed unknown uuid succeeds, anything else is not a uuid at all. */
const missing = (uuid: string): JobOutcome =>
  isZStackUuid(uuid) ? done : fail(err('SYS.1003', `invalid value[${uuid}] of field [uuid]`));

/** PrimaryStorageCapacity: the volume's size goes back to its primary storage. */
function returnCapacity(ctx: OpCtx, vol: VolumeRec): void {
  const ps =
    vol.primaryStorageUuid === undefined ? undefined : ctx.store.primaryStorages.get(vol.primaryStorageUuid);
  if (!ps || vol.installPath === undefined) return;
  ps.availableCapacity = Math.min(ps.totalCapacity, ps.availableCapacity + vol.size);
}

/** Removes the row, its owner ref and its bits (expunge, or delete under Direct). */
export function removeVolume(ctx: OpCtx, vol: VolumeRec): void {
  returnCapacity(ctx, vol);
  ctx.store.volumes.delete(vol.uuid);
  ctx.store.removeRef(vol.uuid);
  ctx.store.touch();
}

/**
 * VolumeBase.deleteVolume under volume.deletionPolicy: Direct removes the row; Delay and Never keep it as
 * Deleted, storage untouched, `lastOpDate` starting the expunge clock (docs/zstack-protocol.md#delete-data-volume).
 */
export function deleteVolumeByPolicy(ctx: OpCtx, vol: VolumeRec, now: number): void {
  if (ctx.store.configValue('volume', 'deletionPolicy') === 'Direct') {
    removeVolume(ctx, vol);
    return;
  }
  vol.status = 'Deleted';
  vol.lastOpDate = now;
  ctx.store.touch();
}

/**
 * DeleteDataVolume: existence (SYSTEM stage), then ownership, type, status and host attachment (FRONT
 * stage, relative order unconfirmed), then a detach from the VM, then the deletion itself.
 */
export function deleteDataVolume(ctx: OpCtx, caller: Caller, uuid: string): JobOutcome {
  const { store } = ctx;
  const vol = store.volumes.get(uuid);
  if (!vol) return missing(uuid);
  const denied = checkOwner(ctx, caller, uuid, 'VolumeVO');
  if (denied) return fail(denied);
  if (vol.type !== 'Data') return fail(argerr(`volume[uuid:${uuid}, type:${vol.type}] can't be deleted`));
  if (vol.status === 'Deleted') return fail(operr(`volume[uuid:${uuid}] is already in status of deleted`));
  if (vol.attachedHostUuid !== undefined)
    return fail(
      // VolumeApiInterceptor: both uuids bare inside the brackets
      argerr(`can not delete volume[${uuid}], because volume attach to host[${vol.attachedHostUuid}]`),
    );
  const now = ctx.clock.stamp();
  const vm = vol.vmInstanceUuid === undefined ? undefined : store.vms.get(vol.vmInstanceUuid);
  if (vm && vol.status !== 'NotInstantiated') {
    if (!DETACHABLE.includes(vm.state))
      return fail(
        deleteFailed(
          operr(`Detaching volume is not allowed when VM[uuid=${vm.uuid}] is in state[${vm.state}]`),
        ),
      );
    // the normal detach (hot-unplug on a running VM): unlike a VM destroy it stamps lastDetachDate
    delete vol.vmInstanceUuid;
    delete vol.deviceId;
    vol.lastVmInstanceUuid = vm.uuid;
    vol.lastDetachDate = now;
  }
  deleteVolumeByPolicy(ctx, vol, now);
  return done;
}

/**
 * RecoverDataVolume: existence, ownership, the volume.data.num quota for normal accounts (admin skips
 * quotas), then status Deleted (docs/zstack-protocol.md#recover-data-volume). The type is not checked.
 */
export function recoverDataVolume(ctx: OpCtx, caller: Caller, uuid: string): JobOutcome {
  const vol = ctx.store.volumes.get(uuid);
  if (!vol) return fail(notFound(uuid, 'VolumeVO'));
  const denied = checkOwner(ctx, caller, uuid, 'VolumeVO');
  if (denied) return fail(denied);
  if (!isAdmin(caller)) {
    const quota = checkDataVolumeNum(ctx, ownerOf(ctx, uuid));
    if (quota) return fail(quota);
  }
  if (vol.status !== 'Deleted')
    return fail(
      operr(
        `the volume[uuid:${uuid}] is not in status of deleted. This is operation is to recover a deleted data volume`,
      ),
    );
  // Past these checks ZStack's recovery cannot fail (VolumeBase.recoverVolume: the extension points run inside
  // CollectionUtils.safeForEach, which swallows their exceptions, then the status is set and saved): so here too.
  vol.status = vol.installPath === undefined ? 'NotInstantiated' : 'Ready';
  vol.lastOpDate = ctx.clock.stamp();
  ctx.store.touch();
  return { ok: true, body: { inventory: volumeInv(actionInv(ctx), vol) } };
}

/** ExpungeDataVolume: success if missing; must be Deleted (checked in VolumeBase.expunge), any policy. */
export function expungeDataVolume(ctx: OpCtx, caller: Caller, uuid: string): JobOutcome {
  const vol = ctx.store.volumes.get(uuid);
  if (!vol) return missing(uuid);
  const denied = checkOwner(ctx, caller, uuid, 'VolumeVO');
  if (denied) return fail(denied);
  if (vol.status !== 'Deleted')
    return fail(operr(`the volume[uuid:${uuid}, name:${vol.name}] is not deleted yet, can't expunge it`));
  removeVolume(ctx, vol);
  return done;
}

/** One pass of `expunging-volume-task`: Deleted Data volumes whose period ran out at `runAt`. */
export function expungeDueVolumes(ctx: OpCtx, runAt: number, periodMs: number): number {
  const due = [...ctx.store.volumes.values()].filter(
    (v) => v.type === 'Data' && v.status === 'Deleted' && runAt >= v.lastOpDate + periodMs,
  );
  for (const vol of due) removeVolume(ctx, vol);
  return due.length;
}
