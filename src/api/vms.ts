// VM queries and mutations: one query-options factory, keys from general to specific.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { getOne, query } from '../zstack/endpoints.ts';
import { type Condition, contains, eq, inList, isNull, misreadOperator } from '../zstack/query.ts';
import { allowedUuids, dateConditions } from './bin-filters.ts';
import { type ListParams, scopedPage } from './list-params.ts';
import type { Api } from './session.ts';
import { kindKey, whereaboutsKey } from './keys.ts';

export const SORT_FIELDS = ['lastOpDate', 'name', 'cpuNum', 'memorySize'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export { PAGE_SIZES, type PageSize } from './list-params.ts';
export type RecycleBinParams = ListParams<SortField>;

const UUID = /^[0-9a-f]{32}$/iu;
const MAC = /^(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}$/iu;

export type SearchKind = 'uuid' | 'mac' | 'name';

/** One search box, three meanings: an exact UUID, a MAC address, or part of a name. */
export function describeSearch(text: string): SearchKind {
  const t = text.trim();
  if (UUID.test(t)) return 'uuid';
  if (MAC.test(t)) return 'mac';
  return 'name';
}

export function searchCondition(text: string): Condition | undefined {
  const t = text.trim();
  if (!t) return undefined;
  switch (describeSearch(t)) {
    case 'uuid':
      return eq('uuid', t.toLowerCase());
    case 'mac':
      return eq('vmNics.mac', t.toLowerCase().replaceAll('-', ':'));
    case 'name':
      return contains('name', t);
  }
}

/** The operator ZStack's query parser would misread in this text, if any (it has no escaping): such text
 * cannot be searched for. The page words the message (t.recycleBin.searchMisread). */
export function searchMisread(text: string): string | undefined {
  const condition = searchCondition(text);
  return condition ? misreadOperator(condition) : undefined;
}

/** The recycle bin: destroyed user VMs (appliance VMs such as virtual routers are not the user's), optionally searched. */
export function recycleBinConditions(searchText: string): Condition[] {
  const search = searchCondition(searchText);
  return [eq('state', 'Destroyed'), eq('type', 'UserVm'), ...(search ? [search] : [])];
}

export const vmQueries = {
  all: (api: Api) => kindKey(api, 'vm'),
  lists: (api: Api) => [...vmQueries.all(api), 'list'] as const,
  /** A page of the bin; the date filter is read on the node's clock, `offsetMinutes` from UTC. */
  list: (api: Api, params: RecycleBinParams, offsetMinutes: number) => {
    const dates = dateConditions('vm', params.filters, offsetMinutes);
    return queryOptions({
      queryKey: [...vmQueries.lists(api), params, dates, offsetMinutes] as const,
      queryFn: async ({ signal }) =>
        scopedPage(
          api,
          'vms',
          [...recycleBinConditions(params.search), ...dates],
          await allowedUuids(api, 'vm', params.filters, offsetMinutes, signal),
          params,
          signal,
        ),
      placeholderData: keepPreviousData,
    });
  },
  details: (api: Api) => [...vmQueries.all(api), 'detail'] as const,
  detail: (api: Api, uuid: string) =>
    queryOptions({
      queryKey: [...vmQueries.details(api), uuid] as const,
      queryFn: async ({ signal }) => (await getOne(api.client, 'vms', uuid, signal)) ?? null,
    }),
  /** Is it still where the dialog found it? Asked anew when a dialog opens; a key of its own, so it never
   * disturbs the detail the pages read, and outside this kind's keys, so the invalidations that follow an action
   * do not ask again behind it (use-whereabouts.ts). */
  check: (api: Api, uuid: string) =>
    queryOptions({
      queryKey: whereaboutsKey(api, 'vm', uuid),
      queryFn: async ({ signal }) => (await getOne(api.client, 'vms', uuid, signal)) ?? null,
      staleTime: 0,
      refetchOnMount: 'always',
    }),
  /** Data volumes this VM had when it was destroyed, still detached (docs/zstack-protocol.md#finding-detached-data-volumes). */
  detachedVolumes: (api: Api, uuid: string) =>
    queryOptions({
      queryKey: [...vmQueries.all(api), 'detached-volumes', uuid] as const,
      queryFn: async ({ signal }) =>
        (
          await query(
            api.client,
            'volumes',
            {
              conditions: [
                eq('lastVmInstanceUuid', uuid),
                eq('type', 'Data'),
                // a NotInstantiated volume has no bits yet; ZStack creates them as it attaches it
                inList('status', ['Ready', 'NotInstantiated']),
                isNull('vmInstanceUuid'),
              ],
            },
            signal,
          )
        ).inventories,
    }),
};
