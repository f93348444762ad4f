// The physical floors, built into the bench and not part of the product: bare pages on the same origin that send the
// requests a view's first page depends on, in the order the data allows, and write the rows. What the console spends
// beyond its floor is its own cost (parsing, grouping, rendering). A bin's floor sends its one list request; the
// deletion events' floor sends the audit log's chunk with the probe and the retention settings, then the queries of
// where the chunk's items are now; expiring soon's sends the settings and its three lists at once.
import { expect, type Page } from '@playwright/test';
import { loadavg } from 'node:os';

export const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** The load average while measuring: the ratios hold on a busy machine, the absolute times do not. */
export const loadAverage = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ');

/** Times as the report writes them: the median, the range and every run. */
export const spread = (xs: readonly number[]) =>
  `median ${Math.round(median(xs))} ms, ${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))} ms over ${xs.length} runs (${xs.map(Math.round).join(', ')})`;

/** Runs of a view against its floor: the issue asks for the median of at least 11. */
const FLOOR_RUNS = 11;
/** Generous for a busy 2-core machine (target 2x the floor); the report has the exact ratio. */
export const RATIO_BOUND = 5;

/** A view against its floor as the report writes it; `how` says more of the floor, before the load average. */
export const floorReport = (m: { console: number[]; floor: number[]; ratio: number }, how = '') =>
  `**${m.ratio.toFixed(2)} x the floor**; console ${spread(m.console)}; floor ${spread(m.floor)}; ${how}load ${loadAverage()}`;

/** The GETs of /zstack/v1 sent while `open` runs: those before the first answer `until` picks, and those after. */
async function getsDuring(
  page: Page,
  open: () => Promise<unknown>,
  until: (url: string) => boolean = () => false,
) {
  const sent = { before: [] as string[], after: [] as string[] };
  let split = false;
  const onRequest = (r: { url: () => string; method: () => string }) => {
    if (r.method() === 'GET' && r.url().includes('/zstack/v1/'))
      (split ? sent.after : sent.before).push(r.url());
  };
  const onFinished = (r: { url: () => string }) => {
    if (until(r.url())) split = true;
  };
  page.on('request', onRequest);
  page.on('requestfinished', onFinished);
  await open();
  page.off('request', onRequest);
  page.off('requestfinished', onFinished);
  return sent;
}

/**
 * The console's page and its floor (`html`, served at `urls.floor`) timed by `time`, alternating FLOOR_RUNS times so
 * both see the same load; the floor is loaded once first, warm as the console's cache is.
 */
