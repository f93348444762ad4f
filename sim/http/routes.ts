import type { SimCore } from '../core.ts';
import { renewSession, updateGlobalConfig } from '../ops/admin.ts';
import { QUERY_PATHS } from '../store/query-paths.ts';
import { GLOBAL_CONFIG_SCHEMA, SESSION_SCHEMA } from '../store/schema.ts';
import { pollJob, submitAsync, type ApiCall, type ClientInfo } from './async-api.ts';
import { auditRoutes } from './audit-api.ts';
import { login, query } from './query-api.ts';
import { asRecord, json, readBody, text } from './replies.ts';
import { imageRoutes, vmRoutes, volumeRoutes } from './resource-routes.ts';

export type Route = {
  pattern: RegExp;
  methods: Record<string, (m: string[]) => Promise<Response> | Response>;
};

/** What a route needs: the call, its parsed body, its URL and the 400 text for a body without an action key. */
export type RouteCtx = {
  call: ApiCall;
  payload: Record<string, unknown> | undefined;
  url: URL;
  actionUrl: string;
};

const seg = '([^/]+)';

/**
 * Serves one `/zstack/v1/...` request; `path` is the decoded path without the `/zstack` context. Like
 * RestServer.handle, the path is resolved first: an unknown one is a 404 whatever the credentials.
 */
export async function handleApi(
  core: SimCore,
  request: Request,
  url: URL,
  path: string,
  client: ClientInfo,
): Promise<Response> {
  const m = /^\/v1\/api-jobs\/([^/]+)$/.exec(path);
  // the job endpoint is matched before anything else, authentication included
  if (m?.[1] !== undefined) return pollJob(core, request, m[1]);

  const body = await readBody(request);
  if (!body.ok) return body.response;
  const payload = body.value;
  const call: ApiCall = { core, request, client };
  const rc: RouteCtx = {
    call,
    payload,
    url,
    actionUrl: `the body doesn't contain action mapping to the URL[${path}]`,
  };

  const routes: Route[] = [
    ...vmRoutes(rc),
    ...volumeRoutes(rc),
    ...imageRoutes(rc),
    // absent on a node without ZStack Cloud's audit module, so those paths end in the 404 below
    ...(core.auditEnabled ? auditRoutes(rc) : []),
    { pattern: /^\/v1\/accounts\/login$/, methods: { PUT: () => login(core, request, payload) } },
    {
      pattern: new RegExp(`^/v1/accounts/sessions/${seg}/valid$`),
      methods: { GET: ([id]) => json(200, { valid: core.sessions.peek(id ?? '') !== undefined }, true) },
    },
    {
      pattern: new RegExp(`^/v1/accounts/sessions/${seg}/renew$`),
      methods: {
        PUT: ([id]) =>
          submitAsync(call, {
            action: 'renewSession',
            resourceUuid: id ?? '',
            schema: SESSION_SCHEMA,
            run: () =>
              renewSession(
                core.ctx(),
                core.sessions,
                id ?? '',
                asRecord(payload?.['renewSession'])?.['duration'],
              ),
          }),
      },
    },
    {
      pattern: new RegExp(`^/v1/accounts/sessions/${seg}$`),
      methods: {
        DELETE: ([id]) => {
          // logging out an unknown session is a no-op that still answers 200 (unconfirmed)
          core.sessions.logout(id ?? '');
          return json(200, {}, true);
        },
      },
    },
    {
      pattern: new RegExp(`^/v1/global-configurations/${seg}/${seg}/actions$`),
      methods: {
        PUT: ([category = '', name = '']) => {
          const params = asRecord(payload?.['updateGlobalConfig']);
          if (!params) return text(400, rc.actionUrl);
          return submitAsync(call, {
            action: 'updateGlobalConfig',
            // GlobalConfig.getIdentity(): a global config has no uuid
            resourceUuid: `${category}.${name}`,
            schema: GLOBAL_CONFIG_SCHEMA,
            run: (c) =>
              updateGlobalConfig(core.ctx(), c, category, name, params['value'], (g) => {
                core.configChanged(g);
              }),
          });
        },
      },
    },
    {
      pattern: /^\/v1\/accounts\/resources\/refs(?:\/([^/]+))?$/,
      methods: {
        GET: ([uuid]) => query(core, request, 'accounts/resources/refs', uuid === '' ? undefined : uuid, url),
      },
    },
  ];

  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    const groups = match.slice(1).map((g) => g ?? '');
    const handler = route.methods[request.method];
    if (!handler)
      return text(405, `The method[${request.method}] is not allowed for the path[/zstack${path}]`);
    return handler(groups);
  }
  const generic = /^\/v1\/([a-z0-9-]+)(?:\/([^/]+))?$/.exec(path);
  const resource = generic?.[1];
  if (resource !== undefined && resource in QUERY_PATHS && resource !== 'accounts/resources/refs') {
    if (request.method !== 'GET')
      return text(405, `The method[${request.method}] is not allowed for the path[/zstack${path}]`);
    return query(core, request, resource, generic?.[2], url);
  }
  return text(404, `no api mapping to ${path}`);
}
