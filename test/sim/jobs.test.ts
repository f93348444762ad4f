import { describe, expect, it } from 'vitest';
import {
  act,
  call,
  checkWire,
  control,
  login,
  queryVms,
  simulatorForFile,
  start,
  submit,
  vmByName,
  waitJob,
  type ErrorCode,
  type Vm,
} from './helpers.ts';

const sim = simulatorForFile({ jobLatencyMs: 120 });

describe('recover', () => {
  it('202 with the node-internal location, then 202 {}, then 200 with the Stopped VM', async () => {
    const alice = await login(sim.ctx, 'alice', 'alice-password');
    const before = await vmByName(sim.ctx, alice, 'web-01');
    expect(before.state).toBe('Destroyed');
    const { reply, jobId } = await submit(sim.ctx, 'PUT', `/vm-instances/${before.uuid}/actions`, alice, {
      recoverVmInstance: {},
    });
    expect(reply.status).toBe(202);
    expect(reply.json()).toEqual({
      location: `http://10.0.0.5:8080/zstack/v1/api-jobs/${jobId}`,
      apiTimeout: 1800000,
    });
    expect(jobId).toMatch(/^[0-9a-f]{32}$/);
    const { final, pending } = await waitJob(sim.ctx, jobId);
    expect(pending).toBeGreaterThan(0);
    expect(final.status).toBe(200);
    checkWire(final.json());
    const vm = final.json()['inventory'] as Vm;
    expect(vm.state).toBe('Stopped');
    expect(vm.hostUuid).toBeUndefined();
    expect(vm.lastHostUuid).toBe(before.lastHostUuid);
    expect(vm.allVolumes.find((v) => v.type === 'Root')?.status).toBe('Ready');
    expect(vm.vmNics).toHaveLength(2);
    for (const nic of vm.vmNics) {
      expect(nic.ip).toBeUndefined();
      expect(nic.usedIps).toEqual([]);
    }
    // @APINoSee fields stay in action results
    expect(typeof vm.internalId).toBe('number');
    expect(Date.parse(`${vm.lastOpDate} UTC`)).toBeGreaterThan(Date.parse(`${before.lastOpDate} UTC`));
    expect((await vmByName(sim.ctx, alice, 'web-01')).state).toBe('Stopped');
    const withSchema = await call(sim.ctx, 'GET', `/api-jobs/${jobId}`, {
      headers: { 'X-JSON-Schema': 'true' },
    });
    expect(withSchema.json()['schema']).toMatchObject({
      inventory: 'org.zstack.header.vm.VmInstanceInventory',
      'inventory.vmNics[1]': 'org.zstack.header.vm.VmNicInventory',
    });
  });

  it('fails for a Running VM with SYS.1006 caused by VM.1010', async () => {
    const vm = (await queryVms(sim.ctx, sim.admin, 'q=state=Running&q=type=UserVm&limit=1'))
      .inventories[0] as Vm;
    const final = await act(sim.ctx, sim.admin, vm.uuid, 'recoverVmInstance');
    expect(final.status).toBe(503);
    const details =
      "current vm instance state[Running] doesn't allow to proceed message[org.zstack.header.vm.APIRecoverVmInstanceMsg], allowed states are [Destroyed]";
    expect(final.json()['error']).toEqual({
      code: 'SYS.1006',
      description: 'An operation failed',
      details,
      cost: '0ms',
      cause: {
        code: 'VM.1010',
        description: 'VM is not in state that allows required operation',
        details,
        cost: '0ms',
      },
    });
    expect(final.text).toContain('doesn\\u0027t allow');
  });

  it('fails for an unknown uuid with SYS.1003', async () => {
    const final = await act(sim.ctx, sim.admin, 'a'.repeat(32), 'recoverVmInstance');
    expect(final.status).toBe(503);
    expect((final.json()['error'] as ErrorCode).details).toBe(
      `invalid field[uuid], resource[uuid:${'a'.repeat(32)}, type:VmInstanceVO] not found`,
    );
  });

  it('HTML-escapes async bodies and sync success bodies, not sync errors', async () => {
    const alice = await login(sim.ctx, 'alice', 'alice-password');
    const xss = await vmByName(sim.ctx, alice, '<img src=x onerror=alert(1)>-vm');
    const q = await call(sim.ctx, 'GET', `/vm-instances/${xss.uuid}`, { session: alice });
    expect(q.text).toContain('\\u003cimg src\\u003dx onerror\\u003dalert(1)\\u003e-vm');
    const final = await act(sim.ctx, alice, xss.uuid, 'recoverVmInstance');
    expect(final.status).toBe(200);
    expect(final.text).not.toMatch(/[<>&']/);
    expect(final.text).toContain(
      '"description":"\\u003cb\\u003emarkup\\u003c/b\\u003e \\u0026 \\"quotes\\""',
    );
    const vm = final.json()['inventory'] as Vm;
    expect(vm.name).toBe('<img src=x onerror=alert(1)>-vm');
    expect(vm.description).toBe('<b>markup</b> & "quotes"');
    const err = await call(sim.ctx, 'GET', '/vm-instances?q=a<b=c', { session: alice });
    expect(err.status).toBe(503);
    expect(err.text).toContain('field[a<b]');
  });
});

describe('job protocol', () => {
  const someStoppedVm = async (): Promise<Vm> =>
    (await queryVms(sim.ctx, sim.admin, 'q=state=Stopped&q=type=UserVm&q=name!~=web-01&limit=1'))
      .inventories[0] as Vm;

  it('rejects an X-Job-UUID that is not 32 characters', async () => {
    const vm = await someStoppedVm();
    const r = await call(sim.ctx, 'PUT', `/vm-instances/${vm.uuid}/actions`, {
      session: sim.admin,
      body: { stopVmInstance: {} },
      headers: { 'X-Job-UUID': 'abc' },
    });
    expect(r.status).toBe(400);
    expect(r.text).toBe("Invalid header[X-Job-UUID], it must be a UUID with '-' stripped");
  });

  it('refuses a live duplicate X-Job-UUID without running the job twice, and accepts it again after expiry', async () => {
    const vm = await someStoppedVm();
    const id = '1234567890abcdef1234567890abcdef';
    await control(sim.ctx, 'DELETE', '/requests');
    const first = await submit(
      sim.ctx,
      'PUT',
      `/vm-instances/${vm.uuid}/actions`,
      sim.admin,
      { startVmInstance: {} },
      { 'X-Job-UUID': id },
    );
    expect(first.jobId).toBe(id);
    const dup = await call(sim.ctx, 'PUT', `/vm-instances/${vm.uuid}/actions`, {
      session: sim.admin,
      body: { startVmInstance: {} },
      headers: { 'X-Job-UUID': id },
    });
    expect(dup.status).toBe(400);
    expect(dup.text).toBe(`Duplicate job uuid[${id}]`);
    const { final } = await waitJob(sim.ctx, id);
    expect(final.status).toBe(200);
    expect((final.json()['inventory'] as Vm).state).toBe('Running');
    const log = (await control(sim.ctx, 'GET', '/requests'))['requests'] as {
      method: string;
      path: string;
      status: number;
    }[];
    expect(
      log.filter((e) => e.path === `/zstack/v1/vm-instances/${vm.uuid}/actions`).map((e) => e.status),
    ).toEqual([202, 400]);
    // 3 h of sim time later the record is gone: 404, and the id may be reused
    await control(sim.ctx, 'POST', '/clock', { advanceSeconds: 3 * 3600 + 1 });
    const gone = await call(sim.ctx, 'GET', `/api-jobs/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.text).toBe('the job has been expired');
    await sim.signInAgain();
    const again = await submit(
      sim.ctx,
      'PUT',
      `/vm-instances/${vm.uuid}/actions`,
      sim.admin,
      { stopVmInstance: {} },
      { 'X-Job-UUID': id },
    );
    expect(again.reply.status).toBe(202);
    expect((await waitJob(sim.ctx, id)).final.status).toBe(200);
  });

  it('answers an unknown job with 404 text', async () => {
    const r = await call(sim.ctx, 'GET', `/api-jobs/${'9'.repeat(32)}`);
    expect(r.status).toBe(404);
    expect(r.text).toBe('the job has been expired');
  });

  it('uses the expunge timeout, honours X-API-Timeout and rejects a body without the action key', async () => {
    const destroyed = (
      await queryVms(sim.ctx, sim.admin, 'q=state=Destroyed&q=name!?=web-01,ci-runner-07&limit=1')
    ).inventories[0] as Vm;
    const ex = await submit(sim.ctx, 'PUT', `/vm-instances/${destroyed.uuid}/actions`, sim.admin, {
      expungeVmInstance: {},
    });
    expect(ex.reply.json()['apiTimeout']).toBe(10800000);
    const t = await submit(
      sim.ctx,
      'PUT',
      `/vm-instances/${destroyed.uuid}/actions`,
      sim.admin,
      { recoverVmInstance: {} },
      { 'X-API-Timeout': '60' },
    );
    expect(t.reply.json()['apiTimeout']).toBe(60000);
    // jobs on one VM run in order: the expunge finishes first, so the recover finds nothing
    expect((await waitJob(sim.ctx, ex.jobId)).final.text).toBe('{}');
    expect(((await waitJob(sim.ctx, t.jobId)).final.json()['error'] as ErrorCode).code).toBe('SYS.1003');
    const bad = await call(sim.ctx, 'PUT', `/vm-instances/${destroyed.uuid}/actions`, {
      session: sim.admin,
      body: { rebootEverything: {} },
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toBe(
      `the body doesn't contain action mapping to the URL[/v1/vm-instances/${destroyed.uuid}/actions]`,
    );
  });
});

describe('transport faults', () => {
  it('drops an action answer but still runs the job; the retry with the same id says Duplicate', async () => {
    const vm = (await queryVms(sim.ctx, sim.admin, 'q=state=Destroyed&q=type=UserVm&q=name~=k8s%25&limit=1'))
      .inventories[0] as Vm;
    await control(sim.ctx, 'POST', '/faults', { dropActionResponses: 1 });
    const id = 'fedcba0987654321fedcba0987654321';
    const init = {
      method: 'PUT',
      headers: { Authorization: `OAuth ${sim.admin}`, 'X-Job-UUID': id },
      body: JSON.stringify({ recoverVmInstance: {} }),
    };
    await expect(fetch(`${sim.ctx.base}/vm-instances/${vm.uuid}/actions`, init)).rejects.toThrow();
    const retry = await fetch(`${sim.ctx.base}/vm-instances/${vm.uuid}/actions`, init);
    expect(retry.status).toBe(400);
    expect(await retry.text()).toBe(`Duplicate job uuid[${id}]`);
    const { final } = await waitJob(sim.ctx, id);
    expect((final.json()['inventory'] as Vm).state).toBe('Stopped');
  });

  it('drops polls and fails polls with proxy statuses when armed', async () => {
    const vm = (await queryVms(sim.ctx, sim.admin, 'q=state=Running&q=type=UserVm&limit=1'))
      .inventories[0] as Vm;
    const { jobId } = await submit(sim.ctx, 'PUT', `/vm-instances/${vm.uuid}/actions`, sim.admin, {
      stopVmInstance: {},
    });
    await control(sim.ctx, 'POST', '/faults', { dropPolls: 1, failPollsWith: { status: 502, count: 2 } });
    await expect(fetch(`${sim.ctx.base}/api-jobs/${jobId}`)).rejects.toThrow();
    for (let i = 0; i < 2; i++) {
      const r = await call(sim.ctx, 'GET', `/api-jobs/${jobId}`);
      expect(r.status).toBe(502);
      expect(r.text).toBe('502 Bad Gateway');
    }
    expect((await waitJob(sim.ctx, jobId)).final.status).toBe(200);
  });

  it('answers polls as a gateway would (401 text, 403 HTML) after some normal ones, then ZStack again', async () => {
    const vm = (await queryVms(sim.ctx, sim.admin, 'q=state=Running&q=type=UserVm&limit=1'))
      .inventories[0] as Vm;
    const { jobId } = await submit(sim.ctx, 'PUT', `/vm-instances/${vm.uuid}/actions`, sim.admin, {
      stopVmInstance: {},
    });
    await control(sim.ctx, 'POST', '/faults', { failPollsWith: { status: 401, count: 1, after: 1 } });
    expect((await call(sim.ctx, 'GET', `/api-jobs/${jobId}`)).status).not.toBe(401);
    const r = await call(sim.ctx, 'GET', `/api-jobs/${jobId}`);
    expect(r.status).toBe(401);
    expect(r.text).toBe('401 Unauthorized');
    await control(sim.ctx, 'POST', '/faults', { failPollsWith: { status: 403, count: 1, body: 'html' } });
    expect((await call(sim.ctx, 'GET', `/api-jobs/${jobId}`)).text).toMatch(
      /^<!DOCTYPE html>.*403 Forbidden/u,
    );
    expect((await waitJob(sim.ctx, jobId)).final.status).toBe(200);
    const refused = await fetch(`${sim.ctx.base.replace(/\/v1$/u, '')}/__sim/faults`, {
      method: 'POST',
      body: JSON.stringify({ failPollsWith: { status: 418, count: 1 } }),
    });
    expect(refused.status).toBe(400);
  });

  it('drops a share of actions and polls at random with faultRate', async () => {
    const s = await start({ vms: 50, destroyed: 10, faultRate: 0.5, jobLatencyMs: 0 });
    try {
      let dropped = 0;
      for (let i = 0; i < 40; i++)
        await fetch(`${s.base}/api-jobs/${'1'.repeat(32)}`).catch(() => {
          dropped++;
        });
      expect(dropped).toBeGreaterThan(8);
      expect(dropped).toBeLessThan(32);
    } finally {
      await s.srv.close();
    }
  });
});
