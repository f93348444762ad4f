// The retention state every retention view reads: the nine configs, the node's clock and which kinds are paused.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { type PerKind, type Retentions, retentionQueries } from '../../api/retention.ts';
import { readLeadHours, saveLeadHours } from '../../api/retention-memory.ts';
import { RETENTION_KINDS } from '../../api/retention-window.ts';
import { useApi, useSession } from '../../api/session.ts';
import type { ResourceKind } from '../../zstack/inventories.ts';

/** Wall-clock ms, refreshed every `intervalMs` (countdowns move, cutoffs of counts stay put in between). */
export function useTicker(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

export interface RetentionState {
  configs: Retentions | undefined;
  /** The node's time now: its expunge tasks compare with their own clock, not the browser's. */
  nodeNow: number;
  /** The node's clock minus the browser's, in ms. */
  skew: number;
  offsetMinutes: number;
  paused: ResourceKind[];
}

export function useRetention(tickMs = 60_000): RetentionState {
  const api = useApi();
  const { offset } = useSession();
  const configs = useQuery(retentionQueries.configs(api)).data;
  const skew = useQuery(retentionQueries.clock(api)).data ?? 0;
  const now = useTicker(tickMs);
  const paused = configs ? RETENTION_KINDS.filter((k) => configs[k].policy === 'Never') : [];
  return { configs, nodeNow: now + skew, skew, offsetMinutes: offset.minutes, paused };
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
