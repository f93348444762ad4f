// Where a data volume may be attached: VMs that ZStack lets take a volume, searched on the server by name or UUID,
// among the VMs of one account (the volume's owner) unless an admin asks for every account
// (docs/zstack-protocol.md#re-attaching-data-volumes).
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { query } from '../zstack/endpoints.ts';
import type { VmInstance } from '../zstack/inventories.ts';
import { type Condition, eq, inList } from '../zstack/query.ts';
import { nameOrUuidCondition } from './list-params.ts';
import type { Api } from './session.ts';
import { kindKey } from './keys.ts';

/** The VM states whose allowed operations include AttachDataVolumeToVmMsg (ZStack's AbstractVmInstance). */
export const ATTACHABLE_STATES: readonly string[] = ['Running', 'Stopped', 'Paused'];
/** How many matches the picker shows: more means "type more of the name". */
export const TARGET_LIMIT = 20;
/** uuids per `uuid?=` condition, so the URL stays short (~3.3 kB) whatever the account holds. */
const CHUNK = 100;

export type AttachTarget = Pick<VmInstance, 'uuid' | 'name' | 'state'>;

export interface TargetPage {
  targets: AttachTarget[];
  /** More VMs match than are shown. */
  more: boolean;
}

/** The uuids of every VM an account owns (AccountResourceRefVO; readable by the admin, who asks this). */
async function vmsOwnedBy(api: Api, account: string, signal: AbortSignal): Promise<string[]> {
  const refs = await query(
    api.client,
    'accountRefs',
    {
      conditions: [eq('ownerAccountUuid', account), eq('resourceType', 'VmInstanceVO')],
      fields: ['resourceUuid'],
      limit: 5000,
    },
    signal,
  );
  return refs.inventories.map((r) => r.resourceUuid);
}

async function searchVms(api: Api, conditions: Condition[], signal: AbortSignal): Promise<TargetPage> {
  const { inventories, total } = await query(
    api.client,
    'vms',
    {
      conditions: [inList('state', ATTACHABLE_STATES), eq('type', 'UserVm'), ...conditions],
      fields: ['uuid', 'name', 'state'],
      sort: { field: 'name', direction: 'asc' },
      limit: TARGET_LIMIT,
      replyWithCount: true,
    },
    signal,
  );
  return { targets: inventories, more: (total ?? 0) > inventories.length };
}

const byName = (a: AttachTarget, b: AttachTarget) => (a.name ?? a.uuid).localeCompare(b.name ?? b.uuid);

export const attachTargetQueries = {
  /**
   * Attachable VMs matching `search`. With `account`, only that account's VMs: its ownership records first, then
   * the VMs among them (ZStack's query has no owner field). Without it, what the caller may see (a normal account
   * sees only its own).
   */
  search: (api: Api, search: string, account: string | undefined) =>
    queryOptions({
      queryKey: [...kindKey(api, 'vm'), 'attach-targets', account ?? '*', search.trim()] as const,
      queryFn: async ({ signal }): Promise<TargetPage> => {
        const text = nameOrUuidCondition(search);
        const extra = text ? [text] : [];
        if (account === undefined) return searchVms(api, extra, signal);
        const owned = await vmsOwnedBy(api, account, signal);
        const chunks: string[][] = [];
        for (let i = 0; i < owned.length; i += CHUNK) chunks.push(owned.slice(i, i + CHUNK));
        const pages = await Promise.all(
          chunks.map((uuids) => searchVms(api, [inList('uuid', uuids), ...extra], signal)),
        );
        const all = pages.flatMap((p) => p.targets).sort(byName);
        return {
          targets: all.slice(0, TARGET_LIMIT),
          more: all.length > TARGET_LIMIT || pages.some((p) => p.more),
        };
      },
      placeholderData: keepPreviousData,
      staleTime: 10_000,
    }),
};
