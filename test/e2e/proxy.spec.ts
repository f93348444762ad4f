// The console as deployed against a management node: `/zstack` is proxied (ZSTACK_API_URL), the node's answers
// name its own internal host in `location`, and a dropped upstream connection reaches the browser as a 502.
import { NODE_PORT, PROXIED_PORT } from '../../playwright.config.ts';
import { expect, openSignedIn, row, sim, test, recoverAlone } from './fixtures.ts';

// The console's proxy forwards only /zstack/v1: the simulator's control endpoints are asked on the node itself.
const NODE = `http://127.0.0.1:${NODE_PORT}`;
test.use({ baseURL: `http://127.0.0.1:${PROXIED_PORT}`, simBase: NODE });

test('through the proxy: find, recover (with a lost answer) and see the inventory', async ({
  page,
  request,
}) => {
  await openSignedIn(page, '/?q=web-01');
  await row(page, 'web-01').getByRole('button', { name: 'Recover web-01' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recover web-01?' });
  // The node runs the job but the connection drops before it answers: the proxy turns that into a 502.
  await sim.faults(request, { dropActionResponses: 1 }, NODE);
  await recoverAlone(dialog);
  await dialog.getByRole('button', { name: 'Recover', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'web-01', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Network interfaces' }).getByRole('row')).toHaveCount(3);
  const puts = (await sim.requests(request, NODE)).filter(
    (r) => r.method === 'PUT' && r.path.startsWith('/zstack/v1/vm-instances/'),
  );
  expect(puts.map((r) => r.status)).toEqual([0, 400]);
});

test("the proxy refuses paths that leave /zstack/v1 and the simulator's control endpoints", async ({
  request,
}) => {
  await sim.clearRequests(request, NODE);
  // (Dot segments and backslashes never leave the browser's URL parser; test/server covers them on raw HTTP.)
  for (const path of ['/zstack/v1/..%2f..%2fsecret', '/zstack/v1/%2E%2E%5Csecret', '/zstackfoo/bar'])
    expect((await request.get(path)).status(), path).toBe(400);
  expect((await request.post('/zstack/__sim/reset')).status()).toBe(404);
  expect(await sim.requests(request, NODE)).toEqual([]);
});
