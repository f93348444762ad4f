// The VM recycle bin's first requests, sent at start-up while React renders the first frame, instead of after it
// (a query's own fetch starts only once its component has mounted). Same query keys as the page, so the page
// finds them in flight.
import type { QueryClient } from '@tanstack/react-query';
import { auditQueries } from '../../../api/audit.ts';
import { ownerQueries } from '../../../api/resources.ts';
import { retentionQueries } from '../../../api/retention.ts';
import type { Api } from '../../../api/session.ts';
import { vmQueries } from '../../../api/vms.ts';
import type { ResourceKind } from '../../../zstack/inventories.ts';
import { paramsFromSearch, VM_DEFAULTS, VM_SORT_FIELDS } from './use-list-params.ts';

/** What every bin asks for besides its rows: the expunge policy, and whether audits can be read. */
export function prefetchBinBasics(queryClient: QueryClient, api: Api): void {
  void queryClient.prefetchQuery(retentionQueries.configs(api));
  void queryClient.prefetchQuery(auditQueries.support(api));
}

/**
 * What a bin shows beside each row, asked for as soon as the rows are here rather than once the page has mounted:
 * the owners (for an admin) and who deleted each row. The first render then usually has them, instead of drawing the
 * table again when each comes (a style, layout and paint of the whole table each, on a phone's CPU 50-100 ms).
 * Same query keys as the page (use-bin-list.ts); not waited for, so the first rows are not held back.
 */
export function prefetchRowDetails(
  queryClient: QueryClient,
  api: Api,
  kind: ResourceKind,
  uuids: readonly string[],
  isAdmin: boolean,
  audit = true,
): void {
  if (uuids.length === 0) return;
  if (isAdmin) void queryClient.prefetchQuery(ownerQueries.owners(api, uuids));
  if (!audit) return;
  queryClient.fetchQuery(auditQueries.support(api)).then(
    (support) => {
      if (support === 'present') void queryClient.prefetchQuery(auditQueries.deletions(api, kind, uuids));
    },
    () => undefined,
  );
}

/** Resolves when the first page of rows is in the cache (or could not be fetched). */
export function prefetchRecycleBin(
  queryClient: QueryClient,
  api: Api,
  search: string,
  offsetMinutes: number,
  isAdmin: boolean,
): Promise<void> {
  const params = paramsFromSearch(new URLSearchParams(search), VM_SORT_FIELDS, VM_DEFAULTS);
  prefetchBinBasics(queryClient, api);
  return queryClient.fetchQuery(vmQueries.list(api, params, offsetMinutes)).then(
    (page) =>
      prefetchRowDetails(
        queryClient,
        api,
        'vm',
        page.inventories.map((vm) => vm.uuid),
        isAdmin,
      ),
    () => undefined,
  );
}
