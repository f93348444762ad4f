// "Who deleted it": ZStack Cloud's audit log, where the node has one (docs/zstack-protocol.md#who-deleted-it).
// The server side is closed source: the query API and field names follow the SDK and are unconfirmed.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type AuditSupport, detectAudit, query } from '../zstack/endpoints.ts';
import { type Condition, inList } from '../zstack/query.ts';
import { breathe } from '../lib/main-thread.ts';
import { byList } from './batched-query.ts';
import { UUID_BATCH, volumeBinConditions } from './list-params.ts';
import { nodeLocalText } from './retention-window.ts';
import { type Api, scopeKey } from './session.ts';
import type { ServerTime } from '../zstack/dates.ts';
import type { ResourceKind, Volume } from '../zstack/inventories.ts';

/** The API that puts each kind in the recycle bin. */
export const DELETE_APIS: Record<ResourceKind, string> = {
  vm: 'org.zstack.header.vm.APIDestroyVmInstanceMsg',
  volume: 'org.zstack.header.volume.APIDeleteDataVolumeMsg',
  image: 'org.zstack.header.image.APIDeleteImageMsg',
};

export interface Deletion {
  operator: string | undefined;
  clientIp: string | undefined;
  at: Date | undefined;
  /** A data volume deleted by its VM's destroy: that VM, whose audit row is the record. */
  withVm?: { uuid: string; name: string | undefined };
}

/**
 * A data volume that may have gone with its VM: its last VM and when the volume last changed (epoch ms). ZStack's
 * destroy deletes the VM's data volumes inside the one DestroyVmInstance call (vm.dataVolume.deleteOnVmDestroy), so
 * the volume has no audit row of its own (docs/zstack-protocol.md#who-deleted-it).
 */
export interface Companion {
  uuid: string;
  vmUuid: string;
  at: number;
}

/** The deleted data volumes among `volumes` that have a last VM, as companions of that VM's destroy. */
export function volumeCompanions(
  volumes: readonly Volume[],
  toDate: (time: ServerTime | undefined) => Date | undefined,
): Companion[] {
  return volumes.flatMap((v) => {
    const at = toDate(v.lastOpDate)?.getTime();
    return v.status === 'Deleted' && v.lastVmInstanceUuid && at !== undefined
      ? [{ uuid: v.uuid, vmUuid: v.lastVmInstanceUuid, at }]
      : [];
  });
}

/** Who deleted a row: null while unknown yet, 'unknown' when the log has no record, 'hidden' when the caller's
 * account may not see the record (a normal account reads only its own operations). */
export type DeletionAnswer = Deletion | null | 'unknown' | 'hidden';

/** How far a volume's lastOpDate may lie outside its VM's destroy call and still count as part of it. */
const SAME_CALL_MS = 60_000;

interface Row extends Deletion {
  name: string | undefined;
  started: Date | undefined;
}

/** The latest delete of each of `uuids` by its kind's API, newest first. */
async function latestDeletes(
  api: Api,
  kind: ResourceKind,
  uuids: readonly string[],
  signal: AbortSignal,
): Promise<Map<string, Row>> {
  const found = new Map<string, Row>();
  const unique = [...new Set(uuids)];
  if (unique.length === 0) return found;
  const { inventories } = await query(
    api.client,
    'auditRecords',
    {
      conditions: [inList('resourceUuid', unique), inList('apiName', [DELETE_APIS[kind]])],
      sort: { field: 'createTime', direction: 'desc' },
      limit: unique.length * 3,
    },
    signal,
  );
  for (const r of inventories) {
    if (!r.resourceUuid || found.has(r.resourceUuid)) continue; // newest first: keep the latest delete
    const at = epoch(r.createTime) ?? epoch(r.startTime);
    found.set(r.resourceUuid, {
      operator: r.operator,
      clientIp: r.clientIp,
      at,
      name: r.resourceName,
      started: epoch(r.startTime) ?? at,
    });
  }
  return found;
}

