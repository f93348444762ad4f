import type { SimClock } from '../clock.ts';
import type { JobOutcome } from '../http/job-table.ts';
import { notOwner, type ErrorCode } from '../store/error-codes.ts';
import type { InvCtx } from '../store/inventory-context.ts';
import { ADMIN_UUID, type Store } from '../store/store.ts';

/** What an operation needs from the simulator. */
export type OpCtx = { store: Store; clock: SimClock; tz: number; newUuid: () => string };
/** The account a job runs as (from its session). */
export type Caller = { accountUuid: string };

export const fail = (error: ErrorCode): JobOutcome => ({ ok: false, error });

export const actionInv = (ctx: OpCtx): InvCtx => ({ store: ctx.store, tz: ctx.tz, noSee: true });

export const isAdmin = (c: Caller): boolean => c.accountUuid === ADMIN_UUID;

/** AccountConstant.RESOURCE_PERMISSION_WRITE: a share that lets the receiver operate on the resource. */
const WRITE = 2;

/**
 * OperationTargetAPIRequestChecker: a normal account may touch what it owns or what is shared to it with
 * write permission; a resource without an owner row counts as the admin's (docs/zstack-protocol.md#access-control).
 */
export function checkOwner(
  ctx: OpCtx,
  caller: Caller,
  resourceUuid: string,
  voType: string,
): ErrorCode | undefined {
  if (isAdmin(caller)) return undefined;
  const owner = ctx.store.ownerOf(resourceUuid) ?? ADMIN_UUID;
  if (owner === caller.accountUuid || ctx.store.isSharedWith(resourceUuid, caller.accountUuid, WRITE))
    return undefined;
  return notOwner(caller.accountUuid, resourceUuid, voType);
}

/** The account a resource belongs to; no owner row means the admin's. */
export const ownerOf = (ctx: OpCtx, resourceUuid: string): string =>
  ctx.store.ownerOf(resourceUuid) ?? ADMIN_UUID;

/** StringDSL.isZStackUuid: a v1-v5 UUID, lowercase, without dashes. */
export const isZStackUuid = (v: string): boolean =>
  /^[0-9a-f]{12}[1-5][0-9a-f]{3}[89ab][0-9a-f]{15}$/.test(v);

export const isError = (x: object): x is ErrorCode => 'code' in x && 'description' in x;
