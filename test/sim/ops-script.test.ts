import { describe, expect, it } from 'vitest';
import { simOptionsFromEnv } from '../../sim/options.ts';
import type { OpsScriptFacts } from '../../sim/handler.ts';
import { seedStore } from '../../sim/seed/data-set.ts';
import {
  act,
  adminLogin,
  API,
  auditRows,
  call,
  control,
  errorOf,
  login,
  rows,
  simulatorForFile,
  start,
  type Audit,
  type Image,
  type Vm,
  type Volume,
} from './helpers.ts';

const MIN = 60_000;
const uuidIn = (uuids: readonly string[]): string => `q=uuid?=${uuids.join(',')}`;

let facts: OpsScriptFacts;
let audits: Audit[];
const sim = simulatorForFile({ scenario: 'ops-script' }, async (s) => {
  const info = await control(s.ctx, 'GET', '/info');
  facts = info['opsScript'] as OpsScriptFacts;
  audits = await auditRows(s.ctx, s.admin, 'sort=+createTime&limit=100000');
});

describe('the ops-script scenario: project proj-x deleted by a script', () => {
  it('is opt-in: SIM_SCENARIO, and the default data set has no such rows', async () => {
    expect(simOptionsFromEnv({ SIM_SCENARIO: 'ops-script' })).toEqual({ scenario: 'ops-script' });
    expect(() => simOptionsFromEnv({ SIM_SCENARIO: 'other' })).toThrow(/SIM_SCENARIO/u);
    const plain = await start();
    try {
      const info = await control(plain, 'GET', '/info');
      expect(info['scenario']).toBe('default');
      expect(info['opsScript']).toBeUndefined();
      expect(info['accounts']).not.toHaveProperty('proj-x');
    } finally {
      await plain.srv.close();
    }
  });

  it('keeps every row of the default data set as it is, and only adds its own', () => {
    const p = { seed: 42, vms: 2000, destroyed: 320, start: Date.UTC(2026, 5, 1) };
    const base = seedStore(p);
    const withIt = seedStore({ ...p, scenario: 'ops-script' });
    for (const [uuid, vm] of base.vms) expect(withIt.vms.get(uuid)).toEqual(vm);
    for (const [uuid, vol] of base.volumes) expect(withIt.volumes.get(uuid)).toEqual(vol);
    for (const [uuid, image] of base.images) expect(withIt.images.get(uuid)).toEqual(image);
    const rowsOf = (s: typeof base) =>
      s.audits.map((a) => Object.fromEntries(Object.entries(a).filter(([k]) => k !== 'id')));
    expect(rowsOf(withIt)).toEqual(expect.arrayContaining(rowsOf(base)));
    expect(withIt.audits.map((a) => a.id)).toEqual(withIt.audits.map((_, i) => i + 1));
  });

  it('SIM_EXTRA_AUDITS adds everyday calls to the audit log, never a deletion', () => {
    expect(simOptionsFromEnv({ SIM_EXTRA_AUDITS: '20000' })).toEqual({ extraAudits: 20000 });
    const p = { seed: 42, vms: 300, destroyed: 120, start: Date.UTC(2026, 5, 1) };
    const base = seedStore(p);
    const more = seedStore({ ...p, extraAudits: 500 });
    expect(more.audits).toHaveLength(base.audits.length + 500);
    const deleting = (s: typeof base) => s.audits.filter((a) => /Destroy|Delete|Expunge/u.test(a.apiName));
    expect(deleting(more).length).toBe(deleting(base).length);
    expect(more.audits.map((a) => a.id)).toEqual(more.audits.map((_, i) => i + 1));
  });

  it('one operator from one address deleted 30 VMs and 2 images within 4 minutes, newest rows last', () => {
    const incident = audits.filter((a) => a.operator === 'ops-script' && a.clientIp === facts.clientIp);
    const during = incident.filter(
      (a) => a.createTime >= facts.firstDeletion && a.createTime <= facts.lastDeletion + MIN,
    );
    expect(during.filter((a) => a.apiName === `${API}vm.APIDestroyVmInstanceMsg`)).toHaveLength(30);
    expect(during.filter((a) => a.apiName === `${API}image.APIDeleteImageMsg`)).toHaveLength(2);
    expect(during).toHaveLength(32);
    expect(new Set(during.map((a) => a.resourceUuid))).toEqual(new Set([...facts.vms, ...facts.images]));
    expect(facts.lastDeletion - facts.firstDeletion).toBe(4 * MIN);
    // nothing else by that operator and address within 10 minutes: the event is exactly these rows
    const near = incident.filter(
      (a) => a.createTime > facts.firstDeletion - 10 * MIN && a.createTime < facts.lastDeletion + 10 * MIN,
    );
    expect(near).toEqual(during);
  });

  it('the VMs are Destroyed, 29 in proj-x and one of carol, who is at her vm.totalNum', async () => {
    const vms = await rows<Vm>(sim.ctx, sim.admin, `/vm-instances?${uuidIn(facts.vms)}&limit=100`);
    expect(vms).toHaveLength(30);
    expect(vms.every((v) => v.state === 'Destroyed')).toBe(true);
    const owners = await rows<{ resourceUuid: string; accountUuid: string }>(
      sim.ctx,
      sim.admin,
      `/accounts/resources/refs?q=resourceUuid?=${facts.vms.join(',')}&limit=100`,
    );
    const info = await control(sim.ctx, 'GET', '/info');
    const accounts = info['accounts'] as Record<string, string>;
    expect(owners.filter((o) => o.accountUuid === accounts['proj-x'])).toHaveLength(29);
    expect(owners.find((o) => o.accountUuid === accounts['carol'])?.resourceUuid).toBe(facts.quotaVm);
    const carol = await login(sim.ctx, 'carol', 'carol-password');
    const quota = errorOf(await act(sim.ctx, carol, facts.quotaVm, 'recoverVmInstance'));
    expect(quota.code).toBe('ID.1003');
    expect(quota.details).toMatch(/vm\.totalNum/u);
  });

  it("one VM's root volume is on local storage whose host is gone: recovering it fails", async () => {
    const e = errorOf(await act(sim.ctx, sim.admin, facts.localStorageVm, 'recoverVmInstance'));
    expect(e.code).toBe('SYS.1006');
    expect(e.details).toMatch(/host on which the root volume is has been deleted/u);
  });

  it("one VM's name was taken afterwards by a live VM of the project", async () => {
    const [old] = await rows<Vm>(sim.ctx, sim.admin, `/vm-instances?q=uuid=${facts.nameTakenVm}`);
    const live = await rows<Vm>(
      sim.ctx,
      sim.admin,
      `/vm-instances?q=name=${old?.name ?? ''}&q=state!=Destroyed`,
    );
    expect(live.map((v) => v.uuid)).toEqual([facts.liveNamesake]);
    expect(Date.parse(live[0]?.createDate ?? '')).toBeGreaterThan(Date.parse(old?.lastOpDate ?? ''));
  });

  it('24 data volumes went with their VMs: 23 in the bin with lastVmInstanceUuid and no row of their own, one expunged', async () => {
    const vols = await rows<Volume>(sim.ctx, sim.admin, `/volumes?${uuidIn(facts.volumes)}&limit=100`);
    expect(vols).toHaveLength(23);
    for (const v of vols) {
      expect(v).toMatchObject({ type: 'Data', status: 'Deleted' });
      expect(facts.vms).toContain(v.lastVmInstanceUuid);
      expect(v.lastDetachDate).toBeUndefined();
      expect(v.deviceId).toBeGreaterThan(0);
      expect(audits.filter((a) => a.resourceUuid === v.uuid)).toEqual([]);
    }
    const gone = facts.expungedVolume;
    expect(facts.vms).toContain(gone.lastVmInstanceUuid);
    expect(await rows(sim.ctx, sim.admin, `/volumes?q=uuid=${gone.uuid}`)).toEqual([]);
    expect(audits.filter((a) => a.resourceUuid === gone.uuid)).toMatchObject([
      { apiName: `${API}volume.APIExpungeDataVolumeMsg`, operator: 'admin', resourceName: gone.name },
    ]);
  });

  it('the 2 images are Deleted on their backup storage', async () => {
    const images = await rows<Image>(sim.ctx, sim.admin, `/images?${uuidIn(facts.images)}`);
    expect(images.map((i) => [i.status, i.backupStorageRefs.map((r) => r.status)])).toEqual([
      ['Deleted', ['Deleted']],
      ['Deleted', ['Deleted']],
    ]);
  });

  it("two other operators' events in the same hour, each from its own address", () => {
    expect(facts.otherEvents.map((e) => e.operator)).toEqual(['alice', 'bob']);
    for (const e of facts.otherEvents) {
      expect(Math.abs(e.firstDeletion - facts.firstDeletion)).toBeLessThan(60 * MIN);
      const mine = audits.filter(
        (a) =>
          a.operator === e.operator &&
          a.createTime > e.firstDeletion - 10 * MIN &&
          a.createTime < e.lastDeletion + 10 * MIN,
      );
      expect(mine.map((a) => a.resourceUuid)).toEqual(e.resources);
      expect(mine.every((a) => a.clientIp === e.clientIp)).toBe(true);
    }
  });

  it('works with SIM_AUDIT=0: the same rows, no audit API', async () => {
    const off = await start({ scenario: 'ops-script', audit: false });
    try {
      const session = await adminLogin(off);
      expect((await call(off, 'GET', '/zwatch/audit-records?limit=1', { session })).status).toBe(404);
      const info = await control(off, 'GET', '/info');
      const same = info['opsScript'] as OpsScriptFacts;
      expect(same.vms).toEqual(facts.vms);
      expect(await rows<Vm>(off, session, `/vm-instances?${uuidIn(same.vms)}&limit=100`)).toHaveLength(30);
    } finally {
      await off.srv.close();
    }
  });

  it('POST reset {"scenario": …} switches the data set, and later resets keep it', async () => {
    const other = await start();
    try {
      await control(other, 'POST', '/reset', { scenario: 'ops-script' });
      await control(other, 'POST', '/reset');
      expect((await control(other, 'GET', '/info'))['scenario']).toBe('ops-script');
      await control(other, 'POST', '/reset', { scenario: 'default' });
      expect((await control(other, 'GET', '/info'))['opsScript']).toBeUndefined();
      const bad = await fetch(`${other.srv.url}/zstack/__sim/reset`, {
        method: 'POST',
        body: JSON.stringify({ scenario: 'nope' }),
      });
      expect(bad.status).toBe(400);
    } finally {
      await other.srv.close();
    }
  });

  it('proj-x signs in and sees its own bin: 29 VMs of the incident, not carol’s', async () => {
    const projX = await login(sim.ctx, 'proj-x', 'proj-x-password');
    const mine = await rows<Vm>(sim.ctx, projX, `/vm-instances?${uuidIn(facts.vms)}&limit=100`);
    expect(mine).toHaveLength(29);
    expect(mine.map((v) => v.uuid)).not.toContain(facts.quotaVm);
  });
});
