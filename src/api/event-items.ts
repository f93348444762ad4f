// Where each item of a deletion event is now, asked of the node in a few batched queries (docs/zstack-protocol.md#deletion-events).
//
// What the node can tell cheaply: a `uuid?=` query per kind (100 uuids a request, no state condition) returns the
// rows that still exist, with their state. Still Destroyed / Deleted: in the bin (its expunge clock is lastOpDate);
// any other state: recovered; no row: expunged (by hand or by the expunge task, which leaves no audit row). A uuid
// the log shows deleted again later was recovered in between. A data volume deleted by its VM's destroy has no audit
// row: it is found by `lastVmInstanceUuid?=` among the Deleted data volumes, when its lastOpDate falls within that
// destroy call. Once such a volume is recovered or expunged the node keeps no link from it to that destroy, so an
// event lists its companion volumes only while they are in the bin. Past one batch of uuids, both are read from the
// bin by the time the rows span (`lastOpDate` between), one query each, and only what is not found there by uuid.
import { breathe } from '../lib/main-thread.ts';
import { query } from '../zstack/endpoints.ts';
import type { Image, ResourceKind } from '../zstack/inventories.ts';
import { type Condition, eq, inList } from '../zstack/query.ts';
import type { DeletionRecord } from './deletion-events.ts';
import { deletedWithVms, lastOpBetween } from './audit.ts';
import { batches, UUID_BATCH } from './list-params.ts';
import type { Retentions } from './retention.ts';
import { deletedCopyTimes } from './retention.ts';
import { expungeWindow } from './retention-window.ts';
import type { Api } from './session.ts';

export interface NowState {
  name: string | undefined;
  deleted: boolean;
  /** When its expunge clock started (node ms), while deleted. */
  clockStart: number | undefined;
}

export interface ResolveContext {
  api: Api;
  retentions: Retentions;
  offsetMinutes: number;
  signal: AbortSignal;
}

function imageNow(i: Image, offset: number): NowState {
  const times = deletedCopyTimes(i, offset);
  const deleted = i.status === 'Deleted' || times.length > 0;
  return { name: i.name, deleted, clockStart: times.length > 0 ? Math.max(...times) : undefined };
}

/** Where the found rows of a VM or volume query are now (fields: uuid, name, state or status, lastOpDate). */
async function nowOfRows(
  ctx: ResolveContext,
  kind: 'vm' | 'volume',
  conditions: readonly Condition[],
  limit: number,
) {
  const { api, offsetMinutes: offset, signal } = ctx;
  const fields = ['uuid', 'name', kind === 'vm' ? 'state' : 'status', 'lastOpDate'];
  const spec = { conditions, fields, limit };
  // a bin window asks for up to twice a page's uuids: parsed in slices (lib/main-thread.ts)
  const rows =
    kind === 'vm'
      ? (await query(api.client, 'vms', spec, signal, breathe)).inventories.map((r) => ({
          ...r,
          gone: r.state === 'Destroyed',
        }))
      : (await query(api.client, 'volumes', spec, signal, breathe)).inventories.map((r) => ({
          ...r,
          gone: r.status === 'Deleted',
        }));
  const found = new Map<string, NowState>();
  for (const row of rows)
    found.set(row.uuid, {
      name: row.name,
      deleted: row.gone,
      clockStart: row.gone ? row.lastOpDate?.toDate(offset).getTime() : undefined,
    });
  return { found, full: rows.length === limit };
}

async function nowOfBatch(ctx: ResolveContext, kind: ResourceKind, uuids: string[]) {
  const conditions = [inList('uuid', uuids)];
  if (kind !== 'image') return (await nowOfRows(ctx, kind, conditions, uuids.length)).found;
  // an image's copies (backupStorageRefs) are not a field `fields=` can pick: the whole inventory
  const found = new Map<string, NowState>();
  const r = await query(ctx.api.client, 'images', { conditions, limit: uuids.length }, ctx.signal);
  for (const i of r.inventories) found.set(i.uuid, imageNow(i, ctx.offsetMinutes));
  return found;
}

/** When the rows being resolved were written (epoch ms): a deleted item's clock started then. */
export interface Span {
  from: number;
  to: number;
}

/** How far a deleted item's lastOpDate may lie from its audit row and still be looked for in the span. */
const SPAN_SLACK_MS = 60_000;

/**
 * Where each of `uuids` of one kind is now. Past one batch (an events page names hundreds of VMs), the kind's bin
 * is read once for the span of the rows: an item found there is still deleted, with its clock; only those not found
 * (recovered, expunged, or touched since) are then asked by uuid. The answer is the same as the batches alone.
 */
