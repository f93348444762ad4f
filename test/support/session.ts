// Each test gets a fresh session store (the app's one object for session, client, offset and job ledger),
// with short job timings so polling never waits long on the wall clock.
import { SessionStore } from '../../src/api/session.ts';
import type { Clock } from '../../src/zstack/clock.ts';
import type { JobTiming } from '../../src/zstack/job-timing.ts';

export const testJobTiming: Partial<JobTiming> = {
  firstPollMs: 10,
  maxPollMs: 100,
  submitBackoffMs: 10,
};

export interface TestSessionOptions {
  /** Merged over testJobTiming, e.g. `{ submitRetries: 0 }` so a lost answer reaches the user at once. */
  timing?: Partial<JobTiming>;
  clock?: Clock;
  /** sessionStorage unless told otherwise; `null` keeps nothing (a tab with storage blocked). */
  storage?: Storage | null;
}

let current: SessionStore | undefined;

/** A store as the app makes one at page load: whatever the tab's sessionStorage holds is picked up. */
export function makeSession(options: TestSessionOptions = {}): SessionStore {
  return new SessionStore({
    storage: options.storage === null ? undefined : (options.storage ?? sessionStorage),
    client: {
      timing: { ...testJobTiming, ...options.timing },
      ...(options.clock ? { clock: options.clock } : {}),
    },
  });
}

/** Replaces the store the app of this test uses (renderApp and signInAs pick it up). */
export function newTestSession(options: TestSessionOptions = {}): SessionStore {
  current = makeSession(options);
  return current;
}

/** The store the app of this test uses. */
export function testSession(): SessionStore {
  current ??= newTestSession();
  return current;
}
