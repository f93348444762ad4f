// Every action runs once on ZStack, whatever the network or the user's fingers do: an answer lost on the way back
// (the node ran the job, the browser never heard) and a double click on the confirming button.
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, loseAnswers, openSignedIn, row, sim, test, zstack } from './fixtures.ts';

interface Action {
  method: 'PUT' | 'POST';
  /** The action's URL path on the node. */
  path: RegExp;
}

/** The X-Job-UUID of every request of `action` the browser sends. */
function recordJobIds(page: Page, action: Action): string[] {
  const ids: string[] = [];
  page.on('request', (r) => {
    if (r.method() === action.method && action.path.test(r.url())) ids.push(r.headers()['x-job-uuid'] ?? '');
  });
  return ids;
}

/** How many times the node ran `action` (the API's body key) on `resourceUuid`. */
async function executions(request: APIRequestContext, action: string, resourceUuid?: string) {
  const all = await sim.executions(request);
  return all.filter(
    (e) => e.action === action && (resourceUuid === undefined || e.resourceUuid === resourceUuid),
  );
}

/** Statuses the node answered the requests of `action` with (0: the simulator dropped it). */
async function nodeStatuses(request: APIRequestContext, action: Action) {
  return (await sim.requests(request))
    .filter((r) => r.method === action.method && action.path.test(r.path))
    .map((r) => r.status);
}

/** Recovers `name` through the API, as another admin would, and returns its uuid. */
async function recoveredByApi(request: APIRequestContext, name: string): Promise<string> {
  const uuid = (await sim.info(request)).scenarioVms[name] ?? '';
  const admin = await zstack.signIn(request);
  await zstack.action(request, admin, 'PUT', `vm-instances/${uuid}/actions`, { recoverVmInstance: {} });
  await sim.clearExecutions(request);
  await sim.clearRequests(request);
  return uuid;
}

const vmActions = (uuid: string): Action => ({
  method: 'PUT',
  path: new RegExp(`/zstack/v1/vm-instances/${uuid}/actions$`, 'u'),
});
const attachAction: Action = {
  method: 'POST',
  path: /\/zstack\/v1\/volumes\/[0-9a-f]{32}\/vm-instances\/[0-9a-f]{32}$/u,
};

async function openDialog(page: Page, name: string, kind: 'Recover' | 'Expunge') {
  await page.getByRole('searchbox', { name: 'Search destroyed VMs' }).fill(name);
  await row(page, name)
    .getByRole('button', { name: `${kind} ${name}` })
    .click();
  const dialog = page.getByRole('dialog', {
    name: kind === 'Recover' ? `Recover ${name}?` : `Expunge ${name} for good?`,
  });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function openVmPage(page: Page, uuid: string) {
  await openSignedIn(page, `/vms/${uuid}`);
  await expect(page.getByRole('heading', { name: 'web-01', level: 1 })).toBeVisible();
}

const startButton = (page: Page) => page.getByRole('button', { name: 'Start VM', exact: true });
const reattachButton = (page: Page) => page.getByRole('button', { name: 'Re-attach data-web-01' });

/** The user waits for the console to give up, sees the error, the network comes back, and they try again. */
async function failThenRetry(page: Page, action: Action, confirm: Locator, failure: Locator, retry: Locator) {
  // Every send reaches the node, but no answer comes back until the network recovers.
  const lost = await loseAnswers(page, { method: action.method, url: action.path });
  await confirm.click();
  await expect(failure).toBeVisible();
  await expect(retry).toBeEnabled();
  await lost.restore();
  await retry.click();
}

/** All sends carried one job id; the node ran the job once and answered every resend as a duplicate. */
async function expectOneJob(request: APIRequestContext, jobIds: string[], action: Action) {
  expect(jobIds.length).toBeGreaterThan(2);
  expect(new Set(jobIds).size).toBe(1);
  expect(await nodeStatuses(request, action)).toEqual([202, ...jobIds.slice(1).map(() => 400)]);
}

test.describe('an answer lost on the way back: the action runs once, and trying again succeeds', () => {
  test('recover', async ({ page, request }) => {
    const uuid = (await sim.info(request)).scenarioVms['web-01'] ?? '';
    const action = vmActions(uuid);
    const jobIds = recordJobIds(page, action);
    await openSignedIn(page);
    const dialog = await openDialog(page, 'web-01', 'Recover');
    // The VM alone: the data volume deleted with it is offered back by default.
    await dialog.getByRole('checkbox', { name: /^Also recover this data volume/u }).uncheck();
    await failThenRetry(
      page,
      action,
      dialog.getByRole('button', { name: 'Recover', exact: true }),
      dialog.getByRole('alert').filter({ hasText: 'Recovering web-01 failed' }),
      dialog.getByRole('button', { name: 'Try again' }),
    );
    await expect(page.getByRole('heading', { name: 'web-01', level: 1 })).toBeVisible();
    await expect(page.getByText('Stopped').first()).toBeVisible();
    expect(await executions(request, 'recoverVmInstance', uuid)).toEqual([
      { action: 'recoverVmInstance', resourceUuid: uuid, count: 1 },
    ]);
    await expectOneJob(request, jobIds, action);
  });

  test('start', async ({ page, request }) => {
    const uuid = await recoveredByApi(request, 'web-01');
    const action = vmActions(uuid);
    const jobIds = recordJobIds(page, action);
    await openVmPage(page, uuid);
    await failThenRetry(
      page,
      action,
      startButton(page),
      page.getByRole('alert').filter({ hasText: 'Starting web-01 failed' }),
      startButton(page),
    );
    await expect(page.getByRole('status').filter({ hasText: /web-01 was started/u })).toBeAttached();
    await expect(page.getByText('Running').first()).toBeVisible();
    expect(await executions(request, 'startVmInstance', uuid)).toEqual([
      { action: 'startVmInstance', resourceUuid: uuid, count: 1 },
    ]);
    await expectOneJob(request, jobIds, action);
  });

  test('expunge', async ({ page, request }) => {
    const uuid = (await sim.info(request)).scenarioVms['expiring-soon-01'] ?? '';
    const action = vmActions(uuid);
    const jobIds = recordJobIds(page, action);
    await openSignedIn(page);
    const dialog = await openDialog(page, 'expiring-soon-01', 'Expunge');
    await dialog.getByRole('textbox', { name: 'VM name' }).fill('expiring-soon-01');
    const confirm = dialog.getByRole('button', { name: 'Expunge for good' });
    await failThenRetry(
      page,
      action,
      confirm,
      dialog.getByRole('alert').filter({ hasText: 'Expunging expiring-soon-01 failed' }),
      confirm,
    );
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/No destroyed VM matches/u)).toBeVisible();
    expect(await executions(request, 'expungeVmInstance', uuid)).toEqual([
      { action: 'expungeVmInstance', resourceUuid: uuid, count: 1 },
    ]);
    await expectOneJob(request, jobIds, action);
  });

  test('re-attach a data volume', async ({ page, request }) => {
    const uuid = await recoveredByApi(request, 'web-01');
    const jobIds = recordJobIds(page, attachAction);
    await openVmPage(page, uuid);
    await failThenRetry(
      page,
      attachAction,
      reattachButton(page),
      page.getByRole('alert').filter({ hasText: 'Re-attaching data-web-01 failed' }),
      reattachButton(page),
    );
    await expect(
      page.getByRole('status').filter({ hasText: /data-web-01 was re-attached to web-01/u }),
    ).toBeAttached();
    await expect(page.getByText('None: no data volume of this VM is waiting detached.')).toBeVisible();
    const runs = await executions(request, 'attachDataVolumeToVm');
    expect(runs).toHaveLength(1);
    expect(runs[0]?.count).toBe(1);
    await expectOneJob(request, jobIds, attachAction);
  });
});

