import { describe, expect, it } from 'vitest';
import { simulatorForFile, act, call, checkWire, errorOf, login, rows, vmByName } from './helpers.ts';

// docs/zstack-protocol.md#checking-a-restore: the read-only calls a restore plan makes, and SetVmStaticIp
const sim = simulatorForFile();

type Usage = { name: string; total: number; used: number };
const usages = async (session: string, account: string) => {
  const r = await call(sim.ctx, 'GET', `/accounts/quota/${account}/usages`, { session });
  return r;
};

describe('GetAccountQuotaUsage', () => {
  it("answers carol's vm.totalNum and volume.data.num as the recover checks count them", async () => {
    const carol = await login(sim.ctx, 'carol', 'carol-password');
    const r = await usages(carol, sim.account('carol'));
    expect(r.status).toBe(200);
    checkWire(r.json());
    const list = r.json()['usages'] as Usage[];
    expect(list.find((u) => u.name === 'vm.totalNum')).toEqual({ name: 'vm.totalNum', total: 8, used: 8 });
    expect(list.find((u) => u.name === 'volume.data.num')).toMatchObject({ total: 3, used: 3 });
  });

  it("refuses a normal account another account's usage (SYS.1006) and lets the admin read anyone's", async () => {
    const alice = await login(sim.ctx, 'alice', 'alice-password');
    expect(errorOf(await usages(alice, sim.account('carol'))).code).toBe('SYS.1006');
    expect((await usages(sim.admin, sim.account('carol'))).status).toBe(200);
    expect((await call(sim.ctx, 'GET', `/accounts/quota/${sim.account('carol')}/usages`)).status).toBe(400);
  });
});

describe('where a root volume on local storage lives', () => {
  it('legacy-db-01 has no local-storage ref left (its host was deleted); a VM on a live host has one', async () => {
    const legacy = await vmByName(sim.ctx, sim.admin, 'legacy-db-01');
    const web = await vmByName(sim.ctx, sim.admin, 'web-01');
    const refs = await rows(
      sim.ctx,
      sim.admin,
      `/primary-storage/local-storage/resource-refs?q=resourceUuid?=${legacy.rootVolumeUuid ?? ''},${web.rootVolumeUuid ?? ''}`,
    );
    expect(refs.map((r) => r['resourceUuid'])).not.toContain(legacy.rootVolumeUuid);
    const ps = await rows(
      sim.ctx,
      sim.admin,
      `/primary-storage?q=uuid=${legacy.allVolumes?.[0]?.primaryStorageUuid ?? ''}`,
    );
    expect(ps[0]?.['type']).toBe('LocalStorage');
  });
});

describe('the old IP: CheckIpAvailability, then SetVmStaticIp before the first start', () => {
  it('a free address is available, is kept by SetVmStaticIp and taken by the start', async () => {
    const vm = await vmByName(sim.ctx, sim.admin, 'web-01');
    const l3 = vm.vmNics?.[0]?.l3NetworkUuid ?? '';
    const [range] = await rows(sim.ctx, sim.admin, `/l3-networks/ip-ranges?q=l3NetworkUuid=${l3}`);
    const gateway = String(range?.['gateway']);
    const gw = await call(sim.ctx, 'GET', `/l3-networks/${l3}/ip/${gateway}/availability`, {
      session: sim.admin,
    });
    expect(gw.json()).toEqual({ available: false, reason: 'it is gateway' });
    const out = await call(sim.ctx, 'GET', `/l3-networks/${l3}/ip/203.0.113.9/availability`, {
      session: sim.admin,
    });
    expect(out.json()).toEqual({ available: false, reason: 'it is not in this range' });
    const end = String(range?.['endIp']);
    const free = await call(sim.ctx, 'GET', `/l3-networks/${l3}/ip/${end}/availability`, {
      session: sim.admin,
    });
    expect(free.json()).toEqual({ available: true, reason: '' });

    expect((await act(sim.ctx, sim.admin, vm.uuid, 'recoverVmInstance')).status).toBe(200);
    expect(
      (await act(sim.ctx, sim.admin, vm.uuid, 'setVmStaticIp', { l3NetworkUuid: l3, ip: end })).status,
    ).toBe(200);
    const started = await act(sim.ctx, sim.admin, vm.uuid, 'startVmInstance');
    expect(started.status).toBe(200);
    const nic = (started.json()['inventory'] as { vmNics: { ip?: string }[] }).vmNics[0];
    expect(nic?.ip).toBe(end);
    const used = await call(sim.ctx, 'GET', `/l3-networks/${l3}/ip/${end}/availability`, {
      session: sim.admin,
    });
    expect(used.json()).toEqual({ available: false, reason: 'it is used' });
  });

  it('refuses an address another NIC holds (SYS.1007)', async () => {
    const vm = await vmByName(sim.ctx, sim.admin, 'gpu-train-02');
    const web = await vmByName(sim.ctx, sim.admin, 'web-01');
    const taken = web.vmNics?.[0]?.ip ?? '';
    const l3 = web.vmNics?.[0]?.l3NetworkUuid ?? '';
    await act(sim.ctx, sim.admin, vm.uuid, 'recoverVmInstance');
    const e = errorOf(
      await act(sim.ctx, sim.admin, vm.uuid, 'setVmStaticIp', { l3NetworkUuid: l3, ip: taken }),
    );
    expect(e.code).toBe('SYS.1007');
  });
});
