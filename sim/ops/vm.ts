import type { JobOutcome } from '../http/job-table.ts';
import { notFound, operr, wrap, wrongVmState, type ErrorCode } from '../store/error-codes.ts';
import { volumeInv, vmInv } from '../store/inventories-vm.ts';
import { volumeInstallPath } from '../store/install-path.ts';
import type { VmRec, VolumeRec } from '../store/records.ts';
import {
  actionInv,
  checkOwner,
  fail,
  isAdmin,
  isError,
  ownerOf,
  type Caller,
  type OpCtx,
} from './context.ts';
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
// Start and attach: the states of AbstractVmInstance's table in the order Java's HashSet prints them, as the
// details of VM.1010 show them.
const STARTABLE = ['Crashed', 'Stopped', 'Running', 'Created'];
const STOPPABLE = ['Running', 'Stopped', 'Unknown', 'Crashed', 'Paused', 'Starting', 'Stopping'];
const ATTACHABLE = ['Stopped', 'Running', 'Paused'];

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
  // VmQuotaOperator checks the caller's own vm.totalNum, and only for a caller that is not an admin
  const quota = isAdmin(caller) ? undefined : checkVmTotal(ctx, caller.accountUuid);
  if (quota) return fail(quota);
  applyScriptedRace(ctx, vm);
  if (vm.state !== 'Destroyed')
    return fail(wrongVmState(vm.state, `${MSG}APIRecoverVmInstanceMsg`, ['Destroyed']));
  const local = localStorageCheck(ctx, vm);
  if (local) return fail(local);
  applyRecover(ctx, vm, ctx.clock.stamp());
  return ok(ctx, vm);
}

/**
 * StartVmInstance (VmInstanceBase.startVm): a Running VM succeeds at once, unchanged; any failure of the flow,
 * the state check included, reaches the caller wrapped in VM.1001 with its cause's details.
 */
export function startVm(
  ctx: OpCtx,
  caller: Caller,
  uuid: string,
  want: { clusterUuid?: string; hostUuid?: string },
): JobOutcome {
  const vm = findVm(ctx, caller, uuid);
  if (isError(vm)) return fail(vm);
  if (!STARTABLE.includes(vm.state))
    return fail(wrongVmState(vm.state, `${MSG}APIStartVmInstanceMsg`, STARTABLE, 'VM.1001'));
  if (vm.state === 'Running') return ok(ctx, vm);
  const host = allocateHost(ctx, vm, want);
  if (isError(host)) return fail(startError(host));
  const now = ctx.clock.stamp();
  const ipError = allocateNicIps(ctx, vm, now);
  if (ipError) return fail(startError(ipError));
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

/** `err(VmErrors.START_ERROR, errorCode, errorCode.getDetails())` of VmInstanceBase.startVm's failure path. */
const startError = (cause: ErrorCode): ErrorCode => wrap('VM.1001', cause.details ?? '', cause);

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

/**
 * AttachDataVolumeToVm: VolumeApiInterceptor.checkDataVolume's checks in its order, then the VM's state
 * (VmInstanceBase.attachDataVolume: VM.1005 wrapping VM.1010); a NotInstantiated volume is instantiated on the
 * VM's primary storage as it is attached. The result is the volume with vmInstanceUuid and a deviceId.
 */
export function attachDataVolume(ctx: OpCtx, caller: Caller, volumeUuid: string, vmUuid: string): JobOutcome {
  const { store } = ctx;
  // PortApiValidator checks APIAttachDataVolumeToVmMsg's fields in their order: vmInstanceUuid, then volumeUuid
  if (!store.vms.has(vmUuid)) return fail(notFound(vmUuid, 'VmInstanceVO', 'vmInstanceUuid'));
  const vol = store.volumes.get(volumeUuid);
  if (!vol) return fail(notFound(volumeUuid, 'VolumeVO', 'volumeUuid'));
  const denied = checkOwner(ctx, caller, volumeUuid, 'VolumeVO');
  if (denied) return fail(denied);
  const vm = findVm(ctx, caller, vmUuid, 'vmInstanceUuid');
  if (isError(vm)) return fail(vm);
  const refused = attachRefusal(vol);
  if (refused) return fail(refused);
  if (!ATTACHABLE.includes(vm.state))
    return fail(wrongVmState(vm.state, `${MSG}AttachDataVolumeToVmMsg`, ATTACHABLE, 'VM.1005'));
  const now = ctx.clock.stamp();
  if (vol.status === 'NotInstantiated') instantiateOn(ctx, vol, vm);
  const deviceId = Math.max(0, ...store.volumesOf(vm.uuid).map((v) => v.deviceId ?? 0)) + 1;
  vol.vmInstanceUuid = vm.uuid;
  vol.deviceId = deviceId;
  vol.lastAttachDate = now;
  vol.lastOpDate = now;
  store.touch();
  return { ok: true, body: { inventory: volumeInv(actionInv(ctx), vol) } };
}

/** VolumeApiInterceptor.checkDataVolume: what about the volume itself refuses an attach. */
function attachRefusal(vol: VolumeRec): ErrorCode | undefined {
  if (vol.type === 'Root')
    return operr(`the volume[uuid:${vol.uuid}, name:${vol.name}] is Root Volume, can't attach it`);
  if (vol.status === 'Deleted')
    return operr(`the volume[uuid:${vol.uuid}] is in status of deleted, cannot do the operation`);
  if (vol.vmInstanceUuid !== undefined)
    return operr(`data volume[uuid:${vol.uuid}] has been attached to some vm, can't attach again`);
  if (vol.status !== 'Ready' && vol.status !== 'NotInstantiated')
    return operr(
      `data volume can only be attached when status is [Ready, NotInstantiated], current is ${vol.status}`,
    );
  return undefined;
}

/** The attach-uninstantiated-volume flow: the volume is created on the primary storage of the VM's root volume. */
function instantiateOn(ctx: OpCtx, vol: VolumeRec, vm: VmRec): void {
  const root = vm.rootVolumeUuid === undefined ? undefined : ctx.store.volumes.get(vm.rootVolumeUuid);
  const psUuid = root?.primaryStorageUuid;
  if (psUuid !== undefined) {
    vol.primaryStorageUuid = psUuid;
    vol.installPath = volumeInstallPath(ctx.store, psUuid, ownerOf(ctx, vol.uuid), vol.uuid, 'dataVolumes');
    const host = vm.hostUuid ?? vm.lastHostUuid;
    if (ctx.store.primaryStorages.get(psUuid)?.type === 'LocalStorage' && host !== undefined)
      vol.localHostUuid = host;
  }
  vol.status = 'Ready';
}
