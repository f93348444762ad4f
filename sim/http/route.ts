import type { ApiCall } from './async-api.ts';
import { text } from './replies.ts';

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

/** One path segment of a route's pattern. */
export const seg = '([^/]+)';

export const methodNotAllowed = (method: string, path: string): Response =>
  text(405, `The method[${method}] is not allowed for the path[/zstack${path}]`);

/** The first route whose pattern matches `path` answers; undefined when none does. */
export function dispatch(
  routes: Route[],
  method: string,
  path: string,
): Promise<Response> | Response | undefined {
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    const handler = route.methods[method];
    if (!handler) return methodNotAllowed(method, path);
    return handler(match.slice(1).map((g) => g ?? ''));
  }
  return undefined;
}
