// Deletion events by role: newest first with who, from where, counts and a live deadline; one event at its stable
// address with every item; a bin row's "deleted by" leads there; without the audit log, events by account.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordRequests, simControl } from '../../../support/msw.ts';
import { currentUrl, renderApp, signInAs } from '../../../support/render.tsx';
import { findVm } from '../vm/vm-test-utils.ts';

const slow = { timeout: 60_000 };
const eventsTable = () => screen.findByRole('table', { name: 'Deletion events, newest first' });
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

afterEach(() => {
  vi.useRealTimers();
});

describe('the deletion events list', slow, () => {
  it('shows events newest first with who, from where, counts and a deadline, in a few batched requests', async () => {
    const seen = recordRequests();
    await signInAs('admin');
    renderApp('/events');
    const rows = bodyRows(await eventsTable());
    expect(rows.length).toBeGreaterThan(1);
    const first = rows[0];
    if (!first) throw new Error('no row');
    expect(within(first).getAllByRole('cell')[0]).toHaveTextContent(/^(admin|alice|bob|carol|ops-script)$/u);
    expect(within(first).getAllByRole('cell')[1]).toHaveTextContent(/^10\.\d+\.\d+\.\d+$/u);
    expect(within(first).getAllByRole('cell')[2]).toHaveTextContent(/\d+ (VMs?|data volumes?|images?)/u);
    expect(within(first).getAllByRole('cell')[4]).toHaveTextContent(
      /in (\d+ days? )?\d\d:\d\d:\d\d|due at the next pass|none/u,
    );
    // newest first: the links' times never go up
    const links = rows.map((r) => within(r).getByRole('link'));
    expect(links[0]?.getAttribute('href')).toMatch(/^\/events\/[^/?]+$/u);
    // one chunk of the audit log, and per kind a few uuid?= batches: never one request per item
    const gets = seen.filter((r) => r.method === 'GET' && r.path.startsWith('/zstack/v1/'));
    expect(gets.length).toBeLessThan(20);
    expect(screen.getByRole('link', { name: 'Deletion events' })).toHaveAttribute('aria-current', 'page');
  });

  it('filters by operator and gap, in the URL', async () => {
    await signInAs('admin');
    const { user, router } = renderApp('/events');
    await eventsTable();
    const operator = screen.getByRole('textbox', { name: 'Operator' });
    await user.type(operator, 'ops-script{Enter}');
    await waitFor(() => expect(currentUrl(router)).toBe('/events?by=ops-script'));
    await waitFor(async () => {
      for (const row of bodyRows(await eventsTable()))
        expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('ops-script');
    });
    const gap = screen.getByRole('spinbutton', { name: 'Gap (minutes)' });
    await user.clear(gap);
    await user.type(gap, '60{Enter}');
    await waitFor(() => expect(currentUrl(router)).toBe('/events?by=ops-script&gap=60'));
    const link = within(bodyRows(await eventsTable())[0] ?? document.body).getByRole('link');
    expect(link.getAttribute('href')).toMatch(/\?gap=60$/u);
  });

  it('counts down the deadline live on the node’s clock', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await signInAs('admin');
    renderApp('/events');
    const row = bodyRows(await eventsTable())[0];
    if (!row) throw new Error('no row');
    const cell = () => within(row).getAllByRole('cell')[4]?.textContent ?? '';
    await waitFor(() => expect(cell()).toMatch(/\d\d:\d\d:\d\d/u));
    const before = cell();
    vi.advanceTimersByTime(3000);
    await waitFor(() => expect(cell()).not.toBe(before));
  });
});

describe('one deletion event', slow, () => {
  it('opens from a bin row’s "deleted by" and lists every item, the VM’s data volumes with it', async () => {
    await signInAs('admin');
    const vm = await findVm('carol-build-03');
    const { router } = renderApp(`/events?around=${vm.uuid}`);
    const items = await screen.findByRole('table', { name: 'Deleted items' }, { timeout: 20_000 });
    expect(currentUrl(router)).toMatch(/^\/events\/carol_10\.20\.9\.12_\d+$/u);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Deletion event: carol, /u);
    const vmRow = within(items).getByRole('row', { name: /^carol-build-03/u });
    expect(vmRow).toHaveTextContent(/VM.*In the recycle bin.*carol/u);
    // no audit row of its own: it went with the VM's destroy
    const volume = within(items).getByRole('row', { name: /^data-carol-build-03/u });
    expect(volume).toHaveTextContent(
      /deleted with VM carol-build-03.*Data volume.*In the recycle bin.*carol/u,
    );
    const summary = screen.getByRole('definition', { name: 'Items' });
    expect(summary).toHaveTextContent(/\d+ VMs?, \d+ data volumes?|\d+ VMs? and \d+ data volumes?/u);
    const plan = screen.getByRole('link', { name: 'Plan restore' });
    expect(plan.getAttribute('href')).toMatch(
      new RegExp(`^/restore\\?event=carol_[^&]+&vm=[^&]*${vm.uuid}`, 'u'),
    );
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
  });

  it('a pasted id no log deletion makes says so', async () => {
    await signInAs('admin');
    renderApp('/events/nobody_10.0.0.1_1000');
    expect(await screen.findByText(/There is no such deletion event/u)).toBeInTheDocument();
  });
});

