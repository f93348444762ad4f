// Light, dark or the system's: the theme button in the app bar cycles through them, the page follows the OS while
// on "system", and the choice survives a reload.
import type { Page } from '@playwright/test';
import { expect, openSignedIn, test } from './fixtures.ts';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(18, 18, 18)';

test('the theme follows the system, then the user’s choice, across a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openSignedIn(page);
  await expect.poll(() => background(page)).toBe(DARK);
  // On "system" the page follows the OS as it changes.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => background(page)).toBe(WHITE);

  await page.getByRole('button', { name: /^Theme: follow the system\. Switch to light/u }).click();
  await page.emulateMedia({ colorScheme: 'dark' });
  // Chosen light: the OS no longer decides.
  await expect(page.getByRole('button', { name: /^Theme: light\. Switch to dark/u })).toBeVisible();
  await expect.poll(() => background(page)).toBe(WHITE);

  await page.getByRole('button', { name: /^Theme: light\. Switch to dark/u }).click();
  await expect.poll(() => background(page)).toBe(DARK);
  await page.reload();
  await expect(
    page.getByRole('button', { name: /^Theme: dark\. Switch to the system theme/u }),
  ).toBeVisible();
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => background(page)).toBe(DARK);

  await page.getByRole('button', { name: /^Theme: dark\. Switch to the system theme/u }).click();
  await expect.poll(() => background(page)).toBe(WHITE);
});

/** The colour of a dialog's surface (MUI puts the role on a transparent container around it). */
const surface = (page: Page) =>
  page.getByRole('dialog').evaluate((dialog) => {
    let el: Element | null = dialog;
    while (el && getComputedStyle(el).backgroundColor === 'rgba(0, 0, 0, 0)') el = el.firstElementChild;
    return el ? getComputedStyle(el).backgroundColor : 'none';
  });

test('dialogs, drawn with MUI and loaded on demand, take the page’s theme and follow a change', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openSignedIn(page);
  await page
    .getByRole('table', { name: /destroyed/iu })
    .getByRole('button', { name: /^Recover / })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect.poll(() => surface(page)).toBe(DARK);
  // On "system", the OS turning light turns the open dialog light as well as the page.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => background(page)).toBe(WHITE);
  await expect.poll(() => surface(page)).toBe(WHITE);
});
