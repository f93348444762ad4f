import { describe, expect, it } from 'vitest';
import {
  API,
  auditRows,
  call,
  checkWire,
  errorOf,
  login,
  rows,
  runJob,
  simulatorForFile,
  submit,
  waitJob,
  type Audit,
  type Image,
  type Vm,
  type Volume,
} from './helpers.ts';

// docs/zstack-protocol.md#audit-api: ZStack Cloud's QueryAudit and GetAuditData, known from the SDK only
const sim = simulatorForFile();

const audits = (session: string, qs: string): Promise<Audit[]> => auditRows(sim.ctx, session, qs);
const lastFor = async (uuid: string): Promise<Audit | undefined> =>
  (await audits(sim.admin, `q=resourceUuid=${uuid}&sort=-createTime&limit=1`))[0];

describe('the seeded audit trail', () => {
  it('has a row for every seeded deletion: each Destroyed VM, each data volume deleted alone, each deleted image', async () => {
    const all = await audits(sim.admin, 'limit=100000');
    checkWire(all);
    const by = new Map<string, Audit[]>();
    for (const a of all) by.set(a.resourceUuid, [...(by.get(a.resourceUuid) ?? []), a]);
    const destroyed = await rows<Vm>(
      sim.ctx,
      sim.admin,
      '/vm-instances?q=state=Destroyed&q=type=UserVm&limit=100000',
    );
    expect(destroyed).toHaveLength(320);
    for (const vm of destroyed)
      expect(by.get(vm.uuid)?.map((a) => [a.apiName, a.resourceName])).toEqual([
        [`${API}vm.APIDestroyVmInstanceMsg`, vm.name],
      ]);
    for (const v of await rows<Volume>(
      sim.ctx,
      sim.admin,
      '/volumes?q=status=Deleted&q=type=Data&limit=1000',
    )) {
      const own = by.get(v.uuid) ?? [];
      if (own.length > 0) {
        expect(own.map((a) => a.apiName)).toEqual([`${API}volume.APIDeleteDataVolumeMsg`]);
        continue;
      }
      // deleted with its VM: that VM's destroy was the call that did it
      expect(v.lastDetachDate).toBeUndefined();
      expect(by.get(v.lastVmInstanceUuid ?? '')?.map((a) => a.apiName)).toEqual([
        `${API}vm.APIDestroyVmInstanceMsg`,
      ]);
    }
    for (const i of await rows<Image>(
      sim.ctx,
      sim.admin,
      '/images?q=backupStorageRefs.status=Deleted&limit=1000',
    ))
      expect(by.get(i.uuid)?.map((a) => a.apiName)).toEqual([`${API}image.APIDeleteImageMsg`]);
    expect(new Set(all.map((a) => a.operator))).toEqual(
      new Set(['admin', 'alice', 'bob', 'carol', 'ops-script']),
    );
    expect(all.every((a) => /^10\.\d+\.\d+\.\d+$/.test(a.clientIp) && a.success)).toBe(true);
    expect(all.map((a) => a.id)).toEqual(all.map((_, i) => i + 1));
  });

  it('answers "who destroyed web-01" the way a console asks it', async () => {
    const web = sim.vm('web-01');
    const [row] = await audits(
      sim.admin,
      `q=resourceUuid=${web}&q=apiName=${API}vm.APIDestroyVmInstanceMsg&sort=-createTime&limit=1`,
    );
    expect(row).toMatchObject({
      operator: 'alice',
      operatorAccountUuid: sim.info.accounts['alice'],
      clientIp: '10.20.5.23',
      resourceType: 'VmInstanceVO',
      resourceName: 'web-01',
      success: true,
    });
    expect(row?.createTime).toBeGreaterThanOrEqual((row?.startTime ?? 0) + (row?.duration ?? 0));
    expect(JSON.parse(row?.requestDump ?? '')).toEqual({
      [`${API}vm.APIDestroyVmInstanceMsg`]: { uuid: web, deleteMode: 'Permissive' },
    });
    const partial = await lastFor(sim.image('img-partial'));
    expect(JSON.parse(partial?.requestDump ?? '')).toMatchObject({
      [`${API}image.APIDeleteImageMsg`]: { backupStorageUuids: [sim.backupStorage('bs-sh-ceph')] },
    });
  });

  it('is an ordinary query API: count, replyWithCount, sort, fields, conditions on any column', async () => {
    const count = await call(sim.ctx, 'GET', '/zwatch/audit-records?count=true', { session: sim.admin });
    expect(count.json()).toEqual({ total: 356, schema: {} });
    const r = await call(
      sim.ctx,
      'GET',
      '/zwatch/audit-records?q=operator=ops-script&sort=-createTime&limit=3&replyWithCount=true',
      {
        session: sim.admin,
      },
    );
    const body = r.json() as { inventories: Audit[]; total: number; schema: Record<string, string> };
    expect(body.total).toBeGreaterThan(3);
    expect(body.inventories.map((a) => a.createTime)).toEqual(
      [...body.inventories.map((a) => a.createTime)].sort((a, b) => b - a),
    );
    expect(body.schema['inventories[0]']).toBe('org.zstack.zwatch.migratedb.AuditsInventory');
    const picked = await audits(
      sim.admin,
      'fields=operator,resourceName&limit=1&q=success=true&q=createTime>0',
    );
    expect(Object.keys(picked[0] ?? {}).sort()).toEqual(['operator', 'resourceName']);
    expect(
      errorOf(await call(sim.ctx, 'GET', '/zwatch/audit-records?q=nope=1', { session: sim.admin })).code,
    ).toBe('SYS.1007');
  });
});

