// When "Automatic expunging is paused" is said: only while a deletion policy is Never AND another policy was in force
// before, as this browser saw it or the audit log says. A node configured Never before the console knew it is not
// paused: its rows are kept until expunged by hand, and the Retention page says Never. Countdowns say "Kept until
// resumed" while paused.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { updateGlobalConfig } from '../../../../src/zstack/actions.ts';
import { sim } from '../../../support/msw.ts';
import { renderApp, signInAs } from '../../../support/render.tsx';
import { testSession } from '../../../support/session.ts';
import { findPausedBanner, queryPausedBanner } from '../../../support/paused-banner.ts';

/** The admin sets the VM deletion policy to Never through the API, outside this page (as ZStack's own UI would). */
async function setVmPolicyAsAdmin(value: string) {
  await signInAs('admin');
  await updateGlobalConfig(testSession().client, 'vm', 'deletionPolicy', value);
}

async function vmRow(name: string) {
  const link = await screen.findByRole('link', { name });
  return link.closest('tr') as HTMLElement;
}

describe('the paused banner', () => {
  it('is not shown for a node configured Never before this browser or the audit log knew it', async () => {
    sim.setAudit(false);
    await setVmPolicyAsAdmin('Never');
    const { unmount } = renderApp('/?q=web-01');
    const row = await vmRow('web-01');
    await waitFor(() => expect(row).toHaveTextContent('Kept until expunged by hand'));
    expect(queryPausedBanner()).toBeNull();

    unmount();
    renderApp('/retention');
    const table = await screen.findByRole('table', { name: 'Retention of each recycle bin' });
    const vms = await within(table).findByRole('row', { name: /^VMs/u });
    await waitFor(() => expect(vms).toHaveTextContent(/Never: kept until expunged by hand/u));
    expect(queryPausedBanner()).toBeNull();
  });

  it('is shown to a normal account whose browser saw another policy before, and rows are kept until resumed', async () => {
    sim.setAudit(false);
    await signInAs('alice');
    const { unmount } = renderApp('/?q=web-01');
    const before = await vmRow('web-01');
    await waitFor(() => expect(before).toHaveTextContent(/between/u));
    unmount();

    await setVmPolicyAsAdmin('Never');
    await signInAs('alice');
    renderApp('/?q=web-01');
    expect(await findPausedBanner()).toHaveTextContent(/recycle bin of VMs is expunged/u);
    const row = await vmRow('web-01');
    await waitFor(() => expect(row).toHaveTextContent('Kept until resumed'));
  });

  it('is shown, with who and when, where the audit log records the update', async () => {
    await setVmPolicyAsAdmin('Never');
    renderApp('/');
    const note = await findPausedBanner();
    await waitFor(() => expect(note).toHaveTextContent(/paused by admin on /u));
  });
});

describe('countdowns', () => {
  it('run on the node’s clock, not the browser’s', async () => {
    await signInAs();
    const minutes = async () => {
      const row = await vmRow('expiring-soon-01');
      let left = NaN;
      await waitFor(() => {
        left = Number(/in (\d+) min/u.exec(row.textContent ?? '')?.[1]);
        expect(left, row.textContent ?? '').toBeGreaterThan(0);
      });
      return left;
    };
    const { unmount } = renderApp('/?q=expiring-soon-01');
    const before = await minutes();
    unmount();
    // The node's clock moves 20 minutes; the browser's does not.
    sim.advanceClock(20 * 60);
    await signInAs();
    renderApp('/?q=expiring-soon-01');
    expect(before - (await minutes())).toBeGreaterThanOrEqual(19);
  });
});
