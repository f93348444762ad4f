import { defineConfig } from '@playwright/test';
import { chromium, oneAtATime } from './playwright.config.ts';

// Two servers from the same production build: 10,000 destroyed VMs, and the default seed for comparison.
// BENCH_PORT moves both, so a second bench can run beside the first (two clones on one machine).
export const BIG = Number(process.env['BENCH_PORT'] ?? 4191);
export const SMALL = BIG + 1;

const server = (port: number, env: Record<string, string>) => ({
  // The production server (`npm start`) on the build the bench run made.
  command: 'npx tsx server/main.ts --no-build',
  url: `http://127.0.0.1:${port}/healthz`,
  reuseExistingServer: false,
  timeout: 60_000,
  env: { PORT: String(port), HOST: '127.0.0.1', ZSTACK_API_URL: '', ...env },
});

export default defineConfig({
  testDir: 'test/bench',
  ...oneAtATime,
  timeout: 180_000,
  // A 12 000-VM node on a busy machine answers slower than the main suite's.
  expect: { timeout: 20_000 },
  use: { launchOptions: chromium },
  webServer: [
    server(BIG, { SIM_VMS: '12000', SIM_DESTROYED: '10000', SIM_JOB_LATENCY_MS: '1200' }),
    server(SMALL, { SIM_JOB_LATENCY_MS: '1200' }),
  ],
});
