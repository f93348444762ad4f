// `npm run bench`: the performance budget as assertions, and the numbers in reports/benchmarks.md (and on stdout);
// `npm run docs` copies that report into docs/.
import { expect, type Page, test } from '@playwright/test';
import { openSignedIn, sim } from '../e2e/fixtures.ts';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { BIG, SMALL } from '../../playwright.bench.config.ts';
import {
  alternateWithFloor,
  binFloorOf,
  expiringFloorOf,
  floorReport,
  loadAverage,
  median,
  RATIO_BOUND,
} from './floor.ts';
import { describeScores, type FormFactor, withLighthouse } from './lighthouse.ts';
import { type MainThread, traceLoad } from './main-thread.ts';

// The product's budgets (docs/architecture.md#first-paint). Byte counts do not depend on the machine's load, so the
// budgets themselves are asserted; what is measured sits well under them (the report has the exact numbers).
// Returning visit (signed in, cold cache): about 122 kB, drawn without MUI and Emotion; React DOM, React Router and
// TanStack Query are about 90 kB of it.
const BUDGET_JS_GZIP = 150_000;
/** First visit, sign-in page included: about 125 kB in English, 134 kB in Chinese (each catalog is about 9 kB). */
const BUDGET_FIRST_VISIT_GZIP = { en: 160_000, 'zh-CN': 160_000, 'zh-TW': 160_000 } as const;
const results: Record<string, string> = {};
let browserVersion = '';

const rows = (page: Page) => page.locator('table[aria-label="Destroyed VMs"] tbody tr');

interface FirstRows {
  /** performance.now() when the first rows of a list entered the DOM. */
  at: number;
  /** The next animation frame: the one that paints them. */
  painted?: number;
  rows: number;
}

/**
 * Runs in the page before any of its scripts: records when the first rows of a list appear, from inside the page,
 * so the number does not depend on how often the test runner polls.
 */
function recordFirstRows() {
  const w = window as unknown as { __firstRows?: FirstRows };
  const observer = new MutationObserver(() => {
    const count = document.querySelectorAll('main table tbody tr').length;
    if (count === 0) return;
    observer.disconnect();
    const record: FirstRows = { at: performance.now(), rows: count };
    w.__firstRows = record;
    requestAnimationFrame(() => {
      record.painted = performance.now();
    });
  });
  observer.observe(document, { subtree: true, childList: true });
}

/** Signs the admin in on the large server (10,000 destroyed VMs) and returns its origin. */
async function signedInOnBig(page: Page): Promise<string> {
  const base = `http://127.0.0.1:${BIG}`;
  await openSignedIn(page, `${base}/login`);
  return base;
}

/** Opens `path` (signed in) and returns ms from navigation start to the frame that paints the first rows. */
async function timeToFirstPage(page: Page, url: string, expectedRows: number): Promise<number> {
  await page.goto(url);
  await expect(page.locator('main table tbody tr')).toHaveCount(expectedRows);
  await page.waitForFunction(() => (window as unknown as { __firstRows?: FirstRows }).__firstRows?.painted);
  const first = await page.evaluate(() => (window as unknown as { __firstRows?: FirstRows }).__firstRows);
  // The first rows on screen are the whole first page: no row was added later.
  expect(first?.rows).toBe(expectedRows);
  return first?.painted ?? NaN;
}

