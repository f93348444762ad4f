// A double click lands twice before React re-renders the disabled button: without a guard the second click would
// send the action again. Every dialog and action takes its guard from here.
import { useMemo, useRef } from 'react';

export interface BusyGuard {
  /** Takes the guard for one action; false while another is running (the second click of a double click). */
  claim: () => boolean;
  /** Gives the guard back once the action has settled (success or failure). */
  release: () => void;
}

export function useBusyGuard(): BusyGuard {
  const busy = useRef(false);
  return useMemo(
    () => ({
      claim: () => {
        if (busy.current) return false;
        busy.current = true;
        return true;
      },
      release: () => {
        busy.current = false;
      },
    }),
    [],
  );
}
