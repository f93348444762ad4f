import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordRequests, type SeenRequest, simControl } from '../../../support/msw.ts';
import { currentUrl, renderApp, signInAs } from '../../../support/render.tsx';

let seen: SeenRequest[] = [];
beforeEach(() => {
  seen = recordRequests();
});
const requestsTo = (path: string) =>
  seen.filter((r) => r.path === `/zstack/v1/${path}`).map((r) => r.url.searchParams);
const lastVmList = () => requestsTo('vm-instances').at(-1) ?? new URLSearchParams();
const table = () => screen.findByRole('table', { name: 'Destroyed VMs' });

async function accountUuid(name: string): Promise<string> {
  const info = await simControl('GET', 'info');
  const accounts = (info as { accounts: Record<string, string> }).accounts;
  return accounts[name] ?? '';
}

/** The text of one column's cells, row by row. */
async function column(name: string): Promise<string[]> {
  const t = await table();
  const headers = within(t).getAllByRole('columnheader');
  const at = headers.findIndex((h) => h.textContent?.includes(name));
  return within(t)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[at]?.textContent ?? '');
}

describe('recycle-bin filters', () => {
  it('an admin filters by owner account on the server (its resource refs, then uuid?=), kept in the URL', async () => {
    await signInAs();
    const alice = await accountUuid('alice');
    const { user, router } = renderApp('/');
    await table();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Account' }), 'alice');
    await waitFor(() => expect(currentUrl(router)).toBe(`/?owner=${alice}`));
    const refs = requestsTo('accounts/resources/refs').find((p) =>
      p.getAll('q').includes(`ownerAccountUuid=${alice}`),
    );
    expect(refs?.getAll('q')).toContain('resourceType=VmInstanceVO');
    expect(refs?.get('fields')).toBe('resourceUuid');
    await waitFor(async () => expect(new Set(await column('Account'))).toEqual(new Set(['alice'])));
    expect(screen.getByText(/^\d+ destroyed VMs? match$/u)).toBeInTheDocument();
    expect(
      lastVmList()
        .getAll('q')
        .some((q) => q.startsWith('uuid?=')),
    ).toBe(true);
  });

  it('a pasted link with a deleter shows only what that operator deleted, from the audit log', async () => {
    await signInAs();
    renderApp('/?by=ops-script');
    expect(screen.getByRole('textbox', { name: 'Deleted by' })).toHaveValue('ops-script');
    await waitFor(async () => {
      const who = await column('Deleted by');
      expect(who.length).toBeGreaterThan(0);
      expect(who.every((w) => w.startsWith('ops-script'))).toBe(true);
    });
    const audit = requestsTo('zwatch/audit-records').find((p) =>
      p.getAll('q').includes('operator=ops-script'),
    );
    expect(audit?.getAll('q')).toContain('apiName=org.zstack.header.vm.APIDestroyVmInstanceMsg');
  });

  it("a deleter filter in the data-volume bin keeps the volumes that went with that operator's VM destroys", async () => {
    await signInAs();
    renderApp('/volumes?by=carol');
    const list = await screen.findByRole('table', { name: 'Deleted data volumes' });
    // data-carol-build-03 has no audit row of its own: carol's destroy of carol-build-03 deleted it
    const row = await within(list).findByRole('row', { name: /data-carol-build-03/u });
    expect(await within(row).findByText(/Deleted with VM carol-build-03, by carol/u)).toBeInTheDocument();
    const volumeQueries = requestsTo('volumes').filter((p) =>
      p.getAll('q').some((q) => q.startsWith('lastVmInstanceUuid?=')),
    );
    expect(volumeQueries.length).toBeGreaterThan(0);
    expect(volumeQueries[0]?.get('fields')).toBe('uuid,lastVmInstanceUuid,lastOpDate');
  });

  it('a normal account filters by deletion day: lastOpDate conditions on the node clock, no owner or deleter', async () => {
    await signInAs('alice');
    const { router } = renderApp('/');
    await table();
    expect(screen.queryByRole('combobox', { name: 'Account' })).not.toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Deleted on or after'), { target: { value: '2026-03-01' } });
    await waitFor(() => expect(currentUrl(router)).toBe('/?from=2026-03-01'));
    fireEvent.change(screen.getByLabelText('Deleted on or before'), { target: { value: '2026-03-02' } });
    await waitFor(() => expect(currentUrl(router)).toBe('/?from=2026-03-01&to=2026-03-02'));
    // The simulator's node runs at UTC+8: the browser's midnights, read on that clock.
    const node = (d: Date) =>
      new Date(d.getTime() + 480 * 60_000).toISOString().slice(0, 19).replace('T', ' ');
    await waitFor(() =>
      expect(lastVmList().getAll('q')).toEqual(
        expect.arrayContaining([
          `lastOpDate>=${node(new Date(2026, 2, 1))}`,
          `lastOpDate<${node(new Date(2026, 2, 3))}`,
        ]),
      ),
    );
    await userClears();
    await waitFor(() => expect(currentUrl(router)).toBe('/'));
  });
});

async function userClears() {
  const clear = await screen.findAllByRole('button', { name: 'Clear the filters' });
  fireEvent.click(clear[0] as HTMLElement);
}
