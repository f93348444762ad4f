// The incident pages for everyone: the deletion events, one event and the restore plan are axe clean in light and
// dark in every language, the page body never wider than a 390 px phone (a table scrolls in its own box), and the
// restore runs by keyboard alone: leave an item out, change a restore option and start the run (Tab, Space, Enter).
import type { Locator, Page } from '@playwright/test';
import { paths } from '../../src/components/paths.ts';
import { en } from '../../src/i18n/en/index.ts';
import '../../src/i18n/en/events.ts';
import '../../src/i18n/en/restore.ts';
import { zhCN } from '../../src/i18n/zh-CN/index.ts';
import { zhTW } from '../../src/i18n/zh-TW/index.ts';
import { expectNoViolations } from './axe.ts';
import { expect, openSignedIn, signInByName, sim, test } from './fixtures.ts';

const WIDTH = 390;

/** web-01 (recovers), legacy-db-01 (its host is gone: marked, left out) and web-01's data volume deleted with it. */
async function planAddress(page: Page) {
  const request = page.request;
  const [web, legacy, volume] = await Promise.all([
    sim.scenario(request, 'Vms', 'web-01'),
    sim.scenario(request, 'Vms', 'legacy-db-01'),
    sim.scenario(request, 'Volumes', 'data-web-02'),
  ]);
  return { web, volume, url: paths.restorePlan({ vm: [web, legacy], volume: [volume], image: [] }) };
}

/** The page body does not scroll sideways at 390 px: what is wider scrolls in its own box. */
async function expectBodyFits(page: Page, what: string) {
  const body = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity);
  expect(body, `the page body of ${what} scrolls sideways`).toBeLessThanOrEqual(WIDTH);
}

for (const [locale, t] of [
  ['en', en],
  ['zh-CN', zhCN],
  ['zh-TW', zhTW],
] as const) {
  test.describe(locale, () => {
    test.use({ locale });

    test(`the restore plan passes axe in light and dark, and fits 390 px (${locale})`, async ({ page }) => {
      // axe over a whole page, twice, on a busy machine
      test.setTimeout(90_000);
      const { url } = await planAddress(page);
      await page.goto(url);
      await signInByName(page);
      const table = page.getByRole('table', { name: t.restore.tableLabel });
      await expect(
        table.getByRole('checkbox', { name: t.restore.include('legacy-db-01') }),
      ).not.toBeChecked();
      await expectNoViolations(page, `the restore plan (${locale}, light)`);

      await page.setViewportSize({ width: WIDTH, height: 844 });
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(page.locator('html')).toHaveAttribute('data-color-mode', 'dark');
      await expect(table).toBeVisible();
      await expectBodyFits(page, 'the restore plan');
      await expectNoViolations(page, `the restore plan (${locale}, dark, 390 px)`);
    });

    test(`the deletion events and one event pass axe in light and dark, and fit 390 px (${locale})`, async ({
      page,
    }) => {
      // four analyses of two pages
      test.setTimeout(120_000);
      const vm = await sim.scenario(page.request, 'Vms', 'carol-build-03');
      await page.goto(`/events?around=${vm}`);
      await signInByName(page);
      await expect(page.getByRole('table', { name: t.events.items })).toBeVisible();
      await expectNoViolations(page, `one deletion event (${locale}, light)`);
      await page.setViewportSize({ width: WIDTH, height: 844 });
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(page.locator('html')).toHaveAttribute('data-color-mode', 'dark');
      await expectBodyFits(page, 'one deletion event');
      await expectNoViolations(page, `one deletion event (${locale}, dark, 390 px)`);

      await page.goto('/events');
      const list = page.getByRole('table', { name: t.events.tableLabel });
      await expect(list.getByRole('row').nth(1)).toBeVisible();
      await expectBodyFits(page, 'the deletion events');
      await expectNoViolations(page, `the deletion events (${locale}, dark, 390 px)`);
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.emulateMedia({ colorScheme: 'light' });
      await expect(page.locator('html')).toHaveAttribute('data-color-mode', 'light');
      await expectNoViolations(page, `the deletion events (${locale}, light)`);
    });
  });
}

/** Presses Tab until `target` has the focus: it is reachable by keyboard, in the page's own order. */
async function tabTo(page: Page, target: Locator, what: string) {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${what} is not reachable with Tab`);
}

test('by keyboard alone: leave an item out, change a restore option and start the run', async ({
  page,
  request,
}) => {
  const { web, volume, url } = await planAddress(page);
  await openSignedIn(page, url);
  const table = page.getByRole('table', { name: 'Items of the restore plan' });
  const disk = table.getByRole('checkbox', { name: 'Include data-web-02' });
  await expect(disk).toBeChecked();

  await tabTo(page, disk, 'Include data-web-02');
  await page.keyboard.press('Space');
  await expect(disk).not.toBeChecked();
  await expect(table.getByRole('row', { name: /data-web-02/u })).toContainText('Left out');

  const start = page.getByRole('checkbox', { name: 'Start the VMs after their volumes are attached' });
  await tabTo(page, start, 'the start option');
  await page.keyboard.press('Space');
  await expect(start).not.toBeChecked();

  const restore = page.getByRole('button', { name: 'Restore 1 item' });
  await tabTo(page, restore, 'Restore');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText('1 of 1 VM recovered.')).toBeVisible({ timeout: 20_000 });
  expect(await sim.ran(request, 'recoverVmInstance', web)).toBe(1);
  expect(await sim.ran(request, 'recoverDataVolume', volume)).toBe(0);
  expect(await sim.ran(request, 'startVmInstance', web)).toBe(0);
});
