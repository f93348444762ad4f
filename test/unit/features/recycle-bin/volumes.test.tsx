// The data-volume recycle bin as a user drives it: the list (count, owners, search by name or UUID, sort, paging,
// expunge countdown), recover (to the volume's page, then attach it), failures with their causes, expunge by typed
// name, bulk, who deleted it (with and without ZStack Cloud's audit API), and the VM page's deleted data volumes.
// The network is the simulator (through MSW).
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordRequests, type SeenRequest, sim } from '../../../support/msw.ts';
import { currentUrl, renderApp, signInAs } from '../../../support/render.tsx';

let seen: SeenRequest[] = [];
beforeEach(() => {
  seen = recordRequests();
});

// Each test is a chain of waits on a busy machine: a generous budget, whatever the shared setup says.
const slow = { timeout: 60_000 };

const table = () => screen.findByRole('table', { name: 'Deleted data volumes' });
const searchBox = () => screen.getByRole('searchbox', { name: 'Search deleted data volumes' });
const volumeUuid = (name: string) => {
  const uuid = sim.scenarioVolume(name);
  if (!uuid) throw new Error(`no scenario volume ${name}`);
  return uuid;
};
/** The q, sort, start and limit of every data-volume list query the app sent. */
const listRequests = () =>
  seen
    .filter((r) => r.method === 'GET' && r.path === '/zstack/v1/volumes' && r.url.searchParams.has('start'))
    .map((r) => r.url.searchParams);
const lastList = () => listRequests().at(-1) ?? new URLSearchParams();
/** Audit queries (not the detection probe, which asks for one row without conditions). */
const auditQueries = () =>
  seen.filter(
    (r) => r.method === 'GET' && r.path === '/zstack/v1/zwatch/audit-records' && r.url.searchParams.has('q'),
  );

/** Audit queries for one API (the volumes' own deletes, or the destroys of the VMs some went with). */
const auditQueriesOf = (api: 'volume.APIDeleteDataVolumeMsg' | 'vm.APIDestroyVmInstanceMsg') =>
  auditQueries().filter((r) => r.url.searchParams.getAll('q').includes(`apiName?=org.zstack.header.${api}`));

/** The row whose name link goes to `uuid` (names are not unique: look rows up by uuid). */
function rowOf(list: HTMLElement, uuid: string, kind = 'volumes'): HTMLElement {
  const row = within(list)
    .getAllByRole('row')
    .find((r) =>
      within(r)
        .queryAllByRole('link')
        .some((a) => a.getAttribute('href') === `/${kind}/${uuid}`),
    );
  if (!row) throw new Error(`no row for volume ${uuid}`);
  return row;
}

/** The cell of `row` in the column headed `header`. */
function cellUnder(list: HTMLElement, row: HTMLElement, header: string): HTMLElement {
  const headers = within(list).getAllByRole('columnheader');
  const index = headers.findIndex((h) => h.textContent === header);
  const cell = within(row).getAllByRole('cell')[index];
  if (index < 0 || !cell) throw new Error(`no ${header} cell`);
  return cell;
}

/** The simulator's audit API switched off, as on an open-source node (POST /zstack/__sim/config). */
async function auditOff() {
  const reply = await fetch(`${location.origin}/zstack/__sim/config`, {
    method: 'POST',
    body: JSON.stringify({ audit: false }),
  });
  expect(reply.ok).toBe(true);
}

/** Jobs of `action` the simulator ran on `uuid`. */
const runs = (action: string, uuid: string) =>
  sim
    .executions()
    .executions.filter((e) => e.action === action && e.resourceUuid === uuid)
    .reduce((n, e) => n + e.count, 0);

