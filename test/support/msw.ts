// The network of unit tests: MSW hands every /zstack request to the same simulator the app runs against.
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { createSimulator } from '../../sim/handler.ts';

/** Small and fast: enough rows to page, every named scenario, jobs that take 40 ms. */
export const sim = createSimulator({ vms: 300, destroyed: 120, jobLatencyMs: 40 });

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
