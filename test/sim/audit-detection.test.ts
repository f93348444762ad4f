import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../sim/handler.ts';
import { simOptionsFromEnv } from '../../sim/options.ts';
import { adminLogin, call, control, rows, runJob, simInfo, withSimulator } from './helpers.ts';

// docs/zstack-protocol.md#audit-feature-detection: the path is resolved before the credentials are looked at
const PROBE = '/zwatch/audit-records?limit=1';
const ABSENT = 'no api mapping to /v1/zwatch/audit-records';

describe('audit feature detection', () => {
  it('on (the default): a probe without credentials is 400 missing header, with them 200', async () => {
    await withSimulator(async ({ ctx }) => {
      expect(await call(ctx, 'GET', PROBE)).toMatchObject({
        status: 400,
        text: "missing header 'Authorization'",
      });
      const admin = await adminLogin(ctx);
      expect((await call(ctx, 'GET', PROBE, { session: admin })).status).toBe(200);
      expect((await simInfo(ctx)).audit).toBe(true);
    });
  });

  it('off through POST /zstack/__sim/config: 404 "no api mapping to …" before authentication, and nothing recorded', async () => {
    await withSimulator(async ({ ctx }) => {
      const admin = await adminLogin(ctx);
      expect(await control(ctx, 'POST', '/config', { audit: false })).toMatchObject({ audit: false });
      expect(await call(ctx, 'GET', PROBE)).toMatchObject({ status: 404, text: ABSENT });
      expect(await call(ctx, 'GET', PROBE, { session: admin })).toMatchObject({ status: 404, text: ABSENT });
      expect(await call(ctx, 'GET', '/zwatch/audits', { session: admin })).toMatchObject({
        status: 404,
        text: 'no api mapping to /v1/zwatch/audits',
      });
      const [vm] = await rows<{ uuid: string }>(ctx, admin, '/vm-instances?q=state=Destroyed&limit=1');
      expect(
        (
          await runJob(ctx, 'PUT', `/vm-instances/${vm?.uuid ?? ''}/actions`, admin, {
            recoverVmInstance: {},
          })
        ).status,
      ).toBe(200);

      await control(ctx, 'POST', '/config', { audit: true });
      const trail = await rows<{ apiName: string }>(
        ctx,
        admin,
        `/zwatch/audit-records?q=resourceUuid=${vm?.uuid ?? ''}`,
      );
      expect(trail.map((a) => a.apiName)).toEqual(['org.zstack.header.vm.APIDestroyVmInstanceMsg']);
      await control(ctx, 'POST', '/config', { audit: false });
      await control(ctx, 'POST', '/reset');
      expect((await call(ctx, 'GET', PROBE)).status).toBe(400);
    });
  });

  it('off through SIM_AUDIT=0 or createSimulator({ audit: false })', async () => {
    expect(simOptionsFromEnv({ SIM_AUDIT: '0' })).toEqual({ audit: false });
    expect(simOptionsFromEnv({ SIM_AUDIT: '1' })).toEqual({ audit: true });
    expect(() => simOptionsFromEnv({ SIM_AUDIT: 'maybe' })).toThrow(/SIM_AUDIT/);
    await withSimulator(
      async ({ ctx }) => {
        expect(await call(ctx, 'GET', PROBE)).toMatchObject({ status: 404, text: ABSENT });
        expect((await simInfo(ctx)).audit).toBe(false);
        // a reset goes back to the configured option, which stays off
        await control(ctx, 'POST', '/reset');
        expect((await call(ctx, 'GET', PROBE)).status).toBe(404);
      },
      simOptionsFromEnv({ SIM_AUDIT: '0' }),
    );
    const sim = createSimulator({ audit: false, vms: 20, destroyed: 5 });
    try {
      const r = await sim.handle(new Request(`http://console.example/zstack/v1${PROBE}`));
      expect([r.status, await r.text()]).toEqual([404, ABSENT]);
      sim.setAudit(true);
      expect((await sim.handle(new Request(`http://console.example/zstack/v1${PROBE}`))).status).toBe(400);
    } finally {
      sim.dispose();
    }
  });
});
