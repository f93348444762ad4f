import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSimServer } from './http/node-server.ts';
import { simOptionsFromEnv } from './options.ts';

// Stable entry point: `npm run sim` and the e2e web server run this file; tests import startSimServer from it.
export { startSimServer, type SimServer } from './http/node-server.ts';

function isMain(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(resolve(entry)) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  const host = process.env['HOST'] ?? '127.0.0.1';
  const port = Number(process.env['PORT'] ?? 8080);
  const server = await startSimServer({
    host,
    port,
    options: simOptionsFromEnv(process.env),
    controlAnywhere: process.env['SIM_CONTROL'] === '1',
  });
  console.log(`ZStack simulator listening on ${server.url}/zstack/v1`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
