import type { SimCore } from '../core.ts';
import { recordAudit } from '../ops/audit.ts';
import type { Caller } from '../ops/context.ts';
import { invalidSession } from '../store/error-codes.ts';
import { toJson, type JsonObject } from '../store/gson.ts';
import { buildSchema, type SchemaNode } from '../store/schema.ts';
import type { JobOutcome } from './job-table.ts';
import { json, text } from './replies.ts';
import { sessionIdFromHeaders } from './sessions.ts';

/**
 * Where the node says jobs live: its own address, deliberately not the request's host
 * (docs/zstack-protocol.md#the-202-answer).
 */
export const MN_BASE_URL = 'http://10.0.0.5:8080/zstack';
export const DEFAULT_API_TIMEOUT_MS = 1_800_000;

/** Who sent a request, as the audit records it (X-Request-Ip, or the connection's address). */
export type ClientInfo = { ip: string; browser?: string };

/** One API request on its way through the node. */
export type ApiCall = { core: SimCore; request: Request; client: ClientInfo };

/** What an audited API records about its target (docs/zstack-protocol.md#audit-api). */
export type AuditSpec = {
  /** The API class, e.g. org.zstack.header.vm.APIDestroyVmInstanceMsg. */
  apiName: string;
  /** The target's VO class, e.g. VmInstanceVO. */
  resourceType: string;
  /** Read when the job starts, before a delete can take the row away. */
  resourceName: () => string | undefined;
  /** The message's fields, for requestDump. */
  request: JsonObject;
};

export type AsyncSpec = {
  /** The API's body key (`recoverVmInstance`), for the execution counters. */
  action: string;
  /** The resource the API targets: a VM, volume, image or session uuid, or a global config's `category.name`. */
  resourceUuid: string;
  /** Jobs with the same key (a VM uuid) are serialised. */
  serialKey?: string;
  apiTimeoutMs?: number;
  /** Class of the success `inventory`, for X-JSON-Schema. */
  schema?: SchemaNode;
  /** Set on the APIs the audit records: destroy, delete, recover and expunge. */
  audit?: AuditSpec;
  run: (caller: Caller) => JobOutcome;
};

/**
 * RestServer.sendMessage for an async API: header checks (400), AsyncRestVO record, 202 + location.
 * The session is looked up (and slid) now; every other check runs inside the job, so failures show on poll.
 */
export function submitAsync(call: ApiCall, spec: AsyncSpec): Response {
  const { core, request } = call;
  const auth = sessionIdFromHeaders(request.headers);
  if ('badRequest' in auth) return text(400, auth.badRequest);
  const header = request.headers.get('x-job-uuid');
  if (header !== null && header.length !== 32)
    return text(400, "Invalid header[X-Job-UUID], it must be a UUID with '-' stripped");
  const id = header ?? core.newUuid();
  if (core.jobs.has(id)) return text(400, `Duplicate job uuid[${id}]`);
  const session = core.sessions.evaluate(auth.sessionId);
  const caller: Caller | undefined = session ? { accountUuid: session.accountUuid } : undefined;
  let timeout = spec.apiTimeoutMs ?? DEFAULT_API_TIMEOUT_MS;
  const override = Number(request.headers.get('x-api-timeout') ?? 'NaN');
  // a non-numeric X-API-Timeout is ignored (unconfirmed: the node may answer 500)
  if (Number.isFinite(override) && override > 0) timeout = override * 1000;
  const startTime = core.clock.now();
  const { startAt, dueAt } = core.jobs.submit(id, core.jobLatencyMs, spec.serialKey, () => {
    if (!caller) return { ok: false, error: invalidSession() };
    const resourceName = spec.audit?.resourceName();
    const outcome = spec.run(caller);
    if (spec.audit && core.auditEnabled)
      audit(call, spec.resourceUuid, spec.audit, {
        caller,
        jobId: id,
        startTime,
        outcome,
        ...(resourceName === undefined ? {} : { resourceName }),
      });
    return outcome.ok && spec.schema ? { ...outcome, schema: spec.schema } : outcome;
  });
  core.executions.record(spec.action, spec.resourceUuid, startAt, dueAt, core.opts.realNow());
  // a dropped answer still leaves the job running: only the response is lost
  if (core.faults.dropAction()) return Response.error();
  return json(202, { location: `${MN_BASE_URL}/v1/api-jobs/${id}`, apiTimeout: timeout }, true);
}

/** Writes the job's audit row when it finishes; dumps are the message and the poll body as JSON (unconfirmed). */
function audit(
  call: ApiCall,
  resourceUuid: string,
  spec: AuditSpec,
  job: { caller: Caller; jobId: string; startTime: number; outcome: JobOutcome; resourceName?: string },
): void {
  const { core, client } = call;
  const account = core.store.accounts.get(job.caller.accountUuid);
  const createTime = core.clock.now();
  const response: JsonObject = job.outcome.ok ? job.outcome.body : { error: job.outcome.error };
  recordAudit(core.store, {
    createTime,
    startTime: job.startTime,
    apiName: spec.apiName,
    ...(client.browser === undefined ? {} : { clientBrowser: client.browser }),
    clientIp: client.ip,
    duration: createTime - job.startTime,
    ...(job.outcome.ok ? {} : { error: toJson(job.outcome.error, false) }),
    operator: account?.name ?? job.caller.accountUuid,
    requestDump: toJson({ [spec.apiName]: spec.request }, false),
    resourceUuid,
    requestUuid: job.jobId,
    operatorAccountUuid: job.caller.accountUuid,
    responseDump: toJson(response, false),
    success: job.outcome.ok,
    resourceType: spec.resourceType,
    responseUuid: core.newUuid(),
    ...(job.resourceName === undefined ? {} : { resourceName: job.resourceName }),
  });
}

/** RestServer.handleJobQuery: no auth; 202 {} / 200 result / 503 error / 404 text. */
export function pollJob(core: SimCore, request: Request, id: string): Response {
  if (request.method !== 'GET') return text(405, 'only GET method is allowed for querying job status');
  const fault = core.faults.poll();
  if (fault?.kind === 'drop') return Response.error();
  if (fault?.kind === 'status') return foreignAnswer(fault.status, fault.body);
  const state = core.jobs.get(id);
  if (state === undefined) return text(404, 'the job has been expired');
  if (state === 'processing') return json(202, {}, true);
  if (!state.ok) return json(503, { error: state.error }, true);
  const body = { ...state.body };
  if (request.headers.has('x-json-schema') && state.schema) {
    body['schema'] = buildSchema('inventory', body['inventory'], state.schema);
  }
  return json(200, body, true);
}

/** What a proxy or sign-in gateway in front of the node answers: never a ZStack answer. */
function foreignAnswer(status: number, body: 'text' | 'html'): Response {
  const line = `${status} ${REASONS[status] ?? 'Error'}`;
  if (body === 'text') return text(status, line);
  return new Response(
    `<!DOCTYPE html><html><head><title>${line}</title></head><body><h1>${line}</h1></body></html>`,
    {
      status,
      headers: { 'Content-Type': 'text/html' },
    },
  );
}

const REASONS: Record<number, string> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  407: 'Proxy Authentication Required',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};
