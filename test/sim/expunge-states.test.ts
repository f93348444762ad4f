import { describe, expect, it } from 'vitest';
import { adminLogin, call, control, queryVms, simulatorForFile, start } from './helpers.ts';

const sim = simulatorForFile();

const HOUR = 3_600_000;
const FIRST_PAGE = 'q=state=Destroyed&q=type=UserVm&sort=%2BlastOpDate&limit=20&start=0';

type Info = { nowMs: number; tzOffsetMinutes: number; scenarioVms: Record<string, string> };

/** Expunge time of each VM on the oldest-first page, as a console computes it (docs/zstack-protocol.md#vm-auto-expunge), from the sim clock. */
async function firstPage(): Promise<{ info: Info; page: { name: string; uuid: string; msLeft: number }[] }> {
  const info = (await control(sim.ctx, 'GET', '/info')) as Info;
  const configs = (
    await call(sim.ctx, 'GET', '/global-configurations?q=category=vm&q=name?=expungePeriod,expungeInterval', {
      session: sim.admin,
    })
  ).json()['inventories'] as { name: string; value: string }[];
  const period = Number(configs.find((c) => c.name === 'expungePeriod')?.value) * 1000;
  expect(period).toBe(604_800_000);
  const { inventories } = await queryVms(sim.ctx, sim.admin, FIRST_PAGE);
  const page = inventories.map((vm) => {
    // a Gson date is the node's wall-clock time with no zone
    const lastOp = Date.parse(`${vm.lastOpDate} UTC`) - info.tzOffsetMinutes * 60_000;
    return { name: vm.name, uuid: vm.uuid, msLeft: lastOp + period - info.nowMs };
  });
  return { info, page };
}

describe('expunge states on the first oldest-first page of the default seed', () => {
  it('has a VM that is due now (past its expunge time, not yet expunged) and one due within a day', async () => {
    const { info, page } = await firstPage();
    expect(page).toHaveLength(20);
    const due = page.filter((v) => v.msLeft <= 0);
    const soon = page.filter((v) => v.msLeft > 0 && v.msLeft < 24 * HOUR);
    expect(due.map((v) => v.name)).toEqual(['overdue-01']);
    expect(due[0]?.uuid).toBe(info.scenarioVms['overdue-01']);
    // overdue by less than one expungeInterval: the periodic task simply has not come round yet
    expect(due[0]?.msLeft).toBeGreaterThan(-HOUR);
    expect(soon.map((v) => v.name)).toContain('expiring-soon-01');
    expect(soon[0]?.name).toBe('expiring-soon-01');
    expect(soon[0]?.msLeft).toBeLessThan(HOUR);
  });

  it('keeps overdue-01 until the next expunge pass, which also takes expiring-soon-01', async () => {
    const s = await start();
    try {
      const a = await adminLogin(s);
      const names = async (): Promise<string[]> =>
        (await queryVms(s, a, 'q=name?=overdue-01,expiring-soon-01&sort=name')).inventories.map(
          (v) => v.name,
        );
      expect(await names()).toEqual(['expiring-soon-01', 'overdue-01']);
      // the seeded node last ran its hourly pass 10 min before the snapshot: the next one is 50 min in
      await control(s, 'POST', '/clock', { advanceSeconds: 49 * 60 });
      expect(await names()).toEqual(['expiring-soon-01', 'overdue-01']);
      await control(s, 'POST', '/clock', { advanceSeconds: 2 * 60 });
      expect(await names()).toEqual([]);
      expect((await queryVms(s, a, 'q=state=Destroyed&count=true')).total).toBe(318);
    } finally {
      await s.srv.close();
    }
  });
});
