// Opening the same address again (a reload, a return to a ticket link) sends the recycle bin's list request before
// the app's code has been evaluated, and only once: the app takes that answer instead of asking again.
import { expect, openSignedIn, test } from './fixtures.ts';

test('a reload sends the list request before the app code has run, once', async ({ page }) => {
  await openSignedIn(page, '/?q=web');
  const rows = page.getByRole('table', { name: 'Destroyed VMs' }).getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  const lists: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'GET' && r.url().includes('/zstack/v1/vm-instances?')) lists.push(r.url());
  });
  await page.reload();
  await expect(rows.nth(1)).toBeVisible();
  const timing = await page.evaluate(() => {
    const evaluated = performance.getEntriesByName('console:app-evaluated')[0]?.startTime ?? NaN;
    const list = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
      (e) => e.name.includes('/zstack/v1/vm-instances?') && e.name.includes('limit='),
    );
    return { evaluated, listStart: list?.startTime ?? NaN };
  });
  expect(timing.listStart).toBeLessThan(timing.evaluated);
  // The first page's list request, sent once (other lists, e.g. names for the rows, may follow).
  const firstPage = lists.filter((u) => u.includes('limit=20'));
  expect(firstPage).toHaveLength(1);
});

test('opening the events by URL downloads their page’s code next to the app’s, not after it has run', async ({
  page,
}) => {
  await openSignedIn(page, '/');
  await expect(page.getByRole('table', { name: 'Destroyed VMs' }).getByRole('row').nth(1)).toBeVisible();
  await page.goto('/events');
  await expect(page.getByRole('heading', { level: 1, name: 'Deletion events' })).toBeVisible();
  const timing = await page.evaluate(() => {
    const evaluated = performance.getEntriesByName('console:app-evaluated')[0]?.startTime ?? NaN;
    const chunk = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) =>
      /\/assets\/EventsPage-[\w-]+\.js$/u.test(e.name),
    );
    return { evaluated, chunkStart: chunk?.startTime ?? NaN };
  });
  expect(timing.chunkStart).toBeLessThan(timing.evaluated);
});

test('a Chinese reader’s catalog downloads next to the app’s code, not after it has run', async ({
  page,
}) => {
  await openSignedIn(page, '/');
  await page.evaluate(() => localStorage.setItem('zstack-console.locale', 'zh-CN'));
  await page.reload();
  await expect(page.getByRole('table', { name: '已删除的云主机' }).getByRole('row').nth(1)).toBeVisible();
  const timing = await page.evaluate(() => {
    const evaluated = performance.getEntriesByName('console:app-evaluated')[0]?.startTime ?? NaN;
    const chunk = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) =>
      /\/assets\/zh-CN-[\w-]+\.js$/u.test(e.name),
    );
    return { evaluated, chunkStart: chunk?.startTime ?? NaN };
  });
  expect(timing.chunkStart).toBeLessThan(timing.evaluated);
});

test('the app’s code runs after React’s has been evaluated, and its file and styles come with the page', async ({
  page,
  request,
}) => {
  // Its styles are in the HTML: the first paint is styled without waiting for the app's code to be imported.
  const html = await (await request.get('/')).text();
  expect(html).toMatch(/<link rel="stylesheet"[^>]* href="\/assets\/app-[\w-]+\.css"/u);
  await openSignedIn(page, '/');
  await expect(page.getByRole('table', { name: 'Destroyed VMs' }).getByRole('row').nth(1)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('table', { name: 'Destroyed VMs' }).getByRole('row').nth(1)).toBeVisible();
  const timing = await page.evaluate(() => {
    const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const app = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) =>
      /\/assets\/app-[\w-]+\.js$/u.test(e.name),
    );
    return {
      react: mark('console:react-evaluated'),
      app: mark('console:app-evaluated'),
      appRequested: app?.startTime ?? NaN,
    };
  });
  // The app's module ran after React's had been evaluated: it is not in the entry's static imports.
  expect(timing.react).toBeLessThan(timing.app);
  // It was requested from the HTML (preloaded), not once React's code had run.
  expect(timing.appRequested).toBeLessThan(timing.react);
});

test('opening the data-volume bin by URL asks for its rows while the page’s own code is still on its way', async ({
  page,
}) => {
  await openSignedIn(page, '/');
  await expect(page.getByRole('table', { name: 'Destroyed VMs' }).getByRole('row').nth(1)).toBeVisible();
  // The scripts index.html loads itself; every other script is held until the list request has left.
  const html = await (await page.request.get('/volumes')).text();
  let listSent = () => {};
  const sent = new Promise<void>((resolve) => {
    listSent = resolve;
  });
  page.on('request', (request) => {
    if (request.url().includes('/zstack/v1/volumes?') && request.url().includes('limit=20')) listSent();
  });
  await page.route(/\/assets\/[^/]+\.js$/u, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (!html.includes(`src="${path}"`) && !html.includes(`href="${path}"`)) await sent;
    await route.continue();
  });
  // A first visit of this address in the tab: no noted request sends the list from the page's first script.
  await page.goto('/volumes');
  await expect(
    page.getByRole('table', { name: 'Deleted data volumes' }).getByRole('row').nth(1),
  ).toBeVisible();
});
