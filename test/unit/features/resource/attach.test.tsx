// Attaching a recovered data volume: the picker searches the server among the VMs of the volume's own account that
// can take it, starts on the last VM only when that VM can take it, and an admin cannot put alice's disk on bob's
// VM without a confirmation that names both accounts. The network is the simulator (through MSW).
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { recoverDataVolume, recoverVm } from '../../../../src/zstack/actions.ts';
import { recordRequests, type SeenRequest, sim } from '../../../support/msw.ts';
import { renderApp, signInAs } from '../../../support/render.tsx';
import { testSession } from '../../../support/session.ts';

const slow = { timeout: 60_000 };
let seen: SeenRequest[] = [];
beforeEach(() => {
  seen = recordRequests();
});

const scenario = (get: (name: string) => string | undefined, name: string) => {
  const uuid = get(name);
  if (!uuid) throw new Error(`no scenario ${name}`);
  return uuid;
};
const runs = (action: string, uuid: string) =>
  sim
    .executions()
    .executions.filter((e) => e.action === action && e.resourceUuid === uuid)
    .reduce((n, e) => n + e.count, 0);
/** The VM queries the picker sent (attachable states), as their q= lists. */
const pickerQueries = () =>
  seen
    .filter(
      (r) => r.path === '/zstack/v1/vm-instances' && r.url.searchParams.getAll('q').includes('type=UserVm'),
    )
    .map((r) => r.url.searchParams.getAll('q'));

/** data-web-02 (alice's, last attached to web-01) recovered, its page open. */
async function openRecoveredDataWeb02() {
  const uuid = scenario((n) => sim.scenarioVolume(n), 'data-web-02');
  await recoverDataVolume(testSession().client, uuid);
  const view = renderApp(`/volumes/${uuid}`);
  await screen.findByRole('heading', { name: 'data-web-02', level: 1 });
  return { ...view, uuid };
}

describe('attach a data volume', slow, () => {
  it('pre-selects nothing while the last VM (web-01) is Destroyed, and searches alice’s VMs on the server', async () => {
    await signInAs('alice');
    const { user, uuid } = await openRecoveredDataWeb02();
    const picker = await screen.findByRole('combobox', { name: 'VM' });
    await waitFor(() => expect(picker).toBeEnabled());
    expect(picker).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Attach' })).toBeDisabled();

    await user.type(picker, 'zzq');
    expect(await screen.findByText('No Running, Stopped or Paused VM matches.')).toBeInTheDocument();
    const last = pickerQueries().at(-1) ?? [];
    expect(last).toContain('name~=%zzq%');
    expect(last).toContain('state?=Running,Stopped,Paused');

    await user.clear(picker);
    const options = await within(await screen.findByRole('listbox')).findAllByRole('option');
    const first = options[0];
    if (!first) throw new Error('no option');
    const vmName = within(first).getAllByText(/./u)[0]?.textContent ?? '';
    await user.click(first);
    expect(picker).toHaveValue(vmName);
    await user.click(screen.getByRole('button', { name: 'Attach' }));
    await waitFor(() =>
      expect(screen.getByRole('definition', { name: 'Attached to' })).toHaveTextContent(vmName),
    );
    expect(runs('attachDataVolumeToVm', uuid)).toBe(1);
  });

  it('starts on web-01 once web-01 can take the volume (Stopped after its recovery)', async () => {
    await signInAs('alice');
    await recoverVm(
      testSession().client,
      scenario((n) => sim.scenarioVm(n), 'web-01'),
    );
    await openRecoveredDataWeb02();
    const picker = await screen.findByRole('combobox', { name: 'VM' });
    await waitFor(() => expect(picker).toHaveValue('web-01'));
    expect(screen.getByRole('button', { name: 'Attach' })).toBeEnabled();
  });

  it('a session that ends under the attach: after the same account signs in, web-01 has the volume, attached once', async () => {
    await signInAs('alice');
    await recoverVm(
      testSession().client,
      scenario((n) => sim.scenarioVm(n), 'web-01'),
    );
    const { user, uuid } = await openRecoveredDataWeb02();
    const picker = await screen.findByRole('combobox', { name: 'VM' });
    await waitFor(() => expect(picker).toHaveValue('web-01'));
    sim.armFaults({ failPollsWith: { status: 401, count: 10_000 } });
    await user.click(screen.getByRole('button', { name: 'Attach' }));
    const form = await screen.findByRole('form', { name: 'Sign in again to go on' }, slow);

    sim.armFaults({ failPollsWith: { status: 401, count: 0 } });
    await user.type(within(form).getByLabelText(/Password/u), 'alice-password');
    await user.click(within(form).getByRole('button', { name: 'Sign in and go on' }));
    await waitFor(
      () => expect(screen.getByRole('definition', { name: 'Attached to' })).toHaveTextContent('web-01'),
      slow,
    );
    expect(screen.queryByRole('form', { name: 'Sign in again to go on' })).not.toBeInTheDocument();
    expect(runs('attachDataVolumeToVm', uuid)).toBe(1);
    // The result is announced once, although the form that sent it was drawn anew after the sign-in.
    expect(await screen.findByText('data-web-02 was attached to web-01.')).toBeInTheDocument();
    expect(screen.getAllByText('data-web-02 was attached to web-01.')).toHaveLength(1);
  });

  it('as admin, lists only alice’s VMs; bob’s VM takes a confirmation naming both accounts', async () => {
    await signInAs();
    const { user, uuid } = await openRecoveredDataWeb02();
    const picker = await screen.findByRole('combobox', { name: 'VM' });
    await waitFor(() => expect(picker).toBeEnabled());
    await user.click(picker);
    await within(await screen.findByRole('listbox')).findAllByRole('option');
    // Only alice's VMs: the search is restricted to the uuids of her ownership records.
    expect(
      seen.some((r) =>
        r.url.searchParams.getAll('q').includes(`ownerAccountUuid=${sim.accountUuid('alice') ?? ''}`),
      ),
    ).toBe(true);
    expect(screen.queryByText(/account bob/u)).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Also show VMs of accounts other than alice' }));
    await user.click(picker);
    const bobs = await within(await screen.findByRole('listbox')).findAllByRole('option', {
      name: /account bob/u,
    });
    const bobVm = bobs[0];
    if (!bobVm) throw new Error('no VM of bob');
    await user.click(bobVm);
    const confirm = await screen.findByRole('checkbox', {
      name: /^Yes, attach data-web-02 of account alice to .+ of account bob/u,
    });
    const attach = screen.getByRole('button', { name: 'Attach' });
    expect(attach).toBeDisabled();

    await user.click(confirm);
    expect(attach).toBeEnabled();
    await user.click(attach);
    await waitFor(() => expect(runs('attachDataVolumeToVm', uuid)).toBe(1));
  });
});
