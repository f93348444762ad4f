// "Who deleted it": ZStack Cloud's audit log, where the node has one (docs/zstack-protocol.md#who-deleted-it).
// The server side is closed source: the query API and field names follow the SDK and are unconfirmed.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { type AuditSupport, detectAudit, query } from '../zstack/endpoints.ts';
import { inList } from '../zstack/query.ts';
import { type Api, scopeKey } from './session.ts';
import type { ResourceKind } from '../zstack/inventories.ts';

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
}

function epoch(value: number | string | undefined): Date | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return n !== undefined && Number.isFinite(n) && n > 0 ? new Date(n) : undefined;
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
  deletions: (api: Api, kind: ResourceKind, uuids: readonly string[]) =>
    queryOptions({
      queryKey: [...scopeKey(api), 'audit', kind, uuids] as const,
      queryFn: async ({ signal }) => {
        const found = new Map<string, Deletion>();
        if (uuids.length === 0) return found;
        const { inventories } = await query(
          api.client,
          'auditRecords',
          {
            conditions: [inList('resourceUuid', uuids), inList('apiName', [DELETE_APIS[kind]])],
            sort: { field: 'createTime', direction: 'desc' },
            limit: uuids.length * 3,
          },
          signal,
        );
        for (const r of inventories) {
          if (!r.resourceUuid || found.has(r.resourceUuid)) continue; // newest first: keep the latest delete
          found.set(r.resourceUuid, {
            operator: r.operator,
            clientIp: r.clientIp,
            at: epoch(r.createTime) ?? epoch(r.startTime),
          });
        }
        return found;
      },
      staleTime: 60_000,
    }),
};

export interface Deletions {
  /** Undefined while the probe runs (or could not tell yet). */
  support: AuditSupport | undefined;
  /** The answer for exactly the uuids asked for; undefined while it loads. */
  byUuid: Map<string, Deletion> | undefined;
  /**
   * Who deleted `uuid`, for lists: null while unknown yet, 'unknown' when the log has no record. While a refreshed
   * page's log loads, rows that were on the last page keep their answer, so a refresh does not re-render them all.
   */
  of: (uuid: string) => Deletion | null | 'unknown';
  /**
   * Whether a list shows the "Deleted by" column: when the log is there, and while the probe runs, so that its
   * answer does not reflow a table already on screen (only an edition without the log loses the column then).
   */
  column: boolean;
}

/** Who deleted the resources on screen: one probe per session, then one batched query per page. */
export function useDeletions(api: Api, kind: ResourceKind, uuids: readonly string[]): Deletions {
  const support = useQuery({ ...auditQueries.support(api), retry: 2 });
  const deletions = useQuery({
    ...auditQueries.deletions(api, kind, uuids),
    enabled: support.data === 'present' && uuids.length > 0,
    placeholderData: keepPreviousData,
  });
  const { data, isPlaceholderData } = deletions;
  return {
    support: support.data,
    byUuid: isPlaceholderData ? undefined : data,
    of: (uuid) => data?.get(uuid) ?? (data && !isPlaceholderData ? 'unknown' : null),
    column: support.data === 'present' || support.isPending,
  };
}
