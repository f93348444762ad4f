import { expect, openSignedIn, row, screenshot, signIn, test, zstack } from './fixtures.ts';
import { expectNoViolations } from './axe.ts';

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on every screen (${scheme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: /Sign in/u })).toBeVisible();
    await expectNoViolations(page, 'login');

    await signIn(page, 'admin', 'wrong-password');
    await expect(page.getByText('Wrong account name or password.', { exact: false })).toBeVisible();
    await expectNoViolations(page, 'login error');

    await page.getByLabel(/^Password/u).fill('password');
    await page.getByLabel(/^Password/u).press('Enter');
    await expect(page.getByRole('table', { name: 'Destroyed VMs' }).getByRole('row')).toHaveCount(21);
    await expectNoViolations(page, 'recycle bin');

    await page.getByRole('searchbox', { name: 'Search destroyed VMs' }).fill('legacy-db-01');
    await row(page, 'legacy-db-01').getByRole('button', { name: 'Recover legacy-db-01' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText(/data volumes? detached at deletion/iu)).toBeVisible();
    await expectNoViolations(page, 'recover dialog');
    await dialog.getByRole('button', { name: 'Recover', exact: true }).click();
    await expect(dialog.getByRole('alert')).toBeVisible();
    await expectNoViolations(page, 'error view');
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('searchbox', { name: 'Search destroyed VMs' }).fill('web-01');
    await page.getByRole('link', { name: 'web-01', exact: true }).click();
    await expect(page.getByRole('table', { name: 'Volumes', exact: true })).toBeVisible();
    await expectNoViolations(page, 'inventory view');

    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    await expectNoViolations(page, 'settings');
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe on the recycle bin oldest first, with the "due now" and under-a-day chips (${scheme} theme)`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openSignedIn(page);
    await page.getByRole('button', { name: /^Deleted/u }).click();
    // Deleted is the default sort field, so only the direction goes into the URL.
    await expect(page).toHaveURL(/[?&]dir=asc/u);
    await expect(page.getByRole('columnheader', { name: 'Deleted', exact: true })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const table = page.getByRole('table', { name: 'Destroyed VMs' });
    await expect(table).toHaveAttribute('aria-busy', 'false');
    // Past its expunge time, waiting for the next pass of the expunge task.
    await expect(row(page, 'overdue-01').getByText(/^Due now/u)).toBeVisible();
    // Under a day left: the highlighted chip, in minutes and in hours.
    // ("in 45 min" or "in 45 minutes", "in 4 h 6 min" or "in 4 hours 6 minutes", with the hidden "(soon)")
    await expect(row(page, 'expiring-soon-01').getByText(/^in \d+ min(ute)?s? \(soon\)$/u)).toBeVisible();
    await expect(table.getByText(/^in \d+ h(ours?)?,? \d+ min(ute)?s? \(soon\)$/u).first()).toBeVisible();
    await expectNoViolations(page, `recycle bin oldest first (${scheme})`);
  });

  test(`axe on the recycle bin when ZStack never expunges by itself (${scheme} theme)`, async ({
    page,
    request,
  }) => {
    const admin = await zstack.signIn(request);
    await zstack.action(request, admin, 'PUT', 'global-configurations/vm/deletionPolicy/actions', {
      updateGlobalConfig: { value: 'Never' },
    });
    await page.emulateMedia({ colorScheme: scheme });
    await openSignedIn(page, '/?sort=lastOpDate&dir=asc');
    await expect(page.getByText(/ZStack keeps them until they are expunged by hand\./u)).toBeVisible();
    // Set through the API after Delay was in force (the audit log says so): a pause, so kept until resumed.
    await expect(
      row(page, 'overdue-01').getByRole('cell', { name: 'Kept until resumed', exact: true }),
    ).toBeVisible();
    await expect(page.getByText('Automatic expunging is paused')).toBeVisible();
    await expect(page.getByText(/^Due now/u)).toHaveCount(0);
    await expect(page.getByText(/\(soon\)$/u)).toHaveCount(0);
    await expectNoViolations(page, `recycle bin, deletion policy Never (${scheme})`);
  });
}

test('after an expunge the row is gone: focus moves to the page heading, not to <body>', async ({ page }) => {
  await openSignedIn(page);
  await page.getByRole('searchbox', { name: 'Search destroyed VMs' }).fill('expiring-soon-01');
  await row(page, 'expiring-soon-01').getByRole('button', { name: 'Expunge expiring-soon-01' }).click();
  const dialog = page.getByRole('dialog', { name: 'Expunge expiring-soon-01 for good?' });
  const name = dialog.getByRole('textbox', { name: 'VM name' });
  await expect(name).toBeFocused();
  await page.keyboard.type('expiring-soon-01');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/No destroyed VM matches/u)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recycle bin', level: 1 })).toBeFocused();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
});

test('the whole recover flow works with the keyboard alone', async ({ page }) => {
  await openSignedIn(page);
  const search = page.getByRole('searchbox', { name: 'Search destroyed VMs' });
  await search.focus();
  await page.keyboard.type('web-01');
  await expect(row(page, 'web-01')).toBeVisible();
  const recover = row(page, 'web-01').getByRole('button', { name: 'Recover web-01' });
  // Tab from the search box to the row's Recover button, never touching the mouse.
  for (let i = 0; i < 40 && !(await recover.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(recover).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Recover web-01?' });
  await expect(dialog).toBeVisible();
  // Focus is trapped in the dialog: tabbing around never leaves it.
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
  const confirm = dialog.getByRole('button', { name: 'Recover', exact: true });
  for (let i = 0; i < 6 && !(await confirm.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'web-01', level: 1 })).toBeVisible();
});

test('the recycle bin screenshot for the README', async ({ page }) => {
  await page.setViewportSize({ width: 1360, height: 860 });
  await openSignedIn(page);
  const table = page.getByRole('table', { name: 'Destroyed VMs' });
  await expect(table.getByRole('row')).toHaveCount(21);
  // Owners and who deleted each VM arrive after the rows: the picture shows them, not their "…".
  await expect(table.getByRole('cell', { name: '…', exact: true })).toHaveCount(0);
  await expect(table.getByRole('cell', { name: 'alice', exact: true }).first()).toBeVisible();
  await screenshot(page, 'reports/recycle-bin.png');
});
