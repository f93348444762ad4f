import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
// Tests may read any English namespace to compute what they expect (en.vm.…), before the page that registers it
// has loaded: all of them are registered here. The app registers them as its lazy chunks load (src/i18n/en/index.ts).
import '../../src/i18n/en/all.ts';
import { setPause } from '../../src/lib/main-thread.ts';
import { server, sim, simRealTime } from './msw.ts';
import { newTestSession } from './session.ts';

// Lazy pages and dialogs load their chunks on first use: on a busy 2-core machine that takes more than 1 s, and the
// first test of a file that opens a page (its chunk transformed cold) took 11 s with six agents on two cores.
configure({ asyncUtilTimeout: 15_000 });
// A test is a chain of such waits; the 5 s default would fail a correct test on a loaded machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 30_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  // long passes give the main thread back between slices (lib/main-thread.ts); here at once, so that tests under
  // fake timers stay deterministic
  setPause(() => Promise.resolve());
  simRealTime.reset();
  sim.reset();
  sessionStorage.clear();
  localStorage.clear();
  newTestSession();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  server.resetHandlers();
  server.events.removeAllListeners();
});
afterAll(() => {
  server.close();
  sim.dispose();
});
