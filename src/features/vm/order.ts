// Display order of a VM's NICs and volumes.
import type { Volume } from '../../zstack/inventories.ts';

const LAST = Number.MAX_SAFE_INTEGER;

export function byDeviceId<T extends { deviceId?: number | undefined }>(a: T, b: T): number {
  return (a.deviceId ?? LAST) - (b.deviceId ?? LAST);
}

const TYPE_RANK: Record<string, number> = { Root: 0, Data: 1 };

/** Root first, then data volumes, then the rest (Memory, Cache…); by device id within each. */
export function byVolumeOrder(a: Volume, b: Volume): number {
  const rank = (v: Volume) => (v.type === undefined ? 2 : (TYPE_RANK[v.type] ?? 2));
  return rank(a) - rank(b) || byDeviceId(a, b) || (a.name ?? a.uuid).localeCompare(b.name ?? b.uuid);
}
