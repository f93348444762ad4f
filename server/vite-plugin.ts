// `npm run dev`: the same /zstack rules as the production server (server/app.ts), on Vite's dev server.
import type { IncomingMessage } from 'node:http';
import { createLogger, type Connect, type Logger, type Plugin, type ProxyOptions } from 'vite';
import { toNodeHandler } from '../sim/http/node-adapter.ts';
import { createSimulator, type Simulator } from '../sim/http/simulator.ts';
import { simOptionsFromEnv } from '../sim/options.ts';
import { parseTarget } from './config.ts';
import { checkPath, CLIENT_ADDRESS_HEADERS, clientAddress, isLoopback, redact } from './guard.ts';

const peer = (req: IncomingMessage): string => clientAddress(req.socket.remoteAddress, undefined, []);

/**
 * Path tricks under /zstack get a 400 before Vite's proxy or the simulator sees them; with a real node there are no
 * control endpoints.
 */
const guard =
  (proxied: boolean): Connect.NextHandleFunction =>
  (req, res, next) => {
    const url = req.url ?? '';
    const checked = checkPath(url);
    const zstack = /^\/zstack/iu.test(url);
    if (!zstack || (checked.ok && checked.route.kind === 'api')) {
      next();
      return;
    }
    if (checked.ok && checked.route.kind === 'control') {
      if (!proxied) next();
      else res.writeHead(404).end('Not found\n');
      return;
    }
    res.statusCode = 400;
    res.end('Bad request path\n');
  };

/** Vite's proxy forwards only /zstack/v1, with the browser's address from the connection. */
function proxyTo(target: URL): Record<string, ProxyOptions> {
  return {
    '/zstack/v1': {
      target: target.origin,
      changeOrigin: true,
      xfwd: false,
      configure: (proxy) => {
        proxy.on('proxyReq', (proxyReq, req) => {
          for (const name of CLIENT_ADDRESS_HEADERS) proxyReq.removeHeader(name);
          proxyReq.setHeader('X-Request-Ip', peer(req));
          proxyReq.setHeader('X-Forwarded-For', peer(req));
        });
      },
    },
  };
}

/** Vite's own log names the proxied URL on errors, and URLs carry session ids: uuids are replaced. */
export function redactingLogger(): Logger {
  const logger = createLogger();
  return {
    ...logger,
    error: (message, options) => logger.error(redact(message), options),
    warn: (message, options) => logger.warn(redact(message), options),
  };
}

/**
 * `/zstack` for `vite`: proxied to a real node when ZSTACK_API_URL is set, otherwise served by the built-in simulator
 * (options from SIM_* variables), whose control endpoints answer loopback callers only.
 */
export function zstackBackend(): Plugin {
  const target = parseTarget(process.env['ZSTACK_API_URL']);
  let sim: Simulator | undefined;
  // created on first use, so tools that only load the config (vitest, build) never seed a data set
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    sim ??= createSimulator(simOptionsFromEnv(process.env));
    const handle = toNodeHandler(sim, {
      clientAddress: peer,
      controlAllowed: (r) => process.env['SIM_CONTROL'] === '1' || isLoopback(r.socket.remoteAddress),
    });
    handle(req, res).catch(next);
  };
  return {
    name: 'zstack-backend',
    config() {
      if (!target) return undefined;
      console.info(`Proxying /zstack/v1 to ${target.origin}`);
      return { server: { proxy: proxyTo(target) } };
    },
    configureServer(server) {
      server.middlewares.use(guard(target !== undefined));
      if (target) return;
      server.middlewares.use('/zstack', middleware);
      server.httpServer?.once('close', () => sim?.dispose());
    },
  };
}