/** Median times of the console's first page and of its floor, alternating so both see the same load. */
async function againstFloor(
  page: Page,
  base: string,
  path: string,
  rowsExpected: number,
  floorOf = binFloorOf,
) {
  const time = (url: string) => timeToFirstPage(page, url, rowsExpected);
  const html = await floorOf(page, () => time(`${base}${path}`), rowsExpected);
  return alternateWithFloor(page, { console: `${base}${path}`, floor: `${base}/__bench-floor` }, html, time);
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const chunkList = (scripts: Map<string, number>) =>
  [...scripts].map(([f, n]) => `${f.replace('dist/assets/', '')} ${kB(n)}`).join(', ');

test.describe.configure({ mode: 'serial' });

test.beforeAll(({ browser }) => {
  browserVersion = browser.version();
});

test('JavaScript loaded before the recycle bin is usable (returning, signed in) stays under budget', async ({
  page,
}) => {
  const base = await signedInOnBig(page);
  // Every script the browser asks for (from the network or its cache), measured as the built file gzipped.
  let scripts = new Map<string, number>();
  page.on('request', (request) => {
    if (request.resourceType() !== 'script') return;
    const file = join('dist', new URL(request.url()).pathname);
    scripts.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  });
  await page.goto(`${base}/`);
  await expect(rows(page)).toHaveCount(20);
  expect(scripts.size).toBeGreaterThan(0);
  const total = [...scripts.values()].reduce((a, b) => a + b, 0);
  results['Returning visit (signed in, cold cache): JS until the list is usable (gzip -9)'] =
    `${kB(total)} in ${scripts.size} files: ${chunkList(scripts)}; budget ${kB(BUDGET_JS_GZIP)}`;
  expect(total).toBeLessThanOrEqual(BUDGET_JS_GZIP);

  // Where MUI went: the first dialog brings it (and its theme) with its own code. Pointing at a row's actions also
  // fetches what they lead to (the other dialog, the VM page a recovery ends on), counted here too.
  scripts = new Map<string, number>();
  await rows(page)
    .first()
    .getByRole('button', { name: /^Recover / })
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  const dialog = [...scripts.values()].reduce((a, b) => a + b, 0);
  results[
    'Then the first dialog (recover one VM): JS loaded on the way, MUI and what the row prefetches included (gzip -9)'
  ] = `${kB(dialog)} in ${scripts.size} files: ${chunkList(scripts)}`;
  expect(dialog).toBeGreaterThan(0);
});

/** Every script a cold-cache visit loads until the list is usable: sign-in page, sign in, first page of rows. */
async function firstVisitScripts(page: Page, base: string, locale: string): Promise<Map<string, number>> {
  const scripts = new Map<string, number>();
  page.on('request', (request) => {
    if (request.resourceType() !== 'script') return;
    const file = join('dist', new URL(request.url()).pathname);
    scripts.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  });
  await page.goto(`${base}/`);
  // By name, not label: the labels are in the browser's language.
  await page.locator('input[name="accountName"]').fill('admin');
  await page.locator('input[name="password"]').fill('password');
  await page.locator('input[name="password"]').press('Enter');
  // The table's name is in the page's language: count the rows of the one table.
  await expect(page.locator('main table tbody tr')).toHaveCount(20);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  return scripts;
}

/** Scripts of the English first visit, to tell what Chinese adds (the tests run in order). */
const firstVisitEn = new Set<string>();

const CHINESE_COST = {
  'zh-CN': 'Cost of Chinese (chunks only a zh-CN visit loads)',
  'zh-TW': 'Cost of Traditional Chinese (chunks only a zh-TW visit loads)',
} as const;

for (const locale of ['en', 'zh-CN', 'zh-TW'] as const) {
  test(`first visit in ${locale} (cold cache, sign-in page to a usable list)`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const scripts = await firstVisitScripts(page, `http://127.0.0.1:${SMALL}`, locale);
    await context.close();
    const total = [...scripts.values()].reduce((a, b) => a + b, 0);
    results[`First visit in ${locale}: JS from the sign-in page to a usable list (gzip -9)`] =
      `${kB(total)} in ${scripts.size} files: ${chunkList(scripts)}`;
    if (locale !== 'en') {
      const zh = [...scripts].filter(([f]) => !firstVisitEn.has(f));
      results[CHINESE_COST[locale]] = zh
        .map(([f, n]) => `${f.replace('dist/assets/', '')} ${kB(n)}`)
        .join(', ');
      // Each Chinese catalog is its own chunk: an English visit never downloads it, nor the other Chinese one.
      expect(zh.length).toBeGreaterThan(0);
      const other = locale === 'zh-CN' ? 'zh-TW' : 'zh-CN';
      expect([...scripts.keys()].filter((f) => f.includes(`/${other}-`))).toEqual([]);
    } else {
      for (const f of scripts.keys()) firstVisitEn.add(f);
    }
    results[`First visit in ${locale}: budget`] = kB(BUDGET_FIRST_VISIT_GZIP[locale]);
    expect(total).toBeLessThanOrEqual(BUDGET_FIRST_VISIT_GZIP[locale]);
  });
}

