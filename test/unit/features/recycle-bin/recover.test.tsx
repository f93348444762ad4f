import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { expungeVm } from '../../../../src/zstack/actions.ts';
import {
  actionRequests,
  executions,
  loseNextActionAnswers,
  recordRequests,
  type SeenRequest,
  server,
  sim,
} from '../../../support/msw.ts';
import { currentUrl, renderApp, signInAs } from '../../../support/render.tsx';
import { makeSession, newTestSession } from '../../../support/session.ts';

let seen: SeenRequest[] = [];
beforeEach(() => {
  seen = recordRequests();
});

const actions = () => actionRequests(seen);
const vmUuid = (name: string) => sim.scenarioVm(name) ?? '';
/** A click that may land on a button already disabled by the first one: it must simply do nothing. */
const clicker = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

async function openRecover(name: string, account = 'admin', password = 'password') {
  await signInAs(account, password);
  const view = renderApp(`/?q=${encodeURIComponent(name)}`);
  await view.user.click(await screen.findByRole('button', { name: `Recover ${name}` }));
  const dialog = await screen.findByRole('dialog', { name: `Recover ${name}?` });
  return { ...view, dialog };
}

/** The VM alone: the data volume deleted with it (web-01's data-web-02) is offered back by default; say no. */
async function openRecoverAlone(name: string, account = 'admin', password = 'password') {
  const view = await openRecover(name, account, password);
  const offer = await within(view.dialog).findByRole('checkbox', { name: /Also recover this data volume/u });
  expect(offer).toBeChecked();
  await view.user.click(offer);
  return view;
}

