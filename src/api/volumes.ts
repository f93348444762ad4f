// Deleted data volumes: the list, one volume, and recover / expunge (docs/zstack-protocol.md#data-volumes).
import { type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { query } from '../zstack/endpoints.ts';
import {
  type ActionOptions,
  attachDataVolume,
  expungeDataVolume,
  recoverDataVolume,
} from '../zstack/actions.ts';
import type { Volume } from '../zstack/inventories.ts';
import { eq } from '../zstack/query.ts';
import { type ListParams, volumeBinConditions } from './list-params.ts';
import { type Api, useApi } from './session.ts';
import { vmQueries } from './vms.ts';
import { binMutation, binQueries } from './bin-queries.ts';
import { mutationKey } from './keys.ts';

export const VOLUME_SORT_FIELDS = ['lastOpDate', 'name', 'size'] as const;
export type VolumeSortField = (typeof VOLUME_SORT_FIELDS)[number];
export type VolumeListParams = ListParams<VolumeSortField>;

export const volumeQueries = {
  ...binQueries({
    kind: 'volume',
    endpoint: 'volumes',
    sortFields: VOLUME_SORT_FIELDS,
    conditions: volumeBinConditions,
  }),
  /** Data volumes deleted together with a VM (vm.dataVolume.deleteOnVmDestroy), still in the recycle bin. */
  deletedWithVm: (api: Api, vmUuid: string) =>
    queryOptions({
      queryKey: [...volumeQueries.all(api), 'deleted-with', vmUuid] as const,
      queryFn: async ({ signal }) =>
        (
          await query(
            api.client,
            'volumes',
            { conditions: [eq('lastVmInstanceUuid', vmUuid), eq('type', 'Data'), eq('status', 'Deleted')] },
            signal,
          )
        ).inventories,
    }),
};

/** A data volume to act on; the dialog can stop waiting for the job (`signal`) and see its id (`onEvent`). */
export type VolumeActionVars = Pick<Volume, 'uuid'> & Pick<ActionOptions, 'signal' | 'onEvent'>;

/** Recover and expunge, as mutation options: the bins' dialog takes the one it sends (resource-actions.ts). */
export const volumeMutations = {
  recover: (api: Api, queryClient: QueryClient) =>
    binMutation(api, queryClient, volumeQueries, 'recover', {
      mutationFn: async ({ uuid, signal, onEvent }: VolumeActionVars) => {
        const volume = (await recoverDataVolume(api.client, uuid, { signal, onEvent })).value.inventory;
        queryClient.setQueryData(volumeQueries.detail(api, volume.uuid).queryKey, volume);
      },
      // Not awaited: the next screen is the returned inventory.
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: volumeQueries.all(api) }),
    }),
  expunge: (api: Api, queryClient: QueryClient) =>
    binMutation(api, queryClient, volumeQueries, 'expunge', {
      mutationFn: async ({ uuid, signal, onEvent }: VolumeActionVars) => {
        await expungeDataVolume(api.client, uuid, { signal, onEvent });
      },
      onSuccess: (_data, { uuid }) => {
        queryClient.removeQueries({ queryKey: volumeQueries.detail(api, uuid).queryKey });
        return queryClient.invalidateQueries({ queryKey: volumeQueries.all(api) });
      },
    }),
};

export function useRecoverVolume() {
  return useMutation(volumeMutations.recover(useApi(), useQueryClient()));
}

export interface AttachVars {
  volumeUuid: string;
  vmUuid: string;
  /** Not sent: the VM's name, for what the console says once it is attached (also after a sign-in resumes it). */
  vmName?: string | undefined;
}

/** AttachDataVolumeToVm: the volume's page and both VM lists of volumes follow the returned inventory. */
/**
 * `onAttached` is the mutation's own callback, not `mutate`'s: it still runs when the form that sent the attach has
 * gone meanwhile (the volume page redraws it after a sign-in in place, or once the volume is attached).
 */
export function useAttachVolume(onAttached?: (vars: AttachVars) => void) {
  const queryClient = useQueryClient();
  const api = useApi();
  return useMutation({
    mutationKey: mutationKey(api, 'vm', 'attach-volume'),
    mutationFn: async ({ volumeUuid, vmUuid }: AttachVars) =>
      (await attachDataVolume(api.client, volumeUuid, vmUuid)).value.inventory,
    onSuccess: (volume, vars) => {
      const { vmUuid } = vars;
      queryClient.setQueryData(volumeQueries.detail(api, volume.uuid).queryKey, volume);
      onAttached?.(vars);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: vmQueries.detail(api, vmUuid).queryKey }),
        queryClient.invalidateQueries({ queryKey: vmQueries.detachedVolumes(api, vmUuid).queryKey }),
        queryClient.invalidateQueries({ queryKey: volumeQueries.deletedWithVm(api, vmUuid).queryKey }),
      ]);
    },
  });
}
