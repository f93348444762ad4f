// Global configs and names of related resources (zones, hosts, networks…) for display.
import { queryOptions } from '@tanstack/react-query';
import { namesOf, query } from '../zstack/endpoints.ts';
import { eq, inList } from '../zstack/query.ts';
import { type Api, scopeKey } from './session.ts';

export interface ExpungePolicy {
  deletionPolicy: string;
  expungePeriodSeconds: number;
  expungeIntervalSeconds: number;
}

const DEFAULTS: ExpungePolicy = {
  deletionPolicy: 'Delay',
  expungePeriodSeconds: 604800,
  expungeIntervalSeconds: 3600,
};

export const configQueries = {
  expungePolicy: (api: Api) =>
    queryOptions({
      queryKey: [...scopeKey(api), 'global-configs', 'vm', 'expunge'] as const,
      queryFn: async ({ signal }): Promise<ExpungePolicy> => {
        const { inventories } = await query(
          api.client,
          'globalConfigs',
          {
            conditions: [
              eq('category', 'vm'),
              inList('name', ['deletionPolicy', 'expungePeriod', 'expungeInterval']),
            ],
          },
          signal,
        );
        const value = (name: string) => inventories.find((c) => c.name === name)?.value;
        const seconds = (name: string, fallback: number) => {
          const n = Number(value(name));
          return Number.isFinite(n) && n > 0 ? n : fallback;
        };
        return {
          deletionPolicy: String(value('deletionPolicy') ?? DEFAULTS.deletionPolicy),
          expungePeriodSeconds: seconds('expungePeriod', DEFAULTS.expungePeriodSeconds),
          expungeIntervalSeconds: seconds('expungeInterval', DEFAULTS.expungeIntervalSeconds),
        };
      },
      staleTime: 5 * 60_000,
    }),
};

export type NamedKind = Parameters<typeof namesOf>[1];

export const nameQueries = {
  names: (api: Api, kind: NamedKind, uuids: readonly string[]) =>
    queryOptions({
      queryKey: [...scopeKey(api), 'names', kind, [...new Set(uuids)].sort()] as const,
      queryFn: ({ signal }) => namesOf(api.client, kind, uuids, signal),
      staleTime: 5 * 60_000,
    }),
};
