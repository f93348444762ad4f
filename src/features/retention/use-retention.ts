// The retention state every retention view reads: the nine configs, the node's clock and which kinds are paused.
import { useCallback, useSyncExternalStore } from 'react';
import { useNodeNow } from '../../api/node-clock.ts';
import type { PerKind, Retentions } from '../../api/retention.ts';
import { readLeadHours, saveLeadHours } from '../../api/retention-memory.ts';
import { usePause } from '../../api/retention-pause.ts';
import { useSession } from '../../api/session.ts';
import type { ResourceKind } from '../../zstack/inventories.ts';

export interface RetentionState {
  configs: Retentions | undefined;
  /** The node's time now: its expunge tasks compare with their own clock, not the browser's. */
  nodeNow: number;
  offsetMinutes: number;
  /** Kinds whose deletionPolicy is Never. */
  never: ResourceKind[];
  /** Of those, the ones paused: another policy was in force before (api/retention-pause.ts). */
  paused: ResourceKind[];
}

export function useRetention(tickMs = 60_000): RetentionState {
  const { offset } = useSession();
  const { configs, never, paused } = usePause();
  const nodeNow = useNodeNow(tickMs);
  return { configs, nodeNow, offsetMinutes: offset.minutes, never, paused };
}

/** Per kind, the cutoff for "expunged by `at`": lastOpDate ≤ at − period; a paused kind has none (0). */
export function cutoffsAt(configs: Retentions, at: number): PerKind<number> {
  const one = (k: ResourceKind) => (configs[k].policy === 'Never' ? 0 : at - configs[k].periodSeconds * 1000);
  return { vm: one('vm'), volume: one('volume'), image: one('image') };
}

const leadListeners = new Set<() => void>();
const subscribeLead = (listener: () => void) => {
  leadListeners.add(listener);
  return () => leadListeners.delete(listener);
};

/** The user's lead time for "Expiring soon", in hours (24 by default, kept per account in this browser). */
export function useLeadHours(): [number, (hours: number) => void] {
  const { session } = useSession();
  const account = session?.accountUuid ?? '';
  const hours = useSyncExternalStore(subscribeLead, () => readLeadHours(account));
  const set = useCallback(
    (h: number) => {
      saveLeadHours(account, h);
      for (const l of leadListeners) l();
    },
    [account],
  );
  return [hours, set];
}

/** A minute-rounded instant, so counts keyed on it are asked again once a minute at most. */
export const minute = (ms: number): number => Math.floor(ms / 60_000) * 60_000;
