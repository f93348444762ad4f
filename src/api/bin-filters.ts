// A recycle bin's filters beyond the search: the owner account and the deleter (for admins) and the deletion date
// range (for everyone). All of them are answered by the server. Dates are `q=` conditions on the deletion time.
// ZStack's query API has no join from a VM, volume or image to its owner or to the audit log, so an owner or a
// deleter becomes the uuids it allows (one paged query of the account's resource refs or of the audit log's
// deletions, uuids only), which the bin's query takes as batched `uuid?=` conditions.
import { nodeWallClockText } from '../zstack/dates.ts';
import { query, type QueryResult } from '../zstack/endpoints.ts';
import type { ResourceKind } from '../zstack/inventories.ts';
import { type Condition, eq, operatorNameMisread } from '../zstack/query.ts';
import type { AuditRecord } from '../zstack/inventories.ts';
import { DELETE_APIS, type DestroyCall, deletedWithVms, epoch } from './audit.ts';
import type { BinFilters } from './list-params.ts';
import type { Api } from './session.ts';

export const NO_FILTERS: BinFilters = { owner: '', deleter: '', from: '', to: '' };

export const isFiltered = (f: BinFilters) => Boolean(f.owner || f.deleter || f.from || f.to);

/** The most uuids an owner or deleter filter is resolved to; beyond it the user narrows the dates or the search. */
export const FILTER_CAP = 10_000;
/** The query API's default page, and the most any node is asked for at once. */
const PAGE = 1000;

/** Midnight at the start of `day` in the browser's zone, or undefined when it is not a real yyyy-mm-dd day. */
export function startOfDay(day: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(day);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const date = new Date(y, mo, d);
  return date.getFullYear() === y && date.getMonth() === mo && date.getDate() === d ? date : undefined;
}

/**
 * The column holding when a row was deleted: an image is deleted per backup storage, and its bin shows the
 * deletion of its refs, so its range is on them (a nested condition matches when any ref does).
 */
const DELETED_AT: Record<ResourceKind, string> = {
  vm: 'lastOpDate',
  volume: 'lastOpDate',
  image: 'backupStorageRefs.lastOpDate',
};

/** `from` and `to` as conditions on the node's clock: from the first day's midnight to the next after the last. */
export function dateConditions(kind: ResourceKind, f: BinFilters, offsetMinutes: number): Condition[] {
  const out: Condition[] = [];
  const from = startOfDay(f.from);
  if (from) out.push({ field: DELETED_AT[kind], op: '>=', value: nodeWallClockText(from, offsetMinutes) });
  const to = startOfDay(f.to);
  if (to) {
    const next = new Date(to.getFullYear(), to.getMonth(), to.getDate() + 1);
    out.push({ field: DELETED_AT[kind], op: '<', value: nodeWallClockText(next, offsetMinutes) });
  }
  return out;
}

/** The resource types of AccountResourceRefVO (the base VO's simple name). */
const REF_TYPES: Record<ResourceKind, string> = { vm: 'VmInstanceVO', volume: 'VolumeVO', image: 'ImageVO' };

/** One page of a paged query: where it starts, its size, and the count asked for with the first page only. */
interface PageWindow {
  start: number;
  limit: number;
  replyWithCount: boolean;
}

/** Every row of a query, page by page, up to FILTER_CAP. */
async function paged<T>(page: (window: PageWindow) => Promise<QueryResult<T>>): Promise<T[]> {
  const found: T[] = [];
  let total = Infinity;
  for (let start = 0; start < Math.min(total, FILTER_CAP); start += PAGE) {
    const answer = await page({ start, limit: PAGE, replyWithCount: start === 0 });
    total = answer.total ?? answer.inventories.length;
    found.push(...answer.inventories);
    if (answer.inventories.length < PAGE) break;
  }
  return found;
}

async function ownedBy(api: Api, kind: ResourceKind, account: string, signal?: AbortSignal) {
  const conditions = [eq('ownerAccountUuid', account), eq('resourceType', REF_TYPES[kind])];
  const refs = await paged((window) =>
    query(api.client, 'accountRefs', { conditions, fields: ['resourceUuid'], ...window }, signal),
  );
  return new Set(refs.map((r) => r.resourceUuid).filter((uuid): uuid is string => Boolean(uuid)));
}

function deletionsBy(api: Api, kind: ResourceKind, operator: string, signal?: AbortSignal) {
  const conditions = [eq('operator', operator), eq('apiName', DELETE_APIS[kind])];
  const fields = ['resourceUuid', 'createTime', 'startTime'];
  const sort = { field: 'createTime', direction: 'desc' } as const;
  return paged((window) =>
    query(api.client, 'auditRecords', { conditions, fields, sort, ...window }, signal),
  );
}

/**
 * The data volumes the operator's VM destroys deleted with them. They have no audit row of their own (the VM's
 * destroy is the record), so they are found through their last VM, the same rule as the bin's "deleted by" column.
 */
async function volumesWithVmsOf(
  api: Api,
  destroys: readonly AuditRecord[],
  offsetMinutes: number,
  signal?: AbortSignal,
): Promise<string[]> {
  const calls = new Map<string, DestroyCall[]>();
  for (const d of destroys) {
    if (!d.resourceUuid) continue;
    const ended = epoch(d.createTime);
    const call = { started: epoch(d.startTime) ?? ended, ended };
    calls.set(d.resourceUuid, [...(calls.get(d.resourceUuid) ?? []), call]);
  }
  return (await deletedWithVms(api, calls, offsetMinutes, signal)).map((v) => v.uuid);
}

async function deletedBy(
  api: Api,
  kind: ResourceKind,
  operator: string,
  offsetMinutes: number,
  signal?: AbortSignal,
): Promise<Set<string>> {
  const own = await deletionsBy(api, kind, operator, signal);
  const found = new Set(own.map((r) => r.resourceUuid).filter((uuid): uuid is string => Boolean(uuid)));
  if (kind !== 'volume') return found;
  const destroys = await deletionsBy(api, 'vm', operator, signal);
  for (const uuid of await volumesWithVmsOf(api, destroys, offsetMinutes, signal)) found.add(uuid);
  return found;
}

/** The uuids the owner and deleter filters allow (both: what both allow), or undefined when neither is set. */
export async function allowedUuids(
  api: Api,
  kind: ResourceKind,
  f: BinFilters,
  /** The node's UTC offset: a data volume's deletion time is on its clock. */
  offsetMinutes: number,
  signal?: AbortSignal,
): Promise<string[] | undefined> {
  const deleter = f.deleter.trim();
  // A name the parser would misread filters nothing (the field says so): blank is the same.
  const byDeleter = deleter !== '' && !operatorNameMisread(deleter);
  if (!f.owner && !byDeleter) return undefined;
  const [owned, deleted] = await Promise.all([
    f.owner ? ownedBy(api, kind, f.owner, signal) : undefined,
    byDeleter ? deletedBy(api, kind, deleter, offsetMinutes, signal) : undefined,
  ]);
  const sets = [owned, deleted].filter((s): s is Set<string> => s !== undefined);
  const [first, ...rest] = sets;
  return [...(first ?? [])].filter((uuid) => rest.every((s) => s.has(uuid))).sort();
}
