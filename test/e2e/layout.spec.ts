import type { Page } from '@playwright/test';
import { expect, openSignedIn, test } from './fixtures.ts';

/** The page never scrolls sideways: wide tables scroll inside their own box. */
async function expectNoHorizontalScroll(page: Page, what: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${what} is wider than the window`).toBeLessThanOrEqual(innerWidth);
}

for (const [device, width, height] of [
  ['a laptop', 1366, 768],
  ['a narrow window', 390, 844],
] as const) {
  test(`the recycle bin and the inventory view fit ${device}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openSignedIn(page, '/?q=web-01');
    await expect(page.getByRole('link', { name: 'web-01', exact: true })).toBeVisible();
    await expectNoHorizontalScroll(page, 'the recycle bin');
    await page.getByRole('link', { name: 'web-01', exact: true }).click();
    await expect(page.getByRole('table', { name: 'Volumes', exact: true })).toBeVisible();
    await expectNoHorizontalScroll(page, 'the inventory view');
  });
}
