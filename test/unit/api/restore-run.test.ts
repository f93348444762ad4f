// A restore run's summary line: what came back, what failed and why, and what is not known. A step whose answer
// was lost (status 'unknown') may have run on the node: it is said apart, never counted as failed.
import { describe, expect, it } from 'vitest';
import type { Run } from '../../../src/api/operations/run.ts';
import { restoreOutcome } from '../../../src/api/restore-run.ts';
import { en } from '../../../src/i18n/en/index.ts';
import '../../../src/i18n/en/restore.ts';

const run: Run = {
  id: 'r1',
  action: 'recover',
  resource: 'vm',
  account: 'a1',
  startAfter: true,
  concurrency: 4,
  cancelled: false,
  startedAt: 0,
  finishedAt: 10,
  items: [
    { uuid: 'vm1', name: 'web-01', status: 'done', stage: 'start', state: 'Running' },
    {
      uuid: 'vm2',
      name: 'web-02',
      status: 'failed',
      stage: 'main',
      error: { kind: 'api', errorCode: { code: 'ID.1003' } },
    },
    { uuid: 'vm3', name: 'web-03', status: 'unknown', stage: 'main' },
    { uuid: 'd1', name: 'data-01', status: 'done', stage: 'attach', resource: 'volume', attachTo: 'vm1' },
  ],
};

describe('the restore summary', () => {
  it('counts a lost answer as unknown, apart from the failures', () => {
    const o = restoreOutcome(run);
    expect(o).toMatchObject({ vms: 3, vmsUp: 1, volumes: 1, attached: 1, failed: 1, unknown: 1 });
    expect([...o.reasons]).toEqual([['ID.1003', 1]]);
    expect(en.restore.result({ ...o, reasons: `1 ${en.restore.reasonQuota}` })).toBe(
      '1 of 3 VMs running, 1 of 1 volume re-attached, 1 failed: 1 quota, 1 with an unknown outcome (check them before trying again).',
    );
  });
});
