// Shared steps of the browser tests: drive the simulator's control endpoints and sign in as a user would.
import { type APIRequestContext, expect, type Page, test as base } from '@playwright/test';

export interface SimRequest {
  seq: number;
  method: string;
  path: string;
  /** 0 when the simulator dropped the connection instead of answering. */
  status: number;
}

/** The simulator's control endpoints; `base` is the console's origin when the request context has no baseURL. */
export const sim = {
  reset: async (request: APIRequestContext, base = '') => {
    expect((await request.post(`${base}/zstack/__sim/reset`)).ok()).toBe(true);
  },
  faults: async (request: APIRequestContext, faults: Record<string, unknown>) => {
    expect((await request.post('/zstack/__sim/faults', { data: faults })).ok()).toBe(true);
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
};

export async function signIn(page: Page, account = 'admin', password = 'password') {
  await page.getByLabel('Account name').fill(account);
  await page.getByLabel(/^Password/u).fill(password);
  await page.getByLabel(/^Password/u).press('Enter');
}

/** Opens the console at `path` and signs in on the login page it redirects to. */
export async function openSignedIn(page: Page, path = '/', account = 'admin', password = 'password') {
  await page.goto(path);
  await signIn(page, account, password);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

export const test = base.extend<{ resetSim: undefined }>({
  resetSim: [
    async ({ request }, use) => {
      await sim.reset(request);
      await use(undefined);
    },
    { auto: true },
  ],
});

export { expect };

export function row(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
}
