import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Simulator } from './simulator.ts';

// hop-by-hop headers describe the node connection, not the request the simulator sees
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'proxy-connection',
  'te',
  'trailer',
]);

/** Where a node reads a client address from (see clientOf in simulator.ts), replaced when the server knows better. */
const CLIENT_HEADERS = new Set(['x-request-ip', 'x-forwarded-for', 'x-real-ip', 'forwarded']);

/** Largest request body the simulator reads (a ZStack API body is a few hundred bytes). */
export const SIM_BODY_LIMIT = 1024 * 1024;

/** 127.0.0.0/8 and ::1, also in their IPv4-mapped IPv6 form. */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.replace(/^::ffff:/iu, '');
  return v4 === '::1' || (isIP(v4) === 4 && v4.startsWith('127.'));
}

/** A caller on this machine that is not a proxy passing on someone else's request. */
export const localCaller = (req: IncomingMessage): boolean =>
  isLoopback(req.socket.remoteAddress) &&
  req.headers['x-forwarded-for'] === undefined &&
  req.headers['x-request-ip'] === undefined &&
  req.headers['forwarded'] === undefined;

export interface NodeHandlerOptions {
  /** Bytes; a larger body is answered 413 without being read. */
  bodyLimit?: number;
  /**
   * The caller's address as the audit records it. When given, it replaces the client-address headers the caller sent
   * (the console's own server); when absent, the caller is a proxy in front of a node and its headers stand.
   */
  clientAddress?: (req: IncomingMessage) => string;
  /** May this caller use the test-only /zstack/__sim endpoints? (default: a local caller, see localCaller) */
  controlAllowed?: (req: IncomingMessage) => boolean;
  /** Whether an answer of this type and length is sent gzipped (the console's server: as it does for a real node). */
  gzip?: (req: IncomingMessage, type: string | undefined, length: number) => boolean;
}

type BodyRead = { ok: true; body: Buffer<ArrayBuffer> } | { ok: false };

async function readLimited(req: IncomingMessage, limit: number): Promise<BodyRead> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return { ok: false };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > limit) return { ok: false };
    chunks.push(buffer);
  }
  return { ok: true, body: Buffer.concat(chunks) };
}

function plain(res: ServerResponse, status: number, body: string, close = false): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain;charset=UTF-8',
    ...(close ? { Connection: 'close' } : {}),
  });
  res.end(body);
}

function requestHeaders(req: IncomingMessage, client: string | undefined): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = (req.rawHeaders[i] ?? '').toLowerCase();
    if (name.startsWith(':') || HOP_BY_HOP.has(name)) continue;
    if (client !== undefined && CLIENT_HEADERS.has(name)) continue;
    headers.append(name, req.rawHeaders[i + 1] ?? '');
  }
  if (client !== undefined) {
    headers.set('x-request-ip', client);
    headers.set('x-forwarded-for', client);
  }
  return headers;
}

/** The URL as the node sees it: its host names the node in `location` answers; a malformed Host falls back. */
function requestUrl(path: string, host: string | undefined): URL {
  try {
    return new URL(path, `http://${host ?? 'localhost'}`);
  } catch {
    return new URL(path, 'http://localhost');
  }
}

/** Adapts the Fetch-API simulator to node:http (plain servers and connect middlewares alike). */
export function toNodeHandler(
  sim: Simulator,
  options: NodeHandlerOptions = {},
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const limit = options.bodyLimit ?? SIM_BODY_LIMIT;
  const controlAllowed = options.controlAllowed ?? localCaller;
  return async (req, res) => {
    // connect strips the mount prefix from req.url; originalUrl keeps the full /zstack/... path
    const original = (req as IncomingMessage & { originalUrl?: string }).originalUrl;
    const url = requestUrl(original ?? req.url ?? '/', req.headers.host);
    // Without the control endpoints this is a node with no such API, and it answers as one.
    if (url.pathname.startsWith('/zstack/__sim/') && !controlAllowed(req)) {
      plain(res, 404, `no api mapping to ${url.pathname}`);
      return;
    }
    const read = await readLimited(req, limit);
    if (!read.ok) {
      plain(res, 413, `Request body larger than ${limit} bytes`, true);
      return;
    }
    const method = req.method ?? 'GET';
    const hasBody = method !== 'GET' && method !== 'HEAD' && read.body.length > 0;
    const request = new Request(url, {
      method,
      headers: requestHeaders(req, options.clientAddress?.(req)),
      ...(hasBody ? { body: read.body } : {}),
    });
    const remoteAddress = req.socket.remoteAddress;
    const response = await sim.handle(request, remoteAddress === undefined ? {} : { remoteAddress });
    if (response.type === 'error') {
      // Response.error() means a transport fault: drop the connection without answering
      req.socket.destroy();
      return;
    }
    const raw = Buffer.from(await response.arrayBuffer());
    res.statusCode = response.status;
    response.headers.forEach((value, name) => res.setHeader(name, value));
    const gzip = options.gzip?.(req, response.headers.get('content-type') ?? undefined, raw.length) ?? false;
    const body = gzip ? gzipSync(raw) : raw;
    if (gzip) {
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
    }
    res.setHeader('Content-Length', body.length);
    res.end(body);
  };
}