test.describe('a double click on the confirming button sends one request', () => {
  test('recover', async ({ page, request }) => {
    const uuid = (await sim.info(request)).scenarioVms['web-01'] ?? '';
    const jobIds = recordJobIds(page, vmActions(uuid));
    await openSignedIn(page);
    const dialog = await openDialog(page, 'web-01', 'Recover');
    await dialog.getByRole('button', { name: 'Recover', exact: true }).dblclick();
    await expect(page.getByRole('heading', { name: 'web-01', level: 1 })).toBeVisible();
    expect(jobIds).toHaveLength(1);
    expect(await nodeStatuses(request, vmActions(uuid))).toEqual([202]);
    expect(await executions(request, 'recoverVmInstance', uuid)).toEqual([
      { action: 'recoverVmInstance', resourceUuid: uuid, count: 1 },
    ]);
  });

  test('start', async ({ page, request }) => {
    const uuid = await recoveredByApi(request, 'web-01');
    const jobIds = recordJobIds(page, vmActions(uuid));
    await openVmPage(page, uuid);
    await startButton(page).dblclick();
    await expect(page.getByRole('status').filter({ hasText: /web-01 was started/u })).toBeAttached();
    expect(jobIds).toHaveLength(1);
    expect(await nodeStatuses(request, vmActions(uuid))).toEqual([202]);
    expect(await executions(request, 'startVmInstance', uuid)).toEqual([
      { action: 'startVmInstance', resourceUuid: uuid, count: 1 },
    ]);
  });

  test('expunge', async ({ page, request }) => {
    const uuid = (await sim.info(request)).scenarioVms['expiring-soon-01'] ?? '';
    const jobIds = recordJobIds(page, vmActions(uuid));
    await openSignedIn(page);
    const dialog = await openDialog(page, 'expiring-soon-01', 'Expunge');
    await dialog.getByRole('textbox', { name: 'VM name' }).fill('expiring-soon-01');
    await dialog.getByRole('button', { name: 'Expunge for good' }).dblclick();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/No destroyed VM matches/u)).toBeVisible();
    expect(jobIds).toHaveLength(1);
    expect(await nodeStatuses(request, vmActions(uuid))).toEqual([202]);
    expect(await executions(request, 'expungeVmInstance', uuid)).toEqual([
      { action: 'expungeVmInstance', resourceUuid: uuid, count: 1 },
    ]);
  });

  test('re-attach a data volume', async ({ page, request }) => {
    const uuid = await recoveredByApi(request, 'web-01');
    const jobIds = recordJobIds(page, attachAction);
    await openVmPage(page, uuid);
    await reattachButton(page).dblclick();
    await expect(page.getByText('None: no data volume of this VM is waiting detached.')).toBeVisible();
    expect(jobIds).toHaveLength(1);
    expect(await nodeStatuses(request, attachAction)).toEqual([202]);
    const runs = await executions(request, 'attachDataVolumeToVm');
    expect(runs).toHaveLength(1);
    expect(runs[0]?.count).toBe(1);
  });
});
