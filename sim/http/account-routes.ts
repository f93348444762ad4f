import { renewSession, updateGlobalConfig } from '../ops/admin.ts';
import { GLOBAL_CONFIG_SCHEMA, SESSION_SCHEMA } from '../store/schema.ts';
import { submitAsync } from './async-api.ts';
import { login, query } from './query-api.ts';
import { asRecord, json, text } from './replies.ts';
import { seg, type Route, type RouteCtx } from './route.ts';

/** Sign-in, sessions, global configurations and resource ownership. */
export function accountRoutes(rc: RouteCtx): Route[] {
  const { call, payload, url } = rc;
  const { core, request } = call;
  return [
    { pattern: /^\/v1\/accounts\/login$/, methods: { PUT: () => login(core, request, payload) } },
    {
      pattern: new RegExp(`^/v1/accounts/sessions/${seg}/valid$`),
      methods: { GET: ([id]) => json(200, { valid: core.sessions.peek(id ?? '') !== undefined }, true) },
    },
    {
      pattern: new RegExp(`^/v1/accounts/sessions/${seg}/renew$`),
      methods: {
        PUT: ([id = '']) =>
          submitAsync(call, {
            action: 'renewSession',
            resourceUuid: id,
            schema: SESSION_SCHEMA,
            run: () =>
              renewSession(core.ctx(), core.sessions, id, asRecord(payload?.['renewSession'])?.['duration']),
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
      // APIGetCurrentTimeMsg: a sync call without credentials (@SuppressCredentialCheck), answered by
      // ApiMediatorImpl from System.currentTimeMillis(); APIGetCurrentTimeReply is @RestResponse(fieldsTo = "all")
      pattern: /^\/v1\/management-nodes\/actions$/,
      methods: {
        PUT: () => {
          if (!asRecord(payload?.['getCurrentTime'])) return text(400, rc.actionUrl);
          const ms = core.clock.now();
          return json(200, { currentTime: { MillionSeconds: ms, Seconds: Math.floor(ms / 1000) } }, true);
        },
      },
    },
    {
      pattern: new RegExp(`^/v1/global-configurations/${seg}/${seg}/actions$`),
      methods: { PUT: ([category = '', name = '']) => globalConfig(rc, category, name) },
    },
    {
      pattern: /^\/v1\/accounts\/resources\/refs(?:\/([^/]+))?$/,
      methods: {
        GET: ([uuid]) => query(core, request, 'accounts/resources/refs', uuid === '' ? undefined : uuid, url),
      },
    },
  ];
}

function globalConfig(rc: RouteCtx, category: string, name: string): Promise<Response> | Response {
  const { core } = rc.call;
  const params = asRecord(rc.payload?.['updateGlobalConfig']);
  if (!params) return text(400, rc.actionUrl);
  return submitAsync(rc.call, {
    action: 'updateGlobalConfig',
    // GlobalConfig.getIdentity(): a global config has no uuid
    resourceUuid: `${category}.${name}`,
    schema: GLOBAL_CONFIG_SCHEMA,
    // ZStack Cloud audits every API call; the console reads this row to say who paused expunging and when
    audit: {
      apiName: 'org.zstack.core.config.APIUpdateGlobalConfigMsg',
      resourceType: 'GlobalConfigVO',
      resourceName: () => `${category}.${name}`,
      request: { category, name, value: typeof params['value'] === 'string' ? params['value'] : null },
    },
    run: (c) =>
      updateGlobalConfig(core.ctx(), c, category, name, params['value'], (g) => {
        core.configChanged(g);
      }),
  });
}
