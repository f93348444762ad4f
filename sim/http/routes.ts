import type { SimCore } from '../core.ts';
import { QUERY_PATHS } from '../store/query-paths.ts';
import { accountRoutes } from './account-routes.ts';
import { pollJob, type ClientInfo } from './async-api.ts';
import { auditRoutes } from './audit-api.ts';
import { checkRoutes } from './check-routes.ts';
import { query } from './query-api.ts';
import { readBody, text } from './replies.ts';
import { imageRoutes, vmRoutes, volumeRoutes } from './resource-routes.ts';
import { dispatch, methodNotAllowed, type Route, type RouteCtx } from './route.ts';

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
  const rc: RouteCtx = {
    call: { core, request, client },
    payload: body.value,
    url,
    actionUrl: `the body doesn't contain action mapping to the URL[${path}]`,
  };
  const routes: Route[] = [
    ...vmRoutes(rc),
    ...volumeRoutes(rc),
    ...imageRoutes(rc),
    // absent on a node without ZStack Cloud's audit module, so those paths end in the 404 below
    ...(core.auditEnabled ? auditRoutes(rc) : []),
    ...checkRoutes(rc),
    ...accountRoutes(rc),
  ];
  return dispatch(routes, request.method, path) ?? genericQuery(core, request, url, path);
}

/** `GET /v1/<resource>[/<uuid>]` of every other queryable resource; anything else has no mapping. */
function genericQuery(core: SimCore, request: Request, url: URL, path: string): Promise<Response> | Response {
  // A nested query path (l3-networks/ip-ranges) is more specific than <resource>/{uuid}, as in RestServer.
  const generic =
    /^\/v1\/(l3-networks\/ip-ranges|primary-storage\/local-storage\/resource-refs)(?:\/([^/]+))?$/.exec(
      path,
    ) ?? /^\/v1\/([a-z0-9-]+)(?:\/([^/]+))?$/.exec(path);
  const resource = generic?.[1];
  if (resource !== undefined && resource in QUERY_PATHS && resource !== 'accounts/resources/refs') {
    if (request.method !== 'GET') return methodNotAllowed(request.method, path);
    return query(core, request, resource, generic?.[2], url);
  }
  return text(404, `no api mapping to ${path}`);
}
