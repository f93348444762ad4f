// The data-volume and image recycle bins in the browser: the lists, recover onto the volume's page, expunge by typed
// name, a failure with its cause chain, a normal account on the admin's public image, who deleted it with and
// without ZStack Cloud's audit API, a bulk recovery with a result per volume, and axe in both themes and in Chinese.
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { zhCN as zh } from '../../src/i18n/zh-CN/index.ts';
import { expect, openSignedIn, sim, test } from './fixtures.ts';
import { expectNoViolations } from './axe.ts';
import { nameLinks } from './bin-helpers.ts';

/** ZStack Cloud's audit API off, as on an open-source node (until the next reset). */
async function auditOff(request: APIRequestContext) {
  const reply = await request.post('/zstack/__sim/config', { data: { audit: false } });
  expect(reply.ok()).toBe(true);
  expect(((await reply.json()) as { audit: boolean }).audit).toBe(false);
}

const volumeTable = (page: Page) => page.getByRole('table', { name: 'Deleted data volumes' });
const imageTable = (page: Page) => page.getByRole('table', { name: 'Deleted images' });

/**
 * The value of a label/value pair on a resource page (<dt>/<dd>). In jsdom the <dd> is named by its <dt>
 * (aria-labelledby); Playwright does not name the definition role, so go by the term.
 */
