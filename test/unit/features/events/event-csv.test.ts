// The event's CSV for the ticket: UTF-8 with a BOM, RFC 4180 quoting, formula cells defused, Chinese as it is, and
// the restore run's outcome, job id and who restored it when a run labelled with the event is kept.
import { describe, expect, it } from 'vitest';
import type { DeletionEvent } from '../../../../src/api/deletion-events.ts';
import type { Run } from '../../../../src/api/operations/run.ts';
import { eventCsv } from '../../../../src/features/events/event-csv.ts';
import { en } from '../../../../src/i18n/en/index.ts';
import { zhCN } from '../../../../src/i18n/zh-CN/index.ts';

const AT = Date.UTC(2026, 11, 6, 9, 0, 0);
const event: DeletionEvent = {
  id: 'ops-script_10.10.3.15_1796547600',
  who: { kind: 'operator', operator: 'ops-script', clientIp: '10.10.3.15' },
  first: AT,
  last: AT + 60_000,
  counts: { vm: 1, volume: 1, image: 1 },
  recovered: 0,
  expunged: 1,
  deadline: AT + 7 * 86_400_000,
  items: [
    {
      kind: 'vm',
      uuid: 'v1',
      name: '数据库-01, "主"',
      at: AT,
      account: 'a',
      state: 'deleted',
      expungeAt: AT + 7 * 86_400_000,
    },
    {
      kind: 'volume',
      uuid: 'd1',
      name: '=HYPERLINK("x")',
      at: AT,
      account: 'a',
      withVm: 'v1',
      state: 'deleted',
      expungeAt: AT + 3 * 86_400_000,
    },
    { kind: 'image', uuid: 'i1', name: '-img', at: AT + 60_000, account: 'a', state: 'expunged' },
  ],
};

const run: Run = {
  id: 'r1',
  action: 'recover',
  resource: 'vm',
  account: 'acct',
  startAfter: true,
  concurrency: 4,
  cancelled: false,
  startedAt: AT + 3_600_000,
  event: event.id,
  items: [
    { uuid: 'v1', name: 'x', status: 'done', stage: 'start', jobUuid: 'job-v1' },
    {
      uuid: 'd1',
      name: 'y',
      status: 'failed',
      stage: 'attach',
      resource: 'volume',
      error: { kind: 'api', errorCode: { code: 'SYS.1006' }, jobUuid: 'job-d1' },
    },
  ],
};

const lines = (csv: string) => csv.slice(1).split('\r\n');

describe('eventCsv', () => {
  it('starts with a BOM, ends lines with CRLF, quotes per RFC 4180 and defuses formulas', () => {
    const csv = eventCsv(event, en, () => 'alice');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, vm, volume, image] = lines(csv);
    expect(header).toBe(
      'Event,Operator,Client address,Deleted at,Kind,Name,UUID,Owner,State now,Expunged from,Deleted with VM,Restore outcome,Job id,Restored by',
    );
    expect(vm).toBe(
      `${event.id},ops-script,10.10.3.15,2026-12-06T09:00:00.000Z,VM,"数据库-01, ""主""",v1,alice,In the recycle bin,2026-12-13T09:00:00.000Z,,,,`,
    );
    // a name that a spreadsheet would run stays text; the volume names the VM it went with
    expect(volume).toContain(`,"'=HYPERLINK(""x"")",d1,`);
    expect(volume).toContain(',"数据库-01, ""主""",,,');
    expect(image).toContain(",Image,'-img,i1,alice,Expunged,,,");
  });

  it('adds each item’s restore outcome, job id and who restored it', () => {
    const [, vm, volume, image] = lines(eventCsv(event, en, () => '', { run, by: 'admin' }));
    expect(vm?.endsWith(',Succeeded,job-v1,admin')).toBe(true);
    expect(volume?.endsWith(',"Recovered, attach failed",job-d1,admin')).toBe(true);
    expect(image?.endsWith(',,,')).toBe(true);
  });

  it('adds a line for what the restore brought back that the event no longer lists', () => {
    const extra: Run = {
      ...run,
      items: [
        ...run.items,
        {
          uuid: 'd9',
          name: 'logs',
          status: 'done',
          stage: 'attach',
          resource: 'volume',
          attachTo: 'v1',
          jobUuid: 'job-d9',
        },
      ],
    };
    const [, , , , restored] = lines(eventCsv(event, en, () => 'bob', { run: extra, by: 'admin' }));
    expect(restored).toBe(
      `${event.id},ops-script,10.10.3.15,,Data volume,logs,d9,bob,Recovered,,x,Succeeded,job-d9,admin`,
    );
  });

  it('writes the Chinese catalog’s headers and states', () => {
    const [header, vm] = lines(eventCsv(event, zhCN, () => '研发部'));
    expect(header?.startsWith('事件,操作员,来源地址,删除时间,类型,名称,UUID,所有者,当前状态')).toBe(true);
    expect(vm).toContain(',云主机,"数据库-01, ""主""",v1,研发部,在回收站中,');
  });
});
