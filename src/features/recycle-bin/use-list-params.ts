// The list's state lives in the URL, so a link pasted into a ticket opens the same view.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  PAGE_SIZES,
  type PageSize,
  type RecycleBinParams,
  SORT_FIELDS,
  type SortField,
} from '../../api/vms.ts';

export const DEFAULT_PARAMS: RecycleBinParams = {
  search: '',
  sort: 'lastOpDate',
  dir: 'desc',
  page: 0,
  pageSize: 20,
};

const isSortField = (s: string | null): s is SortField => SORT_FIELDS.some((f) => f === s);
const isPageSize = (n: number): n is PageSize => PAGE_SIZES.some((size) => size === n);

export function paramsFromSearch(search: URLSearchParams): RecycleBinParams {
  const sort = search.get('sort');
  const dir = search.get('dir');
  const size = Number(search.get('size'));
  const page = Number(search.get('page'));
  return {
    search: search.get('q') ?? '',
    sort: isSortField(sort) ? sort : DEFAULT_PARAMS.sort,
    dir: dir === 'asc' || dir === 'desc' ? dir : DEFAULT_PARAMS.dir,
    page: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
    pageSize: isPageSize(size) ? size : DEFAULT_PARAMS.pageSize,
  };
}

export function searchFromParams(p: RecycleBinParams): URLSearchParams {
  const s = new URLSearchParams();
  if (p.search) s.set('q', p.search);
  if (p.sort !== DEFAULT_PARAMS.sort) s.set('sort', p.sort);
  if (p.dir !== DEFAULT_PARAMS.dir) s.set('dir', p.dir);
  if (p.page > 0) s.set('page', String(p.page + 1));
  if (p.pageSize !== DEFAULT_PARAMS.pageSize) s.set('size', String(p.pageSize));
  return s;
}

export function useListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => paramsFromSearch(search), [search]);
  // `update` changes with the params, so a pending (debounced) update always merges into the newest ones.
  const update = useCallback(
    (change: Partial<RecycleBinParams>, options: { replace?: boolean } = {}) => {
      setSearch(searchFromParams({ ...params, ...change }), { replace: options.replace ?? false });
    },
    [params, setSearch],
  );
  return [params, update] as const;
}
