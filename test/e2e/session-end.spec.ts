// A session that ends in the middle of work, in the browser: a gateway in front of the node answers every poll
// with a plain-text 401 (an idle timeout, a sign-out in another tab). Nothing is reported as failed, nothing is sent
// twice: the work waits for a sign-in in place, survives a reload, and the same account signing in again follows
// the same jobs. The simulator counts what it ran, so "exactly once" is checked on the node's side.
import { node, resultsDialog, search, startRedisRun, uuidsOnPage } from './bin-helpers.ts';
import { expect, openSignedIn, row, sim, test } from './fixtures.ts';

const GATEWAY_401 = { failPollsWith: { status: 401, count: 1_000_000 } };
const GATEWAY_GONE = { failPollsWith: { status: 401, count: 0 } };

test('a bulk run whose session ends pauses, survives a reload, and resumes after sign-in: each VM recovered once', async ({
  page,
  request,
}) => {
  const uuids = await startRedisRun(page, request);
  await sim.faults(request, GATEWAY_401);

  const dialog = resultsDialog(page, 'recover', 8);
  await expect(dialog.getByText(/· [1-8] waiting for sign-in$/u)).toBeVisible();
  await expect(dialog.getByRole('cell', { name: 'Failed', exact: true })).toHaveCount(0);

  // The paused run is kept across a reload; it still waits, and still sends nothing new.
  await page.reload();
  await page.getByRole('button', { name: /^Operations: \d of 8 done/u }).click();
  const form = dialog.getByRole('form', { name: 'Sign in again to go on' });
  await expect(form).toBeVisible();
  await expect(dialog.getByRole('cell', { name: 'Failed', exact: true })).toHaveCount(0);

  await sim.faults(request, GATEWAY_GONE);
  await expect(form.getByRole('textbox', { name: /Account name/u })).toHaveValue('admin');
  await form.getByLabel(/^Password/u).fill('password');
  await form.getByRole('button', { name: 'Sign in and go on' }).click();
  await expect(dialog).toHaveAccessibleName('Recovery of 8 VMs finished', { timeout: 30_000 });
  await expect(dialog.getByText('8 succeeded · 0 failed · 0 in progress · 0 waiting')).toBeVisible();

  const runs = await node.executions(request, 'recoverVmInstance');
  for (const [name, uuid] of uuids) expect(runs.counts.get(uuid), name).toBe(1);
  expect(runs.total).toBe(8);
});

test('a single recovery whose session ends waits for a sign-in, then follows the same job: recovered once', async ({
  page,
  request,
}) => {
  await node.jobLatency(request, 1500);
  await openSignedIn(page);
  await search(page, 'redis-', 8);
  const [name = ''] = [...(await uuidsOnPage(page)).keys()];
  await row(page, name)
    .getByRole('button', { name: `Recover ${name}` })
    .click();
  const dialog = page.getByRole('dialog', { name: `Recover ${name}?` });
  await sim.faults(request, GATEWAY_401);
  await dialog.getByRole('button', { name: 'Recover', exact: true }).click();

  const form = dialog.getByRole('form', { name: 'Sign in again to go on' });
  await expect(form).toBeVisible();
  await expect(dialog.getByText(/failed/iu)).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Try again' })).toBeDisabled();

  await sim.faults(request, GATEWAY_GONE);
  await form.getByLabel(/^Password/u).fill('password');
  await form.getByRole('button', { name: 'Sign in and go on' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const uuid = page.url().split('/vms/')[1] ?? '';
  expect((await node.executions(request, 'recoverVmInstance')).counts.get(uuid)).toBe(1);
});
