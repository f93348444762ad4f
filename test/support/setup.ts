import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { server, sim } from './msw.ts';
import { newTestSession } from './session.ts';

// Lazy pages and dialogs load their chunks on first use: on a busy 2-core machine that takes more than 1 s.
configure({ asyncUtilTimeout: 8000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  sim.reset();
  sessionStorage.clear();
  localStorage.clear();
  newTestSession();
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  server.events.removeAllListeners();
});
afterAll(() => {
  server.close();
  sim.dispose();
});
