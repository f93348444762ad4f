import { describe, expect, it } from 'vitest';
import {
  simulatorForFile,
  call,
  checkWire,
  control,
  errorOf,
  login,
  named,
  rows,
  runJob,
  type Ctx,
  type SimInfo,
  type Vm,
  type Volume,
} from './helpers.ts';

// docs/zstack-protocol.md#data-volumes: DeleteDataVolume, RecoverDataVolume, ExpungeDataVolume
let ctx: Ctx;
let admin: string;
let info: SimInfo;
simulatorForFile((s) => ({ ctx, admin, info } = s));

const vol = (name: string): string => named(info.scenarioVolumes, name);
const volumeOf = async (c: Ctx, session: string, uuid: string): Promise<Volume | undefined> =>
  (await rows<Volume>(c, session, `/volumes/${uuid}`))[0];
const recover = (c: Ctx, session: string, uuid: string) =>
  runJob(c, 'PUT', `/volumes/${uuid}/actions`, session, { recoverDataVolume: {} });
const expunge = (c: Ctx, session: string, uuid: string) =>
  runJob(c, 'PUT', `/volumes/${uuid}/actions`, session, { expungeDataVolume: {} });
const del = (c: Ctx, session: string, uuid: string) =>
  runJob(c, 'DELETE', `/volumes/${uuid}?deleteMode=Permissive`, session);

describe('the data-volume recycle bin as the seed has it', () => {
  it('lists Deleted data volumes apart from the root volumes of Destroyed VMs', async () => {
    const r = await call(
      ctx,
      'GET',
      '/volumes?q=status=Deleted&q=type=Data&sort=-lastOpDate&replyWithCount=true',
      {
        session: admin,
      },
    );
    checkWire(r.json());
    const list = r.json()['inventories'] as Volume[];
    expect(r.json()['total']).toBe(list.length);
    expect(list.length).toBeGreaterThanOrEqual(20);
    expect(
      list.every((v) => v.type === 'Data' && v.status === 'Deleted' && v.vmInstanceUuid === undefined),
    ).toBe(true);
    for (const name of ['data-web-02', 'data-quota-carol', 'data-expiring-soon', 'data-ceph-archive'])
      expect(list.map((v) => v.uuid)).toContain(vol(name));
    const roots = await rows<Volume>(ctx, admin, '/volumes?q=status=Deleted&q=type=Root&limit=1');
    expect(roots).toHaveLength(1);
  });

  it('deleted alone: lastDetachDate and no deviceId; deleted with its VM: lastVmInstanceUuid of a Destroyed VM', async () => {
    const web02 = await volumeOf(ctx, admin, vol('data-web-02'));
    expect(web02).toMatchObject({ status: 'Deleted', lastVmInstanceUuid: named(info.scenarioVms, 'web-01') });
    expect(web02?.lastDetachDate).toBe(web02?.lastOpDate);
    expect(web02?.deviceId).toBeUndefined();
    const withVm = await rows<Volume>(
      ctx,
      admin,
      '/volumes?q=status=Deleted&q=type=Data&q=lastDetachDate is null&q=lastVmInstanceUuid not null',
    );
    expect(withVm.length).toBeGreaterThanOrEqual(5);
    for (const v of withVm) {
      const vm = (await rows<Vm>(ctx, admin, `/vm-instances/${v.lastVmInstanceUuid ?? ''}`))[0];
      expect(vm?.state).toBe('Destroyed');
      // destroyed together: the VM's lastOpDate is the volume's
      expect(v.lastOpDate).toBe(vm?.lastOpDate);
    }
    const ready = await rows<Volume>(
      ctx,
      admin,
      '/volumes?q=status=Ready&q=type=Data&q=name~=carol-data-%25',
    );
    expect(ready.map((v) => [v.status, v.vmInstanceUuid, v.lastDetachDate !== undefined])).toEqual([
      ['Ready', undefined, true],
      ['Ready', undefined, true],
      ['Ready', undefined, true],
    ]);
  });

  it('serves the volume configs, which only the admin may change', async () => {
    const configs = await rows<{ name: string; value: string; defaultValue: string }>(
      ctx,
      admin,
      '/global-configurations?q=category=volume&sort=name',
    );
    expect(configs.map((c) => [c.name, c.value, c.defaultValue])).toEqual([
      ['deletionPolicy', 'Delay', 'Delay'],
      ['expungeInterval', '3600', '3600'],
      ['expungePeriod', '259200', '259200'],
    ]);
    const alice = await login(ctx, 'alice', 'alice-password');
    const denied = await runJob(ctx, 'PUT', '/global-configurations/volume/deletionPolicy/actions', alice, {
      updateGlobalConfig: { value: 'Never' },
    });
    expect(errorOf(denied).code).toBe('ID.1002');
    const bad = await runJob(ctx, 'PUT', '/global-configurations/volume/expungeInterval/actions', admin, {
      updateGlobalConfig: { value: '1' },
    });
    expect(errorOf(bad)).toMatchObject({ code: 'SYS.1007' });
  });
});

