// The main thread's tasks while a page loads, from Chromium's trace: what Lighthouse's Total Blocking Time is made of.
// Lighthouse (mobile) replays every task four times slower and counts what lasts over 50 ms; a busy machine stretches
// wall times, so this reads each task's CPU time (the trace's thread duration), which the load hardly moves.
import type { Browser, Page } from '@playwright/test';

export interface MainThread {
  /** CPU ms of the longest task of the page's own (its scripts, style, layout, paint). */
  longest: number;
  /** Σ max(0, 4 × cpu − 50) over those tasks: a stand-in for the mobile TBT of a phone four times slower. */
  blockingX4: number;
  /** CPU ms of all of them. */
  total: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string; documentLoaderURL?: string } };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'loading',
  'blink.user_timing',
];

/** Playwright's own script in the page (its selectors and waits): an evaluation with no URL. */
const isTestRunner = (e: TraceEvent) => e.name === 'EvaluateScript' && !e.args?.data?.url;

export function mainThreadOf(events: readonly TraceEvent[], url: string): MainThread {
  const main = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const start = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url,
  )?.ts;
  if (start === undefined) throw new Error(`the trace has no navigation to ${url}`);
  const inside = (task: TraceEvent) => (e: TraceEvent) =>
    e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0);
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  const tasks = onMain
    .filter((e) => e.name === 'RunTask' && e.ts >= start)
    .filter((task) => !onMain.filter(inside(task)).some(isTestRunner));
  return {
    longest: Math.max(0, ...tasks.map(cpu)),
    blockingX4: tasks.reduce((sum, e) => sum + Math.max(0, 4 * cpu(e) - 50), 0),
    total: tasks.reduce((sum, e) => sum + cpu(e), 0),
  };
}

/**
 * Opens `url` in `page` (signed in) under a trace and reads its main thread until the network has been quiet for
 * half a second: by then the page has drawn what its requests brought. Nothing of the test runner's is evaluated in
 * the page meanwhile (its polls are tasks too).
 */
export async function traceLoad(browser: Browser, page: Page, url: string): Promise<MainThread> {
  await browser.startTracing(page, { categories: CATEGORIES });
  const failed = await page.goto(url, { waitUntil: 'networkidle' }).then(
    () => undefined,
    (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
  );
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  if (failed !== undefined) throw failed;
  return mainThreadOf(trace.traceEvents, url);
}
