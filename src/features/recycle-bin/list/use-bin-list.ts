// What every recycle-bin list does the same way: URL state, a search box that follows the URL and updates it after
// a pause, the page of rows (the previous one stays while the next loads), snapping back from a page past the end,
// owners for admins, the expunge policy of its kind, who deleted each row, the clock of the countdowns, and the
// selection for bulk actions. Each bin (VMs, data volumes, images) is this hook plus its own columns and dialogs.
import { type QueryKey, type UseQueryOptions, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { type Companion, useDeletions } from '../../../api/audit.ts';
import { isFiltered } from '../../../api/bin-filters.ts';
import { useAnswer } from '../../../api/use-answer.ts';
import type { ListParams } from '../../../api/list-params.ts';
import type { ResourceKind } from '../../../zstack/inventories.ts';
import { useNodeNow } from '../../../api/node-clock.ts';
import { ownerOf, ownerQueries } from '../../../api/resources.ts';
import { retentionQueries } from '../../../api/retention.ts';
import { usePause } from '../../../api/retention-pause.ts';
import { type Api, useServerDate, useSession } from '../../../api/session.ts';
import type { ServerTime } from '../../../zstack/dates.ts';
import type { QueryResult } from '../../../zstack/endpoints.ts';
import { useListParams } from './use-list-params.ts';
import { useSelection } from './use-selection.ts';

/** How often a recycle-bin list refreshes while its tab is visible. */
const REFRESH_MS = 30_000;
const DEBOUNCE_MS = 300;
/** The countdowns count in minutes. */
const CLOCK_MS = 60_000;

/** What the list hook reads of the kind's query factory (api/bin-queries.ts). */
interface BinQueries<S extends string, T, K extends QueryKey> {
  kind: ResourceKind;
  sortFields: readonly S[];
  list: (
    api: Api,
    params: ListParams<S>,
    offsetMinutes: number,
  ) => UseQueryOptions<QueryResult<T>, Error, QueryResult<T>, K>;
}

export interface BinListSpec<S extends string, T extends { uuid: string }, K extends QueryKey> {
  queries: BinQueries<S, T, K>;
  defaults: ListParams<S>;
  /** The operator ZStack would misread in this search text, if any. */
  misread: (text: string) => string | undefined;
  /** Rows that may have been deleted by another resource's delete (data volumes with their VM). */
  companions?: (
    rows: readonly T[],
    toDate: (time: ServerTime | undefined) => Date | undefined,
  ) => Companion[];
}

export type BinList<S extends string, T extends { uuid: string }> = ReturnType<
  typeof useBinList<S, T, QueryKey>
>;

/** The search box's text: follows the URL, and writes itself there after a pause unless ZStack would misread it. */
function useSearchText<S extends string>(
  params: ListParams<S>,
  update: (change: Partial<ListParams<S>>, options?: { replace?: boolean }) => void,
  misreadOf: (text: string) => string | undefined,
) {
  const [text, setText] = useState(params.search);
  // The URL can change under us (back/forward, a pasted link): the box follows it. Our own write does not move the
  // box: on a slow PC keys typed after the pause, before the URL has changed, would be lost.
  const [syncedSearch, setSyncedSearch] = useState(params.search);
  const [written, setWritten] = useState<string | undefined>(undefined);
  if (syncedSearch !== params.search) {
    setSyncedSearch(params.search);
    if (params.search === written) setWritten(undefined);
    else setText(params.search);
  }
  const misread = misreadOf(text);
  useEffect(() => {
    if (text === params.search || misread !== undefined) return;
    const id = setTimeout(() => {
      setWritten(text);
      update({ search: text, page: 0 }, { replace: true });
    }, DEBOUNCE_MS);
    return () => clearTimeout(id);
  }, [text, params.search, misread, update]);
  return { text, setText, misread };
}

export function useBinList<S extends string, T extends { uuid: string }, K extends QueryKey>(
  spec: BinListSpec<S, T, K>,
) {
  const { kind, sortFields } = spec.queries;
  const [params, update] = useListParams(sortFields, spec.defaults);
  const { session, api, offset } = useSession();
  const isAdmin = session?.isAdmin ?? false;
  const search = useSearchText(params, update, spec.misread);

  // What the node answers (the page, owners, who deleted each row, its clock) renders in the background, deferred:
  // React renders it in slices and lets clicks and keys in between, instead of one task per answer that re-renders
  // every row (100 ms on a phone's CPU). The page shows the previous answer until the new one is drawn.
  const list = useDeferredValue(
    useAnswer(useQuery({ ...spec.queries.list(api, params, offset.minutes), refetchInterval: REFRESH_MS })),
  );
  const policy = useQuery(retentionQueries.policy(api, kind));
  const rows = list.data?.inventories ?? [];
  const uuids = rows.map((r) => r.uuid);
  const owners = useDeferredValue(
    useAnswer(useQuery({ ...ownerQueries.owners(api, uuids), enabled: isAdmin && rows.length > 0 })),
  );
  const ownerOfRow = useMemo(() => ownerOf(owners), [owners]);
  const toDate = useServerDate();
  const deletions = useDeferredValue(
    useDeletions(api, kind, uuids, isAdmin, spec.companions?.(rows, toDate)),
  );
  const total = list.data?.total ?? rows.length;
  const lastPage = Math.max(0, Math.ceil(total / params.pageSize) - 1);
  // A new search or filter starts the selection afresh.
  const selection = useSelection(JSON.stringify([params.search, params.filters]));
  // The node's clock: its expunge task counts from lastOpDate on its own time.
  const now = useDeferredValue(useNodeNow(CLOCK_MS));
  const paused = usePause().paused.includes(kind);

  // A page past the end (after recoveries, or from an old link) snaps back to the last one.
  useEffect(() => {
    if (list.data && !list.isPlaceholderData && params.page > lastPage)
      update({ page: lastPage }, { replace: true });
  }, [list.data, list.isPlaceholderData, params.page, lastPage, update]);

  return {
    kind,
    sortFields,
    params,
    update,
    ...search,
    list,
    rows,
    total,
    lastPage,
    policy: policy.data,
    /** Whether automatic expunging of this kind is paused (Never after another policy): rows are kept until resumed. */
    paused,
    isAdmin,
    ownerOf: ownerOfRow,
    deletions,
    selection,
    /** What "select all" takes: the search and filters on screen. */
    view: { search: params.search, filters: params.filters, offsetMinutes: offset.minutes },
    now,
    /** Whether the count says "match": a search or a filter narrows the list. */
    searching: params.search.trim() !== '' || isFiltered(params.filters),
    filtered: isFiltered(params.filters),
    /** Sorts by `field` (ascending first, then flips), back on the first page. */
    sortBy: (field: string) => {
      const sort = sortFields.find((f) => f === field);
      if (sort) update({ sort, dir: params.sort === sort && params.dir === 'asc' ? 'desc' : 'asc', page: 0 });
    },
  };
}
