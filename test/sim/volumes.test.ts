import { describe, expect, it } from 'vitest';
import {
  simulatorForFile,
  call,
  checkWire,
  control,
  errorOf,
  login,
  rows,
  runJob,
  type Ctx,
  type Vm,
  type Volume,
} from './helpers.ts';

// docs/zstack-protocol.md#data-volumes: DeleteDataVolume, RecoverDataVolume, ExpungeDataVolume
const sim = simulatorForFile();

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
      sim.ctx,
      'GET',
      '/volumes?q=status=Deleted&q=type=Data&sort=-lastOpDate&replyWithCount=true',
      {
        session: sim.admin,
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
      expect(list.map((v) => v.uuid)).toContain(sim.volume(name));
    const roots = await rows<Volume>(sim.ctx, sim.admin, '/volumes?q=status=Deleted&q=type=Root&limit=1');
    expect(roots).toHaveLength(1);
  });

  it('deleted alone: lastDetachDate and no deviceId; deleted with its VM: lastVmInstanceUuid of a Destroyed VM', async () => {
    const web02 = await volumeOf(sim.ctx, sim.admin, sim.volume('data-web-02'));
    expect(web02).toMatchObject({ status: 'Deleted', lastVmInstanceUuid: sim.vm('web-01') });
    expect(web02?.lastDetachDate).toBe(web02?.lastOpDate);
    expect(web02?.deviceId).toBeUndefined();
    const withVm = await rows<Volume>(
      sim.ctx,
      sim.admin,
      '/volumes?q=status=Deleted&q=type=Data&q=lastDetachDate is null&q=lastVmInstanceUuid not null',
    );
    expect(withVm.length).toBeGreaterThanOrEqual(5);
    for (const v of withVm) {
      const vm = (await rows<Vm>(sim.ctx, sim.admin, `/vm-instances/${v.lastVmInstanceUuid ?? ''}`))[0];
      expect(vm?.state).toBe('Destroyed');
      // destroyed together: the VM's lastOpDate is the volume's
      expect(v.lastOpDate).toBe(vm?.lastOpDate);
    }
    const ready = await rows<Volume>(
      sim.ctx,
      sim.admin,
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
      sim.ctx,
      sim.admin,
      '/global-configurations?q=category=volume&sort=name',
    );
    expect(configs.map((c) => [c.name, c.value, c.defaultValue])).toEqual([
      ['deletionPolicy', 'Delay', 'Delay'],
      ['expungeInterval', '3600', '3600'],
      ['expungePeriod', '259200', '259200'],
    ]);
    const alice = await login(sim.ctx, 'alice', 'alice-password');
    const denied = await runJob(
      sim.ctx,
      'PUT',
      '/global-configurations/volume/deletionPolicy/actions',
      alice,
      {
        updateGlobalConfig: { value: 'Never' },
      },
    );
    expect(errorOf(denied).code).toBe('ID.1002');
    const bad = await runJob(
      sim.ctx,
      'PUT',
      '/global-configurations/volume/expungeInterval/actions',
      sim.admin,
      {
        updateGlobalConfig: { value: '1' },
      },
    );
    expect(errorOf(bad)).toMatchObject({ code: 'SYS.1007' });
  });
});

