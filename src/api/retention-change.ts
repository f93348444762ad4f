// Changing retention: UpdateGlobalConfig per config, one after another, each an async job with its own
// X-Job-UUID kept by the ledger (a retry after a lost answer follows the same job).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { updateGlobalConfig } from '../zstack/actions.ts';
import { needsSignIn } from '../zstack/errors.ts';
import type { ResourceKind } from '../zstack/inventories.ts';
import type { RetentionField } from './retention-window.ts';
import { scopeKey, useApi } from './session.ts';

export interface ConfigChange {
  kind: ResourceKind;
  field: RetentionField;
  value: string;
}

const changeKey = (c: ConfigChange) => `${c.kind}.${c.field}=${c.value}`;

/**
 * Applies the changes in order; the first refusal stops the rest and is thrown as ZStack sent it. Run again after an
 * unknown outcome (the session ended under it), it skips what already went through and sends the rest, the cut-off
 * one with its kept X-Job-UUID (the ledger), so each config is updated once.
 */
export function useRetentionChange() {
  const api = useApi();
  const queryClient = useQueryClient();
  const applied = useRef(new Set<string>());
  return useMutation({
    mutationKey: [...scopeKey(api), 'retention', 'change'],
    mutationFn: async (changes: readonly ConfigChange[]) => {
      for (const c of changes) {
        if (applied.current.has(changeKey(c))) continue;
        await updateGlobalConfig(api.client, c.kind, c.field, c.value);
        applied.current.add(changeKey(c));
      }
    },
    onError: (error) => {
      if (!needsSignIn(error)) applied.current.clear();
    },
    onSuccess: () => applied.current.clear(),
    // Whatever went through is in force: every count and countdown is read again (after a sign-in in place, the
    // renewed session refreshes the cache itself).
    onSettled: (_data, error) =>
      needsSignIn(error) ? undefined : queryClient.invalidateQueries({ queryKey: scopeKey(api) }),
  });
}
