// Recover, start and expunge one VM, as React Query mutations. Apart from vms.ts (the queries), so the first
// paint, which only lists, does not load the job machinery (zstack/actions.ts, jobs.ts).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ActionOptions, expungeVm, recoverVm, startVm } from '../zstack/actions.ts';
import type { VmInstance } from '../zstack/inventories.ts';
import type { JobEvent } from '../zstack/jobs.ts';
import { useApi } from './session.ts';
import { vmQueries } from './vms.ts';
import { mutationKey } from './keys.ts';

export interface VmActionVars {
  vm: Pick<VmInstance, 'uuid' | 'name'>;
  onEvent?: ActionOptions['onEvent'];
  /** Stops waiting for the job (not the job): its id stays in the ledger, and Operations can follow it. */
  signal?: AbortSignal;
}

export interface RecoverVars extends VmActionVars {
  startAfter: boolean;
}

export interface RecoverResult {
  vm: VmInstance;
  /** Set when recovery worked but the start that followed failed. */
  startError?: unknown;
  transientFailures: number;
}

export type { JobEvent };

// Exactly-once is the wire layer's job (src/zstack/ledger.ts): running a mutation again after a lost answer
// reuses the job id by itself, so none of these hooks carries job ids around.

/** Recover (and optionally start) as one mutation: pending until the last job ends. */
export function useRecoverVm() {
  const queryClient = useQueryClient();
  const api = useApi();
  return useMutation({
    mutationKey: mutationKey(api, 'vm', 'recover'),
    mutationFn: async ({ vm, startAfter, onEvent, signal }: RecoverVars): Promise<RecoverResult> => {
      const recovered = await recoverVm(api.client, vm.uuid, { onEvent, signal });
      const result: RecoverResult = {
        vm: recovered.value.inventory,
        transientFailures: recovered.transientFailures,
      };
      if (!startAfter) return result;
      try {
        const started = await startVm(api.client, vm.uuid, { onEvent, signal });
        return {
          vm: started.value.inventory,
          transientFailures: result.transientFailures + started.transientFailures,
        };
      } catch (startError) {
        // Left to Operations ("Stop waiting"): not a failure to show here.
        if (signal?.aborted) throw startError;
        return { ...result, startError };
      }
    },
    onSuccess: (result) => {
      queryClient.setQueryData(vmQueries.detail(api, result.vm.uuid).queryKey, result.vm);
      // Not awaited: the next screen is the returned inventory, not the list; the list refreshes behind it.
      void queryClient.invalidateQueries({ queryKey: vmQueries.lists(api) });
    },
    // The dialog says where the VM went when it is no longer in the bin (e.g. someone else recovered it).
    onError: (_error, { vm }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: vmQueries.lists(api) }),
        queryClient.invalidateQueries({ queryKey: vmQueries.detail(api, vm.uuid).queryKey }),
      ]),
  });
}

export function useStartVm() {
  const queryClient = useQueryClient();
  const api = useApi();
  return useMutation({
    mutationKey: mutationKey(api, 'vm', 'start'),
    mutationFn: async ({ vm, onEvent }: VmActionVars) =>
      (await startVm(api.client, vm.uuid, { onEvent })).value.inventory,
    onSuccess: (inventory) => {
      queryClient.setQueryData(vmQueries.detail(api, inventory.uuid).queryKey, inventory);
      return queryClient.invalidateQueries({ queryKey: vmQueries.lists(api) });
    },
  });
}

export function useExpungeVm() {
  const queryClient = useQueryClient();
  const api = useApi();
  return useMutation({
    mutationKey: mutationKey(api, 'vm', 'expunge'),
    mutationFn: async ({ vm, onEvent, signal }: VmActionVars) => {
      await expungeVm(api.client, vm.uuid, { onEvent, signal });
      return vm;
    },
    onSuccess: (vm) => {
      queryClient.removeQueries({ queryKey: vmQueries.detail(api, vm.uuid).queryKey });
      return queryClient.invalidateQueries({ queryKey: vmQueries.lists(api) });
    },
    onError: () => queryClient.invalidateQueries({ queryKey: vmQueries.lists(api) }),
  });
}
