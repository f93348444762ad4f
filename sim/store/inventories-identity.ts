import type { JsonObject } from './gson.ts';
import { wireDate, type InvCtx } from './inventory-context.ts';
import type { AccountRec, AuditRec, GlobalConfigRec, RefRec } from './records-identity.ts';

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

/** AuditsInventory in its field order; times are epoch-ms longs, not Gson dates (unconfirmed on the wire). */
export function auditInv(_ctx: InvCtx, a: AuditRec): JsonObject {
  return {
    id: a.id,
    createTime: a.createTime,
    startTime: a.startTime,
    apiName: a.apiName,
    clientBrowser: a.clientBrowser,
    clientIp: a.clientIp,
    duration: a.duration,
    error: a.error,
    operator: a.operator,
    requestDump: a.requestDump,
    resourceUuid: a.resourceUuid,
    requestUuid: a.requestUuid,
    operatorAccountUuid: a.operatorAccountUuid,
    responseDump: a.responseDump,
    success: a.success,
    // signedText (a tamper-proofing signature, 4.3.18) is left out: nothing here signs rows
    resourceType: a.resourceType,
    responseUuid: a.responseUuid,
    resourceName: a.resourceName,
  };
}
