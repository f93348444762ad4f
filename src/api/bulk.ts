// What a bulk action needs before it starts: every VM that matches (by pages, up to a cap), and what recovering
// them will do (how many accounts they belong to, how many detached data volumes will stay detached).
import { queryOptions } from '@tanstack/react-query';
import { query } from '../zstack/endpoints.ts';
import { eq, inList, isNull } from '../zstack/query.ts';
import { allowedUuids, dateConditions } from './bin-filters.ts';
import { batches, type BinFilters, BULK_CAP, volumeBinConditions } from './list-params.ts';
import type { Api } from './session.ts';
import { imageBinConditions } from './images.ts';
import { recycleBinConditions } from './vms.ts';
import type { ResourceKind } from '../zstack/inventories.ts';
import { kindKey } from './keys.ts';

/** What each recycle bin lists, as the query API sees it. */
export const BINS = {
  vm: { kind: 'vms', conditions: recycleBinConditions },
  volume: { kind: 'volumes', conditions: volumeBinConditions },
  image: { kind: 'images', conditions: imageBinConditions },
} as const;

export { BULK_CAP } from './list-params.ts';
const PAGE = 200;

export interface BulkTarget {
  uuid: string;
  name: string;
}

export interface Matching {
  items: BulkTarget[];
  /** All that match on the server, which may be more than the cap. */
  total: number;
}

/** What the bin shows: its search and filters, the dates read on the node's clock. */
export interface BinView {
  search: string;
  filters: BinFilters;
  offsetMinutes: number;
}

const target = (r: { uuid: string; name?: string | undefined }) => ({ uuid: r.uuid, name: r.name ?? r.uuid });

/** Everything in a recycle bin matching its search and filters, newest deleted first, at most BULK_CAP. */
export async function matching(
  api: Api,
  resource: ResourceKind,
  view: BinView,
  signal?: AbortSignal,
): Promise<Matching> {
  const bin = BINS[resource];
  const conditions = [
    ...bin.conditions(view.search),
    ...dateConditions(resource, view.filters, view.offsetMinutes),
  ];
  const only = await allowedUuids(api, resource, view.filters, view.offsetMinutes, signal);
  if (only) {
    // Limited to an owner's or a deleter's uuids: each batch in full, then the newest first here.
    const found = await Promise.all(
      batches(only).map((batch) =>
        query(
          api.client,
          bin.kind,
          { conditions: [...conditions, inList('uuid', batch)], fields: ['uuid', 'name', 'lastOpDate'] },
          signal,
        ),
      ),
    );
    const rows = found.flatMap((r) => r.inventories);
    rows.sort((a, b) => (b.lastOpDate?.ms ?? 0) - (a.lastOpDate?.ms ?? 0));
    return { items: rows.slice(0, BULK_CAP).map(target), total: rows.length };
  }
  const items: BulkTarget[] = [];
  let total = Infinity;
  for (let start = 0; start < Math.min(total, BULK_CAP); start += PAGE) {
    const page = await query(
      api.client,
      bin.kind,
      {
        conditions,
        fields: ['uuid', 'name'],
        start,
        limit: Math.min(PAGE, BULK_CAP - start),
        replyWithCount: true,
        sort: { field: 'lastOpDate', direction: 'desc' },
      },
      signal,
    );
    total = page.total ?? page.inventories.length;
    items.push(...page.inventories.map(target));
    if (page.inventories.length === 0) break;
  }
  return { items, total: Number.isFinite(total) ? total : items.length };
}

export interface BulkPreview {
  accounts: number;
  detachedVolumes: number;
}

export const bulkQueries = {
  preview: (api: Api, uuids: readonly string[]) =>
    queryOptions({
      queryKey: [...kindKey(api, 'vm'), 'bulk-preview', [...uuids].sort()] as const,
      queryFn: async ({ signal }): Promise<BulkPreview> => {
        const owners = new Set<string>();
        let detachedVolumes = 0;
        for (const batch of batches(uuids)) {
          const [refs, volumes] = await Promise.all([
            query(api.client, 'accountRefs', { conditions: [inList('resourceUuid', batch)] }, signal),
            query(
              api.client,
              'volumes',
              {
                conditions: [
                  inList('lastVmInstanceUuid', batch),
                  eq('type', 'Data'),
                  inList('status', ['Ready', 'NotInstantiated']),
                  isNull('vmInstanceUuid'),
                ],
                count: true,
              },
              signal,
            ),
          ]);
          for (const r of refs.inventories) owners.add(r.ownerAccountUuid ?? r.accountUuid ?? '');
          detachedVolumes += volumes.total ?? 0;
        }
        owners.delete('');
        return { accounts: Math.max(owners.size, uuids.length > 0 ? 1 : 0), detachedVolumes };
      },
      staleTime: 30_000,
    }),
};