/**
 * A volume that changed at `at` (epoch ms) changed while its VM's destroy call ran, from `started` to `ended`, with
 * some slack for the two clocks: the destroy deleted it.
 */
function inDestroyCall(started: Date | undefined, ended: Date | undefined, at: number): boolean {
  if (!ended || !started) return false;
  return at >= started.getTime() - SAME_CALL_MS && at <= ended.getTime() + SAME_CALL_MS;
}

/** One VM destroy call, from its audit row: when it started and ended. */
export interface DestroyCall {
  started: Date | undefined;
  ended: Date | undefined;
}

/**
 * `lastOpDate` within [from, to] (epoch ms, widened to whole seconds): the column holds the node's local time to the
 * second (docs/zstack-protocol.md#date-conditions).
 */
export function lastOpBetween(from: number, to: number, offsetMinutes: number): Condition[] {
  return [
    { field: 'lastOpDate', op: '>=', value: nodeLocalText(from, offsetMinutes) },
    { field: 'lastOpDate', op: '<=', value: nodeLocalText(to + 999, offsetMinutes) },
  ];
}

/** The most rows the window query below reads; a fuller window falls back to the batched queries. */
const WINDOW_ROWS = 1000;

/**
 * The deleted data volumes that changed while any of `calls` ran, in one query, when there are more VMs than one
 * `lastVmInstanceUuid?=` batch holds (an events page names hundreds): a superset that the caller narrows to each
 * volume's own VM and call. Undefined when the window holds too many rows to be sure of having them all.
 */
async function inCallsWindow(
  api: Api,
  calls: readonly DestroyCall[],
  fields: readonly string[],
  offsetMinutes: number,
  signal: AbortSignal | undefined,
) {
  const starts = calls.flatMap((c) => (c.started && c.ended ? [c.started.getTime()] : []));
  const ends = calls.flatMap((c) => (c.started && c.ended ? [c.ended.getTime()] : []));
  if (starts.length === 0) return [];
  const from = Math.min(...starts) - SAME_CALL_MS;
  const to = Math.max(...ends) + SAME_CALL_MS;
  const conditions = [...volumeBinConditions(''), ...lastOpBetween(from, to, offsetMinutes)];
  const spec = { conditions, fields, limit: WINDOW_ROWS };
  // up to a thousand rows: parsed in slices (lib/main-thread.ts)
  const r = await query(api.client, 'volumes', spec, signal, breathe);
  return r.inventories.length < WINDOW_ROWS ? r.inventories : undefined;
}

/**
 * The data volumes in the bin that went with these VMs' destroys (`calls`: by VM uuid), each with the call it fell
 * in: deleted while that call ran, their last VM being the destroyed one. One query: batched by
 * lastVmInstanceUuid, or for more VMs than a batch, by the time the calls ran. Light: uuids only unless `names`.
 */
export async function deletedWithVms<C extends DestroyCall>(
  api: Api,
  calls: ReadonlyMap<string, readonly C[]>,
  offsetMinutes: number,
  signal: AbortSignal | undefined,
  names = false,
): Promise<{ uuid: string; name: string | undefined; at: number; call: C }[]> {
  const fields = ['uuid', 'lastVmInstanceUuid', 'lastOpDate', ...(names ? ['name'] : [])];
  const windowed =
    calls.size > UUID_BATCH
      ? await inCallsWindow(api, [...calls.values()].flat(), fields, offsetMinutes, signal)
      : undefined;
  const volumes =
    windowed ??
    (await byList(
      api.client,
      'volumes',
      'lastVmInstanceUuid',
      [...calls.keys()],
      { conditions: volumeBinConditions(''), fields },
      signal,
    ));
  return volumes.flatMap((v) => {
    const at = v.lastOpDate?.toDate(offsetMinutes)?.getTime();
    if (at === undefined) return [];
    const call = calls.get(v.lastVmInstanceUuid ?? '')?.find((c) => inDestroyCall(c.started, c.ended, at));
    return call ? [{ uuid: v.uuid, name: v.name, at, call }] : [];
  });
}

