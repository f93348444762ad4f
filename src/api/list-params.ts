// What every recycle-bin list shares: its URL state (search, sort, page) and searching by name or exact UUID.
import type { ServerTime } from '../zstack/dates.ts';
import { query, type QueryResult, type ResourceKind } from '../zstack/endpoints.ts';
import { type Condition, contains, eq, inList, misreadOperator } from '../zstack/query.ts';
import type { Api } from './session.ts';

/** A recycle bin's filters beyond the search (api/bin-filters.ts resolves them on the server). */
export interface BinFilters {
  /** The owning account's uuid, or ''. */
  owner: string;
  /** The audit log's operator name, or ''. */
  deleter: string;
  /** First and last day of deletion (yyyy-mm-dd, the browser's days), or ''. */
  from: string;
  to: string;
}

export const PAGE_SIZES = [20, 50, 100] as const;
/** The most one bulk action takes: beyond it, the user narrows the search. */
export const BULK_CAP = 1000;
export type PageSize = (typeof PAGE_SIZES)[number];

export interface ListParams<S extends string> {
  search: string;
  sort: S;
  dir: 'asc' | 'desc';
  /** 0-based. */
  page: number;
  pageSize: PageSize;
  filters: BinFilters;
}

const UUID = /^[0-9a-f]{32}$/iu;

export function isUuid(text: string): boolean {
  return UUID.test(text.trim());
}

/** An exact UUID, or part of a name (matched on the server, ignoring case as MySQL does). */
export function nameOrUuidCondition(text: string): Condition | undefined {
  const t = text.trim();
  if (!t) return undefined;
  return isUuid(t) ? eq('uuid', t.toLowerCase()) : contains('name', t);
}

/** The operator ZStack's parser would misread in a search condition (it has no escaping), if any. */
export function conditionMisread(condition: Condition | undefined): string | undefined {
  return condition ? misreadOperator(condition) : undefined;
}

/** One page of a recycle bin, sorted and counted on the server. */
export function pagedQuery<K extends ResourceKind, S extends string>(
  api: Api,
  kind: K,
  conditions: readonly Condition[],
  params: ListParams<S>,
  signal: AbortSignal,
) {
  return query(
    api.client,
    kind,
    {
      conditions,
      start: params.page * params.pageSize,
      limit: params.pageSize,
      replyWithCount: true,
      sort: { field: params.sort, direction: params.dir },
    },
    signal,
  );
}

/** uuids per `?=` condition: keeps each URL well under proxies' 8 kB header limits. */
export const UUID_BATCH = 100;

export function batches<T>(all: readonly T[], size = UUID_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < all.length; i += size) out.push(all.slice(i, i + size));
  return out;
}

/** What the bins sort by, as read from a row. */
interface SortableRow {
  uuid: string;
  name?: string | undefined;
  lastOpDate?: ServerTime | undefined;
  cpuNum?: number | undefined;
  memorySize?: number | undefined;
  size?: number | undefined;
}

function sortKey(row: SortableRow, field: string): string | number {
  if (field === 'name') return (row.name ?? '').toLowerCase();
  if (field === 'lastOpDate') return row.lastOpDate?.ms ?? 0;
  if (field === 'cpuNum') return row.cpuNum ?? 0;
  if (field === 'memorySize') return row.memorySize ?? 0;
  return field === 'size' ? (row.size ?? 0) : 0;
}

/**
 * One page of a bin limited to `only` (the uuids an owner or deleter filter allows). Up to one batch, the server
 * pages it. Beyond, each batch's matching rows come back with just their uuid and sort field, are merged here in
 * the server's order (uuid breaks ties), and the page's rows are then fetched in full: a page costs one light
 * request per batch plus one.
 */
export async function scopedPage<K extends 'vms' | 'volumes' | 'images', S extends string>(
  api: Api,
  kind: K,
  conditions: readonly Condition[],
  only: readonly string[] | undefined,
  params: ListParams<S>,
  signal: AbortSignal,
): Promise<QueryResult<Awaited<ReturnType<typeof query<K>>>['inventories'][number]>> {
  if (only === undefined) return pagedQuery(api, kind, conditions, params, signal);
  if (only.length === 0) return { inventories: [], total: 0 };
  if (only.length <= UUID_BATCH)
    return pagedQuery(api, kind, [...conditions, inList('uuid', only)], params, signal);
  const light = await Promise.all(
    batches(only).map((batch) =>
      query(
        api.client,
        kind,
        {
          conditions: [...conditions, inList('uuid', batch)],
          fields: ['uuid', params.sort],
          limit: UUID_BATCH,
        },
        signal,
      ),
    ),
  );
  const rows: SortableRow[] = light.flatMap((r) => r.inventories);
  const sign = params.dir === 'asc' ? 1 : -1;
  rows.sort((a, b) => {
    const [x, y] = [sortKey(a, params.sort), sortKey(b, params.sort)];
    return x < y ? -sign : x > y ? sign : a.uuid < b.uuid ? -1 : 1;
  });
  const start = params.page * params.pageSize;
  const page = rows.slice(start, start + params.pageSize).map((r) => r.uuid);
  if (page.length === 0) return { inventories: [], total: rows.length };
  const full = await query(
    api.client,
    kind,
    { conditions: [...conditions, inList('uuid', page)], limit: page.length },
    signal,
  );
  const at = new Map(page.map((uuid, i) => [uuid, i]));
  const inventories = full.inventories.sort((a, b) => (at.get(a.uuid) ?? 0) - (at.get(b.uuid) ?? 0));
  return { inventories, total: rows.length };
}

/**
 * Deleted data volumes only: a Destroyed VM's root volume is Deleted too, but it comes back with its VM, and
 * RecoverDataVolume would flip it to Ready while its VM stays Destroyed.
 */
export function volumeBinConditions(search: string) {
  const s = nameOrUuidCondition(search);
  return [eq('status', 'Deleted'), eq('type', 'Data'), ...(s ? [s] : [])];
}
