import { describe, expect, it } from 'vitest';
import {
  adminLogin,
  call,
  checkWire,
  control,
  login,
  sha512,
  simulatorForFile,
  start,
  submit,
  waitJob,
} from './helpers.ts';

const sim = simulatorForFile({ vms: 300, destroyed: 60 });

describe('login', () => {
  it('accepts the SHA-512 hex of the password and returns a SessionInventory', async () => {
    const r = await call(sim.ctx, 'PUT', '/accounts/login', {
      body: { logInByAccount: { accountName: 'admin', password: sha512('password') } },
    });
    expect(r.status).toBe(200);
    const inv = r.json()['inventory'] as Record<string, string>;
    expect(inv['uuid']).toMatch(/^[0-9a-f]{32}$/);
    expect(inv['accountUuid']).toBe('36c27e8ff05c4780bf6d2fa65700f22e');
    expect(inv['userUuid']).toBe(inv['accountUuid']);
    expect(inv['userType']).toBe('AccountVO');
    checkWire(r.json());
    const created = Date.parse(`${inv['createDate']} UTC`);
    const expires = Date.parse(`${inv['expiredDate']} UTC`);
    expect(expires - created).toBe(7200 * 1000);
  });

  it('rejects the plaintext password and wrong accounts with ID.1000 (unescaped sync error)', async () => {
    for (const body of [
      { logInByAccount: { accountName: 'admin', password: 'password' } },
      { logInByAccount: { accountName: 'nobody', password: sha512('password') } },
    ]) {
      const r = await call(sim.ctx, 'PUT', '/accounts/login', { body });
      expect(r.status).toBe(503);
      expect(r.json()).toEqual({
        error: {
          code: 'ID.1000',
          description: 'Unable to authenticate a user',
          details: 'wrong account name or password',
          cost: '0ms',
        },
      });
    }
  });

  it('logs normal accounts in with their own uuid', async () => {
    const alice = await call(sim.ctx, 'PUT', '/accounts/login', {
      body: { logInByAccount: { accountName: 'alice', password: sha512('alice-password') } },
    });
    expect(alice.status).toBe(200);
    expect((alice.json()['inventory'] as Record<string, string>)['accountUuid']).not.toBe(
      '36c27e8ff05c4780bf6d2fa65700f22e',
    );
  });

  it('refuses the 501st concurrent session with ID.1006', async () => {
    const s = await start({ vms: 50, destroyed: 10 });
    try {
      const body = { logInByAccount: { accountName: 'bob', password: sha512('bob-password') } };
      for (let i = 0; i < 500; i++)
        expect((await call(s, 'PUT', '/accounts/login', { body })).status).toBe(200);
      const r = await call(s, 'PUT', '/accounts/login', { body });
      expect(r.status).toBe(503);
      expect((r.json()['error'] as { code: string }).code).toBe('ID.1006');
    } finally {
      await s.srv.close();
    }
  });
});

describe('Authorization header', () => {
  it('answers a missing header with a plain-text 400', async () => {
    const r = await call(sim.ctx, 'GET', '/vm-instances');
    expect(r.status).toBe(400);
    expect(r.text).toBe("missing header 'Authorization'");
    expect(r.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('answers a wrong scheme with a plain-text 400, also on async APIs', async () => {
    const r = await call(sim.ctx, 'GET', '/vm-instances', { headers: { Authorization: 'Bearer abc' } });
    expect(r.status).toBe(400);
    expect(r.text).toBe("Authorization type must be 'OAuth'");
    const a = await call(sim.ctx, 'PUT', '/vm-instances/0123/actions', {
      headers: { Authorization: 'Basic x' },
      body: { recoverVmInstance: {} },
    });
    expect(a.status).toBe(400);
    expect(a.text).toBe("Authorization type must be 'OAuth'");
  });
});

describe('invalid sessions', () => {
  const ID1001 = {
    code: 'ID.1001',
    description: 'The session is invalid, either wrong session id or the session has been expired',
    details: 'Session expired',
    cost: '0ms',
  };

  it('fails a sync query with 503 ID.1001', async () => {
    const r = await call(sim.ctx, 'GET', '/vm-instances', { session: '0'.repeat(32) });
    expect(r.status).toBe(503);
    expect(r.json()).toEqual({ error: ID1001 });
  });

  it('accepts an async call with 202 and fails its job with 503 ID.1001', async () => {
    const { reply, jobId } = await submit(sim.ctx, 'PUT', '/vm-instances/abc/actions', 'f'.repeat(32), {
      recoverVmInstance: {},
    });
    expect(reply.status).toBe(202);
    const { final } = await waitJob(sim.ctx, jobId);
    expect(final.status).toBe(503);
    expect(final.json()).toEqual({ error: ID1001 });
  });

  it('expires sessions through the control endpoint and after 2 h of idle sim time, sliding on each call', async () => {
    const s = await adminLogin(sim.ctx);
    await control(sim.ctx, 'POST', '/clock', { advanceSeconds: 7000 });
    expect((await call(sim.ctx, 'GET', '/zones', { session: s })).status).toBe(200);
    await control(sim.ctx, 'POST', '/clock', { advanceSeconds: 7000 });
    // still valid: the previous call slid the expiry by another 7200 s
    expect((await call(sim.ctx, 'GET', '/zones', { session: s })).status).toBe(200);
    await control(sim.ctx, 'POST', '/clock', { advanceSeconds: 7201 });
    expect((await call(sim.ctx, 'GET', '/zones', { session: s })).status).toBe(503);
    const s2 = await adminLogin(sim.ctx);
    await control(sim.ctx, 'POST', '/expire-sessions');
    expect((await call(sim.ctx, 'GET', '/zones', { session: s2 })).status).toBe(503);
  });

  it('validates and logs out sessions', async () => {
    const s = await login(sim.ctx, 'bob', 'bob-password');
    expect((await call(sim.ctx, 'GET', `/accounts/sessions/${s}/valid`)).json()).toEqual({ valid: true });
    const out = await call(sim.ctx, 'DELETE', `/accounts/sessions/${s}`);
    expect(out.status).toBe(200);
    expect(out.text).toBe('{}');
    expect((await call(sim.ctx, 'GET', `/accounts/sessions/${s}/valid`)).json()).toEqual({ valid: false });
    expect((await call(sim.ctx, 'GET', '/zones', { session: s })).status).toBe(503);
  });

  it('renews a session asynchronously', async () => {
    const s = await adminLogin(sim.ctx);
    const { reply, jobId } = await submit(sim.ctx, 'PUT', `/accounts/sessions/${s}/renew`, s, {
      renewSession: { duration: 86400 },
    });
    expect(reply.status).toBe(202);
    const { final } = await waitJob(sim.ctx, jobId);
    expect(final.status).toBe(200);
    const inv = final.json()['inventory'] as Record<string, string>;
    expect(Date.parse(`${inv['expiredDate']} UTC`) - Date.parse(`${inv['createDate']} UTC`)).toBeGreaterThan(
      80000 * 1000,
    );
  });
});

describe('transport errors', () => {
  it('answers unknown URLs with 404 text and wrong methods with 405 text', async () => {
    const r = await call(sim.ctx, 'GET', '/no-such-thing/abc/def');
    expect(r.status).toBe(404);
    expect(r.text).toBe('no api mapping to /v1/no-such-thing/abc/def');
    const m = await call(sim.ctx, 'POST', '/api-jobs/abc');
    expect(m.status).toBe(405);
    expect(m.text).toBe('only GET method is allowed for querying job status');
  });
});
