// A single action whose session ends under it (a gateway answering its polls with a plain-text 401, as an idle
// timeout or a sign-out in another tab looks) is not reported as failed: it waits for a sign-in in place, and the
// same account signing in again follows the same job. The simulator counts what it ran.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { executions, sim } from '../../../support/msw.ts';
import { renderApp, signInAs } from '../../../support/render.tsx';
import { signInAgainAs } from '../../../support/sign-in-again.ts';
import { recovered } from '../vm/vm-test-utils.ts';

const slow = { timeout: 60_000 };

/** The recover dialog of api-05, whose polls from now on are answered 401 in plain text. */
async function recoverWithSessionLost() {
  await signInAs();
  const view = renderApp('/?q=api-05');
  const link = await screen.findByRole('link', { name: 'api-05' });
  const uuid = link.getAttribute('href')?.slice('/vms/'.length) ?? '';
  await view.user.click(screen.getByRole('button', { name: 'Recover api-05' }));
  const dialog = await screen.findByRole('dialog', { name: 'Recover api-05?' });
  sim.armFaults({ failPollsWith: { status: 401, count: 10_000 } });
  await view.user.click(within(dialog).getByRole('button', { name: 'Recover' }));
  const form = await within(dialog).findByRole('form', { name: 'Sign in again to go on' }, slow);
  return { ...view, dialog, form, uuid };
}

describe('a single action whose session ends under it', slow, () => {
  it('waits for a sign-in instead of failing, then follows the same job: recovered once', async () => {
    const { user, dialog, form, uuid } = await recoverWithSessionLost();
    expect(within(dialog).getByText(/Whether the job ran is not known yet/u)).toBeInTheDocument();
    expect(within(dialog).queryByText(/failed/iu)).not.toBeInTheDocument();
    // Trying again without a session would only meet the same gateway: the way on is the sign-in.
    expect(within(dialog).getByRole('button', { name: 'Try again' })).toBeDisabled();

    sim.armFaults({ failPollsWith: { status: 401, count: 0 } });
    expect(within(form).getByRole('textbox', { name: /Account name/u })).toHaveValue('admin');
    await user.type(within(form).getByLabelText(/Password/u), 'password');
    await user.click(within(form).getByRole('button', { name: 'Sign in and go on' }));

    expect(await screen.findByRole('heading', { name: 'api-05', level: 1 }, slow)).toBeInTheDocument();
    expect(await executions('recoverVmInstance', uuid)).toBe(1);
  });

  it('another account signing in closes the action and sends nothing; the job ran once', async () => {
    const { user, form, uuid } = await recoverWithSessionLost();
    sim.armFaults({ failPollsWith: { status: 401, count: 0 } });
    await signInAgainAs(user, form, 'alice', 'alice-password');

    await screen.findByText(/alice/u, { selector: '.rb-signed-in' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The job sent before the session ended runs on the node; nothing was sent for alice.
    await waitFor(async () => expect(await executions('recoverVmInstance', uuid)).toBe(1), slow);
    expect((await executions('recoverVmInstance', uuid)) + (await executions('startVmInstance', uuid))).toBe(
      1,
    );
  });

  it('a start on the VM page waits the same way, and goes on after the sign-in: started once', async () => {
    await signInAs();
    const vm = await recovered('web-01');
    const { user } = renderApp(`/vms/${vm.uuid}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'web-01' })).toBeInTheDocument();
    sim.armFaults({ failPollsWith: { status: 401, count: 10_000 } });
    await user.click(screen.getAllByRole('button', { name: 'Start VM' })[0] as HTMLElement);
    const form = await screen.findByRole('form', { name: 'Sign in again to go on' }, slow);
    expect(screen.queryByText(/Starting web-01 failed/u)).not.toBeInTheDocument();

    sim.armFaults({ failPollsWith: { status: 401, count: 0 } });
    await user.type(within(form).getByLabelText(/Password/u), 'password');
    await user.click(within(form).getByRole('button', { name: 'Sign in and go on' }));
    await waitFor(
      () => expect(screen.getByTestId('announcer')).toHaveTextContent(/web-01 was started/u),
      slow,
    );
    expect(screen.queryByRole('form', { name: 'Sign in again to go on' })).not.toBeInTheDocument();
    expect(await executions('startVmInstance', vm.uuid)).toBe(1);
  });
});
