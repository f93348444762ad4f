// The one action a data volume's or an image's dialog sends. Its kind and action are fixed for the dialog's life,
// so it creates that one mutation, not one for each of the four.
import { useMutation, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import { type ImageActionVars, imageMutations } from './images.ts';
import { useApi } from './session.ts';
import { volumeMutations } from './volumes.ts';

/** What the dialog sends; `backupStorageUuids` is read for images only (empty: every one where it is Deleted). */
export type ResourceActionVars = ImageActionVars;

export function useResourceAction(kind: 'volume' | 'image', action: 'recover' | 'expunge') {
  const api = useApi();
  const queryClient = useQueryClient();
  const options: UseMutationOptions<void, Error, ResourceActionVars> =
    kind === 'volume' ? volumeMutations[action](api, queryClient) : imageMutations[action](api, queryClient);
  return useMutation(options);
}
