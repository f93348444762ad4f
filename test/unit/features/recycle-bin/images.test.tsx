// The image recycle bin as a user drives it: the list (count, owners, search by name or UUID, backup storages, the
// image category's own expunge period), recover (per backup storage, to the image's page), a normal account on a
// public image (read-only warning, permission error), quota, expunge by typed name, and who deleted it.
// The network is the simulator (through MSW).
import { screen, waitFor, within } from '@testing-library/react';
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { SessionStore } from '../../../../src/api/session.ts';
import { runAction } from '../../../../src/zstack/jobs.ts';
import { http, HttpResponse } from 'msw';
import { recordRequests, type SeenRequest, server, sim } from '../../../support/msw.ts';
import { currentUrl, renderApp, signInAs } from '../../../support/render.tsx';
import { testJobTiming } from '../../../support/session.ts';

let seen: SeenRequest[] = [];
beforeEach(() => {
  seen = recordRequests();
});

// Each test is a chain of waits on a busy machine: a generous budget, whatever the shared setup says.
const slow = { timeout: 60_000 };

const table = () => screen.findByRole('table', { name: 'Deleted images' });
const searchBox = () => screen.getByRole('searchbox', { name: 'Search deleted images' });
const imageUuid = (name: string) => {
  const uuid = sim.scenarioImage(name);
  if (!uuid) throw new Error(`no scenario image ${name}`);
  return uuid;
};
const BIN = ['backupStorageRefs.status=Deleted', 'system=false'];
/** The q, sort, start and limit of every image list query the app sent. */
const listRequests = () =>
  seen
    .filter((r) => r.method === 'GET' && r.path === '/zstack/v1/images' && r.url.searchParams.has('start'))
    .map((r) => r.url.searchParams);
const lastList = () => listRequests().at(-1) ?? new URLSearchParams();
/** Audit queries (not the detection probe, which asks for one row without conditions). */
const auditQueries = () =>
  seen.filter(
    (r) => r.method === 'GET' && r.path === '/zstack/v1/zwatch/audit-records' && r.url.searchParams.has('q'),
  );
const actionsOn = (uuid: string) =>
  seen.filter((r) => r.method === 'PUT' && r.path === `/zstack/v1/images/${uuid}/actions`);

function rowOf(list: HTMLElement, uuid: string): HTMLElement {
  const row = within(list)
    .getAllByRole('row')
    .find((r) =>
      within(r)
        .queryAllByRole('link')
        .some((a) => a.getAttribute('href') === `/images/${uuid}`),
    );
  if (!row) throw new Error(`no row for image ${uuid}`);
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

/** The row of the image page's backup-storage table for `bs`. */
function refRow(bs: string): HTMLElement {
  const refs = screen.getByRole('table', { name: 'Copies of the image on backup storages' });
  const row = within(refs)
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('cell', { name: bs }) !== null);
  if (!row) throw new Error(`no backup storage row ${bs}`);
  return row;
}

async function auditOff() {
  const reply = await fetch(`${location.origin}/zstack/__sim/config`, {
    method: 'POST',
    body: JSON.stringify({ audit: false }),
  });
  expect(reply.ok).toBe(true);
}

const runs = (action: string, uuid: string) =>
  sim
    .executions()
    .executions.filter((e) => e.action === action && e.resourceUuid === uuid)
    .reduce((n, e) => n + e.count, 0);

async function openAction(action: 'Recover' | 'Expunge', name: string, account = 'admin') {
  await signInAs(account);
  const view = renderApp(`/images?q=${imageUuid(name)}`);
  const list = await table();
  await view.user.click(await within(list).findByRole('button', { name: `${action} ${name}` }));
  const dialog = await screen.findByRole('dialog', {
    name: action === 'Recover' ? `Recover image ${name}?` : `Expunge image ${name} for good?`,
  });
  return { ...view, list, dialog };
}

