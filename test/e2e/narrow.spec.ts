// A 390 × 844 phone: every recycle bin's rows are cards, and every action on them is in the window without
// scrolling sideways (a table that scrolls inside its card would hide Deleted, Expunges and Recover to the right).
import type { Locator, Page } from '@playwright/test';
import { expect, openSignedIn, test } from './fixtures.ts';

const WIDTH = 390;

async function expectInsideWindow(target: Locator, what: string) {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  expect(box, `${what} is drawn`).not.toBeNull();
  expect(box?.x ?? -1, `${what} starts inside the window`).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? WIDTH + 1), `${what} ends inside the window`).toBeLessThanOrEqual(
    WIDTH,
  );
}

async function expectNothingScrollsSideways(page: Page) {
  const wide = await page.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll('main *')]
      .filter(
        (e) =>
          e.scrollWidth > e.clientWidth + 1 &&
          (e === document.documentElement || ['auto', 'scroll'].includes(getComputedStyle(e).overflowX)),
      )
      .map((e) => e.className || e.tagName),
  );
  expect(wide, 'boxes that scroll sideways').toEqual([]);
}

for (const bin of [
  { path: '/', table: 'Destroyed VMs' },
  { path: '/volumes', table: 'Deleted data volumes' },
  { path: '/images', table: 'Deleted images' },
]) {
  test(`${bin.path}: every action is reachable at 390 px without scrolling sideways`, async ({ page }) => {
    await page.setViewportSize({ width: WIDTH, height: 844 });
    await openSignedIn(page, bin.path);
    const table = page.getByRole('table', { name: bin.table });
    await expect(table).toBeVisible();
    await expectNothingScrollsSideways(page);
    const rows = table.getByRole('row');
    const row = rows.nth(1);
    // The card says when it was deleted, when it expunges and who deleted it, under those words.
    for (const label of ['Deleted', 'Expunges', 'Deleted by']) {
      await expect(row.getByRole('cell', { name: new RegExp(`^${label}`, 'u') }).first()).toBeVisible();
    }
    await expectInsideWindow(row.getByRole('checkbox'), 'the row’s checkbox');
    await expectInsideWindow(row.getByRole('link').first(), 'the row’s name');
    await expectInsideWindow(row.getByRole('button', { name: /^Recover / }), 'Recover');
    await expectInsideWindow(row.getByRole('button', { name: /^Expunge / }), 'Expunge');
    await expectInsideWindow(
      rows.last().getByRole('button', { name: /^Expunge / }),
      'the last row’s Expunge',
    );
    await row.getByRole('checkbox').check();
    await expectInsideWindow(page.getByRole('button', { name: 'Recover 1 selected' }), 'bulk Recover');
    await expectInsideWindow(page.getByRole('button', { name: 'Expunge 1 selected' }), 'bulk Expunge');
    await row.getByRole('button', { name: /^Recover / }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
  });
}

test('the app bar is one row at 390 px, and every action of it is reachable from its menu', async ({
  page,
}) => {
  await page.setViewportSize({ width: WIDTH, height: 844 });
  await openSignedIn(page, '/');
  await expect(page.getByRole('table', { name: 'Destroyed VMs' })).toBeVisible();
  const bar = page.getByRole('banner');
  // One row: no taller than the 56 px toolbar of a phone (it was three rows, about 170 px).
  expect((await bar.boundingBox())?.height ?? 999).toBeLessThanOrEqual(64);
  const menu = bar.getByRole('button', { name: 'Menu' });
  await expectInsideWindow(menu, 'the menu button');
  await expect(bar.getByRole('link', { name: 'Settings' })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expectInsideWindow(bar.getByRole('link', { name: 'Recycle bin', exact: true }), 'Recycle bin');
  await expectInsideWindow(bar.getByRole('link', { name: 'Settings' }), 'Settings');
  await expectInsideWindow(bar.getByRole('combobox', { name: /Language/u }), 'the language');
  await expectInsideWindow(bar.getByRole('button', { name: /theme/iu }), 'the theme');
  await expectInsideWindow(bar.getByRole('button', { name: 'Sign out' }), 'Sign out');
  await expectNothingScrollsSideways(page);
  // Escape closes it and gives the focus back to its button; a new page closes it too.
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  await menu.click();
  await bar.getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/\/settings$/u);
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
});

test('a phone opened on the bin gets the whole first page: the cards below the window are there and usable', async ({
  page,
}) => {
  await page.setViewportSize({ width: WIDTH, height: 844 });
  await openSignedIn(page, '/');
  await page.reload();
  const rows = page.getByRole('table', { name: 'Destroyed VMs' }).getByRole('row');
  // The heading row and 20 cards, the last of them usable.
  await expect(rows).toHaveCount(21);
  await expectInsideWindow(rows.last().getByRole('button', { name: /^Recover / }), 'the last card’s Recover');
  await page.getByRole('button', { name: 'Go to next page' }).click();
  await expect(rows).toHaveCount(21);
});
