// When "Automatic expunging is paused" is said: while a deletion policy is Never AND another policy was in force
// before. ZStack ships Delay as every policy's default, so a Never is a pause for everyone, a normal account in a
// fresh browser without the audit log too (only a node whose own default is Never needs this browser's memory or the
// audit log: test/unit/api/retention.test.ts). Countdowns say "Kept until resumed" while paused.
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
  it('is shown to a normal account in a fresh browser, without the audit log, and rows are kept until resumed', async () => {
    sim.setAudit(false);
    await setVmPolicyAsAdmin('Never');
    await signInAs('alice');
    const { unmount } = renderApp('/?q=web-01');
    expect(await findPausedBanner()).toHaveTextContent(/recycle bin of VMs is expunged/u);
    const row = await vmRow('web-01');
    await waitFor(() => expect(row).toHaveTextContent('Kept until resumed'));

    unmount();
    renderApp('/retention');
    const table = await screen.findByRole('table', { name: 'Retention of each recycle bin' });
    const vms = await within(table).findByRole('row', { name: /^VMs/u });
    await waitFor(() => expect(vms).toHaveTextContent(/Never/u));
    expect(await findPausedBanner()).toBeInTheDocument();
  });

  it('is not shown while every policy is in force', async () => {
    sim.setAudit(false);
    await signInAs('alice');
    renderApp('/?q=web-01');
    const row = await vmRow('web-01');
    await waitFor(() => expect(row).toHaveTextContent(/between/u));
    expect(queryPausedBanner()).toBeNull();
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
