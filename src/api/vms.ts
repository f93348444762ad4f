// VM queries and mutations: one query-options factory, keys from general to specific.
import { queryOptions } from '@tanstack/react-query';
import { query } from '../zstack/endpoints.ts';
import { type Condition, contains, eq, inList, isNull, misreadOperator } from '../zstack/query.ts';
import { type ListParams } from './list-params.ts';
import type { Api } from './session.ts';
import { binQueries } from './bin-queries.ts';

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
  ...binQueries({ kind: 'vm', endpoint: 'vms', sortFields: SORT_FIELDS, conditions: recycleBinConditions }),
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
