// Settings of the production server, read once from the environment (README lists them).
import { resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  /** Host names answered besides IP literals and localhost; undefined = any name. */
  allowedHosts: readonly string[] | undefined;
  /** The management node (origin only); undefined = the built-in simulator. */
  target: URL | undefined;
  /** Send Strict-Transport-Security: the console is reached over https (a TLS proxy in front). */
  hsts: boolean;
  /** Peers whose X-Forwarded-For is believed (a load balancer or TLS proxy in front). */
  trustedProxies: readonly string[];
  /** Largest request body accepted, in bytes. */
  bodyLimit: number;
  /** The simulator's /zstack/__sim endpoints for any caller, not only loopback ones (tests on a shared host). */
  simControlAnywhere: boolean;
  distDir: string;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

const list = (raw: string | undefined): string[] =>
  (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** `http://mn:8080`, `http://mn:8080/` and `http://mn:8080/zstack` all name the same node. */
export function parseTarget(raw: string | undefined): URL | undefined {
  const trimmed = raw
    ?.trim()
    .replace(/\/+$/u, '')
    .replace(/\/zstack$/u, '');
  if (trimmed === undefined || trimmed === '') return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new Error(`ZSTACK_API_URL is not a URL: '${trimmed}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`ZSTACK_API_URL must be http:// or https://, got '${url.protocol}'`);
  if (url.pathname !== '/' || url.search !== '' || url.username !== '')
    throw new Error(`ZSTACK_API_URL names the node only (http://host:port), got '${trimmed}'`);
  return url;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/u.test(raw)) throw new Error(`${name} must be a whole number, got '${raw}'`);
  return Number(raw);
}

export function configFromEnv(env: NodeJS.ProcessEnv, root: string): ServerConfig {
  const host = env['HOST']?.trim() || 'localhost';
  const named = list(env['ALLOWED_HOSTS']);
  return {
    port: integer(env, 'PORT', 5173),
    host,
    // On loopback only local names make sense; on every interface with no list, any name (as on an intranet).
    allowedHosts: named.length > 0 ? named : LOOPBACK_NAMES.includes(host) ? [] : undefined,
    target: parseTarget(env['ZSTACK_API_URL']),
    hsts: env['BEHIND_HTTPS'] === '1',
    trustedProxies: list(env['TRUSTED_PROXIES']),
    bodyLimit: integer(env, 'BODY_LIMIT_BYTES', DEFAULT_BODY_LIMIT),
    simControlAnywhere: env['SIM_CONTROL'] === '1',
    distDir: resolve(root, 'dist'),
  };
}
