// `npm run bench`, the incident at scale (issue "Undo an incident"): the large server reseeded with the ops-script
// scenario and 10,000 more audit rows of everyday calls (about 10,000 deleted items, 20,000 audit rows), then the
// deletion events' first page timed against the VM bin's first page in the same run. The numbers go into a section
// of reports/benchmarks.md of their own (bench.spec.ts writes the rest of the report first).
import { expect, type Page, test } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { BIG } from '../../playwright.bench.config.ts';
import { paths } from '../../src/components/paths.ts';
import type { OpsScriptFacts } from '../../sim/handler.ts';
import { openSignedIn } from '../e2e/fixtures.ts';
import {
  alternateWithFloor,
  eventRequestsOf,
  eventsFloorPage,
  floorReport,
  loadAverage,
  median,
  RATIO_BOUND,
  spread,
} from './floor.ts';

const base = `http://127.0.0.1:${BIG}`;
const RUNS = 7;
const SECTION = '## Undo an incident (ops-script scenario at scale)';
const results: Record<string, string> = {};

/** In the page before its scripts: when the first table rows enter the DOM, and the frame that paints them. */
function recordFirstRows() {
  const w = window as unknown as { __first?: { rows: number; painted?: number } };
  const observer = new MutationObserver(() => {
    const rows = document.querySelectorAll('main table tbody tr').length;
    if (rows === 0) return;
    observer.disconnect();
    const record: { rows: number; painted?: number } = { rows };
    w.__first = record;
    requestAnimationFrame(() => {
      record.painted = performance.now();
    });
  });
  observer.observe(document, { subtree: true, childList: true });
}

/** ms from navigation to the painted first page; the first rows drawn must be the whole page. */
async function firstPage(page: Page, path: string): Promise<{ ms: number; rows: number }> {
  await page.goto(`${base}${path}`);
  const rows = page.locator('main table tbody tr');
  await expect(rows.first()).toBeVisible();
  await page.waitForFunction(
    () => (window as unknown as { __first?: { painted?: number } }).__first?.painted,
  );
  const first = await page.evaluate(
    () => (window as unknown as { __first?: { rows: number; painted?: number } }).__first,
  );
  expect(first?.rows).toBe(await rows.count());
  return { ms: first?.painted ?? NaN, rows: first?.rows ?? 0 };
}

/** A count from the node, with the page's session (the query API's count=true). */
async function count(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const session = JSON.parse(sessionStorage.getItem('zstack-console.session') ?? '{}') as { uuid?: string };
    const r = await fetch(`/zstack/v1/${q}&count=true`, {
      headers: { Authorization: `OAuth ${session.uuid ?? ''}` },
    });
    return ((await r.json()) as { total: number }).total;
  }, query);
}

type SimRequest = { seq: number; path: string };
const simRequests = async (page: Page): Promise<SimRequest[]> =>
  ((await (await page.request.get(`${base}/zstack/__sim/requests`)).json()) as { requests: SimRequest[] })
    .requests;
const lastSeq = async (page: Page) => (await simRequests(page)).at(-1)?.seq ?? 0;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  const reply = await request.post(`${base}/zstack/__sim/reset`, {
    data: { scenario: 'ops-script', extraAudits: 10_000 },
    timeout: 120_000,
  });
  expect(reply.ok()).toBe(true);
});

test.afterAll(async ({ request }) => {
  await request.post(`${base}/zstack/__sim/reset`, {
    data: { scenario: 'default', extraAudits: 0 },
    timeout: 120_000,
  });
  if (Object.keys(results).length === 0) return;
  const path = 'reports/benchmarks.md';
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const kept = before.split(`\n${SECTION}\n`)[0]?.trimEnd() ?? '';
  const cell = (v: string) => v.replaceAll('|', '\\|');
  const section = [
    SECTION,
    '',
    '| what | measured |',
    '|---|---|',
    ...Object.entries(results).map(([k, v]) => `| ${k} | ${cell(v)} |`),
    '',
  ].join('\n');
  writeFileSync(path, `${kept}\n\n${section}`);
  console.log(`\n${section}`);
});

