import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../sim/handler.ts';
import { simOptionsFromEnv } from '../../sim/options.ts';
import { sha512 } from './helpers.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

const freePort = (): Promise<number> =>
  new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => ok(port));
    });
  });

describe('npx tsx sim/server.ts', () => {
  it('listens on PORT, prints its URL and logs admin in', async () => {
    const port = await freePort();
    // own process group, so the npx → tsx → node chain can be stopped together by our child's id
    const child = spawn('npx', ['tsx', 'sim/server.ts'], {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SIM_VMS: '100', SIM_DESTROYED: '20' },
    });
    const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
    try {
      const line = await new Promise<string>((ok, fail) => {
        let out = '';
        const timer = setTimeout(() => fail(new Error(`no banner: ${out}`)), 20_000);
        child.stdout.on('data', (b: Buffer) => {
          out += b.toString();
          if (out.includes('\n')) {
            clearTimeout(timer);
            ok(out.trim());
          }
        });
        child.once('exit', () => fail(new Error(`exited early: ${out}`)));
      });
      expect(line).toBe(`ZStack simulator listening on http://127.0.0.1:${port}/zstack/v1`);
      const res = await fetch(`http://127.0.0.1:${port}/zstack/v1/accounts/login`, {
        method: 'PUT',
        body: JSON.stringify({ logInByAccount: { accountName: 'admin', password: sha512('password') } }),
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { inventory: { accountUuid: string } }).inventory.accountUuid).toBe(
        '36c27e8ff05c4780bf6d2fa65700f22e',
      );
    } finally {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    }
    await exited;
  }, 30_000);
});

describe('createSimulator', () => {
  it('serves whatever the request origin is, and reset returns to the seed', async () => {
    const sim = createSimulator({ vms: 60, destroyed: 15, jobLatencyMs: 0 });
    try {
      const body = JSON.stringify({ logInByAccount: { accountName: 'admin', password: sha512('password') } });
      const r = await sim.handle(
        new Request('https://console.example.com:9443/zstack/v1/accounts/login', { method: 'PUT', body }),
      );
      expect(r.status).toBe(200);
      const session = ((await r.json()) as { inventory: { uuid: string } }).inventory.uuid;
      const web = sim.scenarioVm('web-01') ?? '';
      const req = (): Request =>
        new Request(`http://other-host/zstack/v1/vm-instances/${web}/actions`, {
          method: 'PUT',
          headers: { Authorization: `OAuth ${session}` },
          body: JSON.stringify({ expungeVmInstance: {} }),
        });
      expect((await sim.handle(req())).status).toBe(202);
      const list = async (): Promise<unknown[]> => {
        const q = await sim.handle(
          new Request(`http://h/zstack/v1/vm-instances/${web}`, {
            headers: { Authorization: `OAuth ${session}` },
          }),
        );
        return ((await q.json()) as { inventories: unknown[] }).inventories;
      };
      expect(await list()).toEqual([]);
      sim.reset();
      // sessions are state too: log in again after the reset
      const r2 = await sim.handle(new Request('http://h/zstack/v1/accounts/login', { method: 'PUT', body }));
      expect(r2.status).toBe(200);
      expect(sim.scenarioVm('web-01')).toBe(web);
    } finally {
      sim.dispose();
    }
  });

  it('reads SIM_* knobs from the environment', () => {
    expect(
      simOptionsFromEnv({
        SIM_SEED: '7',
        SIM_JOB_LATENCY_MS: '5',
        SIM_FAULT_RATE: '0.25',
        SIM_NOW: '2025-03-01T00:00:00Z',
        SIM_TZ_OFFSET_MINUTES: '0',
        SIM_VMS: '12000',
        SIM_DESTROYED: '10000',
      }),
    ).toEqual({
      seed: 7,
      jobLatencyMs: 5,
      faultRate: 0.25,
      clockStart: Date.parse('2025-03-01T00:00:00Z'),
      tzOffsetMinutes: 0,
      vms: 12000,
      destroyed: 10000,
    });
    expect(simOptionsFromEnv({})).toEqual({});
    expect(() => simOptionsFromEnv({ SIM_FAULT_RATE: '2' })).toThrow();
  });

  it('is deterministic for a seed and formats dates in the configured zone', async () => {
    const a = createSimulator({
      seed: 5,
      vms: 40,
      destroyed: 10,
      clockStart: Date.UTC(2017, 10, 14, 14, 20, 57),
      tzOffsetMinutes: 480,
    });
    const b = createSimulator({
      seed: 5,
      vms: 40,
      destroyed: 10,
      clockStart: Date.UTC(2017, 10, 14, 14, 20, 57),
      tzOffsetMinutes: 480,
    });
    try {
      expect(a.scenarioVm('web-01')).toBe(b.scenarioVm('web-01'));
      const body = JSON.stringify({ logInByAccount: { accountName: 'admin', password: sha512('password') } });
      const r = await a.handle(new Request('http://h/zstack/v1/accounts/login', { method: 'PUT', body }));
      const inv = ((await r.json()) as { inventory: { createDate: string } }).inventory;
      expect(inv.createDate).toMatch(/^Nov 14, 2017 10:20:5\d PM$/);
    } finally {
      a.dispose();
      b.dispose();
    }
  });
});
