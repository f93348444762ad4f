import type { Connect, Plugin } from 'vite';
import { simOptionsFromEnv } from '../options.ts';
import { toNodeHandler } from './node-adapter.ts';
import { createSimulator, type Simulator } from './simulator.ts';

/**
 * `/zstack` for `vite` and `vite preview`: proxied to a real node when ZSTACK_API_URL is set,
 * otherwise served by the built-in simulator (options from SIM_* variables).
 */
export function zstackBackend(): Plugin {
  // `http://mn:8080`, `http://mn:8080/` and `http://mn:8080/zstack` all mean the same node.
  const target =
    process.env['ZSTACK_API_URL']
      ?.trim()
      .replace(/\/+$/u, '')
      .replace(/\/zstack$/u, '') || undefined;
  let sim: Simulator | undefined;
  // created on first use, so tools that only load the config (vitest, build) never seed a data set
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    sim ??= createSimulator(simOptionsFromEnv(process.env));
    toNodeHandler(sim)(req, res).catch(next);
  };
  return {
    name: 'zstack-backend',
    config() {
      if (!target) return undefined;
      console.info(`Proxying /zstack to ${target}`);
      const proxy = { '/zstack': { target, changeOrigin: true } };
      return { server: { proxy }, preview: { proxy } };
    },
    configureServer(server) {
      if (target) return;
      server.middlewares.use('/zstack', middleware);
      server.httpServer?.once('close', () => sim?.dispose());
    },
    configurePreviewServer(server) {
      if (target) return;
      server.middlewares.use('/zstack', middleware);
      server.httpServer.once('close', () => sim?.dispose());
    },
  };
}
