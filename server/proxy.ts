// /zstack/v1/** to the management node (ZSTACK_API_URL). Only paths server/guard.ts accepted get here.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { CLIENT_ADDRESS_HEADERS, redact } from './guard.ts';
import { SECURITY_HEADER_NAMES } from './headers.ts';
import { compressible, pickEncoding } from './static.ts';

export type Log = (line: string) => void;

export interface Forward {
  target: URL;
  /** Checked path plus the query string as it came. */
  path: string;
  /** The browser's address, as server/guard.ts's clientAddress found it. */
  client: string;
  bodyLimit: number;
  log: Log;
}

/** Headers that describe one connection, not the request; `host` is the node's own. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authorization',
  'proxy-authenticate',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'host',
]);
const DROPPED_REQUEST = new Set<string>([...HOP_BY_HOP, ...CLIENT_ADDRESS_HEADERS, 'cookie']);
/** The node's CORS and cookies mean nothing on the console's origin; its security headers are replaced by ours. */
const droppedAnswer = (name: string): boolean =>
  HOP_BY_HOP.has(name) ||
  SECURITY_HEADER_NAMES.has(name) ||
  name === 'set-cookie' ||
  name.startsWith('access-control-');

const UPSTREAM_TIMEOUT_MS = 120_000;

function fail(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
  res.end(text);
}

function outgoingHeaders(req: IncomingMessage, forward: Forward): OutgoingHttpHeaders {
  const named = new Set((req.headers.connection ?? '').split(',').map((s) => s.trim().toLowerCase()));
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined && !DROPPED_REQUEST.has(name) && !named.has(name)) headers[name] = value;
  }
  // Set here and only here: what the browser sent under these names was dropped above.
  headers['x-request-ip'] = forward.client;
  headers['x-forwarded-for'] = forward.client;
  headers.host = forward.target.host;
  return headers;
}

/**
 * Whether an API answer goes out gzipped: ZStack's JSON (a page of VMs runs to tens of kB) compresses to a tenth, and
 * the node does not compress it itself. The same rule serves a node behind the proxy and the built-in simulator.
 */
export function worthGzip(req: IncomingMessage, type: string | undefined, length: number): boolean {
  return (
    compressible(type ?? 'application/json') &&
    pickEncoding(req.headers['accept-encoding']) !== undefined &&
    length > 1024
  );
}

function relay(answer: IncomingMessage, req: IncomingMessage, res: ServerResponse): void {
  res.statusCode = answer.statusCode ?? 502;
  for (const [name, value] of Object.entries(answer.headers))
    if (value !== undefined && !droppedAnswer(name)) res.setHeader(name, value);
  const gzip =
    answer.headers['content-encoding'] === undefined &&
    worthGzip(req, answer.headers['content-type'], Number(answer.headers['content-length'] ?? 2048));
  if (!gzip) {
    pipeline(answer, res, () => undefined);
    return;
  }
  res.removeHeader('content-length');
  res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Vary', 'Accept-Encoding');
  pipeline(answer, createGzip(), res, () => undefined);
}

export function forward(req: IncomingMessage, res: ServerResponse, forward: Forward): void {
  if (Number(req.headers['content-length'] ?? 0) > forward.bodyLimit) {
    fail(res, 413, 'Request body too large\n');
    return;
  }
  const { target } = forward;
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const upstream = send({
    protocol: target.protocol,
    hostname: target.hostname.replace(/^\[|\]$/gu, ''),
    port: target.port,
    method: req.method,
    path: forward.path,
    headers: outgoingHeaders(req, forward),
    timeout: UPSTREAM_TIMEOUT_MS,
  });
  let settled = false;
  const once = (status: number, text: string): void => {
    if (settled) return;
    settled = true;
    fail(res, status, text);
  };
  upstream.on('response', (answer) => {
    settled = true;
    relay(answer, req, res);
  });
  upstream.on('timeout', () => upstream.destroy(new Error('ETIMEDOUT')));
  // Session ids travel in paths (/accounts/sessions/<uuid>): the log line names the path redacted, never a body.
  const where = `${req.method ?? ''} ${redact(forward.path.split('?')[0] ?? '')}`;
  upstream.on('error', (error: NodeJS.ErrnoException) => {
    if (settled && res.headersSent && !res.writableEnded) res.destroy();
    if (settled) return;
    forward.log(`proxy: ${where} failed: ${error.code ?? error.message}`);
    once(502, 'The ZStack management node did not answer\n');
  });
  // A chunked body declares no length: count it on its way and cut the node off past the limit.
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= forward.bodyLimit) return;
    req.unpipe(upstream);
    upstream.destroy();
    once(413, 'Request body too large\n');
    req.resume();
  });
  req.on('error', () => upstream.destroy());
  req.pipe(upstream);
}
