import type { SimCore } from '../core.ts';
import { renewSession, updateGlobalConfig } from '../ops/admin.ts';
import { attachDataVolume, destroyVm, expungeVm, recoverVm, startVm, stopVm } from '../ops/vm.ts';
import { QUERY_PATHS } from '../store/query-paths.ts';
import { GLOBAL_CONFIG_SCHEMA, SESSION_SCHEMA, VM_SCHEMA, VOLUME_SCHEMA } from '../store/schema.ts';
import { pollJob, submitAsync } from './async-api.ts';
import { login, query } from './query-api.ts';
import { asRecord, json, readBody, text } from './replies.ts';

type Route = { pattern: RegExp; methods: Record<string, (m: string[]) => Promise<Response> | Response> };

const seg = '([^/]+)';
const optString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Serves one `/zstack/v1/...` request; `path` is the decoded path without the `/zstack` context. */
export async function handleApi(core: SimCore, request: Request, url: URL, path: string): Promise<Response> {
  const m = /^\/v1\/api-jobs\/([^/]+)$/.exec(path);
  // the job endpoint is matched before anything else, authentication included
  if (m?.[1] !== undefined) return pollJob(core, request, m[1]);

  const body = await readBody(request);
  if (!body.ok) return body.response;
  const payload = body.value;
  const actionUrl = `the body doesn't contain action mapping to the URL[${path}]`;

  const routes: Route[] = [
    { pattern: /^\/v1\/accounts\/login$/, methods: { PUT: () => login(core, request, payload) } },
    {
      pattern: new RegExp(`^/v1/accounts/sessions/${seg}/valid$`),
      methods: { GET: ([id]) => json(200, { valid: core.sessions.peek(id ?? '') !== undefined }, true) },
    },
    {
      pattern: new RegExp(`^/v1/accounts/sessions/${seg}/renew$`),
      methods: {
        PUT: ([id]) =>
          submitAsync(core, request, {
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
      pattern: new RegExp(`^/v1/vm-instances/${seg}/actions$`),
      methods: { PUT: ([uuid = '']) => vmAction(core, request, uuid, payload, actionUrl) },
    },
    {
      pattern: new RegExp(`^/v1/vm-instances/${seg}$`),
      methods: {
        GET: ([uuid = '']) => query(core, request, 'vm-instances', uuid, url),
        DELETE: ([uuid = '']) =>
          submitAsync(core, request, {
            action: 'destroyVmInstance',
            resourceUuid: uuid,
            serialKey: uuid,
            run: (c) => destroyVm(core.ctx(), c, uuid),
          }),
      },
    },
    {
      pattern: new RegExp(`^/v1/volumes/${seg}/vm-instances/${seg}$`),
      methods: {
        POST: ([vol = '', vm = '']) =>
          submitAsync(core, request, {
            action: 'attachDataVolumeToVm',
            resourceUuid: vol,
            serialKey: vm,
            schema: VOLUME_SCHEMA,
            run: (c) => attachDataVolume(core.ctx(), c, vol, vm),
          }),
      },
    },
    {
      pattern: new RegExp(`^/v1/global-configurations/${seg}/${seg}/actions$`),
      methods: {
        PUT: ([category = '', name = '']) => {
          const params = asRecord(payload?.['updateGlobalConfig']);
          if (!params) return text(400, actionUrl);
          return submitAsync(core, request, {
            action: 'updateGlobalConfig',
            // GlobalConfig.getIdentity(): a global config has no uuid
            resourceUuid: `${category}.${name}`,
            schema: GLOBAL_CONFIG_SCHEMA,
            run: (c) =>
              updateGlobalConfig(core.ctx(), c, category, name, params['value'], (g) => {
                if (g.category === 'vm' && g.name === 'expungeInterval')
                  core.expunge.restart(core.clock.now(), false);
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

function vmAction(
  core: SimCore,
  request: Request,
  uuid: string,
  payload: Record<string, unknown> | undefined,
  actionUrl: string,
): Response {
  const ctx = (): ReturnType<SimCore['ctx']> => core.ctx();
  if (payload && 'recoverVmInstance' in payload)
    return submitAsync(core, request, {
      action: 'recoverVmInstance',
      resourceUuid: uuid,
      serialKey: uuid,
      schema: VM_SCHEMA,
      run: (c) => recoverVm(ctx(), c, uuid),
    });
  if (payload && 'startVmInstance' in payload) {
    const p = asRecord(payload['startVmInstance']);
    const clusterUuid = optString(p?.['clusterUuid']);
    const hostUuid = optString(p?.['hostUuid']);
    const want = { ...(clusterUuid ? { clusterUuid } : {}), ...(hostUuid ? { hostUuid } : {}) };
    return submitAsync(core, request, {
      action: 'startVmInstance',
      resourceUuid: uuid,
      serialKey: uuid,
      schema: VM_SCHEMA,
      run: (c) => startVm(ctx(), c, uuid, want),
    });
  }
  if (payload && 'stopVmInstance' in payload)
    return submitAsync(core, request, {
      action: 'stopVmInstance',
      resourceUuid: uuid,
      serialKey: uuid,
      schema: VM_SCHEMA,
      run: (c) => stopVm(ctx(), c, uuid),
    });
  if (payload && 'expungeVmInstance' in payload) {
    // APIExpungeVmInstanceMsg carries @DefaultTimeout of 3 h
    return submitAsync(core, request, {
      action: 'expungeVmInstance',
      resourceUuid: uuid,
      serialKey: uuid,
      apiTimeoutMs: 10_800_000,
      run: (c) => expungeVm(ctx(), c, uuid),
    });
  }
  return text(400, actionUrl);
}