function detail(page: Page, label: string): Locator {
  return page
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${label}$`, 'u') })
    .locator('xpath=following-sibling::dd[1]');
}

/** The row whose name links to `href` (names are not unique; uuids are). */
function rowTo(table: Locator, href: string): Locator {
  return table.getByRole('row').filter({ has: table.page().locator(`a[href="${href}"]`) });
}

/** The cell of `row` under the column headed `header`. */
async function cellUnder(table: Locator, row: Locator, header: string): Promise<Locator> {
  // The column may come later than the rows (the audit probe answers after the list).
  await expect(table.getByRole('columnheader', { name: header, exact: true })).toBeVisible();
  const headers = await table.getByRole('columnheader').allTextContents();
  const index = headers.indexOf(header);
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return row.getByRole('cell').nth(index);
}

test.describe('data-volume and image lists', () => {
  test('an admin lists deleted data volumes and images, with owners and who deleted each', async ({
    page,
  }) => {
    await openSignedIn(page, '/volumes');
    const volumes = volumeTable(page);
    await expect(volumes.getByRole('row')).toHaveCount(21);
    await expect(page.getByText(/^\d+ deleted data volumes$/u)).toBeVisible();
    await expect(volumes.getByRole('columnheader', { name: 'Account', exact: true })).toBeVisible();
    await expect(volumes.getByRole('columnheader', { name: 'Deleted by', exact: true })).toBeVisible();
    await expect(page.getByText(/ZStack expunges them 3 days after deletion\./u)).toBeVisible();

    const sections = page.getByRole('navigation', { name: 'Recycle bin sections' });
    await sections.getByRole('link', { name: 'Images' }).click();
    await expect(page).toHaveURL(/\/images$/u);
    const images = imageTable(page);
    await expect(images.getByRole('link', { name: 'img-centos-7', exact: true })).toBeVisible();
    await expect(page.getByText(/^\d+ deleted images$/u)).toBeVisible();
    await expect(sections.getByRole('link', { name: 'Images' })).toHaveAttribute('aria-current', 'page');
    const partial = images.getByRole('row').filter({ hasText: 'img-partial' });
    await expect(partial.getByText('deleted on 1 of 2')).toBeVisible();
    await expect(images.getByRole('link', { name: 'img-vrouter-5.1.0' })).toHaveCount(0);

    await page.getByRole('searchbox', { name: 'Search deleted images' }).fill('centos-7');
    await expect(page).toHaveURL(/\/images\?q=centos-7$/u);
    await expect(images.getByRole('row')).toHaveCount(2);
  });
});

test.describe('recover and expunge data volumes', () => {
  test('recovers data-web-02 onto its page: Ready and not attached', async ({ page, request }) => {
    const uuid = await sim.scenario(request, 'Volumes', 'data-web-02');
    await openSignedIn(page, `/volumes?q=${uuid}`);
    await volumeTable(page).getByRole('button', { name: 'Recover data-web-02' }).click();
    const dialog = page.getByRole('dialog', { name: 'Recover data volume data-web-02?' });
    await expect(dialog.getByText(/comes back Ready/u)).toBeVisible();
    await dialog.getByRole('button', { name: 'Recover', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'data-web-02', level: 1 })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/volumes/${uuid}$`, 'u'));
    await expect(detail(page, 'Status')).toHaveText('Ready');
    await expect(detail(page, 'Attached to')).toHaveText('Not attached');
    // Its last VM (web-01) is still destroyed, so nothing is chosen for the user: Attach waits for a choice.
    await expect(page.getByRole('combobox', { name: 'VM' })).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Attach', exact: true })).toBeDisabled();
    expect(await sim.ran(request, 'recoverDataVolume', uuid)).toBe(1);
  });

  test('expunge needs the typed name; the volume then leaves the list', async ({ page, request }) => {
    const uuid = await sim.scenario(request, 'Volumes', 'data-expiring-soon');
    await openSignedIn(page, '/volumes?q=data-expiring-soon');
    const table = volumeTable(page);
    await expect(rowTo(table, `/volumes/${uuid}`)).toHaveCount(1);
    await table.getByRole('button', { name: 'Expunge data-expiring-soon' }).click();
    const dialog = page.getByRole('dialog', { name: 'Expunge data volume data-expiring-soon for good?' });
    const name = dialog.getByRole('textbox', { name: 'Data volume name' });
    await expect(name).toBeFocused();
    const expunge = dialog.getByRole('button', { name: 'Expunge for good' });
    await expect(expunge).toBeDisabled();
    await name.fill('data-expiring');
    await expect(expunge).toBeDisabled();
    await expect(dialog.getByText('The name does not match yet')).toBeVisible();
    await name.fill('data-expiring-soon');
    await expect(expunge).toBeEnabled();
    await expunge.click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('No deleted data volume matches “data-expiring-soon”.')).toBeVisible();
    expect(await sim.ran(request, 'expungeDataVolume', uuid)).toBe(1);
  });

  test('carol, at her data-volume quota, cannot recover data-quota-carol: the dialog says why and it stays', async ({
    page,
    request,
  }) => {
    const uuid = await sim.scenario(request, 'Volumes', 'data-quota-carol');
    await openSignedIn(page, `/volumes?q=${uuid}`, 'carol', 'carol-password');
    await volumeTable(page).getByRole('button', { name: 'Recover data-quota-carol' }).click();
    const dialog = page.getByRole('dialog', { name: 'Recover data volume data-quota-carol?' });
    await dialog.getByRole('button', { name: 'Recover', exact: true }).click();
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('Recovering data-quota-carol failed');
    await expect(alert.getByRole('group', { name: 'Error ID.1003' })).toContainText('volume.data.num');
    // A refusal by ZStack fails the same way again: what to do instead, not "Try again".
    await expect(dialog.getByText(/Trying again would fail the same way/u)).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(rowTo(volumeTable(page), `/volumes/${uuid}`)).toHaveCount(1);
  });

  test('bulk recovery of 3 data volumes: one job each and a result per volume', async ({ page, request }) => {
    await openSignedIn(page, '/volumes?q=-data&sort=name&dir=asc');
    const table = volumeTable(page);
    await expect(table.getByRole('row').nth(3)).toBeVisible();
    const names = (await nameLinks(table).allTextContents()).slice(0, 3);
    expect(names).toHaveLength(3);
    for (const name of names)
      await page.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
    const bar = page.getByRole('region', { name: 'Selection' });
    await expect(bar.getByRole('status')).toHaveText('3 selected');
    await bar.getByRole('button', { name: 'Recover 3 selected' }).click();
    const confirm = page.getByRole('dialog', { name: 'Recover 3 data volumes?' });
    await confirm.getByRole('button', { name: 'Recover 3 data volumes' }).click();
    const results = page.getByRole('dialog', { name: 'Recovery of 3 data volumes finished' });
    await expect(results.getByText('3 succeeded · 0 failed · 0 in progress · 0 waiting')).toBeVisible();
    const each = results.getByRole('table', { name: 'Result for each data volume' });
    for (const name of names) {
      const row = each.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
      await expect(row.getByRole('cell', { name: 'Succeeded', exact: true })).toBeVisible();
      await expect(row.getByRole('cell', { name: 'Ready', exact: true })).toBeVisible();
    }
    expect(await sim.ran(request, 'recoverDataVolume')).toBe(3);
    await results.getByRole('button', { name: 'Close' }).click();
    for (const name of names) await expect(table.getByRole('link', { name, exact: true })).toHaveCount(0);
  });
});

