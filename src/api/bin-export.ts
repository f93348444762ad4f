// A recycle bin's current search and filters, row by row for a CSV: fetched from the server page by page (only the
// fields the file needs), in the order the list shows, at most EXPORT_CAP rows, reporting progress and stopping
// when the signal aborts.
import type { ResourceKind } from '../zstack/inventories.ts';
import { type BinRow, type BinView, collectBin } from './bulk.ts';
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

export type ExportRow<R extends ResourceKind> = BinRow<R>;

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
  return collectBin(
    api,
    resource,
    view,
    {
      fields: FIELDS[resource],
      cap: EXPORT_CAP,
      page: PAGE,
      sort: { field: order.field, direction: order.dir },
      onProgress: (done, total) => onProgress({ done, total }),
    },
    signal,
  );
}
