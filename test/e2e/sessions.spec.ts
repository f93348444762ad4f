// Two people at one desk, one tab: nothing of one account's session may show in the next one's, neither from
// the cache nor from the history.
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, openSignedIn, row, signIn, sim, test, zstack } from './fixtures.ts';

interface Seen {
  /** [href, text] of every VM link ever rendered in a table since the last reset. */
  rows: [string, string][];
  /** Every page heading ever rendered since the last reset. */
  headings: string[];
}

declare global {
  interface Window {
    __seen?: { get: () => Seen; reset: () => void };
  }
}

/** Records every VM row and heading the page ever renders, however briefly. */
async function watchRenderedRows(page: Page) {
  await page.addInitScript(() => {
    const rows = new Map<string, string>();
    const headings = new Set<string>();
    const scan = () => {
      for (const a of document.querySelectorAll('table a[href^="/vms/"]'))
        rows.set(a.getAttribute('href') ?? '', a.textContent);
      for (const h of document.querySelectorAll('h1')) headings.add(h.textContent);
    };
    window.__seen = {
      get: () => ({ rows: [...rows], headings: [...headings] }),
      reset: () => {
        rows.clear();
        headings.clear();
        scan();
      },
    };
    new MutationObserver(scan).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href'],
    });
  });
}

const seen = (page: Page) => page.evaluate(() => window.__seen?.get() ?? { rows: [], headings: [] });
const resetSeen = (page: Page) => page.evaluate(() => window.__seen?.reset());

interface VmRef {
  uuid: string;
  name?: string;
}

/** Who owns each VM, asked as admin: uuid -> account name. */
async function vmOwners(request: APIRequestContext): Promise<Map<string, string>> {
  const info = await sim.info(request);
  const accountName = new Map(Object.entries(info.accounts).map(([name, uuid]) => [uuid, name]));
  const admin = await zstack.signIn(request);
  const refs = await zstack.query<{ resourceUuid: string; ownerAccountUuid: string }>(
    request,
    admin,
    'accounts/resources/refs?q=resourceType=VmInstanceVO&fields=resourceUuid,ownerAccountUuid&limit=100000',
  );
  return new Map(
    refs.map((r) => [r.resourceUuid, accountName.get(r.ownerAccountUuid) ?? r.ownerAccountUuid]),
  );
}

/** The destroyed VMs `account` sees, asked as that account. */
async function destroyedVmsOf(request: APIRequestContext, account: string, password: string) {
  const session = await zstack.signIn(request, account, password);
  return zstack.query<VmRef>(
    request,
    session,
    'vm-instances?q=state=Destroyed&q=type=UserVm&fields=uuid,name&limit=100000',
  );
}

/** Every VM row rendered since the last reset belongs to `account`, and there was at least one. */
async function expectOnlyRowsOf(page: Page, owners: Map<string, string>, account: string) {
  const { rows } = await seen(page);
  expect(rows.length).toBeGreaterThan(0);
  const foreign = rows
    .map(([href, name]) => ({ name, owner: owners.get(href.replace('/vms/', '')) }))
    .filter((r) => r.owner !== account);
  expect(foreign, `rows of other accounts rendered for ${account}`).toEqual([]);
}

/** Alice's destroyed VMs, and a destroyed VM of bob whose name alice has none of (on screen it can only be his). */
async function aliceAndBob(request: APIRequestContext) {
  const aliceVms = await destroyedVmsOf(request, 'alice', 'alice-password');
  const aliceNames = new Set(aliceVms.map((v) => v.name));
  const bobVm = (await destroyedVmsOf(request, 'bob', 'bob-password')).find(
    (v) => v.name !== undefined && !aliceNames.has(v.name),
  );
  if (!bobVm?.name) throw new Error('the seed has no destroyed VM of bob');
  return { aliceVms, bobVm: { uuid: bobVm.uuid, name: bobVm.name } };
}

