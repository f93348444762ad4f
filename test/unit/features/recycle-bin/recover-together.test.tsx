// Recovering a VM with the data volumes deleted with it: offered in the dialog, run as one operation of steps
// (each its own job, exactly once on the simulator, in order), and what the console knows before the click.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { recoverVm } from '../../../../src/zstack/actions.ts';
import { actionRequests, recordRequests, sim } from '../../../support/msw.ts';
import { renderApp, signInAs } from '../../../support/render.tsx';
import { makeSession } from '../../../support/session.ts';

const vmUuid = (name: string) => sim.scenarioVm(name) ?? '';
const volumeUuid = (name: string) => sim.scenarioVolume(name) ?? '';
const runs = (action: string, uuid: string) =>
  sim
    .executions()
    .executions.filter((e) => e.action === action && e.resourceUuid === uuid)
    .reduce((n, e) => n + e.count, 0);

async function openRecover(name: string) {
  await signInAs();
  const view = renderApp(`/?q=${encodeURIComponent(name)}`);
  await view.user.click(await screen.findByRole('button', { name: `Recover ${name}` }));
  const dialog = await screen.findByRole('dialog', { name: `Recover ${name}?` });
  return { ...view, dialog };
}

/** Presses `button` on web-01's row after another operator, in another browser, recovered it: the list is stale. */
async function pressOnStaleRow(button: string) {
  await signInAs();
  const view = renderApp(`/?q=web-01`);
  const pressed = await screen.findByRole('button', { name: button });
  const other = makeSession({ storage: null });
  await other.signIn('admin', 'password');
  await recoverVm(other.client, vmUuid('web-01'));
  await view.user.click(pressed);
  return view;
}

describe('recover with the data volumes deleted with the VM', { timeout: 60_000 }, () => {
  it('offers data-web-02 back, recovers both, re-attaches it and then starts web-01: each step once, in order', async () => {
    const seen = recordRequests();
    const { user, dialog } = await openRecover('web-01');
    const list = await within(dialog).findByRole('list', { name: 'Data volumes deleted with this VM' });
    expect(within(list).getByText('data-web-02')).toBeInTheDocument();
    expect(
      within(dialog).getByRole('checkbox', {
        name: 'Also recover this data volume and re-attach it to web-01',
      }),
    ).toBeChecked();
    await user.click(within(dialog).getByRole('checkbox', { name: /Start the VM after recovery/u }));
    await user.click(within(dialog).getByRole('button', { name: 'Recover and start' }));

    // All steps done: the VM page, with the volume on it.
    expect(
      await screen.findByRole('heading', { name: 'web-01', level: 1 }, { timeout: 30_000 }),
    ).toBeInTheDocument();
    const vm = vmUuid('web-01');
    const volume = volumeUuid('data-web-02');
    expect(runs('recoverVmInstance', vm)).toBe(1);
    expect(runs('recoverDataVolume', volume)).toBe(1);
    expect(runs('attachDataVolumeToVm', volume)).toBe(1);
    expect(runs('startVmInstance', vm)).toBe(1);

    // The order on the wire: the attach after both recoveries, the start after the attach.
    const sent = actionRequests(seen).map((r) => r.path);
    const at = (pattern: RegExp) => sent.findIndex((p) => pattern.test(p));
    const attach = at(new RegExp(`/volumes/${volume}/vm-instances/${vm}$`, 'u'));
    expect(attach).toBeGreaterThan(at(new RegExp(`/vm-instances/${vm}/actions$`, 'u')));
    expect(attach).toBeGreaterThan(at(new RegExp(`/volumes/${volume}/actions$`, 'u')));
    expect(sent.findLastIndex((p) => p.endsWith(`/vm-instances/${vm}/actions`))).toBeGreaterThan(attach);
    // Each step its own X-Job-UUID.
    const ids = actionRequests(seen).map((r) => r.jobUuid);
    expect(new Set(ids).size).toBe(4);
    await waitFor(() =>
      expect(screen.getByRole('definition', { name: 'State' })).toHaveTextContent('Running'),
    );
  });

  it('a VM with no data volume deleted with it keeps the simple dialog', async () => {
    const { dialog } = await openRecover('legacy-db-01');
    await waitFor(() => expect(within(dialog).queryByText(/Checking for data volumes deleted/u)).toBeNull());
    expect(within(dialog).queryByRole('list', { name: 'Data volumes deleted with this VM' })).toBeNull();
    expect(within(dialog).queryByRole('checkbox', { name: /Also recover/u })).toBeNull();
  });

  it('a stale row says where the VM went and offers no Recover', async () => {
    await pressOnStaleRow('Recover web-01');
    const dialog = await screen.findByRole('dialog', { name: 'Recover web-01?' });
    const note = await within(dialog).findByRole('note');
    expect(note).toHaveTextContent('It is no longer in the recycle bin: it is now Stopped.');
    expect(within(note).getByRole('link', { name: 'Open it' })).toHaveAttribute(
      'href',
      `/vms/${vmUuid('web-01')}`,
    );
    expect(within(dialog).queryByRole('button', { name: /^Recover/u })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeEnabled();
  });

  it('a stale row in Expunge says where the VM went and cannot be expunged', async () => {
    const view = await pressOnStaleRow('Expunge web-01');
    const dialog = await screen.findByRole('dialog', { name: /web-01/u });
    expect(
      await within(dialog).findByText(/It is no longer in the recycle bin: it is now Stopped/u),
    ).toBeInTheDocument();
    await view.user.type(within(dialog).getByRole('textbox'), 'web-01');
    expect(within(dialog).getByRole('button', { name: 'Expunge for good' })).toBeDisabled();
  });
});