test('the first page of 20 destroyed VMs, with 320 and with 10,000 of them, against the floor', async ({
  page,
}) => {
  await page.addInitScript(recordFirstRows);
  const measured: Record<'big' | 'small', Awaited<ReturnType<typeof againstFloor>>> = {
    big: { console: [], floor: [], ratio: NaN },
    small: { console: [], floor: [], ratio: NaN },
  };
  for (const [key, port] of [
    ['big', BIG],
    ['small', SMALL],
  ] as const) {
    const base = `http://127.0.0.1:${port}`;
    await openSignedIn(page, `${base}/login`);
    await timeToFirstPage(page, `${base}/`, 20); // warm the HTTP cache, as a returning user has it
    measured[key] = await againstFloor(page, base, '/', 20);
  }
  // Counted from the large server's own page: the session is in that origin's sessionStorage.
  await page.goto(`http://127.0.0.1:${BIG}/`);
  const count = await page
    .evaluate(async (port) => {
      const session = JSON.parse(sessionStorage.getItem('zstack-console.session') ?? '{}') as {
        uuid?: string;
      };
      const r = await fetch(
        `http://127.0.0.1:${port}/zstack/v1/vm-instances?q=state%3DDestroyed&q=type%3DUserVm&count=true`,
        {
          headers: { Authorization: `OAuth ${session.uuid ?? ''}` },
        },
      );
      return ((await r.json()) as { total: number }).total;
    }, BIG)
    .catch(() => NaN);
  for (const [key, what] of [
    ['big', '10,000 destroyed VMs'],
    ['small', 'the default seed (320 destroyed)'],
  ] as const) {
    const m = measured[key];
    results[`First 20 rows painted (signed in, warm cache), ${what}: console / floor`] = floorReport(m);
    expect(m.ratio).toBeLessThan(RATIO_BOUND);
  }
  results['Destroyed VMs on the large server'] = String(count);
  // Server-side paging: ten thousand rows may not cost much more than three hundred.
  const big = median(measured.big.console);
  const small = median(measured.small.console);
  expect(big).toBeLessThan(Math.max(small * 2, small + 500));
});

test('the data-volume and image recycle bins, opened by URL, against the floor', async ({ page }) => {
  await page.addInitScript(recordFirstRows);
  const base = await signedInOnBig(page);
  for (const [view, path] of [
    ['data volumes', '/volumes'],
    ['images', '/images'],
  ] as const) {
    // As many rows as the first page holds: 20, or all of them when fewer are deleted.
    const total = await page.evaluate(async (what) => {
      const session = JSON.parse(sessionStorage.getItem('zstack-console.session') ?? '{}') as {
        uuid?: string;
      };
      const query =
        what === 'images'
          ? 'images?q=backupStorageRefs.status%3DDeleted&q=system%3Dfalse'
          : 'volumes?q=status%3DDeleted&q=type%3DData';
      const r = await fetch(`/zstack/v1/${query}&count=true`, {
        headers: { Authorization: `OAuth ${session.uuid ?? ''}` },
      });
      return ((await r.json()) as { total: number }).total;
    }, view);
    const expected = Math.min(20, total);
    await timeToFirstPage(page, `${base}${path}`, expected); // warm the HTTP cache
    const m = await againstFloor(page, base, path, expected);
    results[`First page painted, ${view} by URL (${expected} rows of ${total} deleted): console / floor`] =
      floorReport(m);
    expect(m.ratio).toBeLessThan(RATIO_BOUND);
  }
});

