// The network of unit tests: MSW hands every /zstack request to the same simulator the app runs against.
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { createSimulator } from '../../sim/handler.ts';

/** Small and fast: enough rows to page, every named scenario, jobs that take 40 ms. */
export const sim = createSimulator({ vms: 300, destroyed: 120, jobLatencyMs: 40 });

export const server = setupServer(http.all(/\/zstack\//u, ({ request }) => sim.handle(request)));