export async function alternateWithFloor(
  page: Page,
  urls: { console: string; floor: string },
  html: string,
  time: (url: string) => Promise<number>,
) {
  await page.route(urls.floor, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await time(urls.floor);
  const times = { console: [] as number[], floor: [] as number[] };
  for (let i = 0; i < FLOOR_RUNS; i += 1) {
    times.console.push(await time(urls.console));
    times.floor.push(await time(urls.floor));
  }
  await page.unroute(urls.floor);
  return { ...times, ratio: median(times.console) / median(times.floor) };
}

export interface EventRequests {
  /** Sent before the log's first chunk is answered (they need nothing from it). */
  first: string[];
  /** Sent after it, with what it named: where the events' items are now. */
  then: string[];
}

const isChunk = (url: string) => /\/zstack\/v1\/zwatch\/audit-records\?.*\bq=/u.test(url);
/** The queries of where an event's items are now: by uuid, or by window with only the fields the events show. */
const isWhereNow = (url: string) =>
  /\/zstack\/v1\/(vm-instances|volumes|images)\?/u.test(url) && /[?&](fields=|q=uuid%3F%3D)/u.test(url);

/** The audit log (its chunk and its probe) and the retention settings the deadlines are computed from. */
const isEventInput = (url: string) =>
  /\/zstack\/v1\/(zwatch\/audit-records|global-configurations)\?/u.test(url);

/** The GETs the events' first page depends on, recorded while `open` loads it. */
export async function eventRequestsOf(page: Page, open: () => Promise<unknown>): Promise<EventRequests> {
  const { before, after } = await getsDuring(page, open, isChunk);
  return { first: before.filter((u) => isWhereNow(u) || isEventInput(u)), then: after.filter(isWhereNow) };
}

/**
 * A bare page on the same origin (served by the browser's request interception): it reads the session, runs `load`
 * (a script expression: a promise of the rows, with `get(url)` for a GET with the session) and writes the first
 * `rowsExpected` rows into a table, one cell per field of `cells`.
 */
function floorHtml(load: string, rowsExpected: number, cells: readonly string[]): string {
  const script = `
const session = JSON.parse(sessionStorage.getItem('zstack-console.session') || '{}');
const get = (url) => fetch(url, { headers: { Authorization: 'OAuth ' + (session.uuid || '') } }).then((r) => r.json());
${load}.then((rows) => {
  const body = document.createDocumentFragment();
  for (const row of rows.slice(0, ${rowsExpected})) {
    const tr = document.createElement('tr');
    for (const value of [${cells.map((c) => `row.${c}`).join(', ')}]) {
      const td = document.createElement('td');
      td.textContent = String(value);
      tr.append(td);
    }
    body.append(tr);
  }
  document.querySelector('tbody').append(body);
});`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head><body><main><table><tbody></tbody></table></main><script type="module">${script}</script></body></html>`;
}

/**
 * The physical floor of a recycle bin: the console's own first list request, recorded while `open` loads the page,
 * and its rows written. What the console spends beyond it is its own cost.
 */
export async function binFloorOf(page: Page, open: () => Promise<unknown>, rowsExpected: number) {
  // The list's own page (a limit and the total with it), not another query of the same kind sent before it.
  const listUrl = (await getsDuring(page, open)).before.find((u) => {
    const params = new URL(u).searchParams;
    return (
      /\/zstack\/v1\/(vm-instances|volumes|images)\?/u.test(u) &&
      params.has('limit') &&
      params.get('replyWithCount') === 'true'
    );
  });
  expect(listUrl).toBeDefined();
  return floorHtml(`get(${JSON.stringify(listUrl ?? '')}).then((page) => page.inventories)`, rowsExpected, [
    'name',
    'uuid',
    'lastOpDate',
  ]);
}

/** The deletion events' floor: the requests their first page depends on, in the order the data allows. */
export function eventsFloorPage(requests: EventRequests, rowsExpected: number): string {
  const chunk = requests.first.findIndex(isChunk);
  const load =
    `Promise.all(${JSON.stringify(requests.first)}.map(get)).then((answers) => ` +
    `Promise.all(${JSON.stringify(requests.then)}.map(get)).then(() => answers[${chunk}].inventories))`;
  return floorHtml(load, rowsExpected, ['operator', 'clientIp', 'resourceName', 'createTime']);
}

/** Expiring soon's inputs: the retention settings, and per kind the oldest items past its cutoff. */
const isExpiringList = (url: string) =>
  /\/zstack\/v1\/(vm-instances|volumes|images)\?/u.test(url) && /[?&]sort=%2BlastOpDate\b/u.test(url);

/** Expiring soon's floor: the settings and the three lists at once, recorded while `open` loads the page, and the
 * lists' rows written. */
export async function expiringFloorOf(page: Page, open: () => Promise<unknown>, rowsExpected: number) {
  const { before } = await getsDuring(page, open);
  const lists = before.filter(isExpiringList);
  const settings = before.filter((u) => /\/zstack\/v1\/global-configurations\?/u.test(u));
  const load =
    `Promise.all([${JSON.stringify(lists)}.map(get), ${JSON.stringify(settings)}.map(get)]` +
    `.map((all) => Promise.all(all))).then(([found]) => found.flatMap((page) => page.inventories))`;
  return floorHtml(load, rowsExpected, ['name', 'uuid', 'lastOpDate']);
}
