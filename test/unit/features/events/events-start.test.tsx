// Opening /events: the log's rows are asked for together with the probe of the log, not after it, and the first
// render does not wait for the events, which are several round trips away.
import { screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../../../src/app/query-client.ts';
import { prefetchPageData } from '../../../../src/app/router.tsx';
import { recordRequests, server, sim, simControl } from '../../../support/msw.ts';
import { renderApp, signInAs } from '../../../support/render.tsx';
import { testSession } from '../../../support/session.ts';

const slow = { timeout: 60_000 };

/** Holds the answers to audit-log requests that `matches` picks until `release()`. */
function holdAudit(matches: (url: URL) => boolean): () => void {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.get(/\/zstack\/v1\/zwatch\/audit-records/u, async ({ request }) => {
      if (matches(new URL(request.url))) await held;
      return sim.handle(request);
    }),
  );
  return release;
}

const isProbe = (url: URL) => !url.searchParams.has('q');
const isChunk = (url: URL) => url.pathname.endsWith('/audit-records') && url.searchParams.has('q');

describe('opening the deletion events', slow, () => {
  it('asks the log for its rows while the probe of the log is still out: one round trip, not two', async () => {
    await signInAs('admin');
    const release = holdAudit(isProbe);
    const seen = recordRequests();
    renderApp('/events');
    await waitFor(() => expect(seen.some((r) => isChunk(r.url))).toBe(true));
    release();
    expect(await screen.findByRole('table', { name: 'Deletion events, newest first' })).toBeInTheDocument();
    expect(seen.filter((r) => isChunk(r.url) && r.url.searchParams.get('start') === '0')).toHaveLength(1);
  });

  it('without the log, the rows asked for early are dropped and no error shows', async () => {
    await simControl('POST', 'config', { audit: false });
    await signInAs('admin');
    renderApp('/events');
    expect(await screen.findByRole('table', { name: 'Deletion events, newest first' })).toBeInTheDocument();
    expect(screen.getByText(/keeps no audit log/u)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('does not hold the first render for the events', async () => {
    await signInAs('admin');
    const release = holdAudit(isChunk);
    const seen = recordRequests();
    const queryClient = createQueryClient();
    // Resolves although the log's rows are held: the page's frame renders at once.
    await prefetchPageData({ pathname: '/events', search: '' }, queryClient, testSession().get());
    await waitFor(() => expect(seen.some((r) => isChunk(r.url))).toBe(true));
    release();
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
  });
});
