import type { JobOutcome } from '../http/job-table.ts';
import { argerr, notFound, type ErrorCode } from '../store/error-codes.ts';
import { ipToLong } from '../store/store.ts';
import { fail, isError, type Caller, type OpCtx } from './context.ts';
import { findVm } from './vm-rows.ts';

// CheckIpAvailability and SetVmStaticIp: how a help desk asks for a destroyed VM's old address back
// (docs/zstack-protocol.md#the-old-ip-address).

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/u;

/** IpNotAvailabilityReason's texts (its toString). */
type Availability = { available: boolean; reason: string };

/** L3BasicNetwork.checkIpAvailability: in one of the L3's ranges, not its gateway, no UsedIp row. */
export function checkIpAvailability(ctx: OpCtx, l3Uuid: string, ip: string): Availability | ErrorCode {
  const l3 = ctx.store.l3Networks.get(l3Uuid);
  if (!l3) return notFound(l3Uuid, 'L3NetworkVO', 'l3NetworkUuid');
  if (!IPV4.test(ip)) return argerr(`${ip} is not a valid ip address`);
  const n = ipToLong(ip);
  if (l3.ipRanges.some((r) => r.gateway === ip)) return { available: false, reason: 'it is gateway' };
  if (!l3.ipRanges.some((r) => n >= ipToLong(r.startIp) && n <= ipToLong(r.endIp)))
    return { available: false, reason: 'it is not in this range' };
  for (const u of ctx.store.usedIps.values())
    if (u.l3NetworkUuid === l3Uuid && u.ip === ip) return { available: false, reason: 'it is used' };
  return { available: true, reason: '' };
}

/**
 * SetVmStaticIp: VmInstanceApiInterceptor checks the address, then the staticIp system tag is written; the next
 * start allocates exactly that address (VmAllocateNicFlow, see allocateNicIps).
 */
export function setVmStaticIp(
  ctx: OpCtx,
  caller: Caller,
  uuid: string,
  l3Uuid: string | undefined,
  ip: string | undefined,
): JobOutcome {
  const vm = findVm(ctx, caller, uuid, 'vmInstanceUuid');
  if (isError(vm)) return fail(vm);
  if (l3Uuid === undefined) return fail(argerr('field[l3NetworkUuid] is mandatory, can not be null'));
  if (ip === undefined) return fail(argerr('could not set ip address, due to no ip address is specified'));
  if (!IPV4.test(ip)) return fail(argerr(`static ip [${ip}] format error`));
  const nic = ctx.store.nicsOf(vm.uuid).find((n) => n.l3NetworkUuid === l3Uuid);
  if (!nic) return fail(argerr(`the VM[uuid:${vm.uuid}] has no nic on l3 network[uuid:${l3Uuid}]`));
  const check = checkIpAvailability(ctx, l3Uuid, ip);
  if (isError(check)) return fail(check);
  if (!check.available && nic.ip !== ip) {
    const text =
      check.reason === 'it is used' ? `ip address [${ip}] already set to vmNic` : `${ip} ${check.reason}`;
    return fail(argerr(text));
  }
  nic.staticIp = ip;
  ctx.store.touch();
  return { ok: true, body: {} };
}
