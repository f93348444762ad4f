import type { JsonObject } from '../store/gson.ts';
import type { AuditRec } from '../store/records-identity.ts';
import { auditVisible } from '../store/queryable-identity.ts';
import type { Store } from '../store/store.ts';

/*
 * ZStack Cloud's audit (ZWatch, closed source): the node writes one AuditsVO row per API call it executes.
 * Only the SDK documents it, so its server side is unconfirmed (docs/zstack-protocol.md#audit-api). The
 * simulator audits the recycle-bin APIs (destroy, delete, recover, expunge) and UpdateGlobalConfig; internal
 * messages such as the periodic expunge tasks are not API calls and leave no row.
 */

/** Appends a row with the next id. */
export function recordAudit(store: Store, row: Omit<AuditRec, 'id'>): AuditRec {
  const rec: AuditRec = { id: (store.audits.at(-1)?.id ?? 0) + 1, ...row };
  store.audits.push(rec);
  return rec;
}

export type AuditDataQuery = {
  startTime?: number;
  endTime?: number;
  limit: number;
  auditType?: string;
  /** `field=value` equalities; the element syntax of `conditions` is unconfirmed (older docs: `labels`). */
  conditions: string[];
};

/** AuditData as GetAuditData (`/zwatch/audits`) returns it: the row with `time` instead of createTime. */
function auditData(a: AuditRec): JsonObject {
  return {
    id: a.id,
    resourceUuid: a.resourceUuid,
    resourceType: a.resourceType,
    clientIp: a.clientIp,
    clientBrowser: a.clientBrowser,
    apiName: a.apiName,
    error: a.error,
    operatorAccountUuid: a.operatorAccountUuid,
    operator: a.operator,
    duration: a.duration,
    requestUuid: a.requestUuid,
    responseUuid: a.responseUuid,
    requestDump: a.requestDump,
    responseDump: a.responseDump,
    time: a.createTime,
  };
}

/**
 * GetAuditData: rows in [startTime, endTime], newest first, at most `limit`. Every recorded row is a
 * Resource audit, so auditType=Login finds nothing.
 */
export function getAuditData(store: Store, accountUuid: string, q: AuditDataQuery): JsonObject {
  if (q.auditType === 'Login') return { audits: [] };
  const conds = q.conditions.flatMap((c) => {
    const i = c.indexOf('=');
    return i > 0 ? [[c.slice(0, i).trim(), c.slice(i + 1)] as const] : [];
  });
  const rows = store.audits
    .filter(
      (a) =>
        auditVisible(a, accountUuid) &&
        (q.startTime === undefined || a.createTime >= q.startTime) &&
        (q.endTime === undefined || a.createTime <= q.endTime),
    )
    .map(auditData)
    .filter((d) =>
      conds.every(([k, v]) => {
        const value = d[k];
        return (typeof value === 'string' || typeof value === 'number') && String(value) === v;
      }),
    )
    .reverse()
    .slice(0, Math.max(0, q.limit));
  return { audits: rows };
}
