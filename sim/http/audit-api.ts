import { getAuditData, type AuditDataQuery } from '../ops/audit.ts';
import { AUDIT_DATA_SCHEMA, buildSchema } from '../store/schema.ts';
import { query } from './query-api.ts';
import { json } from './replies.ts';
import type { Route, RouteCtx } from './route.ts';
import { syncSession } from './sessions.ts';

/*
 * ZStack Cloud's audit APIs, known only from the SDK (docs/zstack-protocol.md#audit-api, unconfirmed on the
 * server). They exist only while the audit is on; otherwise the paths fall through to RestServer's
 * `404 no api mapping to …`, which comes before authentication (docs/zstack-protocol.md#audit-feature-detection).
 */
export function auditRoutes(rc: RouteCtx): Route[] {
  const { call, url } = rc;
  return [
    {
      // QueryAudit: an ordinary query API over AuditsInventory
      pattern: /^\/v1\/zwatch\/audit-records$/,
      methods: { GET: () => query(call.core, call.request, 'zwatch/audit-records', undefined, url) },
    },
    { pattern: /^\/v1\/zwatch\/audits$/, methods: { GET: () => auditData(rc) } },
  ];
}

const long = (v: string | null): number | undefined =>
  v !== null && /^\d+$/.test(v.trim()) ? Number(v.trim()) : undefined;

/** GetAuditData: sync, `{"audits": [...]}`; the SDK's default limit is 100. */
function auditData(rc: RouteCtx): Response {
  const { core, request } = rc.call;
  const session = syncSession(core.sessions, request.headers);
  if (session instanceof Response) return session;
  const p = rc.url.searchParams;
  const startTime = long(p.get('startTime'));
  const endTime = long(p.get('endTime'));
  const auditType = p.get('auditType');
  const q: AuditDataQuery = {
    limit: long(p.get('limit')) ?? 100,
    conditions: p.getAll('conditions'),
    ...(startTime === undefined ? {} : { startTime }),
    ...(endTime === undefined ? {} : { endTime }),
    ...(auditType === null ? {} : { auditType }),
  };
  const body = getAuditData(core.store, session.accountUuid, q);
  // RestServer adds `schema` to any successful reply whose request asked for it (the SDK's X-JSON-Schema)
  if (!request.headers.has('x-json-schema')) return json(200, body, true);
  return json(200, { ...body, schema: buildSchema('audits', body.audits, AUDIT_DATA_SCHEMA) }, true);
}
