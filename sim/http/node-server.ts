import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SimOptions } from '../options.ts';
import { toNodeHandler } from './node-adapter.ts';
import { createSimulator, type Simulator } from './simulator.ts';

export type SimServer = { url: string; sim: Simulator; close(): Promise<void> };

/** Starts the simulator on node:http; `url` is the origin (`http://host:port`), the API is under /zstack/v1. */
export async function startSimServer(
  opts: {
    port?: number;
    host?: string;
    options?: Partial<SimOptions>;
    /** The /zstack/__sim endpoints for callers on other machines too (SIM_CONTROL=1); default loopback only. */
    controlAnywhere?: boolean;
  } = {},
): Promise<SimServer> {
  const host = opts.host ?? '127.0.0.1';
  const sim = createSimulator(opts.options);
  const handler = toNodeHandler(sim, opts.controlAnywhere ? { controlAllowed: () => true } : {});
  const server = createServer((req, res) => {
    handler(req, res).catch((e: unknown) => {
      // The message only, never a stack: install paths are nobody's business.
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain;charset=UTF-8' });
      res.end(e instanceof Error ? e.message : String(e));
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, host, () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url,
    sim,
    close: () =>
      new Promise<void>((ok) => {
        sim.dispose();
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