describe('RecoverDataVolume', () => {
  it('data-web-02: alice gets it back Ready and detached, with the inventory as the result', async () => {
    const alice = await login(ctx, 'alice', 'alice-password');
    const r = await runJob(
      ctx,
      'PUT',
      `/volumes/${vol('data-web-02')}/actions`,
      alice,
      { recoverDataVolume: {} },
      {
        'X-JSON-Schema': 'true',
      },
    );
    expect(r.status).toBe(200);
    checkWire(r.json());
    const inv = r.json()['inventory'] as Volume;
    expect(inv).toMatchObject({ uuid: vol('data-web-02'), status: 'Ready', type: 'Data' });
    expect(inv.vmInstanceUuid).toBeUndefined();
    expect(r.json()['schema']).toEqual({ inventory: 'org.zstack.header.volume.VolumeInventory' });
    const again = errorOf(await recover(ctx, alice, vol('data-web-02')));
    expect(again).toMatchObject({
      code: 'SYS.1006',
      details: `the volume[uuid:${vol('data-web-02')}] is not in status of deleted. This is operation is to recover a deleted data volume`,
    });
  });

  it('refuses an unknown uuid (SYS.1003) and a volume of another account (SYS.1006)', async () => {
    const unknown = '0123456789ab4def8123456789abcdef';
    expect(errorOf(await recover(ctx, admin, unknown))).toMatchObject({
      code: 'SYS.1003',
      description: 'A resource can not be found',
      details: `invalid field[uuid], resource[uuid:${unknown}, type:VolumeVO] not found`,
    });
    const bob = await login(ctx, 'bob', 'bob-password');
    const e = errorOf(await recover(ctx, bob, vol('data-quota-carol')));
    expect(e.code).toBe('SYS.1006');
    expect(e.details).toBe(
      `permission denied, the account[uuid:${info.accounts['bob'] ?? ''}] is not the owner of the resource[uuid:${vol('data-quota-carol')}, type:VolumeVO]`,
    );
  });

  it('data-quota-carol: carol is at her volume.data.num quota (ID.1003); the admin skips quotas', async () => {
    const carol = await login(ctx, 'carol', 'carol-password');
    expect(errorOf(await recover(ctx, carol, vol('data-quota-carol')))).toMatchObject({
      code: 'ID.1003',
      description: 'The user exceeds a quota of a resource',
      details: `quota exceeding.The resource owner(or target resource owner) account[uuid: ${info.accounts['carol'] ?? ''} name: carol] exceeds a quota[name: volume.data.num, value: 3], Current used:3, Request:1. Please contact the administrator.`,
    });
    expect((await volumeOf(ctx, admin, vol('data-quota-carol')))?.status).toBe('Deleted');
    const byAdmin = await recover(ctx, admin, vol('data-quota-carol'));
    expect((byAdmin.json()['inventory'] as Volume).status).toBe('Ready');
  });

  it('a volume without bits comes back NotInstantiated', async () => {
    const bob = await login(ctx, 'bob', 'bob-password');
    const r = await recover(ctx, bob, vol('data-not-instantiated'));
    expect((r.json()['inventory'] as Volume).status).toBe('NotInstantiated');
  });
});

