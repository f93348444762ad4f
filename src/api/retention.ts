// Retention: the three kinds' deletionPolicy / expungePeriod / expungeInterval, the node's clock, and what each
// recycle bin holds and will lose, counted on the server (docs/zstack-protocol.md#retention).
import { queryOptions } from '@tanstack/react-query';
import { query } from '../zstack/endpoints.ts';
import type { Image, ResourceKind } from '../zstack/inventories.ts';
import { type Condition, inList } from '../zstack/query.ts';
import { imageBinConditions } from './images.ts';
import { volumeBinConditions } from './list-params.ts';
import {
  RETENTION_DEFAULTS,
  RETENTION_KINDS,
  type Retention,
  type RetentionField,
  nodeLocalText,
} from './retention-window.ts';
import { notePolicies } from './retention-memory.ts';
import { type Api, scopeKey } from './session.ts';
import { recycleBinConditions } from './vms.ts';

export type Retentions = Record<ResourceKind, Retention>;
export type PerKind<T> = Record<ResourceKind, T>;

const FIELDS: readonly RetentionField[] = ['deletionPolicy', 'expungePeriod', 'expungeInterval'];

function seconds(value: unknown, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** What each bin holds, as its list shows it (appliance VMs and images are not the user's). */
export function binConditions(kind: ResourceKind): Condition[] {
  if (kind === 'vm') return recycleBinConditions('');
  return kind === 'volume' ? volumeBinConditions('') : imageBinConditions('');
}

/** The latest lastOpDate among an image's Deleted copies: each copy has its own clock (per backup storage). */
export function deletedCopyTimes(image: Image, offsetMinutes: number): number[] {
  return image.backupStorageRefs
    .filter((r) => r.status === 'Deleted' && r.lastOpDate)
    .map((r) => r.lastOpDate?.toDate(offsetMinutes).getTime() ?? 0);
}

export async function perKind<T>(run: (kind: ResourceKind) => Promise<T>): Promise<PerKind<T>> {
  const [vm, volume, image] = await Promise.all([run('vm'), run('volume'), run('image')]);
  return { vm, volume, image };
}

export const resourceOf = (kind: ResourceKind) =>
  kind === 'vm' ? 'vms' : kind === 'volume' ? 'volumes' : 'images';

/**
 * How many items of a kind have lastOpDate at or before the kind's cutoff (node time), counted on the server with
 * `count=true` and `lastOpDate<=<node wall clock>`. Images: two conditions on backupStorageRefs may match different
 * copies, so the server narrows the candidates and their Deleted copies are checked here.
 */
async function dueCount(
  api: Api,
  kind: ResourceKind,
  cutoffs: PerKind<number>,
  offset: number,
  signal?: AbortSignal,
) {
  const cutoffMs = cutoffs[kind];
  const at = nodeLocalText(cutoffMs, offset);
  const conditions = binConditions(kind);
  if (kind !== 'image') {
    const date: Condition = { field: 'lastOpDate', op: '<=', value: at };
    const r = await query(
      api.client,
      kind === 'vm' ? 'vms' : 'volumes',
      { conditions: [...conditions, date], count: true },
      signal,
    );
    return r.total ?? 0;
  }
  const date: Condition = { field: 'backupStorageRefs.lastOpDate', op: '<=', value: at };
  let found = 0;
  for (let start = 0; ; start += 500) {
    const page = await query(
      api.client,
      'images',
      { conditions: [...conditions, date], start, limit: 500 },
      signal,
    );
    const limit = Math.floor(cutoffMs / 1000) * 1000;
    found += page.inventories.filter((i) => deletedCopyTimes(i, offset).some((t) => t <= limit)).length;
    if (page.inventories.length < 500) return found;
  }
}

export const retentionQueries = {
  all: (api: Api) => [...scopeKey(api), 'retention'] as const,
  /** The nine configs in one query; each missing or unreadable value is ZStack's default. */
  configs: (api: Api) =>
    queryOptions({
      queryKey: [...retentionQueries.all(api), 'configs'] as const,
      queryFn: async ({ signal }): Promise<Retentions> => {
        const { inventories } = await query(
          api.client,
          'globalConfigs',
          { conditions: [inList('category', RETENTION_KINDS), inList('name', FIELDS)] },
          signal,
        );
        const config = (kind: ResourceKind, name: RetentionField) =>
          inventories.find((c) => c.category === kind && c.name === name);
        const value = (kind: ResourceKind, name: RetentionField) => config(kind, name)?.value;
        const one = (kind: ResourceKind): Retention => {
          const d = RETENTION_DEFAULTS[kind];
          const policy = value(kind, 'deletionPolicy');
          return {
            policy: policy === undefined ? d.policy : String(policy),
            periodSeconds: seconds(value(kind, 'expungePeriod'), d.periodSeconds),
            intervalSeconds: seconds(value(kind, 'expungeInterval'), d.intervalSeconds),
            defaultPolicy: textOf(config(kind, 'deletionPolicy')?.defaultValue),
          };
        };
        const configs = { vm: one('vm'), volume: one('volume'), image: one('image') };
        notePolicies({ vm: configs.vm.policy, volume: configs.volume.policy, image: configs.image.policy });
        return configs;
      },
      staleTime: 30_000,
      refetchInterval: 60_000,
    }),
  /** One kind's policy, period and interval: the same query (and the same answer) as the Retention page's. */
  policy: (api: Api, kind: ResourceKind) => ({
    ...retentionQueries.configs(api),
    select: (configs: Retentions): Retention => configs[kind],
  }),
  /** Per bin: how many items it holds. */
  held: (api: Api) =>
    queryOptions({
      queryKey: [...retentionQueries.all(api), 'held'] as const,
      queryFn: ({ signal }) =>
        perKind(async (kind) => {
          const r = await query(
            api.client,
            resourceOf(kind),
            { conditions: binConditions(kind), count: true },
            signal,
          );
          return r.total ?? 0;
        }),
      staleTime: 30_000,
    }),
  /**
   * Per bin: how many items have lastOpDate at or before their bin's cutoff (node time): what a pass at `at`
   * takes under a period is the cutoff `at - period` (dueCutoff).
   */
  due: (api: Api, cutoffs: PerKind<number>, offset: number) =>
    queryOptions({
      queryKey: [...retentionQueries.all(api), 'due', cutoffs, offset] as const,
      queryFn: ({ signal }) => perKind((kind) => dueCount(api, kind, cutoffs, offset, signal)),
      staleTime: 30_000,
    }),
  /**
   * Per bin: the earliest clock start (lastOpDate, node time in ms) among what it holds, or null when empty. Images:
   * the oldest Deleted copy among the 50 images changed longest ago (an image's own lastOpDate moves with its copies).
   */
  oldest: (api: Api, offset: number) =>
    queryOptions({
      queryKey: [...retentionQueries.all(api), 'oldest', offset] as const,
      queryFn: ({ signal }) =>
        perKind(async (kind): Promise<number | null> => {
          const sort = { field: 'lastOpDate', direction: 'asc' } as const;
          const conditions = binConditions(kind);
          if (kind === 'image') {
            const r = await query(api.client, 'images', { conditions, sort, limit: 50 }, signal);
            const times = r.inventories.flatMap((i) => deletedCopyTimes(i, offset));
            return times.length > 0 ? Math.min(...times) : null;
          }
          const r = await query(api.client, resourceOf(kind), { conditions, sort, limit: 1 }, signal);
          return r.inventories[0]?.lastOpDate?.toDate(offset).getTime() ?? null;
        }),
      staleTime: 30_000,
    }),
};
