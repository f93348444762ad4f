// The whole incident path as the help desk walks it: a bin row's "deleted by" opens its deletion event, "Plan
// restore" checks it, the restore runs with start and survives a reload, the summary says what came back, and the
// event's CSV then carries each step's outcome and job id. The simulator counts what ran and in which order.
import { readFile } from 'node:fs/promises';
import type { APIRequestContext } from '@playwright/test';
import { expect, openSignedIn, sim, test, zstack } from './fixtures.ts';
import { expectRestoredOnce, restoreAcrossReload } from './restore-helpers.ts';

/** carol-build-03 and the data volume deleted with it (found on the node by its last VM and its name). */
async function scenario(request: APIRequestContext) {
  const vm = await sim.scenario(request, 'Vms', 'carol-build-03');
  const admin = await zstack.signIn(request);
  const disks = await zstack.query<{ uuid: string; name?: string }>(
    request,
    admin,
    `volumes?q=lastVmInstanceUuid=${vm}&q=type=Data`,
  );
  const volume = disks.find((d) => d.name === 'data-carol-build-03')?.uuid ?? '';
  expect(volume).toMatch(/^[0-9a-f]{32}$/u);
  return { vm, volume };
}

test('from a row to its event, its checked plan, a restore with start across a reload, and the event’s CSV', async ({
  page,
  request,
}) => {
  // Four 1.5 s jobs, a reload and two pages of the incident: a journey, not a single screen.
  test.setTimeout(120_000);
  const { vm, volume } = await scenario(request);
  await sim.jobLatency(request, 1500);
  await openSignedIn(page, `/?q=${vm}`);
  await page.getByRole('link', { name: 'carol: its deletion event' }).click();
  await expect(page).toHaveURL(/\/events\/carol_10\.20\.9\.12_\d+$/u);
  const eventUrl = page.url();

  await page.getByRole('link', { name: 'Plan restore' }).click();
  const table = page.getByRole('table', { name: 'Items of the restore plan' });
  await expect(table.getByRole('checkbox', { name: 'Include carol-build-03' })).toBeChecked();
  await expect(table.getByRole('checkbox', { name: 'Include data-carol-build-03' })).toBeChecked();
  await expect(table.getByText('Recover, then attach to carol-build-03')).toBeVisible();
  // Leave out every other item, as the help desk does for what the ticket is not about.
  for (const box of await table.getByRole('checkbox', { checked: true }).all()) {
    const name = (await box.getAttribute('aria-label')) ?? '';
    if (!/^Include (data-)?carol-build-03$/u.test(name)) await box.uncheck();
  }
  await restoreAcrossReload(page, request, vm);
  await expectRestoredOnce(request, vm, volume);

  await page.goto(eventUrl);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const lines = (await readFile((await download.path()) ?? '', 'utf8')).slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toContain('Restore outcome,Job id,Restored by');
  const line = (uuid: string) => lines.find((l) => l.includes(`,${uuid},`)) ?? '';
  expect(line(vm)).toMatch(/,carol-build-03,/u);
  // Each step's job id in order: the VM's recovery and start, the volume's recovery and attach.
  expect(line(vm)).toMatch(/,Succeeded,[0-9a-f]{32} [0-9a-f]{32},admin$/u);
  expect(line(volume)).toMatch(/,Succeeded,[0-9a-f]{32} [0-9a-f]{32},admin$/u);
});
