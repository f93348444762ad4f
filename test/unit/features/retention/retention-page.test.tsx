// The Retention page by role: an admin pauses in one confirmed action (three UpdateGlobalConfig jobs to Never) and
// every page then shows the banner; a shortened period asks for the count typed; a normal account reads only.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { recordRequests } from '../../../support/msw.ts';
import { renderApp, signInAs } from '../../../support/render.tsx';
import { findPausedBanner } from '../../../support/paused-banner.ts';

/** The admin on the Retention page, after pressing `button`; `updates` are the global-config changes sent so far. */
async function adminPresses(button: string) {
  const seen = recordRequests();
  await signInAs();
  const { user } = renderApp('/retention');
  await user.click(await screen.findByRole('button', { name: button }));
  const updates = () =>
    seen.filter((r) => r.method === 'PUT' && r.path.startsWith('/zstack/v1/global-configurations/'));
  return { user, updates };
}

describe('Retention page', () => {
  it('shows each kind’s policy, period and interval with the defaults', async () => {
    await signInAs();
    renderApp('/retention');
    const table = await screen.findByRole('table', { name: 'Retention of each recycle bin' });
    const vms = await within(table).findByRole('row', { name: /^VMs/u });
    await waitFor(() =>
      expect(vms).toHaveTextContent(/Delay: kept in the recycle bin.*7 days.*default 7 days/u),
    );
    expect(within(table).getByRole('row', { name: /^Data volumes/u })).toHaveTextContent(/3 days/u);
  });

  it('pauses in one confirmed action, and the banner is on every page after it', async () => {
    const { user, updates } = await adminPresses('Pause automatic expunging');
    const confirm = screen.getByRole('group', { name: 'Pause automatic expunging?' });
    expect(confirm).toHaveTextContent(/manual|by hand/u);
    expect(updates()).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Pause' }));
    expect(await findPausedBanner()).toBeInTheDocument();
    expect(updates().map((r) => r.path)).toEqual([
      '/zstack/v1/global-configurations/vm/deletionPolicy/actions',
      '/zstack/v1/global-configurations/volume/deletionPolicy/actions',
      '/zstack/v1/global-configurations/image/deletionPolicy/actions',
    ]);
    await user.click(screen.getByRole('link', { name: 'Recycle bin' }));
    expect(await findPausedBanner()).toBeInTheDocument();
  });

  it('a shorter period shows what the next pass expunges and asks for that number typed', async () => {
    const { user, updates } = await adminPresses('Change VMs');
    const period = screen.getByRole('textbox', { name: 'Expunge period (seconds)' });
    await user.clear(period);
    await user.type(period, '86400');
    await user.click(screen.getByRole('button', { name: 'Review' }));
    const typed = await screen.findByRole('textbox', { name: /^Type \d+ to confirm$/u });
    const n =
      /Type (\d+)/u.exec(
        typed.getAttribute('aria-label') ?? screen.getByText(/^Type \d+/u).textContent ?? '',
      )?.[1] ?? '';
    expect(Number(n)).toBeGreaterThan(0);
    const apply = screen.getByRole('button', { name: 'Apply' });
    expect(apply).toBeDisabled();
    await user.type(typed, String(Number(n) + 1));
    expect(apply).toBeDisabled();
    await user.clear(typed);
    await user.type(typed, n);
    await user.click(apply);
    await waitFor(() => expect(updates()).toHaveLength(1));
    expect(updates()[0]?.path).toBe('/zstack/v1/global-configurations/vm/expungePeriod/actions');
  });

  it('is read-only for a normal account: no change controls', async () => {
    await signInAs('alice');
    renderApp('/retention');
    expect(
      await screen.findByText('Only an administrator can change retention. You can see it here.'),
    ).toBeInTheDocument();
    await screen.findByRole('table', { name: 'Retention of each recycle bin' });
    expect(screen.queryByRole('button', { name: /Pause|Resume|Change/u })).toBeNull();
  });
});
