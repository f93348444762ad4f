// A list's state lives in the URL, so a link pasted into a ticket opens the same view. The same rules serve every
// recycle-bin list; each says which fields it sorts by.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { NO_FILTERS, startOfDay } from '../../../api/bin-filters.ts';
import { type BinFilters, type ListParams, PAGE_SIZES, type PageSize } from '../../../api/list-params.ts';
import { SORT_FIELDS, type SortField } from '../../../api/vms.ts';

const isPageSize = (n: number): n is PageSize => PAGE_SIZES.some((size) => size === n);

/** The filters' URL parameters: an owner is an account uuid, days are yyyy-mm-dd; anything else is dropped. */
function filtersFromSearch(search: URLSearchParams): BinFilters {
  const owner = search.get('owner') ?? '';
  const day = (name: string) => {
    const text = search.get(name) ?? '';
    return startOfDay(text) ? text : '';
  };
  return {
    owner: /^[0-9a-f]{32}$/iu.test(owner) ? owner.toLowerCase() : '',
    deleter: search.get('by') ?? '',
    from: day('from'),
    to: day('to'),
  };
}

export function paramsFromSearch<S extends string>(
  search: URLSearchParams,
  sortFields: readonly S[],
  defaults: ListParams<S>,
): ListParams<S> {
  const sort = search.get('sort');
  const dir = search.get('dir');
  const size = Number(search.get('size'));
  const page = Number(search.get('page'));
  return {
    search: search.get('q') ?? '',
    sort: sortFields.find((f) => f === sort) ?? defaults.sort,
    dir: dir === 'asc' || dir === 'desc' ? dir : defaults.dir,
    page: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
    pageSize: isPageSize(size) ? size : defaults.pageSize,
    filters: filtersFromSearch(search),
  };
}

export function searchFromParams<S extends string>(
  p: ListParams<S>,
  defaults: ListParams<S>,
): URLSearchParams {
  const s = new URLSearchParams();
  if (p.search) s.set('q', p.search);
  if (p.sort !== defaults.sort) s.set('sort', p.sort);
  if (p.dir !== defaults.dir) s.set('dir', p.dir);
  if (p.page > 0) s.set('page', String(p.page + 1));
  if (p.pageSize !== defaults.pageSize) s.set('size', String(p.pageSize));
  if (p.filters.owner) s.set('owner', p.filters.owner);
  if (p.filters.deleter) s.set('by', p.filters.deleter);
  if (p.filters.from) s.set('from', p.filters.from);
  if (p.filters.to) s.set('to', p.filters.to);
  return s;
}

/** Newest deleted first, 20 to a page: what a help-desk ticket ("it vanished yesterday") usually wants. */
export function defaultParams<S extends string>(sort: S): ListParams<S> {
  return { search: '', sort, dir: 'desc', page: 0, pageSize: 20, filters: NO_FILTERS };
}

export const VM_DEFAULTS = defaultParams<SortField>('lastOpDate');
export { SORT_FIELDS as VM_SORT_FIELDS };

export function useListParams<S extends string>(sortFields: readonly S[], defaults: ListParams<S>) {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(
    () => paramsFromSearch(search, sortFields, defaults),
    [search, sortFields, defaults],
  );
  // `update` changes with the params, so a pending (debounced) update always merges into the newest ones.
  const update = useCallback(
    (change: Partial<ListParams<S>>, options: { replace?: boolean } = {}) => {
      setSearch(searchFromParams({ ...params, ...change }, defaults), { replace: options.replace ?? false });
    },
    [params, setSearch, defaults],
  );
  return [params, update] as const;
}
