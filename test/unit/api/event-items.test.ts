// Where the items of deletion events are now, against the simulator: past one batch of uuids the bins are read by
// the time the rows span, and the answer is the one the batched `uuid?=` queries give, in fewer requests.
import { describe, expect, it, vi } from 'vitest';
import { type ResolveContext, resolveRecords } from '../../../src/api/event-items.ts';
import { auditRows } from '../../../src/api/event-rows.ts';
import { retentionQueries } from '../../../src/api/retention.ts';
import { setPause } from '../../../src/lib/main-thread.ts';
import { createQueryClient } from '../../../src/app/query-client.ts';
import { expungeVm, recoverVm } from '../../../src/zstack/actions.ts';
import { recordRequests } from '../../support/msw.ts';
import { signInAs } from '../../support/render.tsx';
import { testJobTiming, testSession } from '../../support/session.ts';

async function context(): Promise<ResolveContext> {
  await signInAs('admin');
  const session = testSession().get();
  const retentions = await createQueryClient().fetchQuery(retentionQueries.configs(session.api));
  const signal = new AbortController().signal;
  return { api: session.api, retentions, offsetMinutes: session.offset.minutes, signal };
}

const byUuid = (records: Awaited<ReturnType<typeof resolveRecords>>) =>
  new Map(records.map((r) => [`${r.kind}:${r.uuid}`, { state: r.state, at: r.expungeAt, with: r.withVm }]));

describe('where the items of many events are now', () => {
  it('reads a chunk of the audit log in slices that give the main thread back, parse and records alike', async () => {
    const ctx = await context();
    const pause = vi.fn(() => Promise.resolve());
    setPause(pause);
    const rows = await auditRows(ctx.api, [], { index: 0, size: 2000, direction: 'desc' });
    expect(rows.length).toBeGreaterThan(100);
    // a pause before each 250 rows parsed, and one between each 250 rows read as records
    expect(pause.mock.calls.length).toBeGreaterThanOrEqual(2 * Math.ceil(rows.length / 250) - 1);
  });

  it('reads the bins by time for more VMs than a batch, with the same answer as asking 100 uuids at a time', async () => {
    const ctx = await context();
    const rows = await auditRows(ctx.api, [], { index: 0, size: 2000, direction: 'desc' });
    const latest = new Map<string, number>();
    for (const r of rows) latest.set(r.uuid, Math.max(latest.get(r.uuid) ?? 0, r.at));
    const vms = rows.filter((r) => r.kind === 'vm' && latest.get(r.uuid) === r.at);
    expect(vms.length).toBeGreaterThan(100);
    // one VM back from the bin and one gone for good: the bin by time does not hold them, their uuids tell
    const [back, gone] = [vms[3]?.uuid ?? '', vms[60]?.uuid ?? ''];
    await recoverVm(ctx.api.client, back, { timing: testJobTiming });
    await expungeVm(ctx.api.client, gone, { timing: testJobTiming });

    const seen = recordRequests();
    const all = await resolveRecords(ctx, rows, latest);
    const asked = seen.filter((r) => r.url.pathname.endsWith('/vm-instances'));
    const askedByUuid = asked
      .flatMap((r) => r.url.searchParams.getAll('q'))
      .filter((q) => q.startsWith('uuid?='))
      .flatMap((q) => q.slice('uuid?='.length).split(','));
    const companionQueries = seen.filter((r) =>
      r.url.searchParams.getAll('q').some((q) => q.startsWith('lastVmInstanceUuid?=')),
    ).length;
    // a batch at a time: the slices of at most 100 VMs each take the batched path
    const slices: (typeof rows)[] = [];
    for (let i = 0; i < rows.length;) {
      const slice: typeof rows = [];
      let n = 0;
      for (; i < rows.length && (n < 100 || rows[i]?.kind !== 'vm'); i += 1) {
        const row = rows[i];
        if (!row) break;
        if (row.kind === 'vm') n += 1;
        slice.push(row);
      }
      slices.push(slice);
    }
    const batched = (await Promise.all(slices.map((s) => resolveRecords(ctx, s, latest)))).flat();

    const states = byUuid(all);
    expect(states).toEqual(byUuid(batched));
    expect(states.get(`vm:${back}`)?.state).toBe('recovered');
    expect(states.get(`vm:${gone}`)?.state).toBe('expunged');
    const kept = states.get(`vm:${vms[0]?.uuid ?? ''}`);
    expect(kept?.state).toBe('deleted');
    expect(kept?.at).toBeGreaterThan(0);
    // one query of the bin by time, and by uuid only what it did not hold, instead of a query per 100 VMs
    expect(asked).toHaveLength(2);
    expect(askedByUuid.sort()).toEqual([back, gone].sort());
    // the data volumes deleted with those VMs: from the volume bin by the time the destroys ran, not by VM
    expect([...states.values()].some((s) => s.with !== undefined)).toBe(true);
    expect(companionQueries).toBe(0);
  });
});
