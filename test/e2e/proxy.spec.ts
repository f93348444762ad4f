// The console as deployed against a management node: `/zstack` is proxied (ZSTACK_API_URL), the node's answers
// name its own internal host in `location`, and a dropped upstream connection reaches the browser as a 502.
import { PROXIED_PORT } from '../../playwright.config.ts';
import { expect, openSignedIn, row, sim, test } from './fixtures.ts';

test.use({ baseURL: `http://127.0.0.1:${PROXIED_PORT}` });

test('through the proxy: find, recover (with a lost answer) and see the inventory', async ({
  page,
  request,
}) => {
  await openSignedIn(page, '/?q=web-01');
  await row(page, 'web-01').getByRole('button', { name: 'Recover web-01' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recover web-01?' });
  // The node runs the job but the connection drops before it answers: the proxy turns that into a 502.
  await sim.faults(request, { dropActionResponses: 1 });
  await dialog.getByRole('button', { name: 'Recover', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'web-01', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Network interfaces' }).getByRole('row')).toHaveCount(3);
  const puts = (await sim.requests(request)).filter((r) => r.method === 'PUT' && r.path.endsWith('/actions'));
  expect(puts.map((r) => r.status)).toEqual([0, 400]);
});
