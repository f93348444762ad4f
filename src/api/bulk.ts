// What a bulk action needs before it starts: every VM that matches (by pages, up to a cap), and what recovering
// them will do (how many accounts they belong to, how many detached data volumes will stay detached).
import { queryOptions } from '@tanstack/react-query';
import { query } from '../zstack/endpoints.ts';
import { eq, inList, isNull } from '../zstack/query.ts';
import { BULK_CAP } from './list-params.ts';
import { type Api, scopeKey } from './session.ts';
import { imageBinConditions } from './images.ts';
import { volumeBinConditions } from './volumes.ts';
import { recycleBinConditions } from './vms.ts';
import type { ResourceKind } from '../zstack/inventories.ts';

/** What each recycle bin lists, as the query API sees it. */
const BINS = {
  vm: { kind: 'vms', conditions: recycleBinConditions },
  volume: { kind: 'volumes', conditions: volumeBinConditions },
  image: { kind: 'images', conditions: imageBinConditions },
} as const;

export { BULK_CAP } from './list-params.ts';
const PAGE = 200;
/** uuids per `?=` condition: keeps each URL well under proxies' 8 kB header limits. */
const BATCH = 100;

export interface BulkTarget {
  uuid: string;
  name: string;
}

export interface Matching {
  items: BulkTarget[];
  /** All that match on the server, which may be more than the cap. */
  total: number;
}

/** Everything in a recycle bin matching `search`, newest deleted first, fetched by pages, at most BULK_CAP. */
export async function matching(
  api: Api,
  resource: ResourceKind,
  search: string,
  signal?: AbortSignal,
): Promise<Matching> {
  const bin = BINS[resource];
  const items: BulkTarget[] = [];
  let total = Infinity;
  for (let start = 0; start < Math.min(total, BULK_CAP); start += PAGE) {
    const page = await query(
      api.client,
      bin.kind,
      {
        conditions: bin.conditions(search),
        fields: ['uuid', 'name'],
        start,
        limit: Math.min(PAGE, BULK_CAP - start),
        replyWithCount: true,
        sort: { field: 'lastOpDate', direction: 'desc' },
      },
      signal,
    );
    total = page.total ?? page.inventories.length;
    items.push(...page.inventories.map((r) => ({ uuid: r.uuid, name: r.name ?? r.uuid })));
    if (page.inventories.length === 0) break;
  }
  return { items, total: Number.isFinite(total) ? total : items.length };
}

function batches<T>(all: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < all.length; i += BATCH) out.push(all.slice(i, i + BATCH));
  return out;
}

export interface BulkPreview {
  accounts: number;
  detachedVolumes: number;
}

export const bulkQueries = {
  preview: (api: Api, uuids: readonly string[]) =>
    queryOptions({
      queryKey: [...scopeKey(api), 'vms', 'bulk-preview', [...uuids].sort()] as const,
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
