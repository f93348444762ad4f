// The deletion events' first requests, sent as soon as this code is here when a tab opens on /events (app/router.tsx),
// instead of after the first render: the audit log is read while React draws the shell, and the page's first
// requests are noted first for the next load of the address (lib/early-requests.ts). Same query key as the page.
import type { QueryClient } from '@tanstack/react-query';
import { eventParams, type Viewer } from '../../api/event-filters.ts';
import { eventQueries } from '../../api/events.ts';
import { nodeClockQuery } from '../../api/node-clock.ts';
import type { Api } from '../../api/session.ts';

/** Starts the page of events and the countdowns' clock; nothing waits for them (app/router.tsx). */
export function prefetchEvents(queryClient: QueryClient, api: Api, search: string, viewer: Viewer): void {
  const { filters, page } = eventParams(new URLSearchParams(search));
  // The countdowns' clock too: left to the page, it would leave in the effects of the first commit.
  void queryClient.prefetchQuery(nodeClockQuery(api));
  void queryClient.prefetchQuery(eventQueries.page(api, viewer, filters, page));
}