test('the recycle bin and the deletion events load on a phone without a long task of their own', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
  const page = await context.newPage();
  const base = await signedInOnBig(page);
  for (const [view, path] of [
    ['recycle bin', '/'],
    ['deletion events', '/events'],
  ] as const) {
    await page.goto(`${base}${path}`); // warm the HTTP cache, as a returning user has it
    await expect(page.locator('main table tbody tr').first()).toBeVisible();
    const runs: MainThread[] = [];
    for (let i = 0; i < 5; i++) {
      runs.push(await traceLoad(browser, page, `${base}${path}`));
      await expect(page.locator('main table tbody tr').first()).toBeVisible();
    }
    const longest = median(runs.map((r) => r.longest));
    const blocking = median(runs.map((r) => r.blockingX4));
    results[
      `Main thread loading the ${view} by URL (412 px, signed in, 10,000 deleted): longest task / x4 blocking`
    ] =
      `longest task ${longest.toFixed(1)} ms of CPU, x4 blocking ${blocking.toFixed(0)} ms (medians of 5; a phone four times slower blocks for what a task lasts over 12.5 ms here); load ${loadAverage()}`;
    // Generous for a busy machine (the first paint's style and layout take about 20 ms here): what this catches is
    // the bin's first render and layout before they were sliced and trimmed (30 and 37 ms), or a 2,000-row audit
    // chunk read in one go (75 ms). The report has the exact numbers.
    expect(longest).toBeLessThan(35);
  }
  await context.close();
});

