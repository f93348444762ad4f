// A recycle bin's current search and filters, row by row for a CSV: fetched from the server page by page (only the
// fields the file needs), in the order the list shows, at most EXPORT_CAP rows, reporting progress and stopping
// when the signal aborts.
import { query, type QueryResult } from '../zstack/endpoints.ts';
import type { ResourceKind } from '../zstack/inventories.ts';
import { inList } from '../zstack/query.ts';
import { allowedUuids, dateConditions } from './bin-filters.ts';
import { BINS, type BinView } from './bulk.ts';
import { batches } from './list-params.ts';
import type { Api } from './session.ts';

/** The most rows one export takes: beyond it, the user narrows the search. */
export const EXPORT_CAP = 10_000;
const PAGE = 500;

/**
 * The fields each bin's file needs. An image's deletion time is on its backup-storage refs, a nested list that
 * comes with the whole inventory only, so the image bin (small by nature) is fetched whole.
 */
const FIELDS = {
  vm: ['uuid', 'name', 'description', 'lastOpDate', 'cpuNum', 'memorySize'],
  volume: ['uuid', 'name', 'lastOpDate', 'size', 'lastVmInstanceUuid'],
  image: undefined,
} as const;

type Rows = { vm: 'vms'; volume: 'volumes'; image: 'images' };
export type ExportRow<R extends ResourceKind> = Awaited<
  ReturnType<typeof query<Rows[R]>>
>['inventories'][number];

export interface ExportProgress {
  done: number;
  /** How many match on the server, once known. */
  total: number | undefined;
}

export interface BinExport<R extends ResourceKind> {
  rows: ExportRow<R>[];
  /** All that match, which may be more than the cap. */
  total: number;
}

export interface ExportOrder {
  field: string;
  dir: 'asc' | 'desc';
}

/** Every row of `resource`'s bin that the view matches, up to EXPORT_CAP. */
export async function exportBin<R extends ResourceKind>(
  api: Api,
  resource: R,
  view: BinView,
  order: ExportOrder,
  onProgress: (p: ExportProgress) => void,
  signal: AbortSignal,
): Promise<BinExport<R>> {
  const kind = BINS[resource].kind as Rows[R];
  const fields = FIELDS[resource];
  const conditions = [
    ...BINS[resource].conditions(view.search),
    ...dateConditions(resource, view.filters, view.offsetMinutes),
  ];
  const only = await allowedUuids(api, resource, view.filters, view.offsetMinutes, signal);
  const ask = (spec: Parameters<typeof query>[2]): Promise<QueryResult<ExportRow<R>>> =>
    query(api.client, kind, { ...spec, ...(fields ? { fields } : {}) }, signal);
  if (only) {
    // Limited to an owner's or a deleter's uuids: batch by batch, then newest first here (as "select all").
    const rows: ExportRow<R>[] = [];
    for (const batch of batches(only)) {
      rows.push(...(await ask({ conditions: [...conditions, inList('uuid', batch)] })).inventories);
      onProgress({ done: rows.length, total: only.length });
    }
    rows.sort((a, b) => (b.lastOpDate?.ms ?? 0) - (a.lastOpDate?.ms ?? 0));
    return { rows: rows.slice(0, EXPORT_CAP), total: rows.length };
  }
  const rows: ExportRow<R>[] = [];
  let total = Infinity;
  for (let start = 0; start < Math.min(total, EXPORT_CAP); start += PAGE) {
    const page = await ask({
      conditions,
      start,
      limit: Math.min(PAGE, EXPORT_CAP - start),
      replyWithCount: true,
      sort: { field: order.field, direction: order.dir },
    });
    total = page.total ?? page.inventories.length;
    rows.push(...page.inventories);
    onProgress({ done: rows.length, total });
    if (page.inventories.length === 0) break;
  }
  return { rows, total: Number.isFinite(total) ? total : rows.length };
}