describe('RecoverDataVolume', () => {
  it('data-web-02: alice gets it back Ready and detached, with the inventory as the result', async () => {
    const alice = await login(sim.ctx, 'alice', 'alice-password');
    const r = await runJob(
      sim.ctx,
      'PUT',
      `/volumes/${sim.volume('data-web-02')}/actions`,
      alice,
      { recoverDataVolume: {} },
      {
        'X-JSON-Schema': 'true',
      },
    );
    expect(r.status).toBe(200);
    checkWire(r.json());
    const inv = r.json()['inventory'] as Volume;
    expect(inv).toMatchObject({ uuid: sim.volume('data-web-02'), status: 'Ready', type: 'Data' });
    expect(inv.vmInstanceUuid).toBeUndefined();
    expect(r.json()['schema']).toEqual({ inventory: 'org.zstack.header.volume.VolumeInventory' });
    const again = errorOf(await recover(sim.ctx, alice, sim.volume('data-web-02')));
    expect(again).toMatchObject({
      code: 'SYS.1006',
      details: `the volume[uuid:${sim.volume('data-web-02')}] is not in status of deleted. This is operation is to recover a deleted data volume`,
    });
  });

  it('refuses an unknown uuid (SYS.1003) and a volume of another account (SYS.1006)', async () => {
    const unknown = '0123456789ab4def8123456789abcdef';
    expect(errorOf(await recover(sim.ctx, sim.admin, unknown))).toMatchObject({
      code: 'SYS.1003',
      description: 'A resource can not be found',
      details: `invalid field[uuid], resource[uuid:${unknown}, type:VolumeVO] not found`,
    });
    const bob = await login(sim.ctx, 'bob', 'bob-password');
    const e = errorOf(await recover(sim.ctx, bob, sim.volume('data-quota-carol')));
    expect(e.code).toBe('SYS.1006');
    expect(e.details).toBe(
      `permission denied, the account[uuid:${sim.info.accounts['bob'] ?? ''}] is not the owner of the resource[uuid:${sim.volume('data-quota-carol')}, type:VolumeVO]`,
    );
  });

  it('data-quota-carol: carol is at her volume.data.num quota (ID.1003); the admin skips quotas', async () => {
    const carol = await login(sim.ctx, 'carol', 'carol-password');
    expect(errorOf(await recover(sim.ctx, carol, sim.volume('data-quota-carol')))).toMatchObject({
      code: 'ID.1003',
      description: 'The user exceeds a quota of a resource',
      details: `quota exceeding.The resource owner(or target resource owner) account[uuid: ${sim.info.accounts['carol'] ?? ''} name: carol] exceeds a quota[name: volume.data.num, value: 3], Current used:3, Request:1. Please contact the administrator.`,
    });
    expect((await volumeOf(sim.ctx, sim.admin, sim.volume('data-quota-carol')))?.status).toBe('Deleted');
    const byAdmin = await recover(sim.ctx, sim.admin, sim.volume('data-quota-carol'));
    expect((byAdmin.json()['inventory'] as Volume).status).toBe('Ready');
  });

  it('a volume without bits comes back NotInstantiated', async () => {
    const bob = await login(sim.ctx, 'bob', 'bob-password');
    const r = await recover(sim.ctx, bob, sim.volume('data-not-instantiated'));
    expect((r.json()['inventory'] as Volume).status).toBe('NotInstantiated');
  });
});

