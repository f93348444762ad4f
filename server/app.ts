// The console's production HTTP server: node:http, the build from memory, /zstack to the simulator or a node.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SimOptions } from '../sim/options.ts';
import type { Simulator } from '../sim/http/simulator.ts';
import type { ServerConfig } from './config.ts';
import { checkPath, clientAddress, hostAllowed, isLoopback, redact, type Route } from './guard.ts';
import { securityHeaders } from './headers.ts';
import { forward, type Log, worthGzip } from './proxy.ts';
import { loadDist, serveStatic } from './static.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface ConsoleServer {
  server: Server;
  /** `http://host:port` actually bound (port 0 picks one). */
  url: string;
  /** The built-in simulator when it is the backend. */
  simulator: Simulator | undefined;
  close: () => Promise<void>;
}

export interface ServerDeps {
  /** Where errors go (stderr); never given a session id or a body. */
  log?: Log;
  /** The simulator's knobs (SIM_* variables in `npm start`). */
  simOptions?: Partial<SimOptions>;
}

function plain(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(`${text}\n`);
}

/** The built-in simulator, loaded only when no node is named, so a real deployment never carries it. */
async function simulatorBackend(
  config: ServerConfig,
  options: Partial<SimOptions>,
): Promise<{ handle: Handler; sim: Simulator }> {
  const [{ createSimulator }, { toNodeHandler }] = await Promise.all([
    import('../sim/http/simulator.ts'),
    import('../sim/http/node-adapter.ts'),
  ]);
  const sim = createSimulator(options);
  const handle = toNodeHandler(sim, {
    bodyLimit: config.bodyLimit,
    // The audit's client address comes from the connection (or a trusted proxy), never from the browser.
    clientAddress: (req) =>
      clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], config.trustedProxies),
    controlAllowed: (req) => config.simControlAnywhere || isLoopback(req.socket.remoteAddress),
    gzip: worthGzip,
  });
  return { handle, sim };
}

export async function createConsoleServer(
  config: ServerConfig,
  deps: ServerDeps = {},
): Promise<ConsoleServer> {
  const log = deps.log ?? console.error;
  const files = loadDist(config.distDir);
  const headers = securityHeaders(config.hsts);
  const sim = config.target === undefined ? await simulatorBackend(config, deps.simOptions ?? {}) : undefined;

  const route = async (req: IncomingMessage, res: ServerResponse, to: Route): Promise<void> => {
    const method = req.method ?? 'GET';
    if (to.kind === 'health') {
      plain(res, 200, 'ok');
    } else if (to.kind === 'app') {
      if (method === 'GET' || method === 'HEAD') serveStatic(files, to.path, req, res);
      else plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD', Connection: 'close' });
    } else if (sim !== undefined) {
      await sim.handle(req, res);
    } else if (to.kind === 'control' || config.target === undefined) {
      // The control endpoints belong to the simulator: a real node is never asked for them.
      plain(res, 404, 'Not found');
    } else {
      const client = clientAddress(
        req.socket.remoteAddress,
        req.headers['x-forwarded-for'],
        config.trustedProxies,
      );
      const path = to.path + to.search;
      forward(req, res, { target: config.target, path, client, bodyLimit: config.bodyLimit, log });
    }
  };

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const checked = checkPath(req.url ?? '');
    if (!hostAllowed(req.headers.host, config.allowedHosts)) {
      plain(res, 400, 'Bad Host header', { Connection: 'close' });
    } else if (!checked.ok) {
      plain(res, 400, 'Bad request path', { Connection: 'close' });
    } else {
      route(req, res, checked.route).catch((e: unknown) => {
        // A message, never a stack trace; the path without its uuids.
        const path = checked.route.kind === 'health' ? '/healthz' : checked.route.path;
        log(`error on ${req.method ?? ''} ${redact(path)}: ${e instanceof Error ? e.message : String(e)}`);
        if (res.headersSent) res.destroy();
        else plain(res, 500, 'Internal server error');
      });
    }
  });
  // Requests node:http cannot even parse still get an answer with the same headers, and no details.
  server.on('clientError', (_error, socket) => {
    if (!socket.writable) return;
    const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
    socket.end(`HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n${lines.join('')}\r\n`);
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 300_000;

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(config.port, config.host, () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const shown = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    server,
    url: `http://${shown}:${port}`,
    simulator: sim?.sim,
    close: () =>
      new Promise<void>((ok) => {
        sim?.sim.dispose();
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
