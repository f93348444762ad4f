// Each test gets a fresh session store (the app's one object for session, client, offset and job ledger),
// with short job timings so polling never waits long on the wall clock.
import { SessionStore } from '../../src/api/session.ts';
import type { JobTiming } from '../../src/zstack/job-timing.ts';

export const testJobTiming: Partial<JobTiming> = {
  firstPollMs: 10,
  maxPollMs: 100,
  submitBackoffMs: 10,
};

let current: SessionStore | undefined;

export function newTestSession(): SessionStore {
  current = new SessionStore({ storage: sessionStorage, client: { timing: testJobTiming } });
  return current;
}

/** The store the app of this test uses. */
export function testSession(): SessionStore {
  current ??= newTestSession();
  return current;
}
