// Retention arithmetic, pure (no React, no requests): when ZStack's expunge task takes an item, what a change of
// policy or period does, and how a change is confirmed. The facts: docs/zstack-protocol.md#retention.
import type { ResourceKind } from '../zstack/inventories.ts';

export const RETENTION_KINDS = ['vm', 'volume', 'image'] as const satisfies readonly ResourceKind[];
export const POLICIES = ['Delay', 'Never', 'Direct'] as const;
export type Policy = (typeof POLICIES)[number];
export type RetentionField = 'deletionPolicy' | 'expungePeriod' | 'expungeInterval';

export interface Retention {
  /** As ZStack sent it; anything but Delay, Never or Direct is shown as it is and treated like Delay. */
  policy: string;
  periodSeconds: number;
  intervalSeconds: number;
  /** The deletionPolicy's defaultValue as the node sent it (ZStack ships Delay for all three kinds). */
  defaultPolicy?: string;
}

/** ZStack's defaults (VmGlobalConfig, VolumeGlobalConfig, ImageGlobalConfig): VMs wait 7 days, the others 3. */
export const RETENTION_DEFAULTS: Record<ResourceKind, Retention> = {
  vm: { policy: 'Delay', periodSeconds: 604_800, intervalSeconds: 3600 },
  volume: { policy: 'Delay', periodSeconds: 259_200, intervalSeconds: 3600 },
  image: { policy: 'Delay', periodSeconds: 259_200, intervalSeconds: 3600 },
};

export const isPolicy = (value: string): value is Policy => (POLICIES as readonly string[]).includes(value);

export type ExpungeWindow =
  | { kind: 'paused' }
  | { kind: 'unknown' }
  /** The task takes it at its first pass at or after `from`, so by `until` (one interval later) at the latest. */
  | { kind: 'scheduled'; from: number; until: number; due: boolean };

/**
 * The exact window of an item deleted (its clock last restarted) at `lastOpDate`: a pass takes it once
 * `now >= lastOpDate + period`, and passes come every interval. Nothing is automatic while the policy is Never.
 */
export function expungeWindow(
  lastOpDate: number | undefined,
  r: Retention | undefined,
  now: number,
): ExpungeWindow {
  if (r?.policy === 'Never') return { kind: 'paused' };
  if (lastOpDate === undefined || !r) return { kind: 'unknown' };
  const from = lastOpDate + r.periodSeconds * 1000;
  return { kind: 'scheduled', from, until: from + r.intervalSeconds * 1000, due: now >= from };
}

/** Items whose lastOpDate is at or before this instant are taken by a pass at `at` under `periodSeconds`. */
export const dueCutoff = (at: number, periodSeconds: number): number => at - periodSeconds * 1000;

/**
 * An instant as the node's wall clock, `yyyy-MM-dd HH:mm:ss`: the form its query builder reads a date condition in
 * (Timestamp.valueOf, in the node's zone). Seconds are floored, as the DATETIME column stores them.
 */
export function nodeLocalText(ms: number, offsetMinutes: number): string {
  const d = new Date(Math.floor(ms / 1000) * 1000 + offsetMinutes * 60_000);
  return d.toISOString().slice(0, 19).replace('T', ' ');
}

/** Whether a config value would pass ZStack's own validation (@GlobalConfigValidation of the three categories). */
export function validValue(field: RetentionField, value: string): boolean {
  if (field === 'deletionPolicy') return isPolicy(value);
  if (!/^\d+$/u.test(value.trim())) return false;
  const n = Number(value);
  return Number.isSafeInteger(n) && (field === 'expungePeriod' ? n > 0 : n > 1);
}

/**
 * How a change is confirmed. Shortening a period or choosing Direct can expunge, or skip the bin for, what the
 * console showed as safe: the admin types the count of what goes at the next pass. Anything else is a plain yes.
 */
export function needsTypedCount(current: Retention, field: RetentionField, value: string): boolean {
  if (field === 'expungePeriod') return Number(value) < current.periodSeconds;
  if (field === 'deletionPolicy') return value === 'Direct' && current.policy !== 'Direct';
  return false;
}

/** The policy a kind goes back to on Resume: the one before the pause when known, else ZStack's default. */
export function resumePolicy(previous: string | undefined): Policy {
  return previous !== undefined && isPolicy(previous) && previous !== 'Never' ? previous : 'Delay';
}

/** Whether the due-now count of a kind after a change matters: the next pass will expunge by the new rule. */
export function expungesAfter(r: Retention): boolean {
  return r.policy !== 'Never';
}
