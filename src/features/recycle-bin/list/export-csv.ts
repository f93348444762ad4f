// The CSV of one bin's export (loaded on first use): the rows the server sent, one line each, under headers in the
// user's language. Times are UTC instants (ISO 8601), sizes plain bytes: what a ticket or a spreadsheet can sort.
import { type ExportOrder, exportBin, type ExportProgress, type ExportRow } from '../../../api/bin-export.ts';
import type { BinView } from '../../../api/bulk.ts';
import { imageDeletedAt } from '../../../api/images.ts';
import type { Api } from '../../../api/session.ts';
import { type CsvCell, fileStamp, toCsv } from '../../../components/csv.ts';
import type { Messages } from '../../../i18n/en/index.ts';
import type { ResourceKind } from '../../../zstack/inventories.ts';

type Time = { toDate: (offsetMinutes: number) => Date } | undefined;

const iso = (time: Time, offsetMinutes: number): string => time?.toDate(offsetMinutes).toISOString() ?? '';

type Table = { header: string[]; cells: CsvCell[][] };

function vmTable(rows: readonly ExportRow<'vm'>[], t: Messages, offset: number): Table {
  const c = t.recycleBin.export.columns;
  return {
    header: [c.name, c.uuid, c.deletedAt, c.cpu, c.memoryBytes, c.description],
    cells: rows.map((r) => [
      r.name,
      r.uuid,
      iso(r.lastOpDate, offset),
      r.cpuNum,
      r.memorySize,
      r.description,
    ]),
  };
}

function volumeTable(rows: readonly ExportRow<'volume'>[], t: Messages, offset: number): Table {
  const c = t.recycleBin.export.columns;
  return {
    header: [c.name, c.uuid, c.deletedAt, c.sizeBytes, c.lastVm],
    cells: rows.map((r) => [r.name, r.uuid, iso(r.lastOpDate, offset), r.size, r.lastVmInstanceUuid]),
  };
}

function imageTable(rows: readonly ExportRow<'image'>[], t: Messages, offset: number): Table {
  const c = t.recycleBin.export.columns;
  return {
    header: [c.name, c.uuid, c.deletedAt, c.sizeBytes, c.mediaType, c.format],
    cells: rows.map((r) => [r.name, r.uuid, iso(imageDeletedAt(r), offset), r.size, r.mediaType, r.format]),
  };
}

const FILE_KIND: Record<ResourceKind, string> = { vm: 'vms', volume: 'data-volumes', image: 'images' };

export interface CsvExport {
  fileName: string;
  text: string;
  rows: number;
  total: number;
}

export async function exportCsv(
  api: Api,
  resource: ResourceKind,
  view: BinView,
  order: ExportOrder,
  t: Messages,
  onProgress: (p: ExportProgress) => void,
  signal: AbortSignal,
): Promise<CsvExport> {
  const get = <R extends ResourceKind>(r: R) => exportBin(api, r, view, order, onProgress, signal);
  const offset = view.offsetMinutes;
  let table: Table;
  let total: number;
  if (resource === 'vm') {
    const found = await get('vm');
    [table, total] = [vmTable(found.rows, t, offset), found.total];
  } else if (resource === 'volume') {
    const found = await get('volume');
    [table, total] = [volumeTable(found.rows, t, offset), found.total];
  } else {
    const found = await get('image');
    [table, total] = [imageTable(found.rows, t, offset), found.total];
  }
  return {
    fileName: `recycle-bin-${FILE_KIND[resource]}-${fileStamp(new Date())}.csv`,
    text: toCsv(table.header, table.cells),
    rows: table.cells.length,
    total,
  };
}
