import { nameLinks } from './bin-helpers.ts';
import { expect, openSignedIn, row, sim, test } from './fixtures.ts';

test.describe('finding a deleted VM', () => {
  test('a help-desk user finds a VM by name, UUID and MAC, pages and sorts on the server', async ({
    page,
    request,
  }) => {
    await openSignedIn(page);
    await expect(page.getByRole('heading', { name: 'Recycle bin', level: 1 })).toBeVisible();
    const count = page.getByText(/^\d+ destroyed VMs$/u);
    await expect(count).toBeVisible();
    await expect(page.getByRole('table', { name: 'Destroyed VMs' }).getByRole('row')).toHaveCount(21);

    const search = page.getByRole('searchbox', { name: 'Search destroyed VMs' });
    await search.fill('web-01');
    await expect(row(page, 'web-01')).toBeVisible();
    await expect(page).toHaveURL(/[?&]q=web-01/u);
    const log = await sim.requests(request);
    expect(log.some((r) => r.path.includes('q=name~%3D%25web-01%25'))).toBe(true);

    // The UUID of web-01, read from its row, finds exactly that VM.
    await page.getByRole('link', { name: 'web-01', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'web-01', level: 1 })).toBeVisible();
    const uuid = page.url().split('/vms/')[1] ?? '';
    expect(uuid).toMatch(/^[0-9a-f]{32}$/u);
    const mac =
      (await page
        .getByRole('table', { name: 'Network interfaces' })
        .getByText(/^fa:/u)
        .first()
        .textContent()) ?? '';
    await page.goBack();
    await search.fill(uuid);
    await expect(page.getByText('1 destroyed VM match')).toBeVisible();
    await expect(row(page, 'web-01')).toBeVisible();
    await search.fill(mac.toUpperCase());
    await expect(page.getByText('Searching by MAC address')).toBeVisible();
    await expect(page.getByText('1 destroyed VM match')).toBeVisible();
    await expect(row(page, 'web-01')).toBeVisible();

    await page.getByRole('button', { name: 'Clear search text' }).click();
    await expect(count).toBeVisible();
    const table = page.getByRole('table', { name: 'Destroyed VMs' });
    await page.getByRole('button', { name: /^Name/u }).click();
    await expect(page).toHaveURL(/sort=name&dir=asc/u);
    // The header shows the new order at once; the old rows stay, dimmed and busy, until the sorted page arrives.
    await expect(page.getByRole('columnheader', { name: /Name/u })).toHaveAttribute('aria-sort', 'ascending');
    await expect(table).toHaveAttribute('aria-busy', 'false');
    const firstNames = await nameLinks(page.getByRole('table', { name: 'Destroyed VMs' })).allTextContents();
    // ZStack sorts with MySQL's case-insensitive collation.
    const key = (s: string) => s.toLowerCase();
    expect(firstNames).toEqual(
      [...firstNames].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)),
    );
    await page.getByRole('button', { name: 'Go to next page' }).click();
    await expect(page).toHaveURL(/page=2/u);
    await expect(page.getByText(/^21–40 of \d+$/u)).toBeVisible();
    await expect(table).toHaveAttribute('aria-busy', 'false');
    const nextNames = await nameLinks(page.getByRole('table', { name: 'Destroyed VMs' })).allTextContents();
    expect(nextNames[0]).not.toBe(firstNames[0]);
    const after = await sim.requests(request);
    expect(
      after.some(
        (r) => r.path.includes('sort=%2Bname') && r.path.includes('start=20') && r.path.includes('limit=20'),
      ),
    ).toBe(true);
  });

  test('a pasted link with search, sort and page opens that exact view', async ({ page }) => {
    await openSignedIn(page, '/?q=1&sort=memorySize&dir=asc&page=2&size=50');
    await expect(page).toHaveURL(/\?q=1&sort=memorySize&dir=asc&page=2&size=50$/u);
    await expect(page.getByRole('searchbox', { name: 'Search destroyed VMs' })).toHaveValue('1');
    await expect(page.getByRole('columnheader', { name: /Memory/u })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(page.getByText(/51–\d+ of \d+/u)).toBeVisible();
  });

  test('a normal account sees only its own VMs and no admin columns', async ({ page }) => {
    await openSignedIn(page, '/', 'alice', 'alice-password');
    await expect(row(page, 'web-01')).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Account' })).toHaveCount(0);
    await page.getByRole('searchbox', { name: 'Search destroyed VMs' }).fill('legacy-db-01');
    await expect(page.getByText(/No destroyed VM matches/u)).toBeVisible();
  });

  test('the session expires mid-work: back to login, then back to the same list state', async ({
    page,
    request,
  }) => {
    await openSignedIn(page, '/?q=web&sort=name&dir=asc');
    // Everything on screen has loaded (the admin's Account column last) before the session dies.
    await expect(row(page, 'web-01').getByRole('cell', { name: 'alice', exact: true })).toBeVisible();
    // The app bar's expiring-soon count comes after the first paint: its requests must not be the ones that meet
    // the dead session, or the page leaves before the user refreshes.
    await expect(page.getByRole('link', { name: /^Expiring soon: /u })).toBeVisible();
    await sim.expireSessions(request);
    await page.getByRole('button', { name: 'Refresh the list' }).click();
    await expect(
      page.getByText('Your session expired. Sign in again to return to where you were.'),
    ).toBeVisible();
    await page.getByLabel('Account name').fill('admin');
    await page.getByLabel(/^Password/u).fill('password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/\?q=web&sort=name&dir=asc$/u);
    await expect(row(page, 'web-01')).toBeVisible();
  });
});

test('opening the console on a slow node: the page shows at once with the list loading, then the rows', async ({
  page,
}) => {
  await openSignedIn(page);
  const table = page.getByRole('table', { name: 'Destroyed VMs' });
  // The start-up waits a moment for the rows, so a quick node's first render has them; a slow one must not hold
  // the page back.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/zstack\/v1\/vm-instances\?/u, async (route) => {
    await held;
    await route.continue();
  });
  await page.reload();
  await expect(page.getByRole('progressbar', { name: 'Loading destroyed VMs' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recycle bin', level: 1 })).toBeVisible();
  release();
  await expect(table.getByRole('row')).toHaveCount(21);
});
