// Retention arithmetic (docs/zstack-protocol.md#retention) and the counts of what a pass takes, made on the server
// (the simulator, through MSW) and checked here against the rows themselves.
import { describe, expect, it } from 'vitest';
import { type PerKind, retentionQueries } from '../../../src/api/retention.ts';
import {
  dueCutoff,
  expungeWindow,
  needsTypedCount,
  nodeLocalText,
  resumePolicy,
  validValue,
} from '../../../src/api/retention-window.ts';
import { createQueryClient } from '../../../src/app/query-client.ts';
import { query } from '../../../src/zstack/endpoints.ts';
import { signInAs } from '../../support/render.tsx';
import { testSession } from '../../support/session.ts';
import { binConditions, deletedCopyTimes } from '../../../src/api/retention.ts';
import { wasOtherwise } from '../../../src/api/retention-pause.ts';

const H = 3_600_000;
const vm = { policy: 'Delay', periodSeconds: 7 * 24 * 3600, intervalSeconds: 3600 };

describe('expungeWindow', () => {
  it('is between lastOpDate + period and one interval later', () => {
    const deleted = Date.UTC(2026, 0, 1, 12);
    const w = expungeWindow(deleted, vm, deleted);
    expect(w).toEqual({ kind: 'scheduled', from: deleted + 168 * H, until: deleted + 169 * H, due: false });
  });

  it('is due from the first instant of the window, not a millisecond before', () => {
    const deleted = Date.UTC(2026, 0, 1, 12);
    expect(expungeWindow(deleted, vm, deleted + 168 * H - 1)).toMatchObject({ due: false });
    expect(expungeWindow(deleted, vm, deleted + 168 * H)).toMatchObject({ due: true });
  });

  it('has no window while the policy is Never, and none without a lastOpDate', () => {
    expect(expungeWindow(0, { ...vm, policy: 'Never' }, 0)).toEqual({ kind: 'paused' });
    expect(expungeWindow(undefined, vm, 0)).toEqual({ kind: 'unknown' });
  });

  it('a pass at `at` takes what was last changed at or before at − period', () => {
    expect(dueCutoff(Date.UTC(2026, 0, 8), 7 * 86_400)).toBe(Date.UTC(2026, 0, 1));
  });
});

describe('nodeLocalText', () => {
  it('writes the node wall clock as Timestamp.valueOf reads it, seconds floored', () => {
    expect(nodeLocalText(Date.UTC(2026, 11, 6, 20, 5, 9, 999), 480)).toBe('2026-12-07 04:05:09');
    expect(nodeLocalText(Date.UTC(2026, 0, 1, 0, 30), -60)).toBe('2025-12-31 23:30:00');
  });
});

describe('validValue, as ZStack validates', () => {
  it.each([
    ['deletionPolicy', 'Delay', true],
    ['deletionPolicy', 'Never', true],
    ['deletionPolicy', 'Direct', true],
    ['deletionPolicy', 'delay', false],
    ['expungePeriod', '1', true],
    ['expungePeriod', '0', false],
    ['expungePeriod', '1.5', false],
    ['expungeInterval', '2', true],
    ['expungeInterval', '1', false],
    ['expungeInterval', '-3', false],
  ] as const)('%s = %s → %s', (field, value, ok) => {
    expect(validValue(field, value)).toBe(ok);
  });
});

describe('which changes ask for the typed count', () => {
  it('shortening a period and choosing Direct; lengthening, pausing and the interval are a plain yes', () => {
    expect(needsTypedCount(vm, 'expungePeriod', '3600')).toBe(true);
    expect(needsTypedCount(vm, 'expungePeriod', String(30 * 86_400))).toBe(false);
    expect(needsTypedCount(vm, 'deletionPolicy', 'Direct')).toBe(true);
    expect(needsTypedCount({ ...vm, policy: 'Direct' }, 'deletionPolicy', 'Direct')).toBe(false);
    expect(needsTypedCount(vm, 'deletionPolicy', 'Never')).toBe(false);
    expect(needsTypedCount(vm, 'expungeInterval', '60')).toBe(false);
  });

  it('Resume restores the policy before the pause, Delay when it is unknown', () => {
    expect(resumePolicy('Direct')).toBe('Direct');
    expect(resumePolicy(undefined)).toBe('Delay');
    expect(resumePolicy('Never')).toBe('Delay');
    expect(resumePolicy('Later')).toBe('Delay');
  });
});

describe('due counts, made on the server', () => {
  it('match the rows whose clock has run out under the given period, per bin', async () => {
    await signInAs();
    const { api, offset } = testSession().get();
    const client = createQueryClient();
    const now = Date.now();
    const cutoffs: PerKind<number> = {
      vm: now - 5 * 86_400_000,
      volume: now - 86_400_000,
      image: now - 86_400_000,
    };
    const due = await client.fetchQuery(retentionQueries.due(api, cutoffs, offset.minutes));
    const floor = (ms: number) => Math.floor(ms / 1000) * 1000;
    const vms = await query(api.client, 'vms', { conditions: binConditions('vm') });
    const volumes = await query(api.client, 'volumes', { conditions: binConditions('volume') });
    const images = await query(api.client, 'images', { conditions: binConditions('image') });
    const at = (d: { lastOpDate?: { toDate: (o: number) => Date } | undefined }) =>
      d.lastOpDate?.toDate(offset.minutes).getTime() ?? Infinity;
    const expected = {
      vm: vms.inventories.filter((r) => at(r) <= floor(cutoffs.vm)).length,
      volume: volumes.inventories.filter((r) => at(r) <= floor(cutoffs.volume)).length,
      image: images.inventories.filter((i) =>
        deletedCopyTimes(i, offset.minutes).some((t) => t <= floor(cutoffs.image)),
      ).length,
    };
    expect(due).toEqual(expected);
    // the cutoffs split each bin: some items are due, others are not
    expect(expected.vm).toBeGreaterThan(0);
    expect(expected.vm).toBeLessThan(vms.inventories.length);
    expect(expected.image).toBeGreaterThan(0);
    expect(expected.image).toBeLessThan(images.inventories.length);
  });
});

describe('whether a Never is a pause', () => {
  const never = { ...vm, policy: 'Never' };
  const configs = (defaultPolicy: string | undefined) => ({
    vm: { ...never, defaultPolicy },
    volume: vm,
    image: vm,
  });

  it('reads each policy’s default from the node (ZStack ships Delay)', async () => {
    await signInAs('alice');
    const { api } = testSession().get();
    const read = await createQueryClient().fetchQuery(retentionQueries.configs(api));
    expect(read.vm.defaultPolicy).toBe('Delay');
    expect(read.image.defaultPolicy).toBe('Delay');
  });

  it('is a pause when the default is another policy, or unknown (ZStack’s default, Delay)', () => {
    expect(wasOtherwise('vm', configs('Delay'), {}, null)).toBe(true);
    expect(wasOtherwise('vm', configs(undefined), {}, undefined)).toBe(true);
  });

  it('on a node whose own default is Never, is a pause only when this browser or the audit log saw another', () => {
    expect(wasOtherwise('vm', configs('Never'), {}, null)).toBe(false);
    expect(wasOtherwise('vm', configs('Never'), { vm: 'Delay' }, null)).toBe(true);
    const record = { operator: 'admin', at: undefined, kinds: ['vm' as const] };
    expect(wasOtherwise('vm', configs('Never'), {}, record)).toBe(true);
  });
});