/** The owning account of each resource, read by the admin (the node's own account refs). */
async function ownersOf(uuids: readonly string[]): Promise<string[]> {
  const admin = await signInAs('admin');
  const response = await fetch(
    `${location.origin}/zstack/v1/accounts/resources/refs?q=resourceUuid?=${uuids.join(',')}`,
    { headers: { Authorization: `OAuth ${admin.uuid}` } },
  );
  const body = (await response.json()) as {
    inventories: { resourceUuid: string; ownerAccountUuid?: string; accountUuid?: string }[];
  };
  const owner = new Map(body.inventories.map((r) => [r.resourceUuid, r.ownerAccountUuid ?? r.accountUuid]));
  return uuids.map((u) => owner.get(u) ?? '');
}

describe('deletion events for a normal account', slow, () => {
  it('shows only the events of its own deletions', async () => {
    await signInAs('alice');
    renderApp('/events');
    const rows = bodyRows(await eventsTable());
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('alice');
    expect(screen.getByText('Your account sees the events of its own deletions.')).toBeInTheDocument();
  });

  it('alice sees her events and her items, never carol’s, not even at the address of carol’s event', async () => {
    await signInAs('admin');
    const carolVm = await findVm('carol-build-03');
    const view = renderApp(`/events?around=${carolVm.uuid}`);
    await screen.findByRole('table', { name: 'Deleted items' }, { timeout: 20_000 });
    const carolEvent = currentUrl(view.router);
    expect(carolEvent).toMatch(/^\/events\/carol_/u);
    view.unmount();

    const alice = await signInAs('alice');
    const utils = renderApp('/events');
    const rows = bodyRows(await eventsTable());
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).not.toHaveTextContent(/carol/u);
    await utils.user.click(within(rows[0] ?? document.body).getByRole('link'));
    const items = await screen.findByRole('table', { name: 'Deleted items' }, { timeout: 20_000 });
    // each item still on the node links to its page, by uuid (an expunged one has no owner left to ask about)
    const uuids = bodyRows(items).flatMap((row) => {
      const href = within(row).queryByRole('link')?.getAttribute('href') ?? '';
      return /[0-9a-f]{32}/u.exec(href)?.[0] ?? [];
    });
    expect(uuids.length).toBeGreaterThan(0);
    utils.unmount();
    // Who owns each item, as the admin reads it on the node: alice, every one.
    const owners = await ownersOf(uuids);
    expect(owners).toEqual(uuids.map(() => alice.accountUuid));

    await signInAs('alice');
    renderApp(carolEvent);
    expect(await screen.findByText(/There is no such deletion event/u)).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Deleted items' })).not.toBeInTheDocument();
  });

  it('without the audit log, alice’s events are her own account’s', async () => {
    await simControl('POST', 'config', { audit: false });
    await signInAs('alice');
    renderApp('/events');
    const rows = bodyRows(await eventsTable());
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(/Account alice$/u);
      expect(row).not.toHaveTextContent(/carol/u);
    }
  });
});

describe('deletion events without the audit log', slow, () => {
  it('groups by account, labelled as such, with who not recorded', async () => {
    await simControl('POST', 'config', { audit: false });
    await signInAs('admin');
    renderApp('/events');
    const rows = bodyRows(await eventsTable());
    expect(screen.getByText(/keeps no audit log/u)).toBeInTheDocument();
    for (const row of rows) {
      expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(
        /^not recorded by this ZStack edition\s*Account /u,
      );
      expect(within(row).getAllByRole('cell')[1]).toHaveTextContent('—');
    }
    expect(screen.queryByRole('textbox', { name: 'Operator' })).not.toBeInTheDocument();
    const link = within(rows[0] ?? document.body).getByRole('link');
    expect(link.getAttribute('href')).toMatch(/^\/events\/account_[0-9a-f]{32}_\d+$/u);
  });

  it('opens one event by account with every item still in the bin', async () => {
    await simControl('POST', 'config', { audit: false });
    await signInAs('admin');
    const { user } = renderApp('/events');
    const first = bodyRows(await eventsTable())[0];
    if (!first) throw new Error('no row');
    await user.click(within(first).getByRole('link'));
    const items = await screen.findByRole('table', { name: 'Deleted items' }, { timeout: 20_000 });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      /^Deletion event: not recorded by this ZStack edition, /u,
    );
    const rows = bodyRows(items);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toHaveTextContent('In the recycle bin');
  });
});

describe('"deleted by" in the bins', slow, () => {
  it('links each row to its deletion event', async () => {
    await signInAs('admin');
    const vm = await findVm('carol-build-03');
    const { user, router } = renderApp(`/?q=${vm.uuid}`);
    const link = await screen.findByRole('link', { name: 'carol: its deletion event' }, { timeout: 20_000 });
    await user.click(link);
    await screen.findByRole('table', { name: 'Deleted items' }, { timeout: 20_000 });
    expect(currentUrl(router)).toMatch(/^\/events\/carol_10\.20\.9\.12_\d+$/u);
  });
});
