// Shared steps of the browser tests: drive the simulator's control endpoints and sign in as a user would.
import { type APIRequestContext, expect, type Page, test as base } from '@playwright/test';

export interface SimRequest {
  method: string;
  path: string;
  status: number;
}

export const sim = {
  reset: async (request: APIRequestContext) => {
    expect((await request.post('/zstack/__sim/reset')).ok()).toBe(true);
  },
  faults: async (request: APIRequestContext, faults: Record<string, unknown>) => {
    expect((await request.post('/zstack/__sim/faults', { data: faults })).ok()).toBe(true);
  },
  expireSessions: async (request: APIRequestContext) => {
    expect((await request.post('/zstack/__sim/expire-sessions')).ok()).toBe(true);
  },
  requests: async (request: APIRequestContext): Promise<SimRequest[]> => {
    const body: unknown = await (await request.get('/zstack/__sim/requests')).json();
    const list = Array.isArray(body) ? body : (body as { requests?: unknown }).requests;
    if (!Array.isArray(list)) throw new Error('unexpected /__sim/requests body');
    return list as SimRequest[];
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
