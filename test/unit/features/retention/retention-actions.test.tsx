// The retention page's actions at their edges: a session that ends while a pause is being followed (its job polls
// answered 401 in plain text, as a gateway does after an idle timeout) waits for a sign-in in place and then follows
// the same job; a refusal for want of rights, if it comes although the controls were shown, is explained.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { executions, recordRequests, server, sim } from '../../../support/msw.ts';
import { renderApp, signInAs } from '../../../support/render.tsx';
import { findPausedBanner } from '../../../support/paused-banner.ts';

const slow = { timeout: 60_000 };
const VM_POLICY = '/zstack/v1/global-configurations/vm/deletionPolicy/actions';

async function openPause() {
  const view = renderApp('/retention');
  await view.user.click(await screen.findByRole('button', { name: 'Pause automatic expunging' }));
  return { ...view, confirm: screen.getByRole('group', { name: 'Pause automatic expunging?' }) };
}

describe('retention actions at the edges', slow, () => {
  it('a pause whose session ends mid-job waits for a sign-in, then follows the same job: paused once', async () => {
    const seen = recordRequests();
    await signInAs();
    const { user, confirm } = await openPause();
    sim.armFaults({ failPollsWith: { status: 401, count: 10_000 } });
    await user.click(within(confirm).getByRole('button', { name: 'Pause' }));

    const form = await within(confirm).findByRole('form', { name: 'Sign in again to go on' }, slow);
    expect(within(confirm).getByText(/Whether the job ran is not known yet/u)).toBeInTheDocument();
    expect(within(confirm).queryByText(/refused/u)).not.toBeInTheDocument();
    expect(within(confirm).getByRole('button', { name: 'Pause' })).toBeDisabled();
    const sent = seen.filter((r) => r.method === 'PUT' && r.path === VM_POLICY);
    expect(sent).toHaveLength(1);
    const jobUuid = sent[0]?.jobUuid ?? '';
    expect(jobUuid).toMatch(/^[0-9a-f]{32}$/u);

    sim.armFaults({ failPollsWith: { status: 401, count: 0 } });
    const before = seen.length;
    await user.type(within(form).getByLabelText(/Password/u), 'password');
    await user.click(within(form).getByRole('button', { name: 'Sign in and go on' }));

    expect(await findPausedBanner(slow)).toBeInTheDocument();
    const after = seen.slice(before);
    // The same X-Job-UUID goes out again (ZStack answers "Duplicate job uuid") and that job is polled.
    expect(after.filter((r) => r.path === VM_POLICY).map((r) => r.jobUuid)).toEqual([jobUuid]);
    expect(after.some((r) => r.method === 'GET' && r.path.endsWith(`/api-jobs/${jobUuid}`))).toBe(true);
    await waitFor(async () => expect(await executions('updateGlobalConfig', 'image.deletionPolicy')).toBe(1));
    expect(await executions('updateGlobalConfig', 'vm.deletionPolicy')).toBe(1);
    expect(await executions('updateGlobalConfig', 'volume.deletionPolicy')).toBe(1);
    expect(screen.queryByRole('form', { name: 'Sign in again to go on' })).not.toBeInTheDocument();
  });

  it('a refusal for want of rights says only an administrator changes it', async () => {
    // A node whose account record reads SystemAdmin for alice (as an IAM2 edition may) although ZStack refuses her
    // UpdateGlobalConfig: the controls are shown, and the refusal is explained where it happened.
    server.use(
      http.get(/\/zstack\/v1\/accounts\/[0-9a-f]{32}(?:\?|$)/u, async ({ request }) => {
        const answer = await sim.handle(request);
        const body = (await answer.json()) as { inventories?: { type?: string }[] };
        for (const account of body.inventories ?? []) account.type = 'SystemAdmin';
        return HttpResponse.json(body);
      }),
    );
    await signInAs('alice');
    const { user, confirm } = await openPause();
    await user.click(within(confirm).getByRole('button', { name: 'Pause' }));

    const alert = await within(confirm).findByRole('alert', {}, slow);
    expect(alert).toHaveTextContent(
      /ZStack refused the change: .*only an administrator changes global configurations/u,
    );
    expect(alert).toHaveTextContent(/ID\.1002/u);
    expect(alert).not.toHaveTextContent(/owner/u);
    await waitFor(() => expect(screen.queryByText('Automatic expunging is paused')).toBeNull());
  });
});
