// The network of unit tests: MSW hands every /zstack request to the same simulator the app runs against.
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { createSimulator, type ExecutionReport } from '../../sim/handler.ts';

// The simulator's "real" clock (job latency) follows the wall clock, unless a test holds it and moves it itself
// (wire-layer tests with a fake client clock: a job of 1.5 s then finishes after 1.5 s of fake sleeps, at once).
let heldAt: number | undefined;
let aheadMs = 0;

export const simRealTime = {
  /** From now on the simulator's real clock moves only through advance(). */
  hold: (): void => {
    heldAt = Date.now();
  },
  advance: (ms: number): void => {
    aheadMs += ms;
  },
  /** Back to the wall clock (before each test, before the simulator is reset). */
  reset: (): void => {
    heldAt = undefined;
    aheadMs = 0;
  },
};

/** Small and fast: enough rows to page, every named scenario, jobs that take 40 ms. */
export const sim = createSimulator({
  vms: 300,
  destroyed: 120,
  jobLatencyMs: 40,
  realNow: () => (heldAt ?? Date.now()) + aheadMs,
});

export const server = setupServer(http.all(/\/zstack\//u, ({ request }) => sim.handle(request)));

export interface SeenRequest {
  method: string;
  url: URL;
  path: string;
  /** The X-Job-UUID header of an action, if any. */
  jobUuid: string | null;
  authorization: string | null;
}

/** Every request that reaches the network from now on (the listener goes at the end of the test). */
export function recordRequests(): SeenRequest[] {
  const seen: SeenRequest[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    seen.push({
      method: request.method,
      url,
      path: url.pathname,
      jobUuid: request.headers.get('X-Job-UUID'),
      authorization: request.headers.get('Authorization'),
    });
  });
  return seen;
}

/** Async actions (PUT …/actions, POST volume attach) among the recorded requests. */
export function actionRequests(seen: readonly SeenRequest[]): SeenRequest[] {
  return seen.filter((r) => r.jobUuid !== null);
}

/** Calls a simulator control endpoint (`/zstack/__sim/…`) over the network, as the e2e tests do. */
export async function simControl(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${location.origin}/zstack/__sim/${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`simulator control ${method} ${path}: HTTP ${response.status}`);
  return response.json();
}

/** The next `n` accepted actions run on the node, but their answers are lost (the connection drops). */
export async function loseNextActionAnswers(n = 1): Promise<void> {
  await simControl('POST', 'faults', { dropActionResponses: n });
}

/** How many jobs of `action` (the API's body key, e.g. recoverVmInstance) the node ran on `resourceUuid`. */
export async function executions(action: string, resourceUuid: string): Promise<number> {
  const report = (await simControl('GET', 'executions')) as ExecutionReport;
  return report.executions
    .filter((e) => e.action === action && e.resourceUuid === resourceUuid)
    .reduce((sum, e) => sum + e.count, 0);
}

/**
 * Holds every answer to a job poll until `release()`: the job runs on, but the console cannot learn its result,
 * so a test can look at the "in progress" screen without racing the job.
 */
export function holdJobResults(): () => void {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.get(/\/zstack\/v1\/api-jobs\//u, async ({ request }) => {
      await held;
      return sim.handle(request);
    }),
  );
  return release;
}
