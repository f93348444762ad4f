import type { IncomingMessage, ServerResponse } from 'node:http';
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

/** Adapts the Fetch-API simulator to node:http (plain servers and connect middlewares alike). */
export function toNodeHandler(sim: Simulator): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    // connect strips the mount prefix from req.url; originalUrl keeps the full /zstack/... path
    const original = (req as IncomingMessage & { originalUrl?: string }).originalUrl;
    const url = new URL(original ?? req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const headers = new Headers();
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
      const name = req.rawHeaders[i] ?? '';
      if (name.startsWith(':') || HOP_BY_HOP.has(name.toLowerCase())) continue;
      headers.append(name, req.rawHeaders[i + 1] ?? '');
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req)
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    const method = req.method ?? 'GET';
    const hasBody = method !== 'GET' && method !== 'HEAD' && chunks.length > 0;
    const request = new Request(url, {
      method,
      headers,
      ...(hasBody ? { body: Buffer.concat(chunks) } : {}),
    });
    const remoteAddress = req.socket.remoteAddress;
    const response = await sim.handle(request, remoteAddress === undefined ? {} : { remoteAddress });
    if (response.type === 'error') {
      // Response.error() means a transport fault: drop the connection without answering
      req.socket.destroy();
      return;
    }
    const body = Buffer.from(await response.arrayBuffer());
    res.statusCode = response.status;
    response.headers.forEach((value, name) => res.setHeader(name, value));
    res.setHeader('Content-Length', body.length);
    res.end(body);
  };
}