describe('image list', slow, () => {
  it('asks for one page of deleted user images with a count; an admin sees the Account column', async () => {
    await signInAs();
    renderApp('/images');
    const list = await table();
    await within(list).findByRole('link', { name: 'img-centos-7' });
    const count = Number(/^\d+/u.exec(screen.getByText(/^\d+ deleted images$/u).textContent)?.[0]);
    expect(within(list).getAllByRole('row')).toHaveLength(Math.min(count, 20) + 1);
    expect(lastList().getAll('q')).toEqual(BIN);
    expect(Object.fromEntries([...lastList()].filter(([k]) => k !== 'q'))).toEqual({
      start: '0',
      limit: '20',
      replyWithCount: 'true',
      sort: '-lastOpDate',
    });
    expect(within(list).getByRole('columnheader', { name: 'Account' })).toBeInTheDocument();
    // A system (virtual-router) image is not the user's to recover.
    expect(within(list).queryByRole('link', { name: 'img-vrouter-5.1.0' })).not.toBeInTheDocument();
    // img-partial is deleted on one of its two backup storages.
    const partial = rowOf(list, imageUuid('img-partial'));
    await waitFor(() => expect(cellUnder(list, partial, 'Backup storage')).toHaveTextContent('bs-sh-ceph'));
    expect(cellUnder(list, partial, 'Backup storage')).toHaveTextContent('deleted on 1 of 2');
    expect(cellUnder(list, partial, 'Backup storage')).not.toHaveTextContent('bs-hz-imagestore');
    await waitFor(() =>
      expect(cellUnder(list, rowOf(list, imageUuid('img-centos-7')), 'Account')).toHaveTextContent('alice'),
    );
    const tabs = screen.getByRole('navigation', { name: 'Recycle bin sections' });
    expect(within(tabs).getByRole('link', { name: 'Images' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows alice her own images and the admin’s public ones, without the Account column', async () => {
    await signInAs('alice');
    renderApp('/images');
    const list = await table();
    await within(list).findByRole('link', { name: 'img-centos-7' });
    expect(within(list).getByRole('link', { name: 'img-public-readonly' })).toBeInTheDocument();
    expect(within(list).queryByRole('link', { name: 'img-quota-bob' })).not.toBeInTheDocument();
    expect(within(list).queryByRole('columnheader', { name: 'Account' })).not.toBeInTheDocument();
    expect(screen.getByText(/^Deleted images of your account\./u)).toBeInTheDocument();
  });

  it('searches by name and by exact UUID on the server', async () => {
    await signInAs();
    const { user, router } = renderApp('/images');
    const list = await table();
    await user.type(searchBox(), 'centos');
    await waitFor(() => expect(currentUrl(router)).toBe('/images?q=centos'));
    await waitFor(() => expect(lastList().getAll('q')).toEqual([...BIN, 'name~=%centos%']));
    expect(await within(list).findByRole('link', { name: 'img-centos-7' })).toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('link')
          // the names (each row's "deleted by" links to its deletion event)
          .filter((a) => !a.getAttribute('href')?.startsWith('/events'))
          .map((a) => /centos/iu.test(a.textContent)),
      ).not.toContain(false),
    );

    const uuid = imageUuid('img-iso-virtio-win');
    await user.clear(searchBox());
    // Pasted, in capitals, as from a ticket.
    await user.click(searchBox());
    await user.paste(uuid.toUpperCase());
    expect(await screen.findByText('Searching by exact UUID')).toBeInTheDocument();
    await waitFor(() => expect(lastList().getAll('q')).toEqual([...BIN, `uuid=${uuid}`]));
    expect(await within(list).findByRole('link', { name: 'img-iso-virtio-win' })).toBeInTheDocument();
    await waitFor(() => expect(within(list).getAllByRole('row')).toHaveLength(2));
  });

  it('sorts by size and by deletion time on the server', async () => {
    await signInAs();
    const { user, router } = renderApp('/images');
    await table();
    await user.click(screen.getByRole('button', { name: /^Size/u }));
    await waitFor(() => expect(currentUrl(router)).toBe('/images?sort=size&dir=asc'));
    await waitFor(() => expect(lastList().get('sort')).toBe('+size'));
    await user.click(screen.getByRole('button', { name: /^Size/u }));
    await waitFor(() => expect(lastList().get('sort')).toBe('-size'));
    await user.click(screen.getByRole('button', { name: /^Deleted/u }));
    await waitFor(() => expect(lastList().get('sort')).toBe('+lastOpDate'));
  });

  it('counts down with image.expungePeriod, not the data volumes’ or VMs’ period', async () => {
    // Another admin sets image.expungePeriod to 2 days (data volumes keep 3, VMs 7).
    const other = new SessionStore({ client: { timing: testJobTiming } });
    await other.signIn('admin', 'password');
    await runAction(other.client, {
      method: 'PUT',
      path: '/v1/global-configurations/image/expungePeriod/actions',
      body: { updateGlobalConfig: { value: String(2 * 86_400) } },
      schema: v.unknown(),
      what: 'Update image.expungePeriod',
    });
    await signInAs();
    const { router } = renderApp('/images?q=img-centos-7');
    const list = await table();
    expect(await screen.findByText(/ZStack expunges them 2 days after deletion\./u)).toBeInTheDocument();
    // Deleted 20 hours ago: a day and about 4 hours left.
    const row = await waitFor(() => rowOf(list, imageUuid('img-centos-7')));
    expect(cellUnder(list, row, 'Expunges')).toHaveTextContent(/^in 1 day,? (3|4) h/u);
    await router.navigate('/volumes');
    expect(await screen.findByText(/ZStack expunges them 3 days after deletion\./u)).toBeInTheDocument();
  });
});

describe('recover an image', slow, () => {
  it('recovers img-partial, deleted on one of two backup storages, onto its page', async () => {
    const uuid = imageUuid('img-partial');
    const { user, router, dialog } = await openAction('Recover', 'img-partial');
    expect(within(dialog).getByText(/usable again on the backup storages you choose/u)).toBeInTheDocument();
    // Only one backup storage to recover it on: nothing to choose.
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }));
    expect(await screen.findByRole('heading', { name: 'img-partial', level: 1 })).toBeInTheDocument();
    expect(currentUrl(router)).toBe(`/images/${uuid}`);
    expect(screen.getByRole('definition', { name: 'Status' })).toHaveTextContent('Ready');
    await waitFor(() =>
      expect(within(refRow('bs-sh-ceph')).getByRole('cell', { name: 'Ready' })).toBeInTheDocument(),
    );
    expect(within(refRow('bs-hz-imagestore')).getByRole('cell', { name: 'Ready' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'In the recycle bin' })).not.toBeInTheDocument();
    expect(runs('recoverImage', uuid)).toBe(1);
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent('img-partial was recovered.'),
    );
  });

  it('recovers an image deleted on two backup storages on the one the admin chooses', async () => {
    const uuid = imageUuid('img-public-readonly');
    const { user, dialog } = await openAction('Recover', 'img-public-readonly');
    const group = within(dialog).getByRole('group', { name: 'Recover it on' });
    const hz = await within(group).findByRole('checkbox', { name: 'bs-hz-imagestore' });
    const sh = within(group).getByRole('checkbox', { name: 'bs-sh-ceph' });
    expect(hz).toBeChecked();
    expect(sh).toBeChecked();
    // None chosen: the dialog says so and will not send.
    await user.click(hz);
    await user.click(sh);
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose at least one backup storage.');
    expect(within(dialog).getByRole('button', { name: 'Recover' })).toBeDisabled();
    await user.click(sh);
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }));

    expect(await screen.findByRole('heading', { name: 'img-public-readonly', level: 1 })).toBeInTheDocument();
    await waitFor(() =>
      expect(within(refRow('bs-sh-ceph')).getByRole('cell', { name: 'Ready' })).toBeInTheDocument(),
    );
    expect(within(refRow('bs-hz-imagestore')).getByRole('cell', { name: 'Deleted' })).toBeInTheDocument();
    expect(actionsOn(uuid)).toHaveLength(1);
    expect(runs('recoverImage', uuid)).toBe(1);
    // Still deleted on the other one: the page leads back to the recycle bin.
    expect(screen.getByRole('region', { name: 'In the recycle bin' })).toBeInTheDocument();
  });

  it('warns alice that the admin’s public image is hers to read only', async () => {
    const { dialog } = await openAction('Recover', 'img-public-readonly', 'alice');
    expect(await within(dialog).findByRole('note')).toHaveTextContent(
      'This image is shared with your account read-only: only its owner or an administrator can recover or expunge it.',
    );
  });

  it('alice cannot press Recover on the admin’s public image: the dialog says why and sends nothing', async () => {
    const seen = recordRequests();
    const { dialog } = await openAction('Recover', 'img-public-readonly', 'alice');
    expect(await within(dialog).findByRole('note')).toHaveTextContent(/shared with your account read-only/u);
    expect(within(dialog).getByRole('button', { name: 'Recover' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeEnabled();
    // No action on the image (the console still reads the node's clock, GetCurrentTime, a PUT of its own).
    expect(seen.filter((r) => r.method === 'PUT' && r.path.startsWith('/zstack/v1/images/'))).toEqual([]);
  });

  it('when the owner cannot be learnt, ZStack’s refusal (SYS.1006) reads right: it speaks of the image, not of a VM', async () => {
    // The ownership query fails, so the console cannot tell beforehand that the image is read-only for alice.
    server.use(http.get(/\/accounts\/resources\/refs/u, () => HttpResponse.error()));
    const { user, dialog } = await openAction('Recover', 'img-public-readonly', 'alice');
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }));
    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByRole('group', { name: 'Error SYS.1006' })).toBeInTheDocument();
    expect(alert).not.toHaveTextContent(/\bVM\b/u);
  });

  it('explains bob’s image.size quota refusal (ID.1003) in terms of images', async () => {
    const { user, dialog } = await openAction('Recover', 'img-quota-bob', 'bob');
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }));
    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByRole('group', { name: 'Error ID.1003' })).toHaveTextContent(/image\.size/u);
    expect(alert).not.toHaveTextContent(/VM quota|vm\.totalNum/u);
  });
});

