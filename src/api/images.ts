// Deleted images: the list, one image, and recover / expunge per backup storage (docs/zstack-protocol.md#images).
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { getOne } from '../zstack/endpoints.ts';
import { type ActionOptions, expungeImage, recoverImage } from '../zstack/actions.ts';
import type { Image } from '../zstack/inventories.ts';
import { eq } from '../zstack/query.ts';
import { allowedUuids, dateConditions } from './bin-filters.ts';
import { type ListParams, nameOrUuidCondition, scopedPage } from './list-params.ts';
import { type Api, useApi } from './session.ts';
import { kindKey, mutationKey, whereaboutsKey } from './keys.ts';

export const IMAGE_SORT_FIELDS = ['lastOpDate', 'name', 'size'] as const;
export type ImageSortField = (typeof IMAGE_SORT_FIELDS)[number];
export type ImageListParams = ListParams<ImageSortField>;

/**
 * Images deleted on at least one backup storage (wholly deleted ones, and those still Ready elsewhere); appliance
 * (virtual-router) images are not the user's and are left out.
 */
export function imageBinConditions(search: string) {
  const s = nameOrUuidCondition(search);
  return [eq('backupStorageRefs.status', 'Deleted'), eq('system', 'false'), ...(s ? [s] : [])];
}

/** The backup storages where the image is Deleted: what Recover and Expunge act on. */
export function deletedRefs(image: Image) {
  return image.backupStorageRefs.filter((r) => r.status === 'Deleted');
}

/** When an image was deleted: per backup storage, and it goes for good with the last copy (latest ref). */
export function imageDeletedAt(image: Image) {
  const refs = deletedRefs(image);
  const latest = refs.reduce<(typeof refs)[number] | undefined>(
    (a, r) => (a && a.lastOpDate && r.lastOpDate && a.lastOpDate.ms >= r.lastOpDate.ms ? a : r),
    undefined,
  );
  return latest?.lastOpDate ?? image.lastOpDate;
}

export const imageQueries = {
  all: (api: Api) => kindKey(api, 'image'),
  lists: (api: Api) => [...imageQueries.all(api), 'list'] as const,
  /** A page of the bin; the date filter is read on the node's clock, `offsetMinutes` from UTC. */
  list: (api: Api, params: ImageListParams, offsetMinutes: number) => {
    const dates = dateConditions('image', params.filters, offsetMinutes);
    return queryOptions({
      queryKey: [...imageQueries.lists(api), params, dates, offsetMinutes] as const,
      queryFn: async ({ signal }) =>
        scopedPage(
          api,
          'images',
          [...imageBinConditions(params.search), ...dates],
          await allowedUuids(api, 'image', params.filters, offsetMinutes, signal),
          params,
          signal,
        ),
      placeholderData: keepPreviousData,
    });
  },
  details: (api: Api) => [...imageQueries.all(api), 'detail'] as const,
  detail: (api: Api, uuid: string) =>
    queryOptions({
      queryKey: [...imageQueries.details(api), uuid] as const,
      queryFn: async ({ signal }) => (await getOne(api.client, 'images', uuid, signal)) ?? null,
    }),
  /** Is it still where the dialog found it? Asked anew when a dialog opens; a key of its own, so it never
   * disturbs the detail the pages read, and outside this kind's keys, so the invalidations that follow an action
   * do not ask again behind it (use-whereabouts.ts). */
  check: (api: Api, uuid: string) =>
    queryOptions({
      queryKey: whereaboutsKey(api, 'image', uuid),
      queryFn: async ({ signal }) => (await getOne(api.client, 'images', uuid, signal)) ?? null,
      staleTime: 0,
      refetchOnMount: 'always',
    }),
};

export interface ImageActionVars {
  image: Pick<Image, 'uuid'>;
  /** Empty: every backup storage where it is Deleted. */
  backupStorageUuids: readonly string[];
  /** Stops waiting for the job (not the job): its id stays in the ledger, and Operations can follow it. */
  signal?: AbortSignal | undefined;
  onEvent?: ActionOptions['onEvent'];
}

export function useRecoverImage() {
  const queryClient = useQueryClient();
  const api = useApi();
  return useMutation({
    mutationKey: mutationKey(api, 'image', 'recover'),
    mutationFn: async ({ image, backupStorageUuids, signal, onEvent }: ImageActionVars) =>
      (await recoverImage(api.client, image.uuid, backupStorageUuids, { signal, onEvent })).value.inventory,
    onSuccess: (image) => {
      queryClient.setQueryData(imageQueries.detail(api, image.uuid).queryKey, image);
      void queryClient.invalidateQueries({ queryKey: imageQueries.lists(api) });
    },
    onError: () => queryClient.invalidateQueries({ queryKey: imageQueries.lists(api) }),
  });
}

export function useExpungeImage() {
  const queryClient = useQueryClient();
  const api = useApi();
  return useMutation({
    mutationKey: mutationKey(api, 'image', 'expunge'),
    mutationFn: async ({ image, backupStorageUuids, signal, onEvent }: ImageActionVars) => {
      await expungeImage(api.client, image.uuid, backupStorageUuids, { signal, onEvent });
      return image;
    },
    // An image expunged on some of its backup storages stays: refetch rather than forget it.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: imageQueries.all(api) }),
    onError: () => queryClient.invalidateQueries({ queryKey: imageQueries.lists(api) }),
  });
}
