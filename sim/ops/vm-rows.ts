import { notFound, type ErrorCode } from '../store/error-codes.ts';
import type { VmRec } from '../store/records.ts';
import { checkOwner, type Caller, type OpCtx } from './context.ts';

/** Existence then ownership, the order the API pipeline checks a VM uuid in. */
export function findVm(ctx: OpCtx, caller: Caller, uuid: string, field = 'uuid'): VmRec | ErrorCode {
  const vm = ctx.store.vms.get(uuid);
  if (!vm) return notFound(uuid, 'VmInstanceVO', field);
  return checkOwner(ctx, caller, uuid, 'VmInstanceVO') ?? vm;
}

/** Removes a NIC's UsedIp rows and clears its address: the IP goes back to the L3 pool. */
export function releaseNicIps(ctx: OpCtx, vmUuid: string, now: number): void {
  for (const nic of ctx.store.nicsOf(vmUuid)) {
    for (const u of ctx.store.usedIpsOf(nic.uuid)) ctx.store.usedIps.delete(u.uuid);
    if (nic.ip !== undefined || nic.usedIpUuid !== undefined) nic.lastOpDate = now;
    delete nic.ip;
    delete nic.netmask;
    delete nic.gateway;
    delete nic.usedIpUuid;
  }
  ctx.store.touch();
}

/** Flow `recover-root-volume` + `recover-vm`. */
export function applyRecover(ctx: OpCtx, vm: VmRec, now: number): void {
  const root = vm.rootVolumeUuid === undefined ? undefined : ctx.store.volumes.get(vm.rootVolumeUuid);
  if (root) {
    root.status = root.installPath === undefined ? 'NotInstantiated' : 'Ready';
    root.lastOpDate = now;
  }
  vm.state = 'Stopped';
  vm.lastOpDate = now;
  ctx.store.touch();
}

/** Deletes the VM row with its NICs, IPs and non-data volumes (expunge, or destroy under Direct). */
export function removeVm(ctx: OpCtx, vm: VmRec): void {
  const { store } = ctx;
  for (const nic of store.nicsOf(vm.uuid)) {
    for (const u of store.usedIpsOf(nic.uuid)) store.usedIps.delete(u.uuid);
    store.nics.delete(nic.uuid);
  }
  for (const vol of store.volumesOf(vm.uuid)) {
    if (vol.type === 'Data') continue;
    store.volumes.delete(vol.uuid);
    store.removeRef(vol.uuid);
  }
  store.vms.delete(vm.uuid);
  store.removeRef(vm.uuid);
  store.touch();
}

/** ci-runner-07: another operator's recover lands just before our job runs. */
export function applyScriptedRace(ctx: OpCtx, vm: VmRec): void {
  if (vm.scenario !== 'raced-recover' || vm.state !== 'Destroyed') return;
  delete vm.scenario;
  applyRecover(ctx, vm, ctx.clock.stamp());
}
