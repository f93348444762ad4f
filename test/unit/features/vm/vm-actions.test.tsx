import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { zstack } from '../../../../src/api/session.ts';
import { getOne } from '../../../../src/zstack/endpoints.ts';
import { recordRequests } from '../../../support/msw.ts';
import { renderApp, signInAs } from '../../../support/render.tsx';
import { bodyRows, cell, field, recovered, vmGets } from './vm-test-utils.ts';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

describe('follow-up actions on a recovered VM', () => {
  it('starts a Stopped VM once, however often Start is pressed, and shows the IPs the start returned', async () => {
    await signInAs('admin');
    const vm = await recovered('web-01');
    renderApp(`/vms/${vm.uuid}`);
    // The second click may land on the already disabled button: let it, the point is that it starts nothing.
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

    expect(await screen.findByRole('heading', { level: 1, name: 'web-01' })).toBeInTheDocument();
    expect(field('State')).toHaveTextContent('Stopped');
    const ipPanel = screen.getByRole('region', { name: 'IP addresses' });
    expect(ipPanel).toHaveTextContent('IP addresses are assigned when the VM starts');
    expect(within(ipPanel).getByRole('button', { name: 'Start VM now' })).toBeEnabled();

    const requests = recordRequests();
    await user.dblClick(screen.getByRole('button', { name: 'Start VM' }));
    expect(await screen.findByRole('button', { name: 'Starting…' })).toBeDisabled();
    expect(within(ipPanel).getByRole('button', { name: 'Start VM now' })).toBeDisabled();

    const table = await screen.findByRole('table', { name: 'IP addresses' }, { timeout: 3000 });
    expect(field('State')).toHaveTextContent('Running');
    const ipRows = bodyRows('IP addresses');
    expect(ipRows).toHaveLength(2);
    const shown = ipRows.map((row) => cell('IP addresses', row, 'IP').textContent);
    for (const ip of shown) expect(ip).toMatch(IPV4);
    for (const row of ipRows) expect(cell('IP addresses', row, 'Version')).toHaveTextContent('IPv4');
    // The NIC table shows the same addresses.
    expect(
      bodyRows('Network interfaces').map((row) => cell('Network interfaces', row, 'IP').textContent),
    ).toEqual(shown);
    expect(table).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Start VM/ })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent(/web-01 was started/));

    // One start job, and the IPs came from its result: no GET of the VM after pressing Start.
    const starts = requests.filter(
      (r) => r.method === 'PUT' && r.path.endsWith(`/vm-instances/${vm.uuid}/actions`),
    );
    expect(starts).toHaveLength(1);
    expect(vmGets(requests)).toEqual([]);
    const after = await getOne(zstack, 'vms', vm.uuid);
    expect(after?.vmNics.map((n) => n.ip).sort()).toEqual([...shown].sort());
  });

  it('shows every level of the cause chain next to Start when starting fails', async () => {
    await signInAs('admin');
    const vm = await recovered('gpu-train-02');
    const { user } = renderApp(`/vms/${vm.uuid}`);

    await user.click(await screen.findByRole('button', { name: 'Start VM' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveTextContent(/Starting gpu-train-02 failed/);
    const levels = within(alert).getAllByRole('group', { name: /^(Error|Caused by) / });
    expect(levels.map((g) => g.getAttribute('aria-label'))).toEqual([
      'Error SYS.1006',
      'Caused by HOST_ALLOCATION.1001',
      'Caused by SYS.1006',
    ]);
    expect(alert).toHaveTextContent(/unable to allocate a host/);
    expect(alert).toHaveTextContent(/no available host found/);
    expect(alert).toHaveTextContent(/not enough GPU capacity/);
    // The VM stays Stopped and Start can be tried again.
    expect(field('State')).toHaveTextContent('Stopped');
    expect(screen.getByRole('button', { name: 'Start VM' })).toBeEnabled();
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent('Starting gpu-train-02 failed.'),
    );
  });

  it('re-attaches a data volume detached at deletion', async () => {
    await signInAs('admin');
    const vm = await recovered('web-01');
    const { user } = renderApp(`/vms/${vm.uuid}`);

    const button = await screen.findByRole('button', { name: 'Re-attach data-web-01' });
    expect(bodyRows('Volumes').map((row) => cell('Volumes', row, 'Name').textContent)).toEqual([
      'ROOT-for-web-01',
    ]);
    await user.click(button);
    expect(await screen.findByRole('button', { name: 'Re-attaching data-web-01' })).toBeDisabled();

    await screen.findByText(/no data volume of this VM is waiting detached/, {}, { timeout: 3000 });
    await waitFor(() =>
      expect(bodyRows('Volumes').map((row) => cell('Volumes', row, 'Name').textContent)).toEqual([
        'ROOT-for-web-01',
        'data-web-01',
      ]),
    );
    const [, dataRow] = bodyRows('Volumes');
    if (!dataRow) throw new Error('no data row');
    expect(cell('Volumes', dataRow, 'Type')).toHaveTextContent('Data');
    expect(cell('Volumes', dataRow, 'Device')).not.toHaveTextContent('—');
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent(/data-web-01 was re-attached to web-01/),
    );
  });
});
