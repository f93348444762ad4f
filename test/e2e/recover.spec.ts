import { expect, loseAnswers, openSignedIn, row, screenshot, sim, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

async function openRecover(page: Page, name: string) {
  await page.getByRole('searchbox', { name: 'Search destroyed VMs' }).fill(name);
  await row(page, name)
    .getByRole('button', { name: `Recover ${name}` })
    .click();
  await expect(page.getByRole('dialog', { name: `Recover ${name}?` })).toBeVisible();
  // By role only: once the VM is back the title says so ("… is back").
  return page.getByRole('dialog');
}

/** The VM alone: web-01's data volume deleted with it (data-web-02) is offered back by default; say no. */
async function recoverAlone(page: Page, name: string) {
  const dialog = await openRecover(page, name);
  await dialog.getByRole('checkbox', { name: /^Also recover this data volume/u }).uncheck();
  return dialog;
}

test.describe('recovering a VM', () => {
  test('recover: the returned inventory shows in the NIC, IP and volume panels', async ({
    page,
    request,
  }) => {
    await openSignedIn(page);
    const dialog = await recoverAlone(page, 'web-01');
    await expect(dialog.getByText(/comes back Stopped/u)).toBeVisible();
    await expect(dialog.getByText(/data-web-01/u)).toBeVisible();
    await dialog.getByRole('button', { name: 'Recover', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'web-01', level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/\/vms\/[0-9a-f]{32}$/u);
    await expect(page.getByRole('status').filter({ hasText: 'web-01 was recovered' })).toBeAttached();
    await expect(page.getByText('Stopped').first()).toBeVisible();
    await expect(page.getByRole('table', { name: 'Network interfaces' }).getByRole('row')).toHaveCount(3);
    await expect(page.getByText(/assigned when the VM starts/u)).toBeVisible();
    const volumes = page.getByRole('table', { name: 'Volumes', exact: true });
    await expect(volumes.getByRole('row').nth(1)).toContainText('Root');
    await expect(volumes.getByRole('row').nth(1)).toContainText('Ready');
    await expect(page.getByText('data-web-01')).toBeVisible();
    const log = await sim.requests(request);
    const puts = log.filter((r) => r.method === 'PUT' && r.path.startsWith('/zstack/v1/vm-instances/'));
    expect(puts).toHaveLength(1);
    // The inventory came from the job result: no GET of this VM after the recovery.
    const uuid = page.url().split('/vms/')[1] ?? '';
    const afterPut = log.slice(puts[0] ? log.indexOf(puts[0]) : 0);
    expect(
      afterPut.filter((r) => r.method === 'GET' && r.path.startsWith(`/zstack/v1/vm-instances/${uuid}`)),
    ).toHaveLength(0);
    await screenshot(page, 'reports/vm-inventory.png', true);
  });

  test('recover and start: the IPs appear', async ({ page }) => {
    await openSignedIn(page);
    const dialog = await openRecover(page, 'web-01');
    await dialog.getByRole('checkbox', { name: /Start the VM after recovery/u }).check();
    await dialog.getByRole('button', { name: 'Recover and start' }).click();
    await expect(page.getByRole('heading', { name: 'web-01', level: 1 })).toBeVisible();
    await expect(page.getByText('Running').first()).toBeVisible();
    const ips = page.getByRole('table', { name: 'IP addresses' });
    await expect(ips.getByText(/^\d+\.\d+\.\d+\.\d+$/u).first()).toBeVisible();
  });

  test('a failing recovery shows every level of the cause chain and copies the JSON', async ({ page }) => {
    await openSignedIn(page);
    const dialog = await openRecover(page, 'gpu-train-02');
    await dialog.getByRole('checkbox', { name: /Start the VM after recovery/u }).check();
    await dialog.getByRole('button', { name: 'Recover and start' }).click();
    const alert = dialog.getByRole('alert').filter({ hasText: 'Starting gpu-train-02 failed' });
    await expect(alert).toBeVisible();
    await expect(alert.getByText('No host has room to start this VM.', { exact: false })).toBeVisible();
    await expect(alert.getByRole('group', { name: 'Error VM.1001' })).toBeVisible();
    await expect(alert.getByRole('group', { name: 'Caused by HOST_ALLOCATION.1000' })).toBeVisible();
    await alert.getByRole('button', { name: 'Copy error' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const parsed: unknown = JSON.parse(copied);
    expect(parsed).toMatchObject({
      error: { code: 'VM.1001', cause: { code: 'HOST_ALLOCATION.1000' } },
    });
  });

  test('another operator recovered it first: the error says so and the list refreshes', async ({ page }) => {
    await openSignedIn(page);
    const dialog = await openRecover(page, 'ci-runner-07');
    await dialog.getByRole('button', { name: 'Recover', exact: true }).click();
    await expect(
      dialog.getByRole('alert').filter({ hasText: /no longer in the recycle bin: it is now Stopped/u }),
    ).toBeVisible();
    await expect(dialog.getByRole('group', { name: 'Caused by VM.1010' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByText(/No destroyed VM matches/u)).toBeVisible();
  });

  test('the network drops while the job runs: it completes once and the user is told', async ({
    page,
    request,
  }) => {
    await openSignedIn(page);
    const dialog = await recoverAlone(page, 'web-01');
    // The node gets the PUT and the first two polls, but their answers are lost on the way back.
    await loseAnswers(page, { method: 'PUT', url: /\/vm-instances\/[0-9a-f]{32}\/actions$/u, times: 1 });
    await loseAnswers(page, { method: 'GET', url: /\/api-jobs\//u, times: 2 });
    await dialog.getByRole('button', { name: 'Recover', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'web-01', level: 1 })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /connection dropped/u })).toBeAttached();
    const puts = (await sim.requests(request)).filter(
      (r) => r.method === 'PUT' && r.path.startsWith('/zstack/v1/vm-instances/'),
    );
    // The first answer was lost; the same X-Job-UUID sent again was refused as a duplicate, so the job ran once
    // and the console followed it.
    expect(puts.map((r) => r.status)).toEqual([202, 400]);
    expect(await sim.executions(request)).toEqual([
      expect.objectContaining({ action: 'recoverVmInstance', count: 1 }),
    ]);
  });

  test('expunge asks for the VM name, then the VM leaves the list', async ({ page }) => {
    await openSignedIn(page);
    await page.getByRole('searchbox', { name: 'Search destroyed VMs' }).fill('expiring-soon-01');
    await row(page, 'expiring-soon-01').getByRole('button', { name: 'Expunge expiring-soon-01' }).click();
    const dialog = page.getByRole('dialog', { name: 'Expunge expiring-soon-01 for good?' });
    const confirm = dialog.getByRole('button', { name: 'Expunge for good' });
    await expect(confirm).toBeDisabled();
    await dialog.getByRole('textbox', { name: 'VM name' }).fill('expiring-soon');
    await expect(confirm).toBeDisabled();
    await dialog.getByRole('textbox', { name: 'VM name' }).fill('expiring-soon-01');
    await confirm.click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/No destroyed VM matches/u)).toBeVisible();
  });
});