describe('recover', () => {
  it('explains what recovery does, recovers, and shows the returned inventory without another fetch', async () => {
    const { user, router, dialog } = await openRecoverAlone('web-01');
    expect(within(dialog).getByText(/comes back/u)).toHaveTextContent('It comes back Stopped');
    expect(await within(dialog).findByText(/data-web-01/u)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }));
    expect(within(dialog).getByRole('button', { name: 'Recovering…' })).toBeDisabled();
    expect(await screen.findByRole('heading', { name: 'web-01', level: 1 })).toBeInTheDocument();
    expect(currentUrl(router)).toMatch(/^\/vms\/[0-9a-f]{32}$/u);
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent('web-01 was recovered. It is Stopped.'),
    );
    const uuid = currentUrl(router).split('/vms/')[1] ?? '';
    // The recovery's PUT (not the node-clock reading, GetCurrentTime, which is a PUT too).
    const putIndex = seen.findIndex(
      (r) => r.method === 'PUT' && r.path.startsWith('/zstack/v1/vm-instances/'),
    );
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
    const { user, dialog } = await openRecoverAlone('web-01');
    await user.click(within(dialog).getByRole('checkbox', { name: /Start the VM after recovery/u }));
    await user.click(within(dialog).getByRole('button', { name: 'Recover and start' }));
    expect(await screen.findByRole('heading', { name: 'web-01', level: 1 })).toBeInTheDocument();
    const ips = screen.getByRole('table', { name: 'IP addresses' });
    expect(within(ips).getAllByText(/^\d+\.\d+\.\d+\.\d+$/u).length).toBeGreaterThanOrEqual(2);
    expect(actions().map((r) => r.path)).toHaveLength(2);
  });

  it('sends one request however often the button is pressed', async () => {
    const { dialog } = await openRecoverAlone('web-01');
    const button = within(dialog).getByRole('button', { name: 'Recover' });
    // Three fast clicks: the first starts the job and disables the button before the next one lands.
    fireEvent.click(button);
    fireEvent.click(button);
    fireEvent.click(button);
    expect(await screen.findByRole('heading', { name: 'web-01', level: 1 })).toBeInTheDocument();
    expect(actions()).toHaveLength(1);
    expect(await executions('recoverVmInstance', vmUuid('web-01'))).toBe(1);
  });

  it('sends one request for a double click on Recover', async () => {
    const { dialog } = await openRecoverAlone('web-01');
    await clicker().dblClick(within(dialog).getByRole('button', { name: 'Recover' }));
    expect(await screen.findByRole('heading', { name: 'web-01', level: 1 })).toBeInTheDocument();
    expect(actions()).toHaveLength(1);
    expect(await executions('recoverVmInstance', vmUuid('web-01'))).toBe(1);
  });

  it('survives a lost answer: the same X-Job-UUID is sent again and the VM is recovered once', async () => {
    const { user, dialog } = await openRecoverAlone('web-01');
    await loseNextActionAnswers(1);
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }));
    expect(await screen.findByRole('heading', { name: 'web-01', level: 1 })).toBeInTheDocument();
    const puts = actions();
    expect(puts.length).toBe(2);
    expect(puts[0]?.jobUuid).toMatch(/^[0-9a-f]{32}$/u);
    expect(puts[1]?.jobUuid).toBe(puts[0]?.jobUuid);
    expect(await executions('recoverVmInstance', vmUuid('web-01'))).toBe(1);
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
      const alert = await within(dialog).findByRole('alert');
      expect(alert).toHaveTextContent(headline);
      for (const g of groups) expect(within(alert).getByRole('group', { name: g })).toBeInTheDocument();
      // ZStack refused: the same request would fail the same way, so the dialog says what to do instead.
      expect(within(dialog).queryByRole('button', { name: 'Try again' })).toBeNull();
      expect(within(dialog).getByText(/Trying again would fail the same way/u)).toBeInTheDocument();
    });
  }

  it('announces a failure once: in the inline alert, not also in the live region or a toast', async () => {
    const { dialog } = await openRecover('legacy-db-01');
    // Fake timers from here on, so the announcer's delayed message (250 ms) can be waited out at once.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }));
    const alert = await within(dialog).findByRole('alert');
    const headline = /host that held this VM’s disk has been removed/u;
    expect(alert).toHaveTextContent(headline);
    // Anything that was going to be announced or toasted about it has been by now.
    act(() => {
      vi.advanceTimersByTime(2000);
    });
    // Every live region on the page, including those the open dialog hides from the accessibility tree.
    const regions = [
      ...screen.getAllByRole('alert', { hidden: true }),
      ...screen.getAllByRole('status', { hidden: true }),
    ].filter((r) => headline.test(r.textContent));
    expect(regions).toEqual([alert]);
    expect(screen.getByTestId('announcer')).not.toHaveTextContent(headline);
    // Visible text included (a toast is aria-hidden): the headline is on the page exactly once.
    expect(screen.getAllByText(headline)).toHaveLength(1);
  });

  it('keeps the job id when the user tries again after the network failed, so ZStack runs it at most once', async () => {
    const { user, dialog } = await openRecoverAlone('web-01');
    server.use(http.put(/\/actions$/u, () => HttpResponse.error()));
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(/cannot reach the ZStack management node/u);
    server.resetHandlers();
    await user.click(within(dialog).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'web-01', level: 1 })).toBeInTheDocument();
    const ids = new Set(actions().map((r) => r.jobUuid));
    expect(actions().length).toBeGreaterThan(2);
    expect(ids.size).toBe(1);
    expect(await executions('recoverVmInstance', vmUuid('web-01'))).toBe(1);
  });

  it('after a lost answer, "Try again" follows the first job: same X-Job-UUID, recovered once', async () => {
    // No automatic resend: the lost answer reaches the user, who presses Try again.
    newTestSession({ timing: { submitRetries: 0 } });
    const { user, dialog } = await openRecoverAlone('web-01');
    await loseNextActionAnswers(1);
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /cannot reach the ZStack management node/u,
    );
    // The node did run it, although its answer was lost.
    expect(await executions('recoverVmInstance', vmUuid('web-01'))).toBe(1);
    await user.click(within(dialog).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'web-01', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('definition', { name: 'State' })).toHaveTextContent('Stopped');
    const puts = actions();
    expect(puts).toHaveLength(2);
    expect(puts[1]?.jobUuid).toBe(puts[0]?.jobUuid);
    expect(await executions('recoverVmInstance', vmUuid('web-01'))).toBe(1);
  });

  it('says plainly when the VM was expunged meanwhile, and refreshes the list', async () => {
    const { user, dialog } = await openRecoverAlone('web-01');
    // Another operator, in another browser, expunges it while this dialog is open.
    const other = makeSession({ storage: null });
    await other.signIn('admin', 'password');
    await expungeVm(other.client, vmUuid('web-01'));
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(/no longer exists: it has been expunged/u);
    expect(within(alert).getByRole('group', { name: 'Error SYS.1003' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(await screen.findByText(/No destroyed VM matches/u)).toBeInTheDocument();
  });

  it('explains a quota refusal (ID.1003) to a normal account', async () => {
    const { user, dialog } = await openRecoverAlone('carol-build-03', 'carol', 'carol-password');
    await user.click(within(dialog).getByRole('button', { name: 'Recover' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(/reached its VM quota/u);
    expect(within(alert).getByRole('group', { name: 'Error ID.1003' })).toHaveTextContent(/vm\.totalNum/u);
  });

  it('recovers but reports a start that finds no host, with its cause chain', async () => {
    const { user, dialog } = await openRecover('gpu-train-02');
    await user.click(within(dialog).getByRole('checkbox', { name: /Start the VM after recovery/u }));
    await user.click(within(dialog).getByRole('button', { name: 'Recover and start' }));
    expect(await within(dialog).findByText('gpu-train-02 was recovered and is Stopped.')).toBeInTheDocument();
    const alert = within(dialog).getByRole('alert');
    expect(alert).toHaveTextContent(/No host has room to start this VM/u);
    expect(within(alert).getByRole('group', { name: 'Error VM.1001' })).toBeInTheDocument();
    expect(within(alert).getByRole('group', { name: 'Caused by HOST_ALLOCATION.1000' })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: /Hide cause of VM.1001/u }));
    await waitFor(() =>
      expect(within(alert).queryByRole('group', { name: 'Caused by HOST_ALLOCATION.1000' })).toBeNull(),
    );
  });
});

describe('expunge', () => {
  async function openExpunge(name: string) {
    await signInAs();
    const view = renderApp(`/?q=${encodeURIComponent(name)}`);
    await view.user.click(await screen.findByRole('button', { name: `Expunge ${name}` }));
    const dialog = await screen.findByRole('dialog', { name: `Expunge ${name} for good?` });
    return { ...view, dialog };
  }

  it('asks for the exact name, then the VM leaves the list', async () => {
    const { user, dialog } = await openExpunge('expiring-soon-01');
    const confirm = within(dialog).getByRole('button', { name: 'Expunge for good' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: 'VM name' }), 'expiring-soon-0');
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: 'VM name' }), '1');
    await user.click(confirm);
    expect(await screen.findByText(/No destroyed VM matches/u)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(actions()).toHaveLength(1);
  });

  it('sends one request for a double click on "Expunge for good"', async () => {
    const { user, dialog } = await openExpunge('expiring-soon-01');
    await user.type(within(dialog).getByRole('textbox', { name: 'VM name' }), 'expiring-soon-01');
    await clicker().dblClick(within(dialog).getByRole('button', { name: 'Expunge for good' }));
    expect(await screen.findByText(/No destroyed VM matches/u)).toBeInTheDocument();
    expect(actions()).toHaveLength(1);
    expect(await executions('expungeVmInstance', vmUuid('expiring-soon-01'))).toBe(1);
  });

  it('sends one request for two clicks that land before React re-renders', async () => {
    const { user, dialog } = await openExpunge('expiring-soon-01');
    await user.type(within(dialog).getByRole('textbox', { name: 'VM name' }), 'expiring-soon-01');
    const confirm = within(dialog).getByRole('button', { name: 'Expunge for good' });
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    expect(await screen.findByText(/No destroyed VM matches/u)).toBeInTheDocument();
    expect(actions()).toHaveLength(1);
    expect(await executions('expungeVmInstance', vmUuid('expiring-soon-01'))).toBe(1);
  });

  it('after a lost answer, pressing it again follows the first job: same X-Job-UUID, expunged once', async () => {
    newTestSession({ timing: { submitRetries: 0 } });
    const { user, dialog } = await openExpunge('expiring-soon-01');
    await user.type(within(dialog).getByRole('textbox', { name: 'VM name' }), 'expiring-soon-01');
    await loseNextActionAnswers(1);
    await user.click(within(dialog).getByRole('button', { name: 'Expunge for good' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /cannot reach the ZStack management node/u,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Expunge for good' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText(/No destroyed VM matches/u)).toBeInTheDocument();
    const puts = actions();
    expect(puts).toHaveLength(2);
    expect(puts[1]?.jobUuid).toBe(puts[0]?.jobUuid);
    expect(await executions('expungeVmInstance', vmUuid('expiring-soon-01'))).toBe(1);
  });
});
