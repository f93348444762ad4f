import { beforeEach, describe, expect, it } from 'vitest';
import {
  adminLogin,
  call,
  control,
  queryVms,
  simulatorForFile,
  start,
  submit,
  vmByName,
  waitJob,
  type Vm,
} from './helpers.ts';

type Report = {
  executions: { action: string; resourceUuid: string; count: number }[];
  maxConcurrent: Record<string, number>;
};

// long enough that jobs sent together are all still running when the last one arrives
const sim = simulatorForFile({ jobLatencyMs: 400 });
beforeEach(async () => {
  await control(sim.ctx, 'POST', '/reset');
  await sim.signInAgain();
});

const executions = async (): Promise<Report> => (await control(sim.ctx, 'GET', '/executions')) as Report;
const recover = (uuid: string, headers?: Record<string, string>) =>
  submit(sim.ctx, 'PUT', `/vm-instances/${uuid}/actions`, sim.admin, { recoverVmInstance: {} }, headers);
const destroyedVms = async (n: number): Promise<Vm[]> =>
  (await queryVms(sim.ctx, sim.admin, `q=state=Destroyed&q=type=UserVm&limit=${n}`)).inventories;

describe('GET /zstack/__sim/executions', () => {
  it('counts one action as one execution, with a peak concurrency of 1', async () => {
    expect(await executions()).toEqual({ executions: [], maxConcurrent: {} });
    const web = await vmByName(sim.ctx, sim.admin, 'web-01');
    const { jobId } = await recover(web.uuid);
    expect(await executions()).toEqual({
      executions: [{ action: 'recoverVmInstance', resourceUuid: web.uuid, count: 1 }],
      maxConcurrent: { recoverVmInstance: 1 },
    });
    expect((await waitJob(sim.ctx, jobId)).final.status).toBe(200);
    expect((await executions()).executions).toEqual([
      { action: 'recoverVmInstance', resourceUuid: web.uuid, count: 1 },
    ]);
  });

  it('still counts 1 when the answer was dropped and the same X-Job-UUID is sent again', async () => {
    const web = await vmByName(sim.ctx, sim.admin, 'web-01');
    await control(sim.ctx, 'POST', '/faults', { dropActionResponses: 1 });
    const id = '0123456789abcdef0123456789abcdef';
    const init = {
      method: 'PUT',
      headers: { Authorization: `OAuth ${sim.admin}`, 'X-Job-UUID': id },
      body: JSON.stringify({ recoverVmInstance: {} }),
    };
    await expect(fetch(`${sim.ctx.base}/vm-instances/${web.uuid}/actions`, init)).rejects.toThrow();
    const retry = await fetch(`${sim.ctx.base}/vm-instances/${web.uuid}/actions`, init);
    expect([retry.status, await retry.text()]).toEqual([400, `Duplicate job uuid[${id}]`]);
    expect((await waitJob(sim.ctx, id)).final.status).toBe(200);
    expect((await executions()).executions).toEqual([
      { action: 'recoverVmInstance', resourceUuid: web.uuid, count: 1 },
    ]);
  });

  it('counts two job ids as two executions, whatever their outcome; jobs on one VM never overlap', async () => {
    const web = await vmByName(sim.ctx, sim.admin, 'web-01');
    const [first, second] = await Promise.all([recover(web.uuid), recover(web.uuid)]);
    expect([first.reply.status, second.reply.status]).toEqual([202, 202]);
    expect((await waitJob(sim.ctx, first.jobId)).final.status).toBe(200);
    // the second recover queued behind the first and found the VM Stopped
    expect((await waitJob(sim.ctx, second.jobId)).final.status).toBe(503);
    expect(await executions()).toEqual({
      executions: [{ action: 'recoverVmInstance', resourceUuid: web.uuid, count: 2 }],
      maxConcurrent: { recoverVmInstance: 1 },
    });
  });

  it('does not count requests refused before a job exists', async () => {
    const web = await vmByName(sim.ctx, sim.admin, 'web-01');
    expect((await recover(web.uuid, { 'X-Job-UUID': 'short' })).reply.status).toBe(400);
    const noAuth = await call(sim.ctx, 'PUT', `/vm-instances/${web.uuid}/actions`, {
      body: { recoverVmInstance: {} },
    });
    expect(noAuth.status).toBe(400);
    expect((await executions()).executions).toEqual([]);
  });

  it('reports the peak number of jobs of one action running at once', async () => {
    const vms = await destroyedVms(5);
    expect(vms).toHaveLength(5);
    const jobs = await Promise.all(vms.map((vm) => recover(vm.uuid)));
    expect(jobs.map((j) => j.reply.status)).toEqual([202, 202, 202, 202, 202]);
    await Promise.all(jobs.map((j) => waitJob(sim.ctx, j.jobId)));
    // one after another: each starts after the previous finished, so the peak is 1
    for (const vm of vms.slice(0, 2)) {
      const { jobId } = await submit(sim.ctx, 'PUT', `/vm-instances/${vm.uuid}/actions`, sim.admin, {
        startVmInstance: {},
      });
      await waitJob(sim.ctx, jobId);
    }
    const report = await executions();
    expect(report.maxConcurrent).toEqual({ recoverVmInstance: 5, startVmInstance: 1 });
    expect(report.executions.map((e) => [e.action, e.resourceUuid, e.count])).toEqual([
      ...vms.map((vm) => ['recoverVmInstance', vm.uuid, 1]),
      ...vms.slice(0, 2).map((vm) => ['startVmInstance', vm.uuid, 1]),
    ]);
  });

  it('measures overlap, not volume: three staggered jobs of which at most two run at once', async () => {
    let now = 1_000_000;
    const s = await start({ jobLatencyMs: 400, realNow: () => now });
    try {
      const a = await adminLogin(s);
      const vms = (await queryVms(s, a, 'q=state=Destroyed&q=type=UserVm&limit=3')).inventories;
      // running [0, 400), [200, 600) and [500, 900): the first has finished when the third starts
      for (const [vm, offset] of vms.map((vm, i) => [vm, [0, 200, 500][i] ?? 0] as const)) {
        now = 1_000_000 + offset;
        const { reply } = await submit(s, 'PUT', `/vm-instances/${vm.uuid}/actions`, a, {
          recoverVmInstance: {},
        });
        expect(reply.status).toBe(202);
      }
      const report = (await control(s, 'GET', '/executions')) as Report;
      expect(report.executions.map((e) => e.count)).toEqual([1, 1, 1]);
      expect(report.maxConcurrent).toEqual({ recoverVmInstance: 2 });
    } finally {
      await s.srv.close();
    }
  });

  it('covers every async action, and DELETE or reset clears the counters', async () => {
    const web = await vmByName(sim.ctx, sim.admin, 'web-01');
    const running = (await queryVms(sim.ctx, sim.admin, 'q=state=Running&q=type=UserVm&limit=2')).inventories;
    const [a, b] = running as [Vm, Vm];
    const volume = (
      await call(sim.ctx, 'GET', `/volumes?q=lastVmInstanceUuid=${web.uuid}&q=type=Data`, {
        session: sim.admin,
      })
    ).json()['inventories'] as { uuid: string }[];
    const vol = volume[0]?.uuid ?? '';
    const vmPath = (uuid: string): string => `/vm-instances/${uuid}/actions`;
    const calls: [string, string, unknown][] = [
      ['PUT', vmPath(web.uuid), { recoverVmInstance: {} }],
      ['PUT', vmPath(web.uuid), { startVmInstance: {} }],
      ['PUT', vmPath(web.uuid), { stopVmInstance: {} }],
      ['POST', `/volumes/${vol}/vm-instances/${web.uuid}`, { params: {} }],
      ['PUT', vmPath(a.uuid), { stopVmInstance: {} }],
      ['DELETE', `/vm-instances/${b.uuid}`, undefined],
      ['PUT', vmPath(b.uuid), { expungeVmInstance: {} }],
      ['PUT', `/accounts/sessions/${sim.admin}/renew`, { renewSession: { duration: 3600 } }],
      ['PUT', '/global-configurations/vm/expungePeriod/actions', { updateGlobalConfig: { value: '604800' } }],
    ];
    for (const [method, path, body] of calls) {
      const { jobId } = await submit(sim.ctx, method, path, sim.admin, body);
      expect((await waitJob(sim.ctx, jobId)).final.status, `${method} ${path}`).toBe(200);
    }
    const report = await executions();
    expect(report.executions).toEqual([
      { action: 'recoverVmInstance', resourceUuid: web.uuid, count: 1 },
      { action: 'startVmInstance', resourceUuid: web.uuid, count: 1 },
      { action: 'stopVmInstance', resourceUuid: web.uuid, count: 1 },
      { action: 'attachDataVolumeToVm', resourceUuid: vol, count: 1 },
      { action: 'stopVmInstance', resourceUuid: a.uuid, count: 1 },
      { action: 'destroyVmInstance', resourceUuid: b.uuid, count: 1 },
      { action: 'expungeVmInstance', resourceUuid: b.uuid, count: 1 },
      { action: 'renewSession', resourceUuid: sim.admin, count: 1 },
      { action: 'updateGlobalConfig', resourceUuid: 'vm.expungePeriod', count: 1 },
    ]);
    expect(Object.values(report.maxConcurrent)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);

    expect(await control(sim.ctx, 'DELETE', '/executions')).toEqual({ executions: [], maxConcurrent: {} });
    await recover(web.uuid);
    expect((await executions()).executions).toHaveLength(1);
    await control(sim.ctx, 'POST', '/reset');
    expect(await executions()).toEqual({ executions: [], maxConcurrent: {} });
  });
});
