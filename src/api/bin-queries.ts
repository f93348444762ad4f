// The queries every bin kind (VMs, data volumes, images) shares: its keys, a page of its bin, one resource, and
// the dialogs' "is it still there?". vms.ts, volumes.ts and images.ts add what is theirs alone.
import {
  keepPreviousData,
  mutationOptions,
  type QueryClient,
  queryOptions,
  type UseMutationOptions,
} from '@tanstack/react-query';
import { getOne } from '../zstack/endpoints.ts';
import type { ResourceKind } from '../zstack/inventories.ts';
import type { Condition } from '../zstack/query.ts';
import { allowedUuids, dateConditions } from './bin-filters.ts';
import { kindKey, mutationKey, whereaboutsKey } from './keys.ts';
import { type ListParams, scopedPage } from './list-params.ts';
import type { Api } from './session.ts';

export interface BinQuerySpec<
  K extends ResourceKind,
  E extends 'vms' | 'volumes' | 'images',
  S extends string,
> {
  kind: K;
  /** The query endpoint of the kind. */
  endpoint: E;
  sortFields: readonly S[];
  /** What puts a row in this bin, with the search box's condition. */
  conditions: (search: string) => Condition[];
}

export function binQueries<K extends ResourceKind, E extends 'vms' | 'volumes' | 'images', S extends string>(
  spec: BinQuerySpec<K, E, S>,
) {
  const { kind, endpoint } = spec;
  const all = (api: Api) => kindKey(api, kind);
  const lists = (api: Api) => [...all(api), 'list'] as const;
  const details = (api: Api) => [...all(api), 'detail'] as const;
  const one = (api: Api, uuid: string, signal: AbortSignal) => getOne(api.client, endpoint, uuid, signal);
  return {
    kind,
    sortFields: spec.sortFields,
    all,
    lists,
    /** A page of the bin; the date filter is read on the node's clock, `offsetMinutes` from UTC. */
    list: (api: Api, params: ListParams<S>, offsetMinutes: number) => {
      const dates = dateConditions(kind, params.filters, offsetMinutes);
      // lists(api) holds the kind, which names the endpoint: the key misses neither
      // eslint-disable-next-line @tanstack/query/exhaustive-deps
      return queryOptions({
        queryKey: [...lists(api), params, dates, offsetMinutes] as const,
        queryFn: async ({ signal }) =>
          scopedPage(
            api,
            endpoint,
            [...spec.conditions(params.search), ...dates],
            await allowedUuids(api, kind, params.filters, offsetMinutes, signal),
            params,
            signal,
          ),
        placeholderData: keepPreviousData,
      });
    },
    details,
    detail: (api: Api, uuid: string) =>
      queryOptions({
        queryKey: [...details(api), uuid] as const,
        queryFn: async ({ signal }) => (await one(api, uuid, signal)) ?? null,
      }),
    /** Is it still where the dialog found it? Asked anew when a dialog opens; a key of its own, so it never
     * disturbs the detail the pages read, and outside this kind's keys, so the invalidations that follow an action
     * do not ask again behind it (use-whereabouts.ts). */
    check: (api: Api, uuid: string) =>
      queryOptions({
        queryKey: whereaboutsKey(api, kind, uuid),
        queryFn: async ({ signal }) => (await one(api, uuid, signal)) ?? null,
        staleTime: 0,
        refetchOnMount: 'always',
      }),
  };
}

/**
 * A recover or expunge of one bin kind (volumes.ts, images.ts): keyed by kind and action, and a failure asks for the
 * kind's lists again, since the row may have changed under the action. The kind says what a success refreshes.
 */
export function binMutation<V>(
  api: Api,
  queryClient: QueryClient,
  queries: { kind: ResourceKind; lists: (api: Api) => readonly unknown[] },
  action: 'recover' | 'expunge',
  options: Required<Pick<UseMutationOptions<void, Error, V>, 'mutationFn' | 'onSuccess'>>,
) {
  return mutationOptions({
    ...options,
    mutationKey: mutationKey(api, queries.kind, action),
    onError: () => queryClient.invalidateQueries({ queryKey: queries.lists(api) }),
  });
}
