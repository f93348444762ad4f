// The VM recycle bin's first requests, sent at start-up while React renders the first frame, instead of after it
// (a query's own fetch starts only once its component has mounted). Same query keys as the page, so the page
// finds them in flight.
import type { QueryClient } from '@tanstack/react-query';
import { auditQueries } from '../../../api/audit.ts';
import { retentionQueries } from '../../../api/retention.ts';
import type { Api } from '../../../api/session.ts';
import { vmQueries } from '../../../api/vms.ts';
import { paramsFromSearch, VM_DEFAULTS, VM_SORT_FIELDS } from './use-list-params.ts';

/** What every bin asks for besides its rows: the expunge policy, and whether audits can be read. */
export function prefetchBinBasics(queryClient: QueryClient, api: Api): void {
  void queryClient.prefetchQuery(retentionQueries.configs(api));
  void queryClient.prefetchQuery(auditQueries.support(api));
}

/** Resolves when the first page of rows is in the cache (or could not be fetched). */
export function prefetchRecycleBin(
  queryClient: QueryClient,
  api: Api,
  search: string,
  offsetMinutes: number,
): Promise<void> {
  const params = paramsFromSearch(new URLSearchParams(search), VM_SORT_FIELDS, VM_DEFAULTS);
  prefetchBinBasics(queryClient, api);
  return queryClient.prefetchQuery(vmQueries.list(api, params, offsetMinutes));
}
