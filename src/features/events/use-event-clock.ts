// What both events views share: who is looking (the queries' viewer) and the node's clock, ticking.
import { useMemo } from 'react';
import { type Viewer, viewerOf } from '../../api/event-filters.ts';
import { useNodeNow } from '../../api/node-clock.ts';
import { useSession } from '../../api/session.ts';

export function useViewer(): Viewer {
  const { session, offset } = useSession();
  const { isAdmin, accountUuid, offsetMinutes } = viewerOf({ session, offset });
  return useMemo(() => ({ isAdmin, accountUuid, offsetMinutes }), [isAdmin, accountUuid, offsetMinutes]);
}

export interface NodeClock {
  /** The node's time now (ms): its expunge tasks compare with their own clock, not the browser's. */
  now: number;
}

/** The node's clock, moving every second (one timer per page, not per row); tests move it with fake timers. */
export function useNodeClock(): NodeClock {
  return { now: useNodeNow(1000) };
}