describe('DeleteDataVolume', () => {
  it('detaches an attached volume first, then keeps it as Deleted (Delay)', async () => {
    const vm = (
      await rows<Vm>(
        sim.ctx,
        sim.admin,
        '/vm-instances?q=state=Running&q=type=UserVm&q=allVolumes.type=Data&limit=1',
      )
    )[0];
    const data = vm?.allVolumes.find((v) => v.type === 'Data');
    if (!vm || !data) throw new Error('no running VM with a data volume');
    const r = await del(sim.ctx, sim.admin, data.uuid);
    expect([r.status, r.text]).toEqual([200, '{}']);
    const after = await volumeOf(sim.ctx, sim.admin, data.uuid);
    expect(after).toMatchObject({ status: 'Deleted', lastVmInstanceUuid: vm.uuid, size: data.size });
    expect(after?.vmInstanceUuid).toBeUndefined();
    expect(after?.deviceId).toBeUndefined();
    expect(after?.lastDetachDate).toBe(after?.lastOpDate);
    expect(after?.installPath).toBe(data.installPath);
    const vmAfter = (await rows<Vm>(sim.ctx, sim.admin, `/vm-instances/${vm.uuid}`))[0];
    expect(vmAfter?.allVolumes.map((v) => v.uuid)).not.toContain(data.uuid);
    expect(errorOf(await del(sim.ctx, sim.admin, data.uuid))).toMatchObject({
      code: 'SYS.1006',
      details: `volume[uuid:${data.uuid}] is already in status of deleted`,
    });
  });

  it('refuses a root volume and a volume attached to a host (SYS.1007)', async () => {
    const vm = (await rows<Vm>(sim.ctx, sim.admin, '/vm-instances?q=state=Running&q=type=UserVm&limit=1'))[0];
    const root = vm?.rootVolumeUuid ?? '';
    expect(errorOf(await del(sim.ctx, sim.admin, root))).toMatchObject({
      code: 'SYS.1007',
      description: 'One or more API argument is invalid',
      details: `volume[uuid:${root}, type:Root] can't be deleted`,
    });
    const onHost = sim.volume('data-on-host-01');
    expect(errorOf(await del(sim.ctx, sim.admin, onHost)).details).toMatch(
      new RegExp(`^can not delete volume\\[${onHost}\\], because volume attach to host\\[[0-9a-f]{32}\\]$`),
    );
  });

  it('succeeds for a well-formed unknown uuid, and is SYS.1003 for anything else', async () => {
    const r = await del(sim.ctx, sim.admin, '0123456789ab4def8123456789abcdef');
    expect([r.status, r.text]).toEqual([200, '{}']);
    expect(errorOf(await del(sim.ctx, sim.admin, 'not-a-uuid'))).toMatchObject({
      code: 'SYS.1003',
      details: 'invalid value[not-a-uuid] of field [uuid]',
    });
  });

  it('refuses another account’s volume', async () => {
    const alice = await login(sim.ctx, 'alice', 'alice-password');
    expect(errorOf(await del(sim.ctx, alice, sim.volume('data-on-host-01'))).details).toBe(
      `permission denied, the account[uuid:${sim.info.accounts['alice'] ?? ''}] is not the owner of the resource[uuid:${sim.volume('data-on-host-01')}, type:VolumeVO]`,
    );
  });
});

describe('ExpungeDataVolume', () => {
  it('removes a Deleted volume, succeeds again once it is gone, and refuses one that is not Deleted', async () => {
    const alice = await login(sim.ctx, 'alice', 'alice-password');
    const [deleted] = await rows<Volume>(sim.ctx, alice, '/volumes?q=status=Deleted&q=type=Data&limit=1');
    if (!deleted) throw new Error('alice has no deleted volume');
    for (let i = 0; i < 2; i++) {
      const r = await expunge(sim.ctx, alice, deleted.uuid);
      expect([r.status, r.text]).toEqual([200, '{}']);
    }
    expect(await volumeOf(sim.ctx, sim.admin, deleted.uuid)).toBeUndefined();
    const onHost = sim.volume('data-on-host-01');
    expect(errorOf(await expunge(sim.ctx, sim.admin, onHost))).toMatchObject({
      code: 'SYS.1006',
      details: `the volume[uuid:${onHost}, name:data-on-host-01] is not deleted yet, can't expunge it`,
    });
    const bob = await login(sim.ctx, 'bob', 'bob-password');
    expect(errorOf(await expunge(sim.ctx, bob, sim.volume('data-expiring-soon'))).code).toBe('SYS.1006');
  });

  it('counts every volume job in the executions report', async () => {
    const report = (await control(sim.ctx, 'GET', '/executions')) as {
      executions: { action: string; resourceUuid: string; count: number }[];
    };
    const actions = new Set(report.executions.map((e) => e.action));
    for (const a of ['deleteDataVolume', 'recoverDataVolume', 'expungeDataVolume'])
      expect(actions).toContain(a);
    expect(
      report.executions.find(
        (e) => e.action === 'recoverDataVolume' && e.resourceUuid === sim.volume('data-web-02'),
      )?.count,
    ).toBe(2);
  });
});
