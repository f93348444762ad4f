// Deleted images: the list, one image, and recover / expunge per backup storage (docs/zstack-protocol.md#images).
import type { QueryClient } from '@tanstack/react-query';
import { expungeImage, recoverImage } from '../zstack/actions.ts';
import type { Image } from '../zstack/inventories.ts';
import { eq } from '../zstack/query.ts';
import { type ListParams, nameOrUuidCondition } from './list-params.ts';
import type { Api } from './session.ts';
import type { VolumeActionVars } from './volumes.ts';
import { binMutation, binQueries } from './bin-queries.ts';

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
  ...binQueries({
    kind: 'image',
    endpoint: 'images',
    sortFields: IMAGE_SORT_FIELDS,
    conditions: imageBinConditions,
  }),
};

/** An image to act on, on some of its backup storages; like a volume's, the dialog can stop waiting for the job. */
export type ImageActionVars = VolumeActionVars & {
  /** Empty: every backup storage where it is Deleted. */
  backupStorageUuids: readonly string[];
};

/** Recover and expunge, as mutation options: the bins' dialog takes the one it sends (resource-actions.ts). */
export const imageMutations = {
  recover: (api: Api, queryClient: QueryClient) =>
    binMutation(api, queryClient, imageQueries, 'recover', {
      mutationFn: async ({ uuid, backupStorageUuids, signal, onEvent }: ImageActionVars) => {
        const image = (await recoverImage(api.client, uuid, backupStorageUuids, { signal, onEvent })).value
          .inventory;
        queryClient.setQueryData(imageQueries.detail(api, image.uuid).queryKey, image);
      },
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: imageQueries.lists(api) }),
    }),
  expunge: (api: Api, queryClient: QueryClient) =>
    binMutation(api, queryClient, imageQueries, 'expunge', {
      mutationFn: async ({ uuid, backupStorageUuids, signal, onEvent }: ImageActionVars) => {
        await expungeImage(api.client, uuid, backupStorageUuids, { signal, onEvent });
      },
      // An image expunged on some of its backup storages stays: refetch rather than forget it.
      onSuccess: () => queryClient.invalidateQueries({ queryKey: imageQueries.all(api) }),
    }),
};