test("the deletion events' first page, next to the VM bin's, with 10,000 deleted items and 20,000 audit rows", async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.addInitScript(recordFirstRows);
  await openSignedIn(page, `${base}/login`);
  const items =
    (await count(page, 'vm-instances?q=state%3DDestroyed&q=type%3DUserVm')) +
    (await count(page, 'volumes?q=status%3DDeleted&q=type%3DData')) +
    (await count(page, 'images?q=backupStorageRefs.status%3DDeleted&q=system%3Dfalse'));
  const audits = await count(page, 'zwatch/audit-records?limit=1');
  expect(items).toBeGreaterThanOrEqual(10_000);
  expect(audits).toBeGreaterThanOrEqual(20_000);
  // warm the HTTP cache and the code of both pages, as a returning user has them
  await firstPage(page, '/');
  await firstPage(page, '/events');
  const times = { bin: [] as number[], events: [] as number[] };
  let eventRows = 0;
  for (let i = 0; i < RUNS; i += 1) {
    times.bin.push((await firstPage(page, '/')).ms);
    const events = await firstPage(page, '/events');
    times.events.push(events.ms);
    eventRows = events.rows;
  }
  // what one first page of events asks the node, and how much of the audit log it reads
  const seq = await lastSeq(page);
  await firstPage(page, '/events');
  const asked = (await simRequests(page)).filter((r) => r.seq > seq && r.path.startsWith('/zstack/v1/'));
  const perPath = new Map<string, number>();
  for (const r of asked) {
    const path = r.path.split('?')[0]?.replace('/zstack/v1/', '') ?? '';
    perPath.set(path, (perPath.get(path) ?? 0) + 1);
  }
  const ratio = median(times.events) / median(times.bin);
  results['Data set'] = `${items} deleted VMs, data volumes and images; ${audits} audit rows`;
  results['VM bin: navigation to the first 20 rows painted'] = spread(times.bin);
  results[`Deletion events: navigation to the first ${eventRows} events painted`] = spread(times.events);
  results['Events / VM bin, medians (target ≤ 2)'] = `${ratio.toFixed(2)} (load ${loadAverage()})`;
  results['Requests for one first page of events'] =
    `${asked.length}: ${[...perPath].map(([p, n]) => `${p} × ${n}`).join(', ')}`;
  // Generous for a busy 2-core machine; the target is 2 and the report has the exact ratio.
  expect(ratio).toBeLessThan(3.5);
});

test("the deletion events' first page, opened by URL, against its floor", async ({ page }) => {
  test.setTimeout(300_000);
  await page.addInitScript(recordFirstRows);
  await openSignedIn(page, `${base}/login`);
  await firstPage(page, '/events'); // warm, as a returning user's cache is
  let rows = 0;
  const requests = await eventRequestsOf(page, async () => {
    rows = (await firstPage(page, '/events')).rows;
  });
  const m = await alternateWithFloor(
    page,
    { console: `${base}/events`, floor: `${base}/__bench-floor-events` },
    eventsFloorPage(requests, rows),
    async (url) => (await firstPage(page, new URL(url).pathname)).ms,
  );
  results[`Deletion events by URL (${rows} events): console / floor (target ≤ 2)`] = floorReport(
    m,
    `the floor sends ${requests.first.length} requests, then ${requests.then.length}; `,
  );
  expect(m.ratio).toBeLessThan(RATIO_BOUND);
});

test('planning and restoring the 30-VM event: requests, and the wall time at concurrency 4 against the ideal', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const info = (await (await page.request.get(`${base}/zstack/__sim/info`)).json()) as {
    opsScript: OpsScriptFacts;
  };
  const facts = info.opsScript;
  await openSignedIn(page, `${base}/login`);
  const seq = await lastSeq(page);
  await page.goto(
    `${base}${paths.restorePlan({ vm: facts.vms, volume: facts.volumes, image: facts.images })}`,
  );
  const table = page.getByRole('table', { name: 'Items of the restore plan' });
  await expect(table.getByRole('checkbox', { name: 'Include proj-x-db-02', exact: true })).toBeChecked({
    timeout: 60_000,
  });
  const asked = (await simRequests(page)).filter((r) => r.seq > seq && r.path.startsWith('/zstack/v1/'));
  results['Requests from opening the plan of the 30-VM event to the plan on screen (whole page)'] = String(
    asked.length,
  );
  await page.request.delete(`${base}/zstack/__sim/executions`);
  const restore = page.getByRole('button', { name: /^Restore \d+ items$/u });
  const started = Date.now();
  await restore.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText(/ of \d+ VMs running/u)).toBeVisible({ timeout: 240_000 });
  const wallS = (Date.now() - started) / 1000;
  const report = (await (await page.request.get(`${base}/zstack/__sim/executions`)).json()) as {
    executions: { action: string; count: number }[];
  };
  const jobs = report.executions.reduce((n, e) => n + e.count, 0);
  const latencyS = 1.2;
  // the busiest chain: recover the VM (its volumes alongside), attach its volumes one by one, start it
  const chain = (2 + 2) * latencyS;
  const idealS = Math.max(chain, (jobs / 4) * latencyS);
  results['Restore of the event at concurrency 4 (job 1.2 s)'] =
    `${wallS.toFixed(1)} s for ${jobs} jobs = ${(wallS / idealS).toFixed(2)} × the ideal ${idealS.toFixed(1)} s (target ≤ 1.3)`;
  expect(report.executions.every((e) => e.count === 1)).toBe(true);
  // Generous for a busy 2-core machine; the report has the exact numbers.
  expect(wallS / idealS).toBeLessThan(2.5);
});
