// "Expiring soon": what the expunge tasks take by a given time, across the three bins, soonest first. Filtered on
// the server (lastOpDate<= each kind's cutoff, oldest first); images are checked per Deleted copy here.
import { queryOptions } from '@tanstack/react-query';
import { query } from '../zstack/endpoints.ts';
import type { ResourceKind } from '../zstack/inventories.ts';
import type { Condition } from '../zstack/query.ts';
import {
  binConditions,
  deletedCopyTimes,
  type PerKind,
  perKind,
  resourceOf,
  retentionQueries,
} from './retention.ts';
import { nodeLocalText } from './retention-window.ts';
import type { Api } from './session.ts';

export interface ExpiringItem {
  kind: ResourceKind;
  uuid: string;
  name: string | undefined;
  /** When its clock started (lastOpDate; for an image, its earliest Deleted copy within the cutoff), ms. */
  clockStart: number;
}

/** At most this many per bin: the view is a warning list, the bins page the rest. */
export const EXPIRING_LIMIT = 100;

async function expiringOf(
  api: Api,
  kind: ResourceKind,
  cutoffs: PerKind<number>,
  offset: number,
  signal?: AbortSignal,
): Promise<ExpiringItem[]> {
  const cutoff = cutoffs[kind];
  if (cutoff <= 0) return [];
  const field = kind === 'image' ? 'backupStorageRefs.lastOpDate' : 'lastOpDate';
  const date: Condition = { field, op: '<=', value: nodeLocalText(cutoff, offset) };
  const spec = {
    conditions: [...binConditions(kind), date],
    sort: { field: 'lastOpDate', direction: 'asc' } as const,
    limit: EXPIRING_LIMIT,
  };
  const limit = Math.floor(cutoff / 1000) * 1000;
  if (kind === 'image') {
    const r = await query(api.client, 'images', spec, signal);
    return r.inventories.flatMap((i) => {
      const due = deletedCopyTimes(i, offset).filter((t) => t <= limit);
      return due.length > 0 ? [{ kind, uuid: i.uuid, name: i.name, clockStart: Math.min(...due) }] : [];
    });
  }
  const r = await query(api.client, resourceOf(kind), spec, signal);
  return r.inventories.map((row) => ({
    kind,
    uuid: row.uuid,
    name: row.name,
    clockStart: row.lastOpDate?.toDate(offset).getTime() ?? 0,
  }));
}

export const expiringQuery = (api: Api, cutoffs: PerKind<number>, offset: number) =>
  queryOptions({
    queryKey: [...retentionQueries.all(api), 'expiring', cutoffs, offset] as const,
    queryFn: async ({ signal }) => {
      const lists = await perKind((kind) => expiringOf(api, kind, cutoffs, offset, signal));
      return [...lists.vm, ...lists.volume, ...lists.image];
    },
    staleTime: 30_000,
  });
