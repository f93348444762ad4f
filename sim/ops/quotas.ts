import { quotaExceeded, type ErrorCode } from '../store/error-codes.ts';
import type { QuotaName } from '../store/records-identity.ts';
import { ADMIN_UUID } from '../store/store.ts';
import type { OpCtx } from './context.ts';

const GiB = 1024 ** 3;

/** Quota defaults of an account without its own QuotaVO value (the quota definitions of 5.2.1). */
const DEFAULTS: Record<QuotaName, number> = {
  'vm.totalNum': 20,
  'volume.data.num': 40,
  'image.size': 10 * 1024 * GiB,
};

/**
 * QuotaUtil.CheckQuota for the resource owner: fails when usage plus the request exceeds the account's value.
 * Admin-owned resources never hit a quota.
 */
function check(
  ctx: OpCtx,
  ownerUuid: string,
  quota: QuotaName,
  used: number,
  request: number,
): ErrorCode | undefined {
  if (ownerUuid === ADMIN_UUID) return undefined;
  const account = ctx.store.accounts.get(ownerUuid);
  if (!account) return undefined;
  const value = account.quotas[quota] ?? DEFAULTS[quota];
  return used + request > value ? quotaExceeded(account, quota, value, used, request) : undefined;
}

/** VmQuotaOperator: vm.totalNum counts the owner's VMs that are not Destroyed. */
export function checkVmTotal(ctx: OpCtx, ownerUuid: string): ErrorCode | undefined {
  let used = 0;
  for (const v of ctx.store.vms.values())
    if (v.state !== 'Destroyed' && ctx.store.ownerOf(v.uuid) === ownerUuid) used++;
  return check(ctx, ownerUuid, 'vm.totalNum', used, 1);
}

/**
 * DataVolumeNumQuotaDefinition: the owner's Data volumes that are not Deleted, plus this one.
 * snapshot.volume.num is not checked: the simulator keeps no snapshots, so its request is always 0.
 */
export function checkDataVolumeNum(ctx: OpCtx, ownerUuid: string): ErrorCode | undefined {
  let used = 0;
  for (const v of ctx.store.volumes.values())
    if (v.type === 'Data' && v.status !== 'Deleted' && ctx.store.ownerOf(v.uuid) === ownerUuid) used++;
  return check(ctx, ownerUuid, 'volume.data.num', used, 1);
}

/** ImageSizeQuotaDefinition: the usage already counts Deleted images, the request is the image's size. */
export function checkImageSize(ctx: OpCtx, ownerUuid: string, size: number): ErrorCode | undefined {
  let used = 0;
  for (const i of ctx.store.images.values()) if (ctx.store.ownerOf(i.uuid) === ownerUuid) used += i.size;
  return check(ctx, ownerUuid, 'image.size', used, size);
}