test('a recovery takes one PUT and few polls; the inventory shows soon after the job ends', async ({
  page,
  request,
}) => {
  const base = `http://127.0.0.1:${SMALL}`;
  await sim.reset(request, base);
  await openSignedIn(page, `${base}/login`);
  // Ordinary destroyed VMs (the named failure scenarios are left out).
  await page.goto(`${base}/?q=web-`);
  await expect(rows(page).first()).toBeVisible();
  const names = (await page.locator('table[aria-label="Destroyed VMs"] tbody tr a').allTextContents())
    .filter((n) => /^web-\d+$/u.test(n))
    .slice(0, 5);
  const perRun: { puts: number; polls: number; jobMs: number; toScreenMs: number }[] = [];
  for (const name of names) {
    await page.goto(`${base}/?q=${name}`);
    await page.getByRole('button', { name: `Recover ${name}` }).click();
    const before = await sim.requests(request, base);
    await page.evaluate((vmName) => {
      const w = window as unknown as { __shownAt?: number };
      delete w.__shownAt;
      new MutationObserver((_m, obs) => {
        const h1 = document.querySelector('h1');
        if (h1?.textContent?.includes(vmName) && location.pathname.startsWith('/vms/')) {
          w.__shownAt = performance.now();
          obs.disconnect();
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    }, name);
    await page.getByRole('dialog').getByRole('button', { name: 'Recover', exact: true }).click();
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    const timing = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const put = entries.filter((e) => e.name.includes('/actions')).at(-1);
      const polls = entries.filter(
        (e) => e.name.includes('/api-jobs/') && put && e.startTime > put.startTime,
      );
      return {
        putStart: put?.startTime ?? 0,
        putEnd: put?.responseEnd ?? 0,
        lastPollEnd: polls.at(-1)?.responseEnd ?? 0,
        shownAt: (window as unknown as { __shownAt?: number }).__shownAt ?? performance.now(),
      };
    });
    const after = await sim.requests(request, base);
    const fresh = after.filter((r) => r.seq > (before.at(-1)?.seq ?? -1));
    // The VM's own action (the node-clock reading, GetCurrentTime, is a PUT too).
    const puts = fresh.filter(
      (r) =>
        r.method === 'PUT' && r.path.startsWith('/zstack/v1/vm-instances/') && r.path.endsWith('/actions'),
    ).length;
    const polls = fresh.filter((r) => r.path.includes('/api-jobs/')).length;
    perRun.push({
      puts,
      polls,
      jobMs: timing.lastPollEnd - timing.putStart,
      toScreenMs: timing.shownAt - timing.lastPollEnd,
    });
  }
  expect(perRun.length).toBeGreaterThanOrEqual(3);
  const jobSeconds = 1.2;
  const pollsMedian = median(perRun.map((r) => r.polls));
  results['Requests per recovery (job latency 1.2 s)'] =
    `${median(perRun.map((r) => r.puts))} PUT, median ${pollsMedian} polls = ${(pollsMedian / jobSeconds).toFixed(2)} polls per second of job time (polls per recovery, in order: ${perRun.map((r) => r.polls).join(', ')}; the first one of the tab has no pace yet); bound 3 per second`;
  results['Submit to final poll answer, median'] =
    `${Math.round(median(perRun.map((r) => r.jobMs)))} ms (${perRun.map((r) => Math.round(r.jobMs)).join(', ')}; job itself: 1200 ms)`;
  results['Final poll answer to inventory on screen, median'] =
    `${Math.round(median(perRun.map((r) => r.toScreenMs)))} ms`;
  expect(perRun.every((r) => r.puts === 1)).toBe(true);
  // The pace learned from the first recovery: the next ones are polled just before the job usually ends.
  expect(pollsMedian / jobSeconds).toBeLessThanOrEqual(3);
  expect(median(perRun.map((r) => r.toScreenMs))).toBeLessThan(500);
});

test('a bulk recovery of 100 VMs, 4 at a time: wall time, requests, polls and responsiveness', async ({
  page,
  request,
}) => {
  const base = `http://127.0.0.1:${SMALL}`;
  await sim.reset(request, base);
  await openSignedIn(page, `${base}/login`);
  await page.goto(`${base}/?size=100&q=-`);
  await expect(rows(page)).toHaveCount(100);
  await page.getByRole('checkbox', { name: 'Select every VM on this page' }).check();
  await page.getByRole('button', { name: 'Recover 100 selected' }).click();
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  const before = await sim.requests(request, base);
  const started = Date.now();
  await page.getByRole('dialog').getByRole('button', { name: 'Recover 100 VMs' }).click();
  // A plain text check, twice a second: the runner's role queries over a 100-row page are long tasks of their own
  // and would be counted as the page's.
  await page.waitForFunction(
    () => document.querySelector('[role="dialog"]')?.textContent.includes('Recovery of 100 VMs finished'),
    undefined,
    { polling: 500, timeout: 150_000 },
  );
  const wallS = (Date.now() - started) / 1000;
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  const fresh = (await sim.requests(request, base)).filter((r) => r.seq > (before.at(-1)?.seq ?? -1));
  const puts = fresh.filter((r) => r.method === 'PUT' && r.path.includes('/actions')).length;
  const polls = fresh.filter((r) => r.path.includes('/api-jobs/')).length;
  const lists = fresh.filter(
    (r) => r.method === 'GET' && r.path.startsWith('/zstack/v1/vm-instances?'),
  ).length;
  const executions = (await (await request.get(`${base}/zstack/__sim/executions`)).json()) as {
    executions: { count: number }[];
    maxConcurrent: Record<string, number>;
  };
  const idealS = (100 / 4) * 1.2;
  const jobSeconds = 100 * 1.2;
  const longest = Math.max(0, ...longTasks);
  results['Bulk recovery of 100 VMs at concurrency 4 (job 1.2 s)'] =
    `${wallS.toFixed(1)} s = ${(wallS / idealS).toFixed(2)} × the ideal ${idealS} s; ${puts} PUTs; ${polls} polls = ${(polls / jobSeconds).toFixed(2)} per second of job time; ${lists} list refreshes; peak ${executions.maxConcurrent.recoverVmInstance ?? 0} jobs at once; ${longTasks.length === 0 ? 'no long task (none over 50 ms)' : `longest task ${Math.round(longest)} ms (${longTasks.length} over 50 ms)`}`;
  expect(puts).toBe(100);
  expect(executions.executions.every((e) => e.count === 1)).toBe(true);
  expect(executions.maxConcurrent.recoverVmInstance).toBe(4);
  expect(polls / jobSeconds).toBeLessThanOrEqual(3);
  // Generous bounds for a busy 2-core machine; the report has the exact numbers (target 1.3 x, 100 ms).
  expect(wallS / idealS).toBeLessThan(1.6);
  expect(longest).toBeLessThan(200);
  expect(lists).toBeLessThan(20);
});

test('Lighthouse on the sign-in page and the recycle bin: desktop in English and Chinese, mobile in English', async () => {
  test.setTimeout(300_000);
  const base = `http://127.0.0.1:${BIG}`;
  // A few runs only: `npm run lighthouse` audits every page, language and form factor (reports/lighthouse.md).
  for (const locale of ['en', 'zh-CN'] as const) {
    await withLighthouse(base, locale, async (audit, signIn) => {
      const run = async (url: string, what: string, formFactor: FormFactor) => {
        const s = await audit(url, formFactor);
        results[
          `Lighthouse 12.8 ${formFactor}, ${what} (${locale}): performance / accessibility / best practices`
        ] = describeScores(s);
        // Generous bounds for a busy 2-core machine; the report has the exact scores.
        expect(s.accessibility).toBeGreaterThanOrEqual(90);
        expect(s.performance).toBeGreaterThanOrEqual(formFactor === 'desktop' ? 50 : 30);
        return s.finalUrl;
      };
      await run(`${base}/login`, 'sign-in page', 'desktop');
      await signIn();
      expect(await run(`${base}/`, 'recycle bin', 'desktop')).not.toContain('/login');
      if (locale === 'en') await run(`${base}/`, 'recycle bin', 'mobile');
    });
  }
});

/** The numbers of the last report kept in docs/ (`npm run docs`), to print beside the new ones. */
function previousReport(): { date: string; results: Record<string, string> } | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync('docs/benchmarks.json', 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { date, results: previous } = parsed as { date?: unknown; results?: unknown };
    if (typeof date !== 'string' || typeof previous !== 'object' || previous === null) return undefined;
    const entries = Object.entries(previous).filter((e): e is [string, string] => typeof e[1] === 'string');
    return { date, results: Object.fromEntries(entries) };
  } catch {
    return undefined;
  }
}

