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

const vmTotalUsed = (ctx: OpCtx, accountUuid: string): number => {
  let used = 0;
  for (const v of ctx.store.vms.values())
    if (v.state !== 'Destroyed' && ctx.store.ownerOf(v.uuid) === accountUuid) used++;
  return used;
};

const dataVolumesUsed = (ctx: OpCtx, accountUuid: string): number => {
  let used = 0;
  for (const v of ctx.store.volumes.values())
    if (v.type === 'Data' && v.status !== 'Deleted' && ctx.store.ownerOf(v.uuid) === accountUuid) used++;
  return used;
};

const imageSizeUsed = (ctx: OpCtx, accountUuid: string): number => {
  let used = 0;
  for (const i of ctx.store.images.values()) if (ctx.store.ownerOf(i.uuid) === accountUuid) used += i.size;
  return used;
};

/**
 * VmQuotaOperator.check(APIRecoverVmInstanceMsg): vm.totalNum of the CALLER's account (the session's, as both
 * current and target account), counting its VMs that are not Destroyed; an admin caller skips it.
 */
export function checkVmTotal(ctx: OpCtx, callerUuid: string): ErrorCode | undefined {
  return check(ctx, callerUuid, 'vm.totalNum', vmTotalUsed(ctx, callerUuid), 1);
}

/**
 * DataVolumeNumQuotaDefinition: the owner's Data volumes that are not Deleted, plus this one.
 * snapshot.volume.num is not checked: the simulator keeps no snapshots, so its request is always 0.
 */
export function checkDataVolumeNum(ctx: OpCtx, ownerUuid: string): ErrorCode | undefined {
  return check(ctx, ownerUuid, 'volume.data.num', dataVolumesUsed(ctx, ownerUuid), 1);
}

/** ImageSizeQuotaDefinition: the usage already counts Deleted images, the request is the image's size. */
export function checkImageSize(ctx: OpCtx, ownerUuid: string, size: number): ErrorCode | undefined {
  return check(ctx, ownerUuid, 'image.size', imageSizeUsed(ctx, ownerUuid), size);
}

/**
 * GetAccountQuotaUsage (`GET /v1/accounts/quota/{uuid}/usages`): Quota.QuotaUsage of each quota the simulator
 * keeps, with the account's value as `total` and the same counts the checks above use as `used`.
 */
export function quotaUsages(
  ctx: OpCtx,
  accountUuid: string,
): { name: QuotaName; total: number; used: number }[] {
  const account = ctx.store.accounts.get(accountUuid);
  const total = (q: QuotaName) => account?.quotas[q] ?? DEFAULTS[q];
  return [
    { name: 'vm.totalNum', total: total('vm.totalNum'), used: vmTotalUsed(ctx, accountUuid) },
    { name: 'volume.data.num', total: total('volume.data.num'), used: dataVolumesUsed(ctx, accountUuid) },
    { name: 'image.size', total: total('image.size'), used: imageSizeUsed(ctx, accountUuid) },
  ];
}
