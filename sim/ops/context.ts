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

export const isError = (x: object): x is ErrorCode => 'code' in x && 'description' in x;
