import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { getOne, query } from '../../../../src/zstack/endpoints.ts';
import { eq } from '../../../../src/zstack/query.ts';
import {
  actionRequests,
  executions,
  holdJobResults,
  loseNextActionAnswers,
  recordRequests,
} from '../../../support/msw.ts';
import { renderApp, signInAs } from '../../../support/render.tsx';
import { newTestSession, testSession } from '../../../support/session.ts';
import { bodyRows, cell, field, recovered, vmGets } from './vm-test-utils.ts';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
/** A click that may land on a button already disabled by the first one: it must simply do nothing. */
const clicker = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

/** web-01, recovered (Stopped, no IPs), on its page, signed in as admin. */
async function openRecoveredWeb01() {
  await signInAs('admin');
  const vm = await recovered('web-01');
  const view = renderApp(`/vms/${vm.uuid}`);
  expect(await screen.findByRole('heading', { level: 1, name: 'web-01' })).toBeInTheDocument();
  return { ...view, vm };
}

async function dataVolumeUuid(name: string): Promise<string> {
  const [volume] = (await query(testSession().client, 'volumes', { conditions: [eq('name', name)] }))
    .inventories;
  if (!volume) throw new Error(`no volume ${name}`);
  return volume.uuid;
}

const volumeNames = () => bodyRows('Volumes').map((row) => cell('Volumes', row, 'Name').textContent);

