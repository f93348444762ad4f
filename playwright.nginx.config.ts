import { defineConfig } from '@playwright/test';
import { chromium, oneAtATime } from './playwright.config.ts';

// deploy/nginx.conf, run as it is by Debian's nginx, serving the build in front of the simulator as a separate node
// (`npm run sim`). Runs after the main e2e suite, so it reuses its first two ports.
const port = Number(process.env.E2E_PORT ?? 4180);
export const NGINX_ORIGIN = `http://127.0.0.1:${port}`;
export const NODE_ORIGIN = `http://127.0.0.1:${port + 1}`;

export default defineConfig({
  testDir: 'test/deploy',
  ...oneAtATime,
  timeout: 60_000,
  use: {
    baseURL: NGINX_ORIGIN,
    launchOptions: chromium,
    contextOptions: { reducedMotion: 'reduce' },
    trace: 'off',
  },
  webServer: [
    {
      command: 'npx tsx sim/server.ts',
      url: `${NODE_ORIGIN}/zstack/v1/accounts/sessions/x/valid`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { PORT: String(port + 1), HOST: '127.0.0.1', SIM_JOB_LATENCY_MS: '400' },
    },
    {
      command: 'node scripts/nginx-for-tests.mjs',
      url: `${NGINX_ORIGIN}/healthz`,
      reuseExistingServer: false,
      // Long enough for apt-get to install nginx on a fresh machine.
      timeout: 300_000,
      env: { NGINX_PORT: String(port), UPSTREAM_PORT: String(port + 1) },
    },
  ],
});
