// The built console as the production server hands it out: headers on every answer, caching, compression, 404s.
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../server/headers.ts';
import { ASSET, INDEX, fakeNode, send, sendRaw, startConsole, type Answer } from './helpers.ts';

function expectSecurityHeaders(answer: Answer, hsts = false): void {
  expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
  expect(answer.headers['referrer-policy']).toBe('no-referrer');
  expect(answer.headers['x-frame-options']).toBe('DENY');
  expect(answer.headers['strict-transport-security']).toBe(hsts ? 'max-age=31536000' : undefined);
  expect(answer.headers['access-control-allow-origin']).toBeUndefined();
}

describe('security headers', () => {
  it('the policy is the strict one: own scripts only, inline styles, no framing, no plugins, no <base>', () => {
    for (const part of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ])
      expect(CONTENT_SECURITY_POLICY.split('; ')).toContain(part);
  });

  it('are on every kind of answer, with any Origin, and HSTS only when told the console runs behind https', async () => {
    for (const hsts of [false, true]) {
      const node = await fakeNode();
      const server = await startConsole({ hsts, target: node.url });
      const origin = { Origin: 'http://evil.localhost' };
      const answers = [
        await send(server.port, '/', { headers: origin }),
        await send(server.port, ASSET, { headers: origin }),
        await send(server.port, '/assets/missing.js'),
        await send(server.port, '/vms/abc'),
        await send(server.port, '/healthz'),
        await send(server.port, '/zstack/v1/vm-instances', { headers: origin }),
        await send(server.port, '/zstack/v1/accounts/sessions/x/hang-up/'),
        await send(server.port, '/zstack/../x'),
        await send(server.port, '/', { headers: { Host: 'localhost:abc' } }),
        await send(server.port, '/', { method: 'POST', body: '{}' }),
        await send(server.port, '/zstack/v1/x', { method: 'PUT', body: 'x'.repeat(5000) }),
      ];
      expect(answers.map((a) => a.status)).toEqual([200, 200, 404, 200, 200, 200, 502, 400, 400, 405, 413]);
      for (const answer of answers) expectSecurityHeaders(answer, hsts);
    }
  });

  it('are on the answer to a request node cannot even parse', async () => {
    const server = await startConsole();
    const answer = await sendRaw(server.port, 'GARBAGE\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/u);
    expect(answer).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\r\n`);
    expect(answer).toContain('X-Content-Type-Options: nosniff\r\n');
  });
});

describe('Host header', () => {
  it('a malformed one gets a plain 400, with no stack trace or install path', async () => {
    const server = await startConsole();
    for (const host of ['localhost:abc', 'a b', 'user@localhost', 'localhost/x', '[::1', 'localhost:99999']) {
      const answer = await send(server.port, '/', { headers: { Host: host } });
      expect(answer.status, host).toBe(400);
      expect(answer.body.toString()).toBe('Bad Host header\n');
    }
  });

  it('on loopback only local names and addresses pass; ALLOWED_HOSTS adds names; no list means any name', async () => {
    const local = await startConsole({ allowedHosts: [] });
    const status = async (port: number, host: string): Promise<number> =>
      (await send(port, '/', { headers: { Host: host } })).status;
    expect(await status(local.port, 'localhost:5173')).toBe(200);
    expect(await status(local.port, '127.0.0.1')).toBe(200);
    expect(await status(local.port, '[::1]:5173')).toBe(200);
    expect(await status(local.port, 'evil.example')).toBe(400);
    const named = await startConsole({ allowedHosts: ['console.test'] });
    expect(await status(named.port, 'console.test:5173')).toBe(200);
    expect(await status(named.port, 'Console.Test')).toBe(200);
    expect(await status(named.port, 'other.test')).toBe(400);
    const open = await startConsole({ allowedHosts: undefined });
    expect(await status(open.port, 'recycle-bin.intranet:5173')).toBe(200);
  });
});

describe('the built files', () => {
  it('hashed assets are kept for good, index.html revalidates, and a known ETag gets a 304', async () => {
    const server = await startConsole();
    const asset = await send(server.port, ASSET);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const index = await send(server.port, '/');
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(index.body.toString()).toBe(INDEX);
    const again = await send(server.port, '/', { headers: { 'If-None-Match': String(index.headers.etag) } });
    expect(again.status).toBe(304);
  });

  it('are compressed with brotli or gzip as the browser accepts, and sent as they are otherwise', async () => {
    const server = await startConsole();
    const plain = await send(server.port, ASSET);
    const br = await send(server.port, ASSET, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body)).toEqual(plain.body);
    expect(br.body.length).toBeLessThan(plain.body.length / 10);
    const gzip = await send(server.port, ASSET, { headers: { 'Accept-Encoding': 'gzip, br;q=0' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body)).toEqual(plain.body);
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('a missing asset or file is a real 404; only page paths get index.html', async () => {
    const server = await startConsole();
    for (const path of ['/assets/app-gone.js', '/assets/x', '/favicon.ico', '/robots.txt']) {
      const answer = await send(server.port, path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.toString()).toBe('Not found\n');
    }
    // A deletion event's address holds a client address: dots, but no file extension.
    for (const path of [
      '/',
      '/vms/6f1d2c3b4a59',
      '/volumes/x?tab=1',
      '/settings',
      '/events/alice_10.20.5.23_1733472000',
    ]) {
      const answer = await send(server.port, path);
      expect(answer.status, path).toBe(200);
      expect(answer.body.toString()).toBe(INDEX);
      expect(answer.headers['cache-control']).toBe('no-cache');
    }
  });

  it('answer HEAD without a body, other methods with 405, and /healthz with ok', async () => {
    const server = await startConsole();
    const head = await send(server.port, ASSET, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    const post = await send(server.port, '/settings', { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
    const health = await send(server.port, '/healthz');
    expect(health.status).toBe(200);
    expect(health.body.toString()).toBe('ok\n');
    expect(health.headers['cache-control']).toBe('no-store');
  });
});
