// Bulk recover and expunge in the browser: selection, confirmation, per-VM results, retry, cancel, a reload in
// the middle of a run, and accessibility. The simulator counts how often each job ran, so "exactly once" is checked
// on the node's side, not by what the page says.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, openSignedIn, row, screenshot, test } from './fixtures.ts';
import {
  namesOnPage,
  node,
  recoverPage,
  resultsDialog,
  search,
  selectionStatus,
  startRedisRun,
  table,
  uuidsOnPage,
} from './bin-helpers.ts';
import { expectNoViolations } from './axe.ts';

function resultRow(dialog: Locator, name: string): Locator {
  return dialog
    .getByRole('table', { name: 'Result for each VM' })
    .getByRole('row')
    .filter({ has: dialog.page().getByRole('cell', { name, exact: true }) });
}

function outcome(dialog: Locator, name: string, text: string): Locator {
  return resultRow(dialog, name).getByRole('cell', { name: text, exact: true });
}

// The ci-runner-0 search: ci-runner-02 and -05 recover; another operator recovers ci-runner-07 first, so its
// recovery fails with SYS.1006 caused by VM.1010.
const CI = { search: 'ci-runner-0', ok: ['ci-runner-02', 'ci-runner-05'], failing: 'ci-runner-07' };

async function recoverCiRunners(page: Page) {
  await openSignedIn(page);
  await search(page, CI.search, 3);
  expect((await namesOnPage(page)).sort()).toEqual([...CI.ok, CI.failing].sort());
  await recoverPage(page, 3);
  const dialog = resultsDialog(page, 'recover', 3);
  await expect(dialog).toHaveAccessibleName('Recovery of 3 VMs finished');
  await expect(dialog.getByText('2 succeeded · 1 failed · 0 in progress · 0 waiting')).toBeVisible();
  return dialog;
}

