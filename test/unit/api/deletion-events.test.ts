import { describe, expect, it } from 'vitest';
import { type DeletionRecord, eventId, groupDeletions } from '../../../src/api/deletion-events.ts';

const T0 = Date.UTC(2026, 11, 6, 9, 0, 0);
const min = (n: number) => T0 + n * 60_000;

let seq = 0;
function rec(over: Partial<DeletionRecord> & Pick<DeletionRecord, 'at'>): DeletionRecord {
  seq += 1;
  return {
    kind: 'vm',
    uuid: `u${String(seq).padStart(3, '0')}`,
    name: `item-${seq}`,
    operator: 'ops-script',
    clientIp: '10.10.3.15',
    account: 'acct-x',
    state: 'deleted',
    expungeAt: over.at + 7 * 86_400_000,
    ...over,
  };
}

describe('groupDeletions with the audit log', () => {
  it('one operator from one address with no gap over 10 minutes is one event; a longer gap starts another', () => {
    const records = [rec({ at: min(0) }), rec({ at: min(9) }), rec({ at: min(19) }), rec({ at: min(30) })];
    const events = groupDeletions(records, { audit: true });
    // 0 → 9 → 19 (gaps 9 and 10: not over 10), then 30 (gap 11): two events, newest first
    expect(events.map((e) => e.items.length)).toEqual([1, 3]);
    expect(events[1]).toMatchObject({
      who: { kind: 'operator', operator: 'ops-script', clientIp: '10.10.3.15' },
      first: min(0),
      last: min(19),
    });
  });

  it('the gap can be changed', () => {
    const records = [rec({ at: min(0) }), rec({ at: min(4) }), rec({ at: min(8) })];
    expect(groupDeletions(records, { audit: true, gapMinutes: 3 })).toHaveLength(3);
    expect(groupDeletions(records, { audit: true, gapMinutes: 4 })).toHaveLength(1);
  });

  it('another operator, or the same operator from another address, is another event', () => {
    const records = [
      rec({ at: min(0) }),
      rec({ at: min(1), operator: 'alice', clientIp: '10.20.5.23' }),
      rec({ at: min(2), clientIp: '10.10.3.16' }),
      rec({ at: min(3) }),
    ];
    const events = groupDeletions(records, { audit: true });
    expect(events).toHaveLength(3);
    expect(
      events.find((e) => e.who.kind === 'operator' && e.who.clientIp === '10.10.3.15')?.items,
    ).toHaveLength(2);
  });

  it('a data volume deleted with its VM joins the VM’s event, even far from any other deletion', () => {
    const vm = rec({ at: min(0) });
    const other = rec({ at: min(60), operator: 'bob', clientIp: '10.0.0.9' });
    const volume = rec({
      kind: 'volume',
      at: min(45), // no audit row of its own: its time says nothing about who
      operator: undefined,
      clientIp: undefined,
      withVm: vm.uuid,
    });
    const events = groupDeletions([vm, other, volume], { audit: true });
    expect(events).toHaveLength(2);
    const ops = events.find((e) => e.items.some((i) => i.uuid === vm.uuid));
    expect(ops?.items.map((i) => i.uuid)).toEqual([vm.uuid, volume.uuid]);
    expect(ops?.counts).toEqual({ vm: 1, volume: 1, image: 0 });
  });

  it('a volume whose VM is not among the deletions stands on its own', () => {
    const volume = rec({ kind: 'volume', at: min(0), withVm: 'gone-vm' });
    expect(groupDeletions([volume], { audit: true })[0]?.items).toEqual([volume]);
  });

  it('counts per kind, recovered and expunged, and the deadline of what is left', () => {
    const records = [
      rec({ at: min(0), expungeAt: min(500) }),
      rec({ at: min(1), state: 'recovered', expungeAt: undefined }),
      rec({ kind: 'image', at: min(2), expungeAt: min(300) }),
      rec({ kind: 'volume', at: min(3), state: 'expunged', expungeAt: min(100) }),
    ];
    const [event] = groupDeletions(records, { audit: true });
    expect(event).toMatchObject({
      counts: { vm: 2, volume: 1, image: 1 },
      recovered: 1,
      expunged: 1,
      deadline: min(300), // the expunged volume's time no longer counts
    });
  });

  it('nothing left that expunges by itself: no deadline', () => {
    const [event] = groupDeletions([rec({ at: min(0), expungeAt: undefined })], { audit: true });
    expect(event?.deadline).toBeUndefined();
  });
});

describe('groupDeletions without the audit log', () => {
  it('groups by owning account with the same gap, labelled as an account', () => {
    const records = [
      rec({ at: min(0), operator: undefined, clientIp: undefined, account: 'alice' }),
      rec({ at: min(5), operator: undefined, clientIp: undefined, account: 'alice' }),
      rec({ at: min(6), operator: undefined, clientIp: undefined, account: 'bob' }),
      rec({ at: min(40), operator: undefined, clientIp: undefined, account: 'alice' }),
    ];
    const events = groupDeletions(records, { audit: false });
    expect(events.map((e) => [e.who, e.items.length])).toEqual([
      [{ kind: 'account', account: 'alice' }, 1],
      [{ kind: 'account', account: 'bob' }, 1],
      [{ kind: 'account', account: 'alice' }, 2],
    ]);
  });

  it('volumes deleted with their VM still join it', () => {
    const vm = rec({ at: min(0), operator: undefined, account: 'alice' });
    const volume = rec({
      kind: 'volume',
      at: min(30),
      operator: undefined,
      account: 'alice',
      withVm: vm.uuid,
    });
    const events = groupDeletions([vm, volume], { audit: false });
    expect(events).toHaveLength(1);
    expect(events[0]?.counts).toEqual({ vm: 1, volume: 1, image: 0 });
  });
});

describe('eventId', () => {
  it('is stable and URL-safe, from who, where and the first second', () => {
    const who = { kind: 'operator', operator: 'ops script/1', clientIp: '10.10.3.15' } as const;
    expect(eventId(who, T0 + 999)).toBe(eventId(who, T0));
    expect(eventId(who, T0)).toMatch(/^[\w.:~-]+$/u);
    expect(eventId(who, T0)).not.toBe(eventId({ ...who, clientIp: '10.10.3.16' }, T0));
    expect(encodeURIComponent(eventId(who, T0))).toBe(eventId(who, T0).replace(/:/gu, '%3A'));
  });
});
