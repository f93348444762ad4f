import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser. Flags keep it off networks this machine cannot reach.
export const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/**
 * How every browser suite runs (this one and the nginx one): one simulator behind one server, and tests reset it,
 * so one test at a time; no .only, no retries.
 */
export const oneAtATime = {
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  expect: { timeout: 10_000 },
  reporter: [['list']],
} satisfies PlaywrightTestConfig;

const port = Number(process.env.E2E_PORT ?? 4180);
/** A separate management node (the simulator alone) behind the proxied console. */
export const NODE_PORT = port + 3;
/** The console in front of a separate management node (see webServer). */
export const PROXIED_PORT = port + 4;
/** The main console under a host name that is not localhost: a plain-HTTP origin, so not a secure context. */
export const PLAIN_HTTP_HOST = 'console.test';
export const PLAIN_HTTP_ORIGIN = `http://${PLAIN_HTTP_HOST}:${port}`;

export default defineConfig({
  testDir: 'test/e2e',
  testIgnore: ['**/bench/**'],
  ...oneAtATime,
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromium,
    permissions: ['clipboard-read', 'clipboard-write'],
    // The app honours prefers-reduced-motion: no transitions half-way through when axe measures contrast.
    contextOptions: { reducedMotion: 'reduce' },
    trace: 'off',
  },
  webServer: [
    {
      // The production server (`npm start`) on the build `npm run test:e2e` has just made.
      command: 'npx tsx server/main.ts --no-build',
      url: `http://127.0.0.1:${port}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      // ALLOWED_HOSTS: the server answers to this name too (plain-http.spec.ts maps it to 127.0.0.1 in Chromium).
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        SIM_JOB_LATENCY_MS: '400',
        ZSTACK_API_URL: '',
        ALLOWED_HOSTS: PLAIN_HTTP_HOST,
      },
    },
    // A management node the console only reaches through its proxy, as with a real one: `npm run sim` standing
    // in for the node, and the console served with ZSTACK_API_URL pointing at it.
    {
      command: 'npx tsx sim/server.ts',
      url: `http://127.0.0.1:${NODE_PORT}/zstack/v1/accounts/sessions/x/valid`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { PORT: String(NODE_PORT), HOST: '127.0.0.1', SIM_JOB_LATENCY_MS: '400' },
    },
    {
      command: 'npx tsx server/main.ts --no-build',
      url: `http://127.0.0.1:${PROXIED_PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORT: String(PROXIED_PORT),
        HOST: '127.0.0.1',
        ZSTACK_API_URL: `http://127.0.0.1:${NODE_PORT}/zstack/`,
      },
    },
  ],
});
