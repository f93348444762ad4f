// A help desk restores what was deleted together: VMs picked in the bin, "Plan restore", the plan marks what will
// fail (legacy-db-01's root volume sits on local storage whose host is gone, so it starts left out), "Restore" runs
// recover, attach and start in one run; a reload in the middle repeats no step, and the page ends with a summary.
import { expectNoViolations } from './axe.ts';
import { paths } from '../../src/components/paths.ts';
import { expect, openSignedIn, sim, test, zstack } from './fixtures.ts';

test('plan restore from the bin: a marked VM starts left out, the rest comes back attached and running, once', async ({
  page,
  request,
}) => {
  const web = await sim.scenario(request, 'Vms', 'web-01');
  const legacy = await sim.scenario(request, 'Vms', 'legacy-db-01');
  const volume = await sim.scenario(request, 'Volumes', 'data-web-02');
  await sim.jobLatency(request, 1500);
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
  await expect.poll(() => sim.ran(request, 'recoverVmInstance', web)).toBe(1);
  expect(await sim.ran(request, 'startVmInstance', web)).toBe(0);
  await page.reload();

  await expect(page.getByText('1 of 1 VM running, 1 of 1 volume re-attached.')).toBeVisible({
    timeout: 30_000,
  });

  // One job per step, nothing for the VM left out.
  expect(await sim.ran(request, 'recoverVmInstance', web)).toBe(1);
  expect(await sim.ran(request, 'recoverDataVolume', volume)).toBe(1);
  expect(await sim.ran(request, 'attachDataVolumeToVm', volume)).toBe(1);
  expect(await sim.ran(request, 'startVmInstance', web)).toBe(1);
  expect(await sim.ran(request, 'recoverVmInstance', legacy)).toBe(0);

  // The attach left after both recoveries, the start after the attach.
  await sim.expectAttachAfterRecoveries(request, web, volume);
  const admin = await zstack.signIn(request);
  const [disk] = await zstack.query<{ vmInstanceUuid?: string }>(request, admin, `volumes/${volume}`);
  expect(disk?.vmInstanceUuid).toBe(web);
  const [machine] = await zstack.query<{ state?: string }>(request, admin, `vm-instances/${web}`);
  expect(machine?.state).toBe('Running');
});
