// Deletion events from the help desk's side: a bin row's "deleted by" opens the event that holds it (a stable
// address), with its counts and a deadline that counts down, every item, a CSV for the ticket with the restore plan's
// marks, and a clean print. Axe in both themes, in every language, and 390 px: incident-a11y.spec.ts.
import { readFile } from 'node:fs/promises';
import { expect, openSignedIn, sim, test } from './fixtures.ts';

test('a row’s "deleted by" opens its event: counts, live deadline, items and the CSV', async ({
  page,
  request,
}) => {
  const uuid = await sim.scenario(request, 'Vms', 'carol-build-03');
  await openSignedIn(page, `/?q=${uuid}`);
  await page.getByRole('link', { name: 'carol: its deletion event' }).click();
  await expect(page).toHaveURL(/\/events\/carol_10\.20\.9\.12_\d+$/u);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Deletion event: carol, /u);
  const summary = page
    .getByRole('list', { name: 'About this event' })
    .or(page.getByLabel('About this event'));
  await expect(summary).toContainText(/\d+ VMs?,? (and )?\d+ data volumes?/u);
  await expect(summary).toContainText(/0 recovered, 0 expunged/u);
  // the deadline counts down: its seconds change while the page is open
  const deadline = summary.getByText(/^in (\d+ days? )?\d\d:\d\d:\d\d$/u);
  const before = await deadline.textContent();
  await expect(deadline).not.toHaveText(before ?? '');

  const items = page.getByRole('table', { name: 'Deleted items' });
  await expect(items.getByRole('row', { name: /^carol-build-03/u })).toContainText('In the recycle bin');
  await expect(items.getByRole('row', { name: /^data-carol-build-03/u })).toContainText(
    'deleted with VM carol-build-03',
  );
  await expect(page.getByRole('link', { name: 'Plan restore' })).toHaveAttribute(
    'href',
    new RegExp(`^/restore\\?event=carol_[^&]+&vm=[^&]*${uuid}`, 'u'),
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^deletion-event-carol_10\.20\.9\.12_\d+\.csv$/u);
  const text = await readFile((await download.path()) ?? '', 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).trimEnd().split('\r\n');
  expect(lines[0]).toMatch(/^Event,Operator,Client address,Deleted at,Kind,Name,UUID,Owner,State now/u);
  const vmLine = lines.find((l) => l.includes(`,${uuid},`));
  expect(vmLine).toMatch(
    /,carol,10\.20\.9\.12,\d{4}-\d\d-\d\dT[\d:.]+Z,VM,carol-build-03,[0-9a-f]{32},carol,In the recycle bin,/u,
  );
  expect(lines.some((l) => /,Data volume,data-carol-build-03,.*,carol-build-03,/u.test(l))).toBe(true);
  expect(lines).toHaveLength(1 + (await items.getByRole('row').count()) - 1);
});

test.describe('the ops-script incident', () => {
  test.beforeEach(async ({ request }) => {
    expect((await request.post('/zstack/__sim/reset', { data: { scenario: 'ops-script' } })).ok()).toBe(true);
  });
  test.afterEach(async ({ request }) => {
    expect((await request.post('/zstack/__sim/reset', { data: { scenario: 'default' } })).ok()).toBe(true);
  });

  test('its CSV carries the restore plan’s marks of each item', async ({ page, request }) => {
    const info = (await (await request.get('/zstack/__sim/info')).json()) as {
      opsScript?: { vms: string[] };
    };
    await openSignedIn(page, `/events?around=${info.opsScript?.vms[0] ?? ''}`);
    await expect(page.getByRole('table', { name: 'Deleted items' })).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const text = await readFile((await download.path()) ?? '', 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    // A line break inside a quoted cell (one mark a line) stays in its record.
    const records = text
      .slice(1)
      .trimEnd()
      .split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/u);
    expect(records[0]).toContain(',Deleted with VM,Restore plan checks,Restore outcome,');
    const record = (kindAndName: string) => records.find((r) => r.includes(`,${kindAndName},`)) ?? '';
    expect(record('VM,proj-x-db-01')).toMatch(
      /Will fail: Its root volume is on local storage [^,]*, and the host that held it has been deleted/u,
    );
    expect(record('VM,proj-x-web-01')).toContain('Note: 1 live VM is also named proj-x-web-01.');
    // Its VM certain to fail starts left out of the plan: the volume stays detached.
    expect(record('Data volume,proj-x-db-01-data')).toContain(
      'Partly: Its VM proj-x-db-01 is left out of this plan: it will stay detached.',
    );
    expect(record('VM,proj-x-app-01')).toMatch(/,In the recycle bin,[^,]*,,,,,$/u);
  });

  test('the event prints cleanly: no app bar and no buttons, every item on paper', async ({
    page,
    request,
  }) => {
    const info = (await (await request.get('/zstack/__sim/info')).json()) as {
      opsScript?: { vms: string[] };
    };
    await openSignedIn(page, `/events?around=${info.opsScript?.vms[0] ?? ''}`);
    const items = page.getByRole('table', { name: 'Deleted items' });
    await expect(items).toBeVisible();
    const counts = (await page.getByLabel('Items', { exact: true }).textContent()) ?? '';
    const total = [...counts.matchAll(/\d+/gu)].reduce((sum, [n]) => sum + Number(n), 0);
    // the whole incident: 30 VMs, the data volumes deleted with them, 2 images
    expect(total).toBeGreaterThan(50);

    // A4 portrait at 96 dpi inside Chromium's default margins: the width the page is printed at
    await page.setViewportSize({ width: 718, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Plan restore' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'All deletion events' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Deletion event: ops-script, /u);
    const rows = items.getByRole('row');
    await expect(rows).toHaveCount(1 + total);
    for (const row of await rows.all()) await expect(row).toBeVisible();
    // on paper the table is as wide as the page: no column cut off at the right edge
    const overflow = await items.evaluate(
      (table) => table.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
