// Selection and bulk runs in the recycle bin, as a user drives them: checkboxes named after their VM, the selection
// bar, the confirmation, and the per-VM results. The network is the simulator (through MSW).
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveRuns } from '../../../../src/api/operations/storage.ts';
import { recordRequests, sim } from '../../../support/msw.ts';
import { renderApp, signInAs } from '../../../support/render.tsx';

/** The rows' name links (each row's "deleted by" links to its deletion event too). */
const nameLinks = (list: HTMLElement) =>
  within(list)
    .getAllByRole('link')
    .filter((a) => !a.getAttribute('href')?.startsWith('/events'));

const CONCURRENCY_KEY = 'zstack-console.bulk-concurrency';
const RUNS_KEY = 'zstack-console.operations';

const table = () => screen.findByRole('table', { name: 'Destroyed VMs' });
const selectionStatus = () => within(screen.getByRole('region', { name: 'Selection' })).getByRole('status');
const rowCheckboxes = (list: HTMLElement) =>
  within(list)
    .getAllByRole('checkbox')
    .filter((c) => c.getAttribute('aria-label') !== 'Select every VM on this page');

/** The one results row of `name` in the results table. */
function resultRow(results: HTMLElement, name: string): HTMLElement {
  const row = within(results)
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('cell', { name }) !== null);
  if (!row) throw new Error(`no results row for ${name}`);
  return row;
}

/** Job counts per VM uuid for `action`, and its peak concurrency on the simulator. */
function simRuns(action: string) {
  const report = sim.executions();
  const counts = new Map<string, number>();
  for (const e of report.executions) if (e.action === action) counts.set(e.resourceUuid, e.count);
  return { counts, maxConcurrent: report.maxConcurrent[action] ?? 0 };
}

/** uuid of a VM row, from its link to the VM page. */
function uuidOf(name: string): string {
  return screen.getByRole('link', { name }).getAttribute('href')?.split('/vms/')[1] ?? '';
}

// Each test is a chain of waits on a busy machine: a generous budget, whatever the shared setup says.
const slow = { timeout: 60_000 };