describe('expunge an image', slow, () => {
  it('needs the image’s name typed; then it leaves the list', async () => {
    const uuid = imageUuid('img-iso-virtio-win');
    const { user, dialog } = await openAction('Expunge', 'img-iso-virtio-win');
    expect(within(dialog).getByRole('note')).toHaveTextContent(
      /deletes the image files .* cannot be undone/u,
    );
    const button = within(dialog).getByRole('button', { name: 'Expunge for good' });
    const name = within(dialog).getByRole('textbox', { name: 'Image name' });
    expect(name).toHaveFocus();
    expect(button).toBeDisabled();
    await user.type(name, 'img-iso');
    expect(button).toBeDisabled();
    await user.type(name, '-virtio-win');
    expect(button).toBeEnabled();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText(`No deleted image matches “${uuid}”.`)).toBeInTheDocument();
    expect(runs('expungeImage', uuid)).toBe(1);
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent(
        'img-iso-virtio-win was expunged. It is gone for good.',
      ),
    );
  });

  it('offers the backup storages of an image deleted on several', async () => {
    const { dialog } = await openAction('Expunge', 'img-public-readonly');
    const group = within(dialog).getByRole('group', { name: 'Expunge it on' });
    expect(await within(group).findByRole('checkbox', { name: 'bs-hz-imagestore' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'bs-sh-ceph' })).toBeChecked();
  });
});

