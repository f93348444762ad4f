import { describe, expect, it } from 'vitest';
import {
  act,
  adminLogin,
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
  type Volume,
} from './helpers.ts';

const sim = simulatorForFile();

const errorOf = (r: { status: number; json: () => Record<string, unknown> }): ErrorCode => {
  expect(r.status).toBe(503);
  return r.json()['error'] as ErrorCode;
};
const ipLong = (ip: string): number => ip.split('.').reduce((a, p) => a * 256 + Number(p), 0);

describe('named scenario VMs', () => {
  it('legacy-db-01: local storage whose host was deleted', async () => {
    const vm = await vmByName(sim.ctx, sim.admin, 'legacy-db-01');
    const e = errorOf(await act(sim.ctx, sim.admin, vm.uuid, 'recoverVmInstance'));
    expect(e.code).toBe('SYS.1006');
    expect(e.details).toMatch(
      new RegExp(
        `^unable to recover the vm\\[uuid:${vm.uuid}, name:legacy-db-01\\]\\. The vm's root volume is on the local storage\\[uuid:[0-9a-f]{32}\\]; however, the host on which the root volume is has been deleted$`,
      ),
    );
    expect((await vmByName(sim.ctx, sim.admin, 'legacy-db-01')).state).toBe('Destroyed');
  });

  it('ci-runner-07: recovered by someone else just before our job runs', async () => {
    const vm = await vmByName(sim.ctx, sim.admin, 'ci-runner-07');
    expect(vm.state).toBe('Destroyed');
    const e = errorOf(await act(sim.ctx, sim.admin, vm.uuid, 'recoverVmInstance'));
    expect(e.code).toBe('SYS.1006');
    expect(e.cause?.code).toBe('VM.1010');
    expect(e.cause?.details).toBe(
      "current vm instance state[Stopped] doesn't allow to proceed message[org.zstack.header.vm.APIRecoverVmInstanceMsg], allowed states are [Destroyed]",
    );
    expect((await vmByName(sim.ctx, sim.admin, 'ci-runner-07')).state).toBe('Stopped');
  });

  it("carol's destroyed VMs exceed her own vm.totalNum quota; the admin skips quotas, as VmQuotaOperator does", async () => {
    const carol = await login(sim.ctx, 'carol', 'carol-password');
    const vm = await vmByName(sim.ctx, carol, 'carol-build-03');
    const e = errorOf(await act(sim.ctx, carol, vm.uuid, 'recoverVmInstance'));
    expect(e.code).toBe('ID.1003');
    expect(e.description).toBe('The user exceeds a quota of a resource');
    expect(e.details).toMatch(
      /^quota exceeding\.The resource owner\(or target resource owner\) account\[uuid: [0-9a-f]{32} name: carol\] exceeds a quota\[name: vm\.totalNum, value: 8\], Current used:8, Request:1\. Please contact the administrator\.$/,
    );
    expect((await act(sim.ctx, sim.admin, vm.uuid, 'recoverVmInstance')).status).toBe(200);
  });

  it('gpu-train-02: recovers, then start finds no host (VM.1001 caused by HOST_ALLOCATION.1000)', async () => {
    const vm = await vmByName(sim.ctx, sim.admin, 'gpu-train-02');
    expect((await act(sim.ctx, sim.admin, vm.uuid, 'recoverVmInstance')).status).toBe(200);
    const e = errorOf(await act(sim.ctx, sim.admin, vm.uuid, 'startVmInstance'));
    expect(e.code).toBe('VM.1001');
    expect(e.cause?.code).toBe('HOST_ALLOCATION.1000');
    expect(e.cause?.description).toBe('No available host found');
    expect(e.cause?.details).toMatch(/GPU/);
    expect(e.cause?.cost).toBe('0ms');
    expect((await vmByName(sim.ctx, sim.admin, 'gpu-train-02')).state).toBe('Stopped');
  });

  it('a normal account may not recover what it does not own', async () => {
    const alice = await login(sim.ctx, 'alice', 'alice-password');
    const aliceUuid =
      (
        (await call(sim.ctx, 'GET', '/accounts', { session: alice })).json()['inventories'] as {
          uuid: string;
        }[]
      )[0]?.uuid ?? '';
    const legacy = await vmByName(sim.ctx, sim.admin, 'legacy-db-01');
    const e = errorOf(await act(sim.ctx, alice, legacy.uuid, 'recoverVmInstance'));
    expect(e.details).toBe(
      `permission denied, the account[uuid:${aliceUuid}] is not the owner of the resource[uuid:${legacy.uuid}, type:VmInstanceVO]`,
    );
    const gc = await submit(sim.ctx, 'PUT', '/global-configurations/vm/deletionPolicy/actions', alice, {
      updateGlobalConfig: { value: 'Never' },
    });
    const ge = errorOf((await waitJob(sim.ctx, gc.jobId)).final);
    expect(ge.code).toBe('ID.1002');
  });
});

