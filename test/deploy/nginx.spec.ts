// The deployment recipe (deploy/nginx.conf) run by Debian's nginx in front of a separate simulator node: a user
// signs in and recovers a VM through it; the headers, the path checks and the audit's client address hold.
import { request as apiRequest } from '@playwright/test';
import { connect } from 'node:net';
import { NGINX_ORIGIN, NODE_ORIGIN } from '../../playwright.nginx.config.ts';
import { expect, openSignedIn, row, sim, test, zstack } from '../e2e/fixtures.ts';

test.use({ simBase: NODE_ORIGIN });

declare global {
  interface Window {
    __violations?: string[];
  }
}

/** Bytes straight onto a socket: the browser and Playwright would normalise these paths before sending. */
function rawStatus(path: string): Promise<string> {
  const { port } = new URL(NGINX_ORIGIN);
  return new Promise((ok, fail) => {
    const socket = connect(Number(port), '127.0.0.1', () =>
      socket.end(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`),
    );
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
    socket.on('close', () => ok(text.split('\r\n')[0] ?? ''));
    socket.on('error', fail);
  });
}

test('through nginx: sign in, recover web-01 with a forged address, no CSP violation', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    window.__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  // What a browser (or a script in it) could claim; the recipe must not pass it on.
  await page.setExtraHTTPHeaders({ 'X-Request-Ip': '203.0.113.66', 'X-Forwarded-For': '203.0.113.66' });
  await openSignedIn(page, '/?q=web-01', 'alice', 'alice-password');
  await row(page, 'web-01').getByRole('button', { name: 'Recover web-01' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recover web-01?' });
  await dialog.getByRole('button', { name: 'Recover', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'web-01', level: 1 })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'web-01', level: 1 })).toBeVisible();
  expect(await page.evaluate(() => window.__violations)).toEqual([]);

  const uuid = new URL(page.url()).pathname.split('/').pop() ?? '';
  const node = await apiRequest.newContext({ baseURL: NODE_ORIGIN });
  const admin = await zstack.signIn(node, 'admin', 'password');
  const audit = await zstack.query<{ apiName: string; operator: string; clientIp: string }>(
    node,
    admin,
    `zwatch/audit-records?q=resourceUuid=${uuid}&sort=-createTime&limit=1`,
  );
  expect(audit).toEqual([
    expect.objectContaining({
      apiName: expect.stringContaining('APIRecoverVmInstanceMsg'),
      operator: 'alice',
      clientIp: '127.0.0.1',
    }),
  ]);
  await node.dispose();
});

test('through nginx: the same headers as npm start, real 404s, and no way out of /zstack/v1', async ({
  request,
}) => {
  const index = await request.get('/vms/0123456789abcdef');
  expect(index.status()).toBe(200);
  expect(index.headers()).toMatchObject({
    'content-security-policy': expect.stringContaining("frame-ancestors 'none'"),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cache-control': 'no-cache',
  });
  expect(index.headers()['strict-transport-security']).toBeUndefined();
  // The first-paint chunk (the entry script is a few hundred bytes, under gzip_min_length).
  const script = /href="(\/assets\/app-[^"]+\.js)"/u.exec(await index.text())?.[1] ?? '';
  const asset = await request.get(script, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-encoding']).toBe('gzip');
  const missing = await request.get('/assets/gone-0000.js');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['x-content-type-options']).toBe('nosniff');

  await sim.clearRequests(request, NODE_ORIGIN);
  const escapes = [
    '/zstack/../secret',
    '/zstack/%2e%2e/secret',
    '/zstack\\..\\secret',
    '/zstack/v1/..%2f..%2fsecret',
    '/zstack/v1/x/%2e%2e/y',
    '/zstackfoo/bar',
    '/zstack/__sim/reset',
  ];
  for (const path of escapes) expect(await rawStatus(path), path).toBe('HTTP/1.1 400 Bad Request');
  expect(await sim.requests(request, NODE_ORIGIN)).toEqual([]);
  const health = await request.get('/healthz');
  expect(await health.text()).toBe('ok\n');
});
