// A session that ends in the middle of a bulk run (a gateway answering the polls with a plain-text 401, as an idle
// timeout or a sign-out in another tab looks): nothing is reported as failed, the run pauses and offers sign-in in
// place, and signing in again as the same account follows the same jobs. The simulator counts what it ran.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sim } from '../../../support/msw.ts';
import { renderApp, signInAs } from '../../../support/render.tsx';
import { signInAgainAs } from '../../../support/sign-in-again.ts';
import { testSession } from '../../../support/session.ts';

const slow = { timeout: 60_000 };
const NAMES = ['api-02', 'api-05', 'api-08'];

/** Recovers api-02, -05 and -08, two at a time, with every poll answered 401 (plain text) by a "gateway". */
async function startRunThatLosesItsSession() {
  localStorage.setItem('zstack-console.bulk-concurrency', '2');
  await signInAs();
  const view = renderApp('/?q=api-');
  const { user } = view;
  const list = await screen.findByRole('table', { name: 'Destroyed VMs' });
  await within(list).findByRole('link', { name: 'api-08' });
  const uuids = NAMES.map((n) => screen.getByRole('link', { name: n }).getAttribute('href')?.slice(5) ?? '');
  sim.armFaults({ failPollsWith: { status: 401, count: 10_000 } });
  await user.click(screen.getByRole('checkbox', { name: 'Select every VM on this page' }));
  await user.click(screen.getByRole('button', { name: 'Recover 3 selected' }));
  const confirm = await screen.findByRole('dialog', { name: 'Recover 3 VMs?' });
  await user.click(within(confirm).getByRole('button', { name: 'Recover 3 VMs' }));

  const progress = await screen.findByRole('dialog', { name: 'Recovering 3 VMs' });
  await within(progress).findByText(
    '0 succeeded · 0 failed · 0 in progress · 1 waiting · 2 waiting for sign-in',
  );
  return { ...view, uuids, progress };
}

const ranOnce = (uuids: readonly string[]) => {
  const counts = new Map(
    sim
      .executions()
      .executions.filter((e) => e.action === 'recoverVmInstance')
      .map((e) => [e.resourceUuid, e.count]),
  );
  return uuids.map((u) => counts.get(u) ?? 0);
};

describe('a session that ends mid-run', slow, () => {
  it('pauses (never "failed"), and signing in again in place follows the same jobs: each VM recovered once', async () => {
    const { user, uuids, progress } = await startRunThatLosesItsSession();
    const results = within(progress).getByRole('table', { name: 'Result for each VM' });
    expect(within(results).getAllByRole('cell', { name: 'Waiting: sign in again' })).toHaveLength(2);
    expect(within(results).getByRole('cell', { name: 'Waiting' })).toBeInTheDocument();
    expect(within(results).queryByRole('cell', { name: 'Failed' })).not.toBeInTheDocument();
    expect(within(progress).queryByRole('button', { name: /^Retry/u })).not.toBeInTheDocument();
    // The third VM was never sent: the session that would carry it had ended.
    expect(ranOnce(uuids).sort()).toEqual([0, 1, 1]);

    sim.armFaults({ failPollsWith: { status: 401, count: 0 } });
    const form = within(progress).getByRole('form', { name: 'Sign in again to go on' });
    expect(within(form).getByRole('textbox', { name: /Account name/u })).toHaveValue('admin');
    await user.type(within(form).getByLabelText(/Password/u), 'password');
    await user.click(within(form).getByRole('button', { name: 'Sign in and go on' }));

    const done = await screen.findByRole('dialog', { name: 'Recovery of 3 VMs finished' });
    expect(within(done).getByText('3 succeeded · 0 failed · 0 in progress · 0 waiting')).toBeInTheDocument();
    expect(within(done).queryByRole('button', { name: /^Retry/u })).not.toBeInTheDocument();
    expect(ranOnce(uuids)).toEqual([1, 1, 1]);
  });

  it('another account signing in neither sees nor resumes the run; the same account later finishes it once', async () => {
    const { user, uuids, progress } = await startRunThatLosesItsSession();
    sim.armFaults({ failPollsWith: { status: 401, count: 0 } });
    const form = within(progress).getByRole('form', { name: 'Sign in again to go on' });
    await signInAgainAs(user, form, 'alice', 'alice-password');

    // Alice's desk: no dialog, no indicator of the admin's run, and nothing of it was sent again.
    await screen.findByText(/alice/u, { selector: '.rb-signed-in' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: /^Operations/u })).not.toBeInTheDocument();
    expect(ranOnce(uuids).sort()).toEqual([0, 1, 1]);

    await testSession().signIn('admin', 'password');
    await user.click(await screen.findByRole('button', { name: 'Operations: finished (3 of 3)' }, slow));
    const done = await screen.findByRole('dialog', { name: 'Recovery of 3 VMs finished' });
    expect(within(done).getByText('3 succeeded · 0 failed · 0 in progress · 0 waiting')).toBeInTheDocument();
    expect(ranOnce(uuids)).toEqual([1, 1, 1]);
  });
});