describe('after a recovery', () => {
  it('web-01 starts with IPs from its L3 ranges, then gets its data volume back', async () => {
    const alice = await login(sim.ctx, 'alice', 'alice-password');
    const web = await vmByName(sim.ctx, alice, 'web-01');
    expect((await act(sim.ctx, alice, web.uuid, 'recoverVmInstance')).status).toBe(200);
    const started = await act(sim.ctx, alice, web.uuid, 'startVmInstance');
    expect(started.status).toBe(200);
    checkWire(started.json());
    const vm = started.json()['inventory'] as Vm;
    expect(vm.state).toBe('Running');
    expect(vm.hostUuid).toMatch(/^[0-9a-f]{32}$/);
    for (const nic of vm.vmNics) {
      const l3 = (
        (await call(sim.ctx, 'GET', `/l3-networks/${nic.l3NetworkUuid}`, { session: alice })).json()[
          'inventories'
        ] as { ipRanges: { startIp: string; endIp: string; netmask: string; gateway: string }[] }[]
      )[0];
      const range = l3?.ipRanges[0];
      expect(range).toBeDefined();
      if (!range || nic.ip === undefined) throw new Error('no range or ip');
      expect(ipLong(nic.ip)).toBeGreaterThanOrEqual(ipLong(range.startIp));
      expect(ipLong(nic.ip)).toBeLessThanOrEqual(ipLong(range.endIp));
      expect([nic.netmask, nic.gateway]).toEqual([range.netmask, range.gateway]);
      expect(nic.usedIps).toHaveLength(1);
      const used = nic.usedIps[0];
      expect(used?.ip).toBe(nic.ip);
      expect(used?.ipInLong).toBe(ipLong(nic.ip));
      expect(used?.ipInBinary).toEqual(
        nic.ip.split('.').map((p) => (Number(p) > 127 ? Number(p) - 256 : Number(p))),
      );
    }
    const ips = (await queryVms(sim.ctx, sim.admin, 'limit=100000')).inventories
      .flatMap((v) => v.vmNics.map((n) => n.ip))
      .filter((ip) => ip !== undefined);
    expect(new Set(ips).size).toBe(ips.length);

    const vols = (
      await call(
        sim.ctx,
        'GET',
        `/volumes?q=lastVmInstanceUuid=${web.uuid}&q=type=Data&q=status=Ready&q=vmInstanceUuid%20is%20null`,
        { session: alice },
      )
    ).json()['inventories'] as Volume[];
    expect(vols.map((v) => v.name)).toEqual(['data-web-01']);
    const vol = vols[0] as Volume;
    const attach = await submit(sim.ctx, 'POST', `/volumes/${vol.uuid}/vm-instances/${web.uuid}`, alice, {
      params: {},
    });
    const attached = (await waitJob(sim.ctx, attach.jobId)).final;
    expect(attached.status).toBe(200);
    const inv = attached.json()['inventory'] as Volume;
    expect(inv.vmInstanceUuid).toBe(web.uuid);
    expect(inv.deviceId).toBe(1);
    expect(inv.lastVmInstanceUuid).toBe(web.uuid);
    expect((await vmByName(sim.ctx, alice, 'web-01')).allVolumes.map((v) => v.name)).toContain('data-web-01');
  });

  it('expunge removes a destroyed VM for good', async () => {
    const vm = await vmByName(sim.ctx, sim.admin, 'expiring-soon-01');
    const r = await act(sim.ctx, sim.admin, vm.uuid, 'expungeVmInstance');
    expect(r.status).toBe(200);
    expect(r.text).toBe('{}');
    expect(
      (await call(sim.ctx, 'GET', `/vm-instances/${vm.uuid}`, { session: sim.admin })).json()['inventories'],
    ).toEqual([]);
    expect(
      (await call(sim.ctx, 'GET', `/volumes/${vm.rootVolumeUuid ?? ''}`, { session: sim.admin })).json()[
        'inventories'
      ],
    ).toEqual([]);
    expect(errorOf(await act(sim.ctx, sim.admin, vm.uuid, 'expungeVmInstance')).code).toBe('SYS.1003');
  });

  it('destroy (Delay) keeps the row, frees host and IPs, deletes the root volume and detaches data volumes', async () => {
    const vm = (
      await queryVms(sim.ctx, sim.admin, 'q=state=Running&q=type=UserVm&q=allVolumes.type=Data&limit=1')
    ).inventories[0] as Vm;
    const attached = vm.allVolumes.filter((v) => v.type === 'Data');
    const { jobId } = await submit(
      sim.ctx,
      'DELETE',
      `/vm-instances/${vm.uuid}?deleteMode=Permissive`,
      sim.admin,
    );
    const { final } = await waitJob(sim.ctx, jobId);
    expect(final.text).toBe('{}');
    const after = (await call(sim.ctx, 'GET', `/vm-instances/${vm.uuid}`, { session: sim.admin })).json()[
      'inventories'
    ] as Vm[];
    const d = after[0] as Vm;
    expect(d.state).toBe('Destroyed');
    expect(d.hostUuid).toBeUndefined();
    expect(d.lastHostUuid).toBe(vm.hostUuid);
    expect(d.vmNics.every((n) => n.ip === undefined && n.usedIps.length === 0 && n.mac !== '')).toBe(true);
    expect(d.allVolumes.map((v) => [v.type, v.status])).toEqual([['Root', 'Deleted']]);
    const data = (
      await call(sim.ctx, 'GET', `/volumes?q=uuid?=${attached.map((v) => v.uuid).join(',')}`, {
        session: sim.admin,
      })
    ).json()['inventories'] as Volume[];
    expect(data.length).toBe(attached.length);
    expect(data.length).toBeGreaterThan(0);
    for (const v of data) {
      const before = attached.find((a) => a.uuid === v.uuid);
      expect(v.vmInstanceUuid).toBeUndefined();
      expect(v.lastVmInstanceUuid).toBe(vm.uuid);
      expect(v.status).toBe('Ready');
      // the destroy path detaches with a plain SQL update: no lastDetachDate stamp, deviceId left alone
      // (docs/zstack-protocol.md#data-volumes-on-vm-destroy)
      expect(v.lastDetachDate).toBe(before?.lastDetachDate);
      expect(v.deviceId).toBe(before?.deviceId);
    }
  });
});

