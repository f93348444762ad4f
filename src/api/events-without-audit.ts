// Deletion events on a node without the audit log (open-source ZStack): nothing records who deleted what, so an
// event is one owning account's deletions with no gap over the limit, read from the three bins themselves (their
// lastOpDate is the deletion time). Recovered and expunged items leave the bins without a trace, so these events
// hold only what is still deleted.
import { namesOf, query } from '../zstack/endpoints.ts';
import type { Image, ResourceKind } from '../zstack/inventories.ts';
import type { Condition } from '../zstack/query.ts';
import { dateConditions, NO_FILTERS } from './bin-filters.ts';
import { type DeletionEvent, type DeletionRecord, groupDeletions } from './deletion-events.ts';
import { expungeAt, type ResolveContext } from './event-items.ts';
import type { EventFilters, Viewer } from './event-filters.ts';
import { byList } from './batched-query.ts';
import { binConditions, deletedCopyTimes, resourceOf } from './retention.ts';
import { ADMIN_ACCOUNT_UUID } from './session.ts';

/** The most items read per bin. */
const CAP = 10_000;
const PAGE = 1000;
/** A data volume whose lastOpDate is this close to its last VM's went with that VM's destroy. */
const SAME_CALL_MS = 60_000;

interface Light {
  kind: ResourceKind;
  uuid: string;
  name: string | undefined;
  at: number | undefined;
  lastVm?: string | undefined;
}

function imageAt(i: Image, offset: number): number | undefined {
  const times = deletedCopyTimes(i, offset);
  return times.length > 0 ? Math.max(...times) : i.lastOpDate?.toDate(offset).getTime();
}

async function binPage(ctx: ResolveContext, kind: ResourceKind, conditions: Condition[], start: number) {
  const { api, offsetMinutes: offset, signal } = ctx;
  const spec = { conditions, start, limit: PAGE, replyWithCount: start === 0 };
  if (kind === 'image') {
    const r = await query(api.client, 'images', spec, signal);
    const rows = r.inventories.map((i): Light => ({
      kind,
      uuid: i.uuid,
      name: i.name,
      at: imageAt(i, offset),
    }));
    return { rows, total: r.total };
  }
  const fields = ['uuid', 'name', 'lastOpDate', ...(kind === 'volume' ? ['lastVmInstanceUuid'] : [])];
  const r = await query(api.client, resourceOf(kind), { ...spec, fields }, signal);
  const rows = r.inventories.map((v): Light => ({
    kind,
    uuid: v.uuid,
    name: v.name,
    at: v.lastOpDate?.toDate(offset).getTime(),
    lastVm: 'lastVmInstanceUuid' in v ? v.lastVmInstanceUuid : undefined,
  }));
  return { rows, total: r.total };
}

/** Everything in one bin within the days, light: the first page tells the total, the rest come at once. */
async function wholeBin(ctx: ResolveContext, kind: ResourceKind, f: EventFilters): Promise<Light[]> {
  const days = dateConditions(kind, { ...NO_FILTERS, from: f.from, to: f.to }, ctx.offsetMinutes);
  const conditions = [...binConditions(kind), ...days];
  const first = await binPage(ctx, kind, conditions, 0);
  const total = Math.min(first.total ?? first.rows.length, CAP);
  const starts: number[] = [];
  for (let s = PAGE; s < total; s += PAGE) starts.push(s);
  const rest = await Promise.all(starts.map((s) => binPage(ctx, kind, conditions, s)));
  return [first, ...rest].flatMap((p) => p.rows);
}

/** The owning account of each resource (uuid -> account uuid): ZStack keeps no record for the admin's own. */
async function ownerUuids(ctx: ResolveContext, uuids: readonly string[]): Promise<Map<string, string>> {
  const refs = await byList(
    ctx.api.client,
    'accountRefs',
    'resourceUuid',
    uuids,
    { fields: ['resourceUuid', 'ownerAccountUuid', 'accountUuid'] },
    ctx.signal,
  );
  return new Map(refs.map((r) => [r.resourceUuid, r.ownerAccountUuid ?? r.accountUuid ?? ''] as const));
}

/** Each resource's owning account by name (for the admin's view of one event). */
export async function ownersOf(ctx: ResolveContext, uuids: readonly string[]): Promise<Map<string, string>> {
  const owners = await ownerUuids(ctx, uuids);
  const names = await namesOf(ctx.api.client, 'accounts', [...owners.values()].filter(Boolean), ctx.signal);
  return new Map([...owners].map(([r, a]) => [r, names.get(a) ?? a]));
}

function toRecords(ctx: ResolveContext, rows: readonly Light[], owner: (uuid: string) => string | undefined) {
  const vmAt = new Map(rows.filter((r) => r.kind === 'vm').map((r) => [r.uuid, r.at ?? 0]));
  return rows.flatMap((r): DeletionRecord[] => {
    const account = owner(r.uuid);
    if (account === undefined || r.at === undefined) return [];
    const vm = r.lastVm === undefined ? undefined : vmAt.get(r.lastVm);
    const withVm = vm !== undefined && Math.abs(vm - r.at) <= SAME_CALL_MS ? r.lastVm : undefined;
    const record = { kind: r.kind, uuid: r.uuid, name: r.name ?? r.uuid, at: r.at, account, withVm };
    return [{ ...record, state: 'deleted', expungeAt: expungeAt(ctx, r.kind, r.at) }];
  });
}

/**
 * Every event by account within the days, newest first. The admin learns each item's owner (a resource with no
 * owner record is the admin's); a normal account's bins hold its own resources and the public images shared with
 * it, which are not its own and are left out.
 */
export async function accountEvents(
  ctx: ResolveContext,
  viewer: Viewer,
  f: EventFilters,
): Promise<{ events: DeletionEvent[]; accounts: Map<string, string> }> {
  const bins = await Promise.all((['vm', 'volume', 'image'] as const).map((k) => wholeBin(ctx, k, f)));
  const rows = bins.flat();
  const asked = viewer.isAdmin ? rows : rows.filter((r) => r.kind === 'image');
  const owners = await ownerUuids(
    ctx,
    asked.map((r) => r.uuid),
  );
  const images = new Set(rows.filter((r) => r.kind === 'image').map((r) => r.uuid));
  const owner = (uuid: string) => {
    const known = owners.get(uuid);
    if (viewer.isAdmin) return known || ADMIN_ACCOUNT_UUID;
    // a normal account: its own VMs and volumes; of the images it sees, only those it owns
    return !images.has(uuid) || known === viewer.accountUuid ? viewer.accountUuid : undefined;
  };
  const events = groupDeletions(toRecords(ctx, rows, owner), { audit: false, gapMinutes: f.gap });
  const ids = [...new Set(events.flatMap((e) => (e.who.kind === 'account' ? [e.who.account] : [])))];
  const accounts = await namesOf(ctx.api.client, 'accounts', ids, ctx.signal).catch(
    () => new Map<string, string>(),
  );
  return { events, accounts };
}