describe('starting a recovered VM', () => {
  it('starts a Stopped VM once for a double click, and shows the IPs the start returned', async () => {
    const { vm } = await openRecoveredWeb01();
    expect(field('State')).toHaveTextContent('Stopped');
    const ipPanel = screen.getByRole('region', { name: 'IP addresses' });
    expect(ipPanel).toHaveTextContent('IP addresses are assigned when the VM starts');
    // One Start button on the page, not one per panel.
    expect(within(ipPanel).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Start VM/ })).toHaveLength(1);

    const requests = recordRequests();
    // The job's result is held back until the in-progress state has been checked.
    const release = holdJobResults();
    await clicker().dblClick(screen.getByRole('button', { name: 'Start VM' }));
    expect(await screen.findByRole('button', { name: 'Starting…' })).toBeDisabled();
    release();

    const table = await screen.findByRole('table', { name: 'IP addresses' });
    expect(field('State')).toHaveTextContent('Running');
    const ipRows = bodyRows('IP addresses');
    expect(ipRows).toHaveLength(2);
    const shown = ipRows.map((row) => cell('IP addresses', row, 'IP').textContent);
    for (const ip of shown) expect(ip).toMatch(IPV4);
    for (const row of ipRows) expect(cell('IP addresses', row, 'Version')).toHaveTextContent('IPv4');
    // IP ranges by name, not UUID, from one batched query (uuid?=).
    for (const row of ipRows)
      await waitFor(() =>
        expect(cell('IP addresses', row, 'IP range').textContent).not.toMatch(/^[0-9a-f]{32}$/u),
      );
    expect(requests.filter((r) => r.path.includes('/v1/l3-networks/ip-ranges'))).toHaveLength(1);
    // The NIC table shows the same addresses.
    expect(
      bodyRows('Network interfaces').map((row) => cell('Network interfaces', row, 'IP').textContent),
    ).toEqual(shown);
    expect(table).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Start VM/ })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent(/web-01 was started/));

    // One start job, and the IPs came from its result: no GET of the VM after pressing Start.
    expect(actionRequests(requests)).toHaveLength(1);
    expect(await executions('startVmInstance', vm.uuid)).toBe(1);
    expect(vmGets(requests)).toEqual([]);
    const after = await getOne(testSession().client, 'vms', vm.uuid);
    expect(after?.vmNics.map((n) => n.ip).sort()).toEqual([...shown].sort());
  });

  it('starts once for two clicks that land before React re-renders', async () => {
    const { vm } = await openRecoveredWeb01();
    const requests = recordRequests();
    const start = screen.getByRole('button', { name: 'Start VM' });
    fireEvent.click(start);
    fireEvent.click(start);
    await waitFor(() => expect(field('State')).toHaveTextContent('Running'));
    expect(actionRequests(requests)).toHaveLength(1);
    expect(await executions('startVmInstance', vm.uuid)).toBe(1);
  });

  it('after a lost answer, pressing Start again follows the first job: same X-Job-UUID, started once', async () => {
    // No automatic resend: the lost answer reaches the user, who presses Start again.
    newTestSession({ timing: { submitRetries: 0 } });
    const { vm, user } = await openRecoveredWeb01();
    const requests = recordRequests();
    await loseNextActionAnswers(1);
    await user.click(screen.getByRole('button', { name: 'Start VM' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/cannot reach the ZStack management node/u);
    expect(field('State')).toHaveTextContent('Stopped');
    await user.click(screen.getByRole('button', { name: 'Start VM' }));
    await waitFor(() => expect(field('State')).toHaveTextContent('Running'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const starts = actionRequests(requests);
    expect(starts).toHaveLength(2);
    expect(starts[1]?.jobUuid).toBe(starts[0]?.jobUuid);
    expect(await executions('startVmInstance', vm.uuid)).toBe(1);
  });

  it('shows every level of the cause chain next to Start when starting fails, announced once', async () => {
    await signInAs('admin');
    const vm = await recovered('gpu-train-02');
    renderApp(`/vms/${vm.uuid}`);
    const start = await screen.findByRole('button', { name: 'Start VM' });
    // Fake timers from here on, so the live region's delayed message (250 ms) can be waited out at once.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    await user.click(start);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Starting gpu-train-02 failed/);
    const levels = within(alert).getAllByRole('group', { name: /^(Error|Caused by) / });
    expect(levels.map((g) => g.getAttribute('aria-label'))).toEqual([
      'Error VM.1001',
      'Caused by HOST_ALLOCATION.1000',
    ]);
    expect(alert).toHaveTextContent(/No host has room to start this VM/);
    expect(alert).toHaveTextContent(/Unable to start a vm/);
    expect(alert).toHaveTextContent(/No available host found/);
    expect(alert).toHaveTextContent(/not enough GPU capacity/);
    // The VM stays Stopped and Start can be tried again.
    expect(field('State')).toHaveTextContent('Stopped');
    expect(screen.getByRole('button', { name: 'Start VM' })).toBeEnabled();
    // The alert is the announcement: neither the live region nor a toast says it a second time.
    act(() => {
      vi.advanceTimersByTime(2000);
    });
    expect(screen.getAllByText(/Starting gpu-train-02 failed/)).toHaveLength(1);
    expect(screen.getByTestId('announcer')).not.toHaveTextContent(/failed/);
  });
});

describe('re-attaching a data volume detached at deletion', () => {
  it('re-attaches it: it moves from the detached list to the volumes', async () => {
    const { user } = await openRecoveredWeb01();
    const button = await screen.findByRole('button', { name: 'Re-attach data-web-01' });
    expect(volumeNames()).toEqual(['ROOT-for-web-01']);
    const release = holdJobResults();
    await user.click(button);
    expect(await screen.findByRole('button', { name: 'Re-attaching data-web-01' })).toBeDisabled();
    release();

    await screen.findByText(/no data volume of this VM is waiting detached/);
    await waitFor(() => expect(volumeNames()).toEqual(['ROOT-for-web-01', 'data-web-01']));
    const [, dataRow] = bodyRows('Volumes');
    if (!dataRow) throw new Error('no data row');
    expect(cell('Volumes', dataRow, 'Type')).toHaveTextContent('Data');
    expect(cell('Volumes', dataRow, 'Device')).not.toHaveTextContent('—');
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent(/data-web-01 was re-attached to web-01/),
    );
  });

  it('sends one request for a double click on Re-attach', async () => {
    await openRecoveredWeb01();
    const requests = recordRequests();
    await clicker().dblClick(await screen.findByRole('button', { name: 'Re-attach data-web-01' }));
    await waitFor(() => expect(volumeNames()).toEqual(['ROOT-for-web-01', 'data-web-01']));
    expect(actionRequests(requests)).toHaveLength(1);
    expect(await executions('attachDataVolumeToVm', await dataVolumeUuid('data-web-01'))).toBe(1);
  });

  it('sends one request for two clicks that land before React re-renders', async () => {
    await openRecoveredWeb01();
    const requests = recordRequests();
    const button = await screen.findByRole('button', { name: 'Re-attach data-web-01' });
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() => expect(volumeNames()).toEqual(['ROOT-for-web-01', 'data-web-01']));
    expect(actionRequests(requests)).toHaveLength(1);
    expect(await executions('attachDataVolumeToVm', await dataVolumeUuid('data-web-01'))).toBe(1);
  });

  it('after a lost answer, pressing Re-attach again follows the first job: same X-Job-UUID, attached once', async () => {
    newTestSession({ timing: { submitRetries: 0 } });
    const { user } = await openRecoveredWeb01();
    const requests = recordRequests();
    await loseNextActionAnswers(1);
    await user.click(await screen.findByRole('button', { name: 'Re-attach data-web-01' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/cannot reach the ZStack management node/u);
    await user.click(screen.getByRole('button', { name: 'Re-attach data-web-01' }));
    await waitFor(() => expect(volumeNames()).toEqual(['ROOT-for-web-01', 'data-web-01']));
    const attaches = actionRequests(requests);
    expect(attaches).toHaveLength(2);
    expect(attaches[1]?.jobUuid).toBe(attaches[0]?.jobUuid);
    expect(await executions('attachDataVolumeToVm', await dataVolumeUuid('data-web-01'))).toBe(1);
  });
});
