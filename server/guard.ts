// Request checks shared by the production server (server/app.ts) and the Vite dev server (server/vite-plugin.ts).
import { isIP } from 'node:net';

/** What a request path is for, once it has passed checkPath. */
export type Route =
  | { kind: 'api'; path: string; search: string }
  | { kind: 'control'; path: string; search: string }
  | { kind: 'health' }
  | { kind: 'app'; path: string };

export type PathCheck = { ok: true; route: Route } | { ok: false; reason: string };

/** `/zstack/v1` and everything under it: the only part of the node the console ever calls. */
const API = /^\/zstack\/v1(?:\/|$)/u;
/** Escapes that some server on the way could turn into a path separator or a dot segment. */
const ENCODED_TRICK = /%(?:2e|2f|5c|00)/iu;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/u;

/**
 * Classifies the raw request target, refusing anything that could leave the prefix it seems to be under after
 * some later normalisation: dot segments (plain or percent-encoded), backslashes, encoded slashes, empty segments,
 * control characters and absolute-form targets. Only the path is checked; the query string goes on as it came.
 */
export function checkPath(rawUrl: string): PathCheck {
  const cut = rawUrl.indexOf('?');
  const path = cut < 0 ? rawUrl : rawUrl.slice(0, cut);
  const search = cut < 0 ? '' : rawUrl.slice(cut);
  if (!path.startsWith('/')) return { ok: false, reason: 'not an origin-form path' };
  if (path.includes('\\') || ENCODED_TRICK.test(path) || CONTROL.test(path))
    return { ok: false, reason: 'escaped separator or dot' };
  const segments = path.split('/').slice(1);
  if (segments.slice(0, -1).some((s) => s === '' || s === '.' || s === '..'))
    return { ok: false, reason: 'empty or dot segment' };
  const last = segments[segments.length - 1];
  if (last === '.' || last === '..') return { ok: false, reason: 'dot segment' };
  try {
    decodeURIComponent(path);
  } catch {
    return { ok: false, reason: 'malformed percent-encoding' };
  }
  if (path === '/healthz') return { ok: true, route: { kind: 'health' } };
  if (API.test(path)) return { ok: true, route: { kind: 'api', path, search } };
  if (path.startsWith('/zstack/__sim/')) return { ok: true, route: { kind: 'control', path, search } };
  // `/zstack`, `/zstack/v2`, `/zstackfoo`: nothing the console serves, and nothing to hand to the node.
  if (/^\/zstack/iu.test(path)) return { ok: false, reason: 'outside /zstack/v1' };
  return { ok: true, route: { kind: 'app', path } };
}

/** 127.0.0.0/8 and ::1, also in their IPv4-mapped IPv6 form. */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.replace(/^::ffff:/iu, '');
  return v4 === '::1' || (isIP(v4) === 4 && v4.startsWith('127.'));
}

const stripMapped = (address: string): string => address.replace(/^::ffff:(?=\d+\.)/iu, '');

/**
 * The browser's address for X-Request-Ip: the connection's peer, unless the peer is a configured trusted proxy;
 * then the right-most X-Forwarded-For entry that is not itself a trusted proxy (entries further left were written by
 * the browser and prove nothing).
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: readonly string[],
): string {
  const direct = stripMapped(peer ?? '');
  if (!trusted.includes(direct)) return direct;
  const chain = [forwardedFor ?? '']
    .flat()
    .join(',')
    .split(',')
    .map((s) => stripMapped(s.trim()))
    .filter((s) => isIP(s) !== 0);
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = chain[i];
    if (hop !== undefined && !trusted.includes(hop)) return hop;
  }
  return direct;
}

/**
 * Request headers a browser could use to pose as someone else's address; the server sets its own. ZStack's RestServer
 * takes the client address from the first X-Forwarded-For entry, then X-Real-IP, Proxy-Client-IP,
 * WL-Proxy-Client-IP and a few HTTP_* names (HttpServletRequestUtils.getClientIP): all of them go.
 */
export const CLIENT_ADDRESS_HEADERS = [
  'x-request-ip',
  'x-forwarded-for',
  'x-real-ip',
  'forwarded',
  'x-forwarded-host',
  'x-forwarded-proto',
  'proxy-client-ip',
  'wl-proxy-client-ip',
  'http_x_forwarded_for',
  'http_x_forwarded',
  'http_x_cluster_client_ip',
  'http_client_ip',
  'http_forwarded_for',
  'http_forwarded',
] as const;

/**
 * Host header check against DNS rebinding: IP literals and `localhost` always pass; other names pass when `allowed`
 * lists them, or when `allowed` is undefined (served on every interface with no list: any name). Anything that is
 * not a well-formed `name[:port]` fails, so a broken header gets a 400 instead of an exception.
 */
export function hostAllowed(header: string | undefined, allowed: readonly string[] | undefined): boolean {
  if (header === undefined || header === '' || /[\s/\\@?#]/u.test(header)) return false;
  let url: URL;
  try {
    url = new URL(`http://${header}`);
  } catch {
    return false;
  }
  if (url.host !== header.toLowerCase().replace(/:80$/u, '')) return false;
  const name = url.hostname.replace(/^\[|\]$/gu, '');
  if (isIP(name) !== 0 || name === 'localhost') return true;
  return allowed === undefined || allowed.some((a) => a.toLowerCase() === name);
}

/** A path fit for a log line: uuids (session ids among them) replaced. */
export function redact(path: string): string {
  return path.replace(/[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}/giu, ':uuid');
}
