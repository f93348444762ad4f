import type { SimClock } from './clock.ts';
import { notFound, notOwner } from './errors.ts';
import type { JobOutcome } from './jobs.ts';
import type { InvCtx } from './inventories.ts';
import { ADMIN_UUID, type Store, type VmRec } from './state.ts';
import type { ErrorCode } from './types.ts';

/** What an operation needs from the simulator. */
export type OpCtx = { store: Store; clock: SimClock; tz: number; newUuid: () => string };
/** The account a job runs as (from its session). */
export type Caller = { accountUuid: string };

export const fail = (error: ErrorCode): JobOutcome => ({ ok: false, error });

export const actionInv = (ctx: OpCtx): InvCtx => ({ store: ctx.store, tz: ctx.tz, noSee: true });

export const isAdmin = (c: Caller): boolean => c.accountUuid === ADMIN_UUID;

/** OperationTargetAPIRequestChecker: a normal account may only touch what it owns. */
export function checkOwner(
  ctx: OpCtx,
  caller: Caller,
  resourceUuid: string,
  voType: string,
): ErrorCode | undefined {
  if (isAdmin(caller)) return undefined;
  const owner = ctx.store.ownerOf(resourceUuid);
  return owner === undefined || owner === caller.accountUuid
    ? undefined
    : notOwner(caller.accountUuid, resourceUuid, voType);
}

/** Existence then ownership, the order the API pipeline checks a VM uuid in. */
export function findVm(ctx: OpCtx, caller: Caller, uuid: string): VmRec | ErrorCode {
  const vm = ctx.store.vms.get(uuid);
  if (!vm) return notFound(uuid, 'VmInstanceVO');
  return checkOwner(ctx, caller, uuid, 'VmInstanceVO') ?? vm;
}

export const isError = (x: object): x is ErrorCode => 'code' in x && 'description' in x;

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
