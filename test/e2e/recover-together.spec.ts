// web-01 was destroyed with its data volume data-web-02: one recovery brings both back, re-attaches the volume and
// starts the VM, in that order, and a reload in the middle neither loses nor repeats a step (counted on the node).
import { expect, openSignedIn, row, sim, test } from './fixtures.ts';
import { expectRestoredOnce, reloadMidRun, webAndItsVolume } from './restore-helpers.ts';

test('web-01 comes back with data-web-02 attached and running; a reload mid-run repeats no step', async ({
  page,
  request,
}) => {
  const { vm, volume } = await webAndItsVolume(request);
  await sim.jobLatency(request, 2000);
  await openSignedIn(page);
  await page.getByRole('searchbox', { name: 'Search destroyed VMs' }).fill('web-01');
  await row(page, 'web-01').getByRole('button', { name: 'Recover web-01' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recover web-01?' });
  const offer = dialog.getByRole('checkbox', {
    name: 'Also recover this data volume and re-attach it to web-01',
  });
  await expect(offer).toBeChecked();
  await expect(
    dialog.getByRole('list', { name: 'Data volumes deleted with this VM' }).getByText('data-web-02'),
  ).toBeVisible();
  await dialog.getByRole('checkbox', { name: /Start the VM after recovery/u }).check();
  await dialog.getByRole('button', { name: 'Recover and start' }).click();
  const steps = page.getByRole('region', { name: 'Steps of the recovery' });
  await expect(steps.getByRole('listitem')).toHaveCount(4);

  // Reload while the run is under way: its recoveries are on the node, the start is not.
  await reloadMidRun(page, request, vm);

  // The run goes on from where it was, in the app bar.
  const indicator = page.getByRole('button', { name: /^Operations: / });
  await expect(indicator).toBeVisible();
  await expect(indicator).toHaveAccessibleName(/^Operations: finished \(2 of 2\)/u, { timeout: 30_000 });
  await indicator.click();
  const results = page.getByRole('dialog', { name: 'Recovery of 1 VM with 1 data volume finished' });
  await expect(results.getByText('2 succeeded · 0 failed · 0 in progress · 0 waiting')).toBeVisible();

  // Each step ran exactly once on the node, in order, and the volume is on web-01, which runs.
  await expectRestoredOnce(request, vm, volume);
});
