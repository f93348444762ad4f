import type { JsonObject } from './gson.ts';
import { wireDate, type InvCtx } from './inventory-context.ts';
import type { AccountRec, GlobalConfigRec, RefRec } from './records.ts';

export function globalConfigInv(_ctx: InvCtx, g: GlobalConfigRec): JsonObject {
  return {
    id: g.id,
    name: g.name,
    category: g.category,
    description: g.description,
    defaultValue: g.defaultValue,
    value: g.value,
  };
}

export function accountInv(ctx: InvCtx, a: AccountRec): JsonObject {
  return {
    uuid: a.uuid,
    name: a.name,
    description: a.description,
    type: a.type,
    state: a.state,
    createDate: wireDate(ctx, a.createDate),
    lastOpDate: wireDate(ctx, a.lastOpDate),
  };
}

export function refInv(ctx: InvCtx, r: RefRec): JsonObject {
  return {
    uuid: r.uuid,
    accountUuid: r.accountUuid,
    ownerAccountUuid: r.ownerAccountUuid,
    resourceUuid: r.resourceUuid,
    resourceType: r.resourceType,
    permission: r.permission,
    isShared: r.isShared,
    createDate: wireDate(ctx, r.createDate),
    lastOpDate: wireDate(ctx, r.lastOpDate),
  };
}
