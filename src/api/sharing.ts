// Structural sharing for ZStack answers: a refetch keeps the objects of everything that did not change, so
// memoised rows do not render again. React Query's own sharing stops at class instances (our ServerTime dates,
// so every VM looked new) and pairs array items by position (a recovered VM leaving a page made every row after
// it look new). This one compares dates by value and pairs items that have a uuid by their uuid.
import { ServerTime } from '../zstack/dates.ts';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function uuidOf(value: unknown): string | undefined {
  if (!isPlainObject(value)) return undefined;
  const uuid = value['uuid'];
  return typeof uuid === 'string' ? uuid : undefined;
}

function shareArray(prev: readonly unknown[], next: readonly unknown[]): readonly unknown[] {
  const byUuid = new Map<string, unknown>();
  for (const item of prev) {
    const uuid = uuidOf(item);
    if (uuid !== undefined) byUuid.set(uuid, item);
  }
  let same = prev.length === next.length;
  const out = next.map((item, i) => {
    const uuid = uuidOf(item);
    const before = uuid !== undefined && byUuid.has(uuid) ? byUuid.get(uuid) : prev[i];
    const shared = shareUnchanged(before, item);
    if (shared !== prev[i]) same = false;
    return shared;
  });
  return same ? prev : out;
}

function shareObject(prev: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  const prevKeys = Object.keys(prev);
  const nextKeys = Object.keys(next);
  let same = prevKeys.length === nextKeys.length;
  const out: Record<string, unknown> = {};
  for (const key of nextKeys) {
    const shared = shareUnchanged(prev[key], next[key]);
    if (shared !== prev[key] || !Object.hasOwn(prev, key)) same = false;
    out[key] = shared;
  }
  return same ? prev : out;
}

/** `next`, with every part equal to the same part of `prev` replaced by that part of `prev`. */
export function shareUnchanged(prev: unknown, next: unknown): unknown {
  if (Object.is(prev, next)) return prev;
  if (prev instanceof ServerTime && next instanceof ServerTime)
    return prev.ms === next.ms && prev.zoned === next.zoned ? prev : next;
  if (Array.isArray(prev) && Array.isArray(next)) return shareArray(prev, next);
  if (isPlainObject(prev) && isPlainObject(next)) return shareObject(prev, next);
  return next;
}