describe('DeleteDataVolume', () => {
  it('detaches an attached volume first, then keeps it as Deleted (Delay)', async () => {
    const vm = (
      await rows<Vm>(ctx, admin, '/vm-instances?q=state=Running&q=type=UserVm&q=allVolumes.type=Data&limit=1')
    )[0];
    const data = vm?.allVolumes.find((v) => v.type === 'Data');
    if (!vm || !data) throw new Error('no running VM with a data volume');
    const r = await del(ctx, admin, data.uuid);
    expect([r.status, r.text]).toEqual([200, '{}']);
    const after = await volumeOf(ctx, admin, data.uuid);
    expect(after).toMatchObject({ status: 'Deleted', lastVmInstanceUuid: vm.uuid, size: data.size });
    expect(after?.vmInstanceUuid).toBeUndefined();
    expect(after?.deviceId).toBeUndefined();
    expect(after?.lastDetachDate).toBe(after?.lastOpDate);
    expect(after?.installPath).toBe(data.installPath);
    const vmAfter = (await rows<Vm>(ctx, admin, `/vm-instances/${vm.uuid}`))[0];
    expect(vmAfter?.allVolumes.map((v) => v.uuid)).not.toContain(data.uuid);
    expect(errorOf(await del(ctx, admin, data.uuid))).toMatchObject({
      code: 'SYS.1006',
      details: `volume[uuid:${data.uuid}] is already in status of deleted`,
    });
  });

  it('refuses a root volume and a volume attached to a host (SYS.1007)', async () => {
    const vm = (await rows<Vm>(ctx, admin, '/vm-instances?q=state=Running&q=type=UserVm&limit=1'))[0];
    const root = vm?.rootVolumeUuid ?? '';
    expect(errorOf(await del(ctx, admin, root))).toMatchObject({
      code: 'SYS.1007',
      description: 'One or more API argument is invalid',
      details: `volume[uuid:${root}, type:Root] can't be deleted`,
    });
    const onHost = vol('data-on-host-01');
    expect(errorOf(await del(ctx, admin, onHost)).details).toMatch(
      new RegExp(`^can not delete volume\\[${onHost}\\], because volume attach to host\\[[0-9a-f]{32}\\]$`),
    );
  });

  it('succeeds for a well-formed unknown uuid, and is SYS.1003 for anything else', async () => {
    const r = await del(ctx, admin, '0123456789ab4def8123456789abcdef');
    expect([r.status, r.text]).toEqual([200, '{}']);
    expect(errorOf(await del(ctx, admin, 'not-a-uuid'))).toMatchObject({
      code: 'SYS.1003',
      details: 'invalid value[not-a-uuid] of field [uuid]',
    });
  });

  it('refuses another account’s volume', async () => {
    const alice = await login(ctx, 'alice', 'alice-password');
    expect(errorOf(await del(ctx, alice, vol('data-on-host-01'))).details).toBe(
      `permission denied, the account[uuid:${info.accounts['alice'] ?? ''}] is not the owner of the resource[uuid:${vol('data-on-host-01')}, type:VolumeVO]`,
    );
  });
});

describe('ExpungeDataVolume', () => {
  it('removes a Deleted volume, succeeds again once it is gone, and refuses one that is not Deleted', async () => {
    const alice = await login(ctx, 'alice', 'alice-password');
    const [deleted] = await rows<Volume>(ctx, alice, '/volumes?q=status=Deleted&q=type=Data&limit=1');
    if (!deleted) throw new Error('alice has no deleted volume');
    for (let i = 0; i < 2; i++) {
      const r = await expunge(ctx, alice, deleted.uuid);
      expect([r.status, r.text]).toEqual([200, '{}']);
    }
    expect(await volumeOf(ctx, admin, deleted.uuid)).toBeUndefined();
    const onHost = vol('data-on-host-01');
    expect(errorOf(await expunge(ctx, admin, onHost))).toMatchObject({
      code: 'SYS.1006',
      details: `the volume[uuid:${onHost}, name:data-on-host-01] is not deleted yet, can't expunge it`,
    });
    const bob = await login(ctx, 'bob', 'bob-password');
    expect(errorOf(await expunge(ctx, bob, vol('data-expiring-soon'))).code).toBe('SYS.1006');
  });

  it('counts every volume job in the executions report', async () => {
    const report = (await control(ctx, 'GET', '/executions')) as {
      executions: { action: string; resourceUuid: string; count: number }[];
    };
    const actions = new Set(report.executions.map((e) => e.action));
    for (const a of ['deleteDataVolume', 'recoverDataVolume', 'expungeDataVolume'])
      expect(actions).toContain(a);
    expect(
      report.executions.find((e) => e.action === 'recoverDataVolume' && e.resourceUuid === vol('data-web-02'))
        ?.count,
    ).toBe(2);
  });
});
