// The management node's clock. Its expunge tasks compare lastOpDate + period with their own time, so every countdown
// runs on it, not on the browser's clock: the skew is read with GetCurrentTime and added to the browser's time.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { startTransition, useEffect, useState } from 'react';
import { nodeTime } from '../zstack/endpoints.ts';
import { type Api, scopeKey, useApi } from './session.ts';

/** The node's clock minus the browser's, in ms. A node that does not answer GetCurrentTime leaves 0. */
export const nodeClockQuery = (api: Api) =>
  queryOptions({
    queryKey: [...scopeKey(api), 'node-clock'] as const,
    queryFn: async ({ signal }) => {
      const sent = Date.now();
      const node = await nodeTime(api.client, signal).catch(() => undefined);
      const received = Date.now();
      return node === undefined ? 0 : node - (sent + received) / 2;
    },
    staleTime: 60_000,
    refetchInterval: 60_000,
  });

/**
 * The node's time now, refreshed every `intervalMs` (countdowns move; cutoffs of counts stay put in between). Each
 * tick renders in a transition: a page of countdowns redrawn every second must not block input on a slow PC.
 */
export function useNodeNow(intervalMs: number): number {
  const skew = useQuery(nodeClockQuery(useApi())).data ?? 0;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => startTransition(() => setNow(Date.now())), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now + skew;
}
