// Deletion events: deletions across VMs, data volumes and images grouped into what one person did in one go, so a
// help desk sees "what else went at that time". Pure (no React, no requests): the view fetches the records.
//
// With the audit log, an event is one operator from one client address with no gap longer than `gapMinutes` between
// two of its deletions. Without it (an open-source node) ZStack records no deleter, so an event is one owning account
// with the same gap, and says so (`who.kind === 'account'`). A data volume deleted together with its VM has no
// audit row of its own (the VM's destroy deleted it): it joins its VM's event.
export type DeletedKind = 'vm' | 'volume' | 'image';

export interface DeletionRecord {
  kind: DeletedKind;
  uuid: string;
  name: string;
  /** When it was deleted, epoch ms (the audit row's time, else the resource's lastOpDate). */
  at: number;
  /** From the audit row; undefined without the audit log (or with no row). */
  operator?: string | undefined;
  clientIp?: string | undefined;
  /** The owning account's uuid or name: the grouping without the audit log. */
  account: string;
  /** A data volume deleted together with its VM: that VM's uuid. */
  withVm?: string | undefined;
  /** Where it is now. */
  state: 'deleted' | 'recovered' | 'expunged';
  /** When ZStack expunges it, epoch ms, while it is still deleted (undefined: never by itself). */
  expungeAt?: number | undefined;
}

export type EventWho =
  { kind: 'operator'; operator: string; clientIp: string } | { kind: 'account'; account: string };

export interface DeletionEvent {
  /** Stable for the same deletions: who, from where and the first deletion's second. */
  id: string;
  who: EventWho;
  first: number;
  last: number;
  /** Oldest first. */
  items: DeletionRecord[];
  counts: Record<DeletedKind, number>;
  recovered: number;
  expunged: number;
  /** The earliest expunge time of what is still deleted; undefined when nothing left expunges by itself. */
  deadline: number | undefined;
}

export const DEFAULT_GAP_MINUTES = 10;

function whoOf(r: DeletionRecord, audit: boolean): EventWho {
  return audit
    ? { kind: 'operator', operator: r.operator ?? '', clientIp: r.clientIp ?? '' }
    : { kind: 'account', account: r.account };
}

/** Who made a deletion, as a key: no EventWho per row. */
const keyOf = (r: DeletionRecord, audit: boolean) =>
  audit ? `op:${r.operator ?? ''}\u0000${r.clientIp ?? ''}` : `acct:${r.account}`;

/** URL-safe and readable: `alice_10.20.5.23_1733472000` or `account_<uuid>_1733472000`. */
export function eventId(who: EventWho, first: number): string {
  const parts =
    who.kind === 'operator' ? [who.operator || '-', who.clientIp || '-'] : ['account', who.account];
  const safe = parts.map((p) => p.replace(/[^\w.:-]/gu, (c) => `~${c.codePointAt(0)?.toString(16) ?? ''}~`));
  return [...safe, String(Math.floor(first / 1000))].join('_');
}

/**
 * `leaders` are the deletions that made the event (its own audit rows); `items` add the volumes that went with its
 * VMs. The id and the times come from the leaders only, so learning of a companion volume never changes the id.
 */
function summarize(who: EventWho, leaders: DeletionRecord[], items: DeletionRecord[]): DeletionEvent {
  // one pass each, no spreads: an event may be hundreds of deletions, and this runs on every chunk read
  const counts: Record<DeletedKind, number> = { vm: 0, volume: 0, image: 0 };
  let deadline: number | undefined;
  let recovered = 0;
  let expunged = 0;
  for (const i of items) {
    counts[i.kind] += 1;
    if (i.state === 'recovered') recovered += 1;
    else if (i.state === 'expunged') expunged += 1;
    else if (i.expungeAt !== undefined) deadline = Math.min(deadline ?? Infinity, i.expungeAt);
  }
  let first = Infinity;
  let last = -Infinity;
  for (const i of leaders) {
    if (i.at < first) first = i.at;
    if (i.at > last) last = i.at;
  }
  return { id: eventId(who, first), who, first, last, items, counts, recovered, expunged, deadline };
}

/** Groups deletions into events, newest first. `audit`: whether the node keeps the audit log. */
export function groupDeletions(
  records: readonly DeletionRecord[],
  options: { audit: boolean; gapMinutes?: number },
): DeletionEvent[] {
  const gap = (options.gapMinutes ?? DEFAULT_GAP_MINUTES) * 60_000;
  const vms = new Set<string>();
  for (const r of records) if (r.kind === 'vm') vms.add(r.uuid);
  // Volumes deleted with a VM that is here follow it; the others stand on their own.
  const followers = new Map<string, DeletionRecord[]>();
  const byWho = new Map<string, { who: EventWho; rows: DeletionRecord[] }>();
  for (const r of records) {
    if (r.kind === 'volume' && r.withVm && vms.has(r.withVm)) {
      const list = followers.get(r.withVm);
      if (list) list.push(r);
      else followers.set(r.withVm, [r]);
      continue;
    }
    const key = keyOf(r, options.audit);
    const entry = byWho.get(key);
    if (entry) entry.rows.push(r);
    else byWho.set(key, { who: whoOf(r, options.audit), rows: [r] });
  }
  const events: DeletionEvent[] = [];
  for (const { who, rows } of byWho.values()) {
    rows.sort((a, b) => a.at - b.at || (a.uuid < b.uuid ? -1 : 1));
    let start = 0;
    for (let i = 1; i <= rows.length; i += 1) {
      const r = rows[i];
      const prev = rows[i - 1];
      if (r && prev && r.at - prev.at <= gap) continue;
      events.push(eventOf(who, rows.slice(start, i), followers));
      start = i;
    }
  }
  return events.sort((a, b) => b.last - a.last || (a.id < b.id ? -1 : 1));
}

/** One run of deletions as an event: each VM followed by the volumes that went with it. */
function eventOf(
  who: EventWho,
  run: DeletionRecord[],
  followers: ReadonlyMap<string, readonly DeletionRecord[]>,
): DeletionEvent {
  const items: DeletionRecord[] = [];
  for (const r of run) {
    items.push(r);
    const went = r.kind === 'vm' ? followers.get(r.uuid) : undefined;
    if (went) for (const f of went) items.push(f);
  }
  return summarize(who, run, items);
}

/** Reads an id made by eventId back: who and the first deletion's second; `audit` says which kind of who it names. */
export function parseEventId(id: string, audit: boolean): { who: EventWho; firstSecond: number } | undefined {
  const parts = id.split('_');
  const second = Number(parts.at(-1));
  if (parts.length < 3 || !Number.isSafeInteger(second) || second < 0) return undefined;
  const decode = (p: string) =>
    p.replace(/~([0-9a-f]{1,6})~/gu, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
  const undash = (p: string) => (p === '-' ? '' : decode(p));
  if (!audit) {
    if (parts[0] !== 'account' || parts.length !== 3) return undefined;
    return { who: { kind: 'account', account: decode(parts[1] ?? '') }, firstSecond: second };
  }
  // an address has no underscore, an operator's name may: the address is the part before the second
  const operator = undash(parts.slice(0, -2).join('_'));
  return { who: { kind: 'operator', operator, clientIp: undash(parts.at(-2) ?? '') }, firstSecond: second };
}
