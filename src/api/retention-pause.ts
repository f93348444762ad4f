// Whether automatic expunging is paused: a kind is paused while its deletionPolicy is Never AND another value was in
// force before. ZStack keeps no previous value, but every global config carries its defaultValue: a node ships with
// Delay (conf/globalConfig/vm.xml, volume.xml, image.xml), so a Never whose default is not Never was set by
// someone, and every signed-in user (a normal account in a fresh browser too) is told. Only a node whose own default
// is Never needs more: another value this browser saw in force (retention-memory.ts), or the audit log's update of
// that policy.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { query } from '../zstack/endpoints.ts';
import type { ResourceKind } from '../zstack/inventories.ts';
import { eq, inList } from '../zstack/query.ts';
import { auditQueries } from './audit.ts';
import { type Retentions, retentionQueries } from './retention.ts';
import { type BeforePause, readBeforePause } from './retention-memory.ts';
import { RETENTION_KINDS } from './retention-window.ts';
import { type Api, useApi } from './session.ts';

const UPDATE_API = 'org.zstack.core.config.APIUpdateGlobalConfigMsg';

export interface PauseRecord {
  operator: string | undefined;
  at: Date | undefined;
  /** The kinds whose deletionPolicy the audit log shows updated (so not Never since before the log). */
  kinds: ResourceKind[];
}

const kindOfConfig = (uuid: string | undefined): ResourceKind | undefined =>
  uuid === 'vm.deletionPolicy'
    ? 'vm'
    : uuid === 'volume.deletionPolicy'
      ? 'volume'
      : uuid === 'image.deletionPolicy'
        ? 'image'
        : undefined;

/**
 * The latest successful update of a deletionPolicy in the audit log (ZStack Cloud only): who paused, and when.
 * Undefined when the node has no audit log or it says nothing.
 */
const pauseRecordQuery = (api: Api, kinds: readonly ResourceKind[]) =>
  queryOptions({
    queryKey: [...retentionQueries.all(api), 'paused-by', kinds] as const,
    queryFn: async ({ signal }): Promise<PauseRecord | null> => {
      const { inventories } = await query(
        api.client,
        'auditRecords',
        {
          conditions: [
            eq('apiName', UPDATE_API),
            inList(
              'resourceUuid',
              kinds.map((k) => `${k}.deletionPolicy`),
            ),
          ],
          sort: { field: 'createTime', direction: 'desc' },
          limit: 20,
        },
        signal,
      );
      const rows = inventories.filter((r) => r.success !== false && r.success !== 'false');
      const row = rows[0];
      if (!row) return null;
      const ms = Number(row.createTime);
      const updated = [...new Set(rows.flatMap((r) => kindOfConfig(r.resourceUuid) ?? []))];
      const at = Number.isFinite(ms) && ms > 0 ? new Date(ms) : undefined;
      return { operator: row.operator, at, kinds: updated };
    },
    staleTime: 60_000,
    retry: false,
  });

export interface PauseState {
  configs: Retentions | undefined;
  /** Kinds whose policy is Never, for whatever reason. */
  never: ResourceKind[];
  /** Kinds paused: Never after another value. */
  paused: ResourceKind[];
  /** Who changed a deletionPolicy last and when, when the audit log says. */
  record: PauseRecord | null | undefined;
}

export function usePause(): PauseState {
  const api = useApi();
  const configs = useQuery(retentionQueries.configs(api)).data;
  const never = configs ? RETENTION_KINDS.filter((k) => configs[k].policy === 'Never') : [];
  const audit = useQuery(auditQueries.support(api)).data;
  const record = useQuery({
    ...pauseRecordQuery(api, never),
    enabled: never.length > 0 && audit === 'present',
  }).data;
  const before = readBeforePause();
  const paused = never.filter((k) => configs !== undefined && wasOtherwise(k, configs, before, record));
  return { configs, never, paused, record };
}

/** Whether another policy than Never was in force for `kind` before (see the file's head). */
export function wasOtherwise(
  kind: ResourceKind,
  configs: Retentions,
  before: BeforePause,
  record: PauseRecord | null | undefined,
): boolean {
  const shipped = configs[kind].defaultPolicy ?? 'Delay';
  return shipped !== 'Never' || before[kind] !== undefined || record?.kinds.includes(kind) === true;
}
