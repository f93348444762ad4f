import type { JobOutcome } from '../http/job-table.ts';
import { notFound, operr, wrongVmState, type ErrorCode } from '../store/error-codes.ts';
import { volumeInv, vmInv } from '../store/inventories-vm.ts';
import type { VmRec } from '../store/records.ts';
import { actionInv, checkOwner, fail, isError, ownerOf, type Caller, type OpCtx } from './context.ts';
import { checkVmTotal } from './quotas.ts';
import { allocateHost, allocateNicIps } from './vm-allocation.ts';
import { deleteVolumeByPolicy } from './volume.ts';
import { applyRecover, applyScriptedRace, findVm, releaseNicIps, removeVm } from './vm-rows.ts';

const MSG = 'org.zstack.header.vm.';
// allowed-operations table of AbstractVmInstance (docs/zstack-protocol.md#vm-states)
const DESTROYABLE = [
  'Running',
  'Stopped',
  'Unknown',
  'Crashed',
  'Starting',
  'Migrating',
  'VolumeMigrating',
  'Stopping',
  'Rebooting',
  'Paused',
  'Pausing',
  'Resuming',
];
const STARTABLE = ['Created', 'Stopped'];
const STOPPABLE = ['Running', 'Stopped', 'Unknown', 'Crashed', 'Paused', 'Starting', 'Stopping'];
// ZStack's AbstractVmInstance allows AttachDataVolumeToVmMsg in these states.
const ATTACHABLE = ['Running', 'Stopped', 'Paused'];

const ok = (ctx: OpCtx, vm: VmRec): JobOutcome => ({
  ok: true,
  body: { inventory: vmInv(actionInv(ctx), vm) },
});

/** LocalStorageFactory.preRecoverVm. */
function localStorageCheck(ctx: OpCtx, vm: VmRec): ErrorCode | undefined {
  const root = vm.rootVolumeUuid === undefined ? undefined : ctx.store.volumes.get(vm.rootVolumeUuid);
  const ps =
    root?.primaryStorageUuid === undefined
      ? undefined
      : ctx.store.primaryStorages.get(root.primaryStorageUuid);
  if (!root || ps?.type !== 'LocalStorage') return undefined;
  if (root.localHostUuid !== undefined && ctx.store.hosts.has(root.localHostUuid)) return undefined;
  return operr(
    `unable to recover the vm[uuid:${vm.uuid}, name:${vm.name}]. The vm's root volume is on the local storage[uuid:${ps.uuid}]; however, the host on which the root volume is has been deleted`,
  );
}

export function recoverVm(ctx: OpCtx, caller: Caller, uuid: string): JobOutcome {
  const vm = findVm(ctx, caller, uuid);
  if (isError(vm)) return fail(vm);
  // the owner's quota, even when the admin recovers (QuotaUtil names the target resource owner)
  const quota = checkVmTotal(ctx, ownerOf(ctx, vm.uuid));
  if (quota) return fail(quota);
  applyScriptedRace(ctx, vm);
  if (vm.state !== 'Destroyed')
    return fail(wrongVmState(vm.state, `${MSG}APIRecoverVmInstanceMsg`, ['Destroyed']));
  const local = localStorageCheck(ctx, vm);
  if (local) return fail(local);
  applyRecover(ctx, vm, ctx.clock.stamp());
  return ok(ctx, vm);
}

export function startVm(
  ctx: OpCtx,
  caller: Caller,
  uuid: string,
  want: { clusterUuid?: string; hostUuid?: string },
): JobOutcome {
  const vm = findVm(ctx, caller, uuid);
  if (isError(vm)) return fail(vm);
  if (!STARTABLE.includes(vm.state))
    return fail(wrongVmState(vm.state, `${MSG}APIStartVmInstanceMsg`, STARTABLE));
  const host = allocateHost(ctx, vm, want);
  if (isError(host)) return fail(host);
  const now = ctx.clock.stamp();
  const ipError = allocateNicIps(ctx, vm, now);
  if (ipError) return fail(ipError);
  const root = vm.rootVolumeUuid === undefined ? undefined : ctx.store.volumes.get(vm.rootVolumeUuid);
  if (root?.status === 'NotInstantiated') root.status = 'Ready';
  vm.state = 'Running';
  vm.hostUuid = host.uuid;
  vm.clusterUuid = host.clusterUuid;
  vm.zoneUuid = host.zoneUuid;
  vm.lastOpDate = now;
  ctx.store.touch();
  return ok(ctx, vm);
}

