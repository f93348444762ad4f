// `npm start`: build the console and serve it on PORT (5173), with the built-in simulator behind /zstack,
// or a real management node when ZSTACK_API_URL is set.
import { build, preview } from 'vite';

const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? 'localhost';
const target = process.env.ZSTACK_API_URL;

await build({ logLevel: 'warn' });
const server = await preview({ preview: { port, host, strictPort: true } });
// On 0.0.0.0 the console answers on every interface, to any host name (see vite.config.ts).
const url = `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${port}/`;
console.log('');
console.log(`  ZStack Recycle Bin console: ${url}`);
if (host === '0.0.0.0' || host === '::')
  console.log("  Also reachable by this machine's host name or address on port " + port + '.');
if (target) {
  console.log(`  Talking to the ZStack management node at ${target} (proxied under /zstack).`);
} else {
  console.log(
    '  Talking to the built-in ZStack simulator (set ZSTACK_API_URL to use a real management node).',
  );
  console.log(
    '  Demo sign-in: admin / password  (normal accounts: alice / alice-password, bob / bob-password)',
  );
}
console.log('');
const stop = () => {
  server.httpServer.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
