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