describe('who deleted an image', slow, () => {
  it('shows operator and client IP from one audit query for the page', async () => {
    await signInAs();
    renderApp('/images');
    const list = await table();
    expect(await within(list).findByRole('columnheader', { name: 'Deleted by' })).toBeInTheDocument();
    await waitFor(() =>
      expect(cellUnder(list, rowOf(list, imageUuid('img-centos-7')), 'Deleted by')).toHaveTextContent(
        /^alicefrom 10\.20\.5\.23, /u,
      ),
    );
    expect(cellUnder(list, rowOf(list, imageUuid('img-partial')), 'Deleted by')).toHaveTextContent(
      /^adminfrom 10\.10\.0\.8, /u,
    );
    expect(auditQueries()).toHaveLength(1);
    expect(auditQueries()[0]?.url.searchParams.getAll('q')).toContain(
      'apiName?=org.zstack.header.image.APIDeleteImageMsg',
    );
    expect(screen.queryByText(/not recorded by this ZStack edition/u)).not.toBeInTheDocument();
  });

  it('without the audit API: the note once, no Deleted by column', async () => {
    await auditOff();
    await signInAs();
    renderApp('/images');
    const list = await table();
    await within(list).findByRole('link', { name: 'img-centos-7' });
    expect(
      await screen.findByText(
        'Who deleted these is not recorded by this ZStack edition (it has no audit log).',
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/not recorded by this ZStack edition/u)).toHaveLength(1);
    expect(within(list).queryByRole('columnheader', { name: 'Deleted by' })).not.toBeInTheDocument();
    expect(auditQueries()).toHaveLength(0);
  });

  it('on the image page', async () => {
    await signInAs();
    renderApp(`/images/${imageUuid('img-centos-7')}`);
    expect(await screen.findByRole('heading', { name: 'img-centos-7', level: 1 })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('definition', { name: 'Deleted by' })).toHaveTextContent(
        /^alicefrom 10\.20\.5\.23, /u,
      ),
    );
    expect(within(refRow('bs-hz-imagestore')).getByRole('cell', { name: 'Deleted' })).toBeInTheDocument();
  });
});
