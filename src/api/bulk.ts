// What a bulk action needs before it starts: every VM that matches (by pages, up to a cap), and what recovering
// them will do (how many accounts they belong to, how many detached data volumes will stay detached).
import { queryOptions } from '@tanstack/react-query';
import { query, type QueryResult } from '../zstack/endpoints.ts';
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

type Rows = { vm: 'vms'; volume: 'volumes'; image: 'images' };
/** A row of a bin's query. */
export type BinRow<R extends ResourceKind> = Awaited<
  ReturnType<typeof query<Rows[R]>>
>['inventories'][number];

/** How much of a bin to collect, and how. */
export interface Collect {
  /** The fields to ask for (lastOpDate among them), or undefined for the whole inventory. */
  fields: readonly string[] | undefined;
  cap: number;
  page: number;
  sort: { field: string; direction: 'asc' | 'desc' };
  onProgress?: (done: number, total: number) => void;
}

/**
 * Every row of `resource`'s bin that the view matches, at most `c.cap`, in `c.sort` order, and how many match.
 * Limited to an owner's or a deleter's uuids: each batch in full, then the newest first here.
 */
export async function collectBin<R extends ResourceKind>(
  api: Api,
  resource: R,
  view: BinView,
  c: Collect,
  signal?: AbortSignal,
): Promise<{ rows: BinRow<R>[]; total: number }> {
  const kind = BINS[resource].kind as Rows[R];
  const conditions = [
    ...BINS[resource].conditions(view.search),
    ...dateConditions(resource, view.filters, view.offsetMinutes),
  ];
  const ask = (spec: Parameters<typeof query>[2]): Promise<QueryResult<BinRow<R>>> =>
    query(api.client, kind, { ...spec, ...(c.fields ? { fields: c.fields } : {}) }, signal);
  const only = await allowedUuids(api, resource, view.filters, view.offsetMinutes, signal);
  if (only) {
    let done = 0;
    const found = await Promise.all(
      batches(only).map(async (batch) => {
        const page = await ask({ conditions: [...conditions, inList('uuid', batch)] });
        c.onProgress?.((done += page.inventories.length), only.length);
        return page.inventories;
      }),
    );
    const rows = found.flat().sort((a, b) => (b.lastOpDate?.ms ?? 0) - (a.lastOpDate?.ms ?? 0));
    return { rows: rows.slice(0, c.cap), total: rows.length };
  }
  const rows: BinRow<R>[] = [];
  let total = Infinity;
  for (let start = 0; start < Math.min(total, c.cap); start += c.page) {
    const page = await ask({
      conditions,
      start,
      limit: Math.min(c.page, c.cap - start),
      replyWithCount: true,
      sort: c.sort,
    });
    total = page.total ?? page.inventories.length;
    rows.push(...page.inventories);
    c.onProgress?.(rows.length, total);
    if (page.inventories.length === 0) break;
  }
  return { rows, total: Number.isFinite(total) ? total : rows.length };
}

/** Everything in a recycle bin matching its search and filters, newest deleted first, at most BULK_CAP. */
export async function matching(
  api: Api,
  resource: ResourceKind,
  view: BinView,
  signal?: AbortSignal,
): Promise<Matching> {
  const { rows, total } = await collectBin(
    api,
    resource,
    view,
    {
      fields: ['uuid', 'name', 'lastOpDate'],
      cap: BULK_CAP,
      page: PAGE,
      sort: { field: 'lastOpDate', direction: 'desc' },
    },
    signal,
  );
  return { items: rows.map(target), total };
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
