// The page of one deleted VM, data volume or image (a ticket link) is a place to act: the owner, who deleted it,
// the exact expunge window, Recover and Expunge with the bins' own dialogs, and the way back to its bin.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatFor } from '../../../../src/i18n/format.ts';
import { query } from '../../../../src/zstack/endpoints.ts';
import { eq, inList } from '../../../../src/zstack/query.ts';
import { executions, sim, simControl } from '../../../support/msw.ts';
import { renderApp, signInAs } from '../../../support/render.tsx';
import { testSession } from '../../../support/session.ts';
import { field, findVm } from '../vm/vm-test-utils.ts';

const slow = { timeout: 60_000 };
const { dateTime } = formatFor('en');
const HOUR = 3_600_000;
const inBin = () => screen.findByRole('region', { name: 'In the recycle bin' });
const fieldIn = (region: HTMLElement, label: string) =>
  within(region).getByRole('definition', { name: label });

describe('the page of a destroyed VM', slow, () => {
  it('shows owner, deleter and the exact expunge window, and recovers from the page', async () => {
    await signInAs('admin');
    const vm = await findVm('web-01');
    const { user } = renderApp(`/vms/${vm.uuid}`);
    const region = await inBin();
    await waitFor(() => expect(fieldIn(region, 'Account')).toHaveTextContent('alice'));
    await waitFor(() =>
      expect(fieldIn(region, 'Deleted by')).toHaveTextContent(/^alice\s*from 10\.20\.5\.23, /u),
    );
    // vm.expungePeriod 7 days, vm.expungeInterval 1 hour: between lastOpDate + 7 d and one check later.
    const at = testSession().toDate(vm.lastOpDate)?.getTime() ?? 0;
    const from = new Date(at + 7 * 24 * HOUR);
    await waitFor(() =>
      expect(fieldIn(region, 'Expunged')).toHaveTextContent(
        `between ${dateTime(from)} and ${dateTime(new Date(from.getTime() + HOUR))}`,
      ),
    );
    expect(screen.getByRole('link', { name: 'Recycle bin' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Back to the recycle bin: VMs' })).toHaveAttribute(
      'href',
      `/?q=${vm.uuid}`,
    );
    expect(document.title).toBe('web-01 (Destroyed) · ZStack');

    await user.click(within(region).getByRole('button', { name: 'Recover web-01' }));
    const dialog = await screen.findByRole('dialog', { name: /web-01/u });
    // The VM alone: its data volume deleted with it is offered back by default; say no.
    await user.click(await within(dialog).findByRole('checkbox', { name: /Also recover this data volume/u }));
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }));
    expect(await screen.findByText(/is back, Stopped/u)).toBeInTheDocument();
    expect(field('State')).toHaveTextContent('Stopped');
    expect(screen.queryByRole('region', { name: 'In the recycle bin' })).not.toBeInTheDocument();
    // Said once, with one Start button.
    expect(screen.getAllByText(/is back, Stopped/u)).toHaveLength(1);
    expect(screen.queryByText(/This VM is stopped/u)).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Start VM/u })).toHaveLength(1);
    expect(document.title).toBe('web-01 (Stopped) · ZStack');
  });

  it('expunges from the page after the name is typed', async () => {
    await signInAs('admin');
    const vm = await findVm('legacy-db-01');
    const { user } = renderApp(`/vms/${vm.uuid}`);
    const region = await inBin();
    await user.click(within(region).getByRole('button', { name: 'Expunge legacy-db-01' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox'), 'legacy-db-01');
    await user.click(within(dialog).getByRole('button', { name: /expunge/iu }));
    // Nothing is left to show on its page: back to the bin, where the expunge is announced.
    expect(await screen.findByRole('table', { name: 'Destroyed VMs' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent(/legacy-db-01/u));
    expect(await executions('expungeVmInstance', vm.uuid)).toBe(1);
  });

  it('says when the edition has no audit log', async () => {
    await simControl('POST', 'config', { audit: false });
    await signInAs('admin');
    const vm = await findVm('web-01');
    renderApp(`/vms/${vm.uuid}`);
    const region = await inBin();
    await waitFor(() =>
      expect(fieldIn(region, 'Deleted by')).toHaveTextContent(
        'Not recorded by this ZStack edition (it has no audit log)',
      ),
    );
  });
});

describe('truthful “deleted by”', slow, () => {
  it('a data volume deleted with its VM shows the VM’s record, in the bin and on its page', async () => {
    await signInAs('admin');
    const [volume] = (
      await query(testSession().client, 'volumes', { conditions: [eq('name', 'data-carol-build-03')] })
    ).inventories;
    const uuid = volume?.uuid ?? '';
    const { router } = renderApp('/volumes?q=data-carol-build-03');
    const list = await screen.findByRole('table', { name: 'Deleted data volumes' });
    await waitFor(() =>
      expect(within(list).getByText(/^Deleted with VM carol-build-03, by carol/u)).toBeInTheDocument(),
    );
    await router.navigate(`/volumes/${uuid}`);
    const region = await inBin();
    await waitFor(() =>
      expect(fieldIn(region, 'Deleted by')).toHaveTextContent(/^Deleted with VM carol-build-03, by carol/u),
    );
    expect(fieldIn(region, 'Account')).toHaveTextContent('carol');
    expect(screen.getByRole('link', { name: 'Recycle bin' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Back to the recycle bin: data volumes' })).toBeInTheDocument();
  });

  it('a normal account sees “not visible to your account” where the log holds someone else’s row', async () => {
    await signInAs('admin');
    // A VM of alice's that someone else destroyed (the admin reads every audit row and every owner).
    const rows = await query(testSession().client, 'auditRecords', {
      conditions: [eq('apiName', 'org.zstack.header.vm.APIDestroyVmInstanceMsg')],
      limit: 1000,
    });
    const byOthers = rows.inventories.filter((r) => r.operator !== 'alice').map((r) => r.resourceUuid ?? '');
    const alice = (await query(testSession().client, 'accounts', { conditions: [eq('name', 'alice')] }))
      .inventories[0]?.uuid;
    const refs = await query(testSession().client, 'accountRefs', {
      conditions: [inList('resourceUuid', byOthers), eq('accountUuid', alice ?? '')],
    });
    const uuid = refs.inventories[0]?.resourceUuid;
    if (!uuid) throw new Error('the seed has no VM of alice destroyed by someone else');
    await signInAs('alice');
    renderApp(`/vms/${uuid}`);
    const region = await inBin();
    await waitFor(() =>
      expect(fieldIn(region, 'Deleted by')).toHaveTextContent('Not visible to your account'),
    );
    expect(fieldIn(region, 'Account')).toHaveTextContent('alice');
  });
});

describe('the page of a deleted image', slow, () => {
  it('shows the facts and recovers from the page', async () => {
    await signInAs('admin');
    const uuid = sim.scenarioImage('img-centos-7') ?? '';
    const { user } = renderApp(`/images/${uuid}`);
    const region = await inBin();
    await waitFor(() => expect(fieldIn(region, 'Account')).toHaveTextContent('alice'));
    await waitFor(() => expect(fieldIn(region, 'Expunged')).toHaveTextContent(/between /u));
    await user.click(within(region).getByRole('button', { name: 'Recover img-centos-7' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'In the recycle bin' })).not.toBeInTheDocument(),
    );
    await waitFor(() => expect(field('Status')).toHaveTextContent('Ready'));
    expect(screen.getByRole('link', { name: 'Back to the recycle bin: images' })).toHaveAttribute(
      'href',
      '/images',
    );
  });

  it('a normal account on another account’s public image reads why it cannot act, with Recover and Expunge off', async () => {
    await signInAs('alice');
    const uuid = sim.scenarioImage('img-public-readonly') ?? '';
    renderApp(`/images/${uuid}`);
    const region = await inBin();
    expect(
      await within(region).findByText(
        'This image is shared with your account read-only: only its owner or an administrator can recover or expunge it.',
      ),
    ).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Recover img-public-readonly' })).toBeDisabled();
    expect(within(region).getByRole('button', { name: 'Expunge img-public-readonly' })).toBeDisabled();
  });
});
