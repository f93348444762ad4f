// A tab that opens on a recycle bin (a reload, a ticket's link) sends what the rows lead to (their owners, who
// deleted them) as soon as the rows are in, before the first render, and the page that renders then asks again for
// none of it: one request each, answers a round trip sooner.
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createQueryClient } from '../../../../src/app/query-client.ts';
import { prefetchPageData } from '../../../../src/app/router.tsx';
import { recordRequests, type SeenRequest } from '../../../support/msw.ts';
import { renderApp, signInAs } from '../../../support/render.tsx';
import { testSession } from '../../../support/session.ts';

let seen: SeenRequest[] = [];
beforeEach(() => {
  seen = recordRequests();
});

const sent = (path: string, param?: string) =>
  seen.filter((r) => r.path === path && (param === undefined || r.url.search.includes(param))).length;
const OWNERS = '/zstack/v1/accounts/resources/refs';
const AUDIT = '/zstack/v1/zwatch/audit-records';

describe.each([
  { path: '/', table: 'Destroyed VMs' },
  { path: '/volumes', table: 'Deleted data volumes' },
  { path: '/images', table: 'Deleted images' },
])('opening $path', ({ path, table }) => {
  it('asks for the rows’ owners and deleters before the first render, and once', async () => {
    await signInAs();
    const queryClient = createQueryClient();
    await prefetchPageData({ pathname: path, search: '' }, queryClient, testSession().get());
    await waitFor(() => expect(sent(OWNERS)).toBe(1));
    await waitFor(() => expect(sent(AUDIT, 'resourceUuid')).toBeGreaterThan(0));

    const before = { owners: sent(OWNERS), audits: sent(AUDIT, 'resourceUuid') };

    renderApp(path, 'en', queryClient);
    // The admin sees each row's account and who deleted it, from those answers.
    const shown = async (name: string) => {
      const t = await screen.findByRole('table', { name: table });
      const at = within(t)
        .getAllByRole('columnheader')
        .findIndex((h) => h.textContent?.includes(name));
      const [, first] = within(t).getAllByRole('row');
      return first ? (within(first).getAllByRole('cell')[at]?.textContent ?? '') : '';
    };
    await waitFor(async () => expect(await shown('Account')).toMatch(/^[a-z]/u));
    await waitFor(async () => expect(await shown('Deleted by')).toMatch(/^[a-z]/u));
    expect({ owners: sent(OWNERS), audits: sent(AUDIT, 'resourceUuid') }).toEqual(before);
  });
});
