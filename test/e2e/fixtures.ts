// Shared steps of the browser tests: drive the simulator's control endpoints and sign in as a user would.
import {
  type APIRequestContext,
  expect,
  type Locator,
  type Page,
  type Route,
  test as base,
} from '@playwright/test';
import { createHash } from 'node:crypto';

export interface SimRequest {
  seq: number;
  method: string;
  path: string;
  /** 0 when the simulator dropped the connection instead of answering. */
  status: number;
}

/** One async job the simulator ran: `action` is the API's body key, `resourceUuid` the VM, volume… it targeted. */
export interface SimExecution {
  action: string;
  resourceUuid: string;
  count: number;
}

export interface SimInfo {
  nowMs: number;
  /** account name -> uuid */
  accounts: Record<string, string>;
  /** scenario VM name -> uuid */
  scenarioVms: Record<string, string>;
  /** scenario data volume name -> uuid */
  scenarioVolumes: Record<string, string>;
  /** scenario image name -> uuid */
  scenarioImages: Record<string, string>;
}

/** The simulator's control endpoints; `base` is the console's origin when the request context has no baseURL. */
export const sim = {
  reset: async (request: APIRequestContext, base = '') => {
    expect((await request.post(`${base}/zstack/__sim/reset`)).ok()).toBe(true);
  },
  faults: async (request: APIRequestContext, faults: Record<string, unknown>, base = '') => {
    expect((await request.post(`${base}/zstack/__sim/faults`, { data: faults })).ok()).toBe(true);
  },
  expireSessions: async (request: APIRequestContext) => {
    expect((await request.post('/zstack/__sim/expire-sessions')).ok()).toBe(true);
  },
  /** The last 500 ZStack requests the simulator saw, oldest first. */
  requests: async (request: APIRequestContext, base = ''): Promise<SimRequest[]> => {
    const body = (await (await request.get(`${base}/zstack/__sim/requests`)).json()) as {
      requests: SimRequest[];
    };
    return body.requests;
  },
  info: async (request: APIRequestContext): Promise<SimInfo> =>
    (await (await request.get('/zstack/__sim/info')).json()) as SimInfo,
  /** The uuid of a named scenario of the seed (fails the test when the seed has no such scenario). */
  scenario: async (request: APIRequestContext, kind: 'Vms' | 'Volumes' | 'Images', name: string) => {
    const uuid = (await sim.info(request))[`scenario${kind}`][name];
    expect(uuid, `scenario ${name}`).toBeDefined();
    return uuid ?? '';
  },
  /** Every async job of the node takes `ms` from now on. */
  jobLatency: async (request: APIRequestContext, ms: number) => {
    expect((await request.post('/zstack/__sim/config', { data: { jobLatencyMs: ms } })).ok()).toBe(true);
  },
  /** How many jobs the node ran per action and resource since the last reset or clearExecutions. */
  executions: async (request: APIRequestContext): Promise<SimExecution[]> => {
    const body = (await (await request.get('/zstack/__sim/executions')).json()) as {
      executions: SimExecution[];
    };
    return body.executions;
  },
  /** How many jobs of `action` the node ran on `uuid` (on any resource without one). */
  ran: async (request: APIRequestContext, action: string, uuid?: string): Promise<number> =>
    (await sim.executions(request))
      .filter((e) => e.action === action && (uuid === undefined || e.resourceUuid === uuid))
      .reduce((n, e) => n + e.count, 0),
  /**
   * Asserts the order the node saw: the attach of `volume` to `vm` after both their recoveries, and the VM's start
   * (its last action) after the attach.
   */
  expectAttachAfterRecoveries: async (request: APIRequestContext, vm: string, volume: string) => {
    const seen = await sim.requests(request);
    const seqs = (method: string, path: string) => {
      const found = seen.filter((r) => r.method === method && r.path.endsWith(path)).map((r) => r.seq);
      expect(found.length, `${method} …${path} seen by the node`).toBeGreaterThan(0);
      return found;
    };
    const attach = seqs('POST', `/volumes/${volume}/vm-instances/${vm}`)[0] ?? -1;
    const vmActions = seqs('PUT', `/vm-instances/${vm}/actions`);
    expect(attach).toBeGreaterThan(vmActions[0] ?? Infinity);
    expect(attach).toBeGreaterThan(seqs('PUT', `/volumes/${volume}/actions`)[0] ?? Infinity);
    expect(vmActions.at(-1)).toBeGreaterThan(attach);
  },
  clearExecutions: async (request: APIRequestContext) => {
    expect((await request.delete('/zstack/__sim/executions')).ok()).toBe(true);
  },
  clearRequests: async (request: APIRequestContext, base = '') => {
    expect((await request.delete(`${base}/zstack/__sim/requests`)).ok()).toBe(true);
  },
};

/**
 * ZStack's REST API spoken directly (not through the console), to set up a scenario or to learn what an account
 * may see: sign-in with the SHA-512 of the password, queries, and async actions followed to their end.
 */
