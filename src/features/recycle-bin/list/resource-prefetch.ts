// The data-volume and image recycle bins' first requests, sent as soon as their code is here when a tab opens on
// /volumes or /images (app/router.tsx), instead of after the first render. Same query keys as the pages.
import type { QueryClient } from '@tanstack/react-query';
import { volumeCompanions } from '../../../api/audit.ts';
import { IMAGE_SORT_FIELDS, imageQueries } from '../../../api/images.ts';
import type { Api } from '../../../api/session.ts';
import { VOLUME_SORT_FIELDS, volumeQueries } from '../../../api/volumes.ts';
import { prefetchBinBasics, prefetchRowsOf } from './prefetch.ts';
import { defaultParams, paramsFromSearch } from './use-list-params.ts';

export const VOLUME_DEFAULTS = defaultParams<(typeof VOLUME_SORT_FIELDS)[number]>('lastOpDate');
export const IMAGE_DEFAULTS = defaultParams<(typeof IMAGE_SORT_FIELDS)[number]>('lastOpDate');

/** Resolves when the first page of rows is in the cache (or could not be fetched). */
export async function prefetchResourceBin(
  kind: 'volume' | 'image',
  queryClient: QueryClient,
  api: Api,
  search: string,
  { offsetMinutes, admin }: { offsetMinutes: number; admin: boolean },
): Promise<void> {
  const url = new URLSearchParams(search);
  const basics = prefetchBinBasics(queryClient, api, admin);
  if (kind === 'volume') {
    const list = volumeQueries.list(
      api,
      paramsFromSearch(url, VOLUME_SORT_FIELDS, VOLUME_DEFAULTS),
      offsetMinutes,
    );
    await queryClient.prefetchQuery(list);
    const rows = queryClient.getQueryData(list.queryKey)?.inventories ?? [];
    // The same companions as the page's (useBinList), from the same rows and the same clock offset.
    const companions = volumeCompanions(rows, (time) => time?.toDate(offsetMinutes));
    const uuids = rows.map((v) => v.uuid);
    void prefetchRowsOf(queryClient, api, kind, { admin, uuids, companions }, basics);
  } else {
    const list = imageQueries.list(
      api,
      paramsFromSearch(url, IMAGE_SORT_FIELDS, IMAGE_DEFAULTS),
      offsetMinutes,
    );
    await queryClient.prefetchQuery(list);
    const uuids = queryClient.getQueryData(list.queryKey)?.inventories.map((i) => i.uuid) ?? [];
    void prefetchRowsOf(queryClient, api, kind, { admin, uuids }, basics);
  }
}