describe('data-volume list', slow, () => {
  it('asks for one page of deleted data volumes with a count; an admin sees the Account column', async () => {
    await signInAs();
    renderApp('/volumes');
    const list = await table();
    expect(within(list).getAllByRole('row')).toHaveLength(21);
    expect(screen.getByText(/^\d+ deleted data volumes$/u)).toBeInTheDocument();
    expect(lastList().getAll('q')).toEqual(['status=Deleted', 'type=Data']);
    expect(Object.fromEntries([...lastList()].filter(([k]) => k !== 'q'))).toEqual({
      start: '0',
      limit: '20',
      replyWithCount: 'true',
      sort: '-lastOpDate',
    });
    expect(within(list).getByRole('columnheader', { name: 'Account' })).toBeInTheDocument();
    // The tab of this bin is the current page among the three.
    const tabs = screen.getByRole('navigation', { name: 'Recycle bin sections' });
    expect(within(tabs).getByRole('link', { name: 'Data volumes' })).toHaveAttribute('aria-current', 'page');
    expect(within(tabs).getByRole('link', { name: 'Virtual machines' })).not.toHaveAttribute('aria-current');
    // Owners of every account, once they have loaded.
    await waitFor(() =>
      expect(within(list).getAllByRole('cell', { name: 'alice' }).length).toBeGreaterThan(0),
    );
  });

  it('shows a normal account only its own data volumes, without the Account column', async () => {
    await signInAs('alice');
    renderApp('/volumes');
    const list = await table();
    await within(list).findByRole('link', { name: 'data-web-02' });
    expect(within(list).queryByRole('columnheader', { name: 'Account' })).not.toBeInTheDocument();
    expect(within(list).queryByRole('link', { name: 'data-ceph-archive' })).not.toBeInTheDocument();
    expect(within(list).queryByRole('link', { name: 'data-quota-carol' })).not.toBeInTheDocument();
    const count = Number(/^\d+/u.exec(screen.getByText(/^\d+ deleted data volumes?$/u).textContent)?.[0]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(30);
    expect(screen.getByText(/of your account/u)).toBeInTheDocument();
  });

  it('searches by name on the server, and keeps the search in the URL', async () => {
    await signInAs();
    const { user, router } = renderApp('/volumes');
    const list = await table();
    await user.type(searchBox(), 'data-web-02');
    await waitFor(() => expect(currentUrl(router)).toBe('/volumes?q=data-web-02'));
    await waitFor(() =>
      expect(lastList().getAll('q')).toEqual(['status=Deleted', 'type=Data', 'name~=%data-web-02%']),
    );
    expect(screen.getByText('Searching by name contains')).toBeInTheDocument();
    await waitFor(() => expect(within(list).getAllByRole('row')).toHaveLength(2));
    expect(rowOf(list, volumeUuid('data-web-02'))).toBeInTheDocument();
    expect(screen.getByText('1 deleted data volume matches')).toBeInTheDocument();
  });

  it('searches by exact UUID', async () => {
    await signInAs();
    const uuid = volumeUuid('data-ceph-archive');
    const { user, router } = renderApp('/volumes');
    const list = await table();
    await user.click(searchBox());
    await user.paste(uuid);
    expect(await screen.findByText('Searching by exact UUID')).toBeInTheDocument();
    await waitFor(() => expect(currentUrl(router)).toBe(`/volumes?q=${uuid}`));
    await waitFor(() =>
      expect(lastList().getAll('q')).toEqual(['status=Deleted', 'type=Data', `uuid=${uuid}`]),
    );
    await waitFor(() => expect(within(list).getAllByRole('row')).toHaveLength(2));
    expect(within(rowOf(list, uuid)).getByRole('link', { name: 'data-ceph-archive' })).toBeInTheDocument();
  });

  it('sorts by size and by name, and pages, on the server', async () => {
    await signInAs();
    const { user, router } = renderApp('/volumes');
    await table();
    await user.click(screen.getByRole('button', { name: /^Size/u }));
    await waitFor(() => expect(currentUrl(router)).toBe('/volumes?sort=size&dir=asc'));
    await waitFor(() => expect(lastList().get('sort')).toBe('+size'));
    expect(screen.getByRole('columnheader', { name: /^Size/u })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: /^Name/u }));
    await waitFor(() => expect(lastList().get('sort')).toBe('+name'));
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/volumes?sort=name&dir=asc&page=2'));
    await waitFor(() => expect(lastList().get('start')).toBe('20'));
    const list = await table();
    await waitFor(() => expect(within(list).getAllByRole('row').length).toBeLessThanOrEqual(21));
    expect(screen.getByText(/^21–\d+ of \d+$/u)).toBeInTheDocument();
  });

  it('counts down to the expunge with the volume category’s own period', async () => {
    await signInAs();
    renderApp('/volumes?q=data-expiring-soon');
    const list = await table();
    // volume.expungePeriod is 3 days (the VMs’ vm.expungePeriod is 7).
    expect(await screen.findByText(/ZStack expunges them 3 days after deletion\./u)).toBeInTheDocument();
    const row = await waitFor(() => rowOf(list, volumeUuid('data-expiring-soon')));
    expect(within(row).getByText(/^in \d+ min(ute)?s?$/u)).toBeInTheDocument();
    expect(within(row).getByText('(soon)')).toBeInTheDocument();
  });
});

