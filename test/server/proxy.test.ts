// The proxy to a management node (ZSTACK_API_URL): what reaches the node, and what never does.
import { describe, expect, it } from 'vitest';
import { fakeNode, send, sendRaw, startConsole } from './helpers.ts';

const SESSION = '7bd1f0e3c5b34cb5a0e6f1d2c3b4a596';

describe('the proxy forwards /zstack/v1 and nothing else', () => {
  const escapes = [
    '/zstack/../secret',
    '/zstack/v1/../../secret',
    '/zstack/v1/./vm-instances',
    '/zstack/%2e%2e/secret',
    '/zstack/v1/%2E%2e/%2e%2E/secret',
    '/zstack/v1/.%2e/secret',
    '/zstack\\..\\secret',
    '/zstack/v1\\..\\..\\secret',
    '/zstack/v1/..%2f..%2fsecret',
    '/zstack/v1/vm-instances%2F..%2F..%2Fsecret',
    '/zstack/v1/%5c..%5csecret',
    '/zstack/v1/a%00b',
    '/zstack//v1/vm-instances',
    '/zstack/v1//vm-instances',
    '/zstackfoo/bar',
    '/zstack',
    '/zstack/',
    '/zstack/v2/vm-instances',
    '/ZSTACK/v1/vm-instances',
    '/zstack/v1/%zz',
  ];

  it.each(escapes)('%s gets a 400 and never reaches the node', async (path) => {
    const node = await fakeNode();
    const server = await startConsole({ target: node.url });
    const answer = await send(server.port, path);
    expect(answer.status).toBe(400);
    expect(answer.body.toString()).toBe('Bad request path\n');
    expect(node.seen).toEqual([]);
  });

  it('refuses absolute-form targets and control characters on the raw socket', async () => {
    const node = await fakeNode();
    const server = await startConsole({ target: node.url });
    for (const target of [`http://127.0.0.1:${node.url.port}/secret`, '/zstack/v1/a\tb/../../secret']) {
      const answer = await sendRaw(server.port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
      expect(answer).toMatch(/^HTTP\/1\.1 400 /u);
      expect(answer).toContain("frame-ancestors 'none'");
    }
    expect(node.seen).toEqual([]);
  });

  it('passes a good path and its query string on exactly, with the node as Host', async () => {
    const node = await fakeNode();
    const server = await startConsole({ target: node.url });
    const path = `/zstack/v1/vm-instances?q=state=Destroyed&q=name~=%25a%2Fb%25&limit=20`;
    const answer = await send(server.port, path, { headers: { Authorization: `OAuth ${SESSION}` } });
    expect(answer.status).toBe(200);
    expect(node.seen.map((s) => s.url)).toEqual([path]);
    expect(node.seen[0]?.headers.host).toBe(node.url.host);
    expect(node.seen[0]?.headers.authorization).toBe(`OAuth ${SESSION}`);
  });

  it('never forwards the simulator control endpoints', async () => {
    const node = await fakeNode();
    const server = await startConsole({ target: node.url, simControlAnywhere: true });
    expect((await send(server.port, '/zstack/__sim/reset', { method: 'POST' })).status).toBe(404);
    expect((await send(server.port, '/zstack/__sim/info')).status).toBe(404);
    expect(node.seen).toEqual([]);
  });
});

describe('the browser address the node is told', () => {
  const forged = {
    'X-Request-Ip': '203.0.113.66',
    'X-Forwarded-For': '203.0.113.66',
    'X-Real-IP': '203.0.113.66',
    Forwarded: 'for=203.0.113.66',
    'Proxy-Client-IP': '203.0.113.66',
    HTTP_CLIENT_IP: '203.0.113.66',
    Cookie: 'a=b',
  };

  it('comes from the connection; what the browser sends under those names is dropped', async () => {
    const node = await fakeNode();
    const server = await startConsole({ target: node.url });
    await send(server.port, '/zstack/v1/vm-instances', { headers: forged });
    const headers = node.seen[0]?.headers ?? {};
    expect(headers['x-request-ip']).toBe('127.0.0.1');
    expect(headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(headers['x-real-ip']).toBeUndefined();
    expect(headers.forwarded).toBeUndefined();
    expect(headers['proxy-client-ip']).toBeUndefined();
    expect(headers['http_client_ip']).toBeUndefined();
    expect(headers.cookie).toBeUndefined();
  });

  it("comes from a trusted proxy's X-Forwarded-For: its right-most entry that is not a trusted proxy", async () => {
    const node = await fakeNode();
    const server = await startConsole({ target: node.url, trustedProxies: ['127.0.0.1', '10.0.0.9'] });
    await send(server.port, '/zstack/v1/vm-instances', {
      headers: { 'X-Forwarded-For': '203.0.113.66, 198.51.100.7, 10.0.0.9', 'X-Request-Ip': '203.0.113.66' },
    });
    expect(node.seen[0]?.headers['x-request-ip']).toBe('198.51.100.7');
    expect(node.seen[0]?.headers['x-forwarded-for']).toBe('198.51.100.7');
  });
});

describe('answers through the proxy', () => {
  it('carry the console headers instead of the node CORS, cookies and CSP, gzip-compressed', async () => {
    const node = await fakeNode();
    const server = await startConsole({ target: node.url });
    const answer = await send(server.port, '/zstack/v1/vm-instances', {
      headers: { Origin: 'http://evil.example', 'Accept-Encoding': 'gzip' },
    });
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    expect(answer.headers['set-cookie']).toBeUndefined();
    expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['content-encoding']).toBe('gzip');
  });

  it('turn a lost node connection into a 502, and the log names neither the session nor the body', async () => {
    const node = await fakeNode();
    const server = await startConsole({ target: node.url });
    const password = 'alice-password-hash-1234';
    const answer = await send(server.port, `/zstack/v1/accounts/sessions/${SESSION}/hang-up/`, {
      method: 'PUT',
      body: JSON.stringify({ password }),
    });
    expect(answer.status).toBe(502);
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
    expect(server.logs).toEqual([
      'proxy: PUT /zstack/v1/accounts/sessions/:uuid/hang-up/ failed: ECONNRESET',
    ]);
    expect(server.logs.join('\n')).not.toContain(SESSION);
    expect(server.logs.join('\n')).not.toContain(password);
  });
});

describe('the body-size limit on the proxy', () => {
  it('refuses a declared length over the limit without asking the node', async () => {
    const node = await fakeNode();
    const server = await startConsole({ target: node.url, bodyLimit: 1000 });
    const answer = await send(server.port, '/zstack/v1/vm-instances/x/actions', {
      method: 'PUT',
      body: 'x'.repeat(1001),
    });
    expect(answer.status).toBe(413);
    expect(answer.headers['content-security-policy']).toBeDefined();
    expect(node.seen).toEqual([]);
  });

  it('cuts a chunked body off once it passes the limit, and lets one within it through', async () => {
    const node = await fakeNode();
    const server = await startConsole({ target: node.url, bodyLimit: 1000 });
    const chunked = { 'Transfer-Encoding': 'chunked' };
    const big = await send(server.port, '/zstack/v1/x', {
      method: 'PUT',
      headers: chunked,
      body: 'y'.repeat(5000),
    });
    expect(big.status).toBe(413);
    const small = await send(server.port, '/zstack/v1/x', {
      method: 'PUT',
      headers: chunked,
      body: 'z'.repeat(900),
    });
    expect(small.status).toBe(200);
    expect(node.seen.map((s) => s.body.length)).toEqual([900]);
  });
});
