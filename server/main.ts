// `npm start`: builds the console when the build is missing or older than its sources, then serves it.
// `--no-build` serves dist/ as it is (the test servers, which run after their own build).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConsoleServer } from './app.ts';
import { configFromEnv, type ServerConfig } from './config.ts';
import { simOptionsFromEnv, type SimScenario } from '../sim/options.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

async function buildIfNeeded(distIndex: string): Promise<void> {
  const built = existsSync(distIndex) ? statSync(distIndex).mtimeMs : 0;
  if (built > Math.max(...SOURCES.map((s) => newest(join(root, s))))) return;
  console.log('Building the console…');
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn' });
}

async function banner(
  config: ServerConfig,
  url: string,
  scenario: SimScenario | undefined,
): Promise<string[]> {
  const everywhere = config.host === '0.0.0.0' || config.host === '::';
  const shown = everywhere ? url.replace(/\/\/[^:]+:/u, '//localhost:') : url;
  const lines = ['', `  ZStack Recycle Bin console: ${shown}/`];
  if (everywhere)
    lines.push(`  Also reachable by this machine's host name or address on port ${config.port}.`);
  if (config.target !== undefined) {
    lines.push(
      `  Talking to the ZStack management node at ${config.target.origin} (proxied under /zstack/v1).`,
    );
  } else {
    const { DEMO_ACCOUNTS } = await import('../sim/seed/catalog.ts');
    lines.push(
      '  Talking to the built-in ZStack simulator (set ZSTACK_API_URL to use a real management node).',
    );
    lines.push('  Demo sign-ins (account / password):');
    for (const [name, password] of Object.entries(DEMO_ACCOUNTS)) lines.push(`    ${name} / ${password}`);
    if (scenario === 'ops-script') {
      const { PROJECT_ACCOUNT } = await import('../sim/seed/ops-script.ts');
      lines.push(
        `    ${PROJECT_ACCOUNT.name} / ${PROJECT_ACCOUNT.password}`,
        '  Scenario ops-script: project proj-x deleted by ops-script 40 minutes ago.',
      );
    }
  }
  lines.push('  Press Ctrl+C to stop.', '');
  return lines;
}

const config = configFromEnv(process.env, root);
if (!process.argv.includes('--no-build')) await buildIfNeeded(join(config.distDir, 'index.html'));
const simOptions = simOptionsFromEnv(process.env);
const server = await createConsoleServer(config, { simOptions });
console.log((await banner(config, server.url, simOptions.scenario)).join('\n'));
const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
