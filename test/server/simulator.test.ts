// The built-in simulator behind the production server: its control endpoints, its body limit, its audit address.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { call, login, named, runJob, simInfo, type Ctx } from '../sim/helpers.ts';
import { externalAddress, send, startConsole, type Started } from './helpers.ts';

function ctxOf(server: Started): Ctx {
  if (server.simulator === undefined) throw new Error('no simulator');
  return {
    srv: { url: server.url, sim: server.simulator, close: server.close },
    base: `${server.url}/zstack/v1`,
  };
}

describe('the simulator control endpoints', () => {
  it('answer callers on this machine', async () => {
    const server = await startConsole();
    const answer = await send(server.port, '/zstack/__sim/reset', { method: 'POST' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-security-policy']).toBeDefined();
  });

  it('do not exist for a caller from another address, unless SIM_CONTROL=1 says so', async () => {
    const from = externalAddress();
    const closed = await startConsole();
    const refused = await send(closed.port, '/zstack/__sim/reset', { method: 'POST', localAddress: from });
    expect(refused.status).toBe(404);
    // The API itself is there for everyone.
    expect(
      (await send(closed.port, '/zstack/v1/accounts/sessions/x/valid', { localAddress: from })).status,
    ).toBe(200);
    const open = await startConsole({ simControlAnywhere: true });
    expect(
      (await send(open.port, '/zstack/__sim/reset', { method: 'POST', localAddress: from })).status,
    ).toBe(200);
  });
});

describe('the simulator behind the server', () => {
  it('refuses a body over the limit, declared or chunked', async () => {
    const server = await startConsole({ bodyLimit: 1000 });
    const body = JSON.stringify({ logInByAccount: { accountName: 'admin', password: 'x'.repeat(2000) } });
    const declared = await send(server.port, '/zstack/v1/accounts/login', { method: 'PUT', body });
    expect(declared.status).toBe(413);
    const chunked = await send(server.port, '/zstack/v1/accounts/login', {
      method: 'PUT',
      body,
      headers: { 'Transfer-Encoding': 'chunked' },
    });
    expect(chunked.status).toBe(413);
    expect(server.simulator?.requests()).toEqual([]);
  });

  it('sends its JSON gzipped to a browser that accepts it, as the proxy does for a node, and plain otherwise', async () => {
    const server = await startConsole();
    const ctx = ctxOf(server);
    const session = await login(ctx, 'admin', 'password');
    const page = '/zstack/v1/vm-instances?q=state=Destroyed&limit=20';
    const auth = { Authorization: `OAuth ${session}` };
    const zipped = await send(server.port, page, { headers: { ...auth, 'Accept-Encoding': 'gzip, br' } });
    const plain = await send(server.port, page, { headers: auth });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.body.length).toBeLessThan(plain.body.length / 3);
    expect(JSON.parse(gunzipSync(zipped.body).toString())).toEqual(JSON.parse(plain.body.toString()));
    // A small answer is not worth it.
    const valid = await send(server.port, `/zstack/v1/accounts/sessions/${session}/valid`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(valid.headers['content-encoding']).toBeUndefined();
  });

  it('records the audit client address from the connection, not from a forged X-Request-Ip', async () => {
    const server = await startConsole();
    const ctx = ctxOf(server);
    const alice = await login(ctx, 'alice', 'alice-password');
    const web = named((await simInfo(ctx)).scenarioVms, 'web-01');
    const forged = { 'X-Request-Ip': '203.0.113.66', 'X-Forwarded-For': '203.0.113.66' };
    const final = await runJob(
      ctx,
      'PUT',
      `/vm-instances/${web}/actions`,
      alice,
      { recoverVmInstance: {} },
      forged,
    );
    expect(final.status).toBe(200);
    const admin = await login(ctx, 'admin', 'password');
    const audit = await call(
      ctx,
      'GET',
      `/zwatch/audit-records?q=resourceUuid=${web}&sort=-createTime&limit=1`,
      {
        session: admin,
      },
    );
    expect(audit.json()['inventories']).toMatchObject([
      { apiName: expect.stringContaining('APIRecoverVmInstanceMsg') as unknown, clientIp: '127.0.0.1' },
    ]);
  });
});
