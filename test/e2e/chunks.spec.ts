// Code loaded on demand (dialogs, pages) over a network that drops: a failed chunk is fetched again by itself,
// and if it keeps failing its place shows a message with "Retry" while the rest of the console stays. Never the
// crash page.
import type { Page, Route } from '@playwright/test';
import { expect, openSignedIn, row, test } from './fixtures.ts';

// The built chunks are named <module>-<hash>.js; a retry asks for the same file with ?retry=<n>.
const recoverDialogChunk = /\/assets\/RecoverDialog-[\w-]+\.js(\?.*)?$/u;
const settingsPageChunk = /\/assets\/SettingsPage-[\w-]+\.js(\?.*)?$/u;
const muiScopeChunk = /\/assets\/MuiScope-[\w-]+\.js(\?.*)?$/u;
const appChunk = /\/assets\/app-[\w-]+\.js(\?.*)?$/u;

/** Fails the first `times` requests for the chunk (all of them until `unblock` when omitted). */
async function failChunk(page: Page, url: RegExp, times = Number.POSITIVE_INFINITY) {
  let requests = 0;
  let blocked = true;
  await page.route(url, async (route: Route) => {
    requests += 1;
    if (blocked && requests <= times) await route.abort('internetdisconnected');
    else await route.fallback();
  });
  return {
    requests: () => requests,
    unblock: () => {
      blocked = false;
    },
  };
}

declare global {
  interface Window {
    __crashed?: boolean;
  }
}

/** Notes if the crash page ever shows, however briefly. */
async function watchForCrashPage(page: Page) {
  await page.addInitScript(() => {
    window.__crashed = false;
    new MutationObserver(() => {
      for (const h of document.querySelectorAll('h1'))
        if (h.textContent.includes('Something went wrong')) window.__crashed = true;
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().includes('The console crashed')) errors.push(m.text());
  });
  // An uncaught error or an unhandled rejection (a prefetch nobody waits for) is a failure too.
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return async () => {
    expect(await page.evaluate(() => window.__crashed)).toBe(false);
    expect(errors).toEqual([]);
    expect(pageErrors).toEqual([]);
  };
}

async function clickRecover(page: Page, name: string) {
  await page.getByRole('searchbox', { name: 'Search destroyed VMs' }).fill(name);
  await row(page, name)
    .getByRole('button', { name: `Recover ${name}` })
    .click();
}

test('the recover dialog’s chunk fails once: it is fetched again and the dialog opens', async ({ page }) => {
  const expectNoCrash = await watchForCrashPage(page);
  await openSignedIn(page);
  const chunk = await failChunk(page, recoverDialogChunk, 1);
  await clickRecover(page, 'web-01');
  await expect(page.getByRole('dialog', { name: 'Recover web-01?' })).toBeVisible();
  expect(chunk.requests()).toBeGreaterThanOrEqual(2);
  await expect(page.getByText(/Could not load/u)).toHaveCount(0);
  await expectNoCrash();
});

test('the recover dialog’s chunk keeps failing: a message with Retry over the list, then Retry opens it', async ({
  page,
}) => {
  const expectNoCrash = await watchForCrashPage(page);
  await openSignedIn(page);
  const chunk = await failChunk(page, recoverDialogChunk);
  await clickRecover(page, 'web-01');
  const failure = page.getByRole('alert').filter({ hasText: 'Could not load the recover dialog' });
  await expect(failure).toBeVisible();
  // It tried again by itself before giving up.
  expect(chunk.requests()).toBeGreaterThanOrEqual(3);
  const retry = failure.getByRole('button', { name: 'Retry' });
  await expect(retry).toBeFocused();
  await expect(failure.getByRole('button', { name: 'Close' })).toBeVisible();
  // The list is still there behind the message.
  await expect(row(page, 'web-01')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recycle bin', level: 1 })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  chunk.unblock();
  await retry.click();
  const dialog = page.getByRole('dialog', { name: 'Recover web-01?' });
  await expect(dialog).toBeVisible();
  await expect(failure).toBeHidden();
  await dialog.getByRole('button', { name: 'Recover', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'web-01', level: 1 })).toBeVisible();
  await expectNoCrash();
});

test('MUI’s chunk keeps failing while the list prefetches its dialogs: no unhandled rejection, Retry opens it', async ({
  page,
}) => {
  const expectNoCrash = await watchForCrashPage(page);
  const mui = await failChunk(page, muiScopeChunk);
  // The list warms the recover and expunge dialogs (with MUI) as it loads; nobody waits for those prefetches.
  await openSignedIn(page);
  await clickRecover(page, 'web-01');
  // By the time the dialog gives up, the prefetches that started with the list have failed too.
  const failure = page.getByRole('alert').filter({ hasText: 'Could not load the recover dialog' });
  await expect(failure).toBeVisible();
  mui.unblock();
  await failure.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('dialog', { name: 'Recover web-01?' })).toBeVisible();
  await expectNoCrash();
});