describe('recover a data volume', slow, () => {
  it('recovers data-web-02 onto its page (Ready, not attached), then attaches it to a VM', async () => {
    await signInAs();
    const uuid = volumeUuid('data-web-02');
    const { user, router } = renderApp(`/volumes?q=${uuid}`);
    const list = await table();
    await user.click(await within(list).findByRole('button', { name: 'Recover data-web-02' }));
    const dialog = await screen.findByRole('dialog', { name: 'Recover data volume data-web-02?' });
    expect(within(dialog).getByText(/comes back Ready .* and detached/u)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }));

    expect(await screen.findByRole('heading', { name: 'data-web-02', level: 1 })).toBeInTheDocument();
    expect(currentUrl(router)).toBe(`/volumes/${uuid}`);
    expect(screen.getByRole('definition', { name: 'Status' })).toHaveTextContent('Ready');
    expect(screen.getByRole('definition', { name: 'Attached to' })).toHaveTextContent('Not attached');
    expect(screen.getByRole('definition', { name: 'Last attached to' })).toHaveTextContent('web-01');
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent('data-web-02 was recovered.'),
    );
    expect(runs('recoverDataVolume', uuid)).toBe(1);

    // Attach it: the picker offers alice's VMs that can take it (web-01 is Destroyed: nothing is pre-selected).
    const picker = await screen.findByRole('combobox', { name: 'VM' });
    await waitFor(() => expect(picker).toBeEnabled());
    expect(picker).toHaveValue('');
    await user.click(picker);
    const option = (await within(await screen.findByRole('listbox')).findAllByRole('option'))[0];
    if (!option) throw new Error('no VM to attach to');
    await user.click(option);
    const vmName = (picker as HTMLInputElement).value;
    expect(vmName).not.toBe('');
    await user.click(screen.getByRole('button', { name: 'Attach' }));
    await waitFor(() =>
      expect(screen.getByRole('definition', { name: 'Attached to' })).toHaveTextContent(vmName),
    );
    expect(within(screen.getByRole('definition', { name: 'Attached to' })).getByRole('link')).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/vms\/[0-9a-f]{32}$/u),
    );
    expect(screen.queryByRole('button', { name: 'Attach' })).not.toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent(`data-web-02 was attached to ${vmName}.`),
    );
    expect(runs('attachDataVolumeToVm', uuid)).toBe(1);
  });

  it('explains carol’s volume quota refusal (ID.1003) in terms of data volumes', async () => {
    await signInAs('carol');
    const { user } = renderApp('/volumes?q=data-quota-carol');
    await user.click(await screen.findByRole('button', { name: 'Recover data-quota-carol' }));
    const dialog = await screen.findByRole('dialog', { name: 'Recover data volume data-quota-carol?' });
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }));
    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByRole('group', { name: 'Error ID.1003' })).toHaveTextContent(
      /volume\.data\.num/u,
    );
    // The plain words above the ErrorCode must be about the data-volume quota, not the VM quota.
    expect(alert).not.toHaveTextContent(/VM quota|vm\.totalNum/u);
    // ZStack refused: the same request would fail the same way, so no "Try again", but what to do instead.
    expect(within(dialog).queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(within(dialog).getByText(/Trying again would fail the same way/u)).toBeInTheDocument();
    // It stays in the recycle bin.
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(await within(await table()).findByRole('link', { name: 'data-quota-carol' })).toBeInTheDocument();
  });
});

describe('expunge a data volume', slow, () => {
  it('needs the name typed; then it is gone from the list', async () => {
    await signInAs();
    const uuid = volumeUuid('data-expiring-soon');
    const { user } = renderApp('/volumes?q=data-expiring-soon');
    const list = await table();
    await user.click(await within(list).findByRole('button', { name: 'Expunge data-expiring-soon' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Expunge data volume data-expiring-soon for good?',
    });
    expect(within(dialog).getByRole('note')).toHaveTextContent(/cannot be undone/u);
    const button = within(dialog).getByRole('button', { name: 'Expunge for good' });
    expect(button).toBeDisabled();
    const name = within(dialog).getByRole('textbox', { name: 'Data volume name' });
    await user.type(name, 'data-expiring');
    expect(button).toBeDisabled();
    expect(within(dialog).getByText('The name does not match yet')).toBeInTheDocument();
    // Enter does not submit a wrong name either.
    await user.keyboard('{Enter}');
    expect(runs('expungeDataVolume', uuid)).toBe(0);
    await user.type(name, '-soon');
    expect(button).toBeEnabled();
    await user.click(button);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent(
        'data-expiring-soon was expunged. It is gone for good.',
      ),
    );
    expect(
      await screen.findByText('No deleted data volume matches “data-expiring-soon”.'),
    ).toBeInTheDocument();
    expect(runs('expungeDataVolume', uuid)).toBe(1);
  });
});