describe('selection', slow, () => {
  it('selects rows by their named checkboxes; the header box selects the page; the count is shown', async () => {
    await signInAs();
    const { user } = renderApp('/?q=api-');
    const list = await table();
    await within(list).findByRole('link', { name: 'api-08' });
    expect(nameLinks(list)).toHaveLength(3);
    expect(selectionStatus()).toHaveTextContent('No VM selected');
    expect(screen.getByRole('button', { name: 'Recover selected' })).toBeDisabled();

    await user.click(screen.getByRole('checkbox', { name: 'Select api-02' }));
    expect(screen.getByRole('checkbox', { name: 'Select api-02' })).toBeChecked();
    expect(selectionStatus()).toHaveTextContent('1 selected');
    const header = screen.getByRole('checkbox', { name: 'Select every VM on this page' });
    expect(header).toBePartiallyChecked();

    await user.click(screen.getByRole('checkbox', { name: 'Select api-05' }));
    expect(selectionStatus()).toHaveTextContent('2 selected');
    expect(screen.getByRole('checkbox', { name: 'Select api-08' })).not.toBeChecked();

    await user.click(header);
    expect(selectionStatus()).toHaveTextContent('3 selected');
    expect(header).toBeChecked();
    for (const box of rowCheckboxes(list)) expect(box).toBeChecked();
    expect(screen.getByRole('button', { name: 'Recover 3 selected' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Expunge 3 selected' })).toBeEnabled();

    // Unticking one row leaves the others; the header box unticks the page.
    await user.click(screen.getByRole('checkbox', { name: 'Select api-05' }));
    expect(selectionStatus()).toHaveTextContent('2 selected');
    await user.click(header);
    await user.click(header);
    expect(selectionStatus()).toHaveTextContent('No VM selected');
    for (const box of rowCheckboxes(list)) expect(box).not.toBeChecked();
  });

  it('a new search starts the selection afresh', async () => {
    await signInAs();
    const { user } = renderApp('/');
    const list = await table();
    await user.click(screen.getByRole('checkbox', { name: 'Select every VM on this page' }));
    expect(selectionStatus()).toHaveTextContent('20 selected');
    await user.type(screen.getByRole('searchbox', { name: 'Search destroyed VMs' }), 'api-');
    expect(await within(list).findByRole('link', { name: 'api-08' })).toBeInTheDocument();
    await waitFor(() => expect(selectionStatus()).toHaveTextContent('No VM selected'));
    for (const box of rowCheckboxes(list)) expect(box).not.toBeChecked();
  });

  it('"Select all N that match" selects across pages; "Clear selection" drops it', async () => {
    await signInAs();
    const { user } = renderApp('/');
    const list = await table();
    const selectAll = await screen.findByRole('button', { name: /^Select all \d+ VMs that match$/u });
    const total = Number(/\d+/u.exec(selectAll.textContent)?.[0]);
    expect(total).toBeGreaterThan(20);
    await user.click(selectAll);
    await waitFor(() => expect(selectionStatus()).toHaveTextContent(`${total} selected`));
    // Nothing left to add: the offer goes away.
    expect(screen.queryByRole('button', { name: /^Select all/u })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Recover ${total} selected` })).toBeEnabled();
    expect(screen.getByRole('checkbox', { name: 'Select every VM on this page' })).toBeChecked();

    const firstOnPage1 = rowCheckboxes(list)[0]?.getAttribute('aria-label');
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    await waitFor(() => expect(rowCheckboxes(list)[0]?.getAttribute('aria-label')).not.toBe(firstOnPage1));
    for (const box of rowCheckboxes(list)) expect(box).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select every VM on this page' })).toBeChecked();
    expect(selectionStatus()).toHaveTextContent(`${total} selected`);

    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(selectionStatus()).toHaveTextContent('No VM selected');
    for (const box of rowCheckboxes(list)) expect(box).not.toBeChecked();
  });
});

describe('bulk runs', slow, () => {
  it('recovers 3 VMs, at most 2 jobs at once, each once, and shows each result', async () => {
    localStorage.setItem(CONCURRENCY_KEY, '2');
    await signInAs();
    const { user } = renderApp('/?q=api-');
    const list = await table();
    await within(list).findByRole('link', { name: 'api-08' });
    const uuids = ['api-02', 'api-05', 'api-08'].map(uuidOf);
    await user.click(screen.getByRole('checkbox', { name: 'Select every VM on this page' }));
    await user.click(screen.getByRole('button', { name: 'Recover 3 selected' }));

    const confirm = await screen.findByRole('dialog', { name: 'Recover 3 VMs?' });
    expect(within(confirm).getByText(/2 at a time/u)).toBeInTheDocument();
    expect(await within(confirm).findByText(/^3 VMs of \d+ accounts? will come back/u)).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Recover 3 VMs' }));

    // The results open at once and fill in as the jobs end.
    const progress = await screen.findByRole('dialog', { name: 'Recovery of 3 VMs finished' });
    expect(
      within(progress).getByText('3 succeeded · 0 failed · 0 in progress · 0 waiting'),
    ).toBeInTheDocument();
    const results = within(progress).getByRole('table', { name: 'Result for each VM' });
    for (const name of ['api-02', 'api-05', 'api-08']) {
      const row = resultRow(results, name);
      expect(within(row).getByRole('cell', { name: 'Succeeded' })).toBeInTheDocument();
      expect(within(row).getByRole('cell', { name: 'Stopped' })).toBeInTheDocument();
      // A recovered VM links to its page.
      expect(within(row).getByRole('link', { name })).toHaveAttribute(
        'href',
        expect.stringMatching(/^\/vms\//u),
      );
    }
    expect(within(progress).queryByRole('button', { name: /^Retry/u })).not.toBeInTheDocument();

    const { counts, maxConcurrent } = simRuns('recoverVmInstance');
    expect(maxConcurrent).toBeGreaterThan(0);
    expect(maxConcurrent).toBeLessThanOrEqual(2);
    expect(uuids.map((u) => counts.get(u))).toEqual([1, 1, 1]);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(3);

    await user.click(within(progress).getByRole('button', { name: 'Close' }));
    // Behind the dialog, the app bar says how the run ended.
    expect(await screen.findByRole('button', { name: 'Operations: finished (3 of 3)' })).toBeInTheDocument();
    // The list refreshes once the run ends: the recovered VMs have left the recycle bin.
    expect(await screen.findByText(/^No destroyed VM matches/u)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'api-02' })).not.toBeInTheDocument();
    // The run stays reachable from the app bar.
    await user.click(screen.getByRole('button', { name: 'Operations: finished (3 of 3)' }));
    expect(await screen.findByRole('dialog', { name: 'Recovery of 3 VMs finished' })).toBeInTheDocument();
  });

  it('a VM whose recovery fails shows "Failed" with its ErrorCode one click away; retry runs only it', async () => {
    localStorage.setItem(CONCURRENCY_KEY, '3');
    await signInAs();
    const { user } = renderApp('/?q=db-0');
    const list = await table();
    await within(list).findByRole('link', { name: 'legacy-db-01' });
    const count = nameLinks(list).length;
    const legacy = uuidOf('legacy-db-01');
    await user.click(screen.getByRole('checkbox', { name: 'Select every VM on this page' }));
    await user.click(screen.getByRole('button', { name: `Recover ${count} selected` }));
    const confirm = await screen.findByRole('dialog', { name: `Recover ${count} VMs?` });
    await user.click(within(confirm).getByRole('button', { name: `Recover ${count} VMs` }));

    const progress = await screen.findByRole('dialog', { name: `Recovery of ${count} VMs finished` });
    expect(
      within(progress).getByText(`${count - 1} succeeded · 1 failed · 0 in progress · 0 waiting`),
    ).toBeInTheDocument();
    const results = within(progress).getByRole('table', { name: 'Result for each VM' });
    const failed = resultRow(results, 'legacy-db-01');
    expect(within(failed).getByRole('cell', { name: 'Failed' })).toBeInTheDocument();
    expect(within(results).getAllByRole('cell', { name: 'Succeeded' })).toHaveLength(count - 1);

    // The reason is on the row itself, in plain words; the ErrorCode waits behind "Details".
    expect(failed).toHaveTextContent('The host that held this VM’s disk has been removed');
    expect(within(progress).queryByRole('alert')).not.toBeInTheDocument();
    const show = within(failed).getByRole('button', { name: 'Details of the error of legacy-db-01' });
    expect(show).toHaveTextContent(/^Details$/u);
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await user.click(show);
    const alert = within(progress).getByRole('alert');
    expect(within(alert).getByRole('group', { name: 'Error SYS.1006' })).toHaveTextContent(
      /host .*has been deleted/u,
    );
    expect(
      within(failed).getByRole('button', { name: 'Hide details of the error of legacy-db-01' }),
    ).toHaveAttribute('aria-expanded', 'true');

    await user.click(within(progress).getByRole('button', { name: 'Close' }));
    // The app bar says a run had failures in words, not only as "n/n".
    const indicator = await screen.findByRole('button', {
      name: `Operations: finished (${count} of ${count}), 1 failed`,
    });
    expect(indicator).toHaveTextContent(`${count}/${count} · 1 failed`);
    await user.click(indicator);
    const reopened = await screen.findByRole('dialog', { name: `Recovery of ${count} VMs finished` });

    await user.click(within(reopened).getByRole('button', { name: 'Retry 1 failed' }));
    await waitFor(() => expect(simRuns('recoverVmInstance').counts.get(legacy)).toBe(2));
    const again = await screen.findByRole('dialog', { name: `Recovery of ${count} VMs finished` });
    expect(
      within(
        resultRow(within(again).getByRole('table', { name: 'Result for each VM' }), 'legacy-db-01'),
      ).getByRole('cell', { name: 'Failed' }),
    ).toBeInTheDocument();
    expect(within(again).getByRole('button', { name: 'Retry 1 failed' })).toBeInTheDocument();
    const { counts } = simRuns('recoverVmInstance');
    expect([...counts.entries()].filter(([uuid]) => uuid !== legacy).map(([, n]) => n)).toEqual(
      Array.from({ length: count - 1 }, () => 1),
    );
  });

  it('recover and start: a start that fails says "Recovered, start failed"; the retry only starts again', async () => {
    await signInAs();
    const { user } = renderApp('/?q=gpu-train-02');
    const list = await table();
    await within(list).findByRole('link', { name: 'gpu-train-02' });
    const uuid = uuidOf('gpu-train-02');
    await user.click(screen.getByRole('checkbox', { name: 'Select gpu-train-02' }));
    await user.click(screen.getByRole('button', { name: 'Recover 1 selected' }));
    const confirm = await screen.findByRole('dialog', { name: 'Recover 1 VM?' });
    await user.click(within(confirm).getByRole('checkbox', { name: /^Start the VMs after recovery/u }));
    await user.click(within(confirm).getByRole('button', { name: 'Recover and start 1 VM' }));

    const progress = await screen.findByRole('dialog', { name: 'Recovery of 1 VM finished' });
    const results = within(progress).getByRole('table', { name: 'Result for each VM' });
    const row = resultRow(results, 'gpu-train-02');
    expect(within(row).getByRole('cell', { name: 'Recovered, start failed' })).toBeInTheDocument();
    // The state is the one the recovery returned.
    expect(within(row).getByRole('cell', { name: 'Stopped' })).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Details of the error of gpu-train-02' }));
    expect(
      within(within(progress).getByRole('alert')).getByRole('group', {
        name: 'Caused by HOST_ALLOCATION.1000',
      }),
    ).toBeInTheDocument();
    expect(simRuns('recoverVmInstance').counts.get(uuid)).toBe(1);
    expect(simRuns('startVmInstance').counts.get(uuid)).toBe(1);

    await user.click(within(progress).getByRole('button', { name: 'Retry 1 failed' }));
    await waitFor(() => expect(simRuns('startVmInstance').counts.get(uuid)).toBe(2));
    expect(
      within(await screen.findByRole('dialog', { name: 'Recovery of 1 VM finished' })).getByRole('cell', {
        name: 'Recovered, start failed',
      }),
    ).toBeInTheDocument();
    // Never recovered twice.
    expect(simRuns('recoverVmInstance').counts.get(uuid)).toBe(1);
  });

  it('refreshes the list at most every 5 s during a run, and once when it ends', async () => {
    localStorage.setItem(CONCURRENCY_KEY, '1');
    await signInAs();
    const { user } = renderApp('/?q=db-0');
    const list = await table();
    await within(list).findByRole('link', { name: 'legacy-db-01' });
    const count = nameLinks(list).length;
    expect(count).toBeGreaterThanOrEqual(5);
    await user.click(screen.getByRole('checkbox', { name: 'Select every VM on this page' }));
    await user.click(screen.getByRole('button', { name: `Recover ${count} selected` }));
    const confirm = await screen.findByRole('dialog', { name: `Recover ${count} VMs?` });
    const seen = recordRequests();
    const started = Date.now();
    await user.click(within(confirm).getByRole('button', { name: `Recover ${count} VMs` }));
    await screen.findByRole('dialog', { name: `Recovery of ${count} VMs finished` });
    const took = Date.now() - started;
    // The final refresh: the recovered VMs leave the list (the one that failed stays).
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(nameLinks(list)).toHaveLength(1));
    const listFetches = seen.filter(
      (r) =>
        r.method === 'GET' &&
        r.path === '/zstack/v1/vm-instances' &&
        r.url.searchParams.has('replyWithCount'),
    );
    // One job settling after another would otherwise refetch the list each time (count times).
    expect(listFetches.length).toBeGreaterThanOrEqual(1);
    expect(listFetches.length).toBeLessThanOrEqual(2 + Math.floor(took / 5000));
  });

  it('a run resumed hours later, after ZStack dropped the job record, does not recover the VM again', async () => {
    // A tab restored long after a reload cut a run short: the item is saved as running with its job id. ZStack keeps
    // a finished job for 3 hours and then accepts its id again (docs/zstack-protocol.md#job-ids-and-retries), so
    // sending the action again with that id runs it a second time. The run must say the outcome is unknown.
    const vm = sim.scenarioVm('web-01') ?? '';
    const jobUuid = 'b0a1c2d3e4f5a6b7c8d9e0f1a2b3c4d5';
    const first = await signInAs();
    const sent = await fetch(`${location.origin}/zstack/v1/vm-instances/${vm}/actions`, {
      method: 'PUT',
      headers: {
        Authorization: `OAuth ${first.uuid}`,
        'X-Job-UUID': jobUuid,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ recoverVmInstance: {} }),
    });
    expect(sent.status).toBe(202);
    await waitFor(async () =>
      expect((await fetch(`${location.origin}/zstack/v1/api-jobs/${jobUuid}`)).status).toBe(200),
    );
    expect(simRuns('recoverVmInstance').counts.get(vm)).toBe(1);
    saveRuns(sessionStorage, first.accountUuid, [
      {
        id: 'run-from-before',
        action: 'recover',
        resource: 'vm',
        account: first.accountUuid,
        startAfter: false,
        concurrency: 4,
        cancelled: false,
        // Started four hours ago, as far as this browser can tell too.
        startedAt: Date.now() - 4 * 3600 * 1000,
        items: [{ uuid: vm, name: 'web-01', status: 'running', stage: 'main', jobUuid }],
      },
    ]);
    sim.advanceClock(4 * 3600);
    expect((await fetch(`${location.origin}/zstack/v1/api-jobs/${jobUuid}`)).status).toBe(404);

    await signInAs();
    const { user } = renderApp('/');
    await table();
    await user.click(await screen.findByRole('button', { name: /^Operations: /u }));
    const dialog = await screen.findByRole('dialog', { name: 'Recovery of 1 VM finished' });
    expect(simRuns('recoverVmInstance').counts.get(vm)).toBe(1);
    const row = resultRow(within(dialog).getByRole('table', { name: 'Result for each VM' }), 'web-01');
    expect(within(row).getByRole('cell', { name: 'Unknown: check the VM' })).toBeInTheDocument();
    // Counted as unknown, never as failed: not in the counts, the app bar's indicator or the retry's words.
    expect(
      within(dialog).getByText('0 succeeded · 0 failed · 0 in progress · 0 waiting · 1 outcome unknown'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Retry 1 not completed' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(
      await screen.findByRole('button', { name: 'Operations: finished (1 of 1), 1 outcome unknown' }),
    ).toHaveTextContent('1/1 · 1 unknown');
  });

  it('expunge asks for the number of VMs before it starts, then expunges them', async () => {
    await signInAs();
    const { user } = renderApp('/?q=api-');
    const list = await table();
    await within(list).findByRole('link', { name: 'api-08' });
    await user.click(screen.getByRole('checkbox', { name: 'Select every VM on this page' }));
    await user.click(screen.getByRole('button', { name: 'Expunge 3 selected' }));
    const confirm = await screen.findByRole('dialog', { name: 'Expunge 3 VMs for good?' });
    const go = within(confirm).getByRole('button', { name: 'Expunge 3 VMs for good' });
    const input = within(confirm).getByRole('textbox', { name: 'Number of VMs' });
    expect(input).toHaveFocus();
    expect(go).toBeDisabled();
    await user.type(input, '2');
    expect(go).toBeDisabled();
    expect(within(confirm).getByText('The number does not match yet')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '3');
    expect(go).toBeEnabled();
    await user.click(go);
    const progress = await screen.findByRole('dialog', { name: 'Expunge of 3 VMs finished' });
    const results = within(progress).getByRole('table', { name: 'Result for each VM' });
    expect(within(results).getAllByRole('cell', { name: 'Succeeded' })).toHaveLength(3);
    expect([...simRuns('expungeVmInstance').counts.values()]).toEqual([1, 1, 1]);
    // The run is kept for this tab (a reload shows it again) until it is removed from the list.
    expect(sessionStorage.getItem(RUNS_KEY)).toContain('"action":"expunge"');
    await user.click(within(progress).getByRole('button', { name: 'Remove from the list' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: /^Operations:/u })).not.toBeInTheDocument();
    expect(sessionStorage.getItem(RUNS_KEY)).not.toContain('"action":"expunge"');
    // The expunged VMs are gone from the list.
    expect(await screen.findByText(/^No destroyed VM matches/u)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'api-02' })).not.toBeInTheDocument();
  });
});