test.describe('a normal account on images', () => {
  test('alice is warned that the admin’s public image is read-only for her', async ({ page }) => {
    await openSignedIn(page, '/images?q=img-public-readonly', 'alice', 'alice-password');
    await imageTable(page).getByRole('button', { name: 'Recover img-public-readonly' }).click();
    const dialog = page.getByRole('dialog', { name: 'Recover image img-public-readonly?' });
    await expect(dialog.getByRole('note')).toHaveText(
      'This image is shared with your account read-only: only its owner or an administrator can recover or expunge it.',
    );
  });

  test('alice cannot recover the admin’s public image: Recover is disabled and nothing is sent', async ({
    page,
    request,
  }) => {
    const uuid = await sim.scenario(request, 'Images', 'img-public-readonly');
    await openSignedIn(page, '/images', 'alice', 'alice-password');
    const table = imageTable(page);
    await expect(table.getByRole('link', { name: 'img-centos-7', exact: true })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Account', exact: true })).toHaveCount(0);
    await table.getByRole('button', { name: 'Recover img-public-readonly' }).click();
    const dialog = page.getByRole('dialog', { name: 'Recover image img-public-readonly?' });
    await expect(dialog.getByRole('note')).toContainText('read-only');
    await expect(dialog.getByRole('button', { name: 'Recover', exact: true })).toBeDisabled();
    expect(await sim.ran(request, 'recoverImage', uuid)).toBe(0);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(rowTo(table, `/images/${uuid}`)).toHaveCount(1);
  });
});

test.describe('who deleted it', () => {
  test('with the audit API: operator and client address on the VM list, the volume list and the image page', async ({
    page,
    request,
  }) => {
    const info = await sim.info(request);
    await openSignedIn(page, '/?q=web-01');
    const vms = page.getByRole('table', { name: 'Destroyed VMs' });
    const web01 = rowTo(vms, `/vms/${info.scenarioVms['web-01'] ?? ''}`);
    await expect(await cellUnder(vms, web01, 'Deleted by')).toHaveText(/^alicefrom 10\.20\.5\.23, /u);

    await page.goto(`/volumes?q=${info.scenarioVolumes['data-ceph-archive'] ?? ''}`);
    const volumes = volumeTable(page);
    const archive = rowTo(volumes, `/volumes/${info.scenarioVolumes['data-ceph-archive'] ?? ''}`);
    await expect(await cellUnder(volumes, archive, 'Deleted by')).toHaveText(
      /^ops-scriptfrom 10\.10\.3\.15, /u,
    );

    await page.goto(`/images/${info.scenarioImages['img-centos-7'] ?? ''}`);
    await expect(detail(page, 'Deleted by')).toHaveText(/^alicefrom 10\.20\.5\.23, /u);
    await expect(page.getByText(/not recorded by this ZStack edition/u)).toHaveCount(0);
  });

  test('without the audit API: the note once above each list, no Deleted by column, and no audit query', async ({
    page,
    request,
  }) => {
    await auditOff(request);
    await openSignedIn(page, '/?q=web-01');
    const note = page.getByText(
      'Who deleted these is not recorded by this ZStack edition (it has no audit log).',
    );
    await expect(
      page.getByRole('table', { name: 'Destroyed VMs' }).getByRole('link', { name: 'web-01' }),
    ).toBeVisible();
    await expect(note).toHaveCount(1);
    await expect(page.getByRole('columnheader', { name: 'Deleted by' })).toHaveCount(0);

    await page
      .getByRole('navigation', { name: 'Recycle bin sections' })
      .getByRole('link', { name: 'Data volumes' })
      .click();
    await expect(volumeTable(page).getByRole('row')).toHaveCount(21);
    await expect(note).toHaveCount(1);
    await expect(volumeTable(page).getByRole('columnheader', { name: 'Deleted by' })).toHaveCount(0);

    await page
      .getByRole('navigation', { name: 'Recycle bin sections' })
      .getByRole('link', { name: 'Images' })
      .click();
    await expect(imageTable(page).getByRole('link', { name: 'img-centos-7', exact: true })).toBeVisible();
    await expect(note).toHaveCount(1);
    await expect(imageTable(page).getByRole('columnheader', { name: 'Deleted by' })).toHaveCount(0);

    // Only probes were sent, never a query for the rows.
    const audit = (await sim.requests(request)).filter((r) => r.path.startsWith('/zstack/v1/zwatch/'));
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.every((r) => r.status === 404)).toBe(true);
    expect(audit.every((r) => r.path === '/zstack/v1/zwatch/audit-records?limit=1')).toBe(true);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe on the volume list, the image list, the recover dialog and the volume page (${scheme} theme)`, async ({
    page,
    request,
  }) => {
    const uuid = await sim.scenario(request, 'Volumes', 'data-web-02');
    await page.emulateMedia({ colorScheme: scheme });
    await openSignedIn(page, '/volumes');
    const volumes = volumeTable(page);
    await expect(volumes.getByRole('row')).toHaveCount(21);
    // Everything on the page has loaded: owners, who deleted each, the expunge countdown.
    await expect(
      rowTo(volumes, `/volumes/${uuid}`)
        .getByText(/^alice/u)
        .first(),
    ).toBeVisible();
    await expect(volumes).toHaveAttribute('aria-busy', 'false');
    await expectNoViolations(page, `volume list (${scheme})`);

    await page.goto('/images');
    await expect(imageTable(page).getByRole('link', { name: 'img-centos-7', exact: true })).toBeVisible();
    await expect(imageTable(page).getByText('deleted on 1 of 2')).toBeVisible();
    await expectNoViolations(page, `image list (${scheme})`);

    await page.goto(`/volumes?q=${uuid}`);
    await volumeTable(page).getByRole('button', { name: 'Recover data-web-02' }).click();
    const dialog = page.getByRole('dialog', { name: 'Recover data volume data-web-02?' });
    await expect(dialog.getByText(/comes back Ready/u)).toBeVisible();
    await expectNoViolations(page, `recover dialog (${scheme})`);
    await dialog.getByRole('button', { name: 'Recover', exact: true }).click();

    await expect(page.getByRole('heading', { name: 'data-web-02', level: 1 })).toBeVisible();
    await expect(detail(page, 'Last attached to')).toHaveText('web-01');
    await expect(page.getByRole('combobox', { name: 'VM' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Attach', exact: true })).toBeDisabled();
    await expectNoViolations(page, `volume page (${scheme})`);
  });
}

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe on the image list in zh-CN (${scheme} theme)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/images');
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      // Field names, not labels: language-neutral.
      await page.locator('input[name="accountName"]').fill('admin');
      await page.locator('input[name="password"]').fill('password');
      await page.locator('input[name="password"]').press('Enter');
      const table = page.getByRole('table', { name: zh.bin.tableLabel('image') });
      await expect(table.getByRole('link', { name: 'img-centos-7', exact: true })).toBeVisible();
      await expect(
        page
          .getByRole('navigation', { name: zh.recycleBin.tabs.label })
          .getByRole('link', { name: zh.recycleBin.tabs.images }),
      ).toHaveAttribute('aria-current', 'page');
      await expect(table.getByRole('columnheader', { name: zh.bin.columns.backupStorage })).toBeVisible();
      await expect(table.getByRole('columnheader', { name: zh.common.deletedBy })).toBeVisible();
      await expect(
        table.getByRole('button', { name: zh.recycleBin.recoverName('img-centos-7') }),
      ).toBeVisible();
      await expect(table).toHaveAttribute('aria-busy', 'false');
      await expectNoViolations(page, `image list, zh-CN (${scheme})`);
    });
  }
});