/** Admin finds bob's VM by its UUID in the recycle bin (Account column: bob) and opens its page. */
async function adminOpensVmOf(page: Page, vm: { uuid: string; name: string }) {
  await openSignedIn(page);
  await expect(page.getByRole('columnheader', { name: 'Account' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search destroyed VMs' }).fill(vm.uuid);
  // The Account column, by position (other columns, such as who deleted it, may name people too).
  const table = page.getByRole('table', { name: 'Destroyed VMs' });
  await expect(row(page, vm.name)).toBeVisible();
  const headers = (await table.getByRole('columnheader').allTextContents()).map((h) => h.trim());
  await expect(row(page, vm.name).getByRole('cell').nth(headers.indexOf('Account'))).toHaveText('bob');
  await page.getByRole('link', { name: vm.name, exact: true }).click();
  await expect(page.getByRole('heading', { name: vm.name, level: 1 })).toBeVisible();
}

test('admin signs out, alice signs in: none of admin’s rows, and Back does not show bob’s VM', async ({
  page,
  request,
}) => {
  await watchRenderedRows(page);
  const owners = await vmOwners(request);
  const { aliceVms, bobVm } = await aliceAndBob(request);
  const bobName = bobVm.name;
  await adminOpensVmOf(page, bobVm);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: /Sign in/u })).toBeVisible();
  // Signed out on purpose: the sign-in page does not lead back to admin's page (see the slow-logout test below).
  await expect(page).toHaveURL(/\/login$/u);
  await resetSeen(page);
  await signIn(page, 'alice', 'alice-password');
  await expect(page.getByText(`${aliceVms.length} destroyed VMs`, { exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Destroyed VMs' }).getByRole('row')).toHaveCount(
    Math.min(20, aliceVms.length) + 1,
  );
  await expect(page.getByRole('columnheader', { name: 'Account' })).toHaveCount(0);

  // Back, through the pages admin had open: bob's VM (unless signing out replaced that history entry), then
  // admin's search for it. Alice sees neither the VM nor its row.
  const onVmPage = new RegExp(`/vms/${bobVm.uuid}$`, 'u');
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${onVmPage.source}|[?&]q=${bobVm.uuid}$`, 'u'));
  if (onVmPage.test(page.url())) {
    await expect(page.getByRole('heading', { name: 'VM not found', level: 1 })).toBeVisible();
    await expect(page.getByText(bobName, { exact: true })).toHaveCount(0);
    await page.goBack();
  }
  await expect(page.getByText(`No destroyed VM matches “${bobVm.uuid}”.`)).toBeVisible();

  await page.getByRole('button', { name: 'Clear the search' }).click();
  await expect(page.getByText(`${aliceVms.length} destroyed VMs`, { exact: true })).toBeVisible();
  await expectOnlyRowsOf(page, owners, 'alice');
  expect((await seen(page)).headings).not.toContain(bobName);
  // And bob's VM by its address, as from a link admin left behind.
  await page.goto(`/vms/${bobVm.uuid}`);
  await expect(page.getByRole('heading', { name: 'VM not found', level: 1 })).toBeVisible();
  await expect(page.getByText(bobName, { exact: true })).toHaveCount(0);
});

test('the session expires: admin is sent to sign-in, bob signs in and sees only his VMs', async ({
  page,
  request,
}) => {
  await watchRenderedRows(page);
  const owners = await vmOwners(request);
  const bobVms = await destroyedVmsOf(request, 'bob', 'bob-password');
  const allVms = await destroyedVmsOf(request, 'admin', 'password');
  expect(bobVms.length).toBeLessThan(allVms.length);

  await openSignedIn(page);
  await expect(page.getByText(`${allVms.length} destroyed VMs`, { exact: true })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Account' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Destroyed VMs' });
  await expect(table.getByRole('row')).toHaveCount(21);
  // Everything on screen has loaded (the owners in the Account column last) before the session dies.
  await expect(table.getByRole('cell', { name: '…', exact: true })).toHaveCount(0);
  // The app bar's expiring-soon count comes after the first paint: its requests must not be the ones that meet
  // the dead session, or the page leaves before the user refreshes.
  await expect(page.getByRole('link', { name: /^Expiring soon: /u })).toBeVisible();

  await sim.expireSessions(request);
  await page.getByRole('button', { name: 'Refresh the list' }).click();
  await expect(
    page.getByText('Your session expired. Sign in again to return to where you were.'),
  ).toBeVisible();
  await resetSeen(page);
  await signIn(page, 'bob', 'bob-password');
  await expect(page.getByText(`${bobVms.length} destroyed VMs`, { exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Destroyed VMs' }).getByRole('row')).toHaveCount(
    Math.min(20, bobVms.length) + 1,
  );
  await expect(page.getByRole('columnheader', { name: 'Account' })).toHaveCount(0);
  await expectOnlyRowsOf(page, owners, 'bob');
});

test('sign-out while ZStack is slow to confirm it: the next person starts on their own recycle bin', async ({
  page,
  request,
}) => {
  const { aliceVms, bobVm } = await aliceAndBob(request);
  await adminOpensVmOf(page, bobVm);
  // ZStack takes its time over the logout (DELETE accounts/sessions/<id>): held until alice is in.
  let releaseLogout: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    releaseLogout = resolve;
  });
  await page.route(/\/zstack\/v1\/accounts\/sessions\/[0-9a-f]{32}$/u, async (route) => {
    if (route.request().method() === 'DELETE') await held;
    await route.fallback();
  });
  try {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: /Sign in/u })).toBeVisible();
    await signIn(page, 'alice', 'alice-password');
    // Not admin's last page (bob's VM, "not found" for alice): her own list.
    await expect(page.getByRole('heading', { name: 'Recycle bin', level: 1 })).toBeVisible();
    await expect(page.getByText(`${aliceVms.length} destroyed VMs`, { exact: true })).toBeVisible();
    await expect(page).not.toHaveURL(new RegExp(bobVm.uuid, 'u'));
  } finally {
    releaseLogout();
  }
});