export const zstack = {
  signIn: async (request: APIRequestContext, account = 'admin', password = 'password'): Promise<string> => {
    const reply = await request.put('/zstack/v1/accounts/login', {
      data: {
        logInByAccount: {
          accountName: account,
          password: createHash('sha512').update(password).digest('hex'),
        },
      },
    });
    expect(reply.status()).toBe(200);
    return ((await reply.json()) as { inventory: { uuid: string } }).inventory.uuid;
  },
  /** GET /zstack/v1/<path> as `session`: the query's inventories. */
  query: async <T = Record<string, unknown>>(
    request: APIRequestContext,
    session: string,
    path: string,
  ): Promise<T[]> => {
    const reply = await request.get(`/zstack/v1/${path}`, { headers: { Authorization: `OAuth ${session}` } });
    expect(reply.status(), `GET ${path}`).toBe(200);
    return ((await reply.json()) as { inventories: T[] }).inventories;
  },
  /** An async API as `session`: submits it, then polls its job until it ends; returns the job's final answer. */
  action: async (
    request: APIRequestContext,
    session: string,
    method: 'PUT' | 'POST' | 'DELETE',
    path: string,
    data: unknown,
  ): Promise<Record<string, unknown>> => {
    const submitted = await request.fetch(`/zstack/v1/${path}`, {
      method,
      data,
      headers: { Authorization: `OAuth ${session}` },
    });
    expect(submitted.status(), `${method} ${path}`).toBe(202);
    const { location } = (await submitted.json()) as { location: string };
    // The location names the node's internal host: only its job id is used, through our own origin.
    const job = location.slice(location.lastIndexOf('/') + 1);
    let answer = await request.get(`/zstack/v1/api-jobs/${job}`);
    await expect
      .poll(
        async () => {
          answer = await request.get(`/zstack/v1/api-jobs/${job}`);
          return answer.status();
        },
        { message: `job of ${method} ${path}`, intervals: [100] },
      )
      .not.toBe(202);
    expect(answer.status(), `job of ${method} ${path}: ${await answer.text()}`).toBe(200);
    return (await answer.json()) as Record<string, unknown>;
  },
};

export async function signIn(page: Page, account = 'admin', password = 'password') {
  await page.getByLabel('Account name').fill(account);
  await page.getByLabel(/^Password/u).fill(password);
  await page.getByLabel(/^Password/u).press('Enter');
}

/** Signs in by the fields' names, not their labels: the same in every language. */
export async function signInByName(page: Page, account = 'admin', password = 'password') {
  await page.locator('input[name="accountName"]').fill(account);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('input[name="password"]').press('Enter');
}

/** Opens the console at `path` and signs in on the login page it redirects to. */
export async function openSignedIn(page: Page, path = '/', account = 'admin', password = 'password') {
  await page.goto(path);
  await signIn(page, account, password);
  // Signed in: the app bar shows Sign out, or on a narrow screen the menu button that holds it.
  await expect(
    page.getByRole('button', { name: 'Sign out' }).or(page.getByRole('button', { name: 'Menu' })),
  ).toBeVisible();
}

export const test = base.extend<{ resetSim: undefined; simBase: string }>({
  /** Where the simulator's control endpoints are: the console's own origin, or a separate node behind a proxy. */
  simBase: ['', { option: true }],
  resetSim: [
    async ({ request, simBase }, use) => {
      await sim.reset(request, simBase);
      await use(undefined);
    },
    { auto: true },
  ],
});

export { expect };

/** web-01's data volume deleted with it is offered back by default in its recover dialog: say no (the VM alone). */
export async function recoverAlone(dialog: Locator) {
  await dialog.getByRole('checkbox', { name: /^Also recover this data volume/u }).uncheck();
}

export function row(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
}

/**
 * Answers lost on the way back: each matching request (the first `times`, or all until `restore`) reaches the node,
 * which acts on it, but the browser only sees the connection reset. The simulator's own drops (POST /faults) cannot
 * do this in a browser: they close a kept-alive connection, and Chromium silently resends a request whose reused
 * connection closed before any answer, so the page never learns of the drop.
 */
export async function loseAnswers(page: Page, match: { method: string; url: RegExp; times?: number }) {
  let left = match.times ?? Number.POSITIVE_INFINITY;
  const handler = async (route: Route) => {
    if (route.request().method() !== match.method || left <= 0) {
      await route.fallback();
      return;
    }
    left -= 1;
    await route.fetch();
    await route.abort('connectionreset');
  };
  await page.route(match.url, handler);
  return { restore: () => page.unroute(match.url, handler) };
}

/**
 * Fails when the Chinese characters in `locator` are drawn as tofu (a missing-glyph box, as on a machine without a CJK
 * font). Each distinct Han character is drawn on a canvas in the element's own font family: boxes all look alike,
 * real glyphs do not, whatever the font is called.
 */
export async function expectCjkGlyphs(locator: Locator) {
  const drawn = await locator.evaluate((el) => {
    const han = [...new Set((el.textContent ?? '').match(/\p{Script=Han}/gu) ?? [])];
    const canvas = document.createElement('canvas');
    canvas.width = 48;
    canvas.height = 48;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return { han, distinct: 0 };
    ctx.font = `32px ${getComputedStyle(el).fontFamily}`;
    const shape = (c: string) => {
      ctx.clearRect(0, 0, 48, 48);
      ctx.fillText(c, 4, 38);
      return ctx.getImageData(0, 0, 48, 48).data.join(',');
    };
    return { han, distinct: new Set(han.map(shape)).size };
  });
  expect(drawn.han.length, 'Chinese characters to look at').toBeGreaterThanOrEqual(2);
  expect(
    drawn.distinct,
    `"${drawn.han.join('')}" drawn as tofu: is a CJK font (fonts-noto-cjk) installed?`,
  ).toBe(drawn.han.length);
}

/** A screenshot for the README and the reports, after checking that its Chinese (the language control's) is drawn. */
export async function screenshot(page: Page, path: string, fullPage = false) {
  await expectCjkGlyphs(page.locator('label', { hasText: '语言' }).first());
  await page.screenshot({ path, fullPage });
}
