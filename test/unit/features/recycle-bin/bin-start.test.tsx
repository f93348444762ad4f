// Opening a bin: the rows' owners and who deleted them are asked for as soon as the rows are here, at start-up,
// rather than once the page has mounted, so the first render usually has them instead of drawing the table again.
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { auditQueries } from '../../../../src/api/audit.ts';
import { ownerQueries } from '../../../../src/api/resources.ts';
import { createQueryClient } from '../../../../src/app/query-client.ts';
import { prefetchPageData } from '../../../../src/app/router.tsx';
import { recordRequests, type SeenRequest } from '../../../support/msw.ts';
import { signInAs } from '../../../support/render.tsx';
import { testSession } from '../../../support/session.ts';

const slow = { timeout: 60_000 };

const listed = (seen: SeenRequest[], path: RegExp) =>
  seen.find((r) => path.test(r.path) && r.url.searchParams.get('replyWithCount') === 'true');
const isRefs = (r: SeenRequest) => r.path.endsWith('/accounts/resources/refs');
const isDeleters = (r: SeenRequest) =>
  r.path.endsWith('/zwatch/audit-records') &&
  r.url.searchParams.getAll('q').some((q) => q.startsWith('resourceUuid'));

/** The uuids a batched query asked about (`resourceUuid?=a,b,c`). */
const askedAbout = (r: SeenRequest | undefined) =>
  (r?.url.searchParams.getAll('q').find((q) => q.startsWith('resourceUuid?=')) ?? '')
    .slice('resourceUuid?='.length)
    .split(',');

async function start(pathname: string) {
  const seen = recordRequests();
  const queryClient = createQueryClient();
  const snapshot = testSession().get();
  await prefetchPageData({ pathname, search: '' }, queryClient, snapshot);
  await waitFor(() => expect(queryClient.isFetching()).toBe(0));
  return { seen, queryClient, api: snapshot.api };
}

describe('opening a recycle bin', slow, () => {
  it("asks for the VMs' owners and deleters with the rows, before anything renders, under the page's own keys", async () => {
    await signInAs('admin');
    const { seen, queryClient, api } = await start('/');
    const list = listed(seen, /\/vm-instances$/u);
    expect(list).toBeDefined();
    const refs = seen.find(isRefs);
    const deleters = seen.find(isDeleters);
    expect(refs).toBeDefined();
    expect(deleters).toBeDefined();
    const uuids = askedAbout(refs);
    expect(uuids.length).toBeGreaterThan(0);
    expect(askedAbout(deleters)).toEqual(uuids);
    // The page's queries find the answers: it sends neither again.
    expect(queryClient.getQueryState(ownerQueries.owners(api, uuids).queryKey)?.status).toBe('success');
    expect(queryClient.getQueryState(auditQueries.deletions(api, 'vm', uuids).queryKey)?.status).toBe(
      'success',
    );
  });

  it('asks an image page for its deleters too, and a normal account for no owners', async () => {
    await signInAs('alice');
    const { seen } = await start('/images');
    expect(listed(seen, /\/images$/u)).toBeDefined();
    expect(seen.some(isDeleters)).toBe(true);
    expect(seen.some(isRefs)).toBe(false);
  });
});