test('the settings page’s chunk fails once: it is fetched again and the page shows', async ({ page }) => {
  const expectNoCrash = await watchForCrashPage(page);
  await openSignedIn(page);
  const chunk = await failChunk(page, settingsPageChunk, 1);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  expect(chunk.requests()).toBeGreaterThanOrEqual(2);
  await expect(page.getByText(/Could not load/u)).toHaveCount(0);
  await expectNoCrash();
});

test('the settings page’s chunk keeps failing: a message with Retry in its place, then Retry shows it', async ({
  page,
}) => {
  const expectNoCrash = await watchForCrashPage(page);
  await openSignedIn(page);
  const chunk = await failChunk(page, settingsPageChunk);
  await page.getByRole('link', { name: 'Settings' }).click();
  const failure = page.getByRole('alert').filter({ hasText: 'Could not load the settings page' });
  await expect(failure).toBeVisible();
  expect(chunk.requests()).toBeGreaterThanOrEqual(3);
  await expect(page).toHaveURL(/\/settings$/u);
  // The rest of the console stays: the app bar and its navigation work.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  chunk.unblock();
  await failure.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(failure).toBeHidden();
  await expectNoCrash();
});

test('the page a tab opens on cannot be loaded: the console starts anyway, with Retry in the page’s place', async ({
  page,
}) => {
  const expectNoCrash = await watchForCrashPage(page);
  await openSignedIn(page);
  const chunk = await failChunk(page, settingsPageChunk);
  // Opened by URL: its code is loaded next to the console's own before the first render.
  await page.goto('/settings');
  const failure = page.getByRole('alert').filter({ hasText: 'Could not load the settings page' });
  await expect(failure).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  chunk.unblock();
  await failure.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expectNoCrash();
});

test.describe('the app’s own chunk, at start-up', () => {
  /**
   * Reloads the signed-in bin while the app's chunk fails (its first `times` requests, or until `onChunk` unblocks
   * it); the list must still show, crash-free.
   */
  async function reloadWhile(
    page: Page,
    times?: number,
    onChunk?: (chunk: Awaited<ReturnType<typeof failChunk>>) => void,
  ) {
    const expectNoCrash = await watchForCrashPage(page);
    await openSignedIn(page);
    const chunk = await failChunk(page, appChunk, times);
    onChunk?.(chunk);
    await page.reload();
    await expect(page.getByRole('table', { name: 'Destroyed VMs' }).getByRole('row').nth(1)).toBeVisible();
    await expectNoCrash();
    return chunk;
  }

  test('fails twice: it is fetched again under a new name and the console starts', async ({ page }) => {
    // The HTML's preload and the first import fail; the retry asks again.
    const chunk = await reloadWhile(page, 2);
    expect(chunk.requests()).toBeGreaterThanOrEqual(3);
  });

  test('is gone (a redeploy): the page loads again once, and starts from the files it then names', async ({
    page,
  }) => {
    let documents = 0;
    await reloadWhile(page, undefined, (chunk) =>
      page.on('request', (r) => {
        if (!r.isNavigationRequest()) return;
        documents += 1;
        // The console's own reload finds the files again (a new index.html would name the new ones).
        if (documents === 2) chunk.unblock();
      }),
    );
    expect(documents).toBe(2);
  });
});

test('built files are kept by the browser for good; index.html and a missing chunk’s fallback never are', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  const script = /src="(\/assets\/[^"]+\.js)"/u.exec(html)?.[1];
  expect(script).toBeDefined();
  const asset = await request.get(script ?? '');
  expect(asset.headers()['cache-control']).toContain('immutable');
  expect((await request.get('/')).headers()['cache-control']).not.toContain('immutable');
  // A chunk a redeploy removed: whatever answers must not be kept, or the retry would get it again.
  expect(
    (await request.get('/assets/removed-by-a-redeploy-0000.js')).headers()['cache-control'] ?? '',
  ).not.toContain('immutable');
});
