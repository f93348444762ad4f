// A help desk restores what was deleted together: VMs picked in the bin, "Plan restore", the plan marks what will
// fail (legacy-db-01's root volume sits on local storage whose host is gone, so it starts left out), "Restore" runs
// recover, attach and start in one run; a reload in the middle repeats no step, and the page ends with a summary.
import type { APIRequestContext } from '@playwright/test';
import { expectNoViolations } from './axe.ts';
import { paths } from '../../src/components/paths.ts';
import { expect, openSignedIn, sim, test, zstack } from './fixtures.ts';

async function scenario(request: APIRequestContext) {
  const info = (await (await request.get('/zstack/__sim/info')).json()) as {
    scenarioVms: Record<string, string>;
    scenarioVolumes: Record<string, string>;
  };
  return {
    web: info.scenarioVms['web-01'] ?? '',
    legacy: info.scenarioVms['legacy-db-01'] ?? '',
    volume: info.scenarioVolumes['data-web-02'] ?? '',
  };
}

async function ran(request: APIRequestContext, action: string, uuid: string) {
  return (await sim.executions(request))
    .filter((e) => e.action === action && e.resourceUuid === uuid)
    .reduce((n, e) => n + e.count, 0);
}

test('plan restore from the bin: a marked VM starts left out, the rest comes back attached and running, once', async ({
  page,
  request,
}) => {
  const { web, legacy, volume } = await scenario(request);
  expect((await request.post('/zstack/__sim/config', { data: { jobLatencyMs: 1500 } })).ok()).toBe(true);
  await openSignedIn(page);
  const search = page.getByRole('searchbox', { name: 'Search destroyed VMs' });
  await search.fill('web-01');
  await page.getByRole('checkbox', { name: 'Select web-01' }).check();
  await page.getByRole('button', { name: 'Plan restore' }).click();
  await expect(page).toHaveURL(new RegExp(`/restore\\?vm=${web}$`, 'u'));
  await expect(page.getByRole('checkbox', { name: 'Include web-01' })).toBeChecked();
  // The same plan with legacy-db-01 too, as a deletion event's link would name both.
  await page.goto(paths.restorePlan({ vm: [web, legacy], volume: [], image: [] }));
  const table = page.getByRole('table', { name: 'Items of the restore plan' });
  await expect(table.getByRole('checkbox', { name: 'Include web-01' })).toBeChecked();
  // Certain to fail: left out, with the rule and what to do.
  await expect(table.getByRole('checkbox', { name: 'Include legacy-db-01' })).not.toBeChecked();
  await expect(
    table.getByText(/the host that held it has been deleted: ZStack refuses the recovery/u),
  ).toBeVisible();
  // web-01's data volume, deleted with it, goes back on it.
  await expect(table.getByRole('checkbox', { name: 'Include data-web-02' })).toBeChecked();
  await expect(table.getByText('Recover, then attach to web-01')).toBeVisible();
  await expectNoViolations(page, 'the restore plan');

  await expect(
    page.getByRole('checkbox', { name: 'Start the VMs after their volumes are attached' }),
  ).toBeChecked();
  await page.getByRole('button', { name: 'Restore 2 items' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');

  // Reload while the run is under way: the recoveries are on the node, the start is not.
  await expect.poll(() => ran(request, 'recoverVmInstance', web)).toBe(1);
  expect(await ran(request, 'startVmInstance', web)).toBe(0);
  await page.reload();

  await expect(page.getByText('1 of 1 VM running, 1 of 1 volume re-attached.')).toBeVisible({
    timeout: 30_000,
  });

  // One job per step, nothing for the VM left out.
  expect(await ran(request, 'recoverVmInstance', web)).toBe(1);
  expect(await ran(request, 'recoverDataVolume', volume)).toBe(1);
  expect(await ran(request, 'attachDataVolumeToVm', volume)).toBe(1);
  expect(await ran(request, 'startVmInstance', web)).toBe(1);
  expect(await ran(request, 'recoverVmInstance', legacy)).toBe(0);

  // The attach left after both recoveries, the start after the attach.
  const seen = await sim.requests(request);
  const first = (method: string, path: string) =>
    seen.find((r) => r.method === method && r.path.endsWith(path))?.seq ?? -1;
  const attach = first('POST', `/volumes/${volume}/vm-instances/${web}`);
  expect(attach).toBeGreaterThan(first('PUT', `/vm-instances/${web}/actions`));
  expect(attach).toBeGreaterThan(first('PUT', `/volumes/${volume}/actions`));
  const admin = await zstack.signIn(request);
  const [disk] = await zstack.query<{ vmInstanceUuid?: string }>(request, admin, `volumes/${volume}`);
  expect(disk?.vmInstanceUuid).toBe(web);
  const [machine] = await zstack.query<{ state?: string }>(request, admin, `vm-instances/${web}`);
  expect(machine?.state).toBe('Running');
});
