// A bin's search as a CSV file in the browser: the ops-script incident's VMs searched by name, exported, and the
// downloaded file read back (BOM, header, one line per VM, the same names the list shows).
import { readFile } from 'node:fs/promises';
import { expect, openSignedIn, test } from './fixtures.ts';

test.beforeEach(async ({ request }) => {
  expect((await request.post('/zstack/__sim/reset', { data: { scenario: 'ops-script' } })).ok()).toBe(true);
});
test.afterEach(async ({ request }) => {
  expect((await request.post('/zstack/__sim/reset', { data: { scenario: 'default' } })).ok()).toBe(true);
});

test('exports the VMs that match the search as a UTF-8 CSV with every row', async ({ page }) => {
  await openSignedIn(page, '/?q=proj-x');
  await expect(page.getByText('30 destroyed VMs match')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV of the VMs that match' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^recycle-bin-vms-\d{8}-\d{4}\.csv$/u);
  await expect(page.getByRole('status').filter({ hasText: 'Exported 30 rows.' })).toBeVisible();
  const bytes = await readFile(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
  expect(header).toBe('Name,UUID,Deleted at (UTC),CPUs,Memory (bytes),Description');
  expect(rows).toHaveLength(30);
  const names = rows.map((r) => r.split(',')[0]).sort();
  expect(names).toContain('proj-x-db-01');
  expect(names).toContain('proj-x-ci-01');
  expect(names.every((n) => n?.startsWith('proj-x-'))).toBe(true);
  // newest first, as the list: the script's last VM leads
  expect(rows[0]?.split(',')[0]).toBe('proj-x-ci-01');
});