describe('bulk on data volumes', slow, () => {
  it('recovers 3 selected data volumes and shows a result for each', async () => {
    await signInAs();
    const { user } = renderApp('/volumes?q=-data&sort=name&dir=asc');
    const list = await table();
    await waitFor(() => expect(within(list).getAllByRole('row').length).toBeGreaterThan(3));
    const names = within(list)
      .getAllByRole('link')
      .filter((a) => !a.getAttribute('href')?.startsWith('/events'))
      .slice(0, 3)
      .map((a) => a.textContent);
    for (const name of names) await user.click(screen.getByRole('checkbox', { name: `Select ${name}` }));
    const bar = screen.getByRole('region', { name: 'Selection' });
    expect(within(bar).getByRole('status')).toHaveTextContent('3 selected');
    await user.click(within(bar).getByRole('button', { name: 'Recover 3 selected' }));
    const confirm = await screen.findByRole('dialog', { name: 'Recover 3 data volumes?' });
    expect(within(confirm).getByText(/3 data volumes will come back detached/u)).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Recover 3 data volumes' }));

    const progress = await screen.findByRole('dialog', { name: 'Recovery of 3 data volumes finished' });
    expect(
      within(progress).getByText('3 succeeded · 0 failed · 0 in progress · 0 waiting'),
    ).toBeInTheDocument();
    const results = within(progress).getByRole('table', { name: 'Result for each data volume' });
    for (const name of names) {
      const row = within(results)
        .getAllByRole('row')
        .find((r) => within(r).queryByRole('link', { name }) !== null);
      expect(row, name).toBeDefined();
      if (!row) continue;
      expect(within(row).getByRole('cell', { name: 'Succeeded' })).toBeInTheDocument();
      expect(within(row).getByRole('link', { name })).toHaveAttribute(
        'href',
        expect.stringMatching(/^\/volumes\//u),
      );
    }
    const counts = sim.executions().executions.filter((e) => e.action === 'recoverDataVolume');
    expect(counts.map((e) => e.count)).toEqual([1, 1, 1]);
  });
});

describe('who deleted it', slow, () => {
  it('shows operator and client IP with one audit query per page, not one per row', async () => {
    await signInAs();
    const { user } = renderApp('/volumes');
    const list = await table();
    expect(await within(list).findByRole('columnheader', { name: 'Deleted by' })).toBeInTheDocument();
    const web02 = rowOf(list, volumeUuid('data-web-02'));
    await waitFor(() =>
      expect(cellUnder(list, web02, 'Deleted by')).toHaveTextContent(/^alicefrom 10\.20\.5\.23, /u),
    );
    expect(cellUnder(list, rowOf(list, volumeUuid('data-ceph-archive')), 'Deleted by')).toHaveTextContent(
      /^ops-scriptfrom 10\.10\.3\.15, /u,
    );
    expect(screen.queryByText(/not recorded by this ZStack edition/u)).not.toBeInTheDocument();

    // One query for the 20 rows of the page, with all of their uuids, and one for the destroys of the VMs that the
    // volumes without a row of their own went with (never one per row).
    expect(auditQueriesOf('volume.APIDeleteDataVolumeMsg')).toHaveLength(1);
    expect(auditQueriesOf('vm.APIDestroyVmInstanceMsg').length).toBeLessThanOrEqual(1);
    expect(auditQueries()).toHaveLength(
      auditQueriesOf('volume.APIDeleteDataVolumeMsg').length +
        auditQueriesOf('vm.APIDestroyVmInstanceMsg').length,
    );
    const q = auditQueriesOf('volume.APIDeleteDataVolumeMsg')[0]?.url.searchParams.getAll('q') ?? [];
    expect(q.find((c) => c.startsWith('resourceUuid?='))?.split(',')).toHaveLength(20);

    // The next page: one more query of the volumes' deletes, at most one more of VM destroys.
    const destroys = auditQueriesOf('vm.APIDestroyVmInstanceMsg').length;
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    await waitFor(() => expect(auditQueriesOf('volume.APIDeleteDataVolumeMsg')).toHaveLength(2));
    await waitFor(() => expect(within(list).getAllByRole('row')).toHaveLength(11));
    expect(auditQueriesOf('volume.APIDeleteDataVolumeMsg')).toHaveLength(2);
    expect(auditQueriesOf('vm.APIDestroyVmInstanceMsg').length - destroys).toBeLessThanOrEqual(1);
  });

  it('without the audit API: the note once, no Deleted by column, no audit query', async () => {
    await auditOff();
    await signInAs();
    renderApp('/volumes');
    const list = await table();
    await within(list).findByRole('link', { name: 'data-web-02' });
    expect(
      await screen.findByText(
        'Who deleted these is not recorded by this ZStack edition (it has no audit log).',
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/not recorded by this ZStack edition/u)).toHaveLength(1);
    expect(within(list).queryByRole('columnheader', { name: 'Deleted by' })).not.toBeInTheDocument();
    expect(auditQueries()).toHaveLength(0);
  });

  it('on the VM list: alice destroyed web-01 from 10.20.5.23', async () => {
    await signInAs();
    renderApp('/?q=web-01');
    const list = await screen.findByRole('table', { name: 'Destroyed VMs' });
    expect(await within(list).findByRole('columnheader', { name: 'Deleted by' })).toBeInTheDocument();
    await within(list).findByRole('link', { name: 'web-01' });
    const row = rowOf(list, sim.scenarioVm('web-01') ?? '', 'vms');
    await waitFor(() =>
      expect(cellUnder(list, row, 'Deleted by')).toHaveTextContent(/^alicefrom 10\.20\.5\.23, /u),
    );
    expect(auditQueries()).toHaveLength(1);
  });

  it('on the VM list without the audit API: the note once and no column', async () => {
    await auditOff();
    await signInAs();
    renderApp('/?q=web-01');
    const list = await screen.findByRole('table', { name: 'Destroyed VMs' });
    await within(list).findByRole('link', { name: 'web-01' });
    expect(await screen.findByText(/not recorded by this ZStack edition/u)).toBeInTheDocument();
    expect(screen.getAllByText(/not recorded by this ZStack edition/u)).toHaveLength(1);
    expect(within(list).queryByRole('columnheader', { name: 'Deleted by' })).not.toBeInTheDocument();
  });

  it('on the VM page and the volume page', async () => {
    await signInAs();
    const { router } = renderApp(`/vms/${sim.scenarioVm('web-01') ?? ''}`);
    expect(await screen.findByRole('heading', { name: 'web-01', level: 1 })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('definition', { name: 'Deleted by' })).toHaveTextContent(
        /alice\s*from 10\.20\.5\.23, /u,
      ),
    );
    await router.navigate(`/volumes/${volumeUuid('data-web-02')}`);
    expect(await screen.findByRole('heading', { name: 'data-web-02', level: 1 })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('definition', { name: 'Deleted by' })).toHaveTextContent(
        /alice\s*from 10\.20\.5\.23, /u,
      ),
    );
    expect(screen.getByRole('definition', { name: 'Status' })).toHaveTextContent('Deleted');
    const inBin = screen.getByRole('region', { name: 'In the recycle bin' });
    expect(within(inBin).getByRole('button', { name: 'Recover data-web-02' })).toBeEnabled();
  });
});

describe('data volumes deleted with their VM', slow, () => {
  it('are listed on the VM page and recover from there into the detached panel', async () => {
    await signInAs();
    const { user } = renderApp(`/vms/${sim.scenarioVm('carol-build-03') ?? ''}`);
    const panel = await screen.findByRole('table', { name: 'Data volumes deleted with this VM' });
    const button = within(panel).getByRole('button', { name: 'Recover data volume data-carol-build-03' });
    await user.click(button);
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent(/data-carol-build-03 was recovered\./u),
    );
    await waitFor(() =>
      expect(
        screen.queryByRole('table', { name: 'Data volumes deleted with this VM' }),
      ).not.toBeInTheDocument(),
    );
    const detached = await screen.findByRole('table', { name: 'Data volumes attached before deletion' });
    expect(within(detached).getByText('data-carol-build-03')).toBeInTheDocument();
  });
});
