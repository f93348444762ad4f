// The VM recycle bin's first requests, sent at start-up while React renders the first frame, instead of after it
// (a query's own fetch starts only once its component has mounted). Same query keys as the page, so the page
// finds them in flight.
import type { QueryClient } from '@tanstack/react-query';
import { auditQueries, type Companion } from '../../../api/audit.ts';
import { nodeClockQuery } from '../../../api/node-clock.ts';
import { ownerQueries } from '../../../api/resources.ts';
import { retentionQueries } from '../../../api/retention.ts';
import type { Api } from '../../../api/session.ts';
import { vmQueries } from '../../../api/vms.ts';
import type { ResourceKind } from '../../../zstack/inventories.ts';
import { paramsFromSearch, VM_DEFAULTS, VM_SORT_FIELDS } from './use-list-params.ts';

/**
 * What every bin asks for besides its rows: the expunge policy, whether audits can be read, the node's clock, and
 * for an admin the accounts of the owner filter.
 */
export function prefetchBinBasics(queryClient: QueryClient, api: Api, admin: boolean): Promise<void> {
  void queryClient.prefetchQuery(retentionQueries.configs(api));
  void queryClient.prefetchQuery(nodeClockQuery(api));
  if (admin) void queryClient.prefetchQuery(ownerQueries.accounts(api));
  return queryClient.prefetchQuery(auditQueries.support(api));
}

/**
 * The requests the rows lead to (their owners, who deleted them) leave as soon as the rows are here. Left to the
 * page, they would leave in the effects of its first commit: one more long task at the first paint on a phone's CPU,
 * and the answers a round trip later. Same keys as `useBinList`, so the page finds them in flight.
 */
export async function prefetchRowsOf(
  queryClient: QueryClient,
  api: Api,
  kind: ResourceKind,
  {
    admin,
    uuids,
    companions,
  }: { admin: boolean; uuids: readonly string[]; companions?: readonly Companion[] },
  basics: Promise<void>,
): Promise<void> {
  if (uuids.length === 0) return;
  if (admin) void queryClient.prefetchQuery(ownerQueries.owners(api, uuids));
  await basics;
  if (queryClient.getQueryData(auditQueries.support(api).queryKey) === 'present')
    void queryClient.prefetchQuery(auditQueries.deletions(api, kind, uuids, companions));
}

/** Resolves when the first page of rows is in the cache (or could not be fetched). */
export async function prefetchRecycleBin(
  queryClient: QueryClient,
  api: Api,
  search: string,
  { offsetMinutes, admin }: { offsetMinutes: number; admin: boolean },
): Promise<void> {
  const params = paramsFromSearch(new URLSearchParams(search), VM_SORT_FIELDS, VM_DEFAULTS);
  const basics = prefetchBinBasics(queryClient, api, admin);
  const list = vmQueries.list(api, params, offsetMinutes);
  await queryClient.prefetchQuery(list);
  const uuids = queryClient.getQueryData(list.queryKey)?.inventories.map((vm) => vm.uuid) ?? [];
  void prefetchRowsOf(queryClient, api, 'vm', { admin, uuids }, basics);
}