describe('rows for the actions the node runs', () => {
  it('records who recovered, from where, with what and how it ended', async () => {
    const alice = await login(sim.ctx, 'alice', 'alice-password');
    const web = sim.vm('web-01');
    const headers = { 'X-Request-Ip': '10.99.1.2', 'User-Agent': 'recycle-bin-console/test' };
    const { jobId } = await submit(
      sim.ctx,
      'PUT',
      `/vm-instances/${web}/actions`,
      alice,
      { recoverVmInstance: {} },
      headers,
    );
    expect((await waitJob(sim.ctx, jobId)).final.status).toBe(200);
    expect(await lastFor(web)).toMatchObject({
      apiName: `${API}vm.APIRecoverVmInstanceMsg`,
      operator: 'alice',
      operatorAccountUuid: sim.info.accounts['alice'],
      clientIp: '10.99.1.2',
      clientBrowser: 'recycle-bin-console/test',
      requestUuid: jobId,
      resourceType: 'VmInstanceVO',
      resourceName: 'web-01',
      success: true,
    });
    // starting a VM is no recycle-bin action: no row
    await runJob(sim.ctx, 'PUT', `/vm-instances/${web}/actions`, alice, { startVmInstance: {} });
    expect((await lastFor(web))?.apiName).toBe(`${API}vm.APIRecoverVmInstanceMsg`);
  });

  it('records failures with their error, and the connection address without X-Request-Ip', async () => {
    const carol = await login(sim.ctx, 'carol', 'carol-password');
    const vol = sim.volume('data-quota-carol');
    expect(
      errorOf(await runJob(sim.ctx, 'PUT', `/volumes/${vol}/actions`, carol, { recoverDataVolume: {} })).code,
    ).toBe('ID.1003');
    const row = await lastFor(vol);
    expect(row).toMatchObject({
      apiName: `${API}volume.APIRecoverDataVolumeMsg`,
      success: false,
      operator: 'carol',
      clientIp: '127.0.0.1',
    });
    expect((JSON.parse(row?.error ?? '{}') as { code?: string }).code).toBe('ID.1003');
    expect(JSON.parse(row?.responseDump ?? '{}')).toMatchObject({ error: { code: 'ID.1003' } });
  });

  it('keeps the name of what an expunge removed, and audits image and volume deletes', async () => {
    const img = sim.image('img-vrouter-5.1.0');
    await runJob(sim.ctx, 'PUT', `/images/${img}/actions`, sim.admin, { expungeImage: {} });
    expect(await lastFor(img)).toMatchObject({
      apiName: `${API}image.APIExpungeImageMsg`,
      resourceName: 'img-vrouter-5.1.0',
      resourceType: 'ImageVO',
    });
    const [ready] = await rows<Volume>(
      sim.ctx,
      sim.admin,
      '/volumes?q=status=Ready&q=type=Data&q=vmInstanceUuid is null&limit=1',
    );
    await runJob(sim.ctx, 'DELETE', `/volumes/${ready?.uuid ?? ''}`, sim.admin);
    expect(await lastFor(ready?.uuid ?? '')).toMatchObject({
      apiName: `${API}volume.APIDeleteDataVolumeMsg`,
      operator: 'admin',
    });
  });

  it('shows a normal account only what it did itself (unconfirmed reading)', async () => {
    const alice = await login(sim.ctx, 'alice', 'alice-password');
    const mine = await audits(alice, 'limit=100000');
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((a) => a.operatorAccountUuid === sim.info.accounts['alice'])).toBe(true);
  });
});

describe('GetAuditData (/zwatch/audits)', () => {
  it('answers {"audits"} newest first, filtered by time, type and conditions', async () => {
    const r = await call(sim.ctx, 'GET', '/zwatch/audits?limit=5', { session: sim.admin });
    expect(r.status).toBe(200);
    const list = r.json()['audits'] as { time: number; resourceUuid: string }[];
    expect(list).toHaveLength(5);
    expect(list.map((a) => a.time)).toEqual([...list.map((a) => a.time)].sort((a, b) => b - a));
    const web = sim.vm('web-01');
    const one = (
      await call(sim.ctx, 'GET', `/zwatch/audits?conditions=resourceUuid=${web}&startTime=0`, {
        session: sim.admin,
      })
    ).json()['audits'] as { resourceUuid: string }[];
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((a) => a.resourceUuid === web)).toBe(true);
    expect(
      (await call(sim.ctx, 'GET', '/zwatch/audits?auditType=Login', { session: sim.admin })).json(),
    ).toEqual({
      audits: [],
    });
  });
});
