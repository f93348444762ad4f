// When ZStack's expunge task will delete an item for good, for the countdowns (docs/zstack-protocol.md#vm-auto-expunge):
// the window itself is retention-window.ts's expungeWindow; this adds what a countdown shows.
import { type Retention, expungeWindow } from './retention-window.ts';

export type ExpungeInfo =
  | { kind: 'never' }
  | { kind: 'unknown' }
  | { kind: 'scheduled'; at: Date; latest: Date; msLeft: number; soon: boolean; overdue: boolean };

const DAY = 86_400_000;

export function expungeInfo(
  lastOpDate: Date | undefined,
  policy: Retention | undefined,
  now = Date.now(),
): ExpungeInfo {
  const w = expungeWindow(lastOpDate?.getTime(), policy, now);
  if (w.kind === 'paused') return { kind: 'never' };
  if (w.kind === 'unknown') return w;
  const msLeft = w.from - now;
  return {
    kind: 'scheduled',
    at: new Date(w.from),
    latest: new Date(w.until),
    msLeft,
    soon: msLeft < DAY,
    overdue: w.due,
  };
}