test.describe('bulk operations', () => {
  test('a bulk recover shows each VM’s result; the failure’s ErrorCode and cause are one click away', async ({
    page,
    request,
  }) => {
    const failingUuid = await node.scenarioVm(request, CI.failing);
    const dialog = await recoverCiRunners(page);
    for (const name of CI.ok) {
      await expect(outcome(dialog, name, 'Succeeded')).toBeVisible();
      await expect(resultRow(dialog, name).getByRole('cell', { name: 'Stopped', exact: true })).toBeVisible();
      await expect(resultRow(dialog, name).getByRole('link', { name })).toHaveAttribute('href', /^\/vms\//u);
    }
    await expect(outcome(dialog, CI.failing, 'Failed')).toBeVisible();
    // One error, one click: nothing of it shows until asked for.
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: /^Details of the error of/u })).toHaveCount(1);
    await resultRow(dialog, CI.failing)
      .getByRole('button', { name: `Details of the error of ${CI.failing}` })
      .click();
    const alert = dialog.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert.getByRole('group', { name: 'Error SYS.1006' })).toBeVisible();
    await expect(alert.getByRole('group', { name: 'Caused by VM.1010' })).toBeVisible();
    await expect(alert.getByRole('group', { name: 'Caused by VM.1010' })).toContainText(
      /current vm instance state\[Stopped\]/u,
    );
    await expect(
      resultRow(dialog, CI.failing).getByRole('button', {
        name: `Hide details of the error of ${CI.failing}`,
      }),
    ).toHaveAttribute('aria-expanded', 'true');

    // Each VM's job ran exactly once on the node.
    const runs = await node.executions(request, 'recoverVmInstance');
    expect(runs.total).toBe(3);
    expect([...runs.counts.values()]).toEqual([1, 1, 1]);
    expect(runs.counts.get(failingUuid)).toBe(1);
    expect(runs.maxConcurrent).toBeLessThanOrEqual(4);
    await screenshot(page, 'reports/bulk-results.png');

    // The recovered VMs have left the recycle bin (the list refreshes when the run ends).
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(table(page).getByRole('link')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Operations: finished (3 of 3), 1 failed' })).toBeVisible();
  });

  test('results read at a glance: job and state apart, the reason inline, failures in the app bar, copy and CSV', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const dialog = await recoverCiRunners(page);
    const header = dialog.getByRole('columnheader');
    await expect(header).toHaveText(['VM', 'Job', 'VM state after', 'Reason']);
    // The job's word and the VM's state are different words in different columns.
    await expect(outcome(dialog, CI.ok[0] ?? '', 'Succeeded')).toBeVisible();
    await expect(
      resultRow(dialog, CI.ok[0] ?? '').getByRole('cell', { name: 'Stopped', exact: true }),
    ).toBeVisible();
    // The failed row says why without a click; the chain stays one click away.
    const failed = resultRow(dialog, CI.failing);
    await expect(failed).toContainText('This VM is no longer in the recycle bin: it is now Stopped.');
    const details = failed.getByRole('button', { name: `Details of the error of ${CI.failing}` });
    // Drawn as written: innerText applies CSS text-transform, so an uppercased button would read "DETAILS".
    expect(await details.innerText()).toBe('Details');

    await dialog.getByRole('button', { name: 'Copy failed list (1)' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')).toEqual([
      'VM\tUUID\tJob\tVM state after\tError code\tReason',
      expect.stringMatching(
        new RegExp(
          `^${CI.failing}\\t[0-9a-f]{32}\\tFailed\\t\\tSYS\\.1006 ← VM\\.1010\\tThis VM is no longer`,
          'u',
        ),
      ),
    ]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^recover-vm-\d{8}-\d{6}\.csv$/u);
    const bytes = await readFile((await download.path()) ?? '');
    // UTF-8 with a byte-order mark, so Excel reads Chinese names right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('"VM","UUID","Job","VM state after","Error code","Reason"');
    expect(lines).toHaveLength(4);
    expect(lines.filter((l) => l.includes('"Succeeded","Stopped"'))).toHaveLength(2);

    await dialog.getByRole('button', { name: 'Close' }).click();
    // The app bar says it in words, in its name and in red: not the same "3/3" as a run that went well.
    const indicator = page.getByRole('button', { name: 'Operations: finished (3 of 3), 1 failed' });
    await expect(indicator).toHaveText('3/3 · 1 failed');
    await expect(indicator).toHaveCSS('background-color', 'rgb(211, 47, 47)');
  });

  test('"Retry 1 failed" runs only the failed VM again', async ({ page, request }) => {
    const failingUuid = await node.scenarioVm(request, CI.failing);
    const dialog = await recoverCiRunners(page);
    await dialog.getByRole('button', { name: 'Retry 1 failed' }).click();
    await expect
      .poll(async () => (await node.executions(request, 'recoverVmInstance')).counts.get(failingUuid))
      .toBe(2);
    await expect(dialog).toHaveAccessibleName('Recovery of 3 VMs finished');
    await expect(dialog.getByText('2 succeeded · 1 failed · 0 in progress · 0 waiting')).toBeVisible();
    // It is Stopped now (the other operator's recovery): the retry fails for that reason, and says so.
    await expect(outcome(dialog, CI.failing, 'Failed')).toBeVisible();
    for (const name of CI.ok) await expect(outcome(dialog, name, 'Succeeded')).toBeVisible();
    const runs = await node.executions(request, 'recoverVmInstance');
    expect(runs.total).toBe(4);
    expect([...runs.counts].filter(([uuid]) => uuid !== failingUuid).map(([, n]) => n)).toEqual([1, 1]);
  });

  test('"Cancel the rest": the running jobs finish, the others are not started', async ({
    page,
    request,
  }) => {
    await openSignedIn(page, '/settings');
    const jobs = page.getByRole('spinbutton', { name: 'Jobs at once' });
    await expect(jobs).toHaveValue('4');
    await jobs.fill('2');
    await page.getByRole('form', { name: 'Bulk actions' }).getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Bulk actions now run 2 jobs at a time.')).toBeAttached();

    await node.jobLatency(request, 3000);
    await page.getByRole('link', { name: 'Recycle bin', exact: true }).click();
    await search(page, 'gitlab-', 12);
    const uuids = await uuidsOnPage(page);
    const names = [...uuids.keys()];
    await recoverPage(page, 12);
    const dialog = resultsDialog(page, 'recover', 12);
    await expect(dialog.getByText('0 succeeded · 0 failed · 2 in progress · 10 waiting')).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel the rest' }).click();
    await expect(dialog.getByText(/^Cancelled: no new jobs were started/u)).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel the rest' })).toHaveCount(0);
    await expect(
      dialog.getByText('0 succeeded · 0 failed · 2 in progress · 0 waiting · 10 not started'),
    ).toBeVisible();

    // The two running jobs finish and are reported.
    await expect(dialog).toHaveAccessibleName('Recovery of 12 VMs finished', { timeout: 15_000 });
    await expect(
      dialog.getByText('2 succeeded · 0 failed · 0 in progress · 0 waiting · 10 not started'),
    ).toBeVisible();
    const recovered = [];
    for (const name of names) {
      const row = resultRow(dialog, name);
      const text = (await row.getByRole('cell').nth(1).textContent()) ?? '';
      expect(['Succeeded', 'Not started (cancelled)'], `${name}: ${text}`).toContain(text);
      if (text === 'Succeeded') recovered.push(name);
    }
    expect(recovered).toHaveLength(2);
    await expect(dialog.getByRole('cell', { name: 'Not started (cancelled)', exact: true })).toHaveCount(10);

    const runs = await node.executions(request, 'recoverVmInstance');
    expect(runs.total).toBe(2);
    expect(runs.maxConcurrent).toBe(2);
    for (const name of recovered) expect(runs.counts.get(uuids.get(name) ?? '')).toBe(1);
  });

  test('a reload in the middle of a run resumes it: every VM is recovered exactly once', async ({
    page,
    request,
  }) => {
    // Reload once the node has accepted jobs, before the run can end.
    const uuids = await startRedisRun(page, request);
    const before = await node.executions(request, 'recoverVmInstance');
    expect(before.total).toBeLessThan(8);
    await node.clearRequests(request);
    await page.reload();

    const indicator = page.getByRole('button', { name: /^Operations: (\d of 8 done|finished \(8 of 8\))$/u });
    await expect(indicator).toBeVisible();
    await indicator.click();
    const dialog = resultsDialog(page, 'recover', 8);
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAccessibleName('Recovery of 8 VMs finished', { timeout: 20_000 });
    await expect(dialog.getByText('8 succeeded · 0 failed · 0 in progress · 0 waiting')).toBeVisible();
    await expect(dialog.getByRole('cell', { name: 'Succeeded', exact: true })).toHaveCount(8);

    const runs = await node.executions(request, 'recoverVmInstance');
    expect(runs.total).toBe(8);
    for (const [name, uuid] of uuids) expect(runs.counts.get(uuid), name).toBe(1);
    expect(runs.maxConcurrent).toBeLessThanOrEqual(4);
    // After the reload the jobs that were running were followed by their ids (ZStack: Duplicate job uuid),
    // not sent anew.
    const resent = (await node.requests(request)).filter(
      (r) => r.method === 'PUT' && r.path.includes('/actions') && r.status === 400,
    );
    expect(resent.length).toBeGreaterThan(0);
    // At most the 4 that were running at the reload (concurrency 4 by default).
    expect(resent.length).toBeLessThanOrEqual(4);
  });

  test('a bulk expunge asks for the number of VMs, then expunges them', async ({ page, request }) => {
    await openSignedIn(page);
    await search(page, 'kafka-3', 3);
    const uuids = await uuidsOnPage(page);
    for (const name of uuids.keys()) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
    await expect(selectionStatus(page)).toHaveText('3 selected');
    await page.getByRole('button', { name: 'Expunge 3 selected' }).click();

    const confirm = page.getByRole('dialog', { name: 'Expunge 3 VMs for good?' });
    await expect(confirm.getByText('Type the number of VMs, 3, to confirm.')).toBeVisible();
    const go = confirm.getByRole('button', { name: 'Expunge 3 VMs for good' });
    const count = confirm.getByRole('textbox', { name: 'Number of VMs' });
    await expect(count).toBeFocused();
    await expect(go).toBeDisabled();
    await count.fill('4');
    await expect(go).toBeDisabled();
    await expect(confirm.getByText('The number does not match yet')).toBeVisible();
    // Enter does not get round the check either.
    await count.press('Enter');
    await expect(confirm).toBeVisible();
    await count.fill('3');
    await expect(go).toBeEnabled();
    await go.click();

    const dialog = resultsDialog(page, 'expunge', 3);
    await expect(dialog).toHaveAccessibleName('Expunge of 3 VMs finished');
    await expect(dialog.getByRole('cell', { name: 'Succeeded', exact: true })).toHaveCount(3);
    for (const name of uuids.keys()) await expect(outcome(dialog, name, 'Succeeded')).toBeVisible();
    const runs = await node.executions(request, 'expungeVmInstance');
    expect(runs.total).toBe(3);
    for (const uuid of uuids.values()) expect(runs.counts.get(uuid)).toBe(1);

    await dialog.getByRole('button', { name: 'Close' }).click();
    for (const name of uuids.keys()) await expect(row(page, name)).toHaveCount(0);
    await expect(page.getByText(/No destroyed VM matches/u)).toBeVisible();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on the selection and on the results (${scheme} theme)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openSignedIn(page);
      await search(page, CI.search, 3);
      await page.getByRole('checkbox', { name: `Select ${CI.ok[0] ?? ''}` }).check();
      await expect(selectionStatus(page)).toHaveText('1 selected');
      await expectNoViolations(page, `partial selection (${scheme})`);
      await page.getByRole('checkbox', { name: 'Select every VM on this page' }).check();
      await expect(selectionStatus(page)).toHaveText('3 selected');
      await expectNoViolations(page, `page selected (${scheme})`);

      await page.getByRole('button', { name: 'Recover 3 selected' }).click();
      const confirm = page.getByRole('dialog', { name: 'Recover 3 VMs?' });
      await expect(confirm.getByText(/^3 VMs of \d+ accounts? will come back/u)).toBeVisible();
      await expectNoViolations(page, `bulk confirmation (${scheme})`);
      await confirm.getByRole('button', { name: 'Recover 3 VMs', exact: true }).click();

      const dialog = resultsDialog(page, 'recover', 3);
      await expect(dialog).toHaveAccessibleName('Recovery of 3 VMs finished');
      await resultRow(dialog, CI.failing)
        .getByRole('button', { name: `Details of the error of ${CI.failing}` })
        .click();
      await expect(dialog.getByRole('alert')).toBeVisible();
      await expectNoViolations(page, `results with an error open (${scheme})`);
      await screenshot(page, `reports/bulk-results-${scheme}.png`);

      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(page.getByRole('button', { name: /^Operations: finished/u })).toBeVisible();
      await expectNoViolations(page, `operations indicator (${scheme})`);
    });
  }
});
