// The query shapes of the recycle bins' filters (docs/zstack-protocol.md#filters): a date condition in the node's
// `yyyy-MM-dd HH:mm:ss` (Timestamp.valueOf), the owner's resource refs and the operator's deletions, uuids only.
import { describe, expect, it } from 'vitest';
import { call, queryVms, rows, simInfo, simulatorForFile, type Vm } from './helpers.ts';

const sim = simulatorForFile();
const enc = encodeURIComponent;

/** A Gson date's wall clock as Timestamp.valueOf reads it: `Nov 14, 2017 10:20:57 PM` → `2017-11-14 22:20:57`. */
function sqlForm(gson: string): string {
  const d = new Date(`${gson} UTC`);
  return d.toISOString().slice(0, 19).replace('T', ' ');
}

describe('filter query shapes', () => {
  it('lastOpDate>= and < take the node wall clock as yyyy-MM-dd HH:mm:ss (Timestamp.valueOf)', async () => {
    const { inventories } = await queryVms(sim.ctx, sim.admin, 'q=state=Destroyed&sort=-lastOpDate&limit=40');
    const pivot = inventories[20] as Vm;
    const at = sqlForm(pivot.lastOpDate);
    const count = async (op: string) =>
      (await queryVms(sim.ctx, sim.admin, `count=true&q=state=Destroyed&q=lastOpDate${enc(op)}${enc(at)}`))
        .total;
    const [since, before, total] = [
      await count('>='),
      await count('<'),
      (await queryVms(sim.ctx, sim.admin, 'count=true&q=state=Destroyed')).total,
    ];
    expect(since).toBeGreaterThanOrEqual(21);
    expect((since ?? 0) + (before ?? 0)).toBe(total);
    // Timestamp.valueOf refuses anything else, the Gson form and epoch milliseconds included
    for (const value of ['yesterday', pivot.lastOpDate, '1510669257141']) {
      const bad = await call(sim.ctx, 'GET', `/vm-instances?q=${enc(`lastOpDate>=${value}`)}`, {
        session: sim.admin,
      });
      expect(bad.status).toBe(503);
      expect(bad.text).toContain('failed to parse value');
    }
  });

  it("an account's resource refs of one type, resourceUuid only", async () => {
    const alice = (await simInfo(sim.ctx)).accounts['alice'] ?? '';
    const refs = await rows<Record<string, unknown>>(
      sim.ctx,
      sim.admin,
      `/accounts/resources/refs?q=ownerAccountUuid=${alice}&q=resourceType=VmInstanceVO&fields=resourceUuid&limit=1000`,
    );
    expect(refs.length).toBeGreaterThan(10);
    expect(refs.every((r) => Object.keys(r).join() === 'resourceUuid')).toBe(true);
  });

  it("an operator's deletions of one kind from the audit log, resourceUuid only", async () => {
    const api = 'org.zstack.header.vm.APIDestroyVmInstanceMsg';
    const found = await rows<Record<string, unknown>>(
      sim.ctx,
      sim.admin,
      `/zwatch/audit-records?q=operator=ops-script&q=apiName=${api}&fields=resourceUuid&limit=1000`,
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => typeof r['resourceUuid'] === 'string' && Object.keys(r).length === 1)).toBe(
      true,
    );
  });
});
