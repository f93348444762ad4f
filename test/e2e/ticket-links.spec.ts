// The help desk's path: a ticket link to a destroyed VM, a deleted data volume or a deleted image opens a page
// that can act. It says whose it is, who deleted it and when ZStack expunges it, recovers from the page, leads back
// to its bin, and passes axe in English and Chinese.
import type { Page } from '@playwright/test';
import { zhCN as zh } from '../../src/i18n/zh-CN/index.ts';
import { expectNoViolations } from './axe.ts';
import { expect, openSignedIn, sim, test, recoverAlone } from './fixtures.ts';

/** A label/value pair of the "In the recycle bin" panel (Playwright does not name the definition role). */
function fact(page: Page, panel: string, label: string) {
  return page
    .getByRole('region', { name: panel })
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${label}$`, 'u') })
    .locator('xpath=following-sibling::dd[1]');
}

test('a ticket link to a destroyed VM shows owner, deleter and window, and recovers from the page', async ({
  page,
  request,
}) => {
  const uuid = await sim.scenario(request, 'Vms', 'web-01');
  await openSignedIn(page, `/vms/${uuid}`);
  const panel = page.getByRole('region', { name: 'In the recycle bin' });
  await expect(fact(page, 'In the recycle bin', 'Account')).toHaveText('alice');
  await expect(fact(page, 'In the recycle bin', 'Deleted by')).toContainText(/^alice\s*from 10\.20\.5\.23/u);
  await expect(fact(page, 'In the recycle bin', 'Expunged')).toContainText(/between .+ and /u);
  await expect(page.getByRole('link', { name: 'Recycle bin', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expectNoViolations(page, 'the page of a destroyed VM');

  await panel.getByRole('button', { name: 'Recover web-01' }).click();
  const dialog = page.getByRole('dialog');
  await recoverAlone(dialog);
  await dialog.getByRole('button', { name: 'Recover', exact: true }).click();
  await expect(page.getByText(/web-01 is back, Stopped/u)).toBeVisible();
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Start VM/u })).toHaveCount(1);
  const runs = (await sim.executions(request)).filter(
    (e) => e.action === 'recoverVmInstance' && e.resourceUuid === uuid,
  );
  expect(runs.map((e) => e.count)).toEqual([1]);
});

test('ticket links to a deleted data volume and a deleted image act the same way', async ({
  page,
  request,
}) => {
  test.slow(); // two pages, each with an axe run, and a recovery
  const volume = await sim.scenario(request, 'Volumes', 'data-web-02');
  await openSignedIn(page, `/volumes/${volume}`);
  await expect(fact(page, 'In the recycle bin', 'Account')).toHaveText('alice');
  await expect(fact(page, 'In the recycle bin', 'Deleted by')).toContainText(/^alice/u);
  await expect(page.getByRole('link', { name: 'Back to the recycle bin: data volumes' })).toBeVisible();
  await expectNoViolations(page, 'the page of a deleted data volume');

  const image = await sim.scenario(request, 'Images', 'img-centos-7');
  await page.goto(`/images/${image}`);
  const panel = page.getByRole('region', { name: 'In the recycle bin' });
  await expect(fact(page, 'In the recycle bin', 'Account')).toHaveText('alice');
  await expect(fact(page, 'In the recycle bin', 'Expunged')).toContainText(/between .+ and /u);
  await expectNoViolations(page, 'the page of a deleted image');
  await panel.getByRole('button', { name: 'Recover img-centos-7' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Recover', exact: true }).click();
  // The open dialog hides the page from the accessibility tree: wait for it to close first.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Back to the recycle bin: images' })).toHaveAttribute(
    'href',
    '/images',
  );
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test('the page of a destroyed VM reads in Chinese and passes axe', async ({ page, request }) => {
    const uuid = await sim.scenario(request, 'Vms', 'web-01');
    await page.goto(`/vms/${uuid}`);
    await page.getByLabel(zh.session.accountName).fill('admin');
    await page.getByLabel(new RegExp(`^${zh.session.password}`, 'u')).fill('password');
    await page.getByLabel(new RegExp(`^${zh.session.password}`, 'u')).press('Enter');
    const title = zh.recycleBin.inBin.title;
    await expect(page.getByRole('region', { name: title })).toBeVisible();
    await expect(fact(page, title, zh.recycleBin.inBin.account)).toHaveText('alice');
    await expect(page.getByRole('button', { name: zh.recycleBin.recoverName('web-01') })).toBeVisible();
    await expectNoViolations(page, 'the page of a destroyed VM in Chinese');
  });
});