describe('auto-expunge', () => {
  it('expunges expiring-soon VMs within the hour and everything after expungePeriod, unless the policy is Never', async () => {
    const s = await start();
    try {
      const a = await adminLogin(s);
      const destroyed = async (): Promise<number> =>
        (await queryVms(s, a, 'q=state=Destroyed&count=true')).total ?? -1;
      expect(await destroyed()).toBe(320);
      await vmByName(s, a, 'expiring-soon-01');
      await control(s, 'POST', '/clock', { advanceSeconds: 3601 });
      expect((await queryVms(s, a, 'q=name=expiring-soon-01')).inventories).toEqual([]);
      expect((await queryVms(s, a, 'q=name=web-01')).inventories).toHaveLength(1);
      const left = await destroyed();
      expect(left).toBeLessThan(320);
      expect(left).toBeGreaterThan(280);

      const gc = await submit(s, 'PUT', '/global-configurations/vm/deletionPolicy/actions', a, {
        updateGlobalConfig: { value: 'Never' },
      });
      expect((await waitJob(s, gc.jobId)).final.status).toBe(200);
      await control(s, 'POST', '/clock', { advanceSeconds: 8 * 86400 });
      const a2 = await adminLogin(s);
      expect((await queryVms(s, a2, 'q=state=Destroyed&count=true')).total).toBe(left);

      const back = await submit(s, 'PUT', '/global-configurations/vm/deletionPolicy/actions', a2, {
        updateGlobalConfig: { value: 'Delay' },
      });
      expect((await waitJob(s, back.jobId)).final.status).toBe(200);
      await control(s, 'POST', '/clock', { advanceSeconds: 3600 });
      expect((await queryVms(s, a2, 'q=state=Destroyed&count=true')).total).toBe(0);
    } finally {
      await s.srv.close();
    }
  });
});