async function nowOfKind(
  ctx: ResolveContext,
  kind: ResourceKind,
  uuids: readonly string[],
  span: Span | undefined,
) {
  if (kind === 'image' || !span || uuids.length <= UUID_BATCH)
    return (await Promise.all(batches([...uuids]).map((b) => nowOfBatch(ctx, kind, b)))).flatMap((m) => [
      ...m,
    ]);
  const wanted = new Set(uuids);
  const bin = kind === 'vm' ? eq('state', 'Destroyed') : eq('status', 'Deleted');
  const window = lastOpBetween(span.from - SPAN_SLACK_MS, span.to + SPAN_SLACK_MS, ctx.offsetMinutes);
  // twice what is wanted: enough unless many others deleted in the same span; then the batches do the rest
  const { found } = await nowOfRows(ctx, kind, [bin, ...window], 2 * uuids.length);
  const inBin = [...found].filter(([uuid]) => wanted.has(uuid));
  const rest = uuids.filter((u) => !found.has(u));
  const more = await Promise.all(batches(rest).map((b) => nowOfBatch(ctx, kind, b)));
  return [...inBin, ...more.flatMap((m) => [...m])];
}

/** Where each of `uuids` is now, by kind. */
async function nowOf(
  ctx: ResolveContext,
  uuids: Record<ResourceKind, readonly string[]>,
  span: Span | undefined,
): Promise<Map<string, NowState>> {
  const kinds = ['vm', 'volume', 'image'] as const;
  const all = await Promise.all(kinds.map((kind) => nowOfKind(ctx, kind, [...new Set(uuids[kind])], span)));
  return new Map(all.flat());
}

export function expungeAt(ctx: ResolveContext, kind: ResourceKind, clockStart: number | undefined) {
  const w = expungeWindow(clockStart, ctx.retentions[kind], 0);
  return w.kind === 'scheduled' ? w.from : undefined;
}

/** The audit row of a VM's destroy: when the call started and ended (ms). */
export interface CallWindow {
  started: number;
  at: number;
}

/** The Deleted data volumes that went with these VMs' destroys, as records of those events. */
async function companions(
  ctx: ResolveContext,
  vms: ReadonlyMap<string, DeletionRecord & CallWindow>,
): Promise<DeletionRecord[]> {
  const calls = new Map(
    [...vms].map(([uuid, vm]) => [uuid, [{ started: new Date(vm.started), ended: new Date(vm.at), vm }]]),
  );
  const volumes = await deletedWithVms(ctx.api, calls, ctx.offsetMinutes, ctx.signal, true);
  return volumes.map(({ uuid, name, at, call: { vm } }) => ({
    operator: vm.operator,
    clientIp: vm.clientIp,
    account: vm.account,
    kind: 'volume',
    uuid,
    name: name ?? uuid,
    at,
    withVm: vm.uuid,
    state: 'deleted',
    expungeAt: expungeAt(ctx, 'volume', at),
  }));
}

/**
 * The records of some events' audit rows, each with where it is now, plus the data volumes that went with their
 * VMs. `latest`: the latest deletion time the log shows for each uuid (an older one was recovered since).
 */
export async function resolveRecords(
  ctx: ResolveContext,
  records: readonly (DeletionRecord & CallWindow)[],
  latest: ReadonlyMap<string, number>,
): Promise<DeletionRecord[]> {
  const uuids = { vm: [] as string[], volume: [] as string[], image: [] as string[] };
  for (const r of records) uuids[r.kind].push(r.uuid);
  const vms = new Map(records.filter((r) => r.kind === 'vm').map((r) => [r.uuid, r]));
  const span: Span | undefined =
    records.length > 0
      ? { from: Math.min(...records.map((r) => r.started)), to: Math.max(...records.map((r) => r.at)) }
      : undefined;
  // the companions' query first: a reload sends the page's first few GETs early (lib/early-requests.ts), and it
  // is the costliest to wait for
  const [withVms, now] = await Promise.all([companions(ctx, vms), nowOf(ctx, uuids, span)]);
  const own = new Set(records.map((r) => r.uuid));
  const resolved = records.map((r): DeletionRecord => {
    const record: DeletionRecord = {
      kind: r.kind,
      uuid: r.uuid,
      name: r.name,
      at: r.at,
      operator: r.operator,
      clientIp: r.clientIp,
      account: r.account,
      state: r.state,
    };
    const n = now.get(r.uuid);
    if ((latest.get(r.uuid) ?? r.at) > r.at) return { ...record, state: 'recovered', expungeAt: undefined };
    if (!n) return { ...record, state: 'expunged', expungeAt: undefined };
    const name = n.name ?? r.name;
    if (!n.deleted) return { ...record, name, state: 'recovered', expungeAt: undefined };
    return { ...record, name, state: 'deleted', expungeAt: expungeAt(ctx, r.kind, n.clockStart) };
  });
  return [...resolved, ...withVms.filter((v) => !own.has(v.uuid))];
}
