import { describe, expect, it } from 'vitest';
import {
  simulatorForFile,
  act,
  call,
  checkWire,
  errorOf,
  login,
  named,
  rows,
  vmByName,
  type Ctx,
  type SimInfo,
} from './helpers.ts';

// docs/zstack-protocol.md#checking-a-restore: the read-only calls a restore plan makes, and SetVmStaticIp
let ctx: Ctx;
let admin: string;
let info: SimInfo;
simulatorForFile((s) => ({ ctx, admin, info } = s));

type Usage = { name: string; total: number; used: number };
const usages = async (session: string, account: string) => {
  const r = await call(ctx, 'GET', `/accounts/quota/${account}/usages`, { session });
  return r;
};

describe('GetAccountQuotaUsage', () => {
  it("answers carol's vm.totalNum and volume.data.num as the recover checks count them", async () => {
    const carol = await login(ctx, 'carol', 'carol-password');
    const r = await usages(carol, named(info.accounts, 'carol'));
    expect(r.status).toBe(200);
    checkWire(r.json());
    const list = r.json()['usages'] as Usage[];
    expect(list.find((u) => u.name === 'vm.totalNum')).toEqual({ name: 'vm.totalNum', total: 8, used: 8 });
    expect(list.find((u) => u.name === 'volume.data.num')).toMatchObject({ total: 3, used: 3 });
  });

  it("refuses a normal account another account's usage (SYS.1006) and lets the admin read anyone's", async () => {
    const alice = await login(ctx, 'alice', 'alice-password');
    expect(errorOf(await usages(alice, named(info.accounts, 'carol'))).code).toBe('SYS.1006');
    expect((await usages(admin, named(info.accounts, 'carol'))).status).toBe(200);
    expect((await call(ctx, 'GET', `/accounts/quota/${named(info.accounts, 'carol')}/usages`)).status).toBe(
      400,
    );
  });
});

describe('where a root volume on local storage lives', () => {
  it('legacy-db-01 has no local-storage ref left (its host was deleted); a VM on a live host has one', async () => {
    const legacy = await vmByName(ctx, admin, 'legacy-db-01');
    const web = await vmByName(ctx, admin, 'web-01');
    const refs = await rows(
      ctx,
      admin,
      `/primary-storage/local-storage/resource-refs?q=resourceUuid?=${legacy.rootVolumeUuid ?? ''},${web.rootVolumeUuid ?? ''}`,
    );
    expect(refs.map((r) => r['resourceUuid'])).not.toContain(legacy.rootVolumeUuid);
    const ps = await rows(
      ctx,
      admin,
      `/primary-storage?q=uuid=${legacy.allVolumes?.[0]?.primaryStorageUuid ?? ''}`,
    );
    expect(ps[0]?.['type']).toBe('LocalStorage');
  });
});

describe('the old IP: CheckIpAvailability, then SetVmStaticIp before the first start', () => {
  it('a free address is available, is kept by SetVmStaticIp and taken by the start', async () => {
    const vm = await vmByName(ctx, admin, 'web-01');
    const l3 = vm.vmNics?.[0]?.l3NetworkUuid ?? '';
    const [range] = await rows(ctx, admin, `/l3-networks/ip-ranges?q=l3NetworkUuid=${l3}`);
    const gateway = String(range?.['gateway']);
    const gw = await call(ctx, 'GET', `/l3-networks/${l3}/ip/${gateway}/availability`, { session: admin });
    expect(gw.json()).toEqual({ available: false, reason: 'it is gateway' });
    const out = await call(ctx, 'GET', `/l3-networks/${l3}/ip/203.0.113.9/availability`, { session: admin });
    expect(out.json()).toEqual({ available: false, reason: 'it is not in this range' });
    const end = String(range?.['endIp']);
    const free = await call(ctx, 'GET', `/l3-networks/${l3}/ip/${end}/availability`, { session: admin });
    expect(free.json()).toEqual({ available: true, reason: '' });

    expect((await act(ctx, admin, vm.uuid, 'recoverVmInstance')).status).toBe(200);
    expect((await act(ctx, admin, vm.uuid, 'setVmStaticIp', { l3NetworkUuid: l3, ip: end })).status).toBe(
      200,
    );
    const started = await act(ctx, admin, vm.uuid, 'startVmInstance');
    expect(started.status).toBe(200);
    const nic = (started.json()['inventory'] as { vmNics: { ip?: string }[] }).vmNics[0];
    expect(nic?.ip).toBe(end);
    const used = await call(ctx, 'GET', `/l3-networks/${l3}/ip/${end}/availability`, { session: admin });
    expect(used.json()).toEqual({ available: false, reason: 'it is used' });
  });

  it('refuses an address another NIC holds (SYS.1007)', async () => {
    const vm = await vmByName(ctx, admin, 'gpu-train-02');
    const web = await vmByName(ctx, admin, 'web-01');
    const taken = web.vmNics?.[0]?.ip ?? '';
    const l3 = web.vmNics?.[0]?.l3NetworkUuid ?? '';
    await act(ctx, admin, vm.uuid, 'recoverVmInstance');
    const e = errorOf(await act(ctx, admin, vm.uuid, 'setVmStaticIp', { l3NetworkUuid: l3, ip: taken }));
    expect(e.code).toBe('SYS.1007');
  });
});
