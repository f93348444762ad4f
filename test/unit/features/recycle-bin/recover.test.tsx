import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordRequests, type SeenRequest, server, sim } from '../../../support/msw.ts';
import { currentUrl, renderApp, signInAs } from '../../../support/render.tsx';

let seen: SeenRequest[] = [];
beforeEach(() => {
  seen = recordRequests();
});

const actions = () => seen.filter((r) => r.method === 'PUT' && r.path.endsWith('/actions'));

async function openRecover(name: string, account = 'admin', password = 'password') {
  await signInAs(account, password);
  const view = renderApp(`/?q=${encodeURIComponent(name)}`);
  await view.user.click(await screen.findByRole('button', { name: `Recover ${name}` }));
  const dialog = await screen.findByRole('dialog', { name: `Recover ${name}?` });
  return { ...view, dialog };
}

describe('recover', () => {
  it('explains what recovery does, recovers, and shows the returned inventory without another fetch', async () => {
    const { user, router, dialog } = await openRecover('web-01');
    expect(within(dialog).getByText(/comes back/u)).toHaveTextContent('It comes back Stopped');
    expect(await within(dialog).findByText(/data-web-01/u)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }));
    expect(within(dialog).getByRole('button', { name: 'Recovering…' })).toBeDisabled();
    expect(
      await screen.findByRole('heading', { name: 'web-01', level: 1 }, { timeout: 4000 }),
    ).toBeInTheDocument();
    expect(currentUrl(router)).toMatch(/^\/vms\/[0-9a-f]{32}$/u);
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent('web-01 was recovered. It is Stopped.'),
    );
    const uuid = currentUrl(router).split('/vms/')[1] ?? '';
    const putIndex = seen.findIndex((r) => r.method === 'PUT');
    expect(
      seen.slice(putIndex).filter((r) => r.method === 'GET' && r.path === `/zstack/v1/vm-instances/${uuid}`),
    ).toEqual([]);
    expect(seen.slice(putIndex).some((r) => r.path.startsWith('/zstack/v1/api-jobs/'))).toBe(true);
    expect(
      within(screen.getByRole('table', { name: 'Network interfaces' })).getAllByRole('row'),
    ).toHaveLength(3);
    expect(screen.getByText(/assigned when the VM starts/u)).toBeInTheDocument();
  });

  it('recovers and starts: the IPs the VM got are shown', async () => {
    const { user, dialog } = await openRecover('web-01');
    await user.click(within(dialog).getByRole('checkbox', { name: /Start the VM after recovery/u }));
    await user.click(within(dialog).getByRole('button', { name: 'Recover and start' }));
    expect(
      await screen.findByRole('heading', { name: 'web-01', level: 1 }, { timeout: 4000 }),
    ).toBeInTheDocument();
    const ips = screen.getByRole('table', { name: 'IP addresses' });
    expect(within(ips).getAllByText(/^\d+\.\d+\.\d+\.\d+$/u).length).toBeGreaterThanOrEqual(2);
    expect(actions().map((r) => r.path)).toHaveLength(2);
  });

  it('sends one request however often the button is pressed', async () => {
    const { dialog } = await openRecover('web-01');
    const button = within(dialog).getByRole('button', { name: 'Recover' });
    // Three fast clicks: the first starts the job and disables the button before the next one lands.
    fireEvent.click(button);
    fireEvent.click(button);
    fireEvent.click(button);
    expect(
      await screen.findByRole('heading', { name: 'web-01', level: 1 }, { timeout: 4000 }),
    ).toBeInTheDocument();
    expect(actions()).toHaveLength(1);
  });

  it('survives a lost answer: the same X-Job-UUID is sent again and the VM is recovered once', async () => {
    const { user, dialog } = await openRecover('web-01');
    await fetch(`${location.origin}/zstack/__sim/faults`, {
      method: 'POST',
      body: JSON.stringify({ dropActionResponses: 1 }),
    });
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }));
    expect(
      await screen.findByRole('heading', { name: 'web-01', level: 1 }, { timeout: 6000 }),
    ).toBeInTheDocument();
    const puts = actions();
    expect(puts.length).toBe(2);
    expect(puts[0]?.jobUuid).toMatch(/^[0-9a-f]{32}$/u);
    expect(puts[1]?.jobUuid).toBe(puts[0]?.jobUuid);
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent(
        /connection dropped on the way; the console retried safely/u,
      ),
    );
  });

  const failures: [string, string, RegExp, string[]][] = [
    ['legacy-db-01', 'admin', /host that held this VM’s disk has been removed/u, ['Error SYS.1006']],
    [
      'ci-runner-07',
      'admin',
      /no longer in the recycle bin: it is now Stopped/u,
      ['Error SYS.1006', 'Caused by VM.1010'],
    ],
  ];
  for (const [name, account, headline, groups] of failures) {
    it(`explains why ${name} cannot be recovered, with every cause, inline in the dialog`, async () => {
      const { user, dialog } = await openRecover(name, account);
      await user.click(within(dialog).getByRole('button', { name: 'Recover' }));
      const alert = await within(dialog).findByRole('alert', {}, { timeout: 4000 });
      expect(alert).toHaveTextContent(headline);
      for (const g of groups) expect(within(alert).getByRole('group', { name: g })).toBeInTheDocument();
      expect(within(dialog).getByRole('button', { name: 'Try again' })).toBeEnabled();
    });
  }

  it('keeps the job id when the user tries again after the network failed, so ZStack runs it at most once', async () => {
    const { user, dialog } = await openRecover('web-01');
    server.use(http.put(/\/actions$/u, () => HttpResponse.error()));
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }));
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent(/cannot reach the ZStack management node/u);
    server.resetHandlers();
    await user.click(within(dialog).getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', { name: 'web-01', level: 1 }, { timeout: 4000 }),
    ).toBeInTheDocument();
    const ids = new Set(actions().map((r) => r.jobUuid));
    expect(actions().length).toBeGreaterThan(2);
    expect(ids.size).toBe(1);
  }, 15_000);

  it('says plainly when the VM was expunged meanwhile, and refreshes the list', async () => {
    const { user, dialog } = await openRecover('web-01');
    // Another operator expunges it while this dialog is open.
    const { zstack } = await import('../../../../src/api/session.ts');
    const { expungeVm } = await import('../../../../src/zstack/endpoints.ts');
    await expungeVm(zstack, sim.scenarioVm('web-01') ?? '');
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }));
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 4000 });
    expect(alert).toHaveTextContent(/no longer exists: it has been expunged/u);
    expect(within(alert).getByRole('group', { name: 'Error SYS.1003' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(await screen.findByText(/No destroyed VM matches/u)).toBeInTheDocument();
  });

  it('explains a quota refusal (ID.1003) to a normal account', async () => {
    const { user, dialog } = await openRecover('carol-build-03', 'carol', 'carol-password');
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }));
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 4000 });
    expect(alert).toHaveTextContent(/reached its VM quota/u);
    expect(within(alert).getByRole('group', { name: 'Error ID.1003' })).toHaveTextContent(/vm\.totalNum/u);
  });

  it('recovers but reports a start that finds no host, with its three-level cause chain', async () => {
    const { user, dialog } = await openRecover('gpu-train-02');
    await user.click(within(dialog).getByRole('checkbox', { name: /Start the VM after recovery/u }));
    await user.click(within(dialog).getByRole('button', { name: 'Recover and start' }));
    expect(
      await within(dialog).findByText('gpu-train-02 was recovered and is Stopped.', {}, { timeout: 4000 }),
    ).toBeInTheDocument();
    const alert = within(dialog).getByRole('alert');
    expect(alert).toHaveTextContent(/No host has room to start this VM/u);
    expect(within(alert).getByRole('group', { name: 'Error SYS.1006' })).toBeInTheDocument();
    expect(within(alert).getByRole('group', { name: 'Caused by HOST_ALLOCATION.1001' })).toBeInTheDocument();
    expect(within(alert).getByRole('group', { name: 'Caused by SYS.1006' })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: /Hide cause of SYS.1006/u }));
    await waitFor(() =>
      expect(within(alert).queryByRole('group', { name: 'Caused by HOST_ALLOCATION.1001' })).toBeNull(),
    );
  });
});

describe('expunge', () => {
  it('asks for the exact name, then the VM leaves the list', async () => {
    await signInAs();
    const { user } = renderApp('/?q=expiring-soon-01');
    await user.click(await screen.findByRole('button', { name: 'Expunge expiring-soon-01' }));
    const dialog = await screen.findByRole('dialog', { name: 'Expunge expiring-soon-01 for good?' });
    const confirm = within(dialog).getByRole('button', { name: 'Expunge for good' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: 'VM name' }), 'expiring-soon-0');
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: 'VM name' }), '1');
    await user.click(confirm);
    expect(await screen.findByText(/No destroyed VM matches/u, {}, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(seen.filter((r) => r.method === 'PUT' && r.path.endsWith('/actions'))).toHaveLength(1);
  });
});
