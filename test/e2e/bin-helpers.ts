// Steps on the VM recycle bin and its bulk runs that several browser tests share, and the simulator's counts.
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, openSignedIn, sim } from './fixtures.ts';

export interface Executions {
  executions: { action: string; resourceUuid: string; count: number }[];
  maxConcurrent: Record<string, number>;
}

/** The simulator's control endpoints this file needs (see sim/control.ts). */
export const node = {
  executions: async (request: APIRequestContext, action: string) => {
    const body = (await (await request.get('/zstack/__sim/executions')).json()) as Executions;
    const counts = new Map(
      body.executions.filter((e) => e.action === action).map((e) => [e.resourceUuid, e.count] as const),
    );
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    return { counts, total, maxConcurrent: body.maxConcurrent[action] ?? 0 };
  },
  jobLatency: sim.jobLatency,
  scenarioVm: (request: APIRequestContext, name: string) => sim.scenario(request, 'Vms', name),
  requests: async (request: APIRequestContext) =>
    (
      (await (await request.get('/zstack/__sim/requests')).json()) as {
        requests: { method: string; path: string; status: number }[];
      }
    ).requests,
  clearRequests: async (request: APIRequestContext) => {
    expect((await request.delete('/zstack/__sim/requests')).ok()).toBe(true);
  },
};

export const table = (page: Page) => page.getByRole('table', { name: 'Destroyed VMs' });
export const selectionStatus = (page: Page) =>
  page.getByRole('region', { name: 'Selection' }).getByRole('status');

/** Searches the recycle bin and waits for exactly `count` rows (plus the header row). */
export async function search(page: Page, text: string, count: number) {
  await page.getByRole('searchbox', { name: 'Search destroyed VMs' }).fill(text);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(text)}`, 'u'));
  await expect(table(page).getByRole('row')).toHaveCount(count + 1);
  await expect(table(page)).toHaveAttribute('aria-busy', 'false');
}

/** Names of the VMs on the page, from their links. */
/** The rows' name links (a row's "deleted by" links to its deletion event, not to the resource). */
export function nameLinks(scope: Locator): Locator {
  return scope.getByRole('link').and(scope.locator('a:not([href^="/events"])'));
}

export async function namesOnPage(page: Page): Promise<string[]> {
  return nameLinks(table(page)).allTextContents();
}

/** uuids of the VMs on the page, from their links to /vms/<uuid>. */
export async function uuidsOnPage(page: Page): Promise<Map<string, string>> {
  const links = await nameLinks(table(page)).all();
  const out = new Map<string, string>();
  for (const link of links) {
    const href = (await link.getAttribute('href')) ?? '';
    out.set((await link.textContent()) ?? '', href.split('/vms/')[1] ?? '');
  }
  return out;
}

/** Ticks the page's header box and confirms the bulk recover of all `n`; the results open. */
export async function recoverPage(page: Page, n: number) {
  await page.getByRole('checkbox', { name: 'Select every VM on this page' }).check();
  await expect(selectionStatus(page)).toHaveText(`${n} selected`);
  await page.getByRole('button', { name: `Recover ${n} selected` }).click();
  const confirm = page.getByRole('dialog', { name: `Recover ${n} VMs?` });
  await expect(
    confirm.getByText(new RegExp(`^${n} VMs of \\d+ accounts? will come back`, 'u')),
  ).toBeVisible();
  await confirm.getByRole('button', { name: `Recover ${n} VMs`, exact: true }).click();
  await expect(confirm).toBeHidden();
}

/** The results dialog of a run of `n` VMs, whatever its progress. */
/**
 * Signs in, recovers the 8 redis-… VMs in one run whose jobs take 1.5 s, and returns once the node has accepted
 * some of them (before the run can end); the VMs' uuids by name.
 */
export async function startRedisRun(page: Page, request: APIRequestContext): Promise<Map<string, string>> {
  await node.jobLatency(request, 1500);
  await openSignedIn(page);
  await search(page, 'redis-', 8);
  const uuids = await uuidsOnPage(page);
  await recoverPage(page, 8);
  await expect
    .poll(async () => (await node.executions(request, 'recoverVmInstance')).total)
    .toBeGreaterThan(0);
  return uuids;
}

export function resultsDialog(page: Page, action: 'recover' | 'expunge', n: number): Locator {
  const name =
    action === 'recover'
      ? new RegExp(`^(Recovering ${n} VMs|Recovery of ${n} VMs finished)$`, 'u')
      : new RegExp(`^(Expunging ${n} VMs|Expunge of ${n} VMs finished)$`, 'u');
  return page.getByRole('dialog', { name });
}
