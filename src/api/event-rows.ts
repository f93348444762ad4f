// The audit log's rows of the three delete APIs as deletion records, read with only the fields the events need
// (docs/zstack-protocol.md#deletion-events). The server side is closed source: fields are optional, numbers may be text.
import { query } from '../zstack/endpoints.ts';
import type { AuditRecord, ResourceKind } from '../zstack/inventories.ts';
import { type Condition, eq, inList, isNull } from '../zstack/query.ts';
import { DELETE_APIS, epochMs } from './audit.ts';
import { startOfDay } from './bin-filters.ts';
import type { DeletionRecord, EventWho } from './deletion-events.ts';
import type { EventFilters } from './event-filters.ts';
import type { CallWindow } from './event-items.ts';
import type { Api } from './session.ts';
import { breathe, mapInSlices } from '../lib/main-thread.ts';

/** The most rows one view reads; beyond it the user narrows the days. */
export const MAX_ROWS = 50_000;

export type Row = DeletionRecord & CallWindow & { id: string };

export const DELETES = [DELETE_APIS.vm, DELETE_APIS.volume, DELETE_APIS.image];
const KIND_OF = new Map<string, ResourceKind>([
  [DELETE_APIS.vm, 'vm'],
  [DELETE_APIS.volume, 'volume'],
  [DELETE_APIS.image, 'image'],
]);
export const FIELDS = [
  'id',
  'apiName',
  'resourceUuid',
  'resourceName',
  'operator',
  'operatorAccountUuid',
].concat(['clientIp', 'createTime', 'startTime', 'success', 'error']);

/** A delete that worked, as a record; a failed call (success false, or an error) deleted nothing. */
export function toRow(r: AuditRecord | undefined): Row | undefined {
  const kind = KIND_OF.get(r?.apiName ?? '');
  const started = epochMs(r?.startTime);
  const at = epochMs(r?.createTime) ?? started;
  if (!r || !kind || !r.resourceUuid || at === undefined) return undefined;
  if (r.success === false || r.success === 'false' || (r.success === undefined && r.error)) return undefined;
  return {
    id: String(r.id ?? `${r.resourceUuid}@${String(at)}`),
    kind,
    uuid: r.resourceUuid,
    name: r.resourceName ?? r.resourceUuid,
    at,
    started: Math.min(at, started ?? at),
    operator: r.operator,
    clientIp: r.clientIp,
    account: r.operatorAccountUuid ?? '',
    state: 'deleted',
  };
}

export function dayRange(f: EventFilters): Condition[] {
  const out: Condition[] = [];
  const from = startOfDay(f.from);
  if (from) out.push({ field: 'createTime', op: '>=', value: from.getTime() });
  const to = startOfDay(f.to);
  if (to) {
    const next = new Date(to.getFullYear(), to.getMonth(), to.getDate() + 1);
    out.push({ field: 'createTime', op: '<', value: next.getTime() });
  }
  return out;
}

export async function auditRows(
  api: Api,
  conditions: readonly Condition[],
  chunk: { index: number; size: number; direction: 'asc' | 'desc' },
  signal?: AbortSignal,
): Promise<Row[]> {
  const r = await query(
    api.client,
    'auditRecords',
    {
      conditions: [inList('apiName', DELETES), ...conditions],
      sort: { field: 'createTime', direction: chunk.direction },
      start: chunk.index * chunk.size,
      limit: chunk.size,
      fields: FIELDS,
    },
    signal,
    breathe,
  );
  return (await mapInSlices(r.inventories, toRow)).filter((row) => row !== undefined);
}

/** Every delete row of one operator from one address within [from, to], oldest first. */
export async function rowsOf(api: Api, who: EventWho, from: number, to: number, signal: AbortSignal) {
  if (who.kind !== 'operator') return [];
  const conditions: Condition[] = [
    who.operator ? eq('operator', who.operator) : isNull('operator'),
    who.clientIp ? eq('clientIp', who.clientIp) : isNull('clientIp'),
    { field: 'createTime', op: '>=', value: from },
    { field: 'createTime', op: '<=', value: to },
  ];
  const rows: Row[] = [];
  for (let index = 0; rows.length < MAX_ROWS; index += 1) {
    const chunk = await auditRows(api, conditions, { index, size: 1000, direction: 'asc' }, signal);
    rows.push(...chunk);
    if (chunk.length < 1000) break;
  }
  return rows;
}
