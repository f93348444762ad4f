import type { SimCore } from '../core.ts';
import { argerr, invalidSession } from '../store/error-codes.ts';
import { sessionInv } from '../store/inventories-vm.ts';
import { parseQueryParams, runQuery, type QueryParams } from '../store/query-engine.ts';
import { QUERY_PATHS } from '../store/query-paths.ts';
import { SESSION_SCHEMA, buildSchema } from '../store/schema.ts';
import { asRecord, json, text } from './replies.ts';
import { sessionIdFromHeaders } from './sessions.ts';

const optString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** LogInByAccount is sync and needs no Authorization; a missing body key fails API validation (503). */
export function login(
  core: SimCore,
  request: Request,
  payload: Record<string, unknown> | undefined,
): Response {
  const p = asRecord(payload?.['logInByAccount']);
  const accountName = optString(p?.['accountName']);
  const password = optString(p?.['password']);
  const missing = accountName === undefined ? 'accountName' : password === undefined ? 'password' : undefined;
  if (missing !== undefined || accountName === undefined || password === undefined) {
    return json(
      503,
      {
        error: argerr(
          `field[${missing ?? 'accountName'}] of message[org.zstack.header.identity.APILogInByAccountMsg] is mandatory, can not be null`,
        ),
      },
      false,
    );
  }
  const s = core.sessions.login(accountName, password);
  if ('code' in s) return json(503, { error: s }, false);
  const body = {
    inventory: sessionInv({ store: core.store, tz: core.opts.tzOffsetMinutes, noSee: true }, s),
  };
  if (!request.headers.has('x-json-schema')) return json(200, body, true);
  return json(200, { ...body, schema: buildSchema('inventory', body.inventory, SESSION_SCHEMA) }, true);
}

/** APIQuery*Msg: header → params (400) → session (503 ID.1001) → ZQL. `/{uuid}` ignores every other param. */
export function query(
  core: SimCore,
  request: Request,
  resource: string,
  uuid: string | undefined,
  url: URL,
): Response {
  const table = QUERY_PATHS[resource];
  if (!table) return text(404, `no api mapping to /v1/${resource}`);
  const auth = sessionIdFromHeaders(request.headers);
  if ('badRequest' in auth) return text(400, auth.badRequest);
  let params: QueryParams;
  if (uuid !== undefined)
    params = {
      conds: [{ field: 'uuid', op: '=', value: uuid }],
      limit: 1000,
      start: 0,
      count: false,
      replyWithCount: false,
    };
  else {
    const parsed = parseQueryParams(url.searchParams);
    if ('badRequest' in parsed) return text(400, parsed.badRequest);
    params = parsed;
  }
  const session = core.sessions.evaluate(auth.sessionId);
  // sync error bodies go through JSONObjectUtil, which does not HTML-escape
  if (!session) return json(503, { error: invalidSession() }, false);
  const result = runQuery(
    table,
    params,
    { store: core.store, tz: core.opts.tzOffsetMinutes, noSee: false },
    session.accountUuid,
  );
  return result.ok ? json(200, result.body, true) : json(503, { error: result.error }, false);
}
