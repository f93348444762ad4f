// The event's CSV for the ticket: UTF-8 with a BOM, RFC 4180 quoting, formula cells defused, Chinese as it is, and
// the restore run's outcome, job id and who restored it when a run labelled with the event is kept.
import { describe, expect, it } from 'vitest';
import type { DeletionEvent } from '../../../../src/api/deletion-events.ts';
import type { Run } from '../../../../src/api/operations/run.ts';
import type { Mark } from '../../../../src/api/restore-plan.ts';
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

// What the plan said when it opened: carol at vm.totalNum, the volume's VM expected to fail, the image expunged.
const marks = new Map<string, Mark[]>([
  [
    'v1',
    [
      { rule: 'quota-vm', severity: 'fails', account: 'carol', total: 30, used: 23, asked: 14, failing: 7 },
      { rule: 'name-taken', severity: 'note', name: '数据库-01', count: 1 },
    ],
  ],
  ['d1', [{ rule: 'stays-detached', severity: 'partial', vm: '数据库-01', why: 'fails' }]],
  ['i1', [{ rule: 'not-found', severity: 'fails' }]],
]);

/** The cells of one CSV record (RFC 4180: a quoted cell may hold commas, doubled quotes and line breaks). */
function cells(record: string): string[] {
  return [...record.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/gu)].map(([, cell = '']) =>
    cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell,
  );
}

/** The file's records, after the BOM: a line break inside quotes stays in its cell. */
const records = (csv: string) => csv.slice(1).split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/u);

describe('eventCsv', () => {
  it('starts with a BOM, ends lines with CRLF, quotes per RFC 4180 and defuses formulas', () => {
    const csv = eventCsv(event, en, { ownerOf: () => 'alice' });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, vm, volume, image] = lines(csv);
    expect(header).toBe(
      'Event,Operator,Client address,Deleted at,Kind,Name,UUID,Owner,State now,Expunged from,Deleted with VM,Restore plan checks,Restore outcome,Job id,Restored by',
    );
    expect(vm).toBe(
      `${event.id},ops-script,10.10.3.15,2026-12-06T09:00:00.000Z,VM,"数据库-01, ""主""",v1,alice,In the recycle bin,2026-12-13T09:00:00.000Z,,,,,`,
    );
    // a name that a spreadsheet would run stays text; the volume names the VM it went with
    expect(volume).toContain(`,"'=HYPERLINK(""x"")",d1,`);
    expect(volume).toContain(',"数据库-01, ""主""",,,,');
    expect(image).toContain(",Image,'-img,i1,alice,Expunged,,,,");
  });

  it('adds each item’s restore outcome, job id and who restored it', () => {
    const [, vm, volume, image] = lines(
      eventCsv(event, en, { ownerOf: () => '', restore: { run, by: 'admin' } }),
    );
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
    const [, , , , restored] = lines(
      eventCsv(event, en, { ownerOf: () => 'bob', restore: { run: extra, by: 'admin' } }),
    );
    expect(restored).toBe(
      `${event.id},ops-script,10.10.3.15,,Data volume,logs,d9,bob,Recovered,,x,,Succeeded,job-d9,admin`,
    );
  });

  it('writes the Chinese catalog’s headers and states', () => {
    const [header, vm] = lines(eventCsv(event, zhCN, { ownerOf: () => '研发部' }));
    expect(header?.startsWith('事件,操作员,来源地址,删除时间,类型,名称,UUID,所有者,当前状态')).toBe(true);
    expect(vm).toContain(',云主机,"数据库-01, ""主""",v1,研发部,在回收站中,');
  });

  it('lists the plan’s marks of each item: severity, rule, numbers and what to do, one per line', () => {
    const csv = eventCsv(event, en, { ownerOf: () => 'carol', marks });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, vm, volume, image] = records(csv).map(cells);
    const col = header?.indexOf('Restore plan checks') ?? -1;
    expect(col).toBe(11);
    expect(vm?.[col]).toBe(
      'Will fail: Quota vm.totalNum of account carol: 23 of 30 used, so 7 of the 14 in this plan will fail. Leave out 7, or ask an administrator to raise the quota.\n' +
        'Note: 1 live VM is also named 数据库-01. ZStack allows it; rename one afterwards if that would confuse.',
    );
    expect(vm?.[12]).toBe('');
    expect(volume?.[col]).toBe('Partly: Its VM 数据库-01 is expected to fail: it will stay detached.');
    expect(image?.[col]).toBe(
      'Will fail: Not found: expunged already, or not visible to this account. Leave it out.',
    );
  });

  it('says the plan could not be checked rather than leaving the marks blank', () => {
    const [, vm, , image] = records(eventCsv(event, en, { ownerOf: () => '', marks: 'unchecked' })).map(
      cells,
    );
    expect(vm?.[11]).toBe('The plan could not be checked.');
    expect(image?.[11]).toBe('The plan could not be checked.');
  });

  it('writes the marks in Chinese, after the BOM that makes Excel read them as UTF-8', () => {
    const csv = eventCsv(event, zhCN, { ownerOf: () => '研发部', marks });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, vm, volume] = records(csv).map(cells);
    expect(header?.[11]).toBe('恢复计划检查结果');
    expect(vm?.[11]).toMatch(
      /^将失败：账户 carol 的配额 vm\.totalNum：已用 23，共 30，因此本计划的 14 项中有 7 项将失败。.*\n提示：/su,
    );
    expect(volume?.[11]).toMatch(/^部分完成：/u);
  });
});
