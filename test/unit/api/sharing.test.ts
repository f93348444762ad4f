import { describe, expect, it } from 'vitest';
import { shareUnchanged } from '../../../src/api/sharing.ts';
import { ServerTime } from '../../../src/zstack/dates.ts';

const vm = (uuid: string, name: string, ms = 1_700_000_000_000) => ({
  uuid,
  name,
  lastOpDate: new ServerTime(ms, false),
  vmNics: [{ uuid: `${uuid}-nic`, ip: '10.0.0.1' }],
});

describe('shareUnchanged (structural sharing of refetched answers)', () => {
  it('keeps an unchanged VM, dates included, as the same object', () => {
    const before = { inventories: [vm('a', 'web-01'), vm('b', 'web-02')], total: 2 };
    const after = { inventories: [vm('a', 'web-01'), vm('b', 'web-02')], total: 2 };
    expect(shareUnchanged(before, after)).toBe(before);
  });

  it('pairs rows by uuid: a VM leaving the page does not make the rows after it new', () => {
    const a = vm('a', 'web-01');
    const c = vm('c', 'web-03');
    const before = { inventories: [a, vm('b', 'web-02'), c], total: 3 };
    const after = { inventories: [vm('a', 'web-01'), vm('c', 'web-03'), vm('d', 'web-04')], total: 3 };
    const shared = shareUnchanged(before, after) as typeof before;
    expect(shared).not.toBe(before);
    expect(shared.inventories[0]).toBe(a);
    expect(shared.inventories[1]).toBe(c);
    expect(shared.inventories[2]).toEqual(vm('d', 'web-04'));
  });

  it('gives a changed VM a new object, and only that one', () => {
    const a = vm('a', 'web-01');
    const before = { inventories: [a, vm('b', 'web-02')] };
    const after = { inventories: [vm('a', 'web-01'), vm('b', 'web-02', 1_800_000_000_000)] };
    const shared = shareUnchanged(before, after) as typeof before;
    expect(shared.inventories[0]).toBe(a);
    expect(shared.inventories[1]?.lastOpDate.ms).toBe(1_800_000_000_000);
  });

  it('notices a field that appears or goes', () => {
    const before: Record<string, unknown> = { uuid: 'a', name: 'x' };
    expect(shareUnchanged(before, { uuid: 'a', name: 'x', state: 'Running' })).not.toBe(before);
    expect(shareUnchanged(before, { uuid: 'a' })).not.toBe(before);
    expect(shareUnchanged({ uuid: 'a', name: undefined }, { uuid: 'a', other: undefined })).toEqual({
      uuid: 'a',
      other: undefined,
    });
  });
});