test('expiring soon, opened by URL, against the floor', async ({ page }) => {
  await page.addInitScript(recordFirstRows);
  const base = await signedInOnBig(page);
  await page.goto(`${base}/expiring`);
  const rows = page.locator('main table tbody tr');
  await expect(rows.first()).toBeVisible();
  const expected = await rows.count();
  const m = await againstFloor(page, base, '/expiring', expected, expiringFloorOf);
  results[`First page painted, expiring soon by URL (${expected} rows): console / floor`] = floorReport(m);
  expect(m.ratio).toBeLessThan(RATIO_BOUND);
});

test.afterAll(() => {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium ${browserVersion}`;
  const date = new Date().toISOString().slice(0, 10);
  const previous = previousReport();
  const cell = (v: string) => v.replaceAll('|', '\\|');
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (part of \`npm test\`) on ${date}; \`npm run docs\` copies it into docs/.`,
    `Machine: ${machine}.`,
    'Production build served by `npm start` (the production server in server/) with the built-in simulator; budgets are asserted in test/bench/bench.spec.ts.',
    'Where the bytes are: `reports/bundle.html` (gzip sizes per module, written by every `vite build`).',
    '',
    `| what | measured | previous (docs/, ${previous?.date ?? 'none'}) |`,
    '|---|---|---|',
    ...Object.entries(results).map(
      ([k, v]) => `| ${k} | ${cell(v)} | ${cell(previous?.results[k] ?? '–')} |`,
    ),
    '',
  ];
  const report = lines.join('\n');
  // Reports stay out of the repository (reports/ is ignored), so a test run leaves `git status` clean.
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/benchmarks.md', report);
  writeFileSync('reports/benchmarks.json', `${JSON.stringify({ date, machine, results }, null, 2)}\n`);
  console.log(`\n${report}\nWritten to reports/benchmarks.md; \`npm run docs\` copies it into docs/.`);
});
