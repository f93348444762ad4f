// The data-volume and image recycle bins' first requests, sent at start-up when a tab opens on /volumes or /images
// (app/router.tsx, which keeps this module in the first-paint chunk), instead of after the first render. Same query
// keys as the pages.
import type { QueryClient } from '@tanstack/react-query';
import { IMAGE_SORT_FIELDS, imageQueries } from '../../../api/images.ts';
import type { Api } from '../../../api/session.ts';
import { VOLUME_SORT_FIELDS, volumeQueries } from '../../../api/volumes.ts';
import { prefetchBinBasics } from './prefetch.ts';
import { defaultParams, paramsFromSearch } from './use-list-params.ts';

export const VOLUME_DEFAULTS = defaultParams<(typeof VOLUME_SORT_FIELDS)[number]>('lastOpDate');
export const IMAGE_DEFAULTS = defaultParams<(typeof IMAGE_SORT_FIELDS)[number]>('lastOpDate');

/** Resolves when the first page of rows is in the cache (or could not be fetched). */
export function prefetchResourceBin(
  kind: 'volume' | 'image',
  queryClient: QueryClient,
  api: Api,
  search: string,
  offsetMinutes: number,
): Promise<void> {
  const url = new URLSearchParams(search);
  prefetchBinBasics(queryClient, api);
  return kind === 'volume'
    ? queryClient.prefetchQuery(
        volumeQueries.list(api, paramsFromSearch(url, VOLUME_SORT_FIELDS, VOLUME_DEFAULTS), offsetMinutes),
      )
    : queryClient.prefetchQuery(
        imageQueries.list(api, paramsFromSearch(url, IMAGE_SORT_FIELDS, IMAGE_DEFAULTS), offsetMinutes),
      );
}
