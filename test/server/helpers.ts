// The production server on ephemeral ports, a fake management node that records what reaches it, and raw HTTP.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createConsoleServer, type ConsoleServer, type ServerDeps } from '../../server/app.ts';
import type { ServerConfig } from '../../server/config.ts';

export const ASSET = '/assets/app-abc123.js';
export const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/app-abc123.js"></script></head></html>';

/** A build as vite writes it: index.html, one hashed script large enough to be compressed, an icon. */
export function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'console-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, ASSET), `export const words = ${JSON.stringify('recover '.repeat(400))};\n`);
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

export type Started = ConsoleServer & { logs: string[]; port: number };

export async function startConsole(
  config: Partial<ServerConfig> = {},
  deps: ServerDeps = {},
): Promise<Started> {
  const logs: string[] = [];
  const server = await createConsoleServer(
    {
      port: 0,
      host: '127.0.0.1',
      allowedHosts: [],
      target: undefined,
      hsts: false,
      trustedProxies: [],
      bodyLimit: 4096,
      simControlAnywhere: false,
      distDir: fakeDist(),
      ...config,
    },
    // A small data set: these tests are about the server, and seeding the default 2,000 VMs takes seconds.
    { log: (line) => logs.push(line), simOptions: { jobLatencyMs: 20, vms: 200, destroyed: 40 }, ...deps },
  );
  closers.push(server.close);
  return { ...server, logs, port: (server.server.address() as AddressInfo).port };
}

export interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** Stands in for a management node: records every request; a path containing `/hang-up/` gets its connection cut. */
export async function fakeNode(): Promise<{ url: URL; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = req.url ?? '';
      seen.push({
        method: req.method ?? '',
        url,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      if (url.includes('/hang-up/')) {
        req.socket.destroy();
        return;
      }
      res.writeHead(200, {
        'Access-Control-Allow-Origin': '*',
        'Content-Security-Policy': 'default-src *',
        'Set-Cookie': 'JSESSIONID=x',
      });
      res.end(JSON.stringify({ inventories: [], padding: 'x'.repeat(3000) }));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  closers.push(
    () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  );
  return { url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`), seen };
}

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request with the path exactly as given (node's client leaves `..`, `%2e` and `\` alone). */
export function send(
  port: number,
  path: string,
  opts: {
    method?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    localAddress?: string;
  } = {},
): Promise<Answer> {
  return new Promise((ok, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: opts.method ?? 'GET',
        headers: opts.headers,
        agent: false,
        ...(opts.localAddress ? { localAddress: opts.localAddress } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', fail);
    req.end(opts.body);
  });
}

/** Bytes straight onto a socket, for requests node's client refuses to write; resolves with the whole answer. */
export function sendRaw(port: number, text: string): Promise<string> {
  return new Promise((ok, fail) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('close', () => ok(Buffer.concat(chunks).toString('latin1')));
    socket.on('error', fail);
  });
}

/** An address of this machine that is not loopback: a request sent from it reaches the server as a remote one. */
export function externalAddress(): string {
  const found = Object.values(networkInterfaces())
    .flat()
    .find((i) => i !== undefined && i.family === 'IPv4' && !i.internal);
  if (found === undefined) throw new Error('this test needs a network interface besides loopback');
  return found.address;
}
