// What every recycle-bin list shares: its URL state (search, sort, page) and searching by name or exact UUID.
import { query, type ResourceKind } from '../zstack/endpoints.ts';
import { type Condition, contains, eq, misreadOperator } from '../zstack/query.ts';
import type { Api } from './session.ts';

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
