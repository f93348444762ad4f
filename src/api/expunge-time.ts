// When ZStack's expunge task will delete a Destroyed VM for good (docs/zstack-protocol.md#vm-auto-expunge).
import type { ExpungePolicy } from './resources.ts';

export type ExpungeInfo =
  | { kind: 'never' }
  | { kind: 'unknown' }
  | { kind: 'scheduled'; at: Date; latest: Date; msLeft: number; soon: boolean; overdue: boolean };

const DAY = 86_400_000;

export function expungeInfo(
  lastOpDate: Date | undefined,
  policy: ExpungePolicy | undefined,
  now = Date.now(),
): ExpungeInfo {
  if (policy?.deletionPolicy === 'Never') return { kind: 'never' };
  if (!lastOpDate || !policy) return { kind: 'unknown' };
  const at = new Date(lastOpDate.getTime() + policy.expungePeriodSeconds * 1000);
  const latest = new Date(at.getTime() + policy.expungeIntervalSeconds * 1000);
  const msLeft = at.getTime() - now;
  return { kind: 'scheduled', at, latest, msLeft, soon: msLeft < DAY, overdue: msLeft <= 0 };
}
