// The rows (VMs, data volumes or images) picked for a bulk action. It spans pages, and a new search starts it
// afresh (the old picks may not match any more, and acting on what is not on screen would surprise the user).
import { startTransition, useCallback, useMemo, useState } from 'react';
import type { BulkTarget } from '../../../api/bulk.ts';

export interface Selection {
  keys: ReadonlySet<string>;
  items: readonly BulkTarget[];
  select: (vms: readonly { uuid: string; name?: string | undefined }[], on: boolean) => void;
  replace: (items: readonly BulkTarget[]) => void;
  clear: () => void;
}

export function useSelection(search: string): Selection {
  const [state, setState] = useState(() => ({ search, picked: new Map<string, string>() }));
  if (state.search !== search) setState({ search, picked: new Map() });
  const select = useCallback((vms: readonly { uuid: string; name?: string | undefined }[], on: boolean) => {
    setState((s) => {
      const picked = new Map(s.picked);
      for (const vm of vms) {
        if (on) picked.set(vm.uuid, vm.name ?? vm.uuid);
        else picked.delete(vm.uuid);
      }
      return { ...s, picked };
    });
  }, []);
  const replace = useCallback((items: readonly BulkTarget[]) => {
    setState((s) => ({ ...s, picked: new Map(items.map((i) => [i.uuid, i.name])) }));
  }, []);
  // Unticking a whole 100-row page re-renders every row: as a transition React does it in small slices, so the
  // click that starts a bulk run does not block the page.
  const clear = useCallback(() => startTransition(() => setState((s) => ({ ...s, picked: new Map() }))), []);
  return useMemo(
    () => ({
      keys: new Set(state.picked.keys()),
      items: [...state.picked].map(([uuid, name]) => ({ uuid, name })),
      select,
      replace,
      clear,
    }),
    [state.picked, select, replace, clear],
  );
}
