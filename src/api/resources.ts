// Names of related resources (zones, hosts, networks…) for display.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { namesOf, query } from '../zstack/endpoints.ts';
import { eq, inList } from '../zstack/query.ts';
import { type Api, scopeKey } from './session.ts';

export type NamedKind = Parameters<typeof namesOf>[1];

export const nameQueries = {
  names: (api: Api, kind: NamedKind, uuids: readonly string[]) =>
    queryOptions({
      queryKey: [...scopeKey(api), 'names', kind, [...new Set(uuids)].sort()] as const,
      queryFn: ({ signal }) => namesOf(api.client, kind, uuids, signal),
      staleTime: 5 * 60_000,
    }),
};

export interface OwnerAccount {
  uuid: string;
  name: string;
}

export const ownerQueries = {
  /** Every account, by name (admin only): what the owner filter offers. */
  accounts: (api: Api) =>
    queryOptions({
      queryKey: [...scopeKey(api), 'accounts'] as const,
      queryFn: async ({ signal }) =>
        (
          await query(
            api.client,
            'accounts',
            { fields: ['uuid', 'name'], sort: { field: 'name', direction: 'asc' } },
            signal,
          )
        ).inventories.map((a) => ({ uuid: a.uuid, name: a.name ?? a.uuid })),
      staleTime: 5 * 60_000,
    }),
  /** Owning account of each resource on a page (admin only): one refs query, one accounts query. */
  owners: (api: Api, uuids: readonly string[]) =>
    queryOptions({
      queryKey: [...scopeKey(api), 'owners', uuids] as const,
      queryFn: async ({ signal }) => {
        if (uuids.length === 0) return new Map<string, string>();
        const refs = await query(
          api.client,
          'accountRefs',
          { conditions: [inList('resourceUuid', uuids)] },
          signal,
        );
        const ownerOf = new Map(
          refs.inventories.map((r) => [r.resourceUuid, r.ownerAccountUuid ?? r.accountUuid ?? '']),
        );
        const names = await namesOf(api.client, 'accounts', [...ownerOf.values()].filter(Boolean), signal);
        return new Map([...ownerOf].map(([resource, acct]) => [resource, names.get(acct) ?? acct]));
      },
      staleTime: 60_000,
      // A refreshed page keeps the owners it knows while the new ones load (see ownerOf).
      placeholderData: keepPreviousData,
    }),
  /** The account that owns a resource (admin only), or null when ZStack keeps no record (then it is the admin's). */
  account: (api: Api, resourceUuid: string) =>
    queryOptions({
      queryKey: [...scopeKey(api), 'owner-account', resourceUuid] as const,
      queryFn: async ({ signal }): Promise<OwnerAccount | null> => {
        const refs = await query(
          api.client,
          'accountRefs',
          { conditions: [eq('resourceUuid', resourceUuid)] },
          signal,
        );
        const ref = refs.inventories[0];
        const uuid = ref?.ownerAccountUuid ?? ref?.accountUuid;
        if (!uuid) return null;
        const names = await namesOf(api.client, 'accounts', [uuid], signal);
        return { uuid, name: names.get(uuid) ?? uuid };
      },
      staleTime: 60_000,
    }),
};

/**
 * The owner to show for a row: '…' while unknown yet, '—' when ZStack has none. Rows of the last page keep their
 * owner while a refreshed page's owners load, so a refresh does not re-render every row twice.
 */
export function ownerOf(owners: {
  data: Map<string, string> | undefined;
  isPlaceholderData: boolean;
  isError: boolean;
}): (uuid: string) => string {
  const { data, isPlaceholderData, isError } = owners;
  return (uuid) => data?.get(uuid) ?? (isError || (data && !isPlaceholderData) ? '—' : '…');
}