/** A time the audit log sent (ms, as a number or as text), as epoch ms; no Date, for the 2,000-row chunks. */
export function epochMs(value: number | string | undefined): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  // a Date's own range and whole milliseconds, as new Date(n).getTime() would read it
  return n !== undefined && Number.isFinite(n) && n > 0 && n <= 8.64e15 ? Math.trunc(n) : undefined;
}

export function epoch(value: number | string | undefined): Date | undefined {
  const ms = epochMs(value);
  return ms === undefined ? undefined : new Date(ms);
}

export const auditQueries = {
  /** Detected once per session; a probe that got no real answer (a proxy error) is retried, never cached. */
  support: (api: Api) =>
    queryOptions({
      queryKey: [...scopeKey(api), 'audit', 'support'] as const,
      queryFn: ({ signal }) => detectAudit(api.client, signal),
      staleTime: Infinity,
      gcTime: Infinity,
    }),
  /** The latest delete of each resource on a page: one query for the whole page, never one per row. */
  deletions: (
    api: Api,
    kind: ResourceKind,
    uuids: readonly string[],
    companions: readonly Companion[] = [],
  ) =>
    queryOptions({
      queryKey: [...scopeKey(api), 'audit', kind, uuids, companions] as const,
      queryFn: async ({ signal }) => {
        const found = await latestDeletes(api, kind, uuids, signal);
        const orphans = companions.filter((c) => !found.has(c.uuid) && uuids.includes(c.uuid));
        if (orphans.length === 0) return found;
        // One more query for the page: the destroy of each orphan's last VM.
        const destroys = await latestDeletes(
          api,
          'vm',
          orphans.map((c) => c.vmUuid),
          signal,
        );
        for (const c of orphans) {
          const vm = destroys.get(c.vmUuid);
          if (vm && inDestroyCall(vm.started, vm.at, c.at))
            found.set(c.uuid, { ...vm, withVm: { uuid: c.vmUuid, name: vm.name } });
        }
        return found;
      },
      staleTime: 60_000,
    }),
};

export interface Deletions {
  /** Undefined while the probe runs (or could not tell yet). */
  support: AuditSupport | undefined;
  /**
   * Who deleted `uuid`: null while unknown yet; when the log has no record, 'unknown' for the admin (who reads every
   * row) and 'hidden' for a normal account, which reads only the rows of its own operations, so a row it cannot
   * find may be someone else's (docs/zstack-protocol.md#who-deleted-it). While a refreshed page's log loads, rows
   * that were on the last page keep their answer, so a refresh does not re-render them all.
   */
  of: (uuid: string) => DeletionAnswer;
  /**
   * Whether a list shows the "Deleted by" column: when the log is there, and while the probe runs, so that its
   * answer does not reflow a table already on screen (only an edition without the log loses the column then).
   */
  column: boolean;
}

/**
 * Who deleted the resources on screen: one probe per session, then one batched query per page (two for data
 * volumes that went with their VM: `companions`).
 */
export function useDeletions(
  api: Api,
  kind: ResourceKind,
  uuids: readonly string[],
  /** The caller reads every audit row (the admin), or only its own operations' (a normal account). */
  admin: boolean,
  companions?: readonly Companion[],
): Deletions {
  const support = useQuery({ ...auditQueries.support(api), retry: 2 });
  const deletions = useQuery({
    ...auditQueries.deletions(api, kind, uuids, companions),
    enabled: support.data === 'present' && uuids.length > 0,
    placeholderData: keepPreviousData,
  });
  const { data, isPlaceholderData } = deletions;
  const missing = admin ? 'unknown' : 'hidden';
  const column = support.data === 'present' || support.isPending;
  // One object while nothing changed: the bins defer it (useDeferredValue), and a new object on every render would
  // schedule a background render of the page after each one.
  return useMemo(
    () => ({
      support: support.data,
      of: (uuid: string) => data?.get(uuid) ?? (data && !isPlaceholderData ? missing : null),
      column,
    }),
    [support.data, data, isPlaceholderData, missing, column],
  );
}
