// A help desk restores what was deleted together: VMs picked in the bin, "Plan restore", the plan marks what will
// fail (legacy-db-01's root volume sits on local storage whose host is gone, so it starts left out), "Restore" runs
// recover, attach and start in one run; a reload in the middle repeats no step, and the page ends with a summary.
import { expectNoViolations } from './axe.ts';
import { paths } from '../../src/components/paths.ts';
import { expect, openSignedIn, sim, test } from './fixtures.ts';
import { expectRestoredOnce, restoreAcrossReload, webAndItsVolume } from './restore-helpers.ts';

test('plan restore from the bin: a marked VM starts left out, the rest comes back attached and running, once', async ({
  page,
  request,
}) => {
  const { vm: web, volume } = await webAndItsVolume(request);
  const legacy = await sim.scenario(request, 'Vms', 'legacy-db-01');
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
  // Reload while the run is under way; then one job per step, nothing for the VM left out.
  await restoreAcrossReload(page, request, web);
  await expectRestoredOnce(request, web, volume);
  expect(await sim.ran(request, 'recoverVmInstance', legacy)).toBe(0);
});
