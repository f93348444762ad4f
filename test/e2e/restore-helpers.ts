// A VM restored with its data volume, as the restore plan and the recover dialog both run it: recover both, attach
// the volume, start the VM. The simulator counts what ran and in which order; the node's own answers say where the
// volume and the VM ended up.
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, sim, zstack } from './fixtures.ts';

/** web-01 and data-web-02, the data volume deleted with it: what both restore journeys bring back. */
export async function webAndItsVolume(request: APIRequestContext) {
  const [vm, volume] = await Promise.all([
    sim.scenario(request, 'Vms', 'web-01'),
    sim.scenario(request, 'Volumes', 'data-web-02'),
  ]);
  return { vm, volume };
}

/** Reloads the page while the run is under way: `vm`'s recovery is on the node, its start is not. */
export async function reloadMidRun(page: Page, request: APIRequestContext, vm: string) {
  await expect.poll(() => sim.ran(request, 'recoverVmInstance', vm)).toBe(1);
  expect(await sim.ran(request, 'startVmInstance', vm)).toBe(0);
  await page.reload();
}

/** On a restore plan of `vm` and its data volume: Restore, a reload mid-run, and the summary once both are back. */
export async function restoreAcrossReload(page: Page, request: APIRequestContext, vm: string) {
  await page.getByRole('button', { name: 'Restore 2 items' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await reloadMidRun(page, request, vm);
  await expect(page.getByText('1 of 1 VM running, 1 of 1 volume re-attached.')).toBeVisible({
    timeout: 30_000,
  });
}

/**
 * Each step ran exactly once on the node, in order (the attach after both recoveries, the start after the attach),
 * and the node agrees: the volume is on the VM, which runs.
 */
export async function expectRestoredOnce(request: APIRequestContext, vm: string, volume: string) {
  for (const [action, uuid] of [
    ['recoverVmInstance', vm],
    ['recoverDataVolume', volume],
    ['attachDataVolumeToVm', volume],
    ['startVmInstance', vm],
  ] as const)
    expect(await sim.ran(request, action, uuid), action).toBe(1);
  await sim.expectAttachAfterRecoveries(request, vm, volume);
  const admin = await zstack.signIn(request);
  const [disk] = await zstack.query<{ vmInstanceUuid?: string; status?: string }>(
    request,
    admin,
    `volumes/${volume}`,
  );
  expect(disk).toMatchObject({ vmInstanceUuid: vm, status: 'Ready' });
  const [machine] = await zstack.query<{ state?: string }>(request, admin, `vm-instances/${vm}`);
  expect(machine?.state).toBe('Running');
}