export function stopVm(ctx: OpCtx, caller: Caller, uuid: string): JobOutcome {
  const vm = findVm(ctx, caller, uuid);
  if (isError(vm)) return fail(vm);
  if (!STOPPABLE.includes(vm.state))
    return fail(wrongVmState(vm.state, `${MSG}APIStopVmInstanceMsg`, STOPPABLE));
  if (vm.state !== 'Stopped') {
    if (vm.hostUuid !== undefined) vm.lastHostUuid = vm.hostUuid;
    delete vm.hostUuid;
    vm.state = 'Stopped';
    vm.lastOpDate = ctx.clock.stamp();
    ctx.store.touch();
  }
  return ok(ctx, vm);
}

export function expungeVm(ctx: OpCtx, caller: Caller, uuid: string): JobOutcome {
  const vm = findVm(ctx, caller, uuid);
  if (isError(vm)) return fail(vm);
  applyScriptedRace(ctx, vm);
  if (vm.state !== 'Destroyed')
    return fail(wrongVmState(vm.state, `${MSG}APIExpungeVmInstanceMsg`, ['Destroyed']));
  removeVm(ctx, vm);
  return { ok: true, body: {} };
}

/**
 * DestroyVmInstance under the current vm.deletionPolicy (docs/zstack-protocol.md#destroy-vm); a missing VM
 * is a success.
 */
export function destroyVm(ctx: OpCtx, caller: Caller, uuid: string): JobOutcome {
  const { store } = ctx;
  if (!store.vms.has(uuid)) return { ok: true, body: {} };
  const vm = findVm(ctx, caller, uuid);
  if (isError(vm)) return fail(vm);
  if (!DESTROYABLE.includes(vm.state))
    return fail(wrongVmState(vm.state, `${MSG}APIDestroyVmInstanceMsg`, DESTROYABLE));
  const now = ctx.clock.stamp();
  const policy = store.configValue('vm', 'deletionPolicy');
  const deleteData = store.configValue('vm', 'dataVolume.deleteOnVmDestroy') === 'true';
  // VmDeleteVolumeFlow: a direct SQL detach, so no lastDetachDate and deviceId left as it was (unconfirmed),
  // then, with dataVolume.deleteOnVmDestroy, a deletion under the volume's own policy
  // (docs/zstack-protocol.md#data-volumes-on-vm-destroy)
  for (const vol of store.volumesOf(vm.uuid)) {
    if (vol.type !== 'Data') continue;
    delete vol.vmInstanceUuid;
    vol.lastVmInstanceUuid = vm.uuid;
    vol.lastOpDate = now;
    if (deleteData) deleteVolumeByPolicy(ctx, vol, now);
  }
  store.touch();
  releaseNicIps(ctx, vm.uuid, now);
  if (policy === 'Direct') {
    removeVm(ctx, vm);
    return { ok: true, body: {} };
  }
  if (vm.hostUuid !== undefined) vm.lastHostUuid = vm.hostUuid;
  delete vm.hostUuid;
  for (const vol of store.volumesOf(vm.uuid)) {
    vol.status = 'Deleted';
    vol.lastOpDate = now;
  }
  vm.state = 'Destroyed';
  vm.lastOpDate = now;
  store.touch();
  return { ok: true, body: {} };
}

/** AttachDataVolumeToVm: result is the volume with vmInstanceUuid and a deviceId. */
export function attachDataVolume(ctx: OpCtx, caller: Caller, volumeUuid: string, vmUuid: string): JobOutcome {
  const { store } = ctx;
  const vol = store.volumes.get(volumeUuid);
  if (!vol) return fail(notFound(volumeUuid, 'VolumeVO'));
  const denied = checkOwner(ctx, caller, volumeUuid, 'VolumeVO');
  if (denied) return fail(denied);
  const vm = findVm(ctx, caller, vmUuid);
  if (isError(vm)) return fail(vm);
  if (vol.type !== 'Data')
    return fail(
      operr(
        `the volume[uuid:${vol.uuid}, type:${vol.type}] can't be attached, only data volumes can be attached`,
      ),
    );
  if (vol.vmInstanceUuid !== undefined)
    return fail(operr(`data volume[uuid:${vol.uuid}] has been attached to some vm, can't attach again`));
  if (vol.status !== 'Ready')
    return fail(
      operr(
        `data volume can only be attached when status is [Ready, NotInstantiated], current is ${vol.status}`,
      ),
    );
  if (!ATTACHABLE.includes(vm.state))
    return fail(wrongVmState(vm.state, 'org.zstack.header.volume.APIAttachDataVolumeToVmMsg', ATTACHABLE));
  const now = ctx.clock.stamp();
  const deviceId = Math.max(0, ...store.volumesOf(vm.uuid).map((v) => v.deviceId ?? 0)) + 1;
  vol.vmInstanceUuid = vm.uuid;
  vol.deviceId = deviceId;
  vol.lastAttachDate = now;
  vol.lastOpDate = now;
  store.touch();
  return { ok: true, body: { inventory: volumeInv(actionInv(ctx), vol) } };
}
